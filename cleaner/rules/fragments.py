"""Named pattern fragments: a grammar written once in a rule file and used by many of its regexes.

A date stamp, a month name or a list of wire agencies turns up in a file's dateline header,
its standfirst and its credit patterns. Copied by hand, the copies drift apart: one learns
"Sept." and the others never do. A file's ``[fragments]`` table names such pieces once; a
regex uses one as ``(?&name)``, the ``regex`` module's own spelling for "the sub-pattern
called name", and the loader splices the fragment in, inside a non-capturing group, before
compiling. The compiled pattern is an ordinary regex, so the timeout, the RE2 screen and
the backtracking lint see exactly what runs.

A fragment may use the fragments defined above it in the table (never one below, so there
are no cycles). An unknown name is an error naming the file and the rule, as a typo in any
other key is.
"""

from __future__ import annotations

from typing import Any

import regex

from ..errors import RuleError

NAME_RE = regex.compile(r"^[a-z][a-z0-9_]*$")
REFERENCE = regex.compile(r"\(\?&([A-Za-z_]\w*)\)")
_GROUP_NAME = regex.compile(r"\(\?P?<([A-Za-z_]\w*)>")

Fragments = dict[str, str]


def expand(pattern: str, fragments: Fragments, *, file: str, rule: str | None) -> str:
    """``pattern`` with every ``(?&name)`` of a fragment replaced by the fragment's text.

    A ``(?&name)`` that calls one of the pattern's own named groups is left to the regex
    engine; any other unknown name is a RuleError.
    """
    if "(?&" not in pattern:
        return pattern
    own_groups = set(_GROUP_NAME.findall(pattern))

    def splice(m: regex.Match[str]) -> str:
        name = m[1]
        if name in fragments:
            return f"(?:{fragments[name]})"
        if name in own_groups:
            return m[0]
        known = ", ".join(fragments) or "none defined"
        raise RuleError(file, rule, f"unknown fragment '(?&{name})' (fragments: {known})")

    return REFERENCE.sub(splice, pattern)


def build_fragments(raw: Any, *, file: str) -> Fragments:
    """Validate a ``[fragments]`` table; each fragment expanded and compiled on its own."""
    if not isinstance(raw, dict):
        raise RuleError(file, "fragments", f"[fragments] must be a table, got {type(raw).__name__}")
    out: Fragments = {}
    for name, text in raw.items():
        label = f"fragments.{name}"
        if not NAME_RE.match(name):
            raise RuleError(file, label, "a fragment name must be lowercase letters, digits or '_', "
                                         "starting with a letter")
        if not isinstance(text, str):
            raise RuleError(file, label, f"a fragment must be a string, got {type(text).__name__} {text!r}")
        body = expand(text, out, file=file, rule=label)
        try:
            regex.compile(body)
        except (regex.error, ValueError) as exc:
            raise RuleError(file, label, f"bad regex {text!r}: {exc}") from None
        out[name] = body
    return out
