"""What the classifier knows about each paragraph: its own shape and its place in the page.

Features are plain numbers and flags computed once per page; the classifier and the
revision step read them, so thresholds live with the decisions, not here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from ..fields.headline import TITLE_MAX_WORDS, TITLE_MIN_WORDS, is_title_like
from ..segment import Paragraph, fold
from .stoplists import stoplist, tokens

TAIL_CHARS = 48  # what the end-of-line tests read: a closing "(AP Photo/Name Name)" fits
_TERMINAL = regex.compile(r"""[.!?…]["'”’»)\]]*$|[.!?]\s*\(\S+\)$""")
_DIGIT = regex.compile(r"\d")  # findall: one C call per paragraph
# The per-word tests as one pass over the paragraph (a regex call per word was the cost).
_UPPER_WORD = regex.compile(r"(?:^|(?<=\s))[\"'“‘(\[]?\p{Lu}")
_LINK_WORD = regex.compile(r"(?:^|(?<=\s))(?:https?://|www\.|@\w|#\w|[^\s]+\.(?:com|org|net|co\.uk|ly)(?:/[^\s]*)?(?=\s|$))\S*",
                           regex.I)
_LINK_MARKS = ("://", "www.", ".com", ".org", ".net", ".co.uk", ".ly")  # what a _LINK_WORD match must contain


def ends_like_sentence(key: str) -> bool:
    """Ends on a full stop, "!", "?" or "…", perhaps inside quotes or before a short tag ("(AP)")."""
    return _TERMINAL.search(key[-TAIL_CHARS:]) is not None


def _maybe_link(key: str) -> bool:
    """False when ``key`` cannot hold a link token: plain substring tests, cheaper than the regex."""
    if "@" in key or "#" in key:
        return True
    if "." not in key and "/" not in key:
        return False
    low = key.lower()
    return any(mark in low for mark in _LINK_MARKS)


# A line cut off mid-sentence ends on a comma or a word that cannot end one.
_OPEN_WORDS = frozenset("the a an of to in on for and or but with by at from that as is are was were be has have had "
                        "will would can could his her their its this these who which said told".split())


def _ends_open(key: str) -> bool:
    return key.endswith((",", ";", "'s", "’s")) or key[key.rfind(" ") + 1:].casefold() in _OPEN_WORDS


_FRAGMENT_START = regex.compile(r"^[,;:)\]}»]")
_SPEECH = regex.compile(r"[,.!?][\"'”’]|[\"“”]\s*$")  # '..., she said' / a closing quote: speech, not a title


class PageContext:
    """What a paragraph is compared with: the rest of its page, the headline.

    Only a few decisions read these comparisons (a title-like line between story
    paragraphs, a run at the end of the page), so they are built on first use: the content
    words of every paragraph cost more than all the other features together.
    """

    __slots__ = ("_content", "_folded", "_shared", "headline", "paragraphs", "stops")

    def __init__(self, paragraphs: list[Paragraph], stops: frozenset[str], headline: str | None) -> None:
        self.paragraphs = paragraphs
        self.stops = stops
        self.headline = headline
        self._content: list[set[str]] | None = None
        self._shared: set[str] = set()
        self._folded: Counter[str] | None = None

    def content(self, i: int) -> set[str]:
        """The content words (not stop words, longer than two letters) of paragraph ``i``."""
        if self._content is None:
            stops = self.stops
            self._content = [{t for t in set(tokens(p.key)).difference(stops) if len(t) > 2} for p in self.paragraphs]
            # Content words found in more than one paragraph, to tell "elsewhere" from "here".
            spread = Counter(t for c in self._content for t in c)
            self._shared = {t for t, count in spread.items() if count > 1}
        return self._content[i]

    def topic_share(self, i: int) -> float:
        mine = self.content(i)
        return len(mine & self._shared) / len(mine) if mine else 0.0

    def headline_sim(self, i: int) -> float:
        head = {t for t in tokens(self.headline or "") if t not in self.stops}
        return len(head & self.content(i)) / len(head) if head else 0.0

    def repeats(self, i: int) -> int:
        if self._folded is None:
            self._folded = Counter(fold(p.key) for p in self.paragraphs)
        return self._folded[fold(self.paragraphs[i].key)] - 1


@dataclass(slots=True)
class Features:
    p: Paragraph
    page: PageContext
    pos: int  # position among the paragraphs still in the body, from 0
    from_end: int  # 0 for the last one
    words: int
    chars: int
    stop_density: float  # share of tokens in the page language's stop list
    link_density: float  # share of tokens that are URLs, @handles or #hashtags (or HTML link text)
    terminal: bool  # ends like a sentence
    title_like: bool  # short, capitalised, no sentence end: a headline or a link to one
    fragment: bool  # starts with punctuation: a piece cut from a sentence by the scrape
    ends_open: bool  # ends on a comma or a function word: cut off mid-sentence ("Both of the shops are")

    # Read by few decisions, so computed when asked.
    @property
    def topic_share(self) -> float:
        """Share of its content words found elsewhere in the body."""
        return self.page.topic_share(self.pos)

    @property
    def headline_sim(self) -> float:
        """Share of the headline's words this paragraph carries."""
        return self.page.headline_sim(self.pos)

    @property
    def repeats(self) -> int:
        """How many other paragraphs of the page have the same text."""
        return self.page.repeats(self.pos)

    @property
    def digit_density(self) -> float:
        """Share of characters that are digits."""
        return len(_DIGIT.findall(self.p.key)) / max(1, len(self.p.key))

    @property
    def capital_share(self) -> float:
        """Share of words that start with a capital."""
        return len(_UPPER_WORD.findall(self.p.key)) / (self.words or 1)


def page_features(paragraphs: list[Paragraph], language: str, headline: str | None) -> list[Features]:
    """Features of every paragraph, in order.

    This runs on every paragraph of every page without rules, so it sticks to one cached
    tokenisation, string operations, and regexes on the end of the line where only the end
    matters (keys are normalised: single spaces, so words are counted by spaces).
    """
    stops = stoplist(language)
    page = PageContext(paragraphs, stops, headline)
    n = len(paragraphs)
    out = []
    for i, p in enumerate(paragraphs):
        key = p.key
        nw = key.count(" ") + 1
        ts = tokens(key)
        links = len(_LINK_WORD.findall(key)) if _maybe_link(key) else 0
        out.append(Features(
            p=p,
            page=page,
            pos=i,
            from_end=n - 1 - i,
            words=nw,
            chars=len(key),
            stop_density=(sum(map(stops.__contains__, ts)) / len(ts)) if ts else 0.0,
            link_density=max(links / nw, p.link_density),
            terminal=ends_like_sentence(key),
            title_like=TITLE_MIN_WORDS <= nw <= TITLE_MAX_WORDS and is_title_like(key) and not _SPEECH.search(key),
            fragment=bool(_FRAGMENT_START.match(key)),
            ends_open=_ends_open(key),
        ))
    return out
