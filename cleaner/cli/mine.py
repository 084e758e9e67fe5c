"""``cleaner mine CORPUS``: recurring lines and blocks, printed as rule snippets."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from .app import app
from .common import is_terminal, make_config, stderr, user_errors


@app.command("mine")
def mine_command(
    corpus: Path = typer.Argument(..., metavar="CORPUS", help="A folder of pages (searched recursively)."),
    min_docs: int = typer.Option(3, "--min-docs", min=2, help="A line must recur on this many pages."),
    top: int = typer.Option(20, "--top", min=1, help="Lines (and blocks) shown per outlet or cluster."),
    rules: list[Path] = typer.Option(None, "--rules", help="More rule files (a folder); same outlet id overrides."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output, every item included."),
) -> None:
    """Find lines and blocks that recur across CORPUS and print them as \\[\\[drop]] / \\[\\[cut_after]] TOML.

    Pages are grouped by the outlet the rules match; pages with generic rules only are clustered by the template lines they share. Lines the current rules already remove are not proposed again.

    Example: [bold]cleaner mine ../shared/corpus/raw --min-docs 3 --top 10 > candidates.toml[/bold]
    """
    with user_errors():
        from ..authoring.mine import mine, snippets
        from ..pipeline import Cleaner

        if not corpus.is_dir():
            from ..errors import InputError

            raise InputError("missing", f"corpus folder not found: {corpus}")
        cleaner = Cleaner(make_config(rules, None))
        if is_terminal():
            with stderr.status(f"reading {corpus} ..."):
                groups = mine(corpus, cleaner, min_docs=min_docs, top=top)
        else:
            groups = mine(corpus, cleaner, min_docs=min_docs, top=top)
    if as_json:
        typer.echo(json.dumps([g.to_dict() for g in groups], ensure_ascii=False, indent=1))
        return
    if not groups:
        typer.echo(f"# nothing recurs on {min_docs} or more pages", err=True)
    typer.echo("\n".join(snippets(g) for g in groups), nl=False)
