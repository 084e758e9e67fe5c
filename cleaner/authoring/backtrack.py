"""Spot regexes prone to catastrophic backtracking, statically and with a timed probe.

The static check walks the pattern once and looks at every group repeated without bound
(``(...)+``, ``(...)*``, ``(...){2,}``). Such a group is risky when one repetition can end
the way the next one starts, so a run of text splits between repetitions in many ways:
``(a+)+``, ``(\\w+\\s?)+`` (the ``\\s?`` may match nothing), or alternatives that overlap
(``(\\w|\\d)+``). Character sets are compared by probing a small alphabet, which is cheap
and needs no model of Unicode classes. Possessive quantifiers and atomic groups are safe.
A guard such as ``(?:\\s\\p{Lu}[\\p{Lu}.]*)*`` is not flagged: a repetition starts with a
space the inner run cannot eat.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

# Characters that stand in for "any text" when comparing what two atoms can match.
PROBE_ALPHABET = (
    "abcxyzABCXYZ0123456789 \t\n.,;:!?'\"-_()[]/\\&%$#@*+=<>|~^`{}"
    "éüßЖжяΩω’“”–—«»\u00a0\u3042"
)
PROBE_TIMEOUT = 0.05  # seconds allowed per probe input
PROBE_LENGTH = 28  # repetitions in a probe input: exponential patterns blow up well before


@dataclass(slots=True)
class Atom:
    """One element of a sequence: a single-character matcher or a group, with its quantifier."""

    source: str  # the atom's own text, e.g. "\\w", "[a-z]", "(?:ab)"
    lo: int = 1
    hi: float = 1  # float("inf") when unbounded
    safe: bool = False  # possessive quantifier or atomic group
    zero_width: bool = False  # anchors, lookarounds, inline flags
    alternatives: list[list[Atom]] = field(default_factory=list)  # for groups

    @property
    def unbounded(self) -> bool:
        return self.hi == float("inf")


class _Parser:
    """A small recursive-descent reader of the regex syntax rule files use."""

    def __init__(self, pattern: str) -> None:
        self.s = pattern
        self.i = 0

    def alternatives(self) -> list[list[Atom]]:
        alts: list[list[Atom]] = [[]]
        while self.i < len(self.s) and self.s[self.i] != ")":
            if self.s[self.i] == "|":
                self.i += 1
                alts.append([])
                continue
            atom = self.atom()
            self.quantifier(atom)
            alts[-1].append(atom)
        return alts

    def atom(self) -> Atom:
        s, start = self.s, self.i
        c = s[self.i]
        if c == "(":
            return self.group()
        if c == "[":
            self.char_class()
        elif c == "\\":
            self.escape()
        else:
            self.i += 1
            if c in "^$":
                return Atom(c, zero_width=True)
        src = s[start:self.i]
        if src in ("\\b", "\\B", "\\A", "\\Z", "\\z", "\\G", "\\m", "\\M"):
            return Atom(src, zero_width=True)
        return Atom(src)

    def group(self) -> Atom:
        s, start = self.s, self.i
        self.i += 1
        zero_width = safe = False
        if s.startswith("?", self.i):
            head = s[self.i:self.i + 4]
            if head.startswith(("?=", "?!", "?<=", "?<!")):
                zero_width = True
            elif head.startswith("?>"):
                safe = True
            elif head.startswith("?#"):
                self.i = s.find(")", self.i) + 1 or len(s)
                return Atom(s[start:self.i], zero_width=True)
            # skip the group's header: ?:, ?P<name>, ?<name>, ?i:, ?i) ...
            m = regex.compile(r"\?(?:P?<[^>]*>|<=|<!|[=!:>]|[a-zA-Z-]*[:)])?").match(s, self.i)
            self.i = m.end() if m else self.i + 1
            if s[self.i - 1] == ")":  # inline flags such as (?i)
                return Atom(s[start:self.i], zero_width=True)
        alts = self.alternatives()
        self.i += 1  # the closing parenthesis
        return Atom(s[start:self.i], safe=safe, zero_width=zero_width, alternatives=alts)

    def char_class(self) -> None:
        s = self.s
        self.i += 1
        if s.startswith("^", self.i):
            self.i += 1
        if s.startswith("]", self.i):
            self.i += 1
        while self.i < len(s) and s[self.i] != "]":
            if s[self.i] == "\\":
                self.escape()
            elif s.startswith("[:", self.i):
                end = s.find(":]", self.i)
                self.i = end + 2 if end > 0 else self.i + 1
            else:
                self.i += 1
        self.i += 1

    def escape(self) -> None:
        m = regex.compile(r"\\(?:[pPN]\{[^}]*\}|[pP]\w|x\{[^}]*\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}"
                          r"|U[0-9a-fA-F]{8}|0[0-7]{0,2}|.)", regex.DOTALL).match(self.s, self.i)
        self.i = m.end() if m else self.i + 1

    def quantifier(self, atom: Atom) -> None:
        m = regex.compile(r"(?:([*+?])|\{(\d*)(,?)(\d*)\})([?+]?)").match(self.s, self.i)
        if not m or (m.group(1) is None and not (m.group(2) or m.group(4))):
            return
        self.i = m.end()
        if m.group(1):
            atom.lo, atom.hi = {"*": (0, float("inf")), "+": (1, float("inf")), "?": (0, 1)}[m.group(1)]
        else:
            atom.lo = int(m.group(2) or 0)
            atom.hi = float("inf") if m.group(3) and not m.group(4) else int(m.group(4) or m.group(2))
        atom.safe = atom.safe or m.group(5) == "+"


def _chars(source: str, flags: int) -> frozenset[str]:
    try:
        rx = regex.compile(source, flags | regex.DOTALL)
    except regex.error:
        return frozenset(PROBE_ALPHABET)  # unknown: assume it matches anything
    return frozenset(c for c in PROBE_ALPHABET if rx.fullmatch(c))


def _first(seq: list[Atom], flags: int) -> frozenset[str]:
    """Characters a sequence can start with (up to its first atom that must match)."""
    out: set[str] = set()
    for atom in seq:
        if atom.zero_width:
            continue
        out |= _first_of_atom(atom, flags)
        if atom.lo > 0 and not _can_be_empty(atom):
            break
    return frozenset(out)


def _first_of_atom(atom: Atom, flags: int) -> frozenset[str]:
    if atom.alternatives:
        return frozenset().union(*(_first(alt, flags) for alt in atom.alternatives))
    return _chars(atom.source, flags)


def _any_of_atom(atom: Atom, flags: int) -> frozenset[str]:
    """Every character an atom can consume, anywhere in its match."""
    if atom.alternatives:
        return frozenset().union(*(_any_of_atom(a, flags) for alt in atom.alternatives for a in alt))
    return frozenset() if atom.zero_width else _chars(atom.source, flags)


def _tail_growth(seq: list[Atom], flags: int) -> frozenset[str]:
    """Characters that an unbounded run at the end of ``seq`` can keep eating."""
    out: set[str] = set()
    for atom in reversed(seq):
        if atom.unbounded and not atom.safe:
            out |= _any_of_atom(atom, flags)
        elif atom.alternatives and not atom.safe:
            for alt in atom.alternatives:
                out |= _tail_growth(alt, flags)
        if not _can_be_empty(atom):
            break
    return frozenset(out)


def _can_be_empty(atom: Atom) -> bool:
    if atom.zero_width or atom.lo == 0:
        return True
    if atom.alternatives:
        return any(all(_can_be_empty(a) for a in alt) for alt in atom.alternatives)
    return False


def _risk_of_repeat(group: Atom, flags: int) -> str | None:
    """Why an unbounded repeat of ``group`` can backtrack catastrophically, or None."""
    if len(group.alternatives) > 1:
        firsts = [_first(alt, flags) for alt in group.alternatives]
        for a in range(len(firsts)):
            for b in range(a + 1, len(firsts)):
                if firsts[a] & firsts[b]:
                    return (f"overlapping alternatives under a quantifier in {group.source}"
                            f"{_quant(group)}")
    for alt in group.alternatives:
        if _tail_growth(alt, flags) & _first(alt, flags):
            return f"nested quantifier in {group.source}{_quant(group)}: repetitions can split text many ways"
    return None


def _quant(atom: Atom) -> str:
    if atom.lo == 0 and atom.unbounded:
        return "*"
    if atom.lo == 1 and atom.unbounded:
        return "+"
    return f"{{{atom.lo},}}"


def static_risk(pattern: str, *, ignore_case: bool = False) -> str | None:
    """A reason the pattern is prone to catastrophic backtracking, or None.

    >>> static_risk(r"^(a+)+$") is not None
    True
    >>> static_risk(r"^(?:\\s\\p{Lu}[\\p{Lu}.'-]*)*$") is None
    True
    """
    flags = regex.IGNORECASE if ignore_case else 0
    parser = _Parser(pattern)
    try:
        top = parser.alternatives()
    except (IndexError, AttributeError):
        return None
    stack = [a for alt in top for a in alt]
    while stack:
        atom = stack.pop()
        if atom.alternatives and atom.unbounded and not atom.safe and not atom.zero_width:
            reason = _risk_of_repeat(atom, flags)
            if reason:
                return reason
        stack.extend(a for alt in atom.alternatives for a in alt)
    return None


def probe_inputs() -> list[str]:
    """Inputs that make backtracking-prone patterns explode: long runs ending in a misfit."""
    units = ["a", "A", "1", "a ", "ab", "Ab ", " ", ".", "a.", "a,", "-", "é", "Жж "]
    tails = ["!", "\x00", "\n"]
    return [u * PROBE_LENGTH + t for u in units for t in tails]


def probe(compiled: regex.Pattern[str], *, timeout: float = PROBE_TIMEOUT) -> str | None:
    """Run the pattern on adversarial inputs under a timeout; the input that was too slow, or None."""
    for text in probe_inputs():
        try:
            compiled.search(text, timeout=timeout)
        except TimeoutError:
            return text
    return None
