"""Highlight boxes, teaser lists, introduced lists, dateline preambles, topic labels."""

from __future__ import annotations

from cleaner import Config, clean

STORY = ("The council met on Tuesday night and voted to raise the fee after a long debate.\n\n"
         "Members said the money would pay for new lights on the harbour road.\n\n")


def test_a_highlights_box_goes() -> None:
    page = ("Story highlights The council raises the parking fee\n\nThe vote was five to two\n\n" + STORY +
            "One member said the rise was too steep for families.")
    a = clean(page)
    assert not any(p.startswith(("Story highlights", "The vote was")) for p in a.body)
    assert len(a.body) == 3


def test_a_list_the_story_introduces_stays() -> None:
    page = (STORY + "The new rules say drivers must:\n\nPay at the machine before leaving the car\n\n"
            "Display the ticket on the dashboard at all times\n\nThe fee rises again next year, the council said.")
    assert "Pay at the machine before leaving the car" in clean(page).body


def test_unpunctuated_teasers_under_a_heading_go() -> None:
    page = (STORY + "The fee rises again next year, the council said.\n\nRead more:\n\n"
            "Why the harbour road keeps flooding every winter\n\nThis town banned cars from its centre and liked it")
    body = clean(page).body
    assert body[-1] == "The fee rises again next year, the council said."


def test_hard_wrapped_prose_is_not_a_list() -> None:
    page = (STORY + "The memo said the committee would review the\n\nfindings of the audit before the end of\n\n"
            "the year and report to the full council.")
    assert "findings of the audit before the end of" in clean(page).body


def test_dateline_after_a_caption_takes_the_caption_with_it() -> None:
    page = ("Council Raises Harbour Parking Fee\n\n"
            "A view of the harbour road at dusk, where the new lights will go.\n\n"
            "PORTHAVEN — The council met on Tuesday night and voted to raise the fee.\n\nMore story here.")
    a = clean(page, config=Config(explain=True))
    assert a.dateline is not None and a.dateline.place == "PORTHAVEN"
    assert a.body == ["The council met on Tuesday night and voted to raise the fee.", "More story here."]
    assert [r.rule for r in a.removed if r.text.startswith("A view")] == ["dateline:preamble"]


def test_dateline_under_a_video_caption_and_highlights_takes_them_with_it() -> None:
    page = ("\"We will rebuild the road,\" the mayor says.\n\n"
            "Work starts in May\n\nDetours for six months\n\nThe harbour road stays open at night\n\n"
            "PORTHAVEN — The council met on Tuesday night and voted to raise the fee.\n\nMore story here.")
    a = clean(page)
    assert a.dateline is not None and a.dateline.place == "PORTHAVEN"
    assert a.body == ["The council met on Tuesday night and voted to raise the fee.", "More story here."]


def test_a_file_photo_label_is_not_a_place() -> None:
    page = ("FILE - This 2003 photo shows the harbour road at dusk.\n\n"
            "PORTHAVEN — The council met on Tuesday night and voted to raise the fee.\n\nMore story here.")
    a = clean(page)
    assert a.dateline is not None and a.dateline.place == "PORTHAVEN"


def test_a_long_first_paragraph_is_not_a_preamble() -> None:
    first = "The council met on Tuesday night " + "and argued at length " * 25 + "before it voted."
    a = clean(first + "\n\nPORTHAVEN — Residents said they would appeal.\n\nMore.")
    assert a.body[0] == first


def test_a_tally_row_under_the_storys_list_is_no_dateline_and_takes_no_preamble() -> None:
    """"PARTY — 61" reads like "CITY — ..." but opens no sentence, and sits in a list the
    story introduced: the story above it must not go as the dateline's preamble."""
    lede = "The Harbour Party won 61 of the 98 seats in the Porthaven council election on Tuesday."
    page = (f"{lede}\n\nThe final tally announced by the returning officer:\n\n"
            "HARBOUR — 61\n\nINDEPENDENTS — 19\n\nGREENS — 18\n\nCounting began at 8 am at three centres.")
    a = clean(page)
    assert a.dateline is None or a.dateline.place != "HARBOUR"
    assert a.body[:3] == [lede, "The final tally announced by the returning officer:", "HARBOUR — 61"]


def test_an_all_capitals_topic_label_is_not_the_headline() -> None:
    a = clean("HARBOUR FEES\n\nCouncil Raises Parking Fee on the Harbour Road\n\n" + STORY)
    assert a.headline == "Council Raises Parking Fee on the Harbour Road"
    assert "HARBOUR FEES" not in a.body
