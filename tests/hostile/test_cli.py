"""``cleaner run`` over a folder of hostile inputs: exit 0, no traceback, every input accounted."""

from __future__ import annotations

import codecs
import gzip
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import runner as runner_module
from cleaner.cli import app

STORY = "Minister Keeps His Job\n\nThe minister said on Monday that he would not resign.\n\nHe added it\u2019s over.\n"
cli = CliRunner()


def hostile_folder(root: Path) -> dict[str, str]:
    """Write one file per hostile case; returns id -> expected outcome ("record" or an error kind)."""
    root.mkdir()
    files: dict[str, tuple[bytes, str]] = {
        "cp1252.txt": (STORY.encode("cp1252"), "record"),
        "utf16le-bom.txt": (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "record"),
        "utf16be-nobom.txt": (STORY.encode("utf-16-be"), "record"),
        "utf32.txt": (STORY.encode("utf-32"), "record"),
        "mojibake.txt": (STORY.replace("\u2019", "\u00e2\u20ac\u2122").encode(), "record"),
        "nul.txt": (STORY.encode().replace(b"Monday", b"Mon\x00day"), "record"),
        "crlf.txt": (STORY.replace("\n", "\r\n").encode(), "record"),
        "cr.txt": (STORY.replace("\n", "\r").encode(), "record"),
        "invisible.txt": (STORY.replace("minister", "min\u200bister\u202e").encode(), "record"),
        "story.txt.gz": (gzip.compress(STORY.encode()), "record"),
        "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        "paper.txt": (b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "binary"),
        "empty.txt": (b"", "empty"),
        "blank.txt": (b" \n\t\r\n  ", "empty"),
        "huge.txt": (b"x" * (2 * 1024 * 1024), "too-large"),
        "bomb.txt.gz": (gzip.compress(b"a" * (3 * 1024 * 1024)), "too-large"),
        "broken.gz": (gzip.compress(STORY.encode())[:-9], "decode"),
        "sub/../odd name \u00e9.txt": (STORY.encode(), "record"),
    }
    expected = {}
    for name, (data, outcome) in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for path in root.rglob("*"):
        if path.is_file():
            rel = path.relative_to(root).as_posix()
            expected[rel] = files.get(rel, files.get(f"sub/../{rel}", (b"", "?")))[1]
    return expected


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_run_over_hostile_inputs_accounts_for_everything(tmp_path: Path, jobs: str) -> None:
    expected = hostile_folder(tmp_path / "in")
    out = tmp_path / "out"
    result = cli.invoke(app, ["run", str(tmp_path / "in"), str(out), "--max-mb", "1", "-j", jobs])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    records = {r["source"]: r for r in read_jsonl(out / "records.jsonl")}
    errors = {e["source"]: e for e in read_jsonl(out / "errors.jsonl")}
    assert set(records) | set(errors) == set(expected) and not set(records) & set(errors)
    for source, outcome in expected.items():
        if outcome == "record":
            assert source in records, errors.get(source)
            assert "The minister said on Monday that he would not resign." in records[source]["body"], source
        else:
            assert errors[source]["kind"] == outcome, errors[source]
            assert errors[source]["reason"] and "\n" not in errors[source]["reason"]
    report = json.loads((out / "report.json").read_text())
    assert report["accounted"] and report["inputs"] == len(expected)
    assert report["records"] + report["errors"] == report["inputs"]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_gz_suffix_is_dropped_from_ids(tmp_path: Path) -> None:
    hostile_folder(tmp_path / "in")
    assert cli.invoke(app, ["run", str(tmp_path / "in"), str(tmp_path / "out")]).exit_code == 0
    ids = {r["id"] for r in read_jsonl(tmp_path / "out" / "records.jsonl")}
    assert "story" in ids


def test_ids_from_odd_file_names_stay_printable_and_unique(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text(STORY)
    (inp / "a.md").write_text(STORY)
    (inp / "line\nbreak.txt").write_text(STORY)
    os.makedirs(inp / "nested" / "deeper")
    (inp / "nested" / "deeper" / "x.txt").write_text(STORY)
    undecodable = os.fsencode(str(inp)) + b"/caf\xe9.txt"
    with open(undecodable, "wb") as fh:
        fh.write(STORY.encode())
    result = cli.invoke(app, ["run", str(inp), str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    ids = sorted(r["id"] for r in read_jsonl(tmp_path / "out" / "records.jsonl"))
    assert ids == sorted(["a.md", "a.txt", "caf\\xe9", "line\\x0abreak", "nested/deeper/x"])


@pytest.mark.parametrize("batch", [16, 2])  # the crash alone in a batch, or with others in flight
def test_crashing_worker_costs_one_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    monkeypatch.setattr(runner_module, "BATCH_SIZE", batch)
    inp = tmp_path / "in"
    inp.mkdir()
    for name in ("a", "b", "crash", "d", "e"):
        (inp / f"{name}.txt").write_text(STORY)
    real = runner_module.process

    def process(cleaner, doc):
        if doc.id == "crash":
            os._exit(1)  # what a segfault or the OOM killer looks like from outside
        return real(cleaner, doc)

    monkeypatch.setattr(runner_module, "process", process)
    result = cli.invoke(app, ["run", str(inp), str(tmp_path / "out"), "-j", "2"])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in read_jsonl(tmp_path / "out" / "records.jsonl")] == ["a", "b", "d", "e"]
    (error,) = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert error["id"] == "crash" and error["kind"] == "internal"


def test_an_input_that_cannot_be_read_is_an_error_entry(tmp_path: Path) -> None:
    from cleaner.config import Config
    from cleaner.inputs import InputDoc
    from cleaner.pipeline import Cleaner

    folder = tmp_path / "looks-like-a-file.txt"
    folder.mkdir()
    outcome = runner_module.process(Cleaner(Config()), InputDoc("x", "x.txt", folder))
    assert outcome.error is not None and outcome.error["kind"] == "unreadable"
    locked = runner_module.process(Cleaner(Config()), InputDoc("y", "y", tmp_path, problem="cannot list folder"))
    assert locked.error == {"id": "y", "source": "y", "kind": "unreadable", "reason": "cannot list folder"}
