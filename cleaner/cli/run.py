"""``cleaner run IN OUT``: clean a file or a folder of pages into records."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..inputs import discover
from ..runner import Outcome, run as run_corpus
from .app import app
from .common import OutputError, is_terminal, make_config, stderr, user_errors


def check_output(inp: Path, out: Path, overwrite: bool) -> None:
    """Refuse an output folder that is the input, inside it, or already holds files."""
    src, dst = inp.resolve(), out.resolve()
    if src.is_dir() and (dst == src or src in dst.parents):
        raise OutputError(f"output folder {out} is inside the input folder {inp}; choose another")
    if dst.exists() and not dst.is_dir():
        raise OutputError(f"output {out} exists and is not a folder")
    if dst.is_dir() and any(dst.iterdir()) and not overwrite:
        raise OutputError(f"output folder {out} is not empty; use --overwrite to replace its outputs")


@app.command("run")
def run_command(
    inp: Path = typer.Argument(..., metavar="IN", help="A page, or a folder of pages (searched recursively)."),
    out: Path = typer.Argument(..., metavar="OUT", help="Folder for records.jsonl, errors.jsonl, report.json."),
    rules: list[Path] = typer.Option(None, "--rules", help="More rule files (a folder); same outlet id overrides."),
    outlet: str = typer.Option(None, "--outlet", help="Apply this outlet's rules to every page."),
    explain: bool = typer.Option(False, "--explain", help="Records carry what was removed and by which rule."),
    jobs: int = typer.Option(1, "-j", "--jobs", min=1, help="Worker processes."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace outputs in a non-empty OUT."),
    straighten_quotes: bool = typer.Option(False, "--straighten-quotes", help="Curly quotes to ASCII."),
    regex_timeout: float = typer.Option(1.0, "--regex-timeout", min=0.001, help="Seconds per rule regex match."),
    max_mb: float = typer.Option(50.0, "--max-mb", min=0.001, help="Inputs larger than this are rejected."),
    progress: bool = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: on a terminal)."),
) -> None:
    """Clean every page under IN and write one record per page to OUT.

    Example: [bold]cleaner run seeds/ out/ --explain[/bold]
    """
    with user_errors():
        config = make_config(rules, outlet, explain=explain, straighten_quotes=straighten_quotes,
                             regex_timeout=regex_timeout, max_bytes=int(max_mb * 1024 * 1024))
        docs = discover(inp)
        check_output(inp, out, overwrite)
        from ..pipeline import Cleaner

        Cleaner(config)  # load and validate rules before any worker starts
        show = is_terminal() if progress is None else progress
        with Progress(TextColumn("[bold]cleaning"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=stderr,
                      disable=not show, transient=False) as bar:
            task = bar.add_task("clean", total=len(docs), rate="")

            def tick(_: Outcome) -> None:
                bar.advance(task)

            summary = run_corpus(docs, out, config, jobs=jobs, on_progress=tick)
        stderr.print(f"{summary['records']} records, {summary['errors']} errors "
                     f"({summary['inputs']} inputs) in {summary['seconds']}s -> {out}")
