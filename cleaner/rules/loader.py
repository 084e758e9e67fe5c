"""Read and validate TOML rule files, resolve ``extends``, and pick the rules for a page.

Nothing in a rule file is executed: TOML is parsed as data, regexes are compiled with the
``regex`` module and applied with a timeout by the engine.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from ..errors import RuleError
from ..html.selectors import compile_selector
from ..prefilter import prefilter_for
from .fragments import Fragments, build_fragments
from .model import Fields, HtmlRules, Rule, RuleFile, RuleSet, TestCase
from .schema import (
    COMMON_RULE_KEYS,
    ID_RE,
    RULES,
    TABLES,
    TOP_LEVEL,
    check_table,
    compile_regex,
    unknown_key_message,
)

GENERIC_ID = "generic"
FILE_CACHE_SIZE = 512  # parsed rule files kept per process, keyed on path and content
TEST_KEYS = {
    "id": None, "fixture": None, "expected": None, "contains": None, "not_contains": None,
}


def load_file(path: Path) -> RuleFile:
    """Parse and validate one rule file; any problem is a RuleError naming file and rule."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(str(path), None, f"cannot read: {exc}") from None
    return _parse(path, text)


@lru_cache(maxsize=FILE_CACHE_SIZE)
def _parse(path: Path, text: str) -> RuleFile:
    """Compiling a file's patterns is most of a second for the bundled rules; a process that
    builds several Cleaners (the CLI's steps, a notebook, the tests) pays for it once per
    distinct file *content*, so an edited file is always read afresh. Failures are not cached."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(str(path), None, f"not valid TOML: {exc}") from None
    return build_file(path, data)


def build_file(path: Path, data: dict[str, Any]) -> RuleFile:
    file = str(path)
    for key in data:
        if key not in TOP_LEVEL:
            raise RuleError(file, None, unknown_key_message(key, TOP_LEVEL))
    if "outlet" not in data:
        raise RuleError(file, None, "missing [outlet] table with an 'id'")
    tables = {name: check_table(data.get(name, {}), spec, section=name, file=file, rule=None)
              for name, spec in TABLES.items()}
    frags = build_fragments(data.get("fragments", {}), file=file)
    outlet_id = tables["outlet"]["id"]
    if not ID_RE.match(outlet_id):
        raise RuleError(file, None, f"outlet id {outlet_id!r} must be lowercase letters, digits, '-', '_' or '.'")
    fields = Fields(**{name: _compile_field(name, tables[name], file, frags) if name in data else None
                       for name in ("headline", "standfirst", "dateline", "credit")})
    rules = _build_rules(data, outlet_id, file, frags)
    match = tables["match"]
    return RuleFile(
        path=path,
        id=outlet_id,
        name=tables["outlet"]["name"],
        extends=tables["outlet"]["extends"],
        match_text=tuple(compile_regex(p, file=file, rule="match", multiline=True, fragments=frags)
                         for p in match["text"]),
        match_domains=tuple(d.lower().lstrip(".") for d in match["domains"]),
        min_hits=max(1, match["min_hits"]),
        fields=fields,
        rules=rules,
        tests=_build_tests(data.get("tests", []), file),
        html=_compile_html(tables["html"], outlet_id, file) if "html" in data else None,
        raw=data,
    )


def _compile_field(name: str, table: dict[str, Any], file: str, frags: Fragments) -> dict[str, Any]:
    """Compile the regexes of a field table in place of their source strings."""
    spec = TABLES[name]
    out = dict(table)
    for key, value in table.items():
        if value is None:
            continue
        if spec[key].type == "regex":
            out[key] = compile_regex(value, file=file, rule=name, fragments=frags)
        elif spec[key].type == "regexes":
            out[key] = tuple(compile_regex(v, file=file, rule=name, fragments=frags) for v in value)
    return out


def _compile_html(table: dict[str, Any], outlet_id: str, file: str) -> HtmlRules:
    """Compile the CSS selectors of an ``[html]`` table; a bad one is a RuleError."""
    def comp(key: str) -> Any:
        return compile_selector(table[key], file=file, rule=f"html.{key}") if table[key] else None

    strip = tuple((f"{outlet_id}/html.strip", compile_selector(css, file=file, rule="html.strip"))
                  for css in table["strip"])
    return HtmlRules(strip=strip, body=comp("body"), headline=comp("headline"), date=comp("date"),
                     author=comp("author"))


def _merge_html(chain: list[RuleFile]) -> HtmlRules:
    """``strip`` accumulates in chain order; other selectors: the most specific file wins."""
    tables = [f.html for f in chain if f.html is not None]
    if not tables:
        return HtmlRules()

    def last(key: str) -> Any:
        return next((getattr(t, key) for t in reversed(tables) if getattr(t, key) is not None), None)

    return HtmlRules(strip=tuple(s for t in tables for s in t.strip), body=last("body"),
                     headline=last("headline"), date=last("date"), author=last("author"))


def _compile_all(patterns: tuple[str, ...] | None, **how: Any) -> tuple:
    return tuple(compile_regex(p, **how) for p in patterns or ())


def _build_rules(data: dict[str, Any], outlet_id: str, file: str, frags: Fragments) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    seen: set[str] = set()
    for kind, spec in RULES.items():
        entries = data.get(kind, [])
        if not isinstance(entries, list):
            raise RuleError(file, None, f"'{kind}' must be an array of tables ([[{kind}]])")
        for n, entry in enumerate(entries, 1):
            rule_id = entry.get("id") if isinstance(entry, dict) else None
            label = rule_id if isinstance(rule_id, str) else f"{kind}#{n}"
            table = check_table(entry, {**COMMON_RULE_KEYS, **spec}, section=kind, file=file, rule=label)
            if not ID_RE.match(table["id"]):
                raise RuleError(file, label, "rule id must be lowercase letters, digits, '-', '_' or '.'")
            if table["id"] in seen:
                raise RuleError(file, label, "duplicate rule id")
            seen.add(table["id"])
            comp = partial(_compile_all, file=file, rule=label, ignore_case=table["ignore_case"], fragments=frags)
            main = table.get("pattern") or table.get("start") or ()
            options = {k: v for k, v in table.items() if k not in ("id", "pattern", "start", "end", "comment")}
            rules.append(Rule(kind=kind, id=table["id"], qid=f"{outlet_id}/{table['id']}",
                              patterns=comp(main), end=comp(table.get("end")), options=options))
    return tuple(rules)


def _build_tests(entries: Any, file: str) -> tuple[TestCase, ...]:
    if not isinstance(entries, list):
        raise RuleError(file, None, "'tests' must be an array of tables ([[tests]])")
    cases = []
    for n, entry in enumerate(entries, 1):
        label = entry.get("id", f"tests#{n}") if isinstance(entry, dict) else f"tests#{n}"
        if not isinstance(entry, dict):
            raise RuleError(file, label, "a test must be a table")
        for k in entry:
            if k not in TEST_KEYS:
                raise RuleError(file, label, "[tests] " + unknown_key_message(k, tuple(TEST_KEYS)))
        for k in ("id", "fixture", "expected"):
            if k in entry and not isinstance(entry[k], str):
                raise RuleError(file, label, f"'{k}' must be a string")
        for k in ("contains", "not_contains"):
            v = entry.get(k, [])
            if isinstance(v, str):
                v = [v]
            if not isinstance(v, list) or not all(isinstance(s, str) for s in v):
                raise RuleError(file, label, f"'{k}' must be a string or a list of strings")
            entry = {**entry, k: tuple(v)}
        if not entry.get("fixture") and (entry.get("expected") or entry.get("contains") or entry.get("not_contains")):
            raise RuleError(file, label, "a test with expectations needs a 'fixture'")
        cases.append(TestCase(id=str(label), fixture=entry.get("fixture"), expected=entry.get("expected"),
                              contains=entry["contains"], not_contains=entry["not_contains"]))
    return tuple(cases)


def bundled_rules_dir() -> Path:
    """The rule files shipped with the package (wheel), or the repo's ``rules/`` (editable)."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_rules"
    return packaged if packaged.is_dir() else here.parent / "rules"


class Rulebook:
    """All known rule files, loaded once; hands out the resolved :class:`RuleSet` per outlet.

    Files from later directories override earlier ones with the same outlet id, so a user's
    ``--rules DIR`` can replace a bundled outlet.
    """

    def __init__(self, files: Iterable[RuleFile]) -> None:
        self.files: dict[str, RuleFile] = {}
        for f in files:
            self.files[f.id] = f
        if GENERIC_ID not in self.files:
            raise RuleError("<rulebook>", None, f"no '{GENERIC_ID}' rule file found")
        self._sets: dict[str | None, RuleSet] = {}
        for outlet_id in self.files:
            self._chain(outlet_id, ())  # detect cycles and missing parents at load time
        self.matchable = [f for f in self.files.values() if f.matchable and f.id != GENERIC_ID]
        # Every outlet's text fingerprints behind one RE2 screen (see match_outlet).
        fingerprints = tuple(rx for f in self.matchable for rx in f.match_text)
        self.fingerprint_screen = prefilter_for(fingerprints) if fingerprints else None

    @classmethod
    def load(cls, extra_dirs: Iterable[Path] = (), *, bundled: bool = True) -> Rulebook:
        dirs = ([bundled_rules_dir()] if bundled else []) + [Path(d) for d in extra_dirs]
        files: list[RuleFile] = []
        for d in dirs:
            if not d.is_dir():
                raise RuleError(str(d), None, "rules folder does not exist")
            files.extend(load_file(p) for p in sorted(d.glob("*.toml")))
        return cls(files)

    def _chain(self, outlet_id: str, stack: tuple[str, ...]) -> list[RuleFile]:
        if outlet_id in stack:
            cycle = " -> ".join(stack + (outlet_id,))
            raise RuleError(str(self.files[stack[0]].path), None, f"'extends' cycle: {cycle}")
        f = self.files.get(outlet_id)
        if f is None:
            origin = str(self.files[stack[-1]].path) if stack else "<rulebook>"
            raise RuleError(origin, None, f"extends unknown outlet '{outlet_id}'")
        chain: list[RuleFile] = []
        for parent in f.extends:
            for p in self._chain(parent, stack + (outlet_id,)):
                if p not in chain:
                    chain.append(p)
        chain.append(f)
        return chain

    def ruleset(self, outlet_id: str | None) -> RuleSet:
        """Generic, then each ``extends`` ancestor (parents first), then the outlet."""
        if outlet_id in self._sets:
            return self._sets[outlet_id]
        if outlet_id is not None and outlet_id not in self.files:
            raise RuleError("<rulebook>", None, f"unknown outlet '{outlet_id}'")
        chain = self._chain(GENERIC_ID, ())
        shared = len(chain)
        if outlet_id is not None and outlet_id != GENERIC_ID:
            chain += [f for f in self._chain(outlet_id, ()) if f not in chain]
        rules = tuple(r for f in chain for r in f.rules)
        merged: dict[str, dict[str, Any] | None] = {}
        for name in ("headline", "standfirst", "dateline", "credit"):
            merged[name] = None
            for f in chain:  # the most specific file that defines a field wins
                if getattr(f.fields, name) is not None:
                    merged[name] = getattr(f.fields, name)
        rs = RuleSet(outlet=None if outlet_id in (None, GENERIC_ID) else outlet_id, chain=tuple(chain),
                     rules=rules, fields=Fields(**merged), html=_merge_html(chain), shared=shared)
        self._sets[outlet_id] = rs
        return rs
