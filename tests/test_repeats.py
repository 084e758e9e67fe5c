from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Config
from cleaner.errors import InputError
from cleaner.pipeline import Cleaner
from cleaner.repeats import REASON, RepeatTable, drop_repeats, normalise_line

FURNITURE = "The Harbour Gazette, your town's paper since 1921"  # a line no rule names


def pages(n: int) -> list[str]:
    return [f"Story number {i} is about a different thing entirely, told in full.\n\n{FURNITURE}" for i in range(n)]


def test_normalised_lines_ignore_case_digits_and_punctuation() -> None:
    assert normalise_line("Updated 10:45 AM -- READ more!") == normalise_line("updated 11:12 am: read MORE")


def test_table_counts_documents_not_lines() -> None:
    table = RepeatTable.build(pages(3) + [f"{FURNITURE}\n\n{FURNITURE}"])
    assert table.documents == 4
    assert table.count(FURNITURE) == 4
    assert table.count("Story number 7 is about a different thing entirely, told in full.") == 3  # digits fold


def test_save_load_round_trip_keeps_repeated_lines_only(tmp_path: Path) -> None:
    table = RepeatTable.build(pages(3) + ["A line seen once only."])
    path = tmp_path / "table.json"
    table.save(path)
    loaded = RepeatTable.load(path)
    assert loaded.documents == 4 and loaded.count(FURNITURE) == 3
    assert loaded.count("A line seen once only.") == 0
    assert (3, FURNITURE) in loaded.most_frequent(5)


def test_bad_table_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"version": 99}', encoding="utf-8")
    with pytest.raises(InputError):
        RepeatTable.load(path)


def test_pipeline_drops_lines_the_table_has_seen_often(tmp_path: Path) -> None:
    path = tmp_path / "table.json"
    RepeatTable.build(pages(6)).save(path)
    text = f"A fresh story about a new bridge that opened on Monday morning.\n\n{FURNITURE}\n\nAnother line of the story, which ends here."
    article = Cleaner(Config(boilerplate_table=path, boilerplate_min_docs=5, explain=True)).clean(text)
    assert FURNITURE not in article.body
    removal = next(r for r in article.removed if r.rule == REASON)
    assert removal.score == 6.0
    assert FURNITURE in Cleaner(Config(boilerplate_table=path, boilerplate_min_docs=7)).clean(text).body


def test_drop_repeats_with_empty_table_does_nothing() -> None:
    from cleaner.doc import Doc
    from cleaner.segment import segment

    doc = Doc(segment("One line here.\n\nAnother line here."))
    drop_repeats(doc, RepeatTable(), 1)
    assert len(doc.alive()) == 2
