"""Captions the classifier finds: labelled captions and video titles go; transcripts, quote lists, a single labelled line and subheads stay."""

from __future__ import annotations

import pytest

from cleaner import clean

STORY = ("The minister arrived in Paris on Friday for two days of talks on trade.\n\n"
         "Officials said an agreement on fishing rights was close but not yet signed.\n\n")


def test_distinct_labels_over_picture_descriptions_are_captions() -> None:
    page = (STORY + "Warm welcome: The minister, pictured left, shakes hands with the mayor at the station\n\n"
            "Crowded hall: Delegates wait for the talks to begin in the old stock exchange\n\n"
            "The talks are expected to end on Sunday with a joint statement.\n\n"
            "Night out: Officials and their hosts at a dinner on the river after the first day")
    body = clean(page).body
    assert body == [*STORY.strip().split("\n\n"), "The talks are expected to end on Sunday with a joint statement."]


def test_a_transcript_with_repeated_speakers_stays() -> None:
    lines = ["Host: Where were you on the night of the storm and what did you see there?",
             "Smith: I was at home with my two children and the power went out.",
             "Host: And then what happened after the lights went out in the house?",
             "Smith: We waited for the water to go down before we tried to leave."]
    body = clean(STORY + "\n\n".join(lines)).body
    assert all(line in body for line in lines)


def test_a_quote_list_stays() -> None:
    lines = ["On trade: “We want more ships in our ports and more jobs on the quays,” she said",
             "On fish: “The quotas have not changed in ten years and must change now,” she said",
             "On Europe: “We are closer than the papers say and we will prove it,” she said"]
    body = clean(STORY + "\n\n".join(lines)).body
    assert all(line in body for line in lines)


VIDEO_STORY = ["Police said officers were called to a home on the north side at about 4 a.m. on Sunday.",
               "When officers arrived, they found two people injured outside the house and called for help.",
               "Neighbors said they heard shouting before the shots and saw a car drive away quickly.",
               "The city has seen three shootings on the same street since the start of the year."]


def video_page(title: str) -> str:
    caption = "A couple was found injured outside their home early Sunday morning. (Published Sunday, Oct. 23, 2016)"
    return "\n\n".join([*VIDEO_STORY[:2], title, caption, *VIDEO_STORY[2:]])


def test_a_title_case_line_over_a_removed_caption_is_the_videos_title() -> None:
    title = "Couple Shot Outside Their Home on North Side"
    assert clean(video_page(title)).body == VIDEO_STORY


def test_a_subhead_over_a_caption_stays_when_it_asks_or_is_short() -> None:
    for subhead in ("Who was behind the shooting on the north side?", "Night of Shots"):
        body = clean(video_page(subhead)).body
        assert subhead in body, subhead
        assert not any("(Published" in line for line in body)



TABLOID = ["A pensioner fought off a burglar with a frying pan after he forced open her back door on Saturday night.",
           "The man, who was carrying a knife, demanded her purse and her car keys before she struck him twice.",
           "Police said officers were searching the area and asked anyone with information to come forward.",
           "Her daughter said the family had asked her many times to move in with them after the break-in."]


def test_a_caption_set_without_a_stop_between_story_sentences_goes() -> None:
    caption = "Mrs Roe with the cast-iron pan she used to strike the intruder twice"
    body = clean("\n\n".join([*TABLOID[:2], caption, *TABLOID[2:]])).body
    assert body == TABLOID


def test_a_page_printing_many_lines_without_stops_keeps_them() -> None:
    lines = ["The burglar forced open the back door of the pensioner's house with a knife on Saturday night",
             "The pensioner struck the burglar twice with the frying pan and he ran off into the garden",
             "Police said the burglar was carrying a knife and asked for information about the break-in"]
    body = clean("\n\n".join([TABLOID[0], lines[0], TABLOID[1], lines[1], TABLOID[2], lines[2], TABLOID[3]])).body
    assert all(line in body for line in lines)


def test_a_caption_under_a_page_of_dropped_headlines_still_goes() -> None:
    """Headlines of a "Most read" box end without a stop too; once judged a list, they do not make
    the page one that prints its prose without stops."""
    caption = "Mrs Roe with the cast-iron pan she used to strike the intruder twice"
    box = ["MOST READ IN NEWS", "BIN THERE Council worker sacked after he was found asleep in a wheelie bin",
           "ICE BLAST Britain braced for a hard freeze as forecasters issue a new weather warning"]
    body = clean("\n\n".join([*TABLOID[:2], caption, *TABLOID[2:], *box])).body
    assert body == TABLOID


def test_a_sentence_that_lost_its_stop_stays() -> None:
    line = "The case read like a parody of a heist film. In November, she was reported missing by her mother"
    body = clean("\n\n".join([*TABLOID[:2], line, *TABLOID[2:]])).body
    assert line in body


SCENES = ["A firefighter sprays water onto the roof of the bowling alley on Tuesday.",
          "Jo Roe adjusts a valve at the plant on Wednesday morning.",
          "Ann Lee and Tom Roe at the reopening of the station last spring",
          "Jo Roe arriving at the airport last month",
          "Ann Lee and Tom Roe at the film awards in January 2017.",  # a year is no phone number
          "Lisburn Crown Court, where Roe was sentenced on Wednesday.",
          "Roe's workbench, where some of the tools date to the shop's opening in 1965.",  # someone's place
          "Volunteers fill sandbags outside the fire station on Thursday.",  # a plural subject
          "Passengers wait for delayed trains at the station during the strike.",
          "Jo Roe and Ann Lee in a scene from season two of 'Harbour Lights.'",  # a film's still
          "Westbrook's Jo Roe (12) celebrates with teammates after the final on Saturday.",  # a player and the shirt's number
          "Former sheriff Jo Roe leaves the county courthouse after posting bond.",  # a post before the name
          "Smoke rises over the harbour road on Sunday afternoon.",  # a thing doing what a picture shows
          "Cocoa pods hang from a tree on a farm near the river.",
          "Beech seedlings growing in one of the study plots by the lake.",  # no verb of its own
          "The old swing bridge over the harbour channel at dusk.",  # no verb at all
          "Ann Lee in the children's section of the central library on Spring Road.",
          "Ann Lee, 15, of Alden, leads her heifer around the ring Tuesday at the county fair.",  # an age, a town
          "Jo Roe, 63, marks a stripped cork oak with the year of the harvest near the river.",  # "stripped" no past
          "Residents at a meeting in the village hall last month.",  # a crowd and where it was, no verb
          "Warning signs at the entrance to the north beach on Sunday.",  # no verb, the day closing it
          "The burnt section of the covered market on Sunday morning",  # a participle for an adjective
          "Emergency vehicles outside the hospital's north entrance on Thursday afternoon.",
          "Jo Roe behind the counter of the Harbour Diner in 2009."]


def test_scene_captions_with_no_credit_go() -> None:
    """A present-tense scene opened by its subject, or a name with no verb, among past-tense story."""
    for caption in SCENES:
        body = clean("\n\n".join([*TABLOID[:2], caption, *TABLOID[2:]])).body
        assert body == TABLOID, caption


PROSE = ["A man walks into the shop on the corner every evening at six, the owner said.",  # reported speech
         "The harbour master also sits on the flood committee, which meets on Friday.",  # an adverb before the verb
         "Lifeguards at the main beach closed the water to swimmers on Wednesday.",  # a common noun, a past tense
         "A lone hiker crosses the ridge above the lake, the valley below still white with snow.",  # a feature's scene
         "A candle flickers in the window of the house on Maple Street, where she lived for 11 years.",
         "Jo Roe's lawyers in Boston filed a motion to dismiss the case.",  # a possessive is no subject
         "Jo Roe at 555-0100 takes calls from tenants on weekdays.",  # a number that is no year
         "The clip spread quickly on Twitter, where it was shared thousands of times.",
         "Residents fear for the future of the harbour after the vote.",  # a plural subject reasoning
         "Jones took the stand in the afternoon and denied the charge.",  # a past tense
         "Volunteers sort donated clothing in the basement of the hall, a day after the river crested.",
         "Commuters wade through deep water on Canal Street as the rain keeps falling.",
         "Rovers play Coast City at home on Saturday.",  # a team's fixture
         "Harbour Rovers travel to Coast City next weekend.",
         "State Highway Patrol troopers stopped the van with a boxing manoeuvre near the exit.",
         "Jo Roe (45), of Main Street, appeared at the district court on Monday.",
         "Long queues resurfaced at filling stations in the city on Monday.",  # a noun in -s, then a past
         "Like the initial rise of the movement in 2009, the drivers cast their protest in stark terms.",
         "Two new flashing crosswalk signs near the school.",  # a list's item
         "Consider placing a credit freeze with all three bureaus.",  # an imperative
         "Harbour Rovers kick off at home on Saturday.",
         "The storm over the weekend brought heavy rain to the coast.",  # a verb with no -ed or -s
         "The man at the door hit him twice before he fled.",
         "The wait at the border crossing can stretch to four hours.",
         "Jo Roe in her final season won three titles at the club.",  # an irregular past
         "A girl climbs onto it and begins to sing, very quietly, about the sea.",  # a run of actions, "it"
         "Jo Roe wakes at 4:30 every morning, puts the kettle on and goes outside to look at the sky.",  # a habit
         "Talks between the union and the operator broke down late on Sunday evening.",  # a preposition, no verb
         "Researchers analyzed survey responses from more than 48,000 students in grades 9 through 12.",  # a past
         "Ann Lee fans at a karaoke bar got a lot more than they paid for on Saturday night.",
         "Supporters in Eldon say they hope to reopen by Thanksgiving.",  # a crowd, then its verb
         "Officials in Herat concede that saffron alone cannot change that.",
         "The Lumberjacks host Milwaukee on Friday.",  # a team and its next game, no scene
         "Rovers coach Jo Roe blamed tiredness after his side's midweek trip to the coast.",  # a team's coach
         "The Harbour Rovers face Port Example at home on Saturday before the break.",
         "The harvest festival runs at Riverside Park on Saturday.",  # a schedule, the day closing it
         "Schools across the county reopen on Monday.",
         "Police arrested the man at his home in Alden on Friday.",  # a past tense
         "Crews from three counties fought the fire at the mill until late on Sunday."]  # "fans", no verb  # an age, and a past  # a noun in -s  # the place does something


def test_story_lines_shaped_like_scenes_stay() -> None:
    for line in PROSE:
        body = clean("\n\n".join([*TABLOID[:2], line, *TABLOID[2:]])).body
        assert line in body, line


def test_a_headline_written_as_a_scene_is_still_the_headline() -> None:
    """Headlines are in the present too; the check runs after the headline is taken."""
    title = "Firefighter rescues dog from burning home in Maple Heights"
    record = clean("\n\n".join([title, *TABLOID]))
    assert record.headline == title and record.body == TABLOID


def test_a_gallery_between_its_title_and_its_credit_goes() -> None:
    slides = ["The couple made their debut at a charity gala in October 2016.",
              "They spent the new year in Mexico and shared beach photos with fans."]
    page = [*TABLOID[:2], "Jo and Tom's romance in pictures", *slides, "Photos: Getty Images", *TABLOID[2:]]
    assert clean("\n\n".join(page)).body == TABLOID


def test_sentences_under_a_gallery_title_with_no_credit_stay() -> None:
    """Without the picture credit closing it, nothing says where a gallery would end."""
    lines = ["The couple made their debut at a charity gala in October 2016.",
             "They spent the new year in Mexico and shared beach photos with fans."]
    body = clean("\n\n".join([*TABLOID[:2], "Jo and Tom's romance in pictures", *lines, *TABLOID[2:]])).body
    assert all(line in body for line in lines)


def test_a_subhead_naming_pictures_over_story_is_no_gallery() -> None:
    """Only the label alone, before a colon, or a title ending "in pictures" opens a gallery."""
    page = [TABLOID[0], "Pictures from the past", *TABLOID[1:3], "Photos: Getty Images", TABLOID[3]]
    body = clean("\n\n".join(page)).body
    assert "Pictures from the past" in body and TABLOID[1] in body and TABLOID[2] in body


def test_one_labelled_line_without_a_stop_between_paragraphs_is_a_caption() -> None:
    caption = "Packed platform: Travellers wait for the delayed trains as the minister's visit ends"
    body = clean(STORY + caption + "\n\nThe talks are expected to end on Sunday with a joint statement.").body
    assert caption not in body and len(body) == 3


@pytest.mark.parametrize("lines", [
    # two in a row are a list; a labelled line ending like a sentence is the story's
    ["Housing problems: Rent arrears or eviction, reported by 30% of the families in the survey",
     "Money problems: Unable to pay a bill on time, reported by 40% of the families in the survey"],
    ["Fishing rights: The agreement would let both fleets fish in the other's waters."],
])
def test_labelled_lines_that_are_no_captions_stay(lines: list[str]) -> None:
    end = "\n\nThe talks are expected to end on Sunday with a joint statement."
    body = clean(STORY + "\n\n".join(lines) + end).body
    assert all(line in body for line in lines)


def test_labelled_rows_of_an_introduced_list_stay_whatever_their_labels_length() -> None:
    """Rows of a prize list under "... were:" are the story's, though the first row's label is
    too long to read as a "label: value" row and the others look like labelled captions."""
    rows = ["Reserve grand champion market goat: Cal Foust, Sugar Creek 4-H",
            "Grand champion market lamb: Maddie Riel, Pine Ridge 4-H",
            "Grand champion market hog: Tanner Gobel, Harlow Youth Club",
            "Grand champion steer: Avery Lentz, Cedar Valley 4-H"]
    page = STORY + "Other champions named Saturday were:\n\n" + "\n\n".join(rows) + \
        "\n\nThe livestock auction is set for 6 p.m. Monday in the show barn."
    body = clean(page).body
    assert all(row in body for row in rows)


def test_slides_between_a_caption_and_the_gallery_credit_go() -> None:
    page = (STORY + "Delegates wait for the talks to begin in the old stock exchange.\n\n"
            "The minister gave a short speech at the opening session.\n\n"
            "Photos: Jo Roe/Example Images\n\n"
            "The talks are expected to end on Sunday with a joint statement.")
    article = clean(page)
    assert article.body == [*STORY.strip().split("\n\n"), "The talks are expected to end on Sunday with a joint statement."]
    assert [r.rule for r in article.removed if r.text.startswith("The minister gave")] == ["classifier:caption-run"]


def test_a_line_introducing_a_list_is_no_scene() -> None:
    intro = "A few things to keep in mind when booking:"
    article = clean(STORY + intro + "\n\nFerries fill up on Fridays in summer.\n\nBook the return leg early.")
    assert intro in article.body


@pytest.mark.parametrize("caption, credit", [
    ("Volunteers sorted donated clothing at a church hall on Monday.", "Photo: Jo Roe"),  # a past tense
    ("The old mill on Quay Street has stood empty since the fire in 1989.", "Jo Roe/Example Images"),  # an auxiliary
    ("The harbour master checked the moorings at first light on Tuesday.", "Courtesy of the Harbour Board"),
])
def test_a_sentence_over_a_picture_credit_is_its_caption(caption: str, credit: str) -> None:
    page = STORY + caption + "\n\n" + credit + "\n\nThe talks are expected to end on Sunday with a joint statement."
    article = clean(page)
    assert caption not in article.body
    assert [r.rule for r in article.removed if r.text == caption] == ["classifier:caption-credited"]


@pytest.mark.parametrize("line, credit", [
    ("The deal was signed on Friday, the ministry said.", "Photo: Jo Roe"),  # reported speech
    ("Read the minister's full statement below.", "Jo Roe/Example Images"),  # introduces what follows
    ("The minister posted a picture of the signing on Friday.", "View this post on Instagram"),  # an embed's source
    ("Officials signed the agreement in the old stock exchange on Friday.", "Image copyright Jo Roe"),  # caption under it
    ("The comet won't pass this close again for another 300 years.", "Image credit: Example Observatory"),  # what won't happen
])
def test_story_over_a_credit_or_an_embed_stays(line: str, credit: str) -> None:
    page = STORY + line + "\n\n" + credit + "\n\nThe talks are expected to end on Sunday with a joint statement."
    assert line in clean(page).body


def test_a_plural_subject_with_a_past_spelled_as_its_present_is_story() -> None:
    line = "Rivers burst their banks across three districts late on Saturday, cutting off roads to the villages."
    assert line in clean(STORY + line + "\n\nThe talks are expected to end on Sunday.").body

