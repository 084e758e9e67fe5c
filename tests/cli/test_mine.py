"""``cleaner mine`` through typer's CliRunner, on a small corpus written here."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import regex
from typer.testing import CliRunner

from cleaner.authoring.mine import Group, Item, snippets
from cleaner.cli import app

runner = CliRunner()
STORIES = [
    ("Tide tables reprinted", "The harbour office reprinted its tide tables after a misprint.", "Boats waited."),
    ("Bridge closes for repairs", "The swing bridge will close for two weeks from Monday.", "Detours are signed."),
    ("Choir tours the islands", "The school choir sang in four village halls this weekend.", "Tickets sold out."),
    ("Fish market moves indoors", "Traders moved into the old warehouse on Quay Street.", "Rents were frozen."),
]


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for n, (title, first, second) in enumerate(STORIES, 1):
        page = [title, f"Page {n} of {n + 9}", "Quay Weekly: your island paper", first, second,
                "Elsewhere in Quay Weekly", "Letters to the editor", f"Story number {n * 7} from the archive"]
        (root / f"q{n}.txt").write_text("\n\n".join(page) + "\n", encoding="utf-8")
    return root


def test_snippets_are_ready_to_paste(tmp_path: Path) -> None:
    result = runner.invoke(app, ["mine", str(corpus(tmp_path)), "--min-docs", "3"])
    assert result.exit_code == 0, result.output
    rules = tomllib.loads(result.output)  # the whole output is valid TOML
    patterns = [p for kind in ("drop", "cut_after") for r in rules.get(kind, [])
                for p in ([r["pattern"]] if isinstance(r["pattern"], str) else r["pattern"])]
    assert r"^Page \d+ of \d+$" in patterns
    assert "^Quay Weekly: your island paper$" in patterns
    assert any("4 documents" in r["comment"] for r in rules["drop"])
    for p in patterns:
        regex.compile(p)
    assert not any("tide tables" in p.lower() for p in patterns)  # story text does not recur


def test_json_groups_and_counts(tmp_path: Path) -> None:
    result = runner.invoke(app, ["mine", str(corpus(tmp_path)), "--min-docs", "3", "--json"])
    assert result.exit_code == 0, result.output
    groups = json.loads(result.output)
    assert [g["kind"] for g in groups] == ["cluster"]
    items = groups[0]["items"]
    block = next(i for i in items if i["kind"] == "block" and i["lines"][0] == "Elsewhere in Quay Weekly")
    assert block["docs"] == 4 and len(block["lines"]) == 3 and len(block["examples"]) == 3


def test_block_low_on_the_page_becomes_cut_after() -> None:
    block = Item(["More from Quay Weekly", "Letters (3)"], docs=5, examples=["a", "b"], covered=0, position=0.8)
    top = Item(["Quay Weekly", "Page 2"], docs=5, examples=["a"], covered=0, position=0.0)
    covered = Item(["Advertisement"], docs=5, examples=["a"], covered=5, position=0.5)
    rules = tomllib.loads(snippets(Group("quay", "outlet", 5, items=[block, top, covered])))
    assert [r["pattern"] for r in rules["cut_after"]] == ["^More from Quay Weekly$"]
    assert rules["drop"][0]["pattern"] == ["^Quay Weekly$", r"^Page \d+$"]
    assert len(rules["drop"]) == 1  # what current rules remove everywhere is not proposed


def test_min_docs_filters(tmp_path: Path) -> None:
    result = runner.invoke(app, ["mine", str(corpus(tmp_path)), "--min-docs", "5", "--json"])
    assert result.exit_code == 0 and json.loads(result.output) == []
