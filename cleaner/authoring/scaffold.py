"""``rules new``: scaffold an outlet's rule file, fixtures and tests from sample pages.

Lines printed identically on every sample of one outlet are its template, not its
stories, so they give the fingerprint (short labels) and the drop / cut_after candidates.
Everything proposed is marked ``REVIEW`` for a person to confirm. Expected records start
as what the rules produce now, so the author edits them rather than types them.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import regex

from ..errors import CleanerError, RuleError
from ..pipeline import Cleaner
from ..record import BUILT_IN_REMOVERS
from ..rules.loader import load_file
from ..rules.schema import ID_RE
from .context import build_book
from .pages import anchored_pattern, comparable, line_key, page_paragraphs, read_page, slug, toml_str

FINGERPRINT_MAX_WORDS = 12  # a fingerprint is a label or a masthead, not a sentence
MAX_FINGERPRINTS = 3
LIST_ITEM_MAX_WORDS = 25  # after a cut_after marker, only lines this short (a list of other stories)
LOWER_PART = 0.5  # a cut_after marker sits in the lower part of the page (share of its length)
HEADLINE_MAX_WORDS = 25
_SENTENCE_END = (".", "!", "?", '"', "”", "’")


@dataclass(slots=True)
class Candidate:
    text: str  # as printed on the first sample
    kind: str  # drop | cut_after | match (a fingerprint that current rules already remove)
    note: str  # why it is proposed, for the REVIEW comment
    fingerprint: bool = False


@dataclass(slots=True)
class Scaffold:
    outlet_id: str
    rule_file: Path
    fixtures: list[Path] = field(default_factory=list)
    expected: list[Path] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _is_label(text: str) -> bool:
    return len(text.split()) <= FINGERPRINT_MAX_WORDS and not text.endswith(_SENTENCE_END)


def propose(pages: list[list], covered: list[set[int]]) -> tuple[list[Candidate], bool]:
    """Candidates from lines shared by every sample; and whether the first line is the headline.

    ``covered[i]`` holds the paragraph indexes of page ``i`` that current rules already drop.
    """
    keyed = [{line_key(p.key): p for p in page} for page in pages]
    shared = set(keyed[0]).intersection(*keyed[1:]) if len(pages) > 1 else set()
    out: list[Candidate] = []
    cut_from: list[int] = [len(page) for page in pages]  # index where a proposed cut starts
    seen: set[str] = set()
    for p in pages[0]:
        key = line_key(p.key)
        if key not in shared or key in seen:
            continue
        seen.add(key)
        where = [keyed[i][key] for i in range(len(pages))]
        if p.index >= cut_from[0] or all(w.index in covered[i] for i, w in enumerate(where)):
            # removed already (by a proposed cut, or by the generic layer): still a fingerprint
            if _is_label(p.key):
                out.append(Candidate(p.key, "match", "already removed", fingerprint=True))
            continue
        tails = [pages[i][w.index + 1:] for i, w in enumerate(where)]
        lower = all(w.index >= LOWER_PART * len(pages[i]) for i, w in enumerate(where))
        listy = all(tail and all(len(t.key.split()) <= LIST_ITEM_MAX_WORDS for t in tail) for tail in tails)
        position = ", ".join(f"{w.index + 1}/{len(pages[i])}" for i, w in enumerate(where))
        if lower and listy:
            note = (f"on all {len(pages)} samples (paragraph {position}), followed by short lines only: "
                    "a list of other stories? everything from here on is removed")
            out.append(Candidate(p.key, "cut_after", note, fingerprint=_is_label(p.key)))
            cut_from = [w.index for w in where]
        else:
            note = f"printed identically on all {len(pages)} samples (paragraph {position})"
            out.append(Candidate(p.key, "drop", note, fingerprint=_is_label(p.key)))
    labels = sorted((c for c in out if c.fingerprint), key=lambda c: -len(c.text))[:MAX_FINGERPRINTS]
    for c in out:
        c.fingerprint = c in labels
    out = [c for c in out if c.kind != "match" or c.fingerprint]
    # Drop rules run before the headline is read, so the title is the first line left.
    firsts = [next((p.key for p in page if line_key(p.key) not in shared and p.index not in covered[i]), "")
              for i, page in enumerate(pages)]
    headline_first = bool(firsts) and all(
        f and len(f.split()) <= HEADLINE_MAX_WORDS and not f.endswith(".") for f in firsts)
    return out, headline_first


def render(outlet_id: str, candidates: list[Candidate], headline_first: bool, tests: list[tuple[str, str, str]],
           samples: int, target: str = "") -> str:
    """The rule file's text: [outlet], [match], [headline], proposed rules, [[tests]]."""
    fps = [c for c in candidates if c.fingerprint]
    lines = [
        f"# {outlet_id}: scaffolded by `cleaner rules new` from {samples} sample page(s).",
        "# Review every line marked REVIEW, edit the expected records under fixtures/, then run",
        f"#   cleaner rules test {target or outlet_id + '.toml'}",
        "",
        "[outlet]",
        f"id = {toml_str(outlet_id)}",
        f"name = {toml_str(outlet_id.replace('-', ' ').title())}  # REVIEW: the outlet's name",
        "",
        "[match]",
        "# REVIEW: lines printed on every sample page; add `domains = [...]` if inputs carry URLs",
        "text = [",
        *(f"  {toml_str(anchored_pattern(c.text))}," for c in fps),
        "]",
        f"min_hits = {min(2, len(fps)) or 1}",
    ]
    if headline_first:
        lines += ["", "[headline]", "from = 'first'  # REVIEW: the first line left on every sample is its title"]
    taken: set[str] = set()
    for c in candidates:
        if c.kind == "match":
            continue
        lines += ["", f"[[{c.kind}]]", f"id = {toml_str(slug(c.text, taken))}",
                  f"comment = {toml_str('REVIEW: ' + c.note)}", f"pattern = {toml_str(anchored_pattern(c.text))}"]
    for test_id, fixture, expected in tests:
        lines += ["", "[[tests]]", f"id = {toml_str(test_id)}", f"fixture = {toml_str(fixture)}",
                  f"expected = {toml_str(expected)}"]
    return "\n".join(lines) + "\n"


def _file_stem(stem: str, taken: set[str]) -> str:
    """A fixture name from the sample's name: lowercase, safe characters, unique."""
    base = regex.sub(r"[^a-z0-9_.-]+", "-", stem.lower()).strip("-.") or "page"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    taken.add(name)
    return name


def _covered(cleaner: Cleaner, text: str) -> set[int]:
    """Paragraphs the rules already drop. Classifier drops do not count: on a page an outlet
    file matches, the classifier leaves sidebars to that file's rules."""
    article = cleaner.clean(text)
    return {r.index for r in article.removed if r.kind == "paragraph"
            and not r.rule.startswith(BUILT_IN_REMOVERS)}


def scaffold(outlet_id: str, samples: list[Path], rules_dir: Path, *, force: bool = False) -> Scaffold:
    """Write ``rules_dir/ID.toml``, copy the samples to ``fixtures/ID/`` and write their expected records."""
    if not ID_RE.match(outlet_id):
        raise CleanerError(f"outlet id {outlet_id!r} must be lowercase letters, digits, '-', '_' or '.'")
    if not samples:
        raise CleanerError("give at least one sample page with --from (two or more to find the template)")
    target = rules_dir / f"{outlet_id}.toml"
    if target.exists() and not force:
        raise CleanerError(f"{target} already exists; use --force to overwrite it and its fixtures")
    texts = [read_page(p) for p in samples]
    result = Scaffold(outlet_id, target)
    if len(samples) < 2:
        result.warnings.append("one sample only: no shared lines, so no fingerprint or rules are proposed")
    current = Cleaner()
    candidates, headline_first = propose([page_paragraphs(current, t) for t in texts], [_covered(current, t) for t in texts])
    result.candidates = candidates
    if not any(c.fingerprint for c in candidates):
        result.warnings.append("no fingerprint found: add [match] text or domains, or pages will get generic rules")

    fixture_dir = rules_dir / "fixtures" / outlet_id
    fixture_dir.mkdir(parents=True, exist_ok=True)
    tests, names = [], set()
    for sample in samples:
        stem = _file_stem(sample.stem, names)
        dest = fixture_dir / f"{stem}{sample.suffix or '.txt'}"
        shutil.copyfile(sample, dest)
        result.fixtures.append(dest)
        tests.append((stem, f"fixtures/{outlet_id}/{dest.name}", f"fixtures/{outlet_id}/{stem}.json"))
    target.write_text(render(outlet_id, candidates, headline_first, tests, len(samples),
                                  target.as_posix()), encoding="utf-8")
    try:
        load_file(target)
    except RuleError as exc:  # a bug here, not the user's: say so plainly
        raise CleanerError(f"generated rule file does not load ({exc}); please report this") from None

    book, _, broken = build_book([target])
    if target in broken or str(target) in broken:
        result.warnings.append(f"rule file left out of the rulebook: {broken.get(target)}")
    cleaner = Cleaner(rulebook=book)
    for (stem, fixture, expected), text in zip(tests, texts):
        record = cleaner.clean(text, id=Path(fixture).stem).to_dict()
        if record["outlet"] != outlet_id:
            result.warnings.append(f"{fixture} is matched to {record['outlet'] or 'generic rules only'}, "
                                   f"not {outlet_id}: strengthen [match]")
        path = rules_dir / expected
        path.write_text(json.dumps(comparable(record), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        result.expected.append(path)
    return result
