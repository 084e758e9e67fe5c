"""Labelled captions go; transcripts, quote lists and a single labelled line stay."""

from __future__ import annotations

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
