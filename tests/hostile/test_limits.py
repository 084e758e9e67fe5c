"""Huge pages and catastrophic rules finish: work stays linear, timeouts stay bounded.

Completion is asserted, not timing; each case runs in a second or a few.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import regex

from cleaner import Cleaner, Config
from cleaner.decode import decode
from cleaner.doc import TIMEOUT_BUDGET, Doc, screen_for
from cleaner.normalise import normalise_page
from cleaner.segment import segment

from ..conftest import SEEDS, SHARED, write_rules

WORDS = "the minister said on monday that government would not resign despite pressure".split()


def test_twenty_megabyte_single_line(lite_cleaner: Cleaner) -> None:
    line = " ".join(WORDS[i % len(WORDS)] for i in range(20 * 1024 * 1024 // 7))
    article = lite_cleaner.clean(decode(line.encode()))
    assert len(article.body) == 1 and len(article.body[0]) > 19_000_000


def test_two_hundred_thousand_paragraphs(lite_cleaner: Cleaner) -> None:
    page = "\n".join(f"Paragraph {i} {WORDS[i % len(WORDS)]} of the story." for i in range(200_000))
    article = lite_cleaner.clean(page)
    assert len(article.body) == 200_000


def test_deeply_nested_markup_in_a_page() -> None:
    page = "<div>" * 5000 + "The story itself is here." + "</div>" * 5000
    Cleaner().clean(page)  # HTML or text path: it must finish without recursion errors
    Cleaner().clean("A Title For The Story\n\n" + page + "\n\nMore of the story.")


CATASTROPHIC = """
[outlet]
id = "evil"
[match]
text = ['^Evil Gazette$']
[[drop]]
id = "boom3"
pattern = '^(?:a|aa)+(?=b)$'
[[drop]]
id = "boom"
pattern = '^(a+)+$'
[[drop]]
id = "boom2"
pattern = '^(a|aa)+$'
"""


def test_catastrophic_rule_is_skipped_and_reported(tmp_path: Path) -> None:
    """The RE2 prefilter proves most catastrophic cases cannot match in linear time; a rule
    it cannot rule out (boom3: its lookahead is invisible to RE2) times out a few times,
    then is skipped for the rest of the document."""
    rules = tmp_path / "rules"
    write_rules(rules, "evil", CATASTROPHIC)
    cleaner = Cleaner(Config(rules_dirs=(rules,), regex_timeout=0.05, classifier=False))
    page = ("Evil Gazette\n\n" + "\n".join("a" * 40 + "!" for _ in range(10_000)) + "\n" + "a" * 100_000 + "!\n"
            + "\n".join("a" * 60 for _ in range(5)))
    started = time.perf_counter()
    article = cleaner.clean(page)
    assert time.perf_counter() - started < 30  # a few timeouts, not 10,000 of them
    assert article.outlet == "evil"
    assert "evil/boom3@rest-of-document" in article.timeouts  # 3 timeouts, then skipped
    assert len(article.timeouts) < 10
    assert len(article.body) == 10_001  # the "a...!" lines stay; the all-"a" lines go to boom


def test_timeout_budget_is_per_document() -> None:
    rx = regex.compile(r"^(a|aa)+$")
    doc = Doc(segment("\n".join("a" * 40 + "!" for _ in range(50))), regex_timeout=0.01)
    hits = [doc.search(rx, p.key, "r", p.index) for p in doc.paragraphs]
    assert hits == [None] * 50
    assert doc.timeouts[-1] == "r@rest-of-document" and len(doc.timeouts) == TIMEOUT_BUDGET + 1


def test_prefilter_never_hides_a_match() -> None:
    """The RE2 prefilter is an optimisation: it may say "maybe", never a wrong "no"."""
    cleaner = Cleaner()
    lines = [line.strip() for path in [*SEEDS.glob("*.txt"), *sorted((SHARED / "corpus").rglob("*.txt"))[:60]]
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    for outlet in [None, *cleaner.rulebook.files]:
        rules = cleaner.rulebook.ruleset(outlet)
        for kinds in (("drop",), ("replace",), ("cut_after", "cut_before", "drop_between")):
            patterns = tuple(rx for r in rules.of_kind(*kinds) for rx in (*r.patterns, *r.end))
            screen = screen_for(patterns)
            if screen is None:
                continue
            for line in lines:
                found = screen.candidates(line)
                for k, rx in enumerate(patterns):
                    if rx.search(line):
                        assert k in found, (outlet, rx.pattern, line)


def test_prefilter_widens_what_re2_cannot_express() -> None:
    backref = regex.compile(r"(\w)\1")
    look = regex.compile(r"^Related (?!Topics$)\p{Lu}")
    uni = regex.compile(r"^\w+\b:$")
    counted = regex.compile(r"^x{2,3}$", regex.IGNORECASE)
    screen = screen_for((backref, look, uni, counted))
    assert 0 in screen.candidates("no double letters")  # untranslatable: always a candidate
    assert 1 in screen.candidates("Related Topics")  # the lookahead is dropped: a superset
    assert 2 in screen.candidates("Поделиться:")  # \w and \b are Unicode-aware, as in regex
    assert 3 in screen.candidates("XXXX") and 3 not in screen.candidates("y")


@pytest.mark.parametrize("pattern,stretch", [
    (r"\b(?:is|are)\b.{0,160}\bin this (?:file )?photo", "in this (?:file )?photo"),
    (r"^Source: \p{Lu}[^:]{0,120}\bet al\.? .{5,300}\d{4}$", "^Source: \\p{Lu}"),
    (r"^Advertisement$", "^Advertisement$"),  # no gap: the pattern itself
    (r"a|b.*c", "a|b.*c"),  # a top-level alternation is kept whole
    (r"^[^.!?]{0,80}[XY][^.!?]{0,80}$", "[XY]"),  # an anchor alone demands nothing: the class stands
])
def test_prefilter_keeps_the_most_demanding_stretch_between_gaps(pattern: str, stretch: str) -> None:
    """A gap (".*", "[^.]+") splits a pattern; the screen keeps one stretch, a superset that
    keeps the combined automaton small, and still finds every line the rule matches."""
    from cleaner.prefilter import to_re2

    assert to_re2(regex.compile(pattern)) == stretch
    rx = regex.compile(pattern)
    screen = screen_for((rx,))
    for line in ["He is seen in this file photo", "Source: Hill R, et al. Dairy. 2015", "Advertisement", "bxxc",
                 "nothing here"]:
        if rx.search(line):
            assert 0 in screen.candidates(line), line


def test_page_screen_finds_every_matching_line() -> None:
    """One RE2 pass over the joined page, then the lines each candidate touches: every line a
    rule matches must be among them, on real pages and for every kind of rule."""
    cleaner = Cleaner()
    pages = [[p.key for p in segment(normalise_page(path.read_text(encoding="utf-8", errors="replace")))]
             for path in [*SEEDS.glob("*.txt"), *sorted((SHARED / "corpus").rglob("*.txt"))[:60]]]
    for outlet in [None, *cleaner.rulebook.files]:
        rules = cleaner.rulebook.ruleset(outlet)
        for kinds in (("drop",), ("replace",), ("cut_after", "cut_before", "drop_between")):
            for lines in pages:
                found = {rule.qid: at for rule, at in rules.candidates(kinds, lines)}
                for rule in rules.of_kind(*kinds):
                    for pos, line in enumerate(lines):
                        if any(rx.search(line) for rx in (*rule.patterns, *rule.end)):
                            assert rule.qid in found and (found[rule.qid] is None or pos in found[rule.qid]), \
                                (rule.qid, line)


def test_page_screen_asks_each_line_on_its_own() -> None:
    # Rules are applied line by line: a superset match straddling two lines ("\s" reaches
    # across the newline joining them) makes neither a candidate; a match within one does.
    spanning = regex.compile(r"end\s+start")
    untranslatable = regex.compile(r"(\w)\1")
    screen = screen_for((spanning, untranslatable))
    got = dict(screen.line_candidates(["the end", "start here", "nothing", "the end  start"]))
    assert got[0] == {3}
    assert got[1] is None  # RE2 cannot take a backreference: every line is a candidate
    assert screen.line_candidates(["a", "b"]) == [(1, None)]


def test_line_start_patterns_screened_apart_find_the_same_lines() -> None:
    """Past SPLIT_MIN_LEADS, '^' patterns are matched anchored at each line's start, apart
    from the others: the same candidate lines as one unanchored set."""
    from cleaner.prefilter import SPLIT_MIN_LEADS, line_start_body

    assert line_start_body("(?i)^ab$") == "(?i)ab$"
    assert line_start_body("^a|b") is None and line_start_body("(?:^a)") is None and line_start_body("x^") is None
    leads = [regex.compile(rf"^Item {n}\b", regex.I) for n in range(SPLIT_MIN_LEADS)]
    others = [regex.compile(r"^one|two$"), regex.compile(r"\bthree")]
    screen = screen_for((*leads, *others))
    lines = ["item 3 of 9", "x item 4", "one", "a two", "two b", "Item 31", "three and three"]
    got = dict(screen.line_candidates(lines))
    # "\b" is dropped (a superset): "Item 3" screens in "Item 31" too
    assert got == {3: {0, 5}, 31: {5}, SPLIT_MIN_LEADS: {2, 3}, SPLIT_MIN_LEADS + 1: {6}}
    assert screen.candidates("\n".join(lines)) == frozenset(got)


def test_sets_split_into_chunks_keep_each_patterns_index() -> None:
    """Past CHUNK_UNANCHORED (or CHUNK_ANCHORED) patterns, a screen is several RE2 sets; a hit
    in a later chunk must still name its own pattern, on texts and on lines."""
    from cleaner.prefilter import CHUNK_ANCHORED, CHUNK_UNANCHORED

    many = CHUNK_UNANCHORED * 2 + 5
    words = [regex.compile(rf"\bword{n}x\b") for n in range(many)]
    leads = [regex.compile(rf"^Lead{n}y") for n in range(CHUNK_ANCHORED + 3)]
    screen = screen_for((*words, *leads))
    assert screen.candidates(f"a word3x and a word{many - 1}x") == frozenset({3, many - 1})
    last_lead = many + CHUNK_ANCHORED + 2
    got = dict(screen.line_candidates(["nothing", f"say word{CHUNK_UNANCHORED + 1}x", f"Lead{CHUNK_ANCHORED + 2}y",
                                       "Lead0y and word0x"]))
    assert got == {0: {3}, CHUNK_UNANCHORED + 1: {1}, many: {3}, last_lead: {2}}


def test_each_pattern_is_screened_on_its_own() -> None:
    """A drop rule is asked only the patterns that may match a line: every line a pattern matches
    must be among its own candidates, however its rule's other patterns screen."""
    cleaner = Cleaner()
    pages = [[p.key for p in segment(normalise_page(path.read_text(encoding="utf-8", errors="replace")))]
             for path in [*SEEDS.glob("*.txt"), *sorted((SHARED / "corpus").rglob("*.txt"))[:40]]]
    rules = cleaner.rulebook.ruleset(None)
    for lines in pages:
        screened = {rule.qid: pats for rule, pats in rules.pattern_candidates(("drop",), lines)}
        for rule in rules.of_kind("drop"):
            for j, rx in enumerate(rule.patterns):
                for pos, line in enumerate(lines):
                    if rx.search(line):
                        at = screened.get(rule.qid, {})
                        assert j in at and (at[j] is None or pos in at[j]), (rule.qid, rx.pattern, line)


def test_a_tie_between_stretches_keeps_the_longer_one() -> None:
    """"\\d" and a group of a bar and digits demand one thing each; the group says more, and screens
    out every line with a digit but no bar."""
    from cleaner.prefilter import to_re2

    translated = to_re2(regex.compile(r"^[^|]{0,40}\d(?:\s?\|\s?[^|]{0,40}\d){2,}$"))
    assert "\\|" in translated
    screen = screen_for((regex.compile(r"^[^|]{0,40}\d(?:\s?\|\s?[^|]{0,40}\d){2,}$"),))
    assert screen.candidates("Opened in 2009 with 40 staff") == frozenset()
    assert screen.candidates("Sensex 31,095 | Nifty 9,616 | Gold 29,400") == frozenset({0})
