"""Find input documents and give each a stable id (SPEC: relative path without extension).

Ids come from file names, which can hold anything a file system allows: bytes that are not
UTF-8, control characters, names that differ only by extension. An id here is always
printable, valid UTF-8, relative and free of ``..``, and unique within a run, so it can be
written to JSON and never names a place outside the output folder.
"""

from __future__ import annotations

import os
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
COMPRESSED_SUFFIXES = {".gz", ".zst"}  # dropped from ids too: "story.txt.gz" has the id "story"


@dataclass(frozen=True, slots=True)
class InputDoc:
    """One input document: a file to read, or content already in hand.

    A JSONL line carries its ``text`` (already a str); stdin, or a file shipped to a remote
    worker, carries its ``data`` (bytes to decode); a page in a folder only its ``path``,
    read by the worker that cleans it, so that the parent never holds a corpus in memory.
    """

    id: str
    source: str  # relative path as given ("dir/page.txt"), or "file:line" for a JSONL line
    path: Path | None = None
    problem: str | None = None  # set when the input was found but cannot be used (a locked folder)
    problem_kind: str = "unreadable"  # the error kind reported for ``problem``
    data: bytes | None = None  # the raw bytes, when they travel with the document
    text: str | None = None  # the page text or HTML from a JSONL field
    url: str | None = None  # from a JSONL field: decisive for outlet matching
    outlet: str | None = None  # from a JSONL field: used when it names a known outlet
    weight: int = 0  # input bytes (on disk) this document accounts for: progress and ETA


def printable(name: str) -> str:
    """``name`` as valid, printable UTF-8: undecodable bytes and controls become escapes.

    >>> printable("caf\\udce9\\n.txt")
    'caf\\\\xe9\\\\x0a.txt'
    """
    if name.isprintable():  # no controls, format characters or escaped bytes (all "not printable")
        return name
    out = []
    for ch in name:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(ch) in ("Cc", "Cs", "Cf") and ch != "\t":
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def _doc_id(rel: PurePosixPath, *, keep_suffix: bool = False) -> str:
    # Ids must stay plain relative names: no "..", no root, nothing empty.
    if not keep_suffix:
        if rel.suffix.lower() in COMPRESSED_SUFFIXES:
            rel = rel.with_suffix("")
        rel = rel.with_suffix("") if rel.suffix else rel
    parts = [printable(p) for p in rel.parts if p not in ("", ".", "..", "/")]
    return "/".join(parts) or "doc"


def discover(root: Path) -> list[InputDoc]:
    """All input files under ``root`` (or ``root`` itself), sorted by id.

    Folders that cannot be listed are inputs too (an error entry each), so that nothing
    under ``root`` is skipped without a word.
    """
    if not root.exists():
        raise InputError("missing", f"input not found: {root}")
    if root.is_file():
        rel = PurePosixPath(root.name)
        return [InputDoc(id=_doc_id(rel), source=printable(root.name), path=root)]
    if not root.is_dir():
        raise InputError("unreadable", f"input is neither a file nor a folder: {root}")
    if not os.access(root, os.R_OK | os.X_OK):
        raise InputError("unreadable", f"cannot read the input folder: {root}")
    found: list[tuple[PurePosixPath, Path, str | None]] = []
    for path, problem in _walk(root):
        found.append((PurePosixPath(path.relative_to(root).as_posix()), path, problem))
    plain = [_doc_id(rel) for rel, _, _ in found]
    ids = Counter(plain)
    docs = []
    for (rel, path, problem), doc_id in zip(found, plain):
        if ids[doc_id] > 1:  # "a.txt" and "a.md": both keep their extension, so ids stay unique
            doc_id = _doc_id(rel, keep_suffix=True)
        docs.append(InputDoc(id=doc_id, source=printable(str(rel)), path=path, problem=problem))
    docs.sort(key=lambda d: (d.id, d.source))
    return docs


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    """Regular files under ``root`` (hidden ones skipped), and folders that cannot be listed.

    Symlinked folders are not followed (no loops); FIFOs, sockets and devices are skipped
    (reading a FIFO would block the run forever).
    """
    failed: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=failed.append, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # .git, .cache
        for name in sorted(files):
            if name.startswith("."):
                continue  # hidden files (.DS_Store)
            path = Path(folder) / name
            if path.is_file():
                yield path, None
        yield from _flush(failed)
    yield from _flush(failed)


def _flush(failed: list[OSError]) -> Iterator[tuple[Path, str | None]]:
    while failed:
        exc = failed.pop()
        if exc.filename:
            yield Path(exc.filename), f"cannot list folder: {exc.strerror or exc}"
