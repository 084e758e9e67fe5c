"""``cleaner explain FILE``: the page paragraph by paragraph, kept or dropped, and why."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from .app import app
from .common import make_config, user_errors

MAX_SHOWN = 160  # characters of a paragraph shown per line; --json has the full text
FIELDS = ("headline", "standfirst", "dateline", "credit")


def _short(text: str) -> str:
    return escape(text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 1] + "…")


def _field_text(name: str, value: dict | str | None) -> str:
    if value is None:
        return "-"
    if name == "dateline" and isinstance(value, dict):
        return f"{value['raw']}  (place={value['place']}, date={value['date']})"
    if name == "credit" and isinstance(value, dict):
        return f"{value['raw']}  (authors={', '.join(value['authors']) or '-'}, agency={value['agency']})"
    return str(value)


@app.command("explain")
def explain_command(
    file: Path = typer.Argument(..., metavar="FILE", help="A page (text dump) to explain."),
    outlet: str = typer.Option(None, "--outlet", help="Apply this outlet's rules instead of matching."),
    rules: list[Path] = typer.Option(None, "--rules", help="More rule files (a folder); same outlet id overrides."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Show every paragraph of FILE, kept or dropped, with the rule behind each decision.

    Also lists the spans cut from kept paragraphs and where each field was read.

    Example: [bold]cleaner explain seeds/000_bc361f33faddde71.txt[/bold]
    """
    with user_errors():
        from ..authoring.explain import explain
        from ..authoring.pages import read_page
        from ..pipeline import Cleaner

        cleaner = Cleaner(make_config(rules, outlet))
        result = explain(cleaner, read_page(file), id=file.stem)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    out = Console(highlight=False, soft_wrap=True)
    record = result.article.to_dict()
    out.print(f"[bold]{escape(str(file))}[/bold]  outlet: [cyan]{record['outlet'] or '(generic only)'}[/cyan]"
              f"  rules: {' > '.join(result.chain)}")
    out.print("\n[bold]fields[/bold]")
    for name in FIELDS:
        where = result.article.fields_from.get(name)
        origin = f"  [dim]<- {escape(where)}[/dim]" if where else ""
        out.print(f"  {name:<11} {escape(_field_text(name, record[name]))}{origin}")
    out.print("\n[bold]paragraphs[/bold]")
    why = {line.index: (line.rule or "?") + (f" ({line.score:.2f})" if line.score is not None else "")
           for line in result.lines if not line.kept}
    width = max((len(w) for w in why.values()), default=4)
    for line in result.lines:
        if line.kept:
            out.print(f"  {line.index:>3} [green]keep[/green] {'':<{width}}  {_short(line.final or line.text)}")
        else:
            out.print(f"  {line.index:>3} [red]drop[/red] [yellow]{escape(why[line.index]):<{width}}[/yellow]  "
                      f"[dim]{_short(line.text)}[/dim]")
        for span in line.spans:
            out.print(f"      [magenta]{span.kind}[/magenta] {escape(span.rule)}: {_short(span.text)!r}")
    for t in result.article.timeouts:
        out.print(f"[red]regex timeout[/red] {escape(t)}")
