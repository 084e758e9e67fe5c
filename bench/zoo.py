"""Junk zoo: how much junk of known kinds each tool leaks, and how much look-alike story it drops.

The annotated corpus holds the junk its pages happen to carry; a new page brings kinds it has
never seen. The zoo (``bench/zoo/``) is written, not scraped: junk lines of eight families
(captions, widgets, related links, contact lines and bios, footers, promos, social embeds,
navigation), each with where it sits on a page, and story paragraphs that look like junk
(a tweet quoted in the narrative, a correction, a one-line paragraph). The zoo's authors wrote
from their knowledge of news sites and never saw the project's rules or corpus.

Each junk entry is inserted into a clean page at its position (top, after the lede, middle,
end); each story entry into the middle of one. A page is a gold record's headline and body:
the generic rule fixtures in the repo and, when present, the dev gold. The figures:

- leaked: junk lines still in the body (per 100 junk lines);
- dropped: story entries no longer in the body;
- lost: paragraphs of the page itself that the insertion made a tool drop.

Usage (from the repo root)::

    python bench/zoo.py                     # all tools, a table per family
    python bench/zoo.py --tool cleaner --show   # one tool, with each leak and drop
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import GOLD, TOOLS, Extractor  # a sibling script, not a package

ROOT = Path(__file__).resolve().parent.parent
ZOO = ROOT / "bench" / "zoo"
FIXTURES = ROOT / "rules" / "fixtures" / "generic"
MIN_BODY = 5  # a base page needs a middle and an end apart from its lede
POSITIONS = ("top", "after_lede", "middle", "end")


@dataclass
class Base:
    id: str
    headline: str | None
    body: list[str]

    def page(self, inserted: list[str], position: str) -> str:
        at = {"top": 0, "after_lede": 1, "middle": len(self.body) // 2, "end": len(self.body)}[position]
        paras = self.body[:at] + inserted + self.body[at:]
        return "\n\n".join(([self.headline] if self.headline else []) + paras) + "\n"


@dataclass
class Tally:
    lines: int = 0
    leaked: int = 0
    lost: int = 0
    notes: list[str] = field(default_factory=list)


def load_bases(folders: list[Path]) -> list[Base]:
    """Gold records with a body long enough, from pages no outlet rule claims."""
    bases = []
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(record, dict) and record.get("outlet") is None and len(record.get("body", [])) >= MIN_BODY:
                bases.append(Base(path.stem, record.get("headline"), list(record["body"])))
    return bases


def load_zoo(folder: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    def read(name: str) -> list[dict[str, Any]]:
        path = folder / name
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return read("junk.jsonl"), read("story.jsonl")


def pick(bases: list[Base], key: str) -> Base:
    """The same entry always lands in the same page (a hash, not a random draw)."""
    return bases[int(hashlib.sha1(key.encode()).hexdigest(), 16) % len(bases)]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _present(line: str, body: list[str]) -> bool:
    line = _norm(line)
    return any(line in _norm(b) for b in body)


def run_tool(extract: Extractor, bases: list[Base], junk: list[dict[str, Any]],
             story: list[dict[str, Any]]) -> tuple[dict[str, Tally], dict[str, Tally]]:
    alone: dict[str, list[str]] = {}

    def lost_from(base: Base, body: list[str], t: Tally) -> None:
        if base.id not in alone:
            alone[base.id] = extract(base.page([], "end"))
        lost = [p for p in alone[base.id] if not _present(p, body)]
        t.lost += len(lost)
        t.notes += [f"LOST {base.id:<16} {p[:110]}" for p in lost]

    families: dict[str, Tally] = {}
    for entry in junk:
        base = pick(bases, json.dumps(entry, sort_keys=True))
        body = extract(base.page(entry["lines"], entry["position"]))
        t = families.setdefault(entry["family"], Tally())
        t.lines += len(entry["lines"])
        leaked = [line for line in entry["lines"] if _present(line, body)]
        t.leaked += len(leaked)
        lost_from(base, body, t)
        t.notes += [f"LEAK {entry['family']:<13} {entry['position']:<10} {line[:110]}" for line in leaked]
    kinds: dict[str, Tally] = {}
    for entry in story:
        base = pick(bases, entry["text"])
        body = extract(base.page([entry["text"]], "middle"))
        t = kinds.setdefault(entry["kind"], Tally())
        t.lines += 1
        if not _present(entry["text"], body):
            t.leaked += 1
            t.notes.append(f"DROP {entry['kind']:<16} {entry['text'][:110]}")
        lost_from(base, body, t)
    return families, kinds


def totals(tallies: dict[str, Tally]) -> Tally:
    return Tally(sum(t.lines for t in tallies.values()), sum(t.leaked for t in tallies.values()),
                 sum(t.lost for t in tallies.values()))


def table(results: dict[str, tuple[dict[str, Tally], dict[str, Tally]]]) -> str:
    names = list(results)
    families = sorted({f for fams, _ in results.values() for f in fams})
    head = f"{'junk family':<14} {'lines':>5}  " + "  ".join(f"{n[:11]:>11}" for n in names)
    rows = ["leaked junk lines (per tool)", head, "-" * len(head)]
    for fam in [*families, "TOTAL"]:
        cells = [(totals(r[0]) if fam == "TOTAL" else r[0][fam]) for r in results.values()]
        rows.append(f"{fam:<14} {cells[0].lines:>5}  " + "  ".join(f"{c.leaked:>11}" for c in cells))
    rows.append(f"{'per 100':<14} {'':>5}  "
                + "  ".join(f"{100 * totals(r[0]).leaked / max(1, totals(r[0]).lines):>11.1f}" for r in results.values()))
    story = [totals(r[1]) for r in results.values()]
    rows.append(f"{'story dropped':<14} {story[0].lines:>5}  " + "  ".join(f"{s.leaked:>11}" for s in story))
    lost = [totals(r[0]).lost + totals(r[1]).lost for r in results.values()]
    rows.append(f"{'page paras lost':<14} {'':>5}  " + "  ".join(f"{n:>11}" for n in lost))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tool", choices=sorted(TOOLS), action="append", help="only these tools")
    ap.add_argument("--show", action="store_true", help="print every leaked junk line and dropped story entry")
    ap.add_argument("--zoo", type=Path, default=ZOO, help="folder with junk.jsonl and story.jsonl")
    ap.add_argument("--bases", type=Path, action="append",
                    help="folders of gold records used as clean pages (default: the generic fixtures and the dev gold)")
    args = ap.parse_args(argv)
    folders = args.bases or [FIXTURES] + ([GOLD] if GOLD.is_dir() else [])
    bases = load_bases(folders)
    if not bases:
        print("zoo: no base pages", file=sys.stderr)
        return 2
    junk, story = load_zoo(args.zoo)
    results = {name: run_tool(TOOLS[name](), bases, junk, story) for name in (args.tool or TOOLS)}
    print(f"zoo: {len(junk)} junk entries, {len(story)} story entries, {len(bases)} base pages\n")
    print(table(results))
    if args.show:
        for name, (fams, kinds) in results.items():
            print(f"\n== {name}")
            for t in [*fams.values(), *kinds.values()]:
                for note in t.notes:
                    print("  " + note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
