"""Body quality on the annotated dev pages: cleaner against trafilatura, jusText and a C4 filter.

Every tool gets the same documents in the same run and is scored by the same code
(``cleaner.evaluate.score_all``), so the figures in the table are comparable. The baselines
read the page as HTML paragraphs (``<p>line</p>`` per non-empty line), since they are HTML
extractors; the C4-style line filter reads the lines directly.

Usage (from the repo root)::

    python bench/quality.py                 # dev set, table of all four tools
    python bench/quality.py --tool cleaner --show   # one tool, with leaked/lost paragraphs
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cleaner import Cleaner
from cleaner.evaluate import score_all

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".." / "shared" / "corpus" / "dev"
GOLD = ROOT / ".." / "shared" / "gold" / "dev"

Extractor = Callable[[str], list[str]]


def load(corpus: Path = CORPUS, gold: Path = GOLD) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """Pages and gold records by id (only ids that have both)."""
    pages = {p.stem: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))}
    golds = {g.stem: json.loads(g.read_text(encoding="utf-8")) for g in sorted(gold.glob("*.json"))}
    ids = sorted(set(pages) & set(golds))
    return {i: pages[i] for i in ids}, {i: golds[i] for i in ids}


def lines_of(page: str) -> list[str]:
    return [" ".join(line.split()) for line in page.splitlines() if line.strip()]


def as_html(page: str) -> str:
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines_of(page))
    return f"<html><head><title></title></head><body>\n{body}</body></html>"


# --- the tools ------------------------------------------------------------------------------

def cleaner_tool() -> Extractor:
    c = Cleaner()
    return lambda page: c.clean(page).body


def trafilatura_tool() -> Extractor:
    import trafilatura

    def run(page: str) -> list[str]:
        text = trafilatura.extract(as_html(page), include_comments=False, include_tables=False,
                                   favor_precision=False) or ""
        return lines_of(text)
    return run


def justext_tool() -> Extractor:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(page: str) -> list[str]:
        paragraphs = justext.justext(as_html(page).encode("utf-8"), stoplist, encoding="utf-8")
        return [p.text for p in paragraphs if not p.is_boilerplate]
    return run


# C4 (Raffel et al. 2020, "Colossal Clean Crawled Corpus") line heuristics.
C4_MIN_WORDS = 3  # lines with fewer words go
C4_TERMINAL = ('.', '!', '?', '"', "'", '”', '’')  # a kept line ends like a sentence
C4_BAD_WORDS = re.compile(r"(?i)javascript|cookie policy|cookies|terms of use|privacy policy|lorem ipsum|"
                          r"\{|\bcopyright\b|all rights reserved")


def c4_line_ok(line: str) -> bool:
    return (len(line.split()) >= C4_MIN_WORDS and line.endswith(C4_TERMINAL)
            and not C4_BAD_WORDS.search(line))


def c4_tool() -> Extractor:
    return lambda page: [line for line in lines_of(page) if c4_line_ok(line)]


TOOLS: dict[str, Callable[[], Extractor]] = {
    "cleaner": cleaner_tool,
    "trafilatura": trafilatura_tool,
    "justext": justext_tool,
    "c4-lines": c4_tool,
}


def run_tool(name: str, pages: dict[str, str], golds: dict[str, dict[str, Any]]) -> dict[str, Any]:
    extract = TOOLS[name]()
    start = time.perf_counter()
    records = {i: {"id": i, "body": extract(page)} for i, page in pages.items()}
    seconds = time.perf_counter() - start
    summary = score_all(records, golds).to_dict()
    summary["seconds"] = round(seconds, 3)
    return summary


def table(results: dict[str, dict[str, Any]]) -> str:
    head = f"{'tool':<12} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6} {'leaked':>7} {'lost':>5} {'seconds':>8}"
    rows = [head, "-" * len(head)]
    for name, s in results.items():
        rows.append(f"{name:<12} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
                    f"{s['exact']:>3}/{s['documents']:<2} {s['leaked_paragraphs']:>7} {s['lost_paragraphs']:>5} "
                    f"{s['seconds']:>8.3f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tool", choices=sorted(TOOLS), action="append", help="only these tools")
    ap.add_argument("--show", action="store_true", help="print leaked and lost paragraphs per document")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir() or not args.gold.is_dir():
        print(f"quality: no dev corpus at {args.corpus}", file=sys.stderr)
        return 2
    pages, golds = load(args.corpus, args.gold)
    results = {name: run_tool(name, pages, golds) for name in (args.tool or TOOLS)}
    print(f"dev: {len(pages)} documents\n")
    print(table(results))
    if args.show:
        for name, s in results.items():
            print(f"\n== {name}")
            for d in s["per_document"]:
                if d["leaked"] or d["lost"]:
                    print(f"{d['id']}  F1 {d['f1']}")
                    for p in d["leaked"]:
                        print(f"   LEAK {p[:140]}")
                    for p in d["lost"]:
                        print(f"   LOST {p[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
