"""What every command shares: one-line errors, documented exit codes, rule loading."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from typer import _click
from typer.core import TyperGroup

from ..config import Config
from ..errors import CleanerError, InputError, RuleError

# Exit codes (also in the README).
EXIT_OK = 0  # success; per-document failures are listed in errors.jsonl, not fatal
EXIT_CHECK_FAILED = 1  # lint found problems, rule tests failed, eval below target
EXIT_USAGE = 2  # bad option or argument, missing input (typer/click use 2 as well)
EXIT_RULES = 3  # a rule file is invalid
EXIT_OUTPUT = 4  # the output folder cannot be used or written
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)

stderr = Console(stderr=True, highlight=False)


class State:
    debug = False


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can cause into ``cleaner: error: ...`` and an exit code."""
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        if State.debug:
            raise
        typer.echo("cleaner: interrupted (no output files were left half-written)", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:
        if State.debug:
            raise
        code, message = _classify(exc)
        typer.echo(f"cleaner: error: {message}", err=True)
        raise typer.Exit(code) from None


def _classify(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, RuleError):
        return EXIT_RULES, str(exc)
    if isinstance(exc, InputError):
        return EXIT_USAGE, str(exc)
    if isinstance(exc, OutputError):
        return EXIT_OUTPUT, str(exc)
    if isinstance(exc, CleanerError):
        return EXIT_USAGE, str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return EXIT_OUTPUT, f"{exc.strerror or exc}{where}"
    return EXIT_USAGE, f"{type(exc).__name__}: {exc} (run with --debug for the traceback)"


# click's Abort (Ctrl-C at a prompt); typer's vendored click may not have it. Looked up once,
# so that evaluating the ``except`` clause can never raise AttributeError itself.
_ABORT: type[BaseException] = getattr(_click.exceptions, "Abort", KeyboardInterrupt)


class CleanerGroup(TyperGroup):
    """The command group: usage errors (bad option, missing argument) as one line too.

    click prints a usage block and a boxed message; a user running ``cleaner`` over a corpus
    in a script wants ``cleaner: error: ...`` and exit code 2, like every other failure.
    """

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):  # type: ignore[override]
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _click.exceptions.NoArgsIsHelpError as exc:
            typer.echo(exc.format_message(), err=True)
            sys.exit(EXIT_USAGE)
        except _click.exceptions.UsageError as exc:
            if State.debug:
                raise
            where = f"; see '{exc.ctx.command_path} --help'" if exc.ctx is not None else ""
            typer.echo(f"cleaner: error: {' '.join(exc.format_message().split()).rstrip('.')}{where}", err=True)
            sys.exit(EXIT_USAGE)
        except _click.exceptions.ClickException as exc:
            typer.echo(f"cleaner: error: {' '.join(exc.format_message().split())}", err=True)
            sys.exit(exc.exit_code)
        except (_ABORT, KeyboardInterrupt):
            typer.echo("cleaner: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(rv if isinstance(rv, int) else EXIT_OK)


class OutputError(CleanerError):
    """The output folder is unusable: inside the input, not empty, not writable."""


def make_config(rules: list[Path] | None, outlet: str | None, **kwargs) -> Config:
    return Config(rules_dirs=tuple(rules or ()), outlet=outlet, **kwargs)


def is_terminal() -> bool:
    return sys.stderr.isatty()
