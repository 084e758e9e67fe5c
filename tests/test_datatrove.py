"""The datatrove step (skipped when the optional extra is not installed)."""

from __future__ import annotations

import pytest

pytest.importorskip("datatrove")

from datatrove.data import Document

from cleaner.integrations.datatrove import CleanerStep

from .conftest import SEEDS


def test_step_replaces_text_with_body_and_keeps_fields() -> None:
    page = (SEEDS / "000_bc361f33faddde71.txt").read_text(encoding="utf-8")
    docs = [Document(text=page, id="a"), Document(text="Advertisement", id="b")]
    out = list(CleanerStep().run(iter(docs)))
    assert [d.id for d in out] == ["a"]  # the page with nothing left is dropped
    assert out[0].text.startswith("The United States and Russia must find ways")
    assert "Related Topics" not in out[0].text
    assert out[0].metadata["cleaner"]["outlet"] == "reuters"
