"""What the paragraph classifier costs on pages an outlet's rules claim.

The generic layer's promise to rule-based outlets is that the classifier does not slow
them down more than 2x. This cleans the seeds and the outlet fixtures (every page a rule
file claims) with the classifier on and off, in this one process, and prints the ratio.
The pages are cleaned ``--rounds`` times each way, interleaved, and the best round counts,
so a busy machine skews both sides alike.

    python bench/outlet_speed.py [--rounds N] [--copies N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from cleaner import Cleaner, Config

ROOT = Path(__file__).resolve().parents[1]


def outlet_pages() -> list[str]:
    """The seeds and the fixtures of the outlet rule files (not the generic ones)."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    for folder in sorted((ROOT / "rules" / "fixtures").iterdir()):
        if folder.is_dir() and folder.name != "generic":
            paths.extend(sorted(folder.glob("*.txt")))
    return [p.read_text(encoding="utf-8") for p in paths]


def timed(cleaner: Cleaner, pages: list[str]) -> float:
    start = time.process_time()
    for page in pages:
        cleaner.clean(page)
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--copies", type=int, default=20, help="copies of the page set per round")
    args = ap.parse_args()
    pages = outlet_pages() * args.copies
    with_classifier, without = Cleaner(Config(classifier=True)), Cleaner(Config(classifier=False))
    claimed = sum(1 for p in pages if with_classifier.clean(p).outlet) // args.copies
    on, off = [], []
    for _ in range(args.rounds):
        on.append(timed(with_classifier, pages))
        off.append(timed(without, pages))
    print(f"{len(pages) // args.copies} pages x {args.copies} ({claimed} claimed by an outlet's rules), best of {args.rounds}")
    print(f"classifier on   {min(on):7.3f} s")
    print(f"classifier off  {min(off):7.3f} s")
    print(f"ratio on / off  {min(on) / min(off):7.2f}x  (limit 2x)")


if __name__ == "__main__":
    main()
