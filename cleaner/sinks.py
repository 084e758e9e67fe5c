"""Record writers: JSONL (optionally gzip) or Parquet, one file per shard or one in all.

Every writer writes under a temporary name (:class:`AtomicFile`) and publishes on
``commit``, so a shard either exists complete or not at all. Bytes are deterministic (gzip
without a timestamp, Parquet with a fixed schema), which is what lets a resumed run end
byte-identical to an uninterrupted one.
"""

from __future__ import annotations

import gzip
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import orjson

from .errors import CleanerError
from .output import AtomicFile, dumps_line

FORMATS = ("jsonl", "parquet")
COMPRESSIONS = ("gz",)
GZIP_LEVEL = 6  # zlib's default: most of the gain of 9 at a fraction of its time
_OUTPUT_NAME = re.compile(r"^records(?:-\d{5})?\.(?:jsonl|jsonl\.gz|parquet)$")
# Record fields with a column of their own in Parquet; any other field (``removed`` with
# --explain) goes as JSON text into the ``extra`` column.
PARQUET_FIELDS = ("id", "source", "outlet", "headline", "standfirst", "dateline", "body", "credit")


@dataclass(frozen=True, slots=True)
class OutputSpec:
    """How records are written: ``--format``, ``--compress`` and ``--shard-size``."""

    format: str = "jsonl"
    compress: str | None = None
    shard_size: int | None = None

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise CleanerError(f"unknown output format {self.format!r} (choose from {', '.join(FORMATS)})")
        if self.compress not in (None, *COMPRESSIONS):
            raise CleanerError(f"unknown compression {self.compress!r} (choose from {', '.join(COMPRESSIONS)})")
        if self.shard_size is not None and self.shard_size < 1:
            raise CleanerError("--shard-size must be at least 1")
        if self.format == "parquet":
            parquet_modules()  # fail before any work when pyarrow is missing

    @property
    def suffix(self) -> str:
        if self.format == "parquet":
            return ".parquet"
        return ".jsonl.gz" if self.compress == "gz" else ".jsonl"

    def shard_name(self, index: int) -> str:
        return f"records-{index:05d}{self.suffix}"

    @property
    def single_name(self) -> str:
        return f"records{self.suffix}"


class RecordSink(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...
    def commit(self) -> None: ...
    def discard(self) -> None: ...


def open_sink(path: Path, spec: OutputSpec) -> RecordSink:
    """A writer for one records file (a shard, or a part of a single file)."""
    if spec.format == "parquet":
        return ParquetSink(path, spec)
    return JsonlSink(path, gz=spec.compress == "gz")


class JsonlSink:
    """Records as JSON lines; with ``gz``, one gzip member per file (mtime 0, no name)."""

    def __init__(self, path: Path, *, gz: bool = False) -> None:
        self.file = AtomicFile(path, commit=False)
        self.gz = gzip.GzipFile(filename="", fileobj=self.file.fh, mode="wb", compresslevel=GZIP_LEVEL,
                                mtime=0) if gz else None
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        (self.gz or self.file.fh).write(dumps_line(record))
        self.count += 1

    def commit(self) -> None:
        if self.gz is not None:
            self.gz.close()  # writes the gzip trailer; the underlying file stays open
        self.file.commit()

    def discard(self) -> None:
        self.file.discard()


def parquet_modules():
    """``pyarrow`` and ``pyarrow.parquet``, or a one-line error naming the extra."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise CleanerError("--format parquet needs pyarrow: pip install 'cleaner[parquet]'") from None
    return pyarrow, pyarrow.parquet


def parquet_schema():
    pa, _ = parquet_modules()
    s = pa.string()
    return pa.schema([
        ("id", s), ("source", s), ("outlet", s), ("headline", s), ("standfirst", s),
        ("dateline", pa.struct([("place", s), ("date", s), ("raw", s)])),
        ("body", pa.list_(s)),
        ("credit", pa.struct([("raw", s), ("authors", pa.list_(s)), ("agency", s)])),
        ("extra", s),
    ])


class ParquetSink:
    """Records of one shard as one Parquet file with a fixed schema.

    The rows of a shard are held until ``commit`` (a shard is bounded by ``--shard-size``
    or the run's chunk size), then written as one row group.
    """

    def __init__(self, path: Path, spec: OutputSpec) -> None:
        self.path = path
        self.compression = "gzip" if spec.compress == "gz" else "snappy"
        self.rows: list[dict[str, Any]] = []
        self.done = False

    def write(self, record: dict[str, Any]) -> None:
        row = {k: record.get(k) for k in PARQUET_FIELDS}
        extra = {k: v for k, v in record.items() if k not in PARQUET_FIELDS}
        row["extra"] = orjson.dumps(extra, option=orjson.OPT_SORT_KEYS).decode() if extra else None
        self.rows.append(row)

    def commit(self) -> None:
        pa, pq = parquet_modules()
        table = pa.Table.from_pylist(self.rows, schema=parquet_schema())
        with AtomicFile(self.path) as fh:
            pq.write_table(table, fh, compression=self.compression)
        self.rows = []
        self.done = True

    def discard(self) -> None:
        self.rows = []
        self.done = True


def concatenate(parts: list[Path], target: AtomicFile, spec: OutputSpec) -> None:
    """Join part files into one records file (the output of a run without ``--shard-size``).

    JSONL parts (gzip members too) are joined byte for byte; Parquet parts become the row
    groups of one file.
    """
    if spec.format != "parquet":
        for part in parts:
            with open(part, "rb") as fh:
                shutil.copyfileobj(fh, target.fh, 1024 * 1024)
        return
    _, pq = parquet_modules()
    compression = "gzip" if spec.compress == "gz" else "snappy"
    with pq.ParquetWriter(target.fh, parquet_schema(), compression=compression) as writer:
        for part in parts:
            writer.write_table(pq.read_table(part, schema=parquet_schema()))


def stale_outputs(out_dir: Path, keep: set[str]) -> list[Path]:
    """Records files an earlier run left in ``out_dir`` that this run did not write."""
    return [p for p in out_dir.iterdir() if _OUTPUT_NAME.match(p.name) and p.name not in keep]
