"""Walk the tree once and turn it into text blocks, the HTML analogue of text-dump lines.

A block is the text of one paragraph-level element (``p``, ``h2``, ``li``...) or the loose
text of a container (a ``div`` holding bare text). Inline elements join into the block
around them; a single ``<br>`` is a line break inside a paragraph, two in a row start a
new one. A dropped element becomes one block carrying its reason and is not walked into.
The walk is iterative (``lxml.etree.iterwalk``) so 5,000 nested elements cost no
recursion; each block remembers the element it sits in, for the container choice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import lxml.etree
import regex

from .parse import text_of
from .signals import DROP_TAGS, SILENT_TAGS, class_reason, is_heading_anchor, is_hidden

PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "pre",
                            "figcaption", "caption", "td", "th", "address", "summary"})
BLOCK_TAGS = PARAGRAPH_TAGS | frozenset({
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "dl", "table",
    "tr", "tbody", "thead", "tfoot", "form", "fieldset", "details", "center", "body", "html", "hr", "figure",
    "menu", "hgroup",
})
INLINE_TAGS = frozenset({"a", "span", "b", "i", "em", "strong", "small", "sup", "sub", "abbr", "cite", "code",
                         "font", "time", "mark", "u", "s", "q", "kbd", "var", "bdi", "bdo", "big", "tt", "label"})
# Stripped in C before the walk: never prose, often most of a page's bytes.
STRIPPED_TAGS = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
                 "select", "textarea", "button")
_CAPTION_TAGS = frozenset({"figure", "figcaption", "caption"})
_COUNTED_TAGS = _CAPTION_TAGS | {"article", "main", "blockquote", "a"}  # tags whose depth the walk tracks
_BR = "\x1e"  # stands for <br> while a block is collected
_PARAGRAPH_BREAK = regex.compile(_BR + r"\s*" + _BR + r"[\s" + _BR + r"]*")
MAX_REPORTED_CHARS = 500  # longer dropped elements are reported truncated
# A drop that would take this share of the page's text is the page's frame, not furniture
# ("panel-two-col-sidebar-right" wrapping everything, an ASP.NET <form> around the body).
VETO_SHARE = {"html:class-comment": 0.9}
VETO_DEFAULT = 0.5
FRAME_MIN_SHARE = 0.3  # an <article> holding this share of the page's prose is the story's frame
PROSE_MIN_CHARS = 40  # a <p> this long counts as prose when measuring shares
PROSE_MIN_PAGE_CHARS = 500  # below this much <p> prose, shares are measured on all text


@dataclass(slots=True)
class Block:
    text: str  # whitespace collapsed; full normalisation happens for kept text only (page.py)
    tag: str  # paragraph tag, or "div" for loose text in a container
    element: lxml.etree._Element  # the element the text sits in (the dropped element itself)
    link_chars: int = 0
    is_caption: bool = False
    drop: str | None = None  # why the HTML layer dropped it (html:nav, html:class-share ...)

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / len(self.text)) if self.text else 0.0


@dataclass(slots=True)
class _Open:
    """A block being collected: text pieces and link characters."""

    tag: str
    element: lxml.etree._Element
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0


DropRule = Callable[[lxml.etree._Element], str | None]


def generic_drop(el: lxml.etree._Element, tag: str, inside_article: bool) -> str | None:
    """The generic layer's reason to drop ``el``, or None to keep it."""
    if tag in DROP_TAGS:
        return DROP_TAGS[tag]
    if tag == "header" and not inside_article:
        return "html:header"
    keys = el.keys()
    if not keys:  # most elements: nothing more to look at
        return None
    if ("hidden" in keys or "aria-hidden" in keys or "style" in keys) and is_hidden(el):
        return "html:hidden"
    if tag in INLINE_TAGS:  # a class on a link or a span names style, and words must not go missing
        return None
    if "class" in keys or "id" in keys:
        el_id = el.get("id")
        if el_id and ("-" in el_id or "_" in el_id) and is_heading_anchor(el, el_id):
            el_id = None
        return class_reason(tag, el.get("class"), el_id)
    return None


def _share_measure(root: lxml.etree._Element) -> Callable[[lxml.etree._Element], float]:
    """How much of the page's prose an element holds: its ``<p>`` text, or all its text on
    pages with little ``<p>`` text (``<br>``-separated layouts)."""
    p_chars = {p: n for p in root.iter("p") if (n := len(text_of(p))) >= PROSE_MIN_CHARS}
    total_p = sum(p_chars.values())
    if total_p >= PROSE_MIN_PAGE_CHARS:
        return lambda el: sum(p_chars.get(p, 0) for p in el.iter("p")) / total_p
    total = len(_SPACES.sub("", text_of(root))) or 1
    return lambda el: len(_SPACES.sub("", text_of(el))) / total


_SPACES = regex.compile(r"\s+")


def _report_text(el: lxml.etree._Element) -> str:
    """The text of a dropped element for the report: pieces spaced, cut after
    ``MAX_REPORTED_CHARS`` (a whole comment thread is not joined to be cut)."""
    pieces, size = [], 0
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > 2 * MAX_REPORTED_CHARS:
            break
    return _collapse(" ".join(pieces))


def _story_frames(root: lxml.etree._Element, share_of_page: Callable[[lxml.etree._Element], float]
                  ) -> set[lxml.etree._Element]:
    """Elements wrapping the page's story frame (an ``<article>``, ``<main>`` or
    ``itemprop=articleBody`` holding a good share of its prose): a class word on them
    ("render-target-modal" around a story shown as an overlay) names layout, not furniture."""
    found: set[lxml.etree._Element] = set()
    marked = [*root.iter("article", "main"), *_ARTICLE_BODY(root)]
    for el in marked:
        if el in found or share_of_page(el) < FRAME_MIN_SHARE:
            continue
        found.add(el)
        found.update(el.iterancestors())
    return found


_ARTICLE_BODY = lxml.etree.XPath('//*[@itemprop="articleBody"]')


def _collapse(text: str) -> str:
    return " ".join(text.split())


def walk(root: lxml.etree._Element, extra_drop: DropRule | None = None) -> list[Block]:
    """Every text block of the page in document order, dropped elements as one block each.

    Strips script-like elements from ``root`` in place (read metadata first).
    """
    lxml.etree.strip_elements(root, *STRIPPED_TAGS, with_tail=False)
    share_of_page = _share_measure(root)
    frames = _story_frames(root, share_of_page)
    blocks: list[Block] = []
    stack: list[_Open] = [_Open("div", root)]
    link_depth = article_depth = caption_depth = quote_depth = 0

    def flush(top: _Open) -> None:
        if not top.pieces:
            return
        raw = "".join(top.pieces)
        top.pieces.clear()
        links, top.link_chars = top.link_chars, 0
        if raw.isspace():  # the indentation between tags, most flushes
            return
        chunks = _PARAGRAPH_BREAK.split(raw) if _BR in raw else [raw]
        total = sum(len(c) for c in chunks) or 1
        tag = "blockquote" if quote_depth and top.tag in ("p", "div") else top.tag
        for chunk in chunks:
            text = _collapse(chunk.replace(_BR, " ") if _BR in chunk else chunk)
            if text:
                share = links if len(chunks) == 1 else round(links * len(chunk) / total)
                blocks.append(Block(text, tag, top.element, min(share, len(text)), caption_depth > 0))

    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    skip_subtree = walker.skip_subtree
    skipped: lxml.etree._Element | None = None  # dropped or silent element whose end is pending
    for event, el in walker:
        tag = el.tag
        if tag.__class__ is not str:
            tag = ""
        if event == "start":
            if not tag or tag in SILENT_TAGS:
                skip_subtree()
                skipped = el
                continue
            reason = generic_drop(el, tag, article_depth > 0) or (extra_drop(el) if extra_drop else None)
            if reason:
                framed = el in frames and reason.startswith("html:class-")
                if "/" in reason or (not framed and share_of_page(el) < VETO_SHARE.get(reason, VETO_DEFAULT)):
                    text = _report_text(el)
                    if tag in BLOCK_TAGS and stack[-1].pieces:
                        flush(stack[-1])
                    if text:
                        blocks.append(Block(text[:MAX_REPORTED_CHARS], tag, el, drop=reason))
                    skip_subtree()
                    skipped = el
                    continue
            if tag in _COUNTED_TAGS:
                article_depth += tag in ("article", "main")
                caption_depth += tag in _CAPTION_TAGS
                quote_depth += tag == "blockquote"
                link_depth += tag == "a"
            if tag == "br":
                stack[-1].pieces.append(_BR)
            elif tag in BLOCK_TAGS:
                if stack[-1].pieces:
                    flush(stack[-1])
                stack.append(_Open(tag if tag in PARAGRAPH_TAGS else "div", el))
            text = el.text
        else:
            if el is skipped:
                skipped = None
            elif not tag or tag in SILENT_TAGS:  # a silent element inside a skipped one
                continue
            elif tag in BLOCK_TAGS:
                if len(stack) > 1 and stack[-1].element is el:
                    flush(stack.pop())
                if tag in _COUNTED_TAGS:
                    article_depth -= tag in ("article", "main")
                    caption_depth -= tag in _CAPTION_TAGS
                    quote_depth -= tag == "blockquote"
                if stack[-1].pieces:
                    flush(stack[-1])  # text after a block is a block of its own
            elif tag in _COUNTED_TAGS:
                link_depth -= tag == "a"
                caption_depth -= tag in _CAPTION_TAGS
                quote_depth -= tag == "blockquote"
                article_depth -= tag in ("article", "main")
            text = el.tail
        if text:  # the element's text at its start, its tail at its end
            top = stack[-1]
            top.pieces.append(text)
            if link_depth:
                top.link_chars += len(text.strip())
    while stack:
        flush(stack.pop())
    return blocks
