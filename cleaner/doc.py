"""The working state of one page while rules and heuristics run over it.

Stages never delete paragraphs: they mark them removed with a reason, so the record can
say which rule removed what (``--explain``), and later stages only see what is alive.

Every rule regex runs here, under the configured timeout, and only after the RE2
prefilter (cleaner/prefilter.py) says it may match. A rule that times out is skipped
for that paragraph and noted; after :data:`TIMEOUT_BUDGET` timeouts in one document it is
skipped for the rest of the document, so a catastrophic pattern over 10,000 lines costs a
few timeouts, not 10,000.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from .prefilter import Prefilter, prefilter_for
from .record import Removal
from .segment import Paragraph

TIMEOUT_BUDGET = 3  # timeouts of one rule in one document before it is skipped for the rest


def screen_for(patterns: tuple[regex.Pattern[str], ...]) -> Prefilter | None:
    """The prefilter that tells which of ``patterns`` may match a text (None: no patterns)."""
    return prefilter_for(tuple(patterns)) if patterns else None


@dataclass(slots=True)
class Doc:
    paragraphs: list[Paragraph]
    regex_timeout: float | None = None
    removed: dict[int, Removal] = field(default_factory=dict)
    spans: list[Removal] = field(default_factory=list)  # spans cut from kept paragraphs
    fields_from: dict[str, str] = field(default_factory=dict)
    timeouts: list[str] = field(default_factory=list)  # "rule@index" for regexes that timed out
    skipped: set[str] = field(default_factory=set)  # rules out of timeout budget for this document
    _timeout_counts: Counter = field(default_factory=Counter)
    _alive: list[Paragraph] | None = None
    _alive_removed: int = -1  # len(removed) when _alive was computed

    def alive(self) -> list[Paragraph]:
        """Paragraphs not removed, in page order (a fresh list: callers may slice or keep it)."""
        if self._alive is None or self._alive_removed != len(self.removed):
            self._alive = [p for p in self.paragraphs if p.index not in self.removed]
            self._alive_removed = len(self.removed)
        return list(self._alive)

    def remove(self, p: Paragraph, rule: str, score: float | None = None) -> None:
        if p.index not in self.removed:
            self.removed[p.index] = Removal(index=p.index, text=p.text, rule=rule, score=score)

    def reassign(self, p: Paragraph, rule: str) -> None:
        """A removed paragraph's reason changes hands (a picture credit under the title is the
        byline): it stays removed, now in the name of ``rule``."""
        self.removed[p.index] = Removal(index=p.index, text=p.text, rule=rule)

    def timed_out(self, rule: str, index: int) -> None:
        """Note a timeout; past the budget the rule is skipped for the rest of the document."""
        self.timeouts.append(f"{rule}@{index}")
        self._timeout_counts[rule] += 1
        if self._timeout_counts[rule] >= TIMEOUT_BUDGET and rule not in self.skipped:
            self.skipped.add(rule)
            self.timeouts.append(f"{rule}@rest-of-document")

    def search(self, rx: regex.Pattern[str], text: str, rule: str, index: int = -1) -> regex.Match[str] | None:
        """``rx.search`` under the configured timeout; a timeout skips the rule here, noted."""
        if rule in self.skipped:
            return None
        try:
            return rx.search(text, timeout=self.regex_timeout)
        except TimeoutError:
            self.timed_out(rule, index)
            return None

    def may_match(self, screen: Prefilter | None, text: str) -> bool:
        """False only when ``screen`` proves that none of its patterns matches ``text``."""
        return screen is None or bool(screen.candidates(text))

    def any_match(self, patterns: tuple[regex.Pattern[str], ...], text: str, rule: str,
                  index: int = -1) -> regex.Match[str] | None:
        if rule in self.skipped or not self.may_match(screen_for(patterns), text):
            return None
        for rx in patterns:
            m = self.search(rx, text, rule, index)
            if m:
                return m
        return None
