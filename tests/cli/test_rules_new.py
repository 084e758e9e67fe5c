"""``cleaner rules new`` through typer's CliRunner, on the README's example outlet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.rules.loader import load_file

from ..conftest import ROOT

runner = CliRunner()
EXAMPLE = ROOT / "docs" / "example-outlet"


def new(rules: Path, *extra: str):
    return runner.invoke(app, ["rules", "new", "harbour-gazette", "--from", str(EXAMPLE / "page1.txt"),
                               "--from", str(EXAMPLE / "page2.txt"), "--dir", str(rules), *extra])


@pytest.fixture
def scaffolded(tmp_path: Path) -> Path:
    rules = tmp_path / "my-rules"
    result = new(rules)
    assert result.exit_code == 0, result.output
    return rules


def test_scaffold_loads_strictly_and_proposes_from_shared_lines(scaffolded: Path) -> None:
    rule_file = load_file(scaffolded / "harbour-gazette.toml")
    assert rule_file.id == "harbour-gazette" and rule_file.match_text and rule_file.min_hits >= 1
    kinds = {r.kind: r for r in rule_file.rules}
    assert kinds["drop"].patterns[0].pattern == r"^The Harbour Gazette \| News for Porthaven and the islands$"
    # A generic rule already drops the newsletter prompt: a fingerprint only. The "More from"
    # list is only the classifier's on generic pages, so the outlet file must cut it.
    assert kinds["cut_after"].patterns[0].pattern == r"^More from The Harbour Gazette$"
    assert r"^Get the Gazette's morning briefing in your inbox$" in [rx.pattern for rx in rule_file.match_text]
    assert "REVIEW:" in (scaffolded / "harbour-gazette.toml").read_text()
    assert [t.fixture for t in rule_file.tests] == ["fixtures/harbour-gazette/page1.txt",
                                                    "fixtures/harbour-gazette/page2.txt"]


def test_expected_records_are_what_the_rules_produce(scaffolded: Path) -> None:
    record = json.loads((scaffolded / "fixtures" / "harbour-gazette" / "page1.json").read_text())
    assert "source" not in record
    assert record["outlet"] == "harbour-gazette"
    assert record["headline"] == "Ferry timetable changes draw complaints from island residents"
    assert not any("Gazette" in p for p in record["body"])
    assert (scaffolded / "fixtures" / "harbour-gazette" / "page2.txt").read_bytes() == \
        (EXAMPLE / "page2.txt").read_bytes()
    result = runner.invoke(app, ["rules", "test", str(scaffolded)])
    assert result.exit_code == 0, result.output
    assert "2 passed, 0 failed" in result.output


def test_refuses_to_overwrite_without_force(scaffolded: Path) -> None:
    target = scaffolded / "harbour-gazette.toml"
    target.write_text(target.read_text() + "# my edits\n")
    result = new(scaffolded)
    assert result.exit_code == 2 and "already exists; use --force" in result.output
    assert target.read_text().endswith("# my edits\n")
    assert new(scaffolded, "--force").exit_code == 0
    assert not target.read_text().endswith("# my edits\n")


def test_bad_id_and_missing_sample(tmp_path: Path) -> None:
    bad = runner.invoke(app, ["rules", "new", "Bad Id", "--from", str(EXAMPLE / "page1.txt"), "--dir", str(tmp_path)])
    assert bad.exit_code == 2 and "outlet id 'Bad Id'" in bad.output
    missing = runner.invoke(app, ["rules", "new", "x", "--from", str(tmp_path / "no.txt"), "--dir", str(tmp_path)])
    assert missing.exit_code == 2 and "sample page not found" in missing.output
