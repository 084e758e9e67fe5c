"""Input readers: a folder of pages, JSONL files (plain, gzip, zstd) and stdin, as one stream.

A corpus can be far larger than memory, so a :class:`Source` yields :class:`InputDoc` one at
a time: pages in a folder as paths (the worker reads them), JSONL files line by line. The
order is stable (files by id, lines in file order), and so are ids: a line's ``id`` field,
else ``<file-id>/<line-number>``. A line that cannot be used (invalid JSON, no text) is
still one input: it becomes a document with a ``problem``, which the runner turns into an
error entry, so that records + errors = inputs holds for JSONL too.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

import orjson

from .errors import InputError
from .inputs import InputDoc, discover, printable

JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"
STDIN_ID = "stdin"
_SNIFF = 64 * 1024  # bytes of stdin looked at to tell JSONL from a single page


@dataclass(frozen=True, slots=True)
class Fields:
    """Names of the JSONL fields read for each line (``--text-field`` and alike)."""

    text: str = "text"
    html: str = "html"
    id: str = "id"
    url: str = "url"
    outlet: str = "outlet"


def is_jsonl(name: str) -> bool:
    """``a.jsonl``, ``a.jsonl.gz``, ``a.jsonl.zst`` (and ``.ndjson``): one document per line."""
    lower = name.lower()
    for comp in ("", ".gz", ".zst"):
        if any(lower.endswith(s + comp) for s in JSONL_SUFFIXES):
            return True
    return False


class Source:
    """The documents under IN (a file, a folder, or ``-`` for stdin), in a stable order.

    Iterating twice reads the files twice (a two-pass run); stdin can be read only once.
    """

    def __init__(self, inp: Path | str, *, fields: Fields = Fields(), max_bytes: int = 50 * 1024 * 1024,
                 stdin: BinaryIO | None = None) -> None:
        self.fields = fields
        self.max_bytes = max_bytes
        self.is_stdin = str(inp) == STDIN
        self._stdin = stdin
        self._used = False
        self.files: list[InputDoc] = [] if self.is_stdin else discover(Path(inp))
        if self.is_stdin and stdin is None and sys.stdin is not None and sys.stdin.isatty():
            raise InputError("missing", "IN is - but nothing is piped to stdin")

    @property
    def reiterable(self) -> bool:
        return not self.is_stdin

    @property
    def total_bytes(self) -> int | None:
        """Bytes on disk to read (for the progress bar's ETA); None for stdin."""
        if self.is_stdin:
            return None
        return sum(_size(d.path) for d in self.files if d.path is not None and d.problem is None)

    def fingerprint(self) -> str | None:
        """What identifies the input for ``--resume``: every file's name, size and mtime.

        None for stdin, which cannot be read again.
        """
        if self.is_stdin:
            return None
        h = hashlib.sha256()
        for d in self.files:
            try:
                st = os.stat(d.path) if d.path is not None else None
            except OSError:
                st = None
            h.update(orjson.dumps([d.id, d.source, st.st_size if st else None, st.st_mtime_ns if st else None]))
        return h.hexdigest()

    def __iter__(self) -> Iterator[InputDoc]:
        if self.is_stdin:
            if self._used:
                raise InputError("unreadable", "stdin can be read only once")
            self._used = True
            yield from read_stdin(self._stdin or sys.stdin.buffer, self.fields, self.max_bytes)
            return
        for doc in self.files:
            if doc.problem is None and doc.path is not None and is_jsonl(doc.path.name):
                yield from read_jsonl_file(doc, self.fields, self.max_bytes)
            else:
                yield replace(doc, weight=_size(doc.path) if doc.problem is None else 0)


def _size(path: Path | None) -> int:
    try:
        return os.stat(path).st_size if path is not None else 0
    except OSError:
        return 0


def read_jsonl_file(file: InputDoc, fields: Fields, max_bytes: int) -> Iterator[InputDoc]:
    """The lines of one JSONL file (plain, ``.gz`` or ``.zst``), streamed."""
    assert file.path is not None
    try:
        raw = open(file.path, "rb")  # noqa: SIM115 (closed by the with below; its failure is reported apart)
    except OSError as exc:
        yield replace(file, problem=f"cannot read: {exc.strerror or exc}")
        return
    with raw:
        try:
            stream = _decompressed(raw, file.path.name)
        except InputError as exc:
            yield replace(file, problem=exc.reason, problem_kind=exc.kind)
            return
        yield from read_jsonl(stream, file.id, file.source, fields, max_bytes, position=raw.tell)


def _decompressed(raw: BinaryIO, name: str) -> BinaryIO:
    lower = name.lower()
    if lower.endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if lower.endswith(".zst"):
        try:
            import zstandard
        except ImportError:
            raise InputError("unreadable", "reading .zst needs the zstandard package: "
                             "pip install 'cleaner[zstd]'") from None
        return io.BufferedReader(_ZstdReader(raw, zstandard.ZstdDecompressor()), 1024 * 1024)  # type: ignore
    return raw


class _ZstdReader(io.RawIOBase):
    """zstd frames, one after the other, decompressed as they are read.

    zstandard's ``stream_reader`` ends quietly on a truncated frame; a corpus run must say
    that lines were lost, so this reader checks that the last frame ended. Compressed data
    goes in small pieces, which bounds what one piece can expand to (a zstd bomb).
    """

    IN_CHUNK = 2048  # at most ~64 MB of output per piece, even for run-length blocks

    def __init__(self, raw: BinaryIO, decompressor) -> None:
        self.raw = raw
        self.dctx = decompressor
        self.obj = decompressor.decompressobj()
        self.pending = b""
        self.started = False  # inside a frame: input was fed since the last frame ended

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self.pending:
            chunk = self.raw.read(self.IN_CHUNK)
            if not chunk:
                if self.started:
                    raise InputError("decode", "truncated zstd data")
                return 0
            while chunk:
                self.started = True
                self.pending += self.obj.decompress(chunk)
                chunk = b""
                if self.obj.eof:  # a frame ended; what follows is the next frame
                    chunk = self.obj.unused_data
                    self.obj = self.dctx.decompressobj()
                    self.started = False
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n


def read_jsonl(stream: BinaryIO, file_id: str, file_source: str, fields: Fields, max_bytes: int,
               position: Callable[[], int] | None = None) -> Iterator[InputDoc]:
    """One document per non-blank line; line numbers count every line, from 1.

    A line is read at most ``max_bytes`` at a time, so one huge line costs no more memory
    than one huge page; it becomes a ``too-large`` error entry.
    """
    number = 0
    last = 0
    while True:
        try:
            line = stream.readline(max_bytes + 1)
        except Exception as exc:  # noqa: BLE001 (corrupt or truncated compressed data, gzip or zstd, or an I/O error)
            number += 1
            yield InputDoc(f"{file_id}/{number}", f"{file_source}:{number}", problem=f"cannot decompress the rest "
                           f"of the file: {exc}", problem_kind="decode")
            return
        if not line:
            return
        number += 1
        here = position() if position else last + len(line)
        weight, last = here - last, here
        doc_id, source = f"{file_id}/{number}", f"{file_source}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _drain_line(stream, max_bytes)
            yield InputDoc(doc_id, source, problem=f"line is over the limit of {max_bytes:,} bytes",
                           problem_kind="too-large", weight=weight)
            continue
        if not line.strip():
            continue  # blank lines (a trailing newline) are no input
        yield parse_line(line, doc_id, source, fields, weight)


def _drain_line(stream: BinaryIO, chunk: int) -> None:
    while True:
        rest = stream.readline(chunk)
        if not rest or rest.endswith(b"\n"):
            return


def parse_line(line: bytes, doc_id: str, source: str, fields: Fields, weight: int = 0) -> InputDoc:
    """One JSONL line as a document; what is wrong with it becomes its ``problem``."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return InputDoc(doc_id, source, problem=f"invalid JSON: {exc}", problem_kind="bad-line", weight=weight)
    if not isinstance(obj, dict):
        return InputDoc(doc_id, source, problem=f"not a JSON object but {type(obj).__name__}",
                        problem_kind="bad-line", weight=weight)
    given = obj.get(fields.id)
    if isinstance(given, (str, int)) and not isinstance(given, bool) and str(given).strip():
        doc_id = printable(str(given))
    url = obj.get(fields.url)
    outlet = obj.get(fields.outlet)
    meta = {"url": url if isinstance(url, str) else None, "outlet": outlet if isinstance(outlet, str) else None}
    text = obj.get(fields.text)
    if text is None:
        text = obj.get(fields.html)
    if text is None:
        return InputDoc(doc_id, source, problem=f"no {fields.text!r} or {fields.html!r} field",
                        problem_kind="missing-text", weight=weight, **meta)
    if not isinstance(text, str):
        return InputDoc(doc_id, source, problem=f"the text field holds {type(text).__name__}, not a string",
                        problem_kind="missing-text", weight=weight, **meta)
    return InputDoc(doc_id, source, text=text, weight=weight, **meta)


def read_stdin(stream: BinaryIO, fields: Fields, max_bytes: int) -> Iterator[InputDoc]:
    """Stdin is JSONL when it starts with ``{``, else one page."""
    head = stream.read(_SNIFF) or b""
    whole = io.BufferedReader(_Prefixed(head, stream))
    if head.lstrip()[:1] == b"{":
        yield from read_jsonl(whole, STDIN_ID, STDIN, fields, max_bytes)  # type: ignore[arg-type]
        return
    data = whole.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield InputDoc(STDIN_ID, STDIN, problem=f"more than the limit of {max_bytes:,} bytes",
                       problem_kind="too-large", weight=len(data))
        return
    yield InputDoc(STDIN_ID, STDIN, data=data, weight=len(data))


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff them), put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        if not data:
            return 0
        buffer[:len(data)] = data
        return len(data)
