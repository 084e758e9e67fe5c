"""Compiled rules: what the loader produces and the engine consumes.

A rule file becomes a :class:`RuleFile`; a chain of them (generic, then what an outlet
``extends``, then the outlet itself) becomes a :class:`RuleSet`, which the engine applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from ..prefilter import SplitPrefilter


@dataclass(frozen=True, slots=True)
class Rule:
    """One paragraph- or block-level rule. ``qid`` ("outlet/id") is what records report."""

    kind: str  # replace | drop | cut_before | cut_after | drop_between | dedupe
    id: str
    qid: str
    patterns: tuple[regex.Pattern[str], ...] = ()
    end: tuple[regex.Pattern[str], ...] = ()  # drop_between only
    options: dict[str, Any] = field(default_factory=dict)

    def opt(self, name: str) -> Any:
        return self.options[name]


@dataclass(frozen=True, slots=True)
class Fields:
    """How to read headline, standfirst, dateline and credit; one table each, all optional."""

    headline: dict[str, Any] | None = None
    standfirst: dict[str, Any] | None = None
    dateline: dict[str, Any] | None = None
    credit: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class HtmlRules:
    """Compiled CSS selectors of an ``[html]`` table (XPath objects, see cleaner/html/selectors.py).

    ``strip`` accumulates along the chain as ``(qid, xpath)`` pairs, so a removal names the
    file that asked for it; the other selectors come from the most specific file.
    """

    strip: tuple[tuple[str, Any], ...] = ()
    body: Any = None
    headline: Any = None
    date: Any = None
    author: Any = None


@dataclass(frozen=True, slots=True)
class TestCase:
    id: str
    fixture: str | None  # path relative to the rule file
    expected: str | None  # expected record (JSON), relative to the rule file
    contains: tuple[str, ...] = ()
    not_contains: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RuleFile:
    path: Path
    id: str
    name: str | None
    extends: tuple[str, ...]
    match_text: tuple[regex.Pattern[str], ...]
    match_domains: tuple[str, ...]
    min_hits: int
    fields: Fields
    rules: tuple[Rule, ...]
    tests: tuple[TestCase, ...]
    html: HtmlRules | None = None  # the file's own [html] table, if it has one
    # Raw tables as written (after validation), for tools such as ``rules lint``.
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def matchable(self) -> bool:
        """Only files with fingerprints or domains are picked for a page on their own."""
        return bool(self.match_text or self.match_domains)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The rules that apply to one page: generic first, the outlet last."""

    outlet: str | None  # None when only the generic layer applies
    chain: tuple[RuleFile, ...]
    rules: tuple[Rule, ...]
    fields: Fields
    html: HtmlRules = field(default_factory=HtmlRules)  # merged along the chain
    shared: int = 0  # files at the head of ``chain`` that every ruleset shares (the generic layer)
    # Per-kind lookups, filled on first use: a ruleset is built once and serves every page.
    _kinds: dict[tuple[str, ...], tuple[Rule, ...]] = field(default_factory=dict, compare=False, repr=False)
    _screens: dict[tuple[str, ...], SplitPrefilter | None] = field(default_factory=dict, compare=False, repr=False)
    _owners: dict[tuple[str, ...], tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    _locals: dict[tuple[str, ...], tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def of_kind(self, *kinds: str) -> tuple[Rule, ...]:
        if kinds not in self._kinds:
            self._kinds[kinds] = tuple(r for r in self.rules if r.kind in kinds)
        return self._kinds[kinds]

    def candidates(self, kinds: tuple[str, ...], lines: Sequence[str]) -> list[tuple[Rule, set[int] | None]]:
        """The rules of these kinds that may match one of ``lines``, in chain order, each with
        the positions of the lines it may match (None: any line). One screen per page."""
        return [(rule, None if None in screened.values() else set().union(*screened.values()))
                for rule, screened in self.pattern_candidates(kinds, lines)]

    def pattern_candidates(self, kinds: tuple[str, ...], lines: Sequence[str]
                           ) -> list[tuple[Rule, dict[int, set[int] | None]]]:
        """As :meth:`candidates`, with the positions kept per pattern (its index in the rule's
        ``patterns``): a rule of many patterns is then asked only the ones that may match a line,
        not all of them because one of them may (one screened loosely costs the others nothing)."""
        screen = self.screen(*kinds)
        if screen is None:
            return []
        owners, local = self._owners[kinds], self._locals[kinds]
        found: dict[int, dict[int, set[int] | None]] = {}
        for k, positions in screen.line_candidates(lines):
            found.setdefault(owners[k], {})[local[k]] = positions
        rules = self.of_kind(*kinds)
        return [(rules[r], found[r]) for r in sorted(found)]

    def screen(self, *kinds: str) -> SplitPrefilter | None:
        """The prefilter over every pattern (start and end markers) of these rule kinds.

        The shared generic layer's patterns are one part, the outlet's own another, so the
        generic part is compiled and warmed once for all outlets (see SplitPrefilter).
        """
        if kinds not in self._screens:
            rules = self.of_kind(*kinds)
            shared = sum(1 for f in self.chain[:self.shared] for r in f.rules if r.kind in kinds)
            head = tuple(rx for r in rules[:shared] for rx in (*r.patterns, *r.end))
            tail = tuple(rx for r in rules[shared:] for rx in (*r.patterns, *r.end))
            self._owners[kinds] = tuple(n for n, r in enumerate(rules) for _ in (*r.patterns, *r.end))
            self._locals[kinds] = tuple(j for r in rules for j in range(len(r.patterns) + len(r.end)))
            self._screens[kinds] = SplitPrefilter((head, tail)) if head or tail else None
        return self._screens[kinds]
