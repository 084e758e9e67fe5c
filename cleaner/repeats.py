"""Corpus-level repeats (as CCNet does): a line printed in many documents of a run is boilerplate.

Outlet templates repeat their furniture on every page ("Story continues below
advertisement", "Follow us on ..."), and no rule file names most outlets. Counting in how
many documents each normalised line occurs finds that furniture without rules. The table
keeps a short hash per line (digits folded to 0, case and punctuation dropped) with its
document count, and one example of the line so people can read what it holds.

>>> table = RepeatTable.build(["Read this\\n\\nStory one.", "Read this\\n\\nStory two."])
>>> table.count("READ THIS!"), table.count("Story one.")
(2, 1)
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from .doc import Doc
from .errors import InputError
from .normalise import normalise_page
from .segment import segment

if TYPE_CHECKING:
    from .inputs import InputDoc

FORMAT_VERSION = 1
KEEP_MIN_DOCS = 2  # lines seen in fewer documents are not written to the table file
MIN_CHARS = 3  # shorter normalised lines (numbers, bullets) are not counted
REASON = "corpus:repeat"

_DIGITS = regex.compile(r"\d")
_NOT_WORD = regex.compile(r"[^\w\s]+")


def normalise_line(text: str) -> str:
    """The form lines are compared in: lowercase, digits as 0, no punctuation, single spaces."""
    text = _DIGITS.sub("0", text.casefold())
    return " ".join(_NOT_WORD.sub(" ", text).split())


def line_hash(text: str) -> str | None:
    norm = normalise_line(text)
    if len(norm) < MIN_CHARS:
        return None
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(slots=True)
class RepeatTable:
    documents: int = 0  # how many documents the table was built from
    counts: Counter = field(default_factory=Counter)  # line hash -> number of documents with it
    examples: dict[str, str] = field(default_factory=dict)  # line hash -> the line as first seen

    @classmethod
    def build(cls, pages: Iterable[str]) -> RepeatTable:
        """Count, for every normalised line, the documents it occurs in (once per document)."""
        table = cls()
        for page in pages:
            table.add(page)
        return table

    def add(self, page: str) -> None:
        seen: dict[str, str] = {}
        for p in segment(normalise_page(page)):
            h = line_hash(p.key)
            if h is not None:
                seen.setdefault(h, p.key)
        self.documents += 1
        for h, text in seen.items():
            self.counts[h] += 1
            self.examples.setdefault(h, text)

    def count(self, text: str) -> int:
        h = line_hash(text)
        return self.counts.get(h, 0) if h else 0

    def most_frequent(self, n: int = 20, min_docs: int = KEEP_MIN_DOCS) -> list[tuple[int, str]]:
        """The ``n`` lines found in most documents, with their document counts."""
        return [(c, self.examples.get(h, h)) for h, c in self.counts.most_common() if c >= min_docs][:n]

    def save(self, path: Path) -> None:
        lines = {h: [c, self.examples.get(h, "")] for h, c in self.counts.most_common() if c >= KEEP_MIN_DOCS}
        data = {"version": FORMAT_VERSION, "documents": self.documents, "lines": lines}
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")

    @classmethod
    def load(cls, path: Path | None) -> RepeatTable:
        if path is None:
            return cls()
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError("boilerplate-table", f"cannot read boilerplate table {path}: {exc}") from None
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION or not isinstance(data.get("lines"), dict):
            raise InputError("boilerplate-table", f"{path} is not a boilerplate table (version {FORMAT_VERSION})")
        table = cls(documents=int(data.get("documents", 0)))
        for h, (c, example) in data["lines"].items():
            table.counts[h] = int(c)
            table.examples[h] = str(example)
        return table


def drop_repeats(doc: Doc, table: RepeatTable, min_docs: int) -> None:
    """Remove paragraphs the table has seen in at least ``min_docs`` documents."""
    if not table.counts:
        return
    for p in doc.alive():
        n = table.count(p.key)
        if n >= min_docs:
            doc.remove(p, REASON, score=float(n))


REPORT_TOP = 20  # most frequent repeated lines listed in report.json


def table_for_run(path: Path, docs: Iterable[InputDoc], max_bytes: int) -> tuple[RepeatTable, bool]:
    """The table a run uses: loaded from ``path``, or built from ``docs`` in a first pass
    and saved there (a two-pass run). Returns the table and whether it was built now.
    Inputs that cannot be read or decoded are skipped here; the cleaning pass reports them."""
    if path.exists():
        return RepeatTable.load(path), False
    from .decode import decode
    from .runner import read_input  # the runner imports the pipeline, which imports this module

    table = RepeatTable()
    for doc in docs:
        try:
            table.add(decode(read_input(doc, max_bytes), max_bytes=max_bytes))
        except (InputError, OSError):
            continue
    table.save(path)
    return table, True


def report_section(table: RepeatTable, path: Path, built: bool, min_docs: int) -> dict[str, object]:
    """What ``report.json`` says about the corpus-repeats table."""
    return {"boilerplate_table": {
        "path": str(path), "built_by_this_run": built, "documents": table.documents, "min_docs": min_docs,
        "most_frequent": [{"documents": c, "line": line} for c, line in table.most_frequent(REPORT_TOP, min_docs)],
    }}
