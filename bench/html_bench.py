"""Compare cleaner and trafilatura on the same HTML pages: word 4-gram F1 and pages/s.

Pages are folders holding ``source.html`` and ``expected.html`` (the layout of the
readability test pages, the default). Gold text is the visible text of
``expected.html``; tokens are lowercased words, each page's 4-grams form a multiset,
P/R/F1 are computed per page and averaged. Both tools run in this one process, page by
page in turn, timed in process CPU time, so the speed ratio is like for like.

    python bench/html_bench.py [--pages DIR] [--limit N] [--worst K] [--no-classifier]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import lxml.html
import regex

DEFAULT_PAGES = Path(__file__).resolve().parents[2] / "shared" / "html" / "readability-test-pages"
_WORD = regex.compile(r"\w+")
# News articles among the readability pages (the targets are set on real news pages): the
# F1 on these is printed apart, so tuning to how-to, wiki and test pages shows.
NEWS = frozenset({
    "aktualne", "ars-1", "bbc-1", "breitbart", "buzzfeed-1", "citylab-1", "cnet", "cnn", "engadget", "folha",
    "gmw", "guardian-1", "heise", "herald-sun-1", "la-nacion", "lemonde-1", "liberation-1", "lwn-1",
    "medicalnewstoday", "msn", "nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4", "qq", "quanta-1", "salon-1",
    "seattletimes-1", "telegraph", "theverge", "tmz-1", "wapo-1", "wapo-2", "yahoo-1", "yahoo-2", "yahoo-3",
    "yahoo-4", "youth",
})


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def ngrams(text: str, n: int = 4) -> Counter:
    toks = tokens(text)
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def f1(predicted: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall, F1 of word 4-grams; two empty texts agree."""
    p_grams, g_grams = ngrams(predicted), ngrams(gold)
    if not p_grams and not g_grams:
        return 1.0, 1.0, 1.0
    overlap = sum((p_grams & g_grams).values())
    p = overlap / sum(p_grams.values()) if p_grams else 0.0
    r = overlap / sum(g_grams.values()) if g_grams else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def html_text(html: str) -> str:
    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    for el in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "td", "blockquote", "pre"):
        el.tail = "\n" + (el.tail or "")
    return root.text_content()


def load(pages: Path, limit: int | None) -> list[tuple[str, str, str]]:
    out = []
    for d in sorted(p for p in pages.iterdir() if (p / "source.html").is_file()):
        expected = d / "expected.html"
        gold = html_text(expected.read_text(encoding="utf-8", errors="replace")) if expected.is_file() else ""
        out.append((d.name, (d / "source.html").read_text(encoding="utf-8", errors="replace"), gold))
    return out[:limit] if limit else out


def run_cleaner(classifier: bool = True) -> Callable[[str], str]:
    from cleaner import Cleaner, Config

    cleaner = Cleaner(Config(classifier=classifier))

    def extract(html: str) -> str:
        return "\n".join(cleaner.clean(html).body)  # the gold text, like trafilatura's, has no title

    return extract


def run_trafilatura() -> Callable[[str], str]:
    import trafilatura

    return lambda html: trafilatura.extract(html) or ""


def measure(tools: dict[str, Callable[[str], str]], pages: list[tuple[str, str, str]]) -> list[dict]:
    """Run every tool on each page in turn (interleaved, so a busy machine slows both alike);
    time is process CPU time, the one-core cost whatever else runs on the machine."""
    for extract in tools.values():
        extract(pages[0][1])  # warm-up: rule loading, imports
    elapsed = dict.fromkeys(tools, 0.0)
    scores: dict[str, dict[str, tuple[float, float, float]]] = {name: {} for name in tools}
    for page_id, html, gold in pages:
        for name, extract in tools.items():
            start = time.process_time()
            try:
                text = extract(html)
            except Exception as exc:  # noqa: BLE001 (a crash scores 0 and is shown)
                print(f"  {name} failed on {page_id}: {exc!r}")
                text = ""
            elapsed[name] += time.process_time() - start
            scores[name][page_id] = f1(text, gold)
    n = len(pages)
    return [{"name": name, "precision": sum(x[0] for x in scores[name].values()) / n,
             "recall": sum(x[1] for x in scores[name].values()) / n,
             "f1": sum(x[2] for x in scores[name].values()) / n,
             "docs_per_s": n / elapsed[name] if elapsed[name] else float("inf"),
             "per_page": {k: v[2] for k, v in scores[name].items()}} for name in tools]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of page folders")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    ap.add_argument("--worst", type=int, default=0, help="list the K pages where cleaner trails most")
    ap.add_argument("--no-classifier", action="store_true", help="cleaner without its paragraph classifier")
    args = ap.parse_args()
    pages = load(args.pages, args.limit)
    results = measure({"cleaner": run_cleaner(not args.no_classifier), "trafilatura": run_trafilatura()}, pages)
    print(f"{len(pages)} pages from {args.pages}")
    print(f"{'tool':<12} {'P':>6} {'R':>6} {'F1':>6} {'docs/s':>8}")
    for r in results:
        print(f"{r['name']:<12} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['docs_per_s']:8.1f}")
    print(f"speed ratio cleaner/trafilatura: {results[0]['docs_per_s'] / results[1]['docs_per_s']:.2f}x")
    news = [page_id for page_id, _, _ in pages if page_id in NEWS]
    if news:
        line = "  ".join(f"{r['name']} {sum(r['per_page'][i] for i in news) / len(news):.3f}" for r in results)
        print(f"news subset ({len(news)} pages) F1: {line}")
    if args.worst:
        ours, theirs = results[0]["per_page"], results[1]["per_page"]
        for page_id in sorted(ours, key=lambda i: ours[i] - theirs[i])[: args.worst]:
            print(f"  {page_id:<40} cleaner {ours[page_id]:.3f}  trafilatura {theirs[page_id]:.3f}")


if __name__ == "__main__":
    main()
