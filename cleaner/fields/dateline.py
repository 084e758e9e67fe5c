"""Dateline: a header line near the top ("WASHINGTON Fri Aug 9, 2013 11:07pm IST") and/or
the opening prefix of the story ("MOSCOW -- ", "LOS ANGELES (Reuters) - ").

Both forms come from rule regexes with named groups ``place``, ``date`` and ``agency``;
this module only combines them as SPEC.md says: ``raw`` is the header when there is one,
else the prefix as printed; the prefix place wins, the header date wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from ..doc import Doc
from ..normalise import normalise_paragraph
from ..record import Dateline, Removal
from ..segment import LIST_LOOKBACK, Paragraph, in_introduced_list
from .dates import parse_date
from .headline import is_summary_point


@dataclass(slots=True)
class DatelineParts:
    header_raw: str | None = None
    header_place: str | None = None
    header_date: str | None = None
    prefix_raw: str | None = None
    prefix_place: str | None = None
    prefix_date: str | None = None
    agency: str | None = None  # agency tag in the prefix, e.g. "Reuters" from "(Reuters)"

    def build(self) -> Dateline | None:
        raw = self.header_raw or self.prefix_raw
        if raw is None:
            return None
        return Dateline(place=self.prefix_place or self.header_place,
                        date=self.header_date or self.prefix_date, raw=raw)


def _group(m: Any, name: str) -> str | None:
    try:
        value = m.group(name)
    except IndexError:
        return None
    return normalise_paragraph(value) if value else None


# What may follow the header on its line and stay for the credit stage: a byline
# ("March 10, 2012 10:54 am ET by MMFA Staff"). Anything else on the line goes with it.
_BYLINE_REST = regex.compile(r"^[Bb]y \p{Lu}")


def extract_header(doc: Doc, spec: dict[str, Any] | None, parts: DatelineParts) -> None:
    """A header line among the first paragraphs; the whole paragraph leaves the body,
    unless a byline follows the header on it (that stays, for the credit)."""
    if not spec or not spec["header"]:
        return
    for p in _header_window(doc.alive(), spec["header_within"]):
        m = doc.any_match(spec["header"], p.text, "field:dateline", p.index)
        if m is None or m.start() != 0:
            continue
        parts.header_raw = normalise_paragraph(m.group(0))
        parts.header_place = _group(m, "place")
        parts.header_date = parse_date(_group(m, "date") or m.group(0))
        doc.fields_from["dateline"] = f"header, paragraph {p.index}"
        rest = p.text[m.end():].strip()
        if _BYLINE_REST.match(rest):
            _take_span(doc, p, m.group(0).strip(), rest)
        else:
            doc.remove(p, "field:dateline")
        return


SUMMARY_POINTS_MAX = 5  # a tabloid's summary points under its title, before the byline and the stamp
_BYLINE = regex.compile(r"^(?:By|BY|by)\s\p{Lu}")


def _header_window(alive: list[Paragraph], within: int) -> list[Paragraph]:
    """The first ``within`` paragraphs, not counting a tabloid's summary points (short lines that do
    not end like sentences) or a byline, which may stand between the title and the stamp."""
    window: list[Paragraph] = []
    counted = skipped = 0
    for p in alive:
        if counted == within:
            break
        window.append(p)
        if (is_summary_point(p.text) or _BYLINE.match(p.text)) and skipped < SUMMARY_POINTS_MAX:
            skipped += 1
        else:
            counted += 1
    return window


PREFIX_WITHIN = 5  # the opening may follow captions, a deck or a highlights box the rules did not catch
PREAMBLE_MAX_WORDS = 80  # ... but only short paragraphs are taken as that preamble
# A prefix opens the story's first sentence; followed by nothing but a place ('WXYZ – Dearborn, Mich.')
# it is a station's source label on a line of its own.
_PLACE_ONLY = regex.compile(r"\s*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}, \p{Lu}[\p{L}.]{1,12}\s*$")


PREFIX_MIN_REST_WORDS = 3  # "BJP — 61" is a tally's row, not "CITY — The council voted ..."


def _opens_sentence(rest: str) -> bool:
    """What follows a prefix reads as the story's first sentence, not a row's value or a place."""
    return (len(rest.split()) >= PREFIX_MIN_REST_WORDS or rest.rstrip().endswith((".", "!", "?"))) \
        and not _PLACE_ONLY.match(rest)


def extract_prefix(doc: Doc, spec: dict[str, Any] | None, parts: DatelineParts) -> None:
    """The opening prefix of the story, removed from its paragraph.

    A dateline opens the story, so when it is found in one of the first few paragraphs the
    short paragraphs above it are page furniture the rules missed (a caption, a deck, a
    highlights box): they go too, as ``dateline:preamble``.
    """
    if not spec or not spec["prefix"]:
        return
    alive = doc.alive()
    for k, p in enumerate(alive[:PREFIX_WITHIN]):
        m = doc.any_match(spec["prefix"], p.text, "field:dateline", p.index)
        if m is not None and m.start() == 0 and _opens_sentence(p.text[m.end():]) \
                and not in_introduced_list(alive[max(0, k - LIST_LOOKBACK):k]):
            break
        if len(p.text.split()) > PREAMBLE_MAX_WORDS:
            return  # a long paragraph before any opening is the story itself
    else:
        return
    for before in alive[:k]:
        doc.remove(before, "dateline:preamble")
    parts.prefix_raw = m.group(0).strip()
    parts.prefix_place = _group(m, "place")
    parts.prefix_date = parse_date(_group(m, "date"))
    parts.agency = _group(m, "agency")
    _take_span(doc, p, parts.prefix_raw, p.text[m.end():])
    doc.fields_from.setdefault("dateline", f"prefix, paragraph {p.index}")


def _take_span(doc: Doc, p: Paragraph, taken: str, rest: str) -> None:
    """The dateline leaves part of a paragraph: recorded as a span, the rest stays in the body."""
    doc.spans.append(Removal(index=p.index, text=taken, rule="field:dateline", kind="span"))
    p.set_text(normalise_paragraph(rest))
