from __future__ import annotations

from cleaner import clean
from cleaner.classify import classify_page

from .helpers import STORY, kept, page


def test_banner_printed_on_every_sheet_goes() -> None:
    banner = "PROPERTY OF THE HARBOR BOARD"
    doc = page(STORY[0], banner, STORY[1], STORY[2], banner, STORY[3], banner, STORY[4])
    classify_page(doc)
    assert kept(doc) == STORY
    assert {r.rule for r in doc.removed.values()} == {"classifier:running-line"}
    assert all(r.score == 3.0 for r in doc.removed.values())


def test_line_printed_twice_stays() -> None:
    date = "February 2, 2018"
    doc = page(STORY[0], date, STORY[1], STORY[2], date, STORY[3])
    classify_page(doc)
    assert kept(doc).count(date) == 2


def test_transcript_stage_directions_stay() -> None:
    cue = "(APPLAUSE)"
    doc = page(STORY[0], cue, STORY[1], cue, STORY[2], cue, STORY[3])
    classify_page(doc)
    assert kept(doc).count(cue) == 3


def test_an_oral_historys_speaker_labels_stay() -> None:
    label = "MAUREEN OKAFOR:"
    doc = page(label, STORY[0], "DEREK HALLORAN:", STORY[1], label, STORY[2], label, STORY[3])
    classify_page(doc)
    assert kept(doc).count(label) == 3


def test_long_paragraph_printed_three_times_is_not_a_running_line() -> None:
    # whole paragraphs printed again are the duplicate check's business (the later copies go)
    doc = page(STORY[0], STORY[1], STORY[1], STORY[1], STORY[2])
    classify_page(doc)
    assert "classifier:running-line" not in {r.rule for r in doc.removed.values()}


def test_the_writers_words_set_in_quotation_marks_are_the_pull_quote() -> None:
    held = ("The council has promised signs on the main road. For the east bank the bridge is a lifeline and "
            "never a luxury of any kind. Work starts in June.")
    pulled = "\u201cFor the east bank the bridge is a lifeline and never a luxury of any kind.\u201d"
    doc = page(STORY[0], held, STORY[1], pulled, STORY[2])
    classify_page(doc)
    assert held in kept(doc) and pulled not in kept(doc)
    assert doc.removed[3].rule == "classifier:pull-quote"


def test_a_pull_quote_with_words_left_out_goes_and_its_source_stays() -> None:
    source = ('"The young ones come for one summer," he says. "The heat, the flies, the ladder. Then they go to the '
              'warehouses in the city."')
    pulled = "“The young ones come for one summer. Then they go to the warehouses.”"
    page = ["The harvest began in May, as it has for as long as anyone in the village can remember.", source, pulled,
            "The trees set the pace, and a cork oak must be about 25 years old before it is stripped for the first time."]
    body = clean("\n\n".join(page)).body
    assert pulled not in body and source in body



def test_a_short_pull_quote_goes_above_or_below_its_source() -> None:
    source = "“People think the lighthouse is lonely,” she says. “It’s not lonely. It’s quiet. Those are different.”"
    lede = "The harvest began in May, as it has for as long as anyone in the village can remember."
    end = "The trees set the pace, and a cork oak must be about 25 years old before it is stripped for the first time."
    for pulled in ("“It’s not lonely. It’s quiet.”", "“People think the lighthouse is lonely.”"):
        for order in ([lede, source, pulled, end], [lede, pulled, end, source]):
            body = clean("\n\n".join(order)).body
            assert pulled not in body and source in body, (pulled, order.index(pulled))
    # A short quotation no paragraph nearby holds is the story's own.
    alone = "“It’s not lonely at all.”"
    assert alone in clean(f"{lede}\n\n{source}\n\n{alone}\n\n{end}").body
