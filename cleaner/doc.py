"""The working state of one page while rules and heuristics run over it.

Stages never delete paragraphs: they mark them removed with a reason, so the record can
say which rule removed what (``--explain``), and later stages only see what is alive.

Every rule regex runs here, under the configured timeout. A rule that times out is skipped
for that paragraph and noted; after :data:`TIMEOUT_BUDGET` timeouts in one document it is
skipped for the rest of the document, so a catastrophic pattern over 10,000 lines costs a
few timeouts, not 10,000.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .record import Removal
from .segment import Paragraph

TIMEOUT_BUDGET = 3  # timeouts of one rule in one document before it is skipped for the rest
SCREEN_TIMEOUT = 0.05  # seconds; a screen is only a shortcut, so it gives up early
# Inline flags a screen can carry: (?i) (?m) (?s) only widen what the other alternatives
# match, which a screen may do; (?x) (?a) (?V1) ... would change their meaning.
_INLINE_FLAGS = regex.compile(r"\(\?([a-zA-Z0-9]*)(-[a-zA-Z0-9]*)?[:)]")
_SAFE_INLINE = set("ims")
# Backreferences and recursion refer to group numbers, which shift in an alternation.
_GROUP_REFERENCE = regex.compile(r"\\[1-9]|\\g|\(\?P=|\(\?&|\(\?R|\(\?[0-9+-]")
_SCOPED = {regex.IGNORECASE: "i", regex.MULTILINE: "m", regex.DOTALL: "s", regex.VERBOSE: "x"}


@dataclass(frozen=True, slots=True, eq=False)
class Screen:
    """A cheap test that a paragraph matches none of a stage's patterns (see :func:`screen_for`)."""

    rx: regex.Pattern[str] | None  # one alternation of the patterns not gated by a literal
    literals: tuple[str, ...] = ()  # substrings, one per remaining pattern, that any match contains

    def maybe(self, text: str, timeout: float | None) -> bool:
        if any(lit in text for lit in self.literals):
            return True
        return self.rx is not None and self.rx.search(text, timeout=timeout) is not None


def screen_for(patterns: tuple[regex.Pattern[str], ...]) -> Screen | None:
    """One cheap test that says when none of ``patterns`` can match, or None if unsafe."""
    try:
        return _screen(tuple(patterns))
    except TypeError:  # unhashable pattern objects: no screen, no harm
        return None


@lru_cache(maxsize=512)
def _screen(patterns: tuple[regex.Pattern[str], ...]) -> Screen | None:
    """Build the screen for :func:`screen_for`.

    A regex call under a timeout costs microseconds before it matches anything, so asking
    150 rules about each of 200,000 paragraphs dominates a large page. Most paragraphs match
    no rule: the screen says so in one step. A hit (or a screen timeout) means the rules are
    asked one by one, as before, so results never change. Patterns anchored at the start
    share one "^"; a floating pattern with a literal it cannot match without ("\\bclick
    here") is checked with a substring test; the rest go into one alternation.
    """
    if len(patterns) < 2:
        return None
    anchored, floating, literals = [], [], []
    for rx in patterns:
        inline = _INLINE_FLAGS.findall(rx.pattern)
        for on, off in inline:
            if off or not set(on) <= _SAFE_INLINE:
                return None
        if _GROUP_REFERENCE.search(rx.pattern):
            return None
        scoped = "".join(letter for flag, letter in _SCOPED.items() if rx.flags & flag)
        inline_flags = "".join(on for on, _ in inline)
        multiline = rx.flags & regex.MULTILINE or "m" in inline_flags
        body = rx.pattern[1:] if rx.pattern.startswith("^") and not multiline else None
        if body is not None and not _top_level_alternation(body):
            anchored.append(f"(?{scoped}:{body})" if scoped else f"(?:{body})")
            continue
        exact = not (rx.flags & (regex.IGNORECASE | regex.VERBOSE)) and not inline_flags
        literal = _required_literal(rx.pattern) if exact and not _top_level_alternation(rx.pattern) else None
        if literal is not None:
            literals.append(literal)
        else:
            floating.append(f"(?{scoped}:{rx.pattern})" if scoped else f"(?:{rx.pattern})")
    parts = ([f"^(?:{'|'.join(anchored)})"] if anchored else []) + floating
    try:
        combined = regex.compile("|".join(parts)) if parts else None
    except (regex.error, ValueError, OverflowError):
        return None
    return Screen(combined, tuple(dict.fromkeys(literals)))


MIN_LITERAL = 4  # shorter literals are in too many paragraphs to be worth a test
_ESCAPED_LITERALS = set(".-()[]{}|/\\?*+^$ #&~'\"@:,!%=<>")
_METACHARS = set(".^$*+?{}[]()|")


def _required_literal(pattern: str) -> str | None:
    """The literal text a match of ``pattern`` must contain, read from its start; or None.

    >>> _required_literal(r"\\bclick here\\W*$"), _required_literal(r"\\sRead more$")
    ('click here', 'Read more')
    >>> _required_literal(r"\\bpic\\.twitter\\.com/\\w+"), _required_literal(r"\\b(?:a|b)c")
    ('pic.twitter.com/', None)
    """
    i = 0
    while pattern.startswith(("\\b", "\\s"), i):  # a boundary or one space before the text
        i += 2
    out: list[str] = []
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if i + 1 < len(pattern) and pattern[i + 1] in _ESCAPED_LITERALS:
                out.append(pattern[i + 1])
                i += 2
                continue
            break
        if c in _METACHARS:
            break
        out.append(c)
        i += 1
    if i < len(pattern) and pattern[i] in "?*{" and out:
        out.pop()  # "s?" makes the last character optional
    literal = "".join(out)
    return literal if len(literal) >= MIN_LITERAL else None


def _top_level_alternation(pattern: str) -> bool:
    """Whether ``pattern`` has a "|" outside any group (so a leading "^" binds one branch)."""
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1  # a "]" first in a set is a literal
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


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
    _dead_screens: set[int] = field(default_factory=set)

    def alive(self) -> list[Paragraph]:
        """Paragraphs not removed, in page order (a fresh list: callers may slice or keep it)."""
        if self._alive is None or self._alive_removed != len(self.removed):
            self._alive = [p for p in self.paragraphs if p.index not in self.removed]
            self._alive_removed = len(self.removed)
        return list(self._alive)

    def remove(self, p: Paragraph, rule: str, score: float | None = None) -> None:
        if p.index not in self.removed:
            self.removed[p.index] = Removal(index=p.index, text=p.text, rule=rule, score=score)

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

    def may_match(self, screen: Screen | None, text: str) -> bool:
        """False only when ``screen`` proves that none of its patterns matches ``text``."""
        if screen is None or id(screen) in self._dead_screens:
            return True
        timeout = SCREEN_TIMEOUT if self.regex_timeout is None else min(SCREEN_TIMEOUT, self.regex_timeout)
        try:
            return screen.maybe(text, timeout)
        except TimeoutError:
            self._dead_screens.add(id(screen))  # a slow screen is no shortcut: stop using it here
            return True

    def any_match(self, patterns: tuple[regex.Pattern[str], ...], text: str, rule: str,
                  index: int = -1) -> regex.Match[str] | None:
        if rule in self.skipped or not self.may_match(screen_for(patterns), text):
            return None
        for rx in patterns:
            m = self.search(rx, text, rule, index)
            if m:
                return m
        return None
