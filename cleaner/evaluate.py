"""Score records against gold records: body bag-of-words P/R/F1, paragraphs, fields.

Shared by ``cleaner eval`` and the benchmark scripts, so every figure quoted in notes is
computed the same way. Body scores are per document, then averaged (macro), as in the
issue tracker's figures for trafilatura and jusText.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import regex

_WORD = regex.compile(r"\w+", regex.UNICODE)
FIELDS = ("headline", "standfirst", "dateline", "credit")


def words(paragraphs: list[str]) -> Counter:
    return Counter(w.casefold() for p in paragraphs for w in _WORD.findall(p))


def _fold(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


@dataclass(slots=True)
class DocScore:
    id: str
    precision: float
    recall: float
    f1: float
    exact: bool
    leaked: list[str] = field(default_factory=list)  # paragraphs kept that gold drops
    lost: list[str] = field(default_factory=list)  # gold paragraphs missing from the output
    fields: dict[str, bool] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "exact": self.exact, "leaked": self.leaked, "lost": self.lost,
                "fields": self.fields}


def prf(predicted: Counter, gold: Counter) -> tuple[float, float, float]:
    """Bag-of-words precision, recall, F1; two empty bodies agree perfectly."""
    if not predicted and not gold:
        return 1.0, 1.0, 1.0
    overlap = sum((predicted & gold).values())
    p = overlap / sum(predicted.values()) if predicted else 0.0
    r = overlap / sum(gold.values()) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def field_equal(name: str, got: Any, want: Any) -> bool:
    """Fields compare as SPEC prints them; dateline on place/date/raw, credit on raw/authors/agency."""
    if name == "dateline" and got and want:
        return all(got.get(k) == want.get(k) for k in ("place", "date", "raw"))
    if name == "credit" and got and want:
        return (got.get("raw") == want.get("raw") and list(got.get("authors") or []) == list(want.get("authors") or [])
                and got.get("agency") == want.get("agency"))
    return got == want


CONTAINED_MIN_WORDS = 6  # shorter paragraphs must match a whole paragraph to count as found


def _covered(folded: str, others: set[str]) -> bool:
    if folded in others:
        return True
    return len(folded.split()) >= CONTAINED_MIN_WORDS and any(folded in o for o in others)


def score_doc(record: dict[str, Any], gold: dict[str, Any]) -> DocScore:
    body, gbody = list(record.get("body") or []), list(gold.get("body") or [])
    p, r, f = prf(words(body), words(gbody))
    gold_folded = {_fold(x) for x in gbody}
    got_folded = {_fold(x) for x in body}
    # A kept paragraph is leaked when no gold paragraph has its text, nor contains it as a
    # substantial part (a paragraph split or merged differently is not a leak; "Says." found
    # inside a gold sentence is).
    leaked = [x for x in body if not _covered(_fold(x), gold_folded)]
    lost = [x for x in gbody if not _covered(_fold(x), got_folded)]
    fields = {name: field_equal(name, record.get(name), gold.get(name)) for name in FIELDS}
    return DocScore(id=str(gold.get("id", record.get("id"))), precision=p, recall=r, f1=f,
                    exact=body == gbody, leaked=leaked, lost=lost, fields=fields)


@dataclass(slots=True)
class Summary:
    docs: list[DocScore]
    missing: list[str] = field(default_factory=list)  # gold ids with no record

    def to_dict(self) -> dict[str, Any]:
        n = len(self.docs) or 1
        mean = lambda attr: round(sum(getattr(d, attr) for d in self.docs) / n, 4)
        return {
            "documents": len(self.docs),
            "missing": self.missing,
            "precision": mean("precision"),
            "recall": mean("recall"),
            "f1": mean("f1"),
            "exact": sum(d.exact for d in self.docs),
            "leaked_paragraphs": sum(len(d.leaked) for d in self.docs),
            "lost_paragraphs": sum(len(d.lost) for d in self.docs),
            "fields": {name: round(sum(d.fields.get(name, False) for d in self.docs) / n, 4) for name in FIELDS},
            "per_document": [d.to_dict() for d in self.docs],
        }


def score_all(records: dict[str, dict[str, Any]], golds: dict[str, dict[str, Any]]) -> Summary:
    """Score every gold document; a gold id without a record scores as an empty body."""
    docs, missing = [], []
    for gid in sorted(golds):
        rec = records.get(gid)
        if rec is None:
            missing.append(gid)
            rec = {"id": gid, "body": []}
        docs.append(score_doc(rec, golds[gid]))
    return Summary(docs=docs, missing=missing)
