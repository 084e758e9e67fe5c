"""Atomic output files: written under a temporary name, renamed into place when complete."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO

import orjson


class AtomicFile:
    """A file that appears under its final name only once it has been written completely."""

    def __init__(self, path: Path, mode: str = "wb") -> None:
        self.path = path
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.tmp = Path(tmp)
        self.fh: IO = os.fdopen(fd, mode)

    def __enter__(self) -> IO:
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


def dumps_line(obj: object) -> bytes:
    """One JSONL line; non-ASCII kept as UTF-8."""
    return orjson.dumps(obj) + b"\n"


def write_json(path: Path, obj: object) -> None:
    with AtomicFile(path) as fh:
        fh.write(orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
