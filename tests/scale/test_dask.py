"""``--engine dask`` on a local cluster of 2 worker processes: the records of a local run."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from .conftest import jsonl_lines, outputs, page, run, write_jsonl


def test_dask_local_cluster_gives_the_local_records(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    inp = tmp_path / "in"
    write_jsonl(inp / "b.jsonl.gz", jsonl_lines(300) + ["{bad"])  # several batches: order across them
    (inp / "a.txt").write_text(page(1), encoding="cp1252")
    (inp / "c.txt.gz").write_bytes(gzip.compress(page(2).encode()))
    (inp / "d.txt").write_bytes(b"%PDF-1.4 binary")  # read here, shipped as bytes, an error there
    local = run(str(inp), str(tmp_path / "local"), "--shard-size", "100")
    assert local.exit_code == 0, local.output
    result = run(str(inp), str(tmp_path / "dask"), "--shard-size", "100", "--engine", "dask", "-j", "2")
    assert result.exit_code == 0, result.output
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")


def test_unreachable_scheduler_is_a_one_line_error(tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("distributed")
    from cleaner.engines import dask as engine

    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", "1s")
    src = write_jsonl(tmp_path / "p.jsonl", jsonl_lines(2))
    result = run(str(src), str(tmp_path / "o"), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2 and result.output.startswith("cleaner: error: cannot reach the dask scheduler")


def test_dask_engine_without_distributed_is_a_one_line_error(tmp_path: Path, monkeypatch) -> None:
    import builtins

    real = builtins.__import__

    def no_distributed(name, *args, **kwargs):
        if name.startswith("distributed"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_distributed)
    src = write_jsonl(tmp_path / "p.jsonl", jsonl_lines(2))
    result = run(str(src), str(tmp_path / "o"), "--engine", "dask")
    assert result.exit_code == 2 and "cleaner[dask]" in result.output
    assert not (tmp_path / "o").exists()


def test_unknown_engine_is_refused(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "p.jsonl", jsonl_lines(2))
    result = run(str(src), str(tmp_path / "o"), "--engine", "spark")
    assert result.exit_code == 2 and "unknown engine" in result.output
