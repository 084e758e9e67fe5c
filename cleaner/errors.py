"""One exception family for everything a user can cause.

The CLI turns any :class:`CleanerError` into a single ``cleaner: error: ...`` line, so
messages here are written for people, not for debuggers.
"""

from __future__ import annotations


class CleanerError(Exception):
    """Base of every error this package raises on purpose."""


class RuleError(CleanerError):
    """A rule file is malformed: names the file and, when known, the rule."""

    def __init__(self, file: str, rule: str | None, reason: str) -> None:
        self.file = file
        self.rule = rule
        self.reason = reason
        where = f"{file}:{rule}" if rule else file
        super().__init__(f"{where}: {reason}")


class InputError(CleanerError):
    """An input document cannot be read or decoded; ``kind`` is a short machine tag."""

    def __init__(self, kind: str, reason: str) -> None:
        self.kind = kind  # binary | empty | too-large | unreadable | decode
        self.reason = reason
        super().__init__(reason)
