"""The typer application and its entry point."""

from __future__ import annotations

import typer

from .. import __version__
from .common import CleanerGroup, State

app = typer.Typer(
    name="cleaner",
    help="Clean scraped news pages into article records, with outlet rule files.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
    cls=CleanerGroup,  # one-line usage errors (cli/common.py)
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cleaner {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    State.debug = debug


from . import eval as _eval  # noqa: F401
from . import explain as _explain  # noqa: F401
from . import mine as _mine  # noqa: F401
from . import rules_cmd as _rules_cmd  # noqa: F401
from . import run as _run  # noqa: F401  (registers the command)


def main() -> None:
    app()
