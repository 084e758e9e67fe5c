"""Rule files are data: nothing in them runs, and nothing in them reaches other files."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner, Config
from cleaner.errors import RuleError
from cleaner.rules.loader import Rulebook

from ..conftest import write_rules


@pytest.mark.parametrize("parent", ["../../etc/passwd", "/etc/passwd", "~/.ssh/id_rsa", "generic/../reuters"])
def test_extends_names_an_outlet_never_a_path(tmp_path: Path, parent: str) -> None:
    write_rules(tmp_path, "site", f"[outlet]\nid = 'site'\nextends = ['{parent}']\n")
    with pytest.raises(RuleError) as err:
        Rulebook.load([tmp_path])
    assert "unknown outlet" in str(err.value)


def test_yaml_style_tags_are_plain_strings(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    write_rules(tmp_path, "site", f"""[outlet]
id = 'site'
name = "!!python/object/apply:os.system ['touch {marker}']"
[[drop]]
id = 'x'
pattern = '^!!python/object:os\\.system$'
""")
    cleaner = Cleaner(Config(rules_dirs=(tmp_path,), outlet="site"))
    assert cleaner.clean("Story line one.\n\n!!python/object:os.system").body == ["Story line one."]
    assert not marker.exists()


def test_only_toml_files_in_a_rules_folder_are_read(tmp_path: Path) -> None:
    (tmp_path / "evil.py").write_text("raise SystemExit('executed')")
    (tmp_path / "evil.yaml").write_text("!!python/object/apply:os.system ['false']")
    write_rules(tmp_path, "site", "[outlet]\nid = 'site'\n")
    assert "site" in Rulebook.load([tmp_path]).files


def test_a_rule_file_that_is_not_text_is_a_rule_error(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(RuleError):
        Rulebook.load([tmp_path])
