"""Speed floors: what any pure-Python cleaner that reads every word must spend, beside cleaner.

Usage: python bench/floors.py [--corpus DIR] [--copies N]

Times, in one run on the same pages:

- **start**: a new interpreter importing the CLI and loading the rule files (paid once a run);
- **I/O**: read every file, decode, split into lines, write one JSON record a page (no cleaning);
- **words**: case-fold, tokenise and count stop words in every paragraph: the least a
  jusText-style classifier can do, in C calls only (``translate``, ``split``, ``map``);
- **cleaner**: the whole ``Cleaner.clean`` in process.

It then prints the ceiling these imply for a whole-process run: start + I/O + words, with
nothing else done. If that ceiling is below a target, no tuning of the other stages reaches
it; only less reading (sampling words) or a compiled core would.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cleaner import Cleaner
from cleaner.classify.stoplists import stoplist, tokens
from cleaner.normalise import normalise_page
from cleaner.segment import segment

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "raw"


def best_of(run, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def time_start() -> float:
    code = "import time; t = time.perf_counter(); from cleaner.pipeline import shared_cleaner; shared_cleaner(); " \
           "print(time.perf_counter() - t)"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - started


def time_io(files: list[Path]) -> float:
    def run() -> None:
        with tempfile.TemporaryDirectory() as tmp, open(Path(tmp) / "out.jsonl", "w", encoding="utf-8") as out:
            for path in files:
                text = path.read_bytes().decode("utf-8", "replace")
                lines = [line.strip() for line in text.split("\n") if line.strip()]
                out.write(json.dumps({"id": path.stem, "body": lines}, ensure_ascii=False) + "\n")
    return best_of(run)


def time_words(pages: list[list[str]]) -> float:
    stops = stoplist("English")
    count = tokens.__wrapped__  # uncached: every paragraph is read once, as in a run over new pages

    def run() -> None:
        for keys in pages:
            for key in keys:
                words = count(key)
                sum(map(stops.__contains__, words))
    return best_of(run)


def time_cleaner(texts: list[str]) -> float:
    cleaner = Cleaner()
    return best_of(lambda: [cleaner.clean(t) for t in texts], rounds=2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--copies", type=int, default=1, help="times each stage reads the corpus")
    args = ap.parse_args()
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file()) * args.copies
    if not files:
        sys.exit(f"corpus not found or empty: {args.corpus}")
    texts = [p.read_bytes().decode("utf-8", "replace") for p in files]
    pages = [[p.key for p in segment(normalise_page(t))] for t in texts]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    start, io, words, whole = time_start(), time_io(files), time_words(pages), time_cleaner(texts)
    print(f"input: {len(files)} pages, {mb:.1f} MB")
    print(f"start (interpreter, imports, rule files) {start:6.2f} s")
    for name, seconds in (("I/O (read, split, write JSON)", io), ("words (tokenise, stop words)", words),
                          ("cleaner in process", whole)):
        print(f"{name:<40} {seconds:6.2f} s  {mb / seconds:7.1f} MB/s")
    for size in (mb, 1000.0):
        ceiling = size / (start + (io + words) * size / mb)
        print(f"ceiling, whole process on {size:,.0f} MB: start + I/O + words = {ceiling:5.1f} MB/s")


if __name__ == "__main__":
    main()
