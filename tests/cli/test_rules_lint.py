"""``cleaner rules lint`` through typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cleaner.authoring.backtrack import static_risk
from cleaner.cli import app

from ..conftest import write_rules

runner = CliRunner()

GOOD = """
[outlet]
id = "harbour-notes"
[match]
text = ['^Harbour Notes Weekly$']
[[drop]]
id = "print-promo"
pattern = '^Buy the print edition now$'
[[drop]]
id = "never-seen"
pattern = '^Nothing on the fixture says this$'
[[tests]]
fixture = "page.txt"
contains = ["The ferry left on time."]
"""
PAGE = "Harbour Notes Weekly\n\nThe ferry left on time.\n\nBuy the print edition now\n\nIt came back late.\n"


def lint(*args: str):
    return runner.invoke(app, ["rules", "lint", *args])


def problems(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.count(":") >= 2 and not line.startswith(" ")]


def test_misspelled_key_and_unclosed_group_both_reported(tmp_path: Path) -> None:
    path = write_rules(tmp_path, "broken", """
[outlet]
id = "broken"
[[drop]]
id = "typo"
patern = '^Related Topics$'
[[drop]]
id = "unclosed"
pattern = '^(Related Topics$'
""")
    result = lint(str(path), "--no-bundled", "--no-fixtures")
    assert result.exit_code == 1
    found = problems(result.output)
    assert f"{path}:typo: [drop] unknown key 'patern' (did you mean 'pattern'?)" in result.output
    assert any(p.startswith(f"{path}:unclosed: bad regex") and "missing )" in p for p in found)
    assert all(p.startswith(str(path)) for p in found)


def test_backtracking_duplicates_and_outlet_name(tmp_path: Path) -> None:
    path = write_rules(tmp_path, "wrong-name", """
[outlet]
id = "right-name"
[[drop]]
id = "slow"
pattern = '^(\\w+\\s?)+$'
[[drop]]
id = "slow"
pattern = '^(?:\\s\\p{Lu}[\\p{Lu}.]*)*$'
""")
    out = lint(str(path), "--no-bundled", "--no-fixtures").output
    assert f"{path}:slow: regex '^(\\w+\\s?)+$' is prone to catastrophic backtracking" in out
    assert f"{path}:slow: duplicate rule id" in out
    assert f"{path}:outlet: outlet id 'right-name' does not match the file name 'wrong-name.toml'" in out
    assert len(problems(out)) == 3  # the guarded repeat in the second rule is not flagged


def test_extends_cycle_and_unknown_parent(tmp_path: Path) -> None:
    a = write_rules(tmp_path, "net-a", '[outlet]\nid = "net-a"\nextends = "net-b"\n')
    b = write_rules(tmp_path, "net-b", '[outlet]\nid = "net-b"\nextends = ["net-a", "missing"]\n')
    out = lint(str(tmp_path), "--no-bundled", "--no-fixtures").output
    assert f"{a}:outlet: 'extends' cycle: net-a -> net-b -> net-a" in out
    assert f"{b}:outlet: extends unknown outlet 'missing'" in out


def test_rules_no_fixture_triggers(tmp_path: Path) -> None:
    path = write_rules(tmp_path, "harbour-notes", GOOD)
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    result = lint(str(path), "--no-bundled")
    assert result.exit_code == 1
    assert problems(result.output) == [f"{path}:never-seen: drop rule never triggered by any [[tests]] fixture"]


def test_clean_file_passes(tmp_path: Path) -> None:
    path = write_rules(tmp_path, "harbour-notes", GOOD.replace("""[[drop]]
id = "never-seen"
pattern = '^Nothing on the fixture says this$'
""", ""))
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    result = lint(str(path), "--no-bundled")
    assert result.exit_code == 0, result.output
    assert problems(result.output) == []


def test_missing_fixture_file(tmp_path: Path) -> None:
    path = write_rules(tmp_path, "harbour-notes", GOOD)
    out = lint(str(path), "--no-bundled").output
    assert f"{path}:tests#1: fixture file not found: page.txt" in out


def test_static_risk_heuristic() -> None:
    for bad in (r"(a+)+", r"^(\w|\d)+$", r"(a|ab)*c", r"((ab)+)+"):
        assert static_risk(bad), bad
    for ok in (r"^Related Topics$", r"(?>a+)+", r"(a++)+", r"(?:,\s\w+)*", r"^(?:\d+\s+)?Comments?$"):
        assert static_risk(ok) is None, ok


def test_fragments_are_checked_where_they_are_used(tmp_path: Path) -> None:
    """Lint sees a pattern with its fragments spliced in: a risky fragment is flagged in the rule using it."""
    path = write_rules(tmp_path, "frag", """
[outlet]
id = "frag"
[fragments]
words = '(\\w+\\s?)+'
[[drop]]
id = "slow"
pattern = '^(?&words)$'
[[drop]]
id = "typo"
pattern = '^(?&wrods)$'
""")
    out = lint(str(path), "--no-bundled", "--no-fixtures").output
    assert f"{path}:slow: regex '^(?&words)$' is prone to catastrophic backtracking" in out
    assert f"{path}:typo: unknown fragment '(?&wrods)' (fragments: words)" in out
    assert len(problems(out)) == 2


def test_a_pattern_that_gives_the_fast_screen_nothing_is_reported(tmp_path: Path) -> None:
    path = write_rules(tmp_path, "tickers", """
[outlet]
id = "tickers"
[[drop]]
id = "lookahead-ticker"
pattern = '^(?=(?:.*?[+-]\\\\d+%){2}).{10,200}$'
[[drop]]
id = "consumed-ticker"
pattern = '^.{0,80}?[+-]\\\\d+%.{0,80}?[+-]\\\\d+%.{0,80}$'
[[drop]]
id = "short-only"
pattern = '^(?=.*\\\\d).{1,40}$'
max_words = 6
""")
    found = problems(lint(str(path), "--no-bundled", "--no-fixtures").output)
    assert [p.split(":")[1] for p in found] == ["lookahead-ticker"]
    assert "gives the fast screen nothing to look for" in found[0]
