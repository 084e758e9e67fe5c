"""Credit lines: which paragraphs are credits is rule data; finding them on the page is here.

A byline sits under the headline, a wire's sign-off under the story, and the same shapes
elsewhere credit a picture: where a line stands decides. Reading what a line names is
:mod:`cleaner.fields.names`.
"""

from __future__ import annotations

from typing import Any

import regex

from ..doc import Doc
from ..prefilter import prefilter_for
from ..record import BUILT_IN_REMOVERS, Credit
from ..segment import Paragraph
from .dates import STAMP
from .names import (
    BYLINE,
    PICTURE_WORDS,
    WIRE_POST,
    agency_name,
    are_names,
    is_bare_byline,
    is_name_and_paper,
    is_organisation,
    is_service,
    parse_credit,
)


def _unwrap(text: str) -> str:
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return text


_CHART_LABEL = regex.compile(r"^(?:Chart|Graphic|Graph|Map|Table|Infographic|Data)\s*:\s")
_SOURCE_LINE = regex.compile(r"^Sources?\s*:")


def _under_chart(doc: Doc, p: Paragraph) -> bool:
    """A "Source:" line right under a chart's label names the chart's data, not the story's wire."""
    return p.index > 0 and _SOURCE_LINE.match(p.key) is not None \
        and _CHART_LABEL.match(doc.paragraphs[p.index - 1].key) is not None


def take_credit_lines(doc: Doc, spec: dict[str, Any] | None) -> list[str]:
    """Move credit lines out of the body; read them later with :func:`build_credit`.

    Taking them before the dateline prefix is read lets a byline printed above the
    opening ("By Jane Roe" / "CITY -- ...") leave the way clear for the prefix.
    """
    if not spec or not spec["patterns"]:
        return []
    alive = doc.alive()
    top = _top_byline(doc, spec, alive)
    if spec["within_last"]:
        alive = alive[-spec["within_last"]:]
    lines: list[tuple[int, str]] = []  # in the page's order
    for taken in (_top_taken(doc, spec), _tail_wire(doc)):
        if taken is None:
            continue
        lines.append((taken.index, taken.key))
        doc.reassign(taken, "field:credit")
        doc.fields_from["credit"] = f"paragraph {taken.index}"
    patterns = tuple(spec["patterns"])
    may = prefilter_for(patterns).candidate_lines([p.key for p in alive])  # one screen per page
    for k, p in enumerate(alive):
        if p is top or (k in may and any(doc.search(rx, p.key, "field:credit", p.index) for rx in patterns)):
            if p is not top and _under_chart(doc, p):
                doc.remove(p, "credit:chart-source")  # "Source: Example Statistics Office" under "Chart: ..."
                continue
            lines.append((p.index, _unwrap(p.key)))
            doc.remove(p, "field:credit")
            doc.fields_from["credit"] = f"paragraph {p.index}"
    return [text for _, text in sorted(lines)]


def _top_taken(doc: Doc, spec: dict[str, Any]) -> Paragraph | None:
    """A wire's name alone under the headline ("Reuters", "The Canadian Press"), or a writer's
    name and post ("Jo Roe, Property Correspondent"), is the story's byline. Lower on the page
    the same line credits a picture, so the caption rules drop it first; here, under the
    title, it is taken back."""
    if spec["top"] is None or "headline" not in doc.fields_from:
        return None
    looked = 0
    byline = False  # a byline passed over: only its wire may follow ("By JO ROE" over "Associated Press")
    title = next((i for i, r in doc.removed.items() if r.rule == "field:headline"), -1)
    for p in doc.paragraphs[title + 1:]:  # (the widgets a rule took above the title are not under it)
        removal = doc.removed.get(p.index)
        if removal is not None and removal.rule.startswith((*BUILT_IN_REMOVERS, *_WIDGET_RULES)):
            continue  # the title, its deck and stamp, a player's or a share bar's lines: look under them
        if removal is None and (BYLINE.match(p.key) or STAMP.match(p.key)):
            byline = byline or STAMP.match(p.key) is None
            continue
        if removal is None or looked == spec["top_within"]:
            return None  # the story has begun: a wire below its first line credits a picture
        wire = agency_name(p.key) is not None or WIRE_POST.match(p.key) is not None
        if removal.rule.startswith(_PICTURE_CREDIT_RULES) and (
                wire or not byline and (_names_on_top(doc, spec, p) or _name_and_where(p.key))):
            return p
        looked += 1
    return None


def _tail_wire(doc: Doc) -> Paragraph | None:
    """A wire's name alone right under the story's last paragraph, with nothing of the story after
    it ("... the ritual use of marijuana." / "AFP" / "Topics: ..."), is the story's credit, though
    the caption rules take a bare "AFP" for a picture's. Under a caption it stays the picture's."""
    alive = doc.alive()
    if not alive:
        return None
    last = alive[-1].index
    below = doc.removed.get(last + 1)
    if below is None or not below.rule.startswith(_PICTURE_CREDIT_RULES) or agency_name(below.text) is None:
        return None
    return doc.paragraphs[last + 1]


_WIDGET_RULES = ("generic-links/",)  # widgets between the title and the byline are passed over, not counted
# Only a picture credit's removal is taken back: a line an outlet's rule dropped ("DEMO PAGE",
# "LIVE UPDATES") was dropped on purpose.
_PICTURE_CREDIT_RULES = ("generic-captions/",)


def _names_on_top(doc: Doc, spec: dict[str, Any], p: Paragraph) -> bool:
    m = doc.search(spec["top"], p.key, "field:credit", p.index)
    names = (m.groupdict().get("names") or m.group(0)) if m else None  # the whole line when no group names them
    return bool(names) and are_names(names)


_WHERE = regex.compile(r"^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}$")  # "Abuja", "Palma", "Port Harcourt"


def _name_and_where(text: str) -> bool:
    """A writer and a wire or the town filed from: "Jo Roe, Associated Press", "Jo Roe, Abuja" (under a
    picture, the photographer's credit). A paper, a service or a picture agency after the name is not one."""
    names, _, tail = text.rpartition(", ")
    if not names or not is_bare_byline(names):
        return False
    last = tail.split()[-1].casefold() if tail else ""
    return agency_name(tail) is not None or (_WHERE.match(tail) is not None and last not in PICTURE_WORDS
                                             and not is_organisation(tail) and not is_service(tail))


def _top_byline(doc: Doc, spec: dict[str, Any], alive: list[Paragraph]) -> Paragraph | None:
    """A writer's name printed alone under the headline (or its deck), without "By": only there
    is a line of two or three capitalised words a byline and not a subhead."""
    if spec["top"] is None or "headline" not in doc.fields_from:
        return None
    return next((p for p in alive[: spec["top_within"]] if _names_on_top(doc, spec, p) or is_name_and_paper(p.key)), None)


def build_credit(lines: list[str], spec: dict[str, Any] | None, agency_hint: str | None) -> Credit | None:
    """One :class:`Credit` from the credit lines; the agency named on a line wins, then the
    dateline's agency tag ("(Reuters)"), then the rule's default."""
    if not lines or not spec:
        return None
    authors: list[str] = []
    agency: str | None = None
    for raw in lines:
        a, ag = parse_credit(raw)
        authors.extend(x for x in a if x not in authors)
        # a known wire on any line wins over a desk or service the table does not know
        # ("By Jo Roe, DL Bureau" / "With inputs from PTI")
        if agency is None or (ag and agency_name(ag) and not agency_name(agency)):
            agency = ag or agency
    agency = agency or agency_name(agency_hint) or spec["agency"]
    return Credit(raw=" | ".join(lines), authors=tuple(authors), agency=agency)


BIO_WITHIN = 3  # a writer's bio closes the page, with at most a prompt or two under it
BIO_MAX_WORDS = 60
_BIO_VERB = regex.compile(r",? (?:is|was|has|serves|teaches|works|lives|writes|covers|reports|contributes|edits|hosts)\b")
_BIO_DASH = regex.compile(r"[—–-]\s*")  # a critic's sign-off: "—Jo Roe contributes film criticism to ..."


def drop_author_bio(doc: Doc, credit: Credit | None) -> None:
    """A line near the page's end that opens with a credited writer's full name and says what
    they are ("Jo Roe is a retired teacher and a member of the library board."): the writer's
    bio, though it names no newspaper job a rule could know. The story itself names its writer
    only in the credit."""
    if credit is None:
        return
    names = [a for a in credit.authors if len(a.split()) >= 2]
    for p in doc.alive()[-BIO_WITHIN:] if names else ():
        dash = _BIO_DASH.match(p.key)
        start = dash.end() if dash else 0
        if len(p.key.split()) <= BIO_MAX_WORDS and any(
                p.key.startswith(name, start) and _BIO_VERB.match(p.key, start + len(name)) for name in names):
            doc.remove(p, "credit:author-bio")
