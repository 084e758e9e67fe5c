from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.classify import classify_page

from .helpers import STORY, kept, page


def test_short_subhead_between_story_paragraphs_stays() -> None:
    doc = page(STORY[0], STORY[1], "What comes next", STORY[2], STORY[3])
    classify_page(doc)
    assert "What comes next" in kept(doc)


def test_headline_about_another_story_between_paragraphs_goes() -> None:
    link = "Famous singer buys castle in the mountains after tour"
    doc = page(STORY[0], STORY[1], link, STORY[2], STORY[3])
    classify_page(doc)
    assert link not in kept(doc)
    assert doc.removed[2].rule == "classifier:inline-headline" and doc.removed[2].score == 0.0


def test_a_subhead_that_is_all_quotation_stays() -> None:
    subhead = "'Like being watched by the whole street'"
    doc = page(STORY[0], STORY[1], subhead, STORY[2], STORY[3])
    classify_page(doc)
    assert subhead in kept(doc)


def test_headline_sharing_a_few_of_the_storys_words_between_paragraphs_goes() -> None:
    """Another story from the same town shares its place names with this one, not its subject."""
    link = "Bridge engineers in the next county brace for festival crowds"  # two of five words shared
    doc = page(STORY[0], STORY[1], link, STORY[2], STORY[3])
    classify_page(doc)
    assert link not in kept(doc)


def test_a_sentence_and_its_writers_name_between_paragraphs_stays() -> None:
    line = "The bridge will not reopen before autumn, a council engineer told the paper. (Jo Roe)"
    doc = page(STORY[0], STORY[1], line, STORY[2], STORY[3])
    classify_page(doc)
    assert line in kept(doc)


def test_subhead_the_story_talks_about_stays() -> None:
    subhead = "Shop owners on the east bank fear the detour"
    doc = page(STORY[0], STORY[1], subhead, STORY[3], STORY[4])
    classify_page(doc)
    assert subhead in kept(doc)


def test_run_of_titles_closing_the_page_is_a_sidebar() -> None:
    doc = page(*STORY, "Famous singer buys castle in the mountains", "Local team wins the cup again", "Weather turns cold")
    classify_page(doc)
    assert kept(doc) == STORY
    assert {r.rule for r in doc.removed.values()} == {"classifier:sidebar"}


def test_bulleted_title_case_links_on_the_storys_topic_closing_the_page_are_a_sidebar() -> None:
    links = ["· Bridge Repairs: When the Detour Through the Industrial Park Ends",
             "· Shop Owners on the East Bank: What the Council Has Promised Them"]
    doc = page(*STORY, *links)
    classify_page(doc)
    assert kept(doc) == STORY
    assert {r.rule for r in doc.removed.values()} == {"classifier:sidebar"}


def test_one_cut_off_last_line_is_not_a_sidebar() -> None:
    doc = page(*STORY, "Both of the shops are")
    classify_page(doc)
    assert kept(doc)[-1] == "Both of the shops are"


def test_one_title_after_the_last_story_paragraph_is_a_link() -> None:
    # Nothing follows it, so it heads nothing: a link to another story, not a subhead.
    doc = page(*STORY, "In bridge battle, both towns appeal to the state")
    classify_page(doc)
    assert kept(doc) == STORY
    assert doc.removed[len(STORY)].rule == "classifier:tail-headline"


def test_a_short_closing_label_is_left_to_the_rules() -> None:
    doc = page(*STORY, "Bridge closed")  # under TAIL_SINGLE_MIN_WORDS: a sign-off or label, not judged here
    classify_page(doc)
    assert kept(doc)[-1] == "Bridge closed"


def test_list_under_a_related_heading_goes_and_story_after_it_stays() -> None:
    doc = page(STORY[0], STORY[1], "Related:", "Famous singer buys castle in the mountains",
               "Local team wins the cup again", STORY[2], STORY[3])
    classify_page(doc)
    assert kept(doc) == [STORY[0], STORY[1], STORY[2], STORY[3]]


def test_latest_heading_in_second_half_ends_the_story() -> None:
    after = "A long item about another matter that has nothing to do with the bridge at all, told in full."
    doc = page(*STORY, "Latest Local News", after)
    classify_page(doc)
    assert kept(doc) == STORY


def test_caption_repeating_the_next_paragraph_goes() -> None:
    caption = "Photo: Jane Doe/Agency " + " ".join(STORY[1].split()[:14])
    doc = page(STORY[0], caption, STORY[1], STORY[2])
    classify_page(doc)
    assert caption not in kept(doc)
    assert doc.removed[1].rule == "classifier:duplicate"


def test_scrape_stutter_without_lead_in_stays() -> None:
    stutter = " ".join(STORY[1].split()[:14])
    doc = page(STORY[0], stutter, STORY[1], STORY[2])
    classify_page(doc)
    assert stutter in kept(doc)


def test_outlet_pages_only_get_the_safe_checks() -> None:
    doc = page(*STORY, "Famous singer buys castle in the mountains", "Local team wins the cup again")
    classify_page(doc, outlet_rules=True)
    assert len(kept(doc)) == len(STORY) + 2


def test_explain_shows_classifier_removals_with_scores() -> None:
    from cleaner import Config, clean

    text = "\n\n".join([*STORY, "Famous singer buys castle in the mountains", "Local team wins the cup again"])
    article = clean(text, config=Config(explain=True))
    reasons = [(r.rule, r.score) for r in article.removed if r.rule.startswith("classifier:")]
    assert reasons and all(score is not None for _, score in reasons)
    assert clean(text, config=Config(classifier=False)).body[-1] == "Local team wins the cup again"


def test_story_link_above_a_question_subhead_goes() -> None:
    # The link shares the story's words, so only its place tells it from a subhead: it heads
    # no section, sitting between a section's last paragraph and the next subhead.
    link = "Bridge repairs in the river town: a timeline"
    doc = page(STORY[0], "Why is the bridge closing?", STORY[1], link, "How long will the detour last?", STORY[2], STORY[3])
    classify_page(doc)
    assert link not in kept(doc)
    assert [r.rule for r in doc.removed.values()] == ["classifier:section-link"]


def test_two_story_links_above_a_numbered_subhead_go() -> None:
    links = ["Why towns keep old bridges open", "Drivers tell of detour trouble"]
    doc = page(STORY[0], "1. Check the detour map", STORY[1], *links, "2. Give yourself more time", STORY[2], STORY[3])
    classify_page(doc)
    assert [t for t in links if t in kept(doc)] == []
    assert {r.rule for r in doc.removed.values()} == {"classifier:section-link"}
    assert "2. Give yourself more time" in kept(doc) and "1. Check the detour map" in kept(doc)


@pytest.mark.parametrize("lines", [
    # a subhead that has its own section under it
    [STORY[0], "Engineers fear the worst", STORY[1], "What happens now?", STORY[2]],
    # the subhead's section is a single short line: the run is no link above a subhead
    [STORY[0], "Engineers fear the worst", "What happens now?", "Nobody knows.", STORY[2]],
    # a list the story introduces, above a numbered subhead
    ["The council listed what it will do:", "Close the bridge", "Open a detour", "1. Signs on the main road", STORY[2]],
])
def test_subheads_with_their_own_section_stay(lines: list[str]) -> None:
    doc = page(*lines)
    classify_page(doc)
    assert not any(r.rule == "classifier:section-link" for r in doc.removed.values())


def test_paragraph_printed_twice_over_is_a_caption() -> None:
    caption = "Engineers inspect the rusted beams under the old bridge on a cold morning."
    doc = page(STORY[0], f"{caption} {caption}", STORY[1], STORY[2])
    classify_page(doc)
    assert [r.rule for r in doc.removed.values()] == ["classifier:doubled"]


def test_caption_fused_onto_a_later_paragraph_goes_and_the_plain_copy_stays() -> None:
    caption = "A man rows a small boat past the closed bridge."
    fused = f"{caption} {STORY[2]}"
    doc = page(fused, STORY[0], STORY[1], STORY[2], STORY[3])
    classify_page(doc)
    assert kept(doc) == STORY[:4]
    assert doc.removed[0].rule == "classifier:container" and 0 < doc.removed[0].score < 1


def test_paragraph_holding_an_earlier_one_stays() -> None:
    # the story goes on from its own earlier sentence: the longer copy is below, so both are story
    longer = f"{STORY[1]} Their report was sent to the council in May."
    doc = page(STORY[0], STORY[1], STORY[2], longer, STORY[3])
    classify_page(doc)
    assert longer in kept(doc) and STORY[1] in kept(doc)


def test_short_paragraph_held_in_an_earlier_one_does_not_count() -> None:
    line = "The mayor would not say more."
    doc = page(STORY[0], f"{STORY[1]} {line}", STORY[2], line, STORY[3])
    classify_page(doc)
    assert f"{STORY[1]} {line}" in kept(doc)


def test_question_title_ending_a_related_list_is_an_item() -> None:
    items = ["Town votes to close the ferry", "Why do old bridges rust from the inside?"]
    doc = page(*STORY, "Read more:", *items)
    classify_page(doc)
    assert kept(doc) == STORY


def test_line_introducing_what_follows_ends_a_related_list() -> None:
    intro = "The statement issued by the council on Friday reads:"
    doc = page(STORY[0], STORY[1], "Read more:", "Town votes to close the ferry", intro, STORY[2])
    classify_page(doc)
    assert intro in kept(doc) and "Town votes to close the ferry" not in kept(doc)


def test_one_word_subhead_after_a_related_list_stays() -> None:
    doc = page(STORY[0], STORY[1], "Read more:", "Town votes to close the ferry", "Detours", STORY[2], STORY[3])
    classify_page(doc)
    assert "Detours" in kept(doc) and "Town votes to close the ferry" not in kept(doc)


def test_question_subhead_after_a_related_list_stays() -> None:
    doc = page(STORY[0], "Read more:", "Town votes to close the ferry", "Is the detour safe?", STORY[1], STORY[2])
    classify_page(doc)
    assert "Is the detour safe?" in kept(doc) and "Town votes to close the ferry" not in kept(doc)


def test_capitals_subhead_about_something_else_stays() -> None:
    # the same words in title case are a link (test above); a column sets its subheads in capitals
    subhead = "FAMOUS SINGER BUYS CASTLE IN THE MOUNTAINS AFTER TOUR"
    doc = page(STORY[0], STORY[1], subhead, STORY[2], STORY[3])
    classify_page(doc)
    assert subhead in kept(doc)


def test_a_menu_of_sections_above_the_story_goes() -> None:
    menu = ["Sections", "U.S.", "World", "Business", "Tech"]
    doc = page(*menu, *STORY)
    classify_page(doc)
    assert kept(doc) == STORY
    assert {r.rule for r in doc.removed.values()} == {"classifier:menu"}


def test_a_short_list_inside_the_story_or_under_four_lines_stays() -> None:
    inside = ["Apples", "Pears", "Plums", "Cherries"]
    doc = page(STORY[0], STORY[1], *inside, STORY[2], STORY[3])
    classify_page(doc)
    assert all(item in kept(doc) for item in inside)
    doc = page("Sections", "World", "Business", *STORY)
    classify_page(doc)
    assert "World" in kept(doc)  # three short lines: not enough for a menu


def test_questions_under_a_list_heading_are_its_items() -> None:
    teasers = ["Which star secretly married last fall?", "Is this the most expensive ring ever sold?"]
    doc = page(*STORY[:3], "Sponsored Content", *teasers, *STORY[3:])
    classify_page(doc)
    assert kept(doc) == STORY[:3] + STORY[3:]  # the heading is a list heading; both teasers go with it


def test_a_question_subhead_after_a_list_opens_its_section() -> None:
    subhead = "What happens to the shops now?"
    doc = page(*STORY[:3], "Related", "Famous singer buys castle in the mountains", subhead, *STORY[3:])
    classify_page(doc)
    assert subhead in kept(doc)


def test_a_listed_storys_teaser_retelling_its_title_goes_and_the_story_resumes() -> None:
    title = "Ferry operator fined for overloading the island boat"
    teaser = "The island's ferry operator was fined $40,000 on Monday for overloading the boat twice last summer."
    doc = page(STORY[0], STORY[1], "Read Next", title, teaser, STORY[2], STORY[3])
    classify_page(doc)
    assert kept(doc) == [STORY[0], STORY[1], STORY[2], STORY[3]]
    assert doc.removed[4].rule == "classifier:list-teaser"


def test_other_stories_under_the_copyright_footer_go() -> None:
    other = ["A man was charged on Monday with stealing copper cable from the railway depot.",
             "The county has approved a smaller rise in water rates than the utility asked for."]
    article = clean("\n\n".join([*STORY, "Copyright 2018 Example Media. All rights reserved.", *other]))
    assert article.body == STORY
    assert [r.rule for r in article.removed][-2:] == ["classifier:after-footer"] * 2


def test_story_under_a_pictures_copyright_credit_stays() -> None:
    article = clean("\n\n".join([*STORY[:3], "© Jo Roe", *STORY[3:]]))
    assert article.body == STORY


def test_a_numbered_subhead_stays() -> None:
    doc = page(STORY[0], STORY[1], "1. Shop owners want a shorter detour", STORY[2], STORY[3])
    classify_page(doc)
    assert "1. Shop owners want a shorter detour" in kept(doc)


def test_sections_under_headings_in_capitals_with_labelled_lines_stay() -> None:
    """A wire's sports recap closes with such sections ("TRAINER'S ROOM" / "Rovers: ..."); a fact box
    looks the same, so neither is taken for one."""
    sections = ["TRAINER'S ROOM", "Rovers: The goalkeeper will miss two weeks with a sprained wrist.",
                "United: The captain returned to training on Monday."]
    doc = page(STORY[0], STORY[1], *sections, STORY[2], STORY[3])
    classify_page(doc)
    assert all(line in kept(doc) for line in sections)
    record = ["2016-17: 15-17 (7-11 VRC)", "2017-18: 12-19 (5-13 VRC)", "2018-19: 14-16 (8-10 VRC)"]
    doc = page(STORY[0], STORY[1], "His year-by-year record:", *record, STORY[2], STORY[3])
    classify_page(doc)
    assert all(line in kept(doc) for line in record)


def test_short_facts_under_a_fast_facts_label_go_and_a_reported_line_stays() -> None:
    article = clean("\n\n".join([STORY[0], STORY[1], "FAST FACTS: The bridge", "Built in 1931.", "Carries 9,000 cars a day.",
                                 STORY[2], STORY[3]]))
    assert article.body == STORY[:4]
    article = clean("\n\n".join([STORY[0], STORY[1], "Timeline", "1931: The bridge opens.", "1987: The deck is replaced.",
                                 "The bridge will reopen in the autumn, the council said.", STORY[2]]))
    assert "The bridge will reopen in the autumn, the council said." in article.body


def test_a_list_under_a_ruled_heading_after_the_story_ends_goes_though_its_items_end_like_sentences() -> None:
    items = ["Council approves new harbour car park", "The ferry broke down again on Sunday. Passengers were stuck for hours."]
    article = clean("\n\n".join([*STORY, "Copyright 2018 Example Media", "Read more:", *items]))
    assert article.body == STORY


def test_a_capitals_kicker_over_a_title_is_a_link_and_a_stamp_is_not() -> None:
    article = clean("\n\n".join([STORY[0], "TRAVEL: Ferry operators cancel crossings as storms return",
                                 "PUBLISHED: March 4, 2017 at 6:00 am", *STORY[1:]]))
    assert article.body == STORY
    rules = {r.text: r.rule for r in article.removed}
    assert rules["TRAVEL: Ferry operators cancel crossings as storms return"] == "generic-links/related-link"
    assert rules["PUBLISHED: March 4, 2017 at 6:00 am"] != "generic-links/related-link"


def test_a_trending_heading_with_an_abbreviation_heads_a_list() -> None:
    items = ["Lifeboat crew rescues two kayakers off the point", "Council approves new harbour car park"]
    article = clean("\n\n".join([*STORY, "Trending in U.S.", *items]))
    assert article.body == STORY


def test_the_storys_practical_box_under_a_sponsored_list_stays() -> None:
    box = ["If you go", "What: The harbour festival", "Where: North Quay, Porthaven"]
    text = "\n\n".join([*STORY, "Sponsored Content", "These 10 harbour towns are worth a weekend away", *box,
                         "When: Through Dec. 3, daily from noon. Tickets are $5 at the gate."])
    body = clean(text).body
    assert all(line in body for line in box)


def test_a_numbered_step_between_paragraphs_is_a_subhead() -> None:
    step = "Step 5: Know where to get information in a hurry"
    doc = page(STORY[0], STORY[1], step, STORY[2], STORY[3])
    classify_page(doc)
    assert step in kept(doc)


def test_a_short_subhead_after_a_lists_longer_items_opens_the_story_again() -> None:
    items = ["Three killed in grain elevator explosion as investigators look for a cause",
             "Families of blast victims say they warned of the dangers for years"]
    long_para = ("In a written response included in the report, the agency said it agreed with four of the "
                 "recommendations and would review its inspection schedule for the region's largest plants.")
    text = "\n\n".join([*STORY[:3], "Read more:", *items, "The agency's response", long_para])
    body = clean(text).body
    assert "The agency's response" in body and long_para in body and not any(i in body for i in items)


def test_a_highlights_box_of_short_sentences_goes_and_the_lede_under_it_stays() -> None:
    items = ["Mooring fees at the harbour will rise for the first time in a decade.",
             "Boat owners say some of them will move to the next town along the coast.",
             "The new fees take effect in April and will be reviewed in two years."]
    lede = ("The harbour board voted on Tuesday to raise mooring fees for the first time in a decade, saying the "
            "money was needed to repair the east quay before next winter's storms.")
    body = clean("\n\n".join(["Harbour board raises mooring fees", "Key points", *items, lede, *STORY])).body
    assert body == [lede, *STORY]


def test_a_highlights_label_fused_to_a_caption_takes_the_boxs_sentences_under_it() -> None:
    caption = ("Buy Photo Divers check the pier of the old ferry terminal on Monday, May 4, 2015. "
               "(Photo: Jo Roe / The Harbor Times)Buy Photo Story Highlights The terminal opened in 1958.")
    items = ["The commission first voted on the terminal in 2009.",
             "Repairs since then have cost the town $4.5 million."]
    lede = ("The harbour commission voted on Tuesday to tear down the old ferry terminal and build a new one on "
            "the same pier, ending a decade of argument over where the ferries should dock.")
    body = clean("\n\n".join(["Harbor votes to replace ferry terminal", caption, *items, lede, *STORY])).body
    assert body == [lede, *STORY]
    # without the label, the same short sentences under a caption are the story's
    plain = caption.replace("Story Highlights The terminal opened in 1958.", "")
    assert clean("\n\n".join(["Harbor votes to replace ferry terminal", plain, *items, lede, *STORY])).body[:2] == items


def test_a_bulleted_question_ends_a_list_of_bulleted_teasers() -> None:
    teasers = ["· The bridges of the county and their repairs", "· Ten detours drivers always miss",
               "· Can an old bridge be saved by new steel?"]
    body = clean("\n\n".join([*STORY, *teasers])).body
    assert body == STORY


def test_a_topic_label_between_the_title_and_the_lede_goes() -> None:
    lede = ("The town council voted on Tuesday to close the old bridge over the river for repairs that are expected to "
            "last most of the summer, the longest closure since it opened.")
    record = clean("\n\n".join(["Council closes the old bridge for summer repairs", "By Jo Roe", "Bridges", lede, *STORY[1:]]))
    assert record.body == [lede, *STORY[1:]]
    # without a title over it, the short first line may be the page's own title: it is not judged a label
    assert "Bridges" in clean("\n\n".join(["Bridges", lede, *STORY[1:]])).body



def test_a_timeline_box_goes_whatever_its_labels_look_like() -> None:
    lede = ("The harbour board voted on Tuesday to raise mooring fees for the first time in a decade, saying the "
            "money was needed to repair the east quay before next winter's storms.")
    for label, items in (
            ("TIMELINE", ["2014: The east quay is found to be sinking.", "Sept. 2016: Repairs are put off a second time.",
                          "Feb. 2018: A storm closes the quay for a month."]),
            ("THE EAST QUAY: A TIMELINE", ["1974 — The quay opens with berths for 40 boats.",
                                           "2001 — The board buys the quay from the county.",
                                           "2018 — A storm closes it for a month."])):
        body = clean("\n\n".join(["Harbour board raises mooring fees", lede, label, *items, *STORY])).body
        assert body == [lede, *STORY], label


def test_a_live_entrys_time_ends_the_key_points_box_above_it() -> None:
    entry = ("The harbour board says it has now counted the votes from more than 300 of the 412 boat owners, "
             "and the result is expected before midnight.")
    page = ["Harbour board vote live: every result as it comes", "Key points", "Votes are being counted at the yacht club",
            "Turnout is the highest in a decade", "4:15 p.m.", entry, *STORY]
    assert clean("\n\n".join(page)).body == ["4:15 p.m.", entry, *STORY]


def test_a_match_stats_box_goes_and_the_report_under_it_stays() -> None:
    box = ["Match stats", "Possession: Rovers 58% Harbour 42%", "Shots on target: 6-2", "Attendance: 2,114"]
    after = ("Rovers manager Jo Roe said his side had deserved the win after a difficult run of away games, and that the "
             "new signing at left back had settled in quickly.")
    body = clean("\n\n".join([*STORY, *box, after])).body
    assert body == [*STORY, after]
