"""The working state of one page while rules and heuristics run over it.

Stages never delete paragraphs: they mark them removed with a reason, so the record can
say which rule removed what (``--explain``), and later stages only see what is alive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .record import Removal
from .segment import Paragraph


@dataclass(slots=True)
class Doc:
    paragraphs: list[Paragraph]
    regex_timeout: float | None = None
    removed: dict[int, Removal] = field(default_factory=dict)
    spans: list[Removal] = field(default_factory=list)  # spans cut from kept paragraphs
    fields_from: dict[str, str] = field(default_factory=dict)
    timeouts: list[str] = field(default_factory=list)  # "rule@index" for regexes that timed out

    def alive(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.index not in self.removed]

    def remove(self, p: Paragraph, rule: str, score: float | None = None) -> None:
        if p.index not in self.removed:
            self.removed[p.index] = Removal(index=p.index, text=p.text, rule=rule, score=score)

    def search(self, rx: regex.Pattern[str], text: str, rule: str, index: int = -1) -> regex.Match[str] | None:
        """``rx.search`` under the configured timeout; a timeout skips the rule here, noted."""
        try:
            return rx.search(text, timeout=self.regex_timeout)
        except TimeoutError:
            self.timeouts.append(f"{rule}@{index}")
            return None

    def any_match(self, patterns: tuple[regex.Pattern[str], ...], text: str, rule: str,
                  index: int = -1) -> regex.Match[str] | None:
        for rx in patterns:
            m = self.search(rx, text, rule, index)
            if m:
                return m
        return None
