"""Helpers for the corpus-scale suite: generated JSONL corpora and output readers."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app

cli = CliRunner()


def page(i: int) -> str:
    """A small page with a headline, two story paragraphs and a widget line."""
    return (f"Council Number {i} Meets\n\nThe council met on Monday to discuss item {i} of the budget.\n\n"
            f"Share this\n\nResidents will vote on plan {i} next spring.")


def jsonl_lines(n: int, *, start: int = 0) -> list[str]:
    return [json.dumps({"id": f"doc-{i:05d}", "text": page(i), "url": None}) for i in range(start, start + n)]


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = ("\n".join(lines) + "\n").encode()
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    elif path.name.endswith(".zst"):
        import zstandard

        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return path


def run(*args: str, input: bytes | None = None):
    return cli.invoke(app, ["run", *args, "--no-progress"], input=input)


def read_jsonl(path: Path) -> list[dict]:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return [json.loads(line) for line in data.decode().splitlines()]


def outputs(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too), report.json without its timings."""
    files = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            if p.name == "report.json":
                report = json.loads(data)
                for key in ("seconds", "docs_per_second", "mb_per_second"):
                    report.pop(key, None)
                data = json.dumps(report, sort_keys=True).encode()
            files[p.relative_to(folder).as_posix()] = data
    return files
