"""Throughput benchmark: cleaner against trafilatura and jusText on the same pages.

Usage: python bench/speed.py [--corpus DIR] [--copies N] [--jobs 1 2] [--peers N]

The corpus (default ../shared/corpus/raw) is copied N times into a temporary folder to
make a run long enough to time. cleaner is timed as a whole process (`cleaner run`, so
start-up, reading, decoding and writing count) for each -j value; the peers are timed in
process on a sample of the same pages, fed as HTML paragraphs (the way a text dump must
be given to them), and so is cleaner, for a like-for-like figure without start-up. Copies
do not flatter cleaner: its only text cache is too small to hold a copy of the corpus.
Prints MB/s and the ratios; cleaner's whole-process timing is wall clock, best of --rounds.
"""

from __future__ import annotations

import argparse
import html
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "raw"


def as_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{paras}</body></html>"


def time_cleaner(corpus: Path, jobs: int, rounds: int) -> float:
    best = float("inf")
    exe = shutil.which("cleaner") or "cleaner"
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            subprocess.run([exe, "run", str(corpus), out, "--overwrite", "-j", str(jobs), "--no-progress"],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            best = min(best, time.perf_counter() - started)
    return best


def time_peer(name: str, pages: list[str]) -> float | None:
    try:
        if name == "cleaner":
            from cleaner import Cleaner

            cleaner = Cleaner()

            def run(page: str) -> object:
                return cleaner.clean(page)

            return best_pass(run, pages)  # cleaner reads the text itself; the peers need it as HTML
        if name == "trafilatura":
            import trafilatura

            def run(page: str) -> object:
                return trafilatura.extract(page)
        elif name == "justext":
            import justext

            stoplist = justext.get_stoplist("English")

            def run(page: str) -> object:
                return justext.justext(page, stoplist)
        else:
            raise ValueError(name)
    except ImportError:
        return None
    return best_pass(run, [as_html(p) for p in pages])


def best_pass(run: Callable[[str], object], pages: list[str], passes: int = 2) -> float:
    """Seconds for the faster of ``passes`` passes over ``pages``: the first pass also pays
    for warming up (lazily built regex automata, stop lists), which a long run amortises."""
    best = float("inf")
    for _ in range(passes):
        started = time.perf_counter()
        for page in pages:
            run(page)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--copies", type=int, default=20, help="copies of the corpus in the timed input")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--peers", type=int, default=150, help="pages given to each peer tool (0: none)")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found: {args.corpus} (the benchmark needs ../shared/corpus/raw or --corpus)")
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file())
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "in"
        for k in range(args.copies):
            d = corpus / f"c{k:03d}"
            d.mkdir(parents=True)
            for p in files:
                shutil.copyfile(p, d / p.name)
        total = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file()) / 1e6
        print(f"input: {len(files) * args.copies} pages, {total:.1f} MB ({args.copies} copies of {args.corpus})")
        rates: dict[str, float] = {}
        for jobs in args.jobs:
            seconds = time_cleaner(corpus, jobs, args.rounds)
            rates[f"cleaner -j {jobs}"] = total / seconds
            print(f"cleaner -j {jobs:<2} (whole process) {seconds:7.2f} s  {total / seconds:7.2f} MB/s")
    sample = texts[: args.peers]
    sample_mb = sum(len(t.encode()) for t in sample) / 1e6
    for name in ("cleaner", "trafilatura", "justext") if args.peers else ():
        seconds = time_peer(name, sample)
        if seconds is None:
            print(f"{name:<12} not installed (pip install -e '.[bench]')")
            continue
        rates[name] = sample_mb / seconds
        print(f"{name:<12} (in process, {len(sample)} pages) {seconds:7.2f} s  {rates[name]:7.2f} MB/s")
    for base_name in (f"cleaner -j {args.jobs[0]}", "cleaner"):
        base = rates.get(base_name)
        for name, rate in rates.items():
            if base and not name.startswith("cleaner"):
                print(f"ratio {base_name} / {name}: {base / rate:.2f}x")
    if len(args.jobs) > 1 and all(f"cleaner -j {j}" in rates for j in args.jobs[:2]):
        one, two = (rates[f"cleaner -j {j}"] for j in args.jobs[:2])
        print(f"ratio cleaner -j {args.jobs[1]} / -j {args.jobs[0]}: {two / one:.2f}x")


if __name__ == "__main__":
    main()
