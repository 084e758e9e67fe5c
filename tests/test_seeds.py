"""The five seed pages reproduce their gold records exactly, field by field."""

from __future__ import annotations

import pytest

from .conftest import seed_cases

CASES = seed_cases()
FIELDS = ("outlet", "headline", "standfirst", "dateline", "body", "credit")


def test_there_are_five_seeds() -> None:
    assert len(CASES) == 5


@pytest.mark.parametrize("path,gold", CASES, ids=[p.stem for p, _ in CASES])
@pytest.mark.parametrize("field", FIELDS)
def test_seed_field_matches_gold(cleaner, path, gold, field) -> None:
    record = cleaner.clean(path.read_text(encoding="utf-8"), id=path.stem).to_dict()
    assert record[field] == gold[field]


@pytest.mark.parametrize("path,gold", CASES, ids=[p.stem for p, _ in CASES])
def test_cleaning_is_idempotent_on_seeds(cleaner, path, gold) -> None:
    """Cleaning the record's own text (headline, standfirst, body) again changes nothing."""
    first = cleaner.clean(path.read_text(encoding="utf-8"), id=path.stem)
    text = "\n\n".join(p for p in [first.headline, first.standfirst, *first.body] if p)
    again = cleaner.clean(text, id=path.stem, outlet=first.outlet or "generic")
    assert (again.headline, again.standfirst, again.body) == (first.headline, first.standfirst, first.body)
