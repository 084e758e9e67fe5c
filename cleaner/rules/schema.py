"""Strict schema for rule files: every key known, every type checked, every regex compiled.

Full-Text RSS site configs silently ignore typos such as ``titl:``; here an unknown key,
a wrong type or a regex that does not compile is a :class:`RuleError` naming the file and
the rule. The schema is a table of :class:`Key` entries so that ``rules lint`` and the
README reference come from the same source as the loader.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

import regex

from ..errors import RuleError
from .fragments import Fragments, expand

ID_RE = regex.compile(r"^[a-z0-9][a-z0-9_.-]*$")


@dataclass(frozen=True, slots=True)
class Key:
    type: str  # str | bool | int | regex | regexes | strs
    default: Any = None
    required: bool = False
    doc: str = ""


# Section name -> key name -> Key. Order of sections here is the documented file order.
TABLES: dict[str, dict[str, Key]] = {
    "outlet": {
        "id": Key("str", required=True, doc="outlet id, lowercase; names the file"),
        "name": Key("str", doc="human name of the outlet"),
        "description": Key("str", doc="free text for maintainers"),
        "extends": Key("strs", default=(), doc="ids of rule files this one builds on"),
    },
    "match": {
        "text": Key("regexes", default=(), doc="fingerprints searched in the page (multiline)"),
        "domains": Key("strs", default=(), doc="URL domains (subdomains match too)"),
        "min_hits": Key("int", default=1, doc="how many text fingerprints must hit"),
    },
    "headline": {
        "from": Key("str", default="first", doc="first | title-like | none"),
        "pattern": Key("regex", doc="the candidate must match this"),
        "split": Key("regex", doc="headline is the text before this match in the first line"),
        "tail": Key("regex", doc="headline is the text after this match at the end of the page's first line, "
                    "even when a rule dropped that line (a caption run into the title)"),
        "max_words": Key("int", default=40, doc="longer candidates are not a headline"),
        "before": Key("regex", doc="a first line that is not title-like is still the headline when one of the two "
                      "paragraphs under it matches this (a byline under the title, or under title and deck)"),
    },
    "standfirst": {
        "from": Key("str", default="none", doc="after-headline | none"),
        "pattern": Key("regex", doc="the candidate must match this"),
        "before": Key("regex", doc="a candidate that fails pattern is still the standfirst when the paragraph "
                      "under it matches this (a byline or a posting stamp between the deck and the story)"),
        "min_words": Key("int", default=4),
        "max_words": Key("int", default=60),
    },
    "dateline": {
        "header": Key("regexes", default=(), doc="header line, full match; groups place, date"),
        "header_within": Key("int", default=3, doc="header searched in the first N paragraphs"),
        "prefix": Key("regexes", default=(), doc="opening prefix of the body; groups place, date, agency"),
    },
    "credit": {
        "patterns": Key("regexes", default=(), doc="a paragraph matching one is a credit line"),
        "agency": Key("str", doc="agency credited when the credit line names none"),
        "within_last": Key("int", default=0, doc="only look in the last N paragraphs (0: anywhere)"),
        "top": Key("regex", doc="a line matching this right under the headline is a credit (a bare byline)"),
        "top_within": Key("int", default=2, doc="how many paragraphs under the headline ``top`` looks at"),
    },
    "html": {  # HTML input only; every value is a CSS selector, compiled at load time
        "strip": Key("strs", default=(), doc="elements removed before the text is read"),
        "body": Key("str", doc="the article container (skips the generic container choice)"),
        "headline": Key("str", doc="element whose text is the headline"),
        "date": Key("str", doc="element giving the date (datetime/content attribute, else its text)"),
        "author": Key("str", doc="elements naming the authors"),
    },
}

# Array-of-tables rule kinds -> key -> Key. Every rule also has an ``id``.
RULES: dict[str, dict[str, Key]] = {
    "replace": {
        "pattern": Key("regexes", required=True, doc="span to replace inside a paragraph"),
        "with": Key("str", default="", doc="replacement text"),
    },
    "drop": {
        "pattern": Key("regexes", required=True, doc="a paragraph matching this is removed"),
        "max_words": Key("int", default=0, doc="only paragraphs this short (0: any length)"),
        "keep_introduced": Key("bool", default=False,
                               doc="keep a run of matches right under a line ending with ':' (the story's own "
                                   "list, as 'Saturday's results:' over score lines)"),
        "spare_title": Key("bool", default=False,
                           doc="leave the page's first paragraph alone: a shape titles share (a teaser "
                               "headline) is the page's own title there"),
    },
    "cut_after": {
        "pattern": Key("regexes", required=True, doc="marker paragraph; everything after goes"),
        "keep_marker": Key("bool", default=False),
        "min_position": Key("int", default=0, doc="ignore markers in the first N paragraphs"),
    },
    "cut_before": {
        "pattern": Key("regexes", required=True, doc="marker paragraph; everything before goes"),
        "keep_marker": Key("bool", default=True),
    },
    "drop_between": {
        "start": Key("regexes", required=True, doc="first paragraph of the block"),
        "end": Key("regexes", doc="last paragraph of the block (default: end of page)"),
        "keep_end": Key("bool", default=False),
    },
    "dedupe": {
        "scope": Key("str", default="adjacent", doc="adjacent | page"),
        "prefix": Key("bool", default=False, doc="also drop a paragraph that begins the one before"),
        "min_words": Key("int", default=1),
    },
}
COMMON_RULE_KEYS: dict[str, Key] = {
    "id": Key("str", required=True, doc="unique in the file; reported as outlet/id"),
    "ignore_case": Key("bool", default=False),
    "comment": Key("str", doc="why the rule exists"),
}
CHOICES = {
    ("headline", "from"): ("first", "title-like", "none"),
    ("standfirst", "from"): ("after-headline", "none"),
    ("dedupe", "scope"): ("adjacent", "page"),
}
# Keys outside the tables above that a file may carry at top level.
TOP_LEVEL = tuple(TABLES) + tuple(RULES) + ("fragments", "tests")


def unknown_key_message(key: str, allowed: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(key, list(allowed), n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown key '{key}'{hint}; allowed: {', '.join(allowed)}"


def compile_regex(pattern: str, *, file: str, rule: str | None, ignore_case: bool = False,
                  multiline: bool = False, fragments: Fragments | None = None) -> regex.Pattern[str]:
    """Compile one rule regex, its ``(?&name)`` fragments spliced in first."""
    flags = (regex.IGNORECASE if ignore_case else 0) | (regex.MULTILINE if multiline else 0)
    try:
        return regex.compile(expand(pattern, fragments or {}, file=file, rule=rule), flags)
    except (regex.error, TypeError, ValueError) as exc:  # bad regex -> RuleError
        raise RuleError(file, rule, f"bad regex {pattern!r}: {exc}") from None


def check_value(value: Any, key: Key, *, name: str, file: str, rule: str | None) -> Any:
    """Check one value against its declared type; return it in canonical form."""
    def fail(expected: str) -> RuleError:
        return RuleError(file, rule, f"'{name}' must be {expected}, got {type(value).__name__} {value!r}")

    match key.type:
        case "str" | "regex":
            if not isinstance(value, str):
                raise fail("a string")
            return value
        case "bool":
            if not isinstance(value, bool):
                raise fail("true or false")
            return value
        case "int":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise fail("a non-negative integer")
            return value
        case "strs" | "regexes":
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail("a string or a list of strings")
            return tuple(value)
    raise AssertionError(f"schema type {key.type!r}")  # pragma: no cover - schema bug


def check_table(raw: Any, spec: dict[str, Key], *, section: str, file: str,
                rule: str | None) -> dict[str, Any]:
    """Validate one table: unknown keys, required keys, types, choices. Returns defaults filled."""
    if not isinstance(raw, dict):
        raise RuleError(file, rule, f"[{section}] must be a table, got {type(raw).__name__}")
    out: dict[str, Any] = {}
    for k in raw:
        if k not in spec:
            raise RuleError(file, rule, f"[{section}] " + unknown_key_message(k, tuple(spec)))
    for name, key in spec.items():
        if name in raw:
            value = check_value(raw[name], key, name=name, file=file, rule=rule)
            choices = CHOICES.get((section, name))
            if choices and value not in choices:
                raise RuleError(file, rule, f"'{name}' must be one of {', '.join(choices)}, got {value!r}")
            out[name] = value
        elif key.required:
            raise RuleError(file, rule, f"[{section}] missing required key '{name}'")
        else:
            out[name] = key.default
    return out
