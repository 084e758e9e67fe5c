"""Why the generic HTML layer drops an element: its tag, it is hidden, or its class/id.

Each decision returns a reason (``html:nav``, ``html:hidden``, ``html:class-share``) so
the record can say what went and why. Class and id names are split into words on
``-``, ``_`` and spaces and matched as whole words: "ad" must not fire on "header",
"shadow", "load" or "badge".
"""

from __future__ import annotations

from functools import lru_cache

import regex

# Elements never shown as text: removed silently (their content is code, not prose).
SILENT_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "video", "audio", "select", "option", "button", "input", "textarea", "head", "title", "link",
    "meta", "map", "source", "track", "img", "picture", "dialog",
})
# Elements whose text is page furniture, not story: tag -> reason.
DROP_TAGS = {
    "nav": "html:nav", "aside": "html:aside", "footer": "html:footer", "form": "html:form",
    "figure": "html:figure", "figcaption": "html:caption", "menu": "html:nav",
}
# Class/id words -> reason suffix. Whole words after splitting on - _ and spaces.
_WORDS = {
    "share": "share", "shares": "share", "sharing": "share", "sharebar": "share", "sharetools": "share",
    "social": "social", "socials": "social", "follow": "social",
    "related": "related", "relatedposts": "related", "recommended": "related", "recommendations": "related",
    "popular": "related", "trending": "related", "suggested": "related", "suggestions": "related",
    "recirc": "related", "recirculation": "related", "readmore": "related", "read-more": "related", "more-stories": "related", "outbrain": "promo",
    "taboola": "promo", "promo": "promo", "promos": "promo", "promoted": "promo", "sponsored": "ad",
    "newsletter": "newsletter", "subscribe": "newsletter", "subscription": "newsletter", "signup": "newsletter",
    "comment": "comment", "comments": "comment", "commentlist": "comment", "disqus": "comment",
    "comentarios": "comment", "commentaires": "comment", "kommentare": "comment", "comunidad": "comment",
    "ranking": "related", "mostread": "related", "most-read": "related",
    "bio": "byline", "biography": "byline", "author": "byline", "authors": "byline", "byline": "byline",
    "contributor": "byline", "about-author": "byline",
    "respond": "comment", "sidebar": "sidebar", "rail": "sidebar",
    "ad": "ad", "ads": "ad", "advert": "ad", "adverts": "ad", "advertisement": "ad", "advertising": "ad",
    "adsense": "ad", "adslot": "ad", "adunit": "ad", "dfp": "ad", "gpt": "ad",
    "breadcrumb": "nav", "breadcrumbs": "nav", "navbar": "nav", "menu": "nav", "pagination": "nav",
    "cookie": "cookie", "cookies": "cookie", "consent": "cookie", "gdpr": "cookie",
    "caption": "caption", "wp-caption-text": "caption", "credit": "caption", "credits": "caption",
    "twitter-tweet": "embed", "instagram-media": "embed", "tiktok-embed": "embed", "embed": "embed",
    "ai2html": "graphic", "g-artboard": "graphic", "interactive-graphic": "graphic", "datawrapper": "graphic",
    "flourish-embed": "graphic",
    "gallery": "gallery", "slideshow": "gallery", "carousel": "gallery", "lightbox": "gallery",
    "player": "media", "vjs": "media", "video": "media", "vid": "media", "countdown": "media",
    "footer": "footer", "masthead": "header", "topbar": "header", "skip": "nav", "modal": "popup", "popup": "popup",
    "tags": "tags", "tag-list": "tags", "keywords": "tags",
}
# Containers that hold the article are never dropped for a class word.
_PROTECTED = frozenset({"html", "body", "article", "main"})
_SPLIT = regex.compile(r"[\s_-]+|(?<=[a-z])(?=[A-Z])")  # also camelCase: "socialShare", "cnnVidFooter"
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


def class_words(el_class: str | None, el_id: str | None) -> list[str]:
    """Whole words of class and id, lowercased; also each full class name ("twitter-tweet")."""
    raw = f"{el_class or ''} {el_id or ''}"
    return raw.lower().split() + [w.lower() for w in _SPLIT.split(raw) if w]


@lru_cache(maxsize=8192)
def class_reason(tag: str, el_class: str | None, el_id: str | None) -> str | None:
    """``html:class-<word>`` when a class or id word marks page furniture."""
    if tag in _PROTECTED or not (el_class or el_id):
        return None
    for word in class_words(el_class, el_id):
        if (reason := _WORDS.get(word)) is not None:
            return f"html:class-{reason}"
    return None


def is_hidden(el) -> bool:
    """``hidden``, ``aria-hidden="true"`` or an inline ``display:none`` / ``visibility:hidden``."""
    get = el.get
    if get("hidden") is not None or (get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = get("style")
    return bool(style and ("none" in style or "hidden" in style) and _HIDDEN_STYLE.search(style))


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SLUG_WORD = regex.compile(r"[^\W_]+")
ANCHOR_MIN_WORDS = 3  # an id of this many words that spells the heading is an anchor


def is_heading_anchor(el, el_id: str) -> bool:
    """An id that spells the element's own heading ("sharing-with-a-single-developer" on a
    section titled "Sharing with a single developer") is a link target, not a furniture name."""
    words = _SLUG_WORD.findall(el_id.lower())
    if len(words) < ANCHOR_MIN_WORDS:
        return False
    head = el
    if el.tag not in _HEADINGS:
        head = next((c for c in el if isinstance(c.tag, str)), None)
        if head is None or head.tag not in _HEADINGS:
            return False
    text = " ".join(head.itertext()).lower()
    return _SLUG_WORD.findall(text)[:ANCHOR_MIN_WORDS] == words[:ANCHOR_MIN_WORDS]

