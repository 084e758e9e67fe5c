"""``cleaner run`` through typer's CliRunner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app

from ..conftest import SEEDS, seed_cases, write_rules

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_run_seeds_reproduces_gold(tmp_path: Path) -> None:
    result = run("run", str(SEEDS), str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    records = read_jsonl(tmp_path / "out" / "records.jsonl")
    gold = {p.stem: g for p, g in seed_cases()}
    assert [r["id"] for r in records] == sorted(gold)
    for r in records:
        assert {k: r[k] for k in gold[r["id"]] if k != "note"} == {k: v for k, v in gold[r["id"]].items()
                                                                   if k != "note"}
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["records"] == 5 and report["errors"] == 0 and report["accounted"]
    assert report["outlets"]["reuters"] == 1
    assert report["rules"]["reuters/related-topics"] == 1


def test_bad_inputs_become_error_entries(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "ok.txt").write_text("Title Here\n\nStory text.", encoding="utf-8")
    (inp / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (inp / "doc.txt").write_bytes(b"%PDF-1.4\n\x00\x01binary")
    result = run("run", str(inp), str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    errors = {e["id"]: e for e in read_jsonl(tmp_path / "out" / "errors.jsonl")}
    assert errors["empty"]["kind"] == "empty" and errors["doc"]["kind"] == "binary"
    assert [r["id"] for r in read_jsonl(tmp_path / "out" / "records.jsonl")] == ["ok"]


def test_explain_adds_removed(tmp_path: Path) -> None:
    assert run("run", str(SEEDS / "000_bc361f33faddde71.txt"), str(tmp_path / "o"), "--explain").exit_code == 0
    (record,) = read_jsonl(tmp_path / "o" / "records.jsonl")
    assert {"text": "Related Topics", "rule": "reuters/related-topics", "kind": "paragraph", "index": 5} in \
        record["removed"]


def test_forced_outlet(tmp_path: Path) -> None:
    assert run("run", str(SEEDS / "003_f32f75c55951323a.txt"), str(tmp_path / "o"), "--outlet", "ctv-news"
               ).exit_code == 0
    assert read_jsonl(tmp_path / "o" / "records.jsonl")[0]["outlet"] == "ctv-news"


def test_unknown_outlet_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("run", str(SEEDS), str(tmp_path / "o"), "--outlet", "nope")
    assert result.exit_code == 3
    assert result.output.strip() == "cleaner: error: <rulebook>: unknown outlet 'nope'"


def test_user_rules_folder_is_used(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    write_rules(rules, "ctv-news", "[outlet]\nid='ctv-news'\n[match]\ntext=['^See Full Article$']\n")
    assert run("run", str(SEEDS), str(tmp_path / "o"), "--rules", str(rules)).exit_code == 0
    ctv = next(r for r in read_jsonl(tmp_path / "o" / "records.jsonl") if r["outlet"] == "ctv-news")
    assert "Latest Canada & World News" in ctv["body"]  # the user's file, with no cut, replaced the bundled rules


def test_bad_rule_file_is_a_one_line_error(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    write_rules(rules, "x", "[outlet]\nid='x'\n[[drop]]\nid='d'\npatern='x'\n")
    result = run("run", str(SEEDS), str(tmp_path / "o"), "--rules", str(rules))
    assert result.exit_code == 3
    assert "x.toml:d: [drop] unknown key 'patern'" in result.output
    assert "Traceback" not in result.output


def test_refuses_non_empty_output_unless_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    assert run("run", str(SEEDS), str(out)).exit_code == 4
    assert run("run", str(SEEDS), str(out), "--overwrite").exit_code == 0


def test_refuses_output_inside_input(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    shutil.copytree(SEEDS, inp)
    result = run("run", str(inp), str(inp / "out"))
    assert result.exit_code == 4 and "inside the input" in result.output


def test_parallel_run_gives_the_same_bytes(tmp_path: Path) -> None:
    assert run("run", str(SEEDS), str(tmp_path / "a"), "-j", "1").exit_code == 0
    assert run("run", str(SEEDS), str(tmp_path / "b"), "-j", "2").exit_code == 0
    assert (tmp_path / "a" / "records.jsonl").read_bytes() == (tmp_path / "b" / "records.jsonl").read_bytes()


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = run("run", str(tmp_path / "nope"), str(tmp_path / "o"))
    assert result.exit_code == 2 and result.output.startswith("cleaner: error: input not found")


def test_bad_option_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("run", str(SEEDS), str(tmp_path / "o"), "--no-such-option")
    assert result.exit_code == 2
    assert result.output.startswith("cleaner: error: No such option: --no-such-option")
    assert len(result.output.strip().splitlines()) == 1


def test_missing_argument_is_a_one_line_error() -> None:
    result = run("run")
    assert result.exit_code == 2 and result.output.strip().splitlines() == [
        "cleaner: error: Missing argument 'IN'; see 'cleaner run --help'"]


def test_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "o").write_text("x")
    result = run("run", str(SEEDS), str(tmp_path / "o"))
    assert result.exit_code == 4 and "not a folder" in result.output


def test_unwritable_output_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    result = run("run", str(SEEDS), str(tmp_path / "file" / "o"))  # a parent that is a file
    assert result.exit_code == 4
    assert result.output.startswith("cleaner: error: cannot write to the output folder")
    assert "Traceback" not in result.output


def test_ctrl_c_leaves_no_partial_outputs(tmp_path: Path, monkeypatch) -> None:
    from cleaner import runner as runner_module

    real = runner_module.process
    calls = []

    def process(cleaner, doc):
        calls.append(doc.id)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(cleaner, doc)

    monkeypatch.setattr(runner_module, "process", process)
    out = tmp_path / "o"
    result = run("run", str(SEEDS), str(out))
    assert result.exit_code == 130
    assert result.output.strip().splitlines()[-1].startswith("cleaner: interrupted")
    assert list(out.iterdir()) == []  # neither final files nor temporary ones


def test_interrupted_overwrite_keeps_the_previous_outputs(tmp_path: Path, monkeypatch) -> None:
    from cleaner import runner as runner_module

    out = tmp_path / "o"
    assert run("run", str(SEEDS), str(out)).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def interrupted(cleaner, doc):
        raise KeyboardInterrupt

    monkeypatch.setattr(runner_module, "process", interrupted)
    assert run("run", str(SEEDS), str(out), "--overwrite").exit_code == 130
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_accounting_failure_is_loud(tmp_path: Path, monkeypatch) -> None:
    from cleaner import runner as runner_module

    real = runner_module.outcomes

    def lossy(docs, config, jobs):
        yield from list(real(docs, config, jobs))[1:]  # a bug that loses a document

    monkeypatch.setattr(runner_module, "outcomes", lossy)
    result = run("run", str(SEEDS), str(tmp_path / "o"))
    assert result.exit_code == 1
    assert "cleaner: error: accounting check failed" in result.output
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    assert report["accounted"] is False and report["accounting_problems"]


def test_single_file_input(tmp_path: Path) -> None:
    page = tmp_path / "page.txt.gz"
    import gzip

    page.write_bytes(gzip.compress(b"Title Here Now\n\nStory text."))
    assert run("run", str(page), str(tmp_path / "o")).exit_code == 0
    (record,) = read_jsonl(tmp_path / "o" / "records.jsonl")
    assert record["id"] == "page" and record["body"] == ["Story text."]


def test_two_pass_run_builds_a_repeats_table_and_reports_it(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    towns = ["Ashford", "Bexley", "Crayford", "Dartford", "Erith", "Foots Cray"]
    for n, town in enumerate(towns):
        (inp / f"p{n}.txt").write_text(f"The council of {town} met on Monday to discuss its budget.\n\n"
                                       "Tap the star to save this page for later\n\n"
                                       f"Residents of {town} will vote on the plan next spring.", encoding="utf-8")
    table = tmp_path / "repeats.json"
    result = run("run", str(inp), str(tmp_path / "out"), "--boilerplate-table", str(table))
    assert result.exit_code == 0, result.output
    assert table.is_file()
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["boilerplate_table"]["built_by_this_run"] is True
    assert report["boilerplate_table"]["most_frequent"][0] == {"documents": 6,
                                                              "line": "Tap the star to save this page for later"}
    records = read_jsonl(tmp_path / "out" / "records.jsonl")
    assert all(len(r["body"]) == 2 for r in records)
    # A second run reuses the saved table instead of building one.
    again = run("run", str(inp), str(tmp_path / "out2"), "--boilerplate-table", str(table))
    assert again.exit_code == 0
    assert json.loads((tmp_path / "out2" / "report.json").read_text())["boilerplate_table"]["built_by_this_run"] is False


def test_help_lists_the_corpus_options() -> None:
    result = run("run", "--help")
    assert result.exit_code == 0
    for option in ("--shard-size", "--compress", "--format", "--resume", "--engine", "--scheduler",
                   "--text-field", "--id-field", "--url-field", "--html-field"):
        assert option in result.output


def test_jsonl_input_runs_through_the_command(tmp_path: Path) -> None:
    page = (SEEDS / "000_bc361f33faddde71.txt").read_text(encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "seed0", "text": page}) + "\n", encoding="utf-8")
    assert run("run", str(tmp_path / "in.jsonl"), str(tmp_path / "o")).exit_code == 0
    assert run("run", str(SEEDS / "000_bc361f33faddde71.txt"), str(tmp_path / "f")).exit_code == 0
    (from_jsonl,) = read_jsonl(tmp_path / "o" / "records.jsonl")
    (from_file,) = read_jsonl(tmp_path / "f" / "records.jsonl")
    assert from_jsonl["id"] == "seed0" and from_jsonl["source"] == "in.jsonl:1"
    assert {k: v for k, v in from_jsonl.items() if k not in ("id", "source")} == \
        {k: v for k, v in from_file.items() if k not in ("id", "source")}
