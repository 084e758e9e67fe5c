"""``cleaner run IN OUT``: clean a file or a folder of pages into records."""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from ..inputs import discover
from ..repeats import report_section, table_for_run
from ..runner import Outcome, run as run_corpus
from .app import app
from .common import EXIT_CHECK_FAILED, OutputError, is_terminal, make_config, stderr, user_errors


def check_output(inp: Path, out: Path, overwrite: bool) -> None:
    """Refuse an output folder that is the input, inside it, or already holds files."""
    src, dst = inp.resolve(), out.resolve()
    if src.is_dir() and (dst == src or src in dst.parents):
        raise OutputError(f"output folder {out} is inside the input folder {inp}; choose another")
    if dst.exists() and not dst.is_dir():
        raise OutputError(f"output {out} exists and is not a folder")
    if dst.is_dir() and any(dst.iterdir()) and not overwrite:
        raise OutputError(f"output folder {out} is not empty; use --overwrite to replace its outputs")
    probe_writable(out)


def probe_writable(out: Path) -> None:
    """Fail before any work when OUT cannot be created or written (read-only disk, permissions)."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        raise OutputError(f"cannot write to the output folder {out}: {exc.strerror or exc}") from None


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
    max_mb: float = typer.Option(50.0, "--max-mb", min=0.001, max=1e6, help="Inputs larger than this are rejected."),
    progress: bool = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    boilerplate_table: Path = typer.Option(None, "--boilerplate-table", metavar="FILE",
                                           help="Drop lines repeated across the corpus: a table (JSON) made by an "
                                                "earlier run, or built from IN in a first pass when FILE does not exist."),
    boilerplate_min_docs: int = typer.Option(5, "--boilerplate-min-docs", min=2,
                                             help="With --boilerplate-table: a line in this many documents is boilerplate."),
) -> None:
    """Clean every page under IN and write one record per page to OUT.

    Example: [bold]cleaner run seeds/ out/ --explain[/bold]

    Two passes over a corpus, dropping lines repeated in 5+ documents:
    [bold]cleaner run pages/ out/ --boilerplate-table pages-repeats.json[/bold]
    """
    with user_errors():
        config = make_config(rules, outlet, explain=explain, straighten_quotes=straighten_quotes,
                             regex_timeout=regex_timeout, max_bytes=int(max_mb * 1024 * 1024),
                             boilerplate_table=boilerplate_table, boilerplate_min_docs=boilerplate_min_docs)
        docs = discover(inp)
        check_output(inp, out, overwrite)
        extra: dict = {}
        if boilerplate_table is not None:
            table, built = table_for_run(boilerplate_table, docs, config.max_bytes)
            extra = report_section(table, boilerplate_table, built, boilerplate_min_docs)
        from ..pipeline import Cleaner

        Cleaner(config)  # load and validate rules before any worker starts
        show = is_terminal() if progress is None else progress
        with Progress(TextColumn("[bold]cleaning"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=stderr,
                      disable=not show, transient=False) as bar:
            task = bar.add_task("clean", total=len(docs), rate="")

            def tick(_: Outcome) -> None:
                bar.advance(task)

            summary = run_corpus(docs, out, config, jobs=jobs, on_progress=tick, extra_report=extra)
        stderr.print(f"{summary['records']} records, {summary['errors']} errors "
                     f"({summary['inputs']} inputs) in {summary['seconds']}s -> {out}")
        if not summary["accounted"]:  # a bug, never a user's fault: say it loudly
            problems = "; ".join(summary["accounting_problems"][:3])
            typer.echo(f"cleaner: error: accounting check failed, records + errors != inputs: {problems} "
                       f"(see {out / 'report.json'})", err=True)
            raise typer.Exit(EXIT_CHECK_FAILED)
