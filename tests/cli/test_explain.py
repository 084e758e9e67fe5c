"""``cleaner explain`` through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import regex
from typer.testing import CliRunner

from cleaner.cli import app

from ..conftest import SEEDS, write_rules

runner = CliRunner()
SEED_000 = SEEDS / "000_bc361f33faddde71.txt"
QID = regex.compile(r"\b[a-z0-9][a-z0-9_.-]*/[a-z0-9][a-z0-9_.-]*\b")
PAGE = "Harbour Notes Weekly\n\nThe ferry left on time.\n\nBuy the print edition now\n\nIt came back late.\n"
OUTLET = """
[outlet]
id = "harbour-notes"
[match]
text = ['^Harbour Notes Weekly$']
[[drop]]
id = "print-promo"
pattern = '^Buy the print edition now$'
"""


def line_for(output: str, text: str) -> str:
    return next(line for line in output.splitlines() if text in line)


def test_seed_related_topics_dropped_with_its_rule_id() -> None:
    result = runner.invoke(app, ["explain", str(SEED_000)])
    assert result.exit_code == 0, result.output
    assert "outlet: reuters" in result.output
    line = line_for(result.output, "Related Topics")
    assert " drop " in line and QID.search(line), line
    assert " keep " in line_for(result.output, "The United States and Russia must find ways")
    assert "span field:dateline: 'WASHINGTON (Reuters) -'" in result.output
    assert "<- header, paragraph 1" in line_for(result.output, "dateline ")


def test_user_rule_id_is_shown(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    write_rules(rules, "harbour-notes", OUTLET)
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["explain", str(page), "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    assert "harbour-notes/print-promo" in line_for(result.output, "Buy the print edition now")
    assert " keep " in line_for(result.output, "It came back late.")


def test_json_lists_every_paragraph_and_field_origins() -> None:
    result = runner.invoke(app, ["explain", str(SEED_000), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    paras = data["paragraphs"]
    assert [p["index"] for p in paras] == list(range(len(paras)))
    assert all(p["rule"] for p in paras if not p["kept"])
    assert [p.get("final", p["text"]) for p in paras if p["kept"]] == data["record"]["body"]
    assert data["fields_from"]["headline"] == "paragraph 0"
    assert data["chain"][-1] == "reuters"


def test_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["explain", str(tmp_path / "nope.txt")])
    assert result.exit_code != 0
    assert "cleaner: error:" in result.output
