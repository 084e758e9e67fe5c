"""``rules lint``: every problem in a set of rule files, not just the first.

The loader stops at the first error, which is right when cleaning but slow when writing
rules. Lint checks each table, each rule and each regex on its own with the loader's own
schema functions, so one run lists everything. Then it checks what only a set of files
can show (``extends`` cycles and unknown parents, duplicate outlet ids), regexes prone to
catastrophic backtracking, and rules that no ``[[tests]]`` fixture ever triggers.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import CleanerError, RuleError
from ..rules.fragments import Fragments, build_fragments
from ..rules.loader import GENERIC_ID, Rulebook, _build_tests, bundled_rules_dir, load_file
from ..rules.model import RuleFile
from ..rules.schema import (
    COMMON_RULE_KEYS,
    ID_RE,
    RULES,
    TABLES,
    TOP_LEVEL,
    Key,
    check_table,
    compile_regex,
    unknown_key_message,
)
from .backtrack import probe, static_risk
from .context import chain_problems, context_files, rule_files
from .ruletest import fixture_fires
from .screen import SCREEN_EXEMPT_MAX_WORDS, screens_nothing


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    rule: str | None  # rule id, table name ("match", "tests#2"), or None for the whole file
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.rule or '-'}: {self.message}"


class _Checker:
    """Collects problems for one file instead of raising at the first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = str(path)
        self.problems: list[Problem] = []
        self.fragments: Fragments = {}

    def add(self, rule: str | None, message: str) -> None:
        self.problems.append(Problem(self.file, rule, message))

    def guard(self, fn, *args, **kwargs) -> Any:
        """Run one loader check; record its RuleError and carry on."""
        try:
            return fn(*args, **kwargs)
        except RuleError as exc:
            self.add(exc.rule, exc.reason)
            return None

    def table(self, raw: Any, spec: dict[str, Key], *, section: str, rule: str | None,
              ignore_case: bool = False, screened: bool = False) -> None:
        if not isinstance(raw, dict):
            self.add(rule, f"[{section}] must be a table, got {type(raw).__name__}")
            return
        for k, value in raw.items():
            if k not in spec:
                self.add(rule, f"[{section}] " + unknown_key_message(k, tuple(spec)))
                continue
            checked = self.guard(check_table, {k: value}, {k: spec[k]}, section=section, file=self.file, rule=rule)
            if checked is not None and spec[k].type in ("regex", "regexes"):
                patterns = (value,) if isinstance(value, str) else value
                for p in patterns:
                    self.regex(p, rule=rule, ignore_case=ignore_case, multiline=section == "match",
                               screened=screened and k in ("pattern", "start"))
        for k, key in spec.items():
            if key.required and k not in raw:
                self.add(rule, f"[{section}] missing required key '{k}'")

    def regex(self, pattern: str, *, rule: str | None, ignore_case: bool, multiline: bool = False,
              screened: bool = False) -> None:
        compiled = self.guard(compile_regex, pattern, file=self.file, rule=rule, ignore_case=ignore_case,
                              multiline=multiline, fragments=self.fragments)
        if compiled is None:
            return
        if screened and screens_nothing(compiled):
            self.add(rule, f"regex '{pattern}' gives the fast screen nothing to look for (what it needs is "
                           "inside lookarounds, or optional): every paragraph is then searched with every pattern "
                           "of the rule; consume the text the pattern needs, or give the rule a small max_words")
        risk = static_risk(compiled.pattern, ignore_case=ignore_case)  # with its fragments spliced in
        slow = probe(compiled)
        if risk or slow:
            message = f"regex '{pattern}' is prone to catastrophic backtracking: {risk or 'too slow'}"
            if slow:
                message += f" (timed out on a probe input {slow[:12]!r}...)"
            self.add(rule, message)


def lint_structure(path: Path) -> tuple[RuleFile | None, list[Problem]]:
    """All the problems of one file on its own, and the loaded file when it loads."""
    c = _Checker(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        return None, [Problem(c.file, None, f"not valid TOML: {exc}")]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(c.file, None, f"cannot read: {exc}")]
    for key in data:
        if key not in TOP_LEVEL:
            c.add(None, unknown_key_message(key, TOP_LEVEL))
    c.fragments = c.guard(build_fragments, data.get("fragments", {}), file=c.file) or {}
    if not isinstance(data.get("outlet"), dict) or "id" not in data["outlet"]:
        c.add("outlet", "missing [outlet] table with an 'id'")
    for name, spec in TABLES.items():
        if name in data:
            c.table(data[name], spec, section=name, rule=name)
    outlet_id = data.get("outlet", {}).get("id") if isinstance(data.get("outlet"), dict) else None
    if isinstance(outlet_id, str):
        if not ID_RE.match(outlet_id):
            c.add("outlet", f"outlet id {outlet_id!r} must be lowercase letters, digits, '-', '_' or '.'")
        if outlet_id != path.stem:
            c.add("outlet", f"outlet id {outlet_id!r} does not match the file name '{path.name}'")
    _lint_rules(c, data)
    _lint_tests(c, data.get("tests", []))
    try:  # warnings (a risky regex) do not stop a file from loading; errors do
        loaded: RuleFile | None = load_file(path)
    except RuleError as exc:
        loaded = None
        if not c.problems:  # something the piecewise checks missed
            c.add(exc.rule, exc.reason)
    return loaded, c.problems


def _lint_rules(c: _Checker, data: dict[str, Any]) -> None:
    seen: set[str] = set()
    for kind, spec in RULES.items():
        entries = data.get(kind, [])
        if not isinstance(entries, list):
            c.add(None, f"'{kind}' must be an array of tables ([[{kind}]])")
            continue
        for n, entry in enumerate(entries, 1):
            rule_id = entry.get("id") if isinstance(entry, dict) else None
            label = rule_id if isinstance(rule_id, str) else f"{kind}#{n}"
            ignore_case = isinstance(entry, dict) and entry.get("ignore_case") is True
            max_words = entry.get("max_words", 0) if isinstance(entry, dict) else 0
            short_only = isinstance(max_words, int) and 0 < max_words <= SCREEN_EXEMPT_MAX_WORDS
            c.table(entry, {**COMMON_RULE_KEYS, **spec}, section=kind, rule=label, ignore_case=ignore_case,
                    screened=not short_only)
            if isinstance(rule_id, str):
                if not ID_RE.match(rule_id):
                    c.add(label, "rule id must be lowercase letters, digits, '-', '_' or '.'")
                if rule_id in seen:
                    c.add(label, "duplicate rule id")
                seen.add(rule_id)


def _lint_tests(c: _Checker, entries: Any) -> None:
    if not isinstance(entries, list):
        c.add("tests", "'tests' must be an array of tables ([[tests]])")
        return
    for n, entry in enumerate(entries, 1):
        case = c.guard(_build_tests, [entry], c.file)
        if not case:
            continue
        label = f"tests#{n}"
        for key in ("fixture", "expected"):
            rel = getattr(case[0], key)
            if rel and not (c.path.parent / rel).is_file():
                c.add(label, f"{key} file not found: {rel}")


def _load_quietly(path: Path) -> RuleFile | None:
    try:
        return load_file(path)
    except RuleError:
        return None


def lint(paths: Iterable[Path], *, bundled: bool = True, fixtures: bool = True) -> list[Problem]:
    """Lint the given rule files and folders, and the bundled rules unless ``bundled`` is False.

    Bundled files are always loaded as context, so a user file can extend them and a
    generic rule counts as triggered when any outlet's fixture triggers it.
    """
    given = rule_files(paths)
    checked = set((rule_files([bundled_rules_dir()]) if bundled else []) + given)
    problems: list[Problem] = []
    loaded: dict[Path, RuleFile] = {}
    for path in dict.fromkeys(context_files(given) + given):
        if path in checked:
            f, found = lint_structure(path)
            problems.extend(found)
        else:  # context only: loading it is enough, its own problems are not asked about
            f = _load_quietly(path)
        if f is not None:
            loaded[path] = f
    by_id: dict[str, RuleFile] = {}
    for path, f in loaded.items():  # later folders override bundled files with the same outlet id
        if f.id in by_id and by_id[f.id].path.parent == path.parent:
            problems.append(Problem(str(path), "outlet", f"outlet id '{f.id}' is also used by {by_id[f.id].path}"))
        by_id[f.id] = f
    own, broken = chain_problems(by_id)
    problems.extend(Problem(str(by_id[fid].path), "outlet", why) for fid, whys in own.items() for why in whys
                    if by_id[fid].path in checked)
    good = [f for fid, f in by_id.items() if fid not in broken]
    if fixtures and GENERIC_ID in {f.id for f in good}:
        problems.extend(_lint_coverage(good, checked))
    return problems


def _lint_coverage(files: list[RuleFile], checked: set[Path]) -> list[Problem]:
    """Rules that no fixture triggers, fixtures that fail to run, regexes that time out on them."""
    problems: list[Problem] = []
    try:
        book = Rulebook(files)
    except CleanerError as exc:
        return [Problem("<rulebook>", None, str(exc))]
    fired: set[str] = set()
    for f in files:
        for case in f.tests:
            if not case.fixture or not (f.path.parent / case.fixture).is_file():
                continue  # a missing fixture is reported with the file's own problems
            try:
                rules, timeouts = fixture_fires(book, f, case)
            except (CleanerError, OSError) as exc:
                if f.path in checked:
                    problems.append(Problem(str(f.path), case.id, f"fixture cannot be cleaned: {exc}"))
                continue
            fired |= rules
            if f.path in checked:
                problems.extend(Problem(str(f.path), case.id, f"regex timed out on the fixture: {t}")
                                for t in timeouts)
    for f in files:
        if f.path not in checked:
            continue
        if not f.tests:
            problems.append(Problem(str(f.path), None, "no [[tests]]: add a fixture so its rules are checked"))
        problems.extend(Problem(str(f.path), r.id, f"{r.kind} rule never triggered by any [[tests]] fixture")
                        for r in f.rules if r.qid not in fired)
    return problems
