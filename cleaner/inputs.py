"""Find input documents and give each a stable id (SPEC: relative path without extension)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


@dataclass(frozen=True, slots=True)
class InputDoc:
    id: str
    source: str  # relative path as given
    path: Path


def _doc_id(rel: PurePosixPath) -> str:
    # Ids come from file names but must stay plain relative names: no "..", no root.
    parts = [p for p in rel.with_suffix("").parts if p not in ("", ".", "..", "/")]
    return "/".join(parts) or "doc"


def discover(root: Path) -> list[InputDoc]:
    """All input files under ``root`` (or ``root`` itself), sorted by id."""
    if not root.exists():
        raise InputError("missing", f"input not found: {root}")
    if root.is_file():
        return [InputDoc(id=_doc_id(PurePosixPath(root.name)), source=root.name, path=root)]
    docs = []
    for path in _walk(root):
        rel = PurePosixPath(path.relative_to(root).as_posix())
        docs.append(InputDoc(id=_doc_id(rel), source=str(rel), path=path))
    docs.sort(key=lambda d: (d.id, d.source))
    return docs


def _walk(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue  # hidden files and folders (.git, .DS_Store)
        if path.is_file():
            yield path
