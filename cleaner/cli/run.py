"""``cleaner run IN OUT``: clean a file, a folder, JSONL files or stdin into records."""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

import typer

from ..errors import CleanerError
from ..manifest import Manifest, ResumeError, run_settings
from ..repeats import report_section, table_for_run
from ..runner import run as run_corpus
from ..sinks import OutputSpec
from ..sources import Fields, Source
from .app import app
from .common import EXIT_CHECK_FAILED, EXIT_INTERRUPTED, OutputError, is_terminal, make_config, stderr, user_errors
from .progress import RunProgress


def check_output(inp: Path, out: Path, overwrite: bool, resume: bool = False) -> None:
    """Refuse an output folder that is the input, inside it, or already holds files.

    ``--resume`` wants the folder of the interrupted run, with its manifest.
    """
    src, dst = inp.resolve(), out.resolve()
    if str(inp) != "-" and src.is_dir() and (dst == src or src in dst.parents):
        raise OutputError(f"output folder {out} is inside the input folder {inp}; choose another")
    if dst.exists() and not dst.is_dir():
        raise OutputError(f"output {out} exists and is not a folder")
    if resume:
        if not Manifest.exists(dst):
            raise ResumeError(f"nothing to resume in {out}: no interrupted run there")
    elif dst.is_dir() and any(dst.iterdir()) and not overwrite:
        hint = " (an interrupted run: --resume finishes it)" if Manifest.exists(dst) else ""
        raise OutputError(f"output folder {out} is not empty{hint}; use --overwrite to replace its outputs")
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
    inp: Path = typer.Argument(..., metavar="IN", help="A page, a folder of pages (searched recursively), "
                               "JSONL files (.jsonl, .jsonl.gz, .jsonl.zst), or - for stdin."),
    out: Path = typer.Argument(..., metavar="OUT", help="Folder for records, errors.jsonl, report.json."),
    rules: list[Path] = typer.Option(None, "--rules", help="More rule files (a folder); same outlet id overrides."),
    outlet: str = typer.Option(None, "--outlet", help="Apply this outlet's rules to every page."),
    explain: bool = typer.Option(False, "--explain", help="Records carry what was removed and by which rule."),
    jobs: int = typer.Option(1, "-j", "--jobs", min=1, help="Worker processes (dask: local cluster workers)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace outputs in a non-empty OUT."),
    resume: bool = typer.Option(False, "--resume", help="Finish an interrupted run in OUT (same options and input)."),
    straighten_quotes: bool = typer.Option(False, "--straighten-quotes", help="Curly quotes to ASCII."),
    regex_timeout: float = typer.Option(1.0, "--regex-timeout", min=0.001, help="Seconds per rule regex match."),
    max_mb: float = typer.Option(50.0, "--max-mb", min=0.001, max=1e6, help="Inputs larger than this are rejected."),
    progress: bool = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    boilerplate_table: Path = typer.Option(None, "--boilerplate-table", metavar="FILE",
                                           help="Drop lines repeated across the corpus: a table (JSON) made by an "
                                                "earlier run, or built from IN in a first pass when FILE does not exist."),
    boilerplate_min_docs: int = typer.Option(5, "--boilerplate-min-docs", min=2,
                                             help="With --boilerplate-table: a line in this many documents is boilerplate."),
    text_field: str = typer.Option("text", "--text-field", help="JSONL field with the page text."),
    html_field: str = typer.Option("html", "--html-field", help="JSONL field with the page HTML (if no text)."),
    id_field: str = typer.Option("id", "--id-field", help="JSONL field with the id (else FILE-ID/LINE)."),
    url_field: str = typer.Option("url", "--url-field", help="JSONL field with the page URL."),
    shard_size: int = typer.Option(None, "--shard-size", min=1, metavar="N",
                                   help="Write records-00000.jsonl, ... of N inputs each."),
    compress: str = typer.Option(None, "--compress", metavar="gz", help="Compress the records (gz)."),
    fmt: str = typer.Option("jsonl", "--format", metavar="jsonl|parquet", help="Records as JSONL or Parquet."),
    engine: str = typer.Option("local", "--engine", metavar="local|dask", help="Where to clean."),
    scheduler: str = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                  help="dask scheduler (tcp://host:8786); none: a local cluster of -j workers."),
) -> None:
    """Clean every page under IN and write one record per page to OUT.

    Example: [bold]cleaner run seeds/ out/ --explain[/bold]

    A JSONL corpus in shards of 10,000, resumable after a crash:
    [bold]cleaner run pages.jsonl.zst out/ --shard-size 10000 -j 8[/bold], then
    [bold]cleaner run pages.jsonl.zst out/ --shard-size 10000 -j 8 --resume[/bold]

    Two passes over a corpus, dropping lines repeated in 5+ documents:
    [bold]cleaner run pages/ out/ --boilerplate-table pages-repeats.json[/bold]
    """
    with user_errors():
        config = make_config(rules, outlet, explain=explain, straighten_quotes=straighten_quotes,
                             regex_timeout=regex_timeout, max_bytes=int(max_mb * 1024 * 1024),
                             boilerplate_table=boilerplate_table, boilerplate_min_docs=boilerplate_min_docs)
        output = OutputSpec(format=fmt, compress=compress, shard_size=shard_size)
        fields = Fields(text=text_field, html=html_field, id=id_field, url=url_field)
        run_engine = None
        if engine == "dask" or scheduler:
            from ..engines.dask import outcomes as dask_outcomes
            from ..engines.dask import require_distributed

            require_distributed()
            run_engine = partial(dask_outcomes, scheduler=scheduler)
        elif engine != "local":
            raise CleanerError(f"unknown engine {engine!r} (choose local or dask)")
        source = Source(inp, fields=fields, max_bytes=config.max_bytes)
        if resume and not source.reiterable:
            raise ResumeError("--resume cannot read stdin again; give the input as a file")
        check_output(inp, out, overwrite, resume)
        extra: dict = {}
        if boilerplate_table is not None:
            if not boilerplate_table.exists() and not source.reiterable:
                raise CleanerError("building a --boilerplate-table needs two passes over the input: not from stdin")
            table, built = table_for_run(boilerplate_table, source, config.max_bytes)
            extra = report_section(table, boilerplate_table, built, boilerplate_min_docs)
        from ..pipeline import shared_cleaner

        shared_cleaner(config, fresh=True)  # load and validate rules before any worker starts (they inherit it)
        settings = run_settings(config, source.fingerprint(),
                                {"fields": [fields.text, fields.html, fields.id, fields.url, fields.outlet]})
        show = is_terminal() if progress is None else progress
        try:
            with RunProgress(stderr, source.total_bytes, show=show) as bar:
                summary = run_corpus(source, out, config, jobs=jobs, output=output, engine=run_engine,
                                     resume=resume, settings=settings, on_progress=bar.advance, extra_report=extra)
        except KeyboardInterrupt:
            if Manifest.exists(out):
                typer.echo("cleaner: interrupted; finished chunks are kept: add --resume to finish the run", err=True)
                raise typer.Exit(EXIT_INTERRUPTED) from None
            raise
        stderr.print(f"{summary['records']} records, {summary['errors']} errors "
                     f"({summary['inputs']} inputs) in {summary['seconds']}s -> {out}")
        if not summary["accounted"]:  # a bug, never a user's fault: say it loudly
            problems = "; ".join(summary["accounting_problems"][:3])
            typer.echo(f"cleaner: error: accounting check failed, records + errors != inputs: {problems} "
                       f"(see {out / 'report.json'})", err=True)
            raise typer.Exit(EXIT_CHECK_FAILED)
