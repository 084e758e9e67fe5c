"""tools/train_model.py end to end on two tiny annotated sets of invented pages."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from cleaner.classify.model import JunkModel

pytest.importorskip("sklearn")
ROOT = Path(__file__).resolve().parents[2]

STORY = [
    "The harbour board agreed on Monday to dredge the channel before the autumn storms arrive on the coast.",
    "Fishermen said that the silt had made the entrance dangerous at low tide for most of the past year.",
    "The work is expected to cost more than the board had set aside, and a loan will cover the rest.",
    "Residents who live near the quay were told that the noise would stop each evening at seven o'clock.",
]
JUNK = [
    "Sign up for our weekly newsletter and get the best local stories delivered to your inbox.",
    "Follow our reporter on Twitter for more updates on this and other stories from the coast.",
]


def _load_tool():
    spec = importlib.util.spec_from_file_location("train_model", ROOT / "tools" / "train_model.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_model"] = module
    spec.loader.exec_module(module)
    return module


def _annotated_set(folder: Path, pages: int) -> Path:
    (folder / "corpus").mkdir(parents=True)
    (folder / "gold").mkdir()
    for n in range(pages):
        story = STORY[n % 4:] + STORY[:n % 4]
        page_id = f"mn_{folder.name}{n}_1"
        (folder / "corpus" / f"{page_id}.txt").write_text("\n\n".join([*story, *JUNK]), encoding="utf-8")
        (folder / "gold" / f"{page_id}.json").write_text(json.dumps({"id": page_id, "body": story}), encoding="utf-8")
    return folder


def test_trains_cross_validates_and_writes_a_loadable_model(tmp_path: Path, capsys) -> None:
    tool = _load_tool()
    sets = [_annotated_set(tmp_path / name, 6) for name in ("a", "b")]
    out = tmp_path / "model.json"
    assert tool.main([*map(str, sets), "--out", str(out), "--cv"]) == 0
    printed = capsys.readouterr().out
    assert "72 paragraphs, 24 junk, from 2 sets" in printed  # 12 pages of 4 story lines and 2 junk lines
    assert "all" in printed
    model = JunkModel.load(out)
    assert model.words["w:newsletter"] > 0 > model.words.get("w:harbour", -1.0)
    assert model.trained_on == "a, b"
