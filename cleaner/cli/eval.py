"""``cleaner eval RECORDS GOLD_DIR``: score records against gold records."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import InputError
from .app import app
from .common import EXIT_CHECK_FAILED, user_errors

PIPED_WIDTH = 160  # table width when output is not a terminal


def read_records(path: Path) -> dict[str, dict[str, Any]]:
    """Records by id from a records.jsonl file, or from the records.jsonl in a run's output folder."""
    if path.is_dir():
        path = path / "records.jsonl"
    if not path.is_file():
        raise InputError("missing", f"records not found: {path}")
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise InputError("decode", f"{path}:{n}: not a JSON record: {exc}") from None
            out[str(record.get("id"))] = record
    return out


def read_gold(folder: Path) -> dict[str, dict[str, Any]]:
    """Gold records by id (the ``id`` field, else the file name) from ``*.json`` files."""
    if not folder.is_dir():
        raise InputError("missing", f"gold folder not found: {folder}")
    out = {}
    for path in sorted(folder.rglob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise InputError("decode", f"{path}: not a JSON record: {exc}") from None
        out[str(gold.get("id") or path.stem)] = gold
    if not out:
        raise InputError("missing", f"no gold records (*.json) in {folder}")
    return out


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


@app.command("eval")
def eval_command(
    records: Path = typer.Argument(..., metavar="RECORDS", help="records.jsonl, or the OUT folder of cleaner run."),
    gold_dir: Path = typer.Argument(..., metavar="GOLD_DIR", help="Folder of gold records (*.json)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable scores."),
    min_f1: float = typer.Option(None, "--min-f1", min=0.0, max=1.0, help="Exit 1 if the mean body F1 is lower."),
) -> None:
    """Score records against gold: body precision / recall / F1 per document and overall, exact bodies, leaked and lost paragraphs, field accuracy.

    Example: [bold]cleaner run seeds/ out/ && cleaner eval out/ tests/gold/seeds[/bold]
    """
    with user_errors():
        from ..evaluate import FIELDS, score_all

        summary = score_all(read_records(records), read_gold(gold_dir))
        result = summary.to_dict()
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        out = Console(highlight=False, width=None if sys.stdout.isatty() else PIPED_WIDTH)
        table = Table(title="body P/R/F1 (%) and fields per document")
        table.add_column("document", no_wrap=True)
        for col in ("P", "R", "F1", "exact", "leaked", "lost", *FIELDS):
            table.add_column(col, justify="right", no_wrap=True)
        for d in summary.docs:
            table.add_row(escape(d.id), _pct(d.precision), _pct(d.recall), _pct(d.f1), "yes" if d.exact else "no",
                          str(len(d.leaked)), str(len(d.lost)),
                          *("ok" if d.fields.get(f) else "[red]x[/red]" for f in FIELDS))
        table.add_section()
        table.add_row("[bold]overall[/bold]", _pct(result["precision"]), _pct(result["recall"]), _pct(result["f1"]),
                      f"{result['exact']}/{result['documents']}", str(result["leaked_paragraphs"]),
                      str(result["lost_paragraphs"]), *(_pct(result["fields"][f]) for f in FIELDS))
        out.print(table)
        for d in summary.docs:
            for p in d.leaked:
                out.print(f"[red]leaked[/red] {escape(d.id)}: {escape(p[:150])}")
            for p in d.lost:
                out.print(f"[yellow]lost[/yellow]   {escape(d.id)}: {escape(p[:150])}")
        if summary.missing:
            out.print(f"[red]no record for[/red] {', '.join(summary.missing)}")
    if min_f1 is not None and result["f1"] < min_f1:
        typer.echo(f"cleaner: mean body F1 {result['f1']:.4f} is below --min-f1 {min_f1}", err=True)
        raise typer.Exit(EXIT_CHECK_FAILED)
