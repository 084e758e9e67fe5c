"""Field readers: dates, credit lines, datelines, headlines."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.fields.dates import parse_date
from cleaner.fields.headline import is_title_like
from cleaner.fields.names import parse_credit


@pytest.mark.parametrize("text,iso", [
    ("WASHINGTON Fri Aug 9, 2013 11:07pm IST", "2013-08-09"),
    ("Posted: Monday, June 23, 2014 11:03 PM EDT", "2014-06-23"),
    ("Jan. 25, 2016", "2016-01-25"),
    ("9 August 2013", "2013-08-09"),
    ("2013-08-09T10:00", "2013-08-09"),
    ("14.03.2018 13:20", "2018-03-14"),  # dotted with the full year: Europe's order, day first
    ("03.04.2018", "2018-04-03"),
    ("10.17.17", "2017-10-17"),  # dotted with two digits: a US web magazine's, month first
    ("on Friday", None),
    ("Aug 9", None),
])
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("raw,authors,agency", [
    ("Reporting by Paul Eckert; Editing by Philip Barbara", ["Paul Eckert"], None),
    # each name may carry its own role; a news service is the agency, not an author
    ("Staff writer Jo Roe and staff researchers Ann Lee and Max Kim contributed to this report.",
     ["Jo Roe", "Ann Lee", "Max Kim"], None),
    ("Valley News Service contributed to this report.", [], "Valley News Service"),
    ("Jo Roe and Valley News Service contributed to this report.", ["Jo Roe"], "Valley News Service"),
    (("Writing by Steve Gorman and Dan Whitcomb; Additional reporting by Lucy Nicholson and Dave Warner "
      "in Philadelphia; Editing by Greg McCune and Cynthia Johnston"),
     ["Steve Gorman", "Dan Whitcomb", "Lucy Nicholson", "Dave Warner"], None),
    ("Source: News Agencies", [], "News Agencies"),
    ("Associated Press writer Justin Pritchard contributed to this report.", ["Justin Pritchard"],
     "Associated Press"),
    ("By Jane Roe", ["Jane Roe"], None),
    ("by Gazette Staff", [], None),  # a desk, not a person
    ("By Jane Roe, Staff Writer", ["Jane Roe"], None),  # a role after the name
    ("By Jo Roe Valleyday Reporter", ["Jo Roe"], None),  # the outlet's post after the name, no comma
    ("Ann Lee, health policy editor", ["Ann Lee"], None),  # a writer and their post, alone on a line
    ("With inputs from PTI", [], "PTI"),  # an Indian wire, credited after the story
    ("With AAP", [], "AAP"),  # a wire credited alone under a byline
    ("Story by Jo Roe", ["Jo Roe"], None),  # the byline under another label
    ("Words by Jo Roe", ["Jo Roe"], None),
    ("Posted by Jo Roe", ["Jo Roe"], None),
    ("Additional reporting by Ana Ruiz; Writing by Jo Roe; Editing by Max Kim", ["Ana Ruiz", "Jo Roe"], None),
    (("Associated Press journalist Jane Roe reported this story in Riverton and AP writer John Doe reported "
      "from Mexico City."), ["Jane Roe", "John Doe"], "Associated Press"),
    ("By JO McROE Associated Press", ["JO McROE"], "Associated Press"),  # the wire after the name, no comma
    ("By Jo Roe Reuters", ["Jo Roe"], "Reuters"),
    ("By The Associated Press", [], "Associated Press"),  # the wire alone, "The" no name
    ("By Jo Roe, HealthDay Reporter", ["Jo Roe"], "HealthDay"),  # a service's reporter: the service credited
    ("By: PTI", [], "PTI"),  # a colon after "By"
    ("Reported by: Jo Roe", ["Jo Roe"], None),
    ("By JO McROE FOR THE DAILY EXAMPLE", ["JO McROE"], None),  # the paper after the name, in capitals
    ("Additional reporting by RNZ", [], "RNZ"),  # a broadcaster's initials are no writer
    ("CNN and WXYZ-TV contributed to this report", [], "CNN"),
    ("By Jo Roe Edmonton Bureau", ["Jo Roe"], None),  # the desk she files for, after the name
    ("By Jo Roe New York Bureau Chief", ["Jo Roe"], None),
    ("Tokyo Bureau", [], "Tokyo Bureau"),  # a desk alone is a service
    ("By Jo Roe Dispatch Staff", ["Jo Roe"], None),
    ("By Jo Roe, Highlands and Islands Correspondent", ["Jo Roe"], None),  # the post's "and" joins no writer
    ("Jo Roe South-west correspondent", ["Jo Roe"], None),  # a hyphened post, no comma
    ("By Chief Meteorologist Jo Roe", ["Jo Roe"], None),  # a broadcaster's post before the name
    ("Jo Roe, Example Ledger-Star", ["Jo Roe"], None),  # a paper's hyphened name
    ("by Jo Roe, Example Institute of Technology", ["Jo Roe"], None),  # a body "of" something
    ("Reporter Jo Roe of Example affiliate KXYZ contributed to this report.", ["Jo Roe"], None),
    ("Jo Roe and Ann Lee of Example News contributed to this report.", ["Jo Roe", "Ann Lee"], None),
    ("By Jo Roe, Press Association Health Correspondent", ["Jo Roe"], "Press Association"),  # a wire's post
    ("By Jo Roe jroe@example.com", ["Jo Roe"], None),  # the writer's address after the name
    ("By Jo Roe/Example Rates", ["Jo Roe"], "Example Rates"),  # the writer and the content outlet
    ("By Jo Roe@joroe", ["Jo Roe"], None),  # a handle run on to the name
    ("BY JO ROE", ["JO ROE"], None),
    ("By Jo Roe, Example Wire Reporter", ["Jo Roe"], "Example Wire"),
    ("Jo Roe, The Example Courier", ["Jo Roe"], None),  # a writer and her paper
    ("By Jo Roe / Staff Writer", ["Jo Roe"], None),
    ("By Jo Roe, Meteorologist", ["Jo Roe"], None),
    ("From Jo Roe in Enugu", ["Jo Roe"], None),
    ("Jo Roe| The Example Star", ["Jo Roe"], None),
    ("Staff Reporter", [], None),
    ("Information from the Associated Press was used in this report.", [], "Associated Press"),
    ("By Jo Roe, Abuja", ["Jo Roe"], None),  # one word after the name and a comma: where she filed from
    # bylines and wire credits in French, German, Spanish, Italian, Portuguese and Dutch
    ("Par Claire Dubois et Jean Martin", ["Claire Dubois", "Jean Martin"], None),
    ("Von Max Muster und Erika Beispiel", ["Max Muster", "Erika Beispiel"], None),
    ("Por Ana García, Valencia", ["Ana García"], None),
    ("Di Marco Rossi", ["Marco Rossi"], None),
    ("Door Jan de Vries", ["Jan de Vries"], None),
    ("Avec AFP", [], "AFP"), ("(mit dpa)", [], "dpa"), ("Avec l'AFP", [], "AFP"), ("Agencia EFE", [], "EFE"),
    ("Con información de EFE y Europa Press", [], "EFE"), ("Fonte: ANSA", [], "ANSA"), ("Bron: ANP", [], "ANP"),
    ("Com informações da Agência Brasil", [], "Agência Brasil"),
])
def test_parse_credit(raw: str, authors: list[str], agency: str | None) -> None:
    assert parse_credit(raw) == (authors, agency)


@pytest.mark.parametrize("opening,place,raw", [
    ("WASHINGTON (Reuters) - The", "WASHINGTON", "WASHINGTON (Reuters) -"),
    ("LOS ANGELES (Reuters) - Police", "LOS ANGELES", "LOS ANGELES (Reuters) -"),
    ("MOSCOW -- U.S. Secretary", "MOSCOW", "MOSCOW --"),
    ("PLANTATION, Fla. (WSVN) -- A police", "PLANTATION, Fla.", "PLANTATION, Fla. (WSVN) --"),
    ("BEIRUT — Syrian troops", "BEIRUT", "BEIRUT —"),
    ("Charlottesville, VA - Monday, a judge", "Charlottesville, VA", "Charlottesville, VA -"),  # a station's style
    ("Bend, Ore. - The county", "Bend, Ore.", "Bend, Ore. -"),
    ("LIMA, Dec 1 (Reuters) - Peru", "LIMA", "LIMA, Dec 1 (Reuters) -"),  # a day with no year: date not guessed
    ("WOODLAND HILLS >> Homicide detectives", "WOODLAND HILLS", "WOODLAND HILLS >>"),
    ("NEW DELHI: The city", "NEW DELHI", "NEW DELHI:"),  # South Asian papers put a colon after the city
    ("KARACHI (Reuters): Traders", "KARACHI", "KARACHI (Reuters):"),
    # a several-city wire dateline whose "(Reuters) -" the scrape lost
    ("BEIRUT/AMMAN Syria's army", "BEIRUT/AMMAN", "BEIRUT/AMMAN"),
    ("SEOUL/TOKYO, South Korea The two", "SEOUL/TOKYO, South Korea", "SEOUL/TOKYO, South Korea"),
])
def test_dateline_prefix_is_read_and_removed(opening: str, place: str, raw: str) -> None:
    a = clean(f"{opening} did something on Monday after a long meeting with officials in the capital."
              "\n\nSecond paragraph.")
    assert a.dateline is not None and (a.dateline.place, a.dateline.raw) == (place, raw)
    assert not a.body[0].startswith(raw)


@pytest.mark.parametrize("opening", [
    "NASA Administrator Jo Doe said",  # capitals and no slash: a lede, not a dateline
    "AC/DC played",                   # a slash between short capitals that a lowercase word follows
])
def test_capitals_opening_a_lede_are_no_dateline(opening: str) -> None:
    a = clean(f"{opening} something on Monday after a long meeting with officials in the capital."
              "\n\nSecond paragraph.")
    assert a.dateline is None and a.body[0].startswith(opening)


def test_date_only_prefix() -> None:
    a = clean("MONDAY, Jan. 25, 2016 (HealthDay News) -- Researchers found things.\n\nMore.")
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.date) == (None, "2016-01-25")
    assert a.body[0] == "Researchers found things."


def test_station_label_with_only_a_place_after_it_is_no_dateline() -> None:
    a = clean("WXYZ – Dearborn, Mich.\n\nA driver steered a runaway bus away from a crowded sidewalk on Monday.\n\nMore.")
    assert a.dateline is None
    assert a.body == ["A driver steered a runaway bus away from a crowded sidewalk on Monday.", "More."]


def test_posted_header_split_from_title_line() -> None:
    a = clean("Officer replaces ring after theft Posted: Monday, June 23, 2014 11:03 PM EDT Updated: "
              "Monday, August 18, 2014 1:02 PM EDT\n\nPLANTATION, Fla. (WSVN) -- A police officer helped.\n\nMore.")
    assert a.headline == "Officer replaces ring after theft"
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.date, a.dateline.raw) == (
        "PLANTATION, Fla.", "2014-06-23", "Posted: Monday, June 23, 2014 11:03 PM EDT")
    assert a.body == ["A police officer helped.", "More."]


@pytest.mark.parametrize("text,ok", [
    ("US, Russia Seek Int’l Talks Soon ‘to Save Syria’", True),
    ("Kerry: Russia and US can cooperate despite differences", True),
    ("Don't call it Solar Probe Plus anymore.", False),
    ("gungate", False),
    ("The first paragraph, which is long " + "and goes on " * 10, False),
    # past 16 words only Title Case is a title; names and “quoted words” do not make one
    ("Minutes after President Jane Doe’s press conference ended on Thursday, CNN’s John Roe called it “unhinged” and “wild”",
     False),
    ("Here Are The Twenty Most Important Things You Need To Know About The Election Before You Go To Vote", True),
])
def test_is_title_like(text: str, ok: bool) -> None:
    assert is_title_like(text) is ok


def test_long_sentence_case_first_line_is_a_deck_not_a_headline() -> None:
    deck = "The remaining half of the cooking duo Two Fat Ladies has died in hospital in Edinburgh aged 66"
    a = clean(f"{deck}\n\nShe was a brilliant cook and a food historian, her publisher said on Tuesday.\n\nMore here.")
    assert (a.headline, a.standfirst) == (None, deck)


def test_byline_above_the_opening_does_not_hide_the_dateline() -> None:
    a = clean("By Maya Torres\n\nRIVERSIDE, Calif. -- The council voted on Tuesday.\n\nMore story.")
    assert a.dateline is not None and a.dateline.place == "RIVERSIDE, Calif."
    assert a.body[0] == "The council voted on Tuesday."
    assert a.credit is not None and a.credit.authors == ("Maya Torres",)


def test_a_story_sentence_starting_with_source_is_not_a_credit() -> None:
    a = clean("First paragraph of the story.\n\nSource: the county sheriff's office said the road was closed.")
    assert a.credit is None and len(a.body) == 2


@pytest.mark.parametrize("opening,place,raw", [
    ("Seoul, South Korea (CNN) North Korea is believed", "Seoul, South Korea", "Seoul, South Korea (CNN)"),
    ("Dec 17 (Reuters) - A last-minute rush", None, "Dec 17 (Reuters) -"),
    ("Miami (WSVN) -- A police chase", "Miami", "Miami (WSVN) --"),  # a station's call letters
    ("Caracas, Mar 3 (EFE).- The opposition", "Caracas", "Caracas, Mar 3 (EFE).-"),  # a Spanish wire's stop and dash
    ("RIGA, October 3. /TASS/. The parliament", "RIGA", "RIGA, October 3. /TASS/."),  # the tag between slashes
])
def test_wire_tagged_openings(opening: str, place: str | None, raw: str) -> None:
    a = clean(f"{opening} began on Monday.\n\nSecond paragraph.")
    assert a.dateline is not None and (a.dateline.place, a.dateline.date, a.dateline.raw) == (place, None, raw)
    assert not a.body[0].startswith(raw)


def test_time_stamp_header_with_the_byline_after_it() -> None:
    a = clean("March 10, 2012 10:54 am ET by Gazette Staff\n\nThe council met on Friday and voted to close the bridge.\n\n"
              "Repairs will take a year, the mayor said.")
    assert a.dateline is not None and (a.dateline.raw, a.dateline.date) == ("March 10, 2012 10:54 am ET", "2012-03-10")
    assert a.credit is not None and (a.credit.raw, a.credit.authors) == ("by Gazette Staff", ())
    assert a.body == ["The council met on Friday and voted to close the bridge.", "Repairs will take a year, the mayor said."]


def test_a_stamp_with_its_reading_time_and_a_desks_wire_credit() -> None:
    a = clean("June 4, 2017 · 2 min read\n\nThe council met on Friday and voted to close the bridge.\n\n"
              "Repairs will take a year, the mayor said.\n\nFrom staff and wire reports")
    assert a.dateline is not None and (a.dateline.raw, a.dateline.date) == ("June 4, 2017", "2017-06-04")
    assert a.credit is not None and a.credit.raw == "From staff and wire reports"
    assert a.body == ["The council met on Friday and voted to close the bridge.", "Repairs will take a year, the mayor said."]


def test_a_title_case_place_with_a_single_hyphen_needs_a_us_state() -> None:
    a = clean("Smith, Jones - The partners met on Monday.\n\nSecond paragraph.")
    assert a.dateline is None and a.body[0].startswith("Smith, Jones -")


def test_the_credit_line_of_a_reporter_who_reported_this_story_is_read() -> None:
    a = clean("The rains came late this year.\n\nFarmers waited.\n\n"
              "AP writer Jane Roe reported this story in Riverton.")
    assert a.credit is not None and a.credit.authors == ("Jane Roe",) and a.credit.agency == "Associated Press"
    assert a.body == ["The rains came late this year.", "Farmers waited."]


def test_a_numbered_list_item_opening_the_page_is_not_its_headline() -> None:
    a = clean("1. Jane Roe\n\nJane Roe held the office for eleven days, the shortest term on record.\n\n2. John Doe\n\n"
              "John Doe held it for a month.")
    assert a.headline is None and a.body[0] == "1. Jane Roe"


def test_shorter_form_of_the_title_under_it_is_a_repeat() -> None:
    a = clean("Mayor Jo Roe Quits Over Audit You Let Us Down!\n\nMayor Jo Roe's Quits Over Audit\n\n"
              "The mayor of the river town resigned on Monday after an audit found missing funds.\n\nMore story.")
    assert a.headline == "Mayor Jo Roe Quits Over Audit You Let Us Down!"
    assert a.body[0].startswith("The mayor of the river town")


def test_line_under_the_title_with_new_words_stays() -> None:
    a = clean("Mayor Quits Over Audit\n\nMayor Quits Over Audit Of Harbour Fund\n\n"
              "The mayor of the river town resigned on Monday after an audit found missing funds.\n\nMore story.")
    assert a.body[0] == "Mayor Quits Over Audit Of Harbour Fund"


def test_first_line_printed_twice_is_the_headline_even_with_a_full_stop() -> None:
    title = "Frail former mayor sentenced on fraud charge in Dayton but sent to a low-security prison in St. Paul."
    a = clean(f"{title}\n\n{title}\n\nThe former mayor of the river town was sentenced on Monday.\n\nMore story.")
    assert a.headline == title
    assert title not in a.body


def test_sentence_opening_the_page_once_is_no_headline() -> None:
    first = "No more waiting: the river ferry is selling tickets online in the U.S."
    a = clean(f"{first}\n\nThe ferry, which crosses the river twice an hour, now sells tickets on its website.\n\nMore.")
    assert a.headline is None and a.body[0] == first


def test_title_run_on_after_the_lead_caption_is_the_headline() -> None:
    first = ("The mayor speaks to reporters outside city hall on Monday after the audit was published. | Getty "
             "Mayor on audit: 'I did nothing wrong'")
    a = clean(f"{first}\n\nThe mayor of the river town said on Monday that he would not resign.\n\nMore story.")
    assert a.headline == "Mayor on audit: 'I did nothing wrong'"
    assert a.body == ["The mayor of the river town said on Monday that he would not resign.", "More story."]


def test_caption_ending_in_its_credit_gives_no_headline() -> None:
    a = clean("The mayor speaks to reporters outside city hall on Monday. | Getty Images\n\n"
              "The mayor of the river town said on Monday that he would not resign.\n\nMore story.")
    assert a.headline is None


@pytest.mark.parametrize(("line", "authors"), [
    ("By Tom Ash and Clare Bell for the Northern Example", ("Tom Ash", "Clare Bell")),
    ("By Gwen Pryce at the Riverside Ground", ("Gwen Pryce",)),
    ("By Jane Doe, Staff Writer", ("Jane Doe",)),
])
def test_byline_with_paper_or_role_is_the_credit(line: str, authors: tuple[str, ...]) -> None:
    a = clean(f"Title Of The Story\n\n{line}\n\nThe council met on Monday to vote on the plan for a new bridge.\n\nIt passed.")
    assert a.credit is not None and a.credit.raw == line and a.credit.authors == authors
    assert a.body == ["The council met on Monday to vote on the plan for a new bridge.", "It passed."]


LEDE = "The council voted on Monday to build a new arena on the waterfront, after a debate that ran past midnight."


def test_sentence_case_title_over_deck_and_byline() -> None:
    title = "Port Example council narrowly backs arena plan"
    deck = "Supporters say the venue will draw concerts; critics warn taxpayers will be left holding the bill."
    a = clean(f"{title}\n\n{deck}\n\nBy Jo Roe, Staff Writer\n\n{LEDE}\n\nThe vote was 5-4.")
    assert (a.headline, a.standfirst) == (title, deck)
    assert a.body == [LEDE, "The vote was 5-4."]


def test_deck_over_a_bare_name_byline_or_a_date_stamp() -> None:
    """A deck in full sentences is told from the lede by what stands under it: a writer's name
    alone (with the post or without), or the date the story was posted."""
    title = "Port Example council narrowly backs arena plan"
    deck = "Supporters say the venue will draw concerts. Critics warn taxpayers will be left holding the bill."
    for under in ("Jo Roe", "Jo Roe North of England correspondent", "March 6, 2018", "2018-03-06 14:22"):
        a = clean(f"{title}\n\n{deck}\n\n{under}\n\n{LEDE}\n\nThe vote was 5-4.")
        assert (a.headline, a.standfirst) == (title, deck), under
        assert a.body == [LEDE, "The vote was 5-4."], under
    a = clean(f"{title}\n\n{deck}\n\nJo Roe North of England correspondent\n\n{LEDE}")
    assert a.credit is not None and a.credit.authors == ("Jo Roe",)


def test_a_subhead_under_the_lede_makes_no_deck() -> None:
    """Two capitalised common words are a subhead, not a writer: the lede stays in the body."""
    title = "Port Example council narrowly backs arena plan"
    a = clean(f"{title}\n\n{LEDE}\n\nEarly Years\n\nThe vote was 5-4. The mayor abstained.")
    assert a.standfirst is None and a.body[0] == LEDE


def test_sentence_after_title_without_byline_is_the_lede() -> None:
    title = "Port Example council narrowly backs arena plan"
    a = clean(f"{title}\n\n{LEDE}\n\nThe vote was 5-4.")
    assert a.standfirst is None and a.body[0] == LEDE


def test_posting_stamp_over_byline_is_no_standfirst() -> None:
    a = clean("Council votes to close the Hollis Street pool\n\nPosted: Thursday, April 4, 2019 6:12 pm.\n\n"
              f"By Jo Roe\n\n{LEDE}\n\nThe vote was 5-4.")
    assert a.standfirst is None


def test_section_menu_row_above_the_title_goes() -> None:
    title = "Tornado damages homes and a school in Example County"
    a = clean(f"Weather Radar Closings Traffic Live Contests\n\n{title}\n\n{LEDE}\n\nThe vote was 5-4.")
    assert a.headline == title and "Weather Radar" not in " ".join(a.body)


def test_title_case_title_without_small_words_is_no_menu() -> None:
    title = "Harbor Town Opens Its First Public Sauna"
    a = clean(f"{title}\n\n{LEDE}\n\nThe vote was 5-4.")
    assert a.headline == title


@pytest.mark.parametrize(("stamp", "iso"), [
    ("Thu 9 Feb 2017 09.30 GMT", "2017-02-09"),  # the day first, a dot in the time
    ("Posted 12 Jan 2017, 2:14pm", "2017-01-12"),
    ("Mon., Jun. 5, 2017 9:18 AM", "2017-06-05"),
    ("09:14 Tuesday 14 March 2017", "2017-03-14"),  # the time first, then the weekday
    ("August 9, 2017 · 5:04 AM ET", "2017-08-09"),  # a dot between the date and the time
    ("Published on: Monday, November 20th 2017 at 13:07 GMT +3", "2017-11-20"),  # an ordinal day, an offset
    ("Published at 5:42 PM CDT on Aug 21, 2017", "2017-08-21"),  # "at" the time, "on" the date
    ("14:22, 3 FEB 2018", "2018-02-03"),  # the month in capitals
    ("2017-01-06 14:22:10 UTC", "2017-01-06"),  # a machine stamp
    ("10.17.17 5:04 AM ET", "2017-10-17"),  # a web magazine's dotted date
    ("Thu, Mar 8, 2018, 06:00", "2018-03-08"),  # no clip title with its running time
])
def test_a_stamp_line_under_the_title_is_the_dateline(stamp: str, iso: str) -> None:
    a = clean(f"Title Of The Story\n\n{stamp}\n\n{LEDE}\n\nIt passed.")
    assert a.dateline is not None and (a.dateline.raw, a.dateline.date, a.dateline.place) == (stamp, iso, None)
    assert a.body == [LEDE, "It passed."]


def test_a_speaker_label_opening_a_transcript_is_no_dateline() -> None:
    a = clean(f"ROE: Welcome back to the programme on a wet Monday.\n\n{LEDE}")
    assert a.dateline is None and a.body[0].startswith("ROE: ")


def test_a_menu_row_is_no_headline() -> None:
    a = clean(f"Home | News | Sport | Showbiz | Money\n\nTitle Of The Story Here\n\n{LEDE}\n\nIt passed.")
    assert a.headline == "Title Of The Story Here" and a.body == [LEDE, "It passed."]


def test_a_stamp_with_its_update_after_it_is_read_without_the_update() -> None:
    a = clean(f"Title Of The Story\n\nMarch 6, 2018, 9:00 AM EST Updated on March 6, 2018, 4:12 PM EST\n\n{LEDE}\n\nIt passed.")
    assert a.dateline is not None and (a.dateline.raw, a.dateline.date) == ("March 6, 2018, 9:00 AM EST", "2018-03-06")
    assert a.body == [LEDE, "It passed."]


def test_a_menu_printed_a_section_a_line_is_no_headline() -> None:
    a = clean(f"Home\n\nNews\n\nObituaries\n\nFire guts historic grain elevator in Alden\n\nBy Jo Roe\n\n{LEDE}\n\nIt passed.")
    assert a.headline == "Fire guts historic grain elevator in Alden" and a.body == [LEDE, "It passed."]


@pytest.mark.parametrize(("opening", "place", "agency"), [
    ("Kochi, Jun 12 (PTI) Fishermen were told to stay ashore.", "Kochi", "PTI"),  # a day and an Indian wire
    ("Sydney (AAP) Fishermen were told to stay ashore.", "Sydney", "AAP"),
    ("Ottawa (CP) — Fishermen were told to stay ashore.", "Ottawa", "CP"),  # the Canadian wire
])
def test_title_case_places_with_more_wires(opening: str, place: str, agency: str) -> None:
    a = clean(f"{opening}\n\n{LEDE}")
    assert a.dateline is not None and a.dateline.place == place and a.body[0] == "Fishermen were told to stay ashore."


HARBOUR = ["The harbour board voted on Tuesday to raise mooring fees for the first time in a decade.",
           "Boat owners said the increase would push some of them to moor in the next town instead."]


@pytest.mark.parametrize("stamp", ["Tuesday, 14 November, 2017 - 16:30", "28 August 2018 — 12:00am",
                                   "January 25, 2018 / 7:41 AM"])
def test_a_stamp_over_the_title_is_the_dateline_and_the_title_still_the_headline(stamp: str) -> None:
    title = "Harbour board raises mooring fees after a decade of repairs"
    record = clean("\n\n".join([stamp, title, "By Jo Roe", *HARBOUR]))
    assert record.headline == title and record.dateline is not None and record.dateline.raw == stamp
    assert record.body == HARBOUR


def test_a_name_under_a_stamp_is_no_headline() -> None:
    """Only a full title is stepped to over a stamp: a byline in capitals is not one."""
    record = clean("\n\n".join(["Published September 12, 2017", "JO ROE", *HARBOUR]))
    assert record.headline != "JO ROE"


@pytest.mark.parametrize("line,authors", [
    ("Reporter: Jo Roe", ["Jo Roe"]),
    ("Jo Roe, Special to the Courier", ["Jo Roe"]),
    ("— with reports from Jo Roe and Ann Lee", ["Jo Roe", "Ann Lee"]),  # a sign-off in lower case after its dash
    ("By Jo Roe Science correspondent, Example News", ["Jo Roe"]),  # the post run on after the name
])
def test_labelled_and_stringer_bylines_are_credits(line: str, authors: list[str]) -> None:
    record = clean("\n\n".join(["Harbour board raises mooring fees after a decade of repairs", *HARBOUR, line]))
    assert record.credit is not None and list(record.credit.authors) == authors and record.body == HARBOUR


def test_a_place_with_a_day_and_a_dash_opens_the_story() -> None:
    record = clean("\n\n".join(["Harbour board raises mooring fees after a decade of repairs",
                                "ELDORET, Kenya, Jul 3 – " + HARBOUR[0], HARBOUR[1]]))
    assert record.dateline is not None and record.dateline.place == "ELDORET, Kenya" and record.dateline.date is None
    assert record.body == HARBOUR


WIRE_STORY = ("The port authority cut the island ferry timetable by half on Tuesday after an engine failure.\n\n"
              "The smaller vessel can carry 40 cars and no heavy goods vehicles, the authority said.\n\n"
              "Repairs are expected to take three weeks, officials said on Tuesday evening.")


@pytest.mark.parametrize("wire,agency", [("Reuters", "Reuters"), ("The Canadian Press", "The Canadian Press"),
                                         ("PTI", "PTI")])
def test_a_wire_alone_under_the_headline_is_the_byline(wire: str, agency: str) -> None:
    article = clean(f"Port authority cuts ferry timetable after engine failure\n\n{wire}\n\n{WIRE_STORY}")
    assert article.credit is not None and article.credit.raw == wire and article.credit.agency == agency
    assert wire not in article.body


def test_a_wire_under_the_first_story_line_credits_a_picture() -> None:
    first, rest = WIRE_STORY.split("\n\n", 1)
    article = clean(f"Port authority cuts ferry timetable after engine failure\n\n{first}\n\nAP\n\n{rest}")
    assert article.credit is None and "AP" not in article.body


def test_the_credited_writers_bio_closing_the_page_goes() -> None:
    bio = "Jo Roe is a retired harbour pilot and a member of the island council."
    article = clean(f"Ferry timetable cut after engine failure\n\nBy Jo Roe\n\n{WIRE_STORY}\n\n{bio}")
    assert article.body == WIRE_STORY.split("\n\n")
    assert any(r.rule == "credit:author-bio" and r.text == bio for r in article.removed)


def test_a_critics_dashed_sign_off_bio_goes() -> None:
    bio = "—Jo Roe contributes film criticism to several papers. Ann Lee is on leave."
    article = clean(f"Three new films about ferries\n\n{WIRE_STORY}\n\n{bio}\n\n—Jo Roe")
    assert article.credit is not None and article.credit.authors == ("Jo Roe",)
    assert article.body == WIRE_STORY.split("\n\n")
    assert any(r.rule == "credit:author-bio" and r.text == bio for r in article.removed)


def test_a_story_line_about_someone_not_credited_stays() -> None:
    line = "Ann Lee is a retired harbour pilot and a member of the island council."
    article = clean(f"Ferry timetable cut after engine failure\n\nBy Jo Roe\n\n{WIRE_STORY}\n\n{line}")
    assert line in article.body


def test_a_place_in_capitals_over_a_stamp_is_the_dateline_header() -> None:
    article = clean(f"Ferry timetable cut after engine failure\n\nKESTON, March 14, 2017 22:41 IST\n\n{WIRE_STORY}")
    assert article.dateline is not None and article.dateline.place == "KESTON" and article.dateline.date == "2017-03-14"


def test_healthday_is_the_agency_of_its_dateline_tag() -> None:
    article = clean("Walking may help older women live longer\n\nBy Jo Roe HealthDay Reporter\n\n"
                    "MONDAY, March 6, 2017 (HealthDay News) -- Older women who walk more live longer, a study finds.\n\n"
                    + WIRE_STORY)
    assert article.credit is not None and article.credit.agency == "HealthDay"


def test_a_writer_and_post_under_the_headline_is_the_byline_though_a_caption_rule_took_it() -> None:
    article = clean(f"Ferry timetable cut after engine failure\n\nJo Roe, Transport Correspondent\n\n{WIRE_STORY}")
    assert article.credit is not None and article.credit.authors == ("Jo Roe",)
    assert article.body == WIRE_STORY.split("\n\n")


@pytest.mark.parametrize("stamp,iso", [("05/16/2017 07:14 PM EDT", "2017-05-16"),
                                       ("Published 14/06/2018 | 02:30", "2018-06-14"),
                                       ("Tue 16 Jan 2018 // 21:04 UTC", "2018-01-16"),
                                       ("14.03.2018 13:20", "2018-03-14")])
def test_numeric_and_slashed_stamps_under_the_title_are_the_dateline(stamp: str, iso: str) -> None:
    article = clean(f"Ferry timetable cut after engine failure\n\n{stamp}\n\n{WIRE_STORY}")
    assert article.dateline is not None and article.dateline.raw == stamp and article.dateline.date == iso


@pytest.mark.parametrize("top", [["County Cup | Day 3 of 4"], ["Rovers 31 – 24 United"],
                                 ["Northland 287 & 211/5 (64 ov)", "Eastvale 334"],
                                 ["Port Example 27°F Freezing Rain"], ["FTSE 100 7,412.36 ▲ 0.31%"],  # weather, ticker
                                 ["Closings & Delays (38)"], ["FINAL Foxes 4, Pilots 5 (10 inn.)"]])  # a menu link, a score
def test_a_crumb_or_a_score_over_the_title_is_not_the_headline(top: list[str]) -> None:
    title = "Ferry timetable cut after engine failure on the island route"
    article = clean("\n\n".join([*top, title, WIRE_STORY]))
    assert article.headline == title and article.body == WIRE_STORY.split("\n\n")


@pytest.mark.parametrize("raw,authors", [
    ("By Jo Roe, Valley Courier", ["Jo Roe"]),  # the writer's paper is no writer
    ("by Jo Roe, Example University", ["Jo Roe"]),  # nor the institution
    ("By Jo Roe and Ann Lee, The Harbour Times", ["Jo Roe", "Ann Lee"]),
    ("by Jo Roe @joroe_news", ["Jo Roe"]),  # the writer's handle is no name
    ("Jo Roe · Example News", ["Jo Roe"]),
])
def test_a_paper_or_a_handle_after_the_writer_is_no_author(raw: str, authors: list[str]) -> None:
    assert parse_credit(raw)[0] == authors


@pytest.mark.parametrize("byline", ["Jo Roe · Example News", "By Jo Roe @joroe_news", "Jo Roe, Associated Press"])
def test_bylines_under_the_title_with_an_outlet_a_handle_or_a_wire(byline: str) -> None:
    article = clean(f"Ferry timetable cut after engine failure\n\n{byline}\n\n{WIRE_STORY}")
    assert article.credit is not None and article.credit.raw == byline and article.credit.authors == ("Jo Roe",)
    assert article.body == WIRE_STORY.split("\n\n")


def test_a_writers_post_on_the_line_under_the_byline_is_credit() -> None:
    article = clean(f"Ferry timetable cut after engine failure\n\nBy Jo Roe\n\nHealthDay Reporter\n\n{WIRE_STORY}")
    assert article.credit is not None and article.credit.raw == "By Jo Roe | HealthDay Reporter"
    assert article.credit.authors == ("Jo Roe",)


def test_a_place_and_tag_alone_over_the_story_is_the_dateline_not_the_headline() -> None:
    article = clean(f"NEW YORK (Example Money)\n\n{WIRE_STORY}")
    assert article.headline is None
    assert article.dateline is not None and article.dateline.place == "NEW YORK"
    assert article.dateline.raw == "NEW YORK (Example Money)" and article.body == WIRE_STORY.split("\n\n")


def test_an_error_pages_title_is_no_headline() -> None:
    article = clean("Page Not Found\n\nSorry, we couldn't find the page you were looking for.\n\n"
                    "Return to the homepage or try searching our archive.")
    assert article.headline is None and article.body == []


def test_a_summary_printed_twice_over_is_no_standfirst() -> None:
    deck = "The island ferry will run half its crossings for three weeks while its engine is repaired."
    article = clean(f"Ferry timetable cut after engine failure\n\n{deck} {deck}\n\n{WIRE_STORY}")
    assert article.standfirst is None and article.body == WIRE_STORY.split("\n\n")


def test_writers_with_where_they_filed_from_are_the_byline_not_the_deck() -> None:
    byline = "Jo Roe in Kingston and Ann Lee in Port Maria"
    article = clean(f"Ferry timetable cut after engine failure\n\n{byline}\n\n{WIRE_STORY}")
    assert article.standfirst is None and article.credit is not None
    assert article.credit.raw == byline and article.credit.authors == ("Jo Roe", "Ann Lee")


def test_the_post_before_the_writers_name_is_no_name() -> None:
    assert parse_credit("By North America correspondent Jo Roe") == (["Jo Roe"], None)
    article = clean(f"Ferry timetable cut after engine failure\n\nBy transport reporter Jo Roe\n\n{WIRE_STORY}")
    assert article.credit is not None and article.credit.authors == ("Jo Roe",)


def test_a_release_services_stamp_is_the_dateline() -> None:
    assert parse_date("Public Release: 14-Jun-2017") == "2017-06-14"
    article = clean(f"Ferry timetable cut after engine failure\n\nPublic Release: 14-Jun-2017\n\n{WIRE_STORY}")
    assert article.dateline is not None and article.dateline.date == "2017-06-14"


def test_the_writers_bio_above_a_sidebar_list_goes() -> None:
    bio = "Jo Roe is a retired harbour pilot and a member of the island council."
    article = clean(f"Ferry timetable cut after engine failure\n\nBy Jo Roe\n\n{WIRE_STORY}\n\n{bio}\n\nMost Read\n\n"
                    "Council approves new harbour car park\n\nLifeboat crew rescues two kayakers")
    assert article.body == WIRE_STORY.split("\n\n")
    assert any(r.rule == "credit:author-bio" for r in article.removed)


@pytest.mark.parametrize("stamp,iso", [("Filed on March 12, 2018 | Last updated on March 12, 2018 at 09.15 pm", "2018-03-12"),
                                       ("December 4, 20175:02 AM ET", "2017-12-04"),
                                       ("Published: 27 Feb 2018 13:48 GMT+01:00", "2018-02-27"),
                                       ("12:00 AM, May 21, 2018 / LAST MODIFIED: 02:14 AM, May 21, 2018", "2018-05-21")])
def test_more_stamp_forms_under_the_title_are_the_dateline_not_the_deck(stamp: str, iso: str) -> None:
    article = clean(f"Ferry timetable cut after engine failure\n\n{stamp}\n\n{WIRE_STORY}")
    assert article.standfirst is None and article.dateline is not None and article.dateline.date == iso


def test_an_update_stamp_is_no_headline() -> None:
    article = clean(f"Last Updated Wednesday, October 3, 2018 6:30PM EDT\n\n{WIRE_STORY}")
    assert article.headline is None


def test_the_writer_and_the_town_under_the_title_are_the_byline_past_the_strips_above_it() -> None:
    article = clean("Lagos 31°C Cloudy | Abuja 34°C Sunny | Sunrise 6:42 AM\n\nRead the Example Mirror e-Paper\n\n"
                    f"Ferry timetable cut after engine failure\n\nJo Roe, Harbourtown\n\n{WIRE_STORY}")
    assert article.headline == "Ferry timetable cut after engine failure"
    assert article.credit is not None and article.credit.authors == ("Jo Roe",) and article.credit.agency is None
    assert article.body == WIRE_STORY.split("\n\n")


@pytest.mark.parametrize("line,agency", [("— Bernama", "Bernama"), ("(DHA)", "DHA"), ("KYODO", "Kyodo")])
def test_a_wires_sign_off_closing_the_story_is_the_credit(line: str, agency: str) -> None:
    article = clean(f"Ferry timetable cut after engine failure\n\n{WIRE_STORY}\n\n{line}")
    assert article.credit is not None and article.credit.agency == agency and article.credit.authors == ()


def test_a_wire_alone_under_the_last_story_line_is_the_credit_and_under_a_caption_a_pictures() -> None:
    article = clean(f"Ferry timetable cut after engine failure\n\n{WIRE_STORY}\n\nAFP\n\nTopics: ferries, islands")
    assert article.credit is not None and article.credit.raw == "AFP" and article.credit.agency == "AFP"
    first, rest = WIRE_STORY.split("\n\n", 1)
    article = clean(f"Ferry timetable cut after engine failure\n\n{first}\n\nAFP\n\n{rest}")
    assert article.credit is None and "AFP" not in article.body


def test_a_tabloids_title_over_its_summary_points_is_the_headline_and_its_first_point_no_deck() -> None:
    title = "Family comes home from a week away to find a crocodile asleep beside the pool in their suburban garden"
    points = ["Jo and Ann Roe came home from the coast on Sunday night to an unexpected guest",
              "Their son spotted the animal when he switched on the garden lights",
              "A wildlife officer needed an hour and two catch poles to move it"]
    article = clean("\n\n".join([title, *points, "By Sam Lee", "05/16/18 04:27 PM EDT", WIRE_STORY]))
    assert article.headline == title and article.standfirst is None
    assert article.dateline is not None and article.dateline.date == "2018-05-16"
    assert article.credit is not None and article.credit.authors == ("Sam Lee",)
    assert article.body == WIRE_STORY.split("\n\n")


def test_a_letters_date_lower_on_a_page_with_no_title_is_no_dateline() -> None:
    lines = ["The memo below was released by the committee on Friday after a week of argument over its contents.",
             "THE WHITE HOUSE", "WASHINGTON", "February 2, 2018", "The Honorable Jo Roe",
             *WIRE_STORY.split("\n\n")]
    article = clean("\n\n".join(lines))
    assert article.dateline is None and "February 2, 2018" in article.body


@pytest.mark.parametrize(("line", "authors", "agency"), [
    ("==Kyodo", [], "Kyodo"),  # a Japanese wire's sign-off
    ("--IANS", [], "IANS"),
    ("--With assistance from Jo Roe.", ["Jo Roe"], None),  # a business wire's, with its full stop
])
def test_sign_offs_closing_the_story_are_its_credit(line: str, authors: list[str], agency: str | None) -> None:
    a = clean("\n\n".join([*HARBOUR, line]))
    assert a.credit is not None and (list(a.credit.authors), a.credit.agency) == (authors, agency)
    assert a.body == HARBOUR


@pytest.mark.parametrize("kicker", ["By-election 2018", "Budget 2017", "Cumbria & Lake District"])
def test_a_section_kicker_with_its_year_over_the_title_goes(kicker: str) -> None:
    title = "Harbour board raises mooring fees for the first time in a decade"
    a = clean("\n\n".join([kicker, title, *HARBOUR]))
    assert a.headline == title and a.body == HARBOUR


def test_a_two_sentence_title_over_a_blogs_date_stamp_is_the_headline() -> None:
    title = "Harbour board raises mooring fees. Here's what it means for you."
    a = clean("\n\n".join([title, "August 14, 2016", *HARBOUR]))
    assert a.headline == title and a.body == HARBOUR


@pytest.mark.parametrize("caption", ["Commuters wait at the station on Thursday. (File photo | DC)",
                                     "Rescuers search the river after the crash on Sunday. AFP"])
def test_a_caption_closed_by_a_desk_or_wire_credit_is_no_deck(caption: str) -> None:
    title = "Harbour board raises mooring fees for the first time in a decade"
    a = clean("\n\n".join([title, caption, *HARBOUR]))
    assert a.standfirst is None and a.body == HARBOUR


@pytest.mark.parametrize("wire", ["Associated Press", "AP Sports Writer"])
def test_a_wire_on_the_line_under_the_byline_is_part_of_the_credit(wire: str) -> None:
    title = "Harbour board raises mooring fees for the first time in a decade"
    a = clean("\n\n".join([title, "By JO ROE", wire, *HARBOUR]))
    assert a.credit is not None and a.credit.raw == f"By JO ROE | {wire}" and a.credit.agency == "Associated Press"
    assert a.body == HARBOUR


def test_an_indian_papers_place_and_day_with_a_colon_open_the_story() -> None:
    a = clean("\n\n".join(["New Delhi, March 8: " + HARBOUR[0], HARBOUR[1]]))
    assert a.dateline is not None and a.dateline.place == "New Delhi" and a.body == HARBOUR


def test_an_update_with_its_day_is_no_dateline() -> None:
    a = clean("\n\n".join(["Update, May 10: " + HARBOUR[0], HARBOUR[1]]))
    assert a.dateline is None and a.body[0].startswith("Update, May 10:")


def test_a_wire_byline_under_the_update_stamp_and_a_caption_is_the_credit() -> None:
    title = "Harbour board raises mooring fees for the first time in a decade"
    a = clean("\n\n".join([title, "Published Tuesday, October 2, 2018 3:44PM EDT",
                            "Last Updated Tuesday, October 2, 2018 5:10PM EDT",
                            "Boats moored in the harbour on Tuesday, Oct. 2, 2018. THE CANADIAN PRESS/Jo Roe",
                            "Ann Lee, The Canadian Press", *HARBOUR]))
    assert a.credit is not None and a.credit.raw == "Ann Lee, The Canadian Press" and a.body == HARBOUR


def test_a_posting_stamp_with_seconds_is_read_whole() -> None:
    title = "Harbour board raises mooring fees for the first time in a decade"
    a = clean("\n\n".join([title, "Published: June 9, 2018 11:45:02 am", *HARBOUR]))
    assert a.dateline is not None and a.dateline.raw == "Published: June 9, 2018 11:45:02 am"


def test_a_sentence_opened_by_written_by_is_story_not_credit() -> None:
    line = "Written by composer Jo Roe and lyricist Ann Lee, the musical follows a ferry family over one summer."
    a = clean("\n\n".join([*HARBOUR, line, "Opening night drew a full house."]))
    assert a.credit is None and line in a.body


def test_a_byline_under_a_players_lines_and_a_picture_credit_is_taken_back() -> None:
    title = "Harbour board raises mooring fees for the first time in a decade"
    a = clean("\n\n".join([title, "5:42 pm on 12 July 2017", "Listen duration 3′ 45″", "Photo: Example Images",
                            "Jo Roe, Harbour Reporter", *HARBOUR]))
    assert a.credit is not None and a.credit.authors == ("Jo Roe",)
    assert a.dateline is not None and a.dateline.date == "2017-07-12" and a.body == HARBOUR


def test_a_byline_for_an_online_edition_over_the_stamp_is_the_credit() -> None:
    """"By Jo Roe for Example Online" is no photographer's "Jo Roe for Example"."""
    title = "Harbour board raises mooring fees for the first time in a decade"
    a = clean("\n\n".join([title, "By Jo Roe for Example Online", "Published: 14:32 BST, 3 June 2016", *HARBOUR]))
    assert a.credit is not None and a.credit.authors == ("Jo Roe",) and a.body == HARBOUR


def test_a_picture_librarys_source_is_no_credit() -> None:
    a = clean("\n\n".join([HARBOUR[0], "Source: Wikimedia Commons", HARBOUR[1]]))
    assert a.credit is None and a.body == HARBOUR


@pytest.mark.parametrize("opening", ["Apple (AAPL) shares fell 3 percent on Monday.",
                                     "The Example Union (EXU) Foreign Ministers met on Monday."])
def test_a_companys_ticker_or_a_bodys_initials_open_no_dateline(opening: str) -> None:
    a = clean(f"{opening}\n\n{HARBOUR[1]}")
    assert a.dateline is None and a.body[0] == opening


@pytest.mark.parametrize("line", ["By Gazette staff", "By Jo Roe jroe@example.com"])
def test_a_papers_staff_or_a_writer_with_an_address_is_the_credit(line: str) -> None:
    title = "Harbour board raises mooring fees for the first time in a decade"
    a = clean("\n\n".join([title, line, *HARBOUR]))
    assert a.credit is not None and a.credit.raw == line and a.body == HARBOUR


def test_a_two_sentence_title_under_a_sponsor_label_and_a_section_is_the_headline() -> None:
    title = "Mooring Fees Are Going Up. Here's What Changes, and What Doesn't."
    a = clean("\n\n".join(["Supported by", "Business", title, "By Jo Roe", *HARBOUR]))
    assert a.headline == title and a.body == HARBOUR


def test_a_box_label_in_capitals_is_no_byline() -> None:
    a = clean("\n\n".join([*HARBOUR, "BY THE NUMBERS", "$46 million: cost of the new pontoons"]))
    assert a.credit is None and "BY THE NUMBERS" not in (a.credit.raw if a.credit else "")


def test_a_wires_place_and_stamp_under_the_title_is_the_dateline_not_a_deck() -> None:
    title = "Harbour board raises mooring fees for the first time in a decade"
    a = clean("\n\n".join([title, "NEW YORK Mon Oct 2, 2017 | 4:51pm EDT", *HARBOUR]))
    assert a.standfirst is None and a.dateline is not None and a.dateline.date == "2017-10-02"
    assert a.dateline.place == "NEW YORK"
