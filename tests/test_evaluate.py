"""The scoring used by ``cleaner eval`` and the benchmarks."""

from __future__ import annotations

from cleaner.evaluate import score_all, score_doc

GOLD = {"id": "d", "headline": "H", "standfirst": None, "dateline": None, "credit": None,
        "body": ["One two three.", "Four five six."]}


def test_perfect_record_scores_one() -> None:
    s = score_doc(dict(GOLD), GOLD)
    assert (s.precision, s.recall, s.f1, s.exact) == (1.0, 1.0, 1.0, True)
    assert all(s.fields.values())


def test_leaked_and_lost_paragraphs() -> None:
    s = score_doc({**GOLD, "body": ["One two three.", "Share this story"]}, GOLD)
    assert s.leaked == ["Share this story"] and s.lost == ["Four five six."]
    assert 0 < s.f1 < 1 and not s.exact


def test_missing_record_counts_as_empty() -> None:
    summary = score_all({}, {"d": GOLD}).to_dict()
    assert summary["missing"] == ["d"] and summary["f1"] == 0.0 and summary["lost_paragraphs"] == 2


def test_empty_bodies_agree() -> None:
    assert score_doc({"body": []}, {**GOLD, "body": []}).f1 == 1.0


def test_a_short_line_inside_a_gold_sentence_is_still_a_leak() -> None:
    gold = {**GOLD, "body": ["He said: Says who? And left the room quietly."]}
    s = score_doc({**gold, "body": ["Says who?", "He said: Says who? And left the room quietly."]}, gold)
    assert s.leaked == ["Says who?"]
