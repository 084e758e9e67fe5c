"""Split a normalised page into paragraphs, the unit every rule and heuristic works on.

Scraped text dumps put one paragraph per line; blank lines are only spacing. A list item
keeps its bullet in ``text`` (it is what was printed) but rules match ``key``, the text
without the bullet, so a rule author writes ``^Most Popular$`` and not ``^\\W*Most ...``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .normalise import is_plain, normalise_paragraph

_BULLETS = "\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2219\u25a0\u25a1\u2043"
_BULLET = regex.compile(rf"^[{_BULLETS}]+\s*")


def match_key(text: str) -> str:
    """What rules match: ``text`` without a leading list bullet."""
    if text[:1] not in _BULLETS or not text:  # most lines: no regex call
        return text
    return _BULLET.sub("", text) or text


def fold(text: str) -> str:
    """Case- and space-insensitive form, for telling repeats of a paragraph."""
    return " ".join(text.casefold().split())


@dataclass(slots=True)
class Paragraph:
    index: int  # position in the page, from 0
    text: str  # normalised text, as printed
    key: str  # text used for matching: ``text`` without a leading bullet
    bullet: bool = False  # the scrape printed it as a list item
    indented: bool = False  # the raw line started with whitespace (list and sidebar markup)
    # Set only for HTML input (empty / zero for text dumps):
    tag: str = ""  # block it came from: h1..h6 | p | li | blockquote | pre | td | dd | div (loose text)
    link_density: float = 0.0  # share of its characters inside <a> links
    is_caption: bool = False  # inside a <figure>, <figcaption> or a caption-like container

    def set_text(self, text: str) -> None:
        """Rewrite the paragraph (a span cut from it); its match key follows."""
        self.text = text
        self.key = match_key(text)


DOUBLED_MIN_WORDS = 6  # each half of a paragraph printed twice over
_TAG_TAIL = regex.compile(r"\s\([^()]{2,40}\)$")  # a station's or agency's tag after the second copy: "(WXYZ)"


def is_doubled(text: str) -> bool:
    """One text printed twice in a row ("A B. A B."), perhaps with a station's tag after it: a
    caption scraped with its picture's alt text, a video's summary with its player's copy."""
    key = _TAG_TAIL.sub("", text)
    half = len(key) // 2
    return len(key) % 2 == 1 and key[half] == " " and key[:half] == key[half + 1:] \
        and len(key[:half].split()) >= DOUBLED_MIN_WORDS


def _tidy_spaces(line: str) -> str:
    if "  " in line or line[:1] == " " or line[-1:] == " ":
        return " ".join(line.split())
    return line


def segment(page: str) -> list[Paragraph]:
    """One paragraph per non-empty line, normalised, with its index and layout hints."""
    paragraphs: list[Paragraph] = []
    # On a plain page (no invisible, odd-space or suspect characters: most pages) the only
    # work left per line is collapsing runs of spaces, and most lines have none.
    tidy = _tidy_spaces if is_plain(page) else normalise_paragraph
    for line in page.split("\n"):
        text = tidy(line)
        if not text:
            continue
        key = match_key(text)
        paragraphs.append(
            Paragraph(
                index=len(paragraphs),
                text=text,
                key=key,
                bullet=key != text,
                indented=line[:1].isspace(),
            )
        )
    return paragraphs


LIST_LOOKBACK = 15  # items between a list's introduction and the line judged
LIST_ITEM_MAX_WORDS = 12


def in_introduced_list(above: list[Paragraph]) -> bool:
    """The line under these is an item of a list the story introduced: above it, up to a line
    ending with ':' ("The following roads are closed:"), only short lines with no stop of their own."""
    for q in reversed(above[-LIST_LOOKBACK:]):
        if q.key.endswith(":"):
            return True
        if len(q.key.split()) > LIST_ITEM_MAX_WORDS or q.key.endswith((".", "!", "?")):
            return False
    return False
