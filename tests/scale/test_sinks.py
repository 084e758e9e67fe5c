"""Sharded, compressed and Parquet outputs: same records as the single JSONL file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from .conftest import jsonl_lines, read_jsonl, run, write_jsonl


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "in" / "p.jsonl", jsonl_lines(23) + ["{bad"])


def test_shards_hold_the_records_of_the_single_file(tmp_path: Path, corpus: Path) -> None:
    assert run(str(corpus), str(tmp_path / "one")).exit_code == 0
    result = run(str(corpus), str(tmp_path / "sh"), "--shard-size", "10")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "sh").iterdir())
    assert names == ["errors.jsonl", "records-00000.jsonl", "records-00001.jsonl", "records-00002.jsonl",
                     "report.json"]
    joined = b"".join((tmp_path / "sh" / n).read_bytes() for n in names if n.startswith("records-"))
    assert joined == (tmp_path / "one" / "records.jsonl").read_bytes()
    assert (tmp_path / "sh" / "errors.jsonl").read_bytes() == (tmp_path / "one" / "errors.jsonl").read_bytes()
    report = json.loads((tmp_path / "sh" / "report.json").read_text())
    assert report["shards"] == names[1:4] and report["inputs"] == 24 and report["accounted"]
    assert len(read_jsonl(tmp_path / "sh" / "records-00002.jsonl")) == 3  # 24 inputs, the last one an error


def test_gzip_shards_are_deterministic(tmp_path: Path, corpus: Path) -> None:
    assert run(str(corpus), str(tmp_path / "one")).exit_code == 0
    for out in ("a", "b"):
        assert run(str(corpus), str(tmp_path / out), "--shard-size", "10", "--compress", "gz").exit_code == 0
    shards = sorted((tmp_path / "a").glob("records-*.jsonl.gz"))
    assert len(shards) == 3
    assert b"".join(gzip.decompress(p.read_bytes()) for p in shards) == (tmp_path / "one" / "records.jsonl").read_bytes()
    assert all(p.read_bytes() == (tmp_path / "b" / p.name).read_bytes() for p in shards)


def test_unsharded_gzip(tmp_path: Path, corpus: Path) -> None:
    assert run(str(corpus), str(tmp_path / "o"), "--compress", "gz").exit_code == 0
    assert len(read_jsonl(tmp_path / "o" / "records.jsonl.gz")) == 23


def test_overwrite_removes_stale_shards(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "o"
    assert run(str(corpus), str(out), "--shard-size", "5").exit_code == 0
    assert len(list(out.glob("records-*"))) == 5
    assert run(str(corpus), str(out), "--shard-size", "10", "--overwrite").exit_code == 0
    assert sorted(p.name for p in out.glob("records*")) == [f"records-0000{i}.jsonl" for i in range(3)]


def test_parquet(tmp_path: Path, corpus: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    assert run(str(corpus), str(tmp_path / "one"), "--explain").exit_code == 0
    assert run(str(corpus), str(tmp_path / "pq"), "--format", "parquet", "--explain").exit_code == 0
    assert run(str(corpus), str(tmp_path / "sh"), "--format", "parquet", "--shard-size", "10").exit_code == 0
    expected = read_jsonl(tmp_path / "one" / "records.jsonl")
    rows = pq.read_table(tmp_path / "pq" / "records.parquet").to_pylist()
    assert [r["id"] for r in rows] == [r["id"] for r in expected]
    assert rows[0]["body"] == expected[0]["body"] and rows[0]["headline"] == expected[0]["headline"]
    assert json.loads(rows[0]["extra"])["removed"] == expected[0]["removed"]
    shards = sorted((tmp_path / "sh").glob("records-*.parquet"))
    assert len(shards) == 3
    assert sum(pq.read_table(p).num_rows for p in shards) == 23


def test_parquet_without_pyarrow_is_a_one_line_error(tmp_path: Path, corpus: Path, monkeypatch) -> None:
    import builtins

    real = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    result = run(str(corpus), str(tmp_path / "o"), "--format", "parquet")
    assert result.exit_code == 2 and "cleaner[parquet]" in result.output
    assert not (tmp_path / "o").exists()


def test_unknown_format_and_compression(tmp_path: Path, corpus: Path) -> None:
    assert run(str(corpus), str(tmp_path / "o"), "--format", "csv").exit_code == 2
    assert run(str(corpus), str(tmp_path / "o"), "--compress", "bz2").exit_code == 2
