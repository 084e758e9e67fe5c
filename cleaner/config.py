"""Every option of the cleaning job in one object (as ftfy's ``TextFixerConfig``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Config:
    rules_dirs: tuple[Path, ...] = ()  # extra rule folders; a same-id file overrides a bundled one
    bundled_rules: bool = True  # load the rules shipped with the package
    outlet: str | None = None  # force this outlet's rules instead of matching
    explain: bool = False  # records carry ``removed``: what went and which rule removed it
    regex_timeout: float | None = 1.0  # seconds per rule regex per paragraph; None: no limit
    straighten_quotes: bool = False  # curly quotes and apostrophes -> ASCII
    max_bytes: int = 50 * 1024 * 1024  # larger inputs are rejected as too-large
    classifier: bool = True  # judge what no rule names by paragraph features (cleaner/classify/)
    junk_model: bool = True  # ... and by the learned junk score (cleaner/classify/model.py)
    boilerplate_table: Path | None = None  # JSON table of lines repeated across a corpus (cleaner/repeats.py)
    boilerplate_min_docs: int = 5  # a line in at least this many documents of the table is boilerplate
