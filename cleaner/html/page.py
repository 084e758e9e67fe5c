"""From a parsed page to the paragraph stream the text path uses, plus page metadata.

Order: the outlet's ``[html] strip`` selectors and the generic drops (tags, hidden, class
words) flag blocks during one walk; then the article container is the outlet's ``body``
selector or the generic choice; blocks outside it and link lists inside it go. Every
element or block removed here is reported (``html:nav``, ``reuters/html.strip`` ...), so
``explain`` and the run report see the HTML layer like any rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.etree
import regex

from ..doc import Doc
from ..fields.credit import parse_credit
from ..fields.dateline import DatelineParts
from ..normalise import normalise_text
from ..record import Credit, Removal
from ..rules.model import HtmlRules
from ..segment import _BULLET, Paragraph
from .blocks import BLOCK_TAGS, MAX_REPORTED_CHARS, Block, walk
from .content import ancestors, choose_container, inside, link_heavy
from .metadata import PageMeta, credit_from_meta, iso_date, strip_site_name, time_date
from .parse import text_of
from .selectors import select

BYLINE_MAX_WORDS = 10
DATELINE_MAX_WORDS = 15  # a block holding a <time> and at most this many words is a date line
_BYLINE = regex.compile(r"^(?i:by)\s+\p{Lu}")
_NAME_JOINERS = frozenset({"and", "&", "de", "da", "van", "von", "der", "la", "le", "bin", "al", "el", "|", "-", "–",
                           "—", "•", "·"})
_WORD = regex.compile(r"\w+")


@dataclass(slots=True)
class HtmlPage:
    paragraphs: list[Paragraph]
    removals: list[Removal] = field(default_factory=list)  # what the HTML layer removed
    headline: str | None = None
    date: tuple[str, str] | None = None  # (ISO date, as printed)
    credit: Credit | None = None
    fields_from: dict[str, str] = field(default_factory=dict)


def _fold(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _similar(a: str, b: str | None) -> bool:
    """Same title give or take a site suffix or a kicker: most words shared."""
    if not b:
        return False
    wa, wb = set(_fold(a).split()), set(_fold(b).split())
    return bool(wa and wb) and len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def is_byline(text: str) -> bool:
    """ "By Jane Roe and John Doe | Staff" is a byline; "By the end of the day ..." is story."""
    words = text.split()
    if not _BYLINE.match(text) or len(words) > BYLINE_MAX_WORDS:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_JOINERS for w in words[1:])


def _first_text(root: lxml.etree._Element, xpath) -> str | None:
    for el in select(xpath, root):
        if text := normalise_text(text_of(el)):
            return text
    return None


def _headline(root: lxml.etree._Element, containers: set, meta: PageMeta) -> tuple[str | None, str]:
    """h1 in the article, else an h1 that agrees with the declared title, else that title."""
    titles = [t for t in (meta.og_title, meta.title) if t]
    site = _fold(meta.site_name or "")
    h1s = [(el, text) for el in root.iter("h1") if (text := normalise_text(text_of(el))) and _fold(text) != site]
    for el, text in h1s:
        if containers and not containers.isdisjoint(ancestors(el)):
            return text, "html h1 in article"
    for el, text in h1s:
        if not titles or any(_similar(text, t) for t in titles):
            return text, "html h1"
    if meta.og_title:
        return strip_site_name(meta.og_title, meta.site_name), "meta og:title"
    if meta.title:
        return strip_site_name(meta.title, meta.site_name), "html title"
    return None, ""


def _credit(root: lxml.etree._Element, rules: HtmlRules, meta: PageMeta,
            bylines: list[str]) -> tuple[Credit | None, str]:
    if rules.author is not None:
        names = [t for el in select(rules.author, root) if (t := normalise_text(text_of(el)))]
        if names:
            meta.authors, meta.author_raw = names, ", ".join(names)
    found = credit_from_meta(meta)
    if found:
        raw, authors, agency = found
        return Credit(raw=raw, authors=tuple(authors), agency=agency), meta.author_from or "html author selector"
    if bylines:
        authors, agency = parse_credit(bylines[0])
        return Credit(raw=bylines[0], authors=tuple(authors), agency=agency), "html byline"
    return None, ""


def _date(root: lxml.etree._Element, rules: HtmlRules, meta: PageMeta) -> tuple[tuple[str, str] | None, str]:
    for el in select(rules.date, root):
        value = el.get("datetime") or el.get("content") or normalise_text(text_of(el))
        if iso := iso_date(value):
            return (iso, value.strip()), "html date selector"
    if meta.date and meta.date_raw:
        return (meta.date, meta.date_raw), meta.date_from or "meta"
    found = time_date(root)
    return (found, "html time") if found else (None, "")


def _time_blocks(root: lxml.etree._Element) -> set[lxml.etree._Element]:
    """Block elements holding a ``<time>``: a short one is the page's date line, not story."""
    found = set()
    for t in root.iter("time"):
        el = t.getparent()
        while el is not None and el.tag not in BLOCK_TAGS:
            el = el.getparent()
        if el is not None:
            found.add(el)
    return found


def page_text(blocks: list[Block]) -> str:
    """The page's text blocks, one per line: what outlet fingerprints are searched in."""
    return "\n".join(b.text for b in blocks)


def read_page(root: lxml.etree._Element, meta: PageMeta, rules: HtmlRules,
              blocks: list[Block] | None = None) -> HtmlPage:
    """Paragraphs of the article and the fields the page declares.

    ``blocks`` from an earlier generic walk (used to match the outlet) are reused unless
    the outlet's ``strip`` selectors call for a walk of their own.
    """
    if rules.strip or blocks is None:
        stripped: dict[lxml.etree._Element, str] = {}
        for qid, xpath in rules.strip:
            for el in select(xpath, root):
                stripped.setdefault(el, qid)
        blocks = walk(root, stripped.get if stripped else None)
    alive = [b for b in blocks if b.drop is None]
    containers = set(select(rules.body, root)) or choose_container(alive)
    headline, headline_from = (_first_text(root, rules.headline), "html headline selector")
    if not headline:
        headline, headline_from = _headline(root, containers, meta)
    in_article = [b for b in alive if not containers or inside(b, containers)]
    heavy = {id(in_article[i]) for i in link_heavy(in_article)}
    kept_ids = {id(b) for b in in_article}

    page = HtmlPage(paragraphs=[], headline=headline)
    folded_headline = _fold(headline) if headline else None
    bylines: list[str] = []
    dated = _time_blocks(root)
    for b in blocks:
        at = len(page.paragraphs)
        reason = b.drop
        if reason is not None:
            if reason == "html:class-byline" and is_byline(b.text):
                bylines.append(b.text)
            if len(b.text) >= MAX_REPORTED_CHARS:
                b.text = b.text.rstrip() + "…"
            page.removals.append(Removal(index=at, text=b.text, rule=reason, kind="element"))
            continue
        if folded_headline and _fold(b.text) == folded_headline:
            reason = "field:headline"
        elif id(b) not in kept_ids:
            reason = "html:outside-article"
        elif id(b) in heavy:
            reason = "html:link-density"
        elif is_byline(b.text):
            bylines.append(b.text)
            reason = "html:byline"
        elif b.element in dated and len(b.text.split()) <= DATELINE_MAX_WORDS:
            reason = "html:dateline"
        if reason:
            page.removals.append(Removal(index=at, text=b.text, rule=reason, kind="element"))
            continue
        text = normalise_text(b.text)
        if not text:
            continue
        key = _BULLET.sub("", text) or text
        page.paragraphs.append(Paragraph(index=at, text=text, key=key, bullet=b.tag == "li", tag=b.tag,
                                         link_density=b.link_density, is_caption=b.is_caption))
    page.date, date_from = _date(root, rules, meta)
    page.credit, credit_from = _credit(root, rules, meta, bylines)
    for name, where in (("headline", headline_from), ("dateline", date_from), ("credit", credit_from)):
        if where:
            page.fields_from[name] = where
    return page


def fill_fields(page: HtmlPage, doc: Doc, dateline: DatelineParts, credit: Credit | None) -> Credit | None:
    """Page metadata fills what the text stages did not find; what the text prints wins.

    A declared date becomes the dateline's header part (``raw`` as the page gives it); the
    place still comes only from a printed prefix. Declared authors fill a credit the text
    lacks, or the authors of a credit line that names none.
    """
    if page.headline:
        doc.fields_from.setdefault("headline", page.fields_from.get("headline", "html"))
    if page.date and dateline.header_raw is None:
        dateline.header_date, dateline.header_raw = page.date
        doc.fields_from["dateline"] = page.fields_from.get("dateline", "html")
    if page.credit is None:
        return credit
    if credit is None:
        doc.fields_from["credit"] = page.fields_from.get("credit", "html")
        return page.credit
    if not credit.authors and page.credit.authors:
        return Credit(raw=credit.raw, authors=page.credit.authors, agency=credit.agency or page.credit.agency)
    return credit
