"""Reading sample pages and writing TOML snippets, shared by the authoring tools."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from ..decode import decode
from ..normalise import normalise_page
from ..segment import Paragraph, segment

if TYPE_CHECKING:
    from ..pipeline import Cleaner

_DIGITS = regex.compile(r"\d+")
_ESCAPED_DIGITS = regex.compile(r"(?:\\?\d)+")
_SLUG_WORD = regex.compile(r"[^\W_]+")
MAX_ID_WORDS = 4  # words of a line used to name a proposed rule
# Fields a test compares; ``source`` depends on where the fixture lives, ``note`` is for people.
IGNORED_RECORD_KEYS = ("source", "note")


def read_page(path: Path) -> str:
    """The page as the runner sees it: bytes decoded, mojibake repaired later by the pipeline."""
    return decode(path.read_bytes())


def paragraphs(text: str) -> list[Paragraph]:
    """The same paragraphs (and indexes) the pipeline works on."""
    return segment(normalise_page(text))


def page_paragraphs(cleaner: Cleaner, text: str, *, url: str | None = None,
                    outlet: str | None = None) -> list[Paragraph]:
    """The paragraphs the pipeline indexes removals by: from the HTML layer for HTML input."""
    from ..html.detect import looks_like_html

    if looks_like_html(text):
        return cleaner.read_html(text, url=url, outlet=outlet)[0].paragraphs
    return paragraphs(text)


def line_key(text: str) -> str:
    """A line with its numbers generalised, so "Comments (3)" and "Comments (7)" recur together."""
    return _DIGITS.sub("0", " ".join(text.split()))


def anchored_pattern(line: str) -> str:
    """``^...$`` regex for a line: escaped, numbers generalised to ``\\d+``."""
    escaped = regex.escape(line, special_only=True, literal_spaces=True)
    return "^" + _ESCAPED_DIGITS.sub(r"\\d+", escaped) + "$"


def slug(text: str, taken: set[str] | None = None) -> str:
    """A rule id from the first words of a line, unique among ``taken``."""
    words = [w.lower() for w in _SLUG_WORD.findall(_DIGITS.sub(" ", text))][:MAX_ID_WORDS]
    base = "-".join(words) or "line"
    base = regex.sub(r"[^a-z0-9_.-]", "", base) or "line"
    if not base[0].isalnum():
        base = "x" + base
    name, n = base, 2
    while taken is not None and name in taken:
        name, n = f"{base}-{n}", n + 1
    if taken is not None:
        taken.add(name)
    return name


def toml_str(value: str) -> str:
    """A TOML string literal for ``value``, preferring literal quotes so regexes stay readable."""
    if "'" not in value and "\n" not in value:
        return f"'{value}'"
    if "'''" not in value and not value.endswith("'") and "\n" not in value:
        return f"'''{value}'''"
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def comparable(record: dict[str, Any]) -> dict[str, Any]:
    """A record without the keys a rule test does not compare."""
    return {k: v for k, v in record.items() if k not in IGNORED_RECORD_KEYS}
