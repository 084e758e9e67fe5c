"""Text normalisation shared by every field (SPEC.md, "Normalisation").

ftfy is the right tool for mojibake and entities but costs far more than the rest of the
pipeline, so it only runs on text that looks like it needs it: text with an HTML entity,
or text ftfy's own badness heuristic flags.
"""

from __future__ import annotations

import unicodedata

import ftfy
import regex

# Entities such as &amp; &#8217; &nbsp; -- ftfy unescapes them only when it runs.
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Zero-width characters, bidi controls, BOM and C0/C1 controls except tab and newline.
_INVISIBLE = regex.compile(
    r"[\u200b-\u200d\u2060\u2061-\u2064\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069"
    r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
# Every Unicode space separator plus tab: becomes one plain space.
_SPACES = regex.compile(r"[\t\p{Zs}]+")
_LINE_ENDS = regex.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=True,
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)
# Characters typical of mojibake (Ã, Â, â€ ...) or C1 controls: cheap prefilter for ftfy.
_SUSPECT = regex.compile(r"[\u0080-\u00ff\u0100-\u017f\u02c6-\u02dc\u2018-\u203a\ufffd]")


def repair(text: str) -> str:
    """Fix mojibake and HTML entities when the text looks broken; leave it alone otherwise."""
    if _ENTITY.search(text) or (_SUSPECT.search(text) and ftfy.is_bad(text)):
        return ftfy.fix_text(text, _FTFY_CONFIG)
    return text


def normalise_page(text: str) -> str:
    """Normalise a whole page, keeping its line structure (one paragraph per line)."""
    text = _LINE_ENDS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = repair(text)
    return unicodedata.normalize("NFC", text)


def normalise_paragraph(text: str) -> str:
    """Normalise one paragraph: spaces collapsed, stripped, invisible characters gone."""
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text.replace("\n", " "))
    return text.strip()


def normalise_text(text: str) -> str:
    """Normalise any free text field (headline, credit...) to the SPEC form."""
    return normalise_paragraph(normalise_page(text))


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"})


def straighten(text: str) -> str:
    """Curly quotes and apostrophes to ASCII (the ``straighten_quotes`` option)."""
    return text.translate(_QUOTES)
