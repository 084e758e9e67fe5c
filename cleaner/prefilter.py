"""Which rule patterns may match a paragraph, found in one linear-time pass (RE2::Set).

The ``regex`` module gives rule authors Unicode classes, lookarounds and timeouts, but it
backtracks and costs microseconds per call before matching anything; asking 180 patterns
about every paragraph dominated a run. RE2 matches a whole set of patterns in one DFA pass.
Each rule pattern is translated into an RE2 pattern that matches *at least* what the
original does (zero-width assertions such as lookarounds and ``\\b`` are dropped, ``\\w``
``\\d`` ``\\s`` become their Unicode classes); a pattern that cannot be translated is
always a candidate. The ``regex`` module then confirms each candidate under its timeout,
so results are exactly those of asking every pattern.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import re2
import regex

# Unicode meanings of the regex module's shorthand classes (RE2's are ASCII-only).
_WORD = r"\p{L}\p{N}\p{M}_"
_SPACE = r"\s\p{Z}\x{85}\x{1c}-\x{1f}"
_CLASS_OUTSIDE = {"w": f"[{_WORD}]", "W": f"[^{_WORD}]", "d": r"\p{Nd}", "D": r"\P{Nd}",
                  "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]"}
_CLASS_INSIDE = {"w": _WORD, "d": r"\p{Nd}", "s": _SPACE}  # \W \D \S inside [...] cannot be widened
_DROP = set("bBAGZz")  # zero-width: dropping them only widens the match (\A \Z \z \G too)
_UNSUPPORTED = set("0123456789gNXKLQEpP")  # backrefs, named chars, \K ...; \p handled apart
_COUNTED = regex.compile(r"\{\d*,?\d*\}")
_OPTIONS = re2.Options()
_OPTIONS.never_capture = True
_OPTIONS.max_mem = 64 << 20


class Untranslatable(ValueError):
    """A pattern RE2 cannot stand in for: it is always a candidate."""


def to_re2(rx: regex.Pattern[str]) -> str:
    """An RE2 pattern matching a superset of what ``rx`` matches (for one paragraph)."""
    if rx.flags & (regex.VERBOSE | regex.REVERSE | regex.BESTMATCH | regex.ENHANCEMATCH | regex.FULLCASE & 0):
        raise Untranslatable("flags")
    flags = "".join(f for flag, f in ((regex.IGNORECASE, "i"), (regex.DOTALL, "s"), (regex.MULTILINE, "m"))
                    if rx.flags & flag)
    body = _core(_translate(rx.pattern))
    return f"(?{flags}){body}" if flags else body


_ATOM = regex.compile(r"""\\(?:[pP]\{[^}]*\}|x\{[^}]*\}|.)|\[\^?\]?(?:\\.|[^\]])*\]|\(|\)|\||.""", regex.S)
_QUANTIFIER = regex.compile(r"[*+?][?+]?")


def _core(body: str) -> str:
    """The most demanding stretch of ``body`` between top-level gaps (``.*``, ``[^.!?]+``).

    Whatever matches the whole pattern contains a match of each stretch, so one stretch is
    still a superset. It keeps the combined automaton small: a gap lets any text through
    while the parts on both sides are tracked at once, and hundreds of patterns with gaps
    multiply those states (the DFA cache then costs tens of MB and thrashes when capped).
    """
    pieces: list[tuple[str, str]] = []  # (atom, quantifier) at depth 0; groups whole
    depth, i, start = 0, 0, 0
    while i < len(body):
        m = _ATOM.match(body, i)
        atom = m.group(0)
        i = m.end()
        if atom == "(":
            depth += 1
            if depth == 1:
                start = m.start()
            continue
        if atom == ")":
            depth -= 1
            if depth == 0:
                atom = body[start:i]
            else:
                continue
        elif depth:
            continue
        elif atom == "|":
            return body  # a top-level alternation: no single stretch stands for it
        q = _QUANTIFIER.match(body, i)
        quant = q.group(0) if q else ""
        i = q.end() if q else i
        if atom.startswith("(?") and regex.match(r"\(\?[a-zA-Z]+\)$", atom) and pieces:
            return body  # an inline flag after the start would be lost
        pieces.append((atom, quant))
    flags = pieces.pop(0)[0] if pieces and regex.match(r"\(\?[a-zA-Z]+\)$", pieces[0][0]) else ""
    stretches: list[list[tuple[str, str]]] = [[]]
    for atom, quant in pieces:
        if quant[:1] in ("*", "+") and (atom == "." or atom.startswith("[^")):
            stretches.append([])
        else:
            stretches[-1].append((atom, quant))
    if len(stretches) == 1:
        return body
    best = max(stretches, key=lambda st: sum(1 for atom, quant in st if quant[:1] not in ("*", "?") and atom != "."))
    if not best:
        return body
    return flags + "".join(atom + quant for atom, quant in best)


def _translate(p: str) -> str:
    out: list[str] = []
    i, n = 0, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            i = _escape(p, i, out, inside=False)
            continue
        if c == "[":
            i = _char_class(p, i, out)
            continue
        if c == "(" and p.startswith("(?", i):
            i = _group(p, i, out)
            continue
        if c in "*+?}" and i + 1 < n and p[i + 1] == "+":  # possessive quantifier
            out.append(c)
            i += 2
            continue
        if c == "{" and regex.match(r"\{\s*[ei]", p[i:]):
            raise Untranslatable("fuzzy matching")
        if c == "{" and (m := _COUNTED.match(p, i)):
            # x{m,n} -> x+ (m >= 1) or x* (m = 0): a superset that keeps the combined DFA
            # small (counted repeats multiply its states) yet still demands one x when
            # the original does, or "\*{2,}...\*{2,}" would screen in every line.
            low = m.group(0)[1:-1].split(",")[0].strip()
            out.append("+" if low and int(low) >= 1 else "*")
            i = m.end()
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _escape(p: str, i: int, out: list[str], *, inside: bool) -> int:
    if i + 1 >= len(p):
        raise Untranslatable("trailing backslash")
    e = p[i + 1]
    if e in "pP":  # \p{Lu} as in RE2; \pL too
        m = regex.match(r"\\[pP](\{[^}]*\}|\w)", p[i:])
        if not m:
            raise Untranslatable("property")
        out.append(m.group(0))
        return i + len(m.group(0))
    if not inside and e in _DROP:
        return i + 2
    table = _CLASS_INSIDE if inside else _CLASS_OUTSIDE
    if e in table:
        out.append(table[e])
        return i + 2
    if e in "wWdDsS" or e in _UNSUPPORTED:
        raise Untranslatable(f"\\{e}")
    if e == "x":
        m = regex.match(r"\\x(\{[0-9a-fA-F]+\}|[0-9a-fA-F]{2})", p[i:])
        if not m:
            raise Untranslatable("\\x")
        out.append(m.group(0))
        return i + len(m.group(0))
    if e in "uU":
        m = regex.match(r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})", p[i:])
        if not m:
            raise Untranslatable("\\u")
        out.append("\\x{%s}" % (m.group(1) or m.group(2)))
        return i + len(m.group(0))
    if e in "ntrfva":
        out.append("\\" + e)
        return i + 2
    if e.isalnum():
        raise Untranslatable(f"\\{e}")
    out.append("\\" + e)  # an escaped punctuation character
    return i + 2


def _char_class(p: str, i: int, out: list[str]) -> int:
    out.append("[")
    i += 1
    if i < len(p) and p[i] == "^":
        out.append("^")
        i += 1
    first = True
    while i < len(p):
        c = p[i]
        if c == "]" and not first:
            out.append("]")
            return i + 1
        if c == "[":
            if p.startswith("[:", i):  # POSIX class
                end = p.find(":]", i)
                if end < 0:
                    raise Untranslatable("class")
                out.append(p[i:end + 2])
                i = end + 2
                first = False
                continue
            raise Untranslatable("nested set")
        if c == "\\":
            if i + 1 < len(p) and p[i + 1] in _DROP:
                raise Untranslatable("\\b in a set")
            i = _escape(p, i, out, inside=True)
        else:
            if c == "]":
                out.append("\\]")
            else:
                out.append(c)
            i += 1
        first = False
    raise Untranslatable("unclosed set")


def _group(p: str, i: int, out: list[str]) -> int:
    """``(?...)`` constructs: lookarounds vanish, named/atomic groups become plain groups."""
    rest = p[i:]
    if rest.startswith(("(?=", "(?!", "(?<=", "(?<!")):
        return _skip_group(p, i)
    if rest.startswith("(?#"):
        end = p.find(")", i)
        if end < 0:
            raise Untranslatable("comment")
        return end + 1
    m = regex.match(r"\(\?P?<\w+>", rest)
    if m:
        out.append("(?:")
        return i + len(m.group(0))
    if rest.startswith(("(?:", "(?>")):
        out.append("(?:")
        return i + 3
    m = regex.match(r"\(\?([imsx]*)(?:-([imsx]*))?([:)])", rest)
    if m and "x" not in (m.group(1) + (m.group(2) or "")):
        out.append(m.group(0))
        return i + len(m.group(0))
    raise Untranslatable("group construct")


def _skip_group(p: str, i: int) -> int:
    depth, n = 0, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < n and p[i] == "^":
                i += 1
            if i < n and p[i] == "]":
                i += 1
            while i < n and p[i] != "]":
                i += 2 if p[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise Untranslatable("unclosed group")


class Prefilter:
    """Candidate patterns for a text: RE2 hits plus the patterns RE2 could not take.

    Patterns are compiled in multi-line mode, so the text may be one paragraph or a whole
    page of paragraphs joined by newlines: a page is screened in one pass, and only the
    few patterns that may match somewhere are then asked which lines they may match.
    """

    __slots__ = ("always", "index", "set", "translated", "_single")

    def __init__(self, patterns: tuple[regex.Pattern[str], ...]) -> None:
        always: list[int] = []
        index: list[int] = []
        translated: dict[int, str] = {}
        rset = re2.Set.SearchSet(_OPTIONS)
        for k, rx in enumerate(patterns):
            try:
                pattern = "(?m)" + to_re2(rx)
                rset.Add(pattern)
            except (Untranslatable, re2.error):
                always.append(k)
                continue
            index.append(k)
            translated[k] = pattern
        self.always = frozenset(always)
        self.index = tuple(index)
        self.translated = translated
        self._single: dict[int, re2._Regexp] = {}
        self.set = None
        if index:
            try:
                rset.Compile()
                self.set = rset
            except re2.error:  # too big for max_mem: every pattern is a candidate
                self.always = frozenset(range(len(patterns)))
                self.index = ()

    def candidates(self, text: str | bytes) -> frozenset[int]:
        """Indices of the patterns that may match ``text`` (a superset of those that do).

        ``text`` may be UTF-8 bytes: RE2 works on those, and a str is encoded on every call.
        """
        if self.set is None:
            return self.always
        hits = self.set.Match(text)
        if not hits:
            return self.always
        return self.always | {self.index[h] for h in hits}

    def line_candidates(self, lines: Sequence[str]) -> list[tuple[int, set[int] | None]]:
        """For each pattern that may match one of ``lines``: its index and the positions of
        the lines it may match (None: every line, for a pattern RE2 could not take).

        One RE2 pass over the joined page finds the candidate patterns; each candidate then
        scans the page once more, and every line a match touches is a candidate line. A
        superset match may run across a newline, so all the lines it touches count. The
        page is encoded once and searched as bytes: given a str, the RE2 binding encodes it
        again and maps every offset back to characters, which cost more than the search.
        """
        if not lines:
            return []
        data = "\n".join(lines).encode("utf-8", "surrogatepass")
        hits = self.candidates(data)
        if not hits:
            return []
        out: list[tuple[int, set[int] | None]] = []
        for k in sorted(hits):
            if k in self.always:
                out.append((k, None))
                continue
            positions: set[int] = set()
            for m in self._compiled(k).finditer(data):
                first = data.count(b"\n", 0, m.start())
                last = first + data.count(b"\n", m.start(), max(m.start(), m.end() - 1))
                positions.update(range(first, last + 1))
            if positions:
                out.append((k, positions))
        return out

    def candidate_lines(self, lines: Sequence[str]) -> set[int]:
        """Positions of the lines some pattern may match (the union of :meth:`line_candidates`)."""
        found: set[int] = set()
        for _, positions in self.line_candidates(lines):
            if positions is None:
                return set(range(len(lines)))
            found |= positions
        return found

    def _compiled(self, k: int) -> re2._Regexp:
        if k not in self._single:
            self._single[k] = re2.compile(self.translated[k], _OPTIONS)
        return self._single[k]


@lru_cache(maxsize=1024)
def prefilter_for(patterns: tuple[regex.Pattern[str], ...]) -> Prefilter:
    """One compiled prefilter per distinct tuple of patterns (rulesets are reused)."""
    return Prefilter(patterns)
