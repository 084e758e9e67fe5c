"""Headline and standfirst: read from the top of the page, never invented.

An outlet rule says where its headline sits (``from = "first"``); the generic layer only
accepts a first line that looks like a title (``from = "title-like"``).
"""

from __future__ import annotations

from typing import Any

import regex

from ..doc import Doc
from ..normalise import normalise_paragraph
from ..segment import Paragraph

TITLE_MAX_WORDS = 25  # longer first lines are story text or captions, not titles
TITLE_MIN_WORDS = 2
# A title does not end like a sentence or a label; '?' and '!' are allowed ("Who Won?").
_NOT_TITLE_END = regex.compile(r"[.,;:\-–—…]$")
_STARTS_UPPER = regex.compile(r"^[\p{Lu}\p{N}\"'“‘(\[]")
_TITLE_WORD = regex.compile(r"^[\p{Lu}\p{N}\"'“‘(]")


def is_title_like(text: str) -> bool:
    """A short line that starts with a capital and does not end like a sentence."""
    words = text.split()
    if not TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS:
        return False
    if _NOT_TITLE_END.search(text) or not _STARTS_UPPER.match(text):
        return False
    # Title case or sentence case both pass; a mostly lowercase line is a label or tag.
    capitals = sum(1 for w in words if _TITLE_WORD.match(w))
    return capitals >= max(1, len(words) // 4)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _drop_repeats(doc: Doc, value: str, rule: str) -> None:
    folded = _fold(value)
    for p in doc.alive():
        if _fold(p.key) == folded:
            doc.remove(p, rule)


def extract_headline(doc: Doc, spec: dict[str, Any] | None) -> str | None:
    if not spec or spec["from"] == "none":
        return None
    alive = doc.alive()
    if len(alive) < 2:  # a lone line is the whole page, not a title over a story
        return None
    p = alive[0]
    text = p.text
    rest: str | None = None
    if spec["split"] is not None:
        m = doc.search(spec["split"], text, "field:headline", p.index)
        if m and m.start() > 0:
            text, rest = normalise_paragraph(text[: m.start()]), normalise_paragraph(text[m.start():])
    if len(text.split()) > spec["max_words"]:
        return None
    if spec["pattern"] is not None and not doc.search(spec["pattern"], text, "field:headline", p.index):
        return None
    if spec["from"] == "title-like" and not is_title_like(text):
        return None
    if rest:
        # The first line also carries what follows the title (e.g. "Posted: ..."): keep that.
        from ..record import Removal

        doc.spans.append(Removal(index=p.index, text=text, rule="field:headline", kind="span"))
        p.text = p.key = rest
    else:
        doc.remove(p, "field:headline")
    doc.fields_from["headline"] = f"paragraph {p.index}"
    _drop_repeats(doc, text, "field:headline-repeat")
    return text


def extract_standfirst(doc: Doc, spec: dict[str, Any] | None, headline: str | None) -> str | None:
    if not spec or spec["from"] == "none" or headline is None:
        return None
    alive = doc.alive()
    if len(alive) < 2:
        return None
    p: Paragraph = alive[0]
    words = len(p.text.split())
    if not spec["min_words"] <= words <= spec["max_words"]:
        return None
    if spec["pattern"] is not None and not doc.search(spec["pattern"], p.text, "field:standfirst", p.index):
        return None
    doc.remove(p, "field:standfirst")
    doc.fields_from["standfirst"] = f"paragraph {p.index}"
    _drop_repeats(doc, p.text, "field:standfirst-repeat")
    return p.text
