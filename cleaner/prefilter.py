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

from collections.abc import Callable, Sequence
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
    # (anchors demand nothing: "^" alone would screen in every paragraph)
    # (on a tie the longer stretch: a group names more than one class, "(?:\s?\|\s?...\d...)+" more than "\d")
    best = max(stretches, key=lambda st: (sum(1 for atom, quant in st
                                              if quant[:1] not in ("*", "?") and atom not in (".", "^", "$")),
                                          sum(len(atom) for atom, _ in st)))
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


# From this many patterns anchored at the start of a line, a set screens lines as two: those
# patterns anchored (RE2 stops reading a line once none of them can match) and the rest.
# Together in one unanchored set, every line-start prefix is tracked alongside every
# partial match of the others, and the product of the two is the lazy DFA's states: half
# the cost of a process's first pages was building them. Small sets gain nothing by it.
SPLIT_MIN_LEADS = 32

# Patterns per compiled set. The lazy DFA of one set tracks every pattern's partial matches
# together, so its states grow with the combinations the text brings out, and a process pays
# for building them on its first pages: one unanchored set of 250 patterns cost 0.65 s on
# the 443 raw pages before it was warm, four sets of 64 cost 0.19 s, and warm they scan the
# same pages in 0.018 s and 0.023 s. Anchored sets stop at the first bytes of a line, so
# their combinations stay few and they split less.
CHUNK_UNANCHORED = 64
CHUNK_ANCHORED = 256

_LEAD = regex.compile(r"(\(\?[a-zA-Z]+\))?\^(?![*+?{])(.*)", regex.S)


def line_start_body(pattern: str) -> str | None:
    """``pattern`` (an RE2 translation) without the ``^`` that anchors all of it at the start of
    a line, to be matched anchored at the start of each line; None if it is not so anchored."""
    m = _LEAD.fullmatch(pattern)
    if m is None or _top_level_alternation(pattern):
        return None
    return (m.group(1) or "") + m.group(2)


def _top_level_alternation(pattern: str) -> bool:
    depth, i = 0, 0
    while i < len(pattern):
        atom = _ATOM.match(pattern, i).group(0)
        i += len(atom)
        if atom == "(":
            depth += 1
        elif atom == ")":
            depth -= 1
        elif atom == "|" and depth == 0:
            return True
    return False


class _Set:
    """One compiled RE2 set over some of a :class:`Prefilter`'s patterns (``index``: set -> pattern)."""

    __slots__ = ("failed", "index", "match")

    def __init__(self, patterns: dict[int, str], *, anchored: bool) -> None:
        rset = re2.Set.MatchSet(_OPTIONS) if anchored else re2.Set.SearchSet(_OPTIONS)
        index: list[int] = []
        self.failed: list[int] = []  # patterns RE2 refused: always candidates
        for k, pattern in patterns.items():
            try:
                rset.Add(pattern)
            except re2.error:
                self.failed.append(k)
                continue
            index.append(k)
        self.index = tuple(index)
        self.match: Callable[[bytes], list[int] | None] | None = None
        if index:
            rset.Compile()  # re2.error when too big for max_mem
            # The binding's own Match, on bytes: the wrapper's re-checks the type on every
            # call, and a set is asked about every line of most pages.
            self.match = getattr(rset, "_set", rset).Match

    def collect(self, parts: list[bytes], found: dict[int, set[int] | None]) -> None:
        """Add to ``found`` the position of each line in ``parts`` where a pattern may match."""
        match, index = self.match, self.index
        if match is None:
            return
        for pos, line in enumerate(parts):
            hits = match(line)
            if hits:
                for h in hits:
                    positions = found.get(index[h])
                    if positions is None:
                        found[index[h]] = {pos}
                    else:
                        positions.add(pos)


class _Sets:
    """Consecutive chunks of one list of patterns, each its own :class:`_Set` (see :data:`CHUNK_UNANCHORED`)."""

    __slots__ = ("chunks", "failed")

    def __init__(self, patterns: dict[int, str], *, anchored: bool) -> None:
        size = CHUNK_ANCHORED if anchored else CHUNK_UNANCHORED
        items = list(patterns.items())
        self.chunks = tuple(_Set(dict(items[i:i + size]), anchored=anchored) for i in range(0, len(items), size))
        self.failed = [k for chunk in self.chunks for k in chunk.failed]

    def hits(self, data: bytes) -> set[int]:
        """Indices of the patterns that may match ``data``."""
        found: set[int] = set()
        for chunk in self.chunks:
            if chunk.match is not None and (hits := chunk.match(data)):
                found.update(chunk.index[h] for h in hits)
        return found

    def collect(self, page: Page, found: dict[int, set[int] | None], *, gate: bool) -> None:
        """:meth:`_Set.collect` over the page's lines for each chunk; with ``gate``, only for
        the chunks that may match somewhere in the whole page (one pass, then one per line)."""
        for chunk in self.chunks:
            if chunk.match is not None and (not gate or chunk.match(page.data)):
                chunk.collect(page.parts(), found)


class Prefilter:
    """Candidate patterns for a text: RE2 hits plus the patterns RE2 could not take.

    Patterns are compiled in multi-line mode, so the text may be one paragraph or a whole
    page of paragraphs joined by newlines: a page is screened in one pass, and only on a
    page where some pattern may match are its lines screened one by one. The RE2 sets are
    compiled on first use, for texts or for lines (see :data:`SPLIT_MIN_LEADS`).
    """

    __slots__ = ("_lines", "_whole", "always", "size", "translated")

    def __init__(self, patterns: tuple[regex.Pattern[str], ...]) -> None:
        self.size = len(patterns)
        always: list[int] = []
        self.translated: dict[int, str] = {}
        for k, rx in enumerate(patterns):
            try:
                self.translated[k] = to_re2(rx)
            except Untranslatable:
                always.append(k)
        self.always = frozenset(always)
        self._whole: tuple[_Sets | None, frozenset[int]] | None = None
        self._lines: tuple[_Sets | None, _Sets | None, frozenset[int]] | None = None

    def _build_whole(self) -> tuple[_Sets | None, frozenset[int]]:
        """One unanchored multi-line set over every pattern."""
        if self._whole is None:
            try:
                whole = _Sets({k: "(?m)" + p for k, p in self.translated.items()}, anchored=False)
                self._whole = (whole, self.always | frozenset(whole.failed))
            except re2.error:  # too big for max_mem: every pattern is a candidate
                self._whole = (None, frozenset(range(self.size)))
        return self._whole

    def _build_lines(self) -> tuple[_Sets | None, _Sets | None, frozenset[int]]:
        """For lines: (line-start patterns anchored, the others, always), or the whole set."""
        if self._lines is None:
            leads = {k: body for k, p in self.translated.items() if (body := line_start_body(p)) is not None}
            if len(leads) >= SPLIT_MIN_LEADS:
                try:
                    lead = _Sets({k: "(?m)" + b for k, b in leads.items()}, anchored=True)
                    rest = _Sets({k: "(?m)" + p for k, p in self.translated.items() if k not in leads},
                                 anchored=False)
                    self._lines = (lead, rest, self.always | frozenset(lead.failed + rest.failed))
                except re2.error:
                    pass
            if self._lines is None:
                whole, always = self._build_whole()
                self._lines = (None, whole, always)
        return self._lines

    def candidates(self, text: str | bytes) -> frozenset[int]:
        """Indices of the patterns that may match ``text`` (a superset of those that do)."""
        whole, always = self._whole or self._build_whole()
        if whole is None:
            return always
        hits = whole.hits(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
        return always | hits if hits else always

    def line_candidates(self, lines: Sequence[str]) -> list[tuple[int, set[int] | None]]:
        """For each pattern that may match one of ``lines``: its index and the positions of
        the lines it may match (None: every line, for a pattern RE2 could not take)."""
        return self.page_candidates(Page(lines)) if lines else []

    def page_candidates(self, page: Page) -> list[tuple[int, set[int] | None]]:
        """:meth:`line_candidates` for a page already encoded (shared by a :class:`SplitPrefilter`'s parts).

        One RE2 pass over the joined page tells which chunk of patterns may match; only such
        a chunk is asked about each line on its own (line-start patterns, when apart, are asked
        at once: anchored, a line costs them a few bytes). Asking per line costs a call per
        line but no per-pattern automaton: scanning the page once more with each candidate
        pattern (as this did before) compiled a separate RE2 for every pattern ever hit, a
        tenth of a second of every process's first pages, and was slower once warm too. A
        rule is applied to one line at a time, so a line it matches is matched by its RE2
        superset alone: every matching line is found, none through a match straddling two.
        """
        lead, rest, always = self._lines or self._build_lines()
        found: dict[int, set[int] | None] = dict.fromkeys(always)
        if lead is not None:
            lead.collect(page, found, gate=False)
        if rest is not None:
            rest.collect(page, found, gate=True)
        return sorted(found.items())

    def candidate_lines(self, lines: Sequence[str]) -> set[int]:
        """Positions of the lines some pattern may match (the union of :meth:`line_candidates`)."""
        return _union(self.line_candidates(lines), len(lines))


class Page:
    """Lines of a page as UTF-8: joined once for the whole-page pass, split for the per-line one.

    Given a str, the RE2 binding encodes it on every call and maps offsets back to
    characters, which costs more than the search; so the page is encoded once.
    """

    __slots__ = ("_parts", "data", "lines")

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.data = "\n".join(lines).encode("utf-8", "surrogatepass")
        self._parts: list[bytes] | None = None

    def parts(self) -> list[bytes]:
        """Each line as bytes (split from the joined page: one C call instead of one per line)."""
        if self._parts is None:
            parts = self.data.split(b"\n")
            if len(parts) != len(self.lines):  # a line holding a newline of its own
                parts = [line.encode("utf-8", "surrogatepass") for line in self.lines]
            self._parts = parts
        return self._parts


def _union(candidates: list[tuple[int, set[int] | None]], n: int) -> set[int]:
    found: set[int] = set()
    for _, positions in candidates:
        if positions is None:
            return set(range(n))
        found |= positions
    return found


class SplitPrefilter:
    """A :class:`Prefilter` over consecutive parts of a pattern list, each part its own RE2 set.

    Every outlet's rules are the generic layer's plus a few of its own. Screened as one set,
    each outlet recompiled the generic layer's few hundred patterns (a tenth of a second)
    and warmed its own lazy DFA over them (as much again); as parts, the generic part is
    one set shared by all outlets (``prefilter_for`` caches it) and an outlet adds a small
    one. Indices are those of the whole list, as with a single Prefilter.
    """

    __slots__ = ("parts",)

    def __init__(self, parts: Sequence[tuple[regex.Pattern[str], ...]]) -> None:
        self.parts: list[tuple[int, Prefilter]] = []
        offset = 0
        for patterns in parts:
            if patterns:
                self.parts.append((offset, prefilter_for(patterns)))
            offset += len(patterns)

    def candidates(self, text: str | bytes) -> frozenset[int]:
        """Indices of the patterns that may match ``text`` (a superset of those that do)."""
        if isinstance(text, str) and len(self.parts) > 1:
            text = text.encode("utf-8", "surrogatepass")
        return frozenset(offset + k for offset, screen in self.parts for k in screen.candidates(text))

    def line_candidates(self, lines: Sequence[str]) -> list[tuple[int, set[int] | None]]:
        """As :meth:`Prefilter.line_candidates`, in index order."""
        if not lines:
            return []
        page = Page(lines)
        return [(offset + k, positions) for offset, screen in self.parts
                for k, positions in screen.page_candidates(page)]

    def candidate_lines(self, lines: Sequence[str]) -> set[int]:
        """Positions of the lines some pattern may match (the union of :meth:`line_candidates`)."""
        return _union(self.line_candidates(lines), len(lines))


@lru_cache(maxsize=1024)
def prefilter_for(patterns: tuple[regex.Pattern[str], ...]) -> Prefilter:
    """One compiled prefilter per distinct tuple of patterns (rulesets are reused)."""
    return Prefilter(patterns)
