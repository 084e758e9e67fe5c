"""Replay one page through the pipeline and say, paragraph by paragraph, what happened.

As ftfy's ``fix_and_explain`` returns the plan it applied, this returns every decision:
kept or dropped, the rule id (or classifier score) behind a drop, the spans cut out of
kept paragraphs, and where each field was read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..pipeline import Cleaner
from ..record import Article, Removal
from .pages import page_paragraphs


@dataclass(slots=True)
class Line:
    """One paragraph of the page and the decision about it."""

    index: int
    text: str  # as segmented, before any span was cut
    kept: bool
    rule: str | None = None  # rule (or "field:...", "classifier") that dropped it
    score: float | None = None  # classifier score, when the classifier decided
    final: str | None = None  # the body paragraph it became, when kept
    spans: list[Removal] = field(default_factory=list)  # spans (or HTML elements) cut from it

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"index": self.index, "kept": self.kept, "text": self.text}
        if self.rule is not None:
            d["rule"] = self.rule
        if self.score is not None:
            d["score"] = round(self.score, 3)
        if self.final is not None and self.final != self.text:
            d["final"] = self.final
        if self.spans:
            d["spans"] = [{"kind": s.kind, "rule": s.rule, "text": s.text} for s in self.spans]
        return d


@dataclass(slots=True)
class Explanation:
    article: Article
    lines: list[Line]
    chain: list[str]  # rule files applied, generic first

    @property
    def rules_fired(self) -> set[str]:
        """Every rule id that removed a paragraph or a span on this page."""
        return {r.rule for r in self.article.removed}

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": self.article.to_dict(),
            "chain": self.chain,
            "fields_from": dict(self.article.fields_from),
            "paragraphs": [line.to_dict() for line in self.lines],
            "timeouts": list(self.article.timeouts),
        }


def explain(cleaner: Cleaner, text: str, *, id: str = "doc", url: str | None = None,
            outlet: str | None = None) -> Explanation:
    """Clean ``text`` and line every paragraph of the page up with the decision about it."""
    article = cleaner.clean(text, id=id, url=url, outlet=outlet)
    dropped = {r.index: r for r in article.removed if r.kind == "paragraph"}
    lines = [Line(index=p.index, text=p.text, kept=p.index not in dropped)
             for p in page_paragraphs(cleaner, text, url=url, outlet=outlet)]
    for line in lines:
        if not line.kept:
            line.rule, line.score = dropped[line.index].rule, dropped[line.index].score
    by_index = {line.index: line for line in lines}
    for r in article.removed:
        if r.kind != "paragraph" and r.index in by_index:
            by_index[r.index].spans.append(r)
    kept = [line for line in lines if line.kept]
    if len(kept) == len(article.body):  # body paragraphs are the kept ones, in order
        for line, final in zip(kept, article.body):
            line.final = final
    chain = [f.id for f in cleaner.rulebook.ruleset(article.outlet).chain]
    return Explanation(article=article, lines=lines, chain=chain)
