"""Train the classifier's junk model (cleaner/classify/junk_model.json) on annotated pages.

    pip install -e ".[train]"
    python tools/train_model.py SET [SET ...] [--out cleaner/classify/junk_model.json] [--cv]

Each SET is a folder holding ``corpus/`` (pages) and ``gold/`` (expected records, one
``<id>.json`` per page, as in SPEC.md). A paragraph is junk when the gold body does not hold
it; lines the field readers take (headline, dateline, credit) are left out. The shipped model
was trained on the 20 dev documents and the 15 annotated sets of raw Multi-News documents
kept outside the repository (their licence forbids copying them in); only the weights are here.

``--cv`` first scores each set with a model trained on the others (leave one set out) and
prints, for the paragraphs the pipeline keeps without the model, how many junk paragraphs the
model would remove and how many story paragraphs it would wrongly remove at the shipped
threshold. That is the figure to watch when retraining: the model is meant for junk kinds a
set has and the others do not, so a model that only scores well on its own training pages is
no use.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from cleaner import Cleaner, Config
from cleaner.classify.features import page_features
from cleaner.classify.model import (
    MODEL_FILE,
    MODEL_THRESHOLD,
    judged,
    shape_features,
    word_features,
)
from cleaner.classify.stoplists import guess_language
from cleaner.evaluate import _covered, _fold

REGULARISATION = 0.3  # sklearn's C: smaller is smoother; 0.3 made fewest false removals in cross-validation
# A word feature must occur in pages about this many different stories. Multi-News pages come
# in clusters about one story (ids "mn_<story>_<n>"), and names of the story's people and places
# recur across its pages in junk and story alike: counted by page, "Morsi" became a junk word.
MIN_STORIES = 5
_STORY = re.compile(r"_\d+$")  # a page id's number within its story cluster
MIN_WEIGHT = 0.01  # smaller weights are not written out


@dataclass(slots=True)
class Row:
    """One paragraph: where it is from, its features, whether gold drops it, whether the pipeline kept it."""

    set: str
    doc: str
    text: str
    features: dict[str, float]
    label: int
    kept: bool
    generic: bool  # no outlet file matched the page (the model only runs on such pages)
    judged: bool  # the model may remove it (model.judged)


class _Recorder(Cleaner):
    """A cleaner that keeps the last page's state as the classifier stage receives it."""

    seen: dict

    def classify_rest(self, doc, headline, rules) -> None:
        self.seen = {"doc": doc, "headline": headline, "generic": rules.outlet is None}
        super().classify_rest(doc, headline, rules)


def _features(f) -> dict[str, float]:
    d: dict[str, float] = dict(shape_features(f))
    d.update(dict.fromkeys(word_features(f.p.key), 1.0))
    return d


def collect(folder: Path) -> list[Row]:
    """Every paragraph of every annotated page in ``folder``, as the classifier sees it."""
    cl = _Recorder(Config(junk_model=False))
    rows: list[Row] = []
    for gold_path in sorted((folder / "gold").glob("*.json")):
        pages = list((folder / "corpus").glob(gold_path.stem + ".*"))
        if not pages:
            continue
        cl.seen = {}
        cl.clean(pages[0].read_text(encoding="utf-8", errors="replace"), id=gold_path.stem)
        if cl.seen:  # pages rejected before the classifier (empty, not text) have no paragraphs to learn from
            gold = {_fold(x) for x in json.loads(gold_path.read_text(encoding="utf-8")).get("body") or []}
            rows.extend(_page_rows(folder.name, gold_path.stem, cl.seen, gold))
    return rows


def _page_rows(set_: str, doc_id: str, seen: dict, gold: set[str]) -> list[Row]:
    doc = seen["doc"]
    alive = doc.alive()
    alive_ids = {p.index for p in alive}
    # Kept paragraphs in the context the model meets them in (the body left after the rules);
    # rule-removed ones, the bulk of the junk examples, in the context of the whole page.
    ruled = [p for p in doc.paragraphs if p.index in doc.removed and not doc.removed[p.index].rule.startswith(
        ("field:", "dateline:"))]
    rows = []
    for group in (alive, ruled):
        if not group:
            continue
        context = sorted(alive + ruled, key=lambda p: p.index) if group is ruled else alive
        feats = page_features(context, guess_language([p.key for p in context]), seen["headline"])
        for f in feats:
            if (f.p.index in alive_ids) != (group is alive):
                continue
            label = int(not _covered(_fold(f.p.key), gold))
            rows.append(Row(set_, doc_id, f.p.key, _features(f), label, f.p.index in alive_ids, seen["generic"],
                            judged(f.words, f.terminal, len(alive))))
    return rows


def fit(rows: list[Row]) -> tuple[DictVectorizer, LogisticRegression]:
    stories = defaultdict(set)
    for r in rows:
        story = _STORY.sub("", r.doc)
        for k in r.features:
            if ":" in k:
                stories[k].add(story)
    common = {k for k, v in stories.items() if len(v) >= MIN_STORIES}
    data = [{k: v for k, v in r.features.items() if ":" not in k or k in common} for r in rows]
    vec = DictVectorizer()
    model = LogisticRegression(C=REGULARISATION, max_iter=5000)
    model.fit(vec.fit_transform(data), [r.label for r in rows])
    return vec, model


def cross_validate(rows: list[Row]) -> None:
    sets = sorted({r.set for r in rows})
    total = [0, 0, 0]
    print(f"{'set':<12} {'leaked':>6} {'caught':>6} {'wrong':>6}")
    for s in sets:
        test = [r for r in rows if r.set == s and r.kept and r.generic and r.judged]
        vec, model = fit([r for r in rows if r.set != s])
        probs = model.predict_proba(vec.transform([r.features for r in test]))[:, 1] if test else []
        leaked = sum(r.label for r in rows if r.set == s and r.kept and r.generic)
        caught = sum(1 for r, p in zip(test, probs) if r.label and p >= MODEL_THRESHOLD)
        wrong = sum(1 for r, p in zip(test, probs) if not r.label and p >= MODEL_THRESHOLD)
        total = [total[0] + leaked, total[1] + caught, total[2] + wrong]
        print(f"{s:<12} {leaked:>6} {caught:>6} {wrong:>6}")
    print(f"{'all':<12} {total[0]:>6} {total[1]:>6} {total[2]:>6}")


def export(vec: DictVectorizer, model: LogisticRegression, sets: list[str], out: Path) -> None:
    weights = dict(zip(vec.get_feature_names_out(), model.coef_[0]))
    data = {
        "trained_on": ", ".join(sets),
        "bias": round(float(model.intercept_[0]), 4),
        "shape": {k: round(float(w), 4) for k, w in sorted(weights.items()) if ":" not in k},
        "words": {k: round(float(w), 4) for k, w in sorted(weights.items()) if ":" in k and abs(w) >= MIN_WEIGHT},
    }
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    tmp.replace(out)
    print(f"wrote {out}: {len(data['words'])} word weights, {len(data['shape'])} shape weights")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path, help="folders with corpus/ and gold/")
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out figures first")
    args = ap.parse_args(argv)
    rows = [r for folder in args.sets for r in collect(folder)]
    print(f"{len(rows)} paragraphs, {sum(r.label for r in rows)} junk, from {len(args.sets)} sets")
    if args.cv:
        cross_validate(rows)
    vec, model = fit(rows)
    export(vec, model, [f.name for f in args.sets], args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
