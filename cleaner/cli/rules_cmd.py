"""``cleaner rules lint|test|new``: check, test and scaffold rule files."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from .app import app
from .common import EXIT_CHECK_FAILED, user_errors

rules_app = typer.Typer(help="Check, test and scaffold rule files.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

PATHS_HELP = "Rule files or folders (default: the bundled rules)."


@rules_app.command("lint")
def lint_command(
    paths: list[Path] = typer.Argument(None, help="Rule files or folders to lint "
                                       "along with the bundled rules."),
    bundled: bool = typer.Option(True, "--bundled/--no-bundled", help="Also lint the bundled rules."),
    fixtures: bool = typer.Option(True, "--fixtures/--no-fixtures",
                                  help="Run \\[\\[tests]] fixtures to find rules that never trigger."),
) -> None:
    """Report every problem in rule files as [bold]file:rule-id: message[/bold]; exit 1 if any.

    Checks unknown keys, types, regexes that do not compile or are prone to catastrophic backtracking, duplicate ids, extends cycles and unknown parents, an outlet id that differs from the file name, and rules that no \\[\\[tests]] fixture triggers.

    Example: [bold]cleaner rules lint my-rules/ --no-bundled[/bold]
    """
    with user_errors():
        from ..authoring.lint import lint

        problems = lint(paths or [], bundled=bundled, fixtures=fixtures)
    for p in problems:
        typer.echo(str(p))
    if problems:
        typer.echo(f"{len(problems)} problem(s)", err=True)
        raise typer.Exit(EXIT_CHECK_FAILED)
    typer.echo("no problems", err=True)


@rules_app.command("test")
def test_command(
    paths: list[Path] = typer.Argument(None, help=PATHS_HELP),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable results."),
) -> None:
    """Run the \\[\\[tests]] of rule files: fixture pages against expected records and snippets.

    On failure, shows the fields that differ and a paragraph diff of the body, and exits with 1.

    Example: [bold]cleaner rules test rules/reuters.toml[/bold]
    """
    with user_errors():
        from ..authoring.ruletest import run_tests
        from ..rules.loader import bundled_rules_dir

        results = run_tests(paths or [bundled_rules_dir()])
    failed = [r for r in results if not r.passed]
    if as_json:
        typer.echo(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=1))
    else:
        out = Console(highlight=False, soft_wrap=True)
        for r in results:
            label = f"{escape(r.file)}:{escape(r.case)}" + (f" ({escape(r.fixture)})" if r.fixture else "")
            tag = {"pass": "[green]PASS[/green]", "fail": "[red]FAIL[/red]", "skip": "[yellow]SKIP[/yellow]"}
            out.print(f"{tag[r.status]} {label}")
            for line in r.problems:
                style = "red" if line.lstrip().startswith("-") else "green" if line.lstrip().startswith("+") else ""
                text = escape(line)
                out.print(f"    [{style}]{text}[/{style}]" if style else f"    {text}")
        skipped = sum(r.skipped for r in results)
        out.print(f"{len(results) - len(failed) - skipped} passed, {len(failed)} failed, {skipped} skipped")
    if failed:
        raise typer.Exit(EXIT_CHECK_FAILED)


@rules_app.command("new")
def new_command(
    outlet_id: str = typer.Argument(..., metavar="ID", help="Outlet id (lowercase); names the rule file."),
    samples: list[Path] = typer.Option(..., "--from", help="A sample page of the outlet; give two or more."),
    rules_dir: Path = typer.Option(Path("rules"), "--dir", help="Folder for ID.toml and fixtures/ID/."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing rule file and its fixtures."),
) -> None:
    """Scaffold DIR/ID.toml, its fixtures and tests from sample pages of a new outlet.

    Proposes a fingerprint and drop / cut_after rules from the lines all samples share (marked REVIEW), copies the samples to DIR/fixtures/ID/ and writes their expected records as the rules produce them now, for you to correct.

    Example: [bold]cleaner rules new harbour-gazette --from page1.txt --from page2.txt --dir my-rules/[/bold]
    """
    with user_errors():
        from ..authoring.scaffold import scaffold
        from ..errors import InputError

        for sample in samples:
            if not sample.is_file():
                raise InputError("missing", f"sample page not found: {sample}")
        rules_dir.mkdir(parents=True, exist_ok=True)
        result = scaffold(outlet_id, samples, rules_dir, force=force)
    out = Console(highlight=False, soft_wrap=True)
    out.print(f"wrote {escape(str(result.rule_file))}")
    for c in result.candidates:
        mark = " (fingerprint)" if c.fingerprint and c.kind != "match" else ""
        out.print(f"  {'fingerprint' if c.kind == 'match' else c.kind:<11} {escape(c.text)}{mark}")
    for path in result.fixtures + result.expected:
        out.print(f"wrote {escape(str(path))}")
    for w in result.warnings:
        out.print(f"[yellow]warning:[/yellow] {escape(w)}")
    out.print(f"next: review REVIEW lines and the expected records, then "
              f"[bold]cleaner rules test {escape(str(result.rule_file))}[/bold]")
