"""Quality gate: the cleaner's scores on annotated pages never drop below the pinned baselines.

Two sets: the dev pages (``../shared``, skipped when absent; ``quality_baseline.json``) and
the project's own synthetic pages in ``bench/pages`` (always present; ``pages_baseline.json``).
A baseline is raised by hand when the cleaner improves; a change that lowers F1 or leaks or
loses more paragraphs fails here (trafilatura's ``eval_gate.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.evaluate import score_all

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
SETS = {  # name: (pages, gold records, baseline)
    "dev": (ROOT / ".." / "shared" / "corpus" / "dev", ROOT / ".." / "shared" / "gold" / "dev",
            HERE / "quality_baseline.json"),
    "pages": (ROOT / "bench" / "pages" / "corpus", ROOT / "bench" / "pages" / "gold", HERE / "pages_baseline.json"),
}
F1_SLACK = 0.0005  # rounding in the summary


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request: pytest.FixtureRequest) -> tuple[dict, dict]:
    corpus, gold, baseline = SETS[request.param]
    if not corpus.is_dir() or not gold.is_dir():
        pytest.skip(f"{request.param} pages ({corpus}) not present")
    c = Cleaner()
    golds = {g.stem: json.loads(g.read_text(encoding="utf-8")) for g in sorted(gold.glob("*.json"))}
    records = {p.stem: c.clean(p.read_text(encoding="utf-8"), id=p.stem).to_dict()
               for p in sorted(corpus.glob("*.txt")) if p.stem in golds}
    return score_all(records, golds).to_dict(), json.loads(baseline.read_text(encoding="utf-8"))


@pytest.fixture
def summary(scored: tuple[dict, dict]) -> dict:
    return scored[0]


@pytest.fixture
def baseline(scored: tuple[dict, dict]) -> dict:
    return scored[1]


def test_body_f1_not_below_baseline(summary: dict, baseline: dict) -> None:
    assert summary["f1"] >= baseline["f1"] - F1_SLACK


def test_leaked_paragraphs_not_above_baseline(summary: dict, baseline: dict) -> None:
    assert summary["leaked_paragraphs"] <= baseline["leaked_paragraphs"]


def test_lost_paragraphs_not_above_baseline(summary: dict, baseline: dict) -> None:
    assert summary["lost_paragraphs"] <= baseline["lost_paragraphs"]


def test_exact_documents_not_below_baseline(summary: dict, baseline: dict) -> None:
    assert summary["exact"] >= baseline["exact"]
