"""``cleaner rules test`` through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.rules.loader import bundled_rules_dir, load_file

from ..conftest import SEED_GOLD, SEEDS, write_rules

runner = CliRunner()
SEED_FILES = ("reuters", "vestnik-kavkaza", "al-jazeera", "generic", "ctv-news")
OUTLET = """
[outlet]
id = "harbour-notes"
[match]
text = ['^Harbour Notes Weekly$']
[headline]
from = "first"
[[drop]]
id = "masthead"
pattern = '^Harbour Notes Weekly$'
[[tests]]
id = "page"
fixture = "fixtures/page.txt"
expected = "fixtures/page.json"
contains = ["ferry left on time"]
not_contains = ["came back late"]
"""
PAGE = "Harbour Notes Weekly\n\nFerry news\n\nThe ferry left on time.\n\nIt came back late.\n"


def test_seed_fixtures_pass() -> None:
    files = [bundled_rules_dir() / f"{o}.toml" for o in SEED_FILES]
    result = runner.invoke(app, ["rules", "test", *map(str, files)])
    assert result.exit_code == 0, result.output
    for case in ("seed-000", "seed-001", "seed-002", "seed-003", "seed-004"):
        assert f":{case} (fixtures/" in result.output
    assert "0 failed" in result.output


def test_seed_fixtures_are_copies_of_the_seeds_and_their_gold() -> None:
    copies = 0
    for outlet in SEED_FILES:
        for t in load_file(bundled_rules_dir() / f"{outlet}.toml").tests:
            if t.id.startswith("seed-"):
                assert t.fixture and t.expected
                fixture, expected = Path(t.fixture), Path(t.expected)
                assert (bundled_rules_dir() / fixture).read_bytes() == (SEEDS / fixture.name).read_bytes()
                assert (bundled_rules_dir() / expected).read_bytes() == (SEED_GOLD / expected.name).read_bytes()
                copies += 1
    assert copies == 5


def _setup(tmp_path: Path, expected: dict) -> Path:
    rules = tmp_path / "rules"
    path = write_rules(rules, "harbour-notes", OUTLET)
    (rules / "fixtures").mkdir()
    (rules / "fixtures" / "page.txt").write_text(PAGE, encoding="utf-8")
    (rules / "fixtures" / "page.json").write_text(json.dumps(expected), encoding="utf-8")
    return path


def test_failure_shows_fields_and_body_diff(tmp_path: Path) -> None:
    path = _setup(tmp_path, {"id": "page", "source": "ignored", "note": "ignored", "outlet": "harbour-notes",
                             "headline": "Ferry News", "body": ["The ferry left on time.", "It was sunny."]})
    result = runner.invoke(app, ["rules", "test", str(path)])
    assert result.exit_code == 1
    out = result.output
    assert f"FAIL {path}:page (fixtures/page.txt)" in out
    assert 'headline: expected "Ferry News"' in out and 'got "Ferry news"' in out
    assert "-It was sunny." in out and "+It came back late." in out
    assert 'body contains "came back late"' in out
    assert "ignored" not in out  # source and note are not compared


def test_pass_and_json(tmp_path: Path) -> None:
    path = _setup(tmp_path, {"id": "page", "outlet": "harbour-notes", "headline": "Ferry news",
                             "body": ["The ferry left on time.", "It came back late."]})
    text = path.read_text().replace('not_contains = ["came back late"]', 'not_contains = ["Harbour Notes"]')
    path.write_text(text)
    result = runner.invoke(app, ["rules", "test", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert [r["status"] for r in json.loads(result.output)] == ["pass"]


def test_fixture_matched_to_another_outlet_fails(tmp_path: Path) -> None:
    path = _setup(tmp_path, {})
    text = path.read_text().replace("expected = \"fixtures/page.json\"\n", "").replace(
        "not_contains = [\"came back late\"]", "")
    path.write_text(text.replace("'^Harbour Notes Weekly$']", "'^Never printed$']"))
    result = runner.invoke(app, ["rules", "test", str(path)])
    assert result.exit_code == 1
    assert 'outlet: expected "harbour-notes", got null' in result.output


def test_broken_file_is_a_failure(tmp_path: Path) -> None:
    path = write_rules(tmp_path, "harbour-notes", OUTLET.replace("[headline]", "[headlin]"))
    result = runner.invoke(app, ["rules", "test", str(path)])
    assert result.exit_code == 1
    assert "unknown key 'headlin'" in result.output
