"""Quality gate: the cleaner's scores on the annotated dev pages never drop below the pinned baseline.

The baseline (``quality_baseline.json``) is raised by hand when the cleaner improves; a change
that lowers F1 or leaks or loses more paragraphs fails here (trafilatura's ``eval_gate.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.evaluate import score_all

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".." / "shared" / "corpus" / "dev"
GOLD = ROOT / ".." / "shared" / "gold" / "dev"
BASELINE = Path(__file__).resolve().parent / "quality_baseline.json"
F1_SLACK = 0.0005  # rounding in the summary


@pytest.fixture(scope="module")
def summary() -> dict:
    if not CORPUS.is_dir() or not GOLD.is_dir():
        pytest.skip("dev corpus (../shared/corpus/dev) not present")
    c = Cleaner()
    golds = {g.stem: json.loads(g.read_text(encoding="utf-8")) for g in sorted(GOLD.glob("*.json"))}
    records = {p.stem: c.clean(p.read_text(encoding="utf-8"), id=p.stem).to_dict()
               for p in sorted(CORPUS.glob("*.txt")) if p.stem in golds}
    return score_all(records, golds).to_dict()


@pytest.fixture(scope="module")
def baseline() -> dict:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def test_body_f1_not_below_baseline(summary: dict, baseline: dict) -> None:
    assert summary["f1"] >= baseline["f1"] - F1_SLACK


def test_leaked_paragraphs_not_above_baseline(summary: dict, baseline: dict) -> None:
    assert summary["leaked_paragraphs"] <= baseline["leaked_paragraphs"]


def test_lost_paragraphs_not_above_baseline(summary: dict, baseline: dict) -> None:
    assert summary["lost_paragraphs"] <= baseline["lost_paragraphs"]


def test_exact_documents_not_below_baseline(summary: dict, baseline: dict) -> None:
    assert summary["exact"] >= baseline["exact"]
