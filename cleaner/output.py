"""Atomic output files: written under a temporary name, renamed into place when complete.

A run that fails or is interrupted (Ctrl-C) leaves no partial file under a final name:
the temporary file is removed, and whatever a previous run wrote stays as it was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO

import orjson


class AtomicFile:
    """A file that appears under its final name only once it has been written completely.

    As a context manager it commits on success and discards on any exception (including
    KeyboardInterrupt). ``commit=False`` leaves the commit to the caller, so that several
    files can be published together, at the very end of a run.
    """

    def __init__(self, path: Path, mode: str = "wb", *, commit: bool = True) -> None:
        self.path = path
        self.auto_commit = commit
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.tmp = Path(tmp)
        self.fh: IO = os.fdopen(fd, mode)
        self.done = False

    def __enter__(self) -> IO:
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.discard()
        elif self.auto_commit:
            self.commit()
        else:
            self.close()

    def close(self) -> None:
        """Flush the data to disk, keeping the temporary name."""
        if not self.fh.closed:
            try:
                self.fh.flush()
                os.fsync(self.fh.fileno())
            finally:
                self.fh.close()

    def commit(self) -> None:
        """Publish the file under its final name (a rename: atomic on one file system)."""
        if self.done:
            return
        try:
            self.close()
            os.chmod(self.tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
            os.replace(self.tmp, self.path)
        except BaseException:
            self.discard()
            raise
        self.done = True

    def discard(self) -> None:
        """Drop the temporary file; the final name keeps whatever it had before."""
        if self.done:
            return
        self.done = True
        try:
            self.fh.close()
        except OSError:
            pass
        self.tmp.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def dumps_line(obj: object) -> bytes:
    """One JSONL line; non-ASCII kept as UTF-8."""
    return orjson.dumps(obj) + b"\n"


def write_json(path: Path, obj: object) -> None:
    with AtomicFile(path) as fh:
        fh.write(json_bytes(obj))


def json_bytes(obj: object) -> bytes:
    """Indented JSON with sorted keys: stable bytes for reports that people diff."""
    return orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
