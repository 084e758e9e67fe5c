from __future__ import annotations

from cleaner.classify.classifier import classify
from cleaner.classify.features import page_features

from .helpers import STORY, page


def verdicts(*lines: str) -> list[str]:
    return [classify(f).cls for f in page_features(page(*lines).alive(), "English", None)]


def test_prose_is_good_and_labels_are_short() -> None:
    assert verdicts(STORY[0], "Share this", "Diplomatic thaw") == ["good", "short", "short"]


def test_link_only_lines_and_fragments_are_bad() -> None:
    got = [classify(f) for f in page_features(page("@bridgefan https://t.co/abc #bridge", ", with more to follow!").alive(),
                                                    "English", None)]
    assert [(v.cls, v.reason) for v in got] == [("bad", "links"), ("bad", "fragment")]


def test_long_line_without_stop_words_is_not_good() -> None:
    assert verdicts("Main Street Bridge Repairs Council Vote Summer Detour Industrial Park Shops")[0] != "good"
