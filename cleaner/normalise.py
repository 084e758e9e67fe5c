"""Text normalisation shared by every field (SPEC.md, "Normalisation").

ftfy is the right tool for mojibake and entities but costs far more than the rest of the
pipeline, so it only runs on text that looks like it needs it: text with an HTML entity,
or text ftfy's own badness heuristic flags.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# Entities such as &amp; &#8217; &nbsp; -- ftfy unescapes them only when it runs.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Zero-width characters, bidi controls, BOM and C0/C1 controls except tab and newline.
# Plain ``re`` here and below: these run over whole pages (a 20 MB single line included),
# and for character classes ``re`` is several times faster than ``regex``.
_INVISIBLE = re.compile(
    "[\u200b-\u200d\u2060\u2061-\u2064\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
_LINE_ENDS = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
PARAGRAPH_REPAIR_MAX = 100_000  # characters; longer paragraphs rely on the page-level repair
REPAIR_ROUNDS = 3  # repairs of one paragraph until it stops changing (mojibake of mojibake)
# Tab and the Unicode space separators other than " ": printed as one plain space.
_ODD_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=True,
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)
# Signatures of mojibake, a cheap screen before ftfy's own (much slower) check: a UTF-8
# lead byte read as Latin-1/cp1252 followed by a continuation byte read the same way
# ("Ã©", "â€™", "Â "), UTF-8 Cyrillic read as cp1251 ("Ð¿", "РїСЂ"), C1 controls and
# the replacement character. Curly quotes alone are not suspect: they are ordinary text.
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u203a\u20ac\u2122 ]"
    "|[\u0420\u0421\u0432][\u0080-\u00bf\u0402-\u040f\u0452-\u045f\u0490\u0491\u2018-\u203a\u2116]"
    "|[\u0080-\u009f\ufffd]"
)


# Every character some step below would change or look at twice: line separators, invisible
# and control characters, odd spaces, "&" (entities), Latin-1 range and cp1251 letters and
# U+FFFD (mojibake signatures). A page with none of them is already normal but for NFC: one
# search instead of six passes, and most pages are like that.
_ATTENTION = re.compile(
    "[\r\u2028\u2029\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069"
    "\x00-\x09\x0b-\x1f\x7f-\u00ff\u0420\u0421\u0432\ufffd\u1680\u2000-\u200a\u202f\u205f\u3000&]"
)


def is_plain(text: str) -> bool:
    """True when normalising ``text`` can change nothing but spaces between words and NFC."""
    return _ATTENTION.search(text) is None

# The first characters of those signatures: one class is scanned far faster than the
# alternation, and most text has none of them.
_SUSPECT_LEAD = re.compile("[\u00c2-\u00f4\u0420\u0421\u0432\u0080-\u009f\ufffd]")


def _suspects(text: str):
    """Mojibake signatures in ``text`` (an iterator of matches)."""
    lead = _SUSPECT_LEAD.search(text)
    return iter(()) if lead is None else _SUSPECT.finditer(text, lead.start())


def repair(text: str) -> str:
    """Fix mojibake and HTML entities when the text looks broken; leave it alone otherwise."""
    if _ENTITY.search(text) or _looks_broken(text):
        return ftfy.fix_text(text, _FTFY_CONFIG)
    return text


SNIPPET_CONTEXT = 12  # characters around a mojibake signature that ftfy's badness test reads
SNIPPETS_MAX = 8  # signatures judged one by one; past this, ftfy judges the whole text once


def _looks_broken(text: str) -> bool:
    """ftfy's badness test, asked only about the text around each signature.

    ``ftfy.is_bad`` over a whole page costs about a millisecond, and a signature such as
    "é " is ordinary French; its verdict comes from a few characters of context, so asking
    about a short window around each signature is as good and much cheaper.
    """
    for k, m in enumerate(_suspects(text)):
        if k == SNIPPETS_MAX:
            return ftfy.is_bad(text)
        if ftfy.is_bad(text[max(0, m.start() - SNIPPET_CONTEXT): m.end() + SNIPPET_CONTEXT]):
            return True
    return False


def normalise_page(text: str) -> str:
    """Normalise a whole page, keeping its line structure (one paragraph per line)."""
    # Which characters needing attention occur decides which passes run: a page whose
    # only such characters are "é" and "©" needs no substitution at all.
    found = "".join(set(_ATTENTION.findall(text)))
    if found:
        if _LINE_ENDS.search(found):
            text = _LINE_ENDS.sub("\n", text)
        if _INVISIBLE.search(found):
            text = _INVISIBLE.sub("", text)
        # ftfy must see the spaces as they will be printed: "Â\t0" is left alone but "Â 0"
        # is mojibake, so repairing before the spaces settle would break idempotence.
        if _ODD_SPACES.search(found):
            text = _ODD_SPACES.sub(" ", text)
        if "&" in found or _SUSPECT_LEAD.search(found):
            text = repair(text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def normalise_paragraph(text: str) -> str:
    """Normalise one paragraph: spaces collapsed, stripped, invisible characters gone."""
    text = _INVISIBLE.sub("", text)
    # str.split() splits on exactly the Unicode spaces (tab, Zs, line breaks): one pass,
    # far cheaper than a regex substitution on long lines.
    text = " ".join(text.split())
    if _needs_repair(text):
        # ftfy judges by context ("Â à" vs "Â à  "): repairing the paragraph in its final
        # shape once more is what makes cleaning idempotent.
        for _ in range(REPAIR_ROUNDS):  # ftfy can need a second look at what it fixed
            fixed = " ".join(_INVISIBLE.sub("", repair(text)).split())
            if fixed == text:
                break
            text = fixed
    return text


def _needs_repair(text: str) -> bool:
    if len(text) > PARAGRAPH_REPAIR_MAX:
        return False  # the page-level repair has seen it; twice over megabytes is too slow
    return "&" in text or (not text.isascii() and next(_suspects(text), None) is not None)


def normalise_text(text: str) -> str:
    """Normalise any free text field (headline, credit...) to the SPEC form."""
    return normalise_paragraph(normalise_page(" ".join(_LINE_ENDS.sub("\n", text).split("\n"))))


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"})


def straighten(text: str) -> str:
    """Curly quotes and apostrophes to ASCII (the ``straighten_quotes`` option)."""
    return text.translate(_QUOTES)
