"""Rule files are validated strictly: every mistake is a RuleError naming file and rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import RuleError
from cleaner.rules import Rulebook, bundled_rules_dir, load_file

from ..conftest import write_rules

MINIMAL = """
[outlet]
id = "reuters"
name = "Reuters"

[match]
text = ['\\(Reuters\\) - ']
domains = ["reuters.com"]

[[drop]]
id = "related-topics"
pattern = '^Related Topics$'
"""


def test_minimal_shape_from_the_issue_loads(tmp_path: Path) -> None:
    f = load_file(write_rules(tmp_path, "reuters", MINIMAL))
    assert f.id == "reuters" and f.match_domains == ("reuters.com",)
    assert [r.qid for r in f.rules] == ["reuters/related-topics"]


@pytest.mark.parametrize("path", sorted(bundled_rules_dir().glob("*.toml")), ids=lambda p: p.name)
def test_bundled_rule_files_load(path: Path) -> None:
    assert load_file(path).id == path.stem


def _error(tmp_path: Path, text: str) -> RuleError:
    with pytest.raises(RuleError) as info:
        load_file(write_rules(tmp_path, "bad", text))
    return info.value


def test_unknown_key_names_file_rule_and_suggestion(tmp_path: Path) -> None:
    err = _error(tmp_path, MINIMAL.replace("pattern = '^Related", "patern = '^Related"))
    assert err.file.endswith("bad.toml") and err.rule == "related-topics"
    assert "unknown key 'patern'" in str(err) and "did you mean 'pattern'" in str(err)


def test_unknown_top_level_table(tmp_path: Path) -> None:
    assert "unknown key 'headlin'" in str(_error(tmp_path, MINIMAL + "\n[headlin]\nfrom='first'\n"))


def test_bad_regex_is_reported(tmp_path: Path) -> None:
    err = _error(tmp_path, MINIMAL.replace("'^Related Topics$'", "'^(Related Topics$'"))
    assert err.rule == "related-topics" and "bad regex" in err.reason


def test_wrong_type_is_reported(tmp_path: Path) -> None:
    err = _error(tmp_path, MINIMAL + "\n[[cut_after]]\nid = 'x'\npattern = 'y'\nkeep_marker = 'yes'\n")
    assert err.rule == "x" and "'keep_marker' must be true or false" in err.reason


def test_bad_choice_is_reported(tmp_path: Path) -> None:
    assert "must be one of" in str(_error(tmp_path, MINIMAL + "\n[headline]\nfrom = 'top'\n"))


def test_duplicate_rule_id(tmp_path: Path) -> None:
    text = MINIMAL + "\n[[drop]]\nid = 'related-topics'\npattern = 'x'\n"
    assert "duplicate rule id" in str(_error(tmp_path, text))


def test_missing_rule_id(tmp_path: Path) -> None:
    assert "missing required key 'id'" in str(_error(tmp_path, MINIMAL + "\n[[drop]]\npattern = 'x'\n"))


def test_invalid_toml(tmp_path: Path) -> None:
    assert "not valid TOML" in str(_error(tmp_path, "[outlet\nid='x'"))


def test_extends_cycle_is_an_error(tmp_path: Path) -> None:
    write_rules(tmp_path, "a", "[outlet]\nid='a'\nextends=['b']\n")
    write_rules(tmp_path, "b", "[outlet]\nid='b'\nextends=['a']\n")
    with pytest.raises(RuleError, match="cycle"):
        Rulebook.load([tmp_path])


def test_extends_unknown_parent_is_an_error(tmp_path: Path) -> None:
    write_rules(tmp_path, "a", "[outlet]\nid='a'\nextends=['nope']\n")
    with pytest.raises(RuleError, match="unknown outlet 'nope'"):
        Rulebook.load([tmp_path])


def test_chain_order_is_generic_then_parent_then_outlet(tmp_path: Path) -> None:
    write_rules(tmp_path, "net", "[outlet]\nid='net'\n[[drop]]\nid='n'\npattern='x'\n")
    write_rules(tmp_path, "site", "[outlet]\nid='site'\nextends='net'\n[match]\ndomains=['site.example']\n"
                                  "[[drop]]\nid='s'\npattern='y'\n")
    rs = Rulebook.load([tmp_path]).ruleset("site")
    ids = [f.id for f in rs.chain]
    assert ids[-3:] == ["generic", "net", "site"]
    assert all(i.startswith("generic") for i in ids[:-2])  # generic and the files it pulls in
    qids = [r.qid for r in rs.rules]
    assert qids.index("net/n") < qids.index("site/s") and qids[0].startswith("generic")


def test_user_file_overrides_bundled_outlet(tmp_path: Path) -> None:
    write_rules(tmp_path, "ctv-news", "[outlet]\nid='ctv-news'\n[match]\ndomains=['ctvnews.ca']\n")
    rs = Rulebook.load([tmp_path]).ruleset("ctv-news")
    assert not any(r.qid.startswith("ctv-news/") for r in rs.rules)


FRAGMENTS = """
[outlet]
id = "harbour"
[fragments]
month = '(?:Jan|Feb|Mar)[a-z]*\\.?'
stamp = '(?&month) \\d{1,2}, \\d{4}'
[dateline]
header = ['^Posted (?P<date>(?&stamp))$']
[[drop]]
id = "stamp-line"
pattern = '^Updated (?&stamp)$'
"""


def test_fragments_are_spliced_into_field_and_rule_patterns(tmp_path: Path) -> None:
    f = load_file(write_rules(tmp_path, "harbour", FRAGMENTS))
    [header] = f.fields.dateline["header"]
    assert header.match("Posted Feb. 3, 2017")["date"] == "Feb. 3, 2017"
    assert f.rules[0].patterns[0].match("Updated March 14, 2018")
    assert not f.rules[0].patterns[0].match("Updated Dec 14, 2018")  # only the months the fragment names
    assert "(?&" not in f.rules[0].patterns[0].pattern  # what runs is an ordinary regex


def test_unknown_fragment_names_the_rule(tmp_path: Path) -> None:
    err = _error(tmp_path, FRAGMENTS.replace("'^Updated (?&stamp)$'", "'^Updated (?&stmap)$'"))
    assert err.rule == "stamp-line" and "unknown fragment '(?&stmap)'" in err.reason and "month, stamp" in err.reason


def test_fragment_may_only_use_fragments_above_it(tmp_path: Path) -> None:
    text = FRAGMENTS.replace("month = '(?:Jan|Feb|Mar)[a-z]*\\.?'\nstamp = '(?&month) \\d{1,2}, \\d{4}'",
                             "stamp = '(?&month) \\d{1,2}, \\d{4}'\nmonth = '(?:Jan|Feb|Mar)'")
    err = _error(tmp_path, text)
    assert err.rule == "fragments.stamp" and "unknown fragment '(?&month)'" in err.reason


@pytest.mark.parametrize("fragment, message", [
    ("month = '(?:Jan'", "bad regex"),
    ("month = 3", "must be a string"),
    ("Month = 'Jan'", "lowercase"),
])
def test_bad_fragment_is_reported(tmp_path: Path, fragment: str, message: str) -> None:
    err = _error(tmp_path, FRAGMENTS.replace("month = '(?:Jan|Feb|Mar)[a-z]*\\.?'", fragment))
    assert err.rule is not None and err.rule.startswith("fragments.") and message in err.reason


def test_a_pattern_calling_its_own_group_is_not_a_fragment(tmp_path: Path) -> None:
    text = FRAGMENTS.replace("'^Updated (?&stamp)$'", "'^(?P<w>ab)-(?&w)$'")
    assert load_file(write_rules(tmp_path, "harbour", text)).rules[0].patterns[0].match("ab-ab")


def test_a_file_is_compiled_once_per_content_and_an_edit_is_read_afresh(tmp_path: Path) -> None:
    """The process-wide cache of parsed files is keyed on content: reuse is safe, staleness impossible."""
    path = write_rules(tmp_path, "quay", '[outlet]\nid = "quay"\n[[drop]]\nid = "a"\npattern = \'^Old promo$\'\n')
    first = load_file(path)
    assert load_file(path) is first
    path.write_text(path.read_text(encoding="utf-8").replace("Old promo", "New promo"), encoding="utf-8")
    edited = load_file(path)
    assert edited is not first
    assert edited.rules[0].patterns[0].search("New promo") and not edited.rules[0].patterns[0].search("Old promo")
    path.write_text('[outlet]\nid = "quay"\n[[drop]]\nid = "a"\npatern = "x"\n', encoding="utf-8")
    with pytest.raises(RuleError, match="unknown key 'patern'"):
        load_file(path)
    with pytest.raises(RuleError, match="unknown key 'patern'"):  # a failure is not remembered as a success
        load_file(path)
