"""``cleaner eval`` through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app

from ..conftest import SEED_GOLD, SEEDS

runner = CliRunner()


def test_seed_records_score_perfectly(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(SEEDS), str(out)]).exit_code == 0
    result = runner.invoke(app, ["eval", str(out), str(SEED_GOLD), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["documents"] == 5 and scores["exact"] == 5 and scores["f1"] == 1.0
    assert scores["fields"] == {"headline": 1.0, "standfirst": 1.0, "dateline": 1.0, "credit": 1.0}
    table = runner.invoke(app, ["eval", str(out / "records.jsonl"), str(SEED_GOLD), "--min-f1", "1"])
    assert table.exit_code == 0, table.output
    assert "overall" in table.output and "5/5" in table.output


def _one_doc(tmp_path: Path, body: list[str]) -> tuple[Path, Path]:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps({"id": "a", "headline": "H", "body": ["One two three.", "Four five."],
                                             "dateline": None, "credit": None, "standfirst": None}))
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": "a", "headline": "X", "body": body, "dateline": None, "credit": None,
                                   "standfirst": None}) + "\n")
    return records, gold


def test_leaked_and_lost_paragraphs_and_fields(tmp_path: Path) -> None:
    records, gold = _one_doc(tmp_path, ["One two three.", "Share this story"])
    result = runner.invoke(app, ["eval", str(records), str(gold), "--json"])
    scores = json.loads(result.output)
    assert scores["leaked_paragraphs"] == 1 and scores["lost_paragraphs"] == 1 and scores["exact"] == 0
    assert scores["fields"]["headline"] == 0.0 and scores["fields"]["credit"] == 1.0
    assert 0 < scores["f1"] < 1
    table = runner.invoke(app, ["eval", str(records), str(gold)])
    assert "leaked a: Share this story" in table.output and "lost   a: Four five." in table.output


def test_min_f1_fails_the_check(tmp_path: Path) -> None:
    records, gold = _one_doc(tmp_path, ["Share this story"])
    result = runner.invoke(app, ["eval", str(records), str(gold), "--min-f1", "0.5"])
    assert result.exit_code == 1


def test_missing_records_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path / "none.jsonl"), str(SEED_GOLD)])
    assert result.exit_code == 2 and "cleaner: error: records not found" in result.output
