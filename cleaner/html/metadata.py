"""Page metadata that fills the fields a page's text does not print in a readable place.

News pages declare their title, date and authors for social cards (Open Graph), search
engines (JSON-LD ``NewsArticle``) and feed readers (``<meta name=author>``). These are
read before the generic layer strips ``<head>`` and ``<script>``; the headline choice
itself waits for the content container (an ``<h1>`` inside the article beats the rest).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import lxml.etree
import regex

from ..fields.dates import parse_date
from ..fields.names import agency_name, split_names
from ..normalise import normalise_text
from .parse import text_of

_ISO_DATE = regex.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "report", "webpage", "scholarlyarticle")
DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
             "publish-date", "dc.date.issued", "dcterms.created", "date", "sailthru.date", "parsely-pub-date")
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")
_BY = regex.compile(r"^(?i:by)\s+")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")


@dataclass(slots=True)
class PageMeta:
    url: str | None = None  # <link rel=canonical> or og:url
    site_name: str | None = None  # og:site_name
    og_title: str | None = None
    title: str | None = None  # <title>
    date: str | None = None  # ISO date
    date_raw: str | None = None  # as the page gives it
    date_from: str | None = None
    authors: list[str] = field(default_factory=list)
    author_raw: str | None = None
    author_from: str | None = None


def _text(value: Any) -> str:
    return normalise_text(value) if isinstance(value, str) else ""


def _meta_pairs(root: lxml.etree._Element) -> Iterator[tuple[str, str]]:
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        value = m.get("content")
        if key and value and value.strip():
            yield key, value.strip()


def _json_ld(root: lxml.etree._Element) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object on the page, ``@graph`` and lists flattened."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        todo = [data]
        while todo:
            item = todo.pop()
            if isinstance(item, list):
                todo.extend(reversed(item))
            elif isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    todo.extend(reversed(item["@graph"]))
                yield item


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def _ld_authors(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and (text := _text(name)) and not text.startswith("http"):
            names.append(text)
    return names


def iso_date(value: str | None) -> str | None:
    """ISO date of a machine date ("2018-04-05T06:00") or of one as printed."""
    if not value:
        return None
    m = _ISO_DATE.match(value)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return parse_date(value)


def read_meta(root: lxml.etree._Element) -> PageMeta:
    """Collect URL, site name, titles, date and authors from meta tags and JSON-LD."""
    meta = PageMeta()
    metas: dict[str, list[str]] = {}
    for key, value in _meta_pairs(root):
        metas.setdefault(key, []).append(value)
    first = {k: v[0] for k, v in metas.items()}
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            meta.url = link.get("href").strip()
            break
    meta.url = meta.url or first.get("og:url")
    meta.site_name = _text(first.get("og:site_name")) or None
    meta.og_title = _text(first.get("og:title") or first.get("twitter:title")) or None
    title = root.find(".//title")
    meta.title = _text(text_of(title)) if title is not None else None
    for key in DATE_META:
        if (value := first.get(key)) and (iso := iso_date(value)):
            meta.date, meta.date_raw, meta.date_from = iso, value, f"meta {key}"
            break
    for key in AUTHOR_META:
        names = [n for v in metas.get(key, []) for n in _split_authors(v)]
        if names:
            meta.authors, meta.author_raw, meta.author_from = names, ", ".join(names), f"meta {key}"
            break
    for obj in _json_ld(root):
        if not _is_article(obj):
            continue
        if meta.date is None and isinstance(obj.get("datePublished"), str):
            meta.date = iso_date(obj["datePublished"])
            meta.date_raw, meta.date_from = obj["datePublished"].strip(), "json-ld datePublished"
        if not meta.authors and (names := _ld_authors(obj.get("author"))):
            meta.authors, meta.author_raw, meta.author_from = names, ", ".join(names), "json-ld author"
        meta.og_title = meta.og_title or _text(obj.get("headline")) or None
    return meta


def _split_authors(value: str) -> list[str]:
    """Names in an author meta value; a URL (a profile page) names nobody."""
    text = _BY.sub("", _text(value))
    if not text or "://" in text or text.startswith("www."):
        return []
    return split_names(text) or [text]


def time_date(root: lxml.etree._Element) -> tuple[str, str] | None:
    """The first ``<time datetime>`` on the page: (ISO date, date as printed)."""
    for t in root.iter("time"):
        iso = iso_date(t.get("datetime"))
        if iso:
            return iso, _text(text_of(t)) or t.get("datetime", "").strip()
    return None


def strip_site_name(title: str, site_name: str | None) -> str:
    """``"Story | Site"`` -> ``"Story"``, only when the part cut off names the site."""
    if not site_name:
        return title
    folded_site = site_name.casefold()
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head and (tail.casefold() == folded_site or tail.casefold().startswith(folded_site + " ")):
            return head.strip()
        head, found, tail = title.partition(sep)
        if found and tail and head.casefold() == folded_site:
            return tail.strip()
    return title


def credit_from_meta(meta: PageMeta) -> tuple[str, list[str], str | None] | None:
    """``(raw, authors, agency)`` from the declared authors; an agency is not a person."""
    if not meta.authors:
        return None
    people = [a for a in meta.authors if agency_name(a) is None]
    agency = next((agency_name(a) for a in meta.authors if agency_name(a)), None)
    return meta.author_raw or ", ".join(meta.authors), people, agency
