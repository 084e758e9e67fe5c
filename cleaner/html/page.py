"""From a parsed page to the paragraph stream the text path uses, plus page metadata.

Order: the outlet's ``[html] strip`` selectors and the generic drops (tags, hidden, class
words) flag blocks during one walk; then the article container is the outlet's ``body``
selector or the generic choice; blocks outside it and link lists inside it go. Every
element or block removed here is reported (``html:nav``, ``reuters/html.strip`` ...), so
``explain`` and the run report see the HTML layer like any rule.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import lxml.etree
import regex

from ..doc import Doc
from ..fields.dateline import DatelineParts
from ..fields.names import parse_credit
from ..normalise import normalise_text
from ..record import Credit, Removal
from ..rules.model import HtmlRules
from ..segment import Paragraph, match_key
from .blocks import BLOCK_TAGS, MAX_REPORTED_CHARS, Block, walk
from .content import ancestors, choose_container, link_heavy
from .metadata import PageMeta, credit_from_meta, iso_date, strip_site_name, time_date
from .parse import text_of
from .selectors import select

BYLINE_MAX_WORDS = 10
HEADLINE_SLACK = 10  # characters: a block this much longer or shorter than the headline is not a repeat of it
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


# Mojibake signatures, stricter than the text path's screen: an accented letter before a
# space or a curly quote ("café ", "été’") is ordinary French or Spanish in a page lxml
# has decoded, and sending every such paragraph to ftfy's badness check cost a third of a
# French page's time.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]"
    "|[\u0420\u0421\u0432][\u0080-\u00bf\u0402-\u040f\u0452-\u045f\u0490\u0491\u2116]"
    "|[\u0080-\u009f\ufffd]"
)
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\u2061-\u2064\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069"
                        "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _normalise_block(text: str) -> str:
    """``normalise_text`` for a block's collapsed text. Plain printable ASCII without an
    ``&`` (most of an English page) is already in its final form; other text without an
    entity or a mojibake signature only needs invisible characters out and NFC."""
    if "&" in text:
        return normalise_text(text)
    if text.isascii():
        return text if text.isprintable() else normalise_text(text)
    if _MOJIBAKE.search(text):
        return normalise_text(text)
    if _INVISIBLE.search(text):
        text = " ".join(_INVISIBLE.sub("", text).split())
    return unicodedata.normalize("NFC", text)


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


_DATE_WORDS = frozenset("""
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september
october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday
saturday sunday am pm a m p et est edt pt pst pdt ct cst cdt gmt bst utc cet cest ist at on updated published posted
last modified of
januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
uhr um aktualisiert veröffentlicht stand vom
janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi
vendredi samedi dimanche le à h publié mis jour
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles
jueves viernes sábado domingo de del actualizado publicado
""".split())
_DATE_TOKEN = regex.compile(r"\p{L}+|\d+")
_YEAR_OR_TIME = regex.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:.h]\d\d\b")
DATE_LINE_MAX_TOKENS = 12
_CELL_TAGS = frozenset({"td", "th", "li", "dd", "dt"})  # a date in a table or list is data (a timeline)


def is_date_line(text: str) -> bool:
    """A block that is only a date and time ("08.04.2015 12:46", "Updated Feb. 21, 2019 1:39 PM ET")."""
    if len(text) > 80 or not _YEAR_OR_TIME.search(text):
        return False
    tokens = _DATE_TOKEN.findall(text.casefold())
    return 1 < len(tokens) <= DATE_LINE_MAX_TOKENS and all(t.isdigit() or t in _DATE_WORDS for t in tokens)


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
    if containers:
        under = {el for c in containers for el in c.iter()}
        in_article = [b for b in alive if b.element in under]
    else:
        in_article = alive
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
        if folded_headline and abs(len(b.text) - len(headline)) <= HEADLINE_SLACK + len(headline) // 2 \
                and _fold(b.text) == folded_headline:
            reason = "field:headline"
        elif id(b) not in kept_ids:
            reason = "html:outside-article"
        elif id(b) in heavy:
            reason = "html:link-density"
        elif is_byline(b.text):
            bylines.append(b.text)
            reason = "html:byline"
        elif (b.element in dated and len(b.text.split()) <= DATELINE_MAX_WORDS) \
                or (b.tag not in _CELL_TAGS and is_date_line(b.text)):
            reason = "html:dateline"
        if reason:
            page.removals.append(Removal(index=at, text=b.text, rule=reason, kind="element"))
            continue
        text = _normalise_block(b.text)
        if not text:
            continue
        key = match_key(text)
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
