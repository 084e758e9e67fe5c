"""The columnar batch API used with ``datasets.map(batched=True)``."""

from __future__ import annotations

from cleaner.batch import OUTPUT_COLUMNS, clean_batch

from .conftest import SEEDS


def test_batch_columns_match_single_cleaning(cleaner) -> None:
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out = clean_batch({"text": pages, "id": [str(i) for i in range(len(pages))]}, cleaner=cleaner)
    assert set(out) == set(OUTPUT_COLUMNS)
    assert out["body"] == [cleaner.clean(p).body for p in pages]
    assert out["outlet"] == ["reuters", "vestnik-kavkaza", "al-jazeera", None, "ctv-news"]


def test_missing_text_gives_an_empty_body() -> None:
    assert clean_batch({"text": [None, ""]})["body"] == [[], []]
