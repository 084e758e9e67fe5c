"""The article record (see SPEC.md) and the trail of what was removed.

Field names and their order follow SPEC.md exactly; extra fields (``removed``) are only
added when asked for, so plain records stay byte-for-byte comparable with gold files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    date: str | None  # ISO "YYYY-MM-DD" or None
    raw: str

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "date": self.date, "raw": self.raw}


@dataclass(frozen=True, slots=True)
class Credit:
    raw: str
    authors: tuple[str, ...] = ()
    agency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"raw": self.raw, "authors": list(self.authors), "agency": self.agency}


# Removals no rule file made: the field readers' ("field:headline", "dateline:preamble",
# "credit:author-bio") and the classifier's. Tools that judge a rule file's coverage leave them out.
BUILT_IN_REMOVERS = ("field:", "classifier:", "dateline:", "credit:")


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed paragraph or span, and the rule (or heuristic) that removed it."""

    index: int  # paragraph index in the segmented page
    text: str
    rule: str  # e.g. "reuters/related-topics", "field:headline", "classifier"
    kind: str = "paragraph"  # paragraph | span | element (an HTML element the HTML layer removed)
    score: float | None = None  # classifier score, when the classifier decided

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"index": self.index, "kind": self.kind, "rule": self.rule, "text": self.text}
        if self.score is not None:
            d["score"] = round(self.score, 3)
        return d


@dataclass(slots=True)
class Article:
    id: str
    source: str
    outlet: str | None = None
    headline: str | None = None
    standfirst: str | None = None
    dateline: Dateline | None = None
    body: list[str] = field(default_factory=list)
    credit: Credit | None = None
    removed: list[Removal] = field(default_factory=list)
    fields_from: dict[str, str] = field(default_factory=dict)  # field -> where it was read
    timeouts: list[str] = field(default_factory=list)  # "rule@paragraph" whose regex timed out

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "outlet": self.outlet,
            "headline": self.headline,
            "standfirst": self.standfirst,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "body": list(self.body),
            "credit": self.credit.to_dict() if self.credit else None,
        }
        if explain:
            d["removed"] = [r.to_dict() for r in self.removed]
            d["fields_from"] = dict(self.fields_from)
        return d
