"""JSONL inputs (plain, gzip, zstd), field names, bad lines, stdin, and order whatever -j."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.sources import Fields, Source, is_jsonl

from .conftest import jsonl_lines, page, read_jsonl, run, write_jsonl


def test_jsonl_names() -> None:
    assert all(is_jsonl(n) for n in ("a.jsonl", "a.JSONL.gz", "a.jsonl.zst", "b.ndjson"))
    assert not any(is_jsonl(n) for n in ("a.json", "a.txt.gz", "jsonl.txt"))


def test_jsonl_lines_become_records_with_stable_ids(tmp_path: Path) -> None:
    lines = [json.dumps({"text": page(0)}), json.dumps({"id": "given", "text": page(1)}), "",
             json.dumps({"id": 7, "html": f"<html><body><h1>Title Seven Here</h1><p>{page(2)}</p></body></html>"})]
    src = write_jsonl(tmp_path / "in" / "part.jsonl", lines)
    assert run(str(src), str(tmp_path / "o")).exit_code == 0
    records = read_jsonl(tmp_path / "o" / "records.jsonl")
    assert [(r["id"], r["source"]) for r in records] == [("part/1", "part.jsonl:1"), ("given", "part.jsonl:2"),
                                                         ("7", "part.jsonl:4")]  # line 3 is blank: no input
    assert "The council met on Monday to discuss item 0 of the budget." in records[0]["body"]
    assert records[2]["headline"] == "Title Seven Here"


def test_bad_lines_are_error_entries_and_accounted(tmp_path: Path) -> None:
    lines = [json.dumps({"text": page(0)}), "{not json", "[1, 2]", json.dumps({"id": "x", "body": "no text"}),
             json.dumps({"text": 42}), json.dumps({"text": "   "}), json.dumps({"text": "x" * 3000})]
    src = write_jsonl(tmp_path / "c.jsonl", lines)
    result = run(str(src), str(tmp_path / "o"), "--max-mb", "0.002")
    assert result.exit_code == 0, result.output
    errors = {e["source"]: e for e in read_jsonl(tmp_path / "o" / "errors.jsonl")}
    assert {s: e["kind"] for s, e in errors.items()} == {
        "c.jsonl:2": "bad-line", "c.jsonl:3": "bad-line", "c.jsonl:4": "missing-text", "c.jsonl:5": "missing-text",
        "c.jsonl:6": "empty", "c.jsonl:7": "too-large"}
    assert errors["c.jsonl:4"]["id"] == "x" and all(e["reason"] for e in errors.values())
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    assert report["inputs"] == 7 and report["records"] == 1 and report["errors"] == 6 and report["accounted"]
    assert report["error_kinds"]["bad-line"] == 2


def test_field_names_are_settable(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "f.jsonl", [json.dumps({"key": "k1", "content": page(3),
                                                         "link": "https://www.reuters.com/article/x"})])
    result = run(str(src), str(tmp_path / "o"), "--text-field", "content", "--id-field", "key", "--url-field", "link")
    assert result.exit_code == 0, result.output
    (record,) = read_jsonl(tmp_path / "o" / "records.jsonl")
    assert record["id"] == "k1" and record["outlet"] == "reuters"  # the URL decided the outlet


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_compressed_jsonl(tmp_path: Path, suffix: str) -> None:
    if suffix.endswith(".zst"):
        pytest.importorskip("zstandard")
    src = write_jsonl(tmp_path / f"p{suffix}", jsonl_lines(5))
    assert run(str(src), str(tmp_path / "o")).exit_code == 0
    assert [r["id"] for r in read_jsonl(tmp_path / "o" / "records.jsonl")] == [f"doc-{i:05d}" for i in range(5)]
    assert read_jsonl(tmp_path / "o" / "records.jsonl")[0]["source"] == f"p{suffix}:1"


def test_folder_mixes_pages_and_jsonl_in_id_order(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    write_jsonl(inp / "b.jsonl", [json.dumps({"text": page(i)}) for i in range(3)])
    (inp / "a.txt").write_text(page(9))
    (inp / "c.txt").write_text(page(8))
    assert run(str(inp), str(tmp_path / "o")).exit_code == 0
    assert [r["id"] for r in read_jsonl(tmp_path / "o" / "records.jsonl")] == ["a", "b/1", "b/2", "b/3", "c"]


def test_stdin_jsonl_and_single_page(tmp_path: Path) -> None:
    result = run("-", str(tmp_path / "o"), input="\n".join(jsonl_lines(3)).encode())
    assert result.exit_code == 0, result.output
    assert [r["source"] for r in read_jsonl(tmp_path / "o" / "records.jsonl")] == ["-:1", "-:2", "-:3"]
    result = run("-", str(tmp_path / "p"), input=page(4).encode("cp1252"))
    assert result.exit_code == 0, result.output
    (record,) = read_jsonl(tmp_path / "p" / "records.jsonl")
    assert record["id"] == "stdin" and record["source"] == "-"


def test_parallel_jsonl_same_bytes(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in" / "p.jsonl.gz", jsonl_lines(40) + ["oops"])
    assert run(str(src), str(tmp_path / "a"), "-j", "1").exit_code == 0
    assert run(str(src), str(tmp_path / "b"), "-j", "3").exit_code == 0
    for name in ("records.jsonl", "errors.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_source_streams_lazily(tmp_path: Path) -> None:
    """Taking the first documents reads only the start of the file (no whole-file load)."""
    src = write_jsonl(tmp_path / "big.jsonl", jsonl_lines(5000))
    docs = iter(Source(src, fields=Fields()))
    first = next(docs)
    assert first.id == "doc-00000" and first.text is not None
    assert first.weight == len(jsonl_lines(1)[0]) + 1


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_truncated_compressed_jsonl_is_an_error_entry(tmp_path: Path, suffix: str) -> None:
    if suffix.endswith(".zst"):
        pytest.importorskip("zstandard")
    whole = write_jsonl(tmp_path / f"w{suffix}", jsonl_lines(400))
    cut = tmp_path / "in" / f"cut{suffix}"
    cut.parent.mkdir()
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    result = run(str(cut.parent), str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    (error,) = read_jsonl(tmp_path / "o" / "errors.jsonl")
    assert error["kind"] == "decode" and "rest of the file" in error["reason"]
    records = read_jsonl(tmp_path / "o" / "records.jsonl")
    assert [r["id"] for r in records] == [f"doc-{i:05d}" for i in range(len(records))]


def test_batches_keep_order_and_every_document() -> None:
    from cleaner.runner import batches

    assert [b for b in batches(iter(range(7)), 3)] == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batches(iter([]), 3)) == []
