"""``rules test``: run the ``[[tests]]`` of rule files and show readable diffs.

A test cleans its fixture page with the whole rulebook (generic layer and ``extends``
included, outlet matched as in a real run), then compares the record with the expected
JSON field by field, and checks ``contains`` / ``not_contains`` snippets against the body.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import CleanerError
from ..pipeline import Cleaner
from ..record import Article
from ..rules.loader import Rulebook
from ..rules.model import RuleFile, TestCase
from .context import build_book, rule_files
from .pages import comparable, read_page


@dataclass(slots=True)
class CaseResult:
    file: str
    case: str  # test id ("tests#1" when the test has none)
    fixture: str | None
    problems: list[str] = field(default_factory=list)  # readable lines; empty when passed
    skipped: bool = False  # nothing to run (a file without tests); not a failure

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def status(self) -> str:
        return "skip" if self.skipped else "pass" if self.passed else "fail"

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "case": self.case, "fixture": self.fixture, "status": self.status,
                "problems": self.problems}


def clean_fixture(book: Rulebook, rule_file: RuleFile, case: TestCase) -> Article:
    """The record the fixture gets in a real run; its id is the fixture's file name."""
    assert case.fixture is not None
    path = rule_file.path.parent / case.fixture
    return Cleaner(rulebook=book).clean(read_page(path), id=path.stem, source=case.fixture)


def fixture_fires(book: Rulebook, rule_file: RuleFile, case: TestCase) -> tuple[set[str], list[str]]:
    """Rule ids the fixture exercises, and the regexes that timed out.

    A rule is exercised when it removed something, or when its pattern matches one of the
    fixture's paragraphs that an earlier rule (generic rules run first) already took: the
    rule works, it is only shadowed on this page.
    """
    article = clean_fixture(book, rule_file, case)
    fired = {r.rule for r in article.removed}
    texts = [r.text for r in article.removed if r.kind == "paragraph"]
    for rule in book.ruleset(article.outlet).rules:
        if rule.qid in fired or rule.kind not in SHADOWABLE:
            continue
        if any(_matches(rx, t) for rx in rule.patterns for t in texts):
            fired.add(rule.qid)
    return fired, list(article.timeouts)


SHADOWABLE = ("drop", "cut_after", "cut_before", "drop_between")


def _matches(rx: Any, text: str) -> bool:
    try:
        return rx.search(text, timeout=0.5) is not None
    except TimeoutError:
        return False


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def body_diff(expected: list[str], got: list[str]) -> list[str]:
    """Paragraph by paragraph unified diff: '-' expected only, '+' produced only."""
    return [line.rstrip("\n") for line in difflib.unified_diff(expected, got, "expected", "got", n=1, lineterm="")]


def compare(record: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Differences between a record and an expected record, one readable block per field."""
    out: list[str] = []
    for key, want in comparable(expected).items():
        got = record.get(key)
        if got == want:
            continue
        if key == "body" and isinstance(want, list) and isinstance(got, list):
            out.append(f"body: {len(got)} paragraphs, expected {len(want)}")
            out.extend("  " + line for line in body_diff(want, got))
        else:
            out.append(f"{key}: expected {_show(want)}")
            out.append(f"{' ' * len(key)}       got {_show(got)}")
    return out


def run_case(book: Rulebook, rule_file: RuleFile, case: TestCase) -> CaseResult:
    result = CaseResult(str(rule_file.path), case.id, case.fixture)
    if not case.fixture:
        result.problems.append("test has no fixture")
        return result
    try:
        article = clean_fixture(book, rule_file, case)
    except (CleanerError, OSError) as exc:
        result.problems.append(f"fixture cannot be cleaned: {exc}")
        return result
    record = article.to_dict()
    if case.expected:
        try:
            want = json.loads((rule_file.path.parent / case.expected).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            result.problems.append(f"expected record cannot be read: {exc}")
        else:
            result.problems.extend(compare(record, want))
    elif rule_file.matchable and record["outlet"] != rule_file.id:
        result.problems.append(f"outlet: expected {_show(rule_file.id)}, got {_show(record['outlet'])}")
    text = "\n".join(record["body"])
    result.problems.extend(f"body does not contain {_show(s)}" for s in case.contains if s not in text)
    result.problems.extend(f"body contains {_show(s)}" for s in case.not_contains if s in text)
    return result


def run_tests(paths: list[Path]) -> list[CaseResult]:
    """Run the tests of every rule file in ``paths``; a file that does not load is one failure.

    A file without tests is reported as skipped; ``rules lint`` is what insists on tests.
    """
    files = rule_files(paths)
    book, loaded, broken = build_book(files)
    results: list[CaseResult] = []
    for path in files:
        if path in broken or path not in loaded:
            results.append(CaseResult(str(path), "load", None, [broken.get(path, "cannot be loaded")]))
            continue
        rule_file = loaded[path]
        if book.files.get(rule_file.id) is not rule_file:
            overrider = book.files[rule_file.id].path
            results.append(CaseResult(str(path), "load", None, [f"overridden by {overrider} (same outlet id)"]))
            continue
        if not rule_file.tests:
            results.append(CaseResult(str(path), "no [[tests]]", None, skipped=True))
        results.extend(run_case(book, rule_file, case) for case in rule_file.tests)
    return results
