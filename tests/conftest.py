from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_GOLD = Path(__file__).resolve().parent / "gold" / "seeds"
SHARED = ROOT.parent / "shared"


def seed_cases() -> list[tuple[Path, dict]]:
    return [(p, json.loads((SEED_GOLD / f"{p.stem}.json").read_text(encoding="utf-8")))
            for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="session")
def cleaner() -> Cleaner:
    return Cleaner()


def write_rules(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path
