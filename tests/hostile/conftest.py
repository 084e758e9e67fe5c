"""Shared helpers for the hostile-input suite: a small rule set that exercises every stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner, Config

# A generic layer with one rule of each kind: enough to run every stage of the engine on a
# huge page without paying for the whole bundled rulebook on every one of 200,000 lines.
LITE_GENERIC = r"""
[outlet]
id = "generic"
[headline]
from = "title-like"
[dateline]
prefix = ['^(?P<place>\p{Lu}{2,}(?:\s\p{Lu}{2,})*)\s*(?:--|—)\s*']
[credit]
patterns = ['^\(?(?:Reporting|Writing) by [^()]+\)?$']
[[replace]]
id = "full-article"
pattern = '\s+Full Article$'
[[drop]]
id = "advertisement"
pattern = ['^Advertisement$', '^Share this$']
ignore_case = true
[[drop]]
id = "caption"
pattern = 'REUTERS/\p{Lu}\p{L}+$'
[[cut_after]]
id = "most-popular"
pattern = '^Most Popular$'
[[drop_between]]
id = "related"
start = '^Related$'
end = '^End related$'
[[dedupe]]
id = "repeats"
scope = "adjacent"
"""


@pytest.fixture(scope="session")
def lite_rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lite-rules")
    (folder / "generic.toml").write_text(LITE_GENERIC, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def lite_cleaner(lite_rules: Path) -> Cleaner:
    return Cleaner(Config(rules_dirs=(lite_rules,), bundled_rules=False, classifier=False))
