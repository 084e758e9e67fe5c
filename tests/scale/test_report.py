"""report.json counts per outlet, rule and error kind; the progress bar on stderr."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import jsonl_lines, run, write_jsonl


def test_report_counts_and_throughput(tmp_path: Path) -> None:
    lines = jsonl_lines(4) + ["{bad", json.dumps({"text": "Reuters story\n\nWASHINGTON (Reuters) - A story.",
                                                 "url": "https://www.reuters.com/a"})]
    src = write_jsonl(tmp_path / "p.jsonl", lines)
    assert run(str(src), str(tmp_path / "o")).exit_code == 0
    report = json.loads((tmp_path / "o" / "report.json").read_text())
    assert report["outlets"] == {"(generic)": 4, "reuters": 1}
    assert report["error_kinds"] == {"bad-line": 1}
    assert report["rules"]["generic/share-print-labels"] == 4
    assert report["docs_per_second"] > 0 and report["mb_per_second"] >= 0 and report["bytes"] > 0


def test_progress_bar_shows_docs_and_mb(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "p.jsonl", jsonl_lines(30))
    from typer.testing import CliRunner

    from cleaner.cli import app

    result = CliRunner().invoke(app, ["run", str(src), str(tmp_path / "o"), "--progress"])
    assert result.exit_code == 0, result.output
    assert "30 docs" in result.output and "MB" in result.output
