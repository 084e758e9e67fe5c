"""A learned junk score: logistic regression over a paragraph's words and shape.

The hand-set thresholds (``classifier.py``, ``revise.py``) catch what they were written for;
each new outlet brings junk written as sentences that no threshold names: an author's bio
with a "connect with" invitation, a reader call-out, a caption that reads like prose, an
"Investigate this!" box. What those share across outlets is vocabulary ("follow", "photo",
"tips", "newsletter", "editor's note") together with shape (position near the ends, no story
words), which a linear model over words and shape features learns from annotated pages.

The weights are data (``junk_model.json``), trained by ``tools/train_model.py`` on annotated
pages outside the repository; scoring is a sum of weights, no library needed. The model only
removes a long sentence-like paragraph it is confident about (``judged``, ``MODEL_THRESHOLD``):
cross-validated on the annotated sets, short lines and lines with no sentence end (subheads,
"9/15 - Statements", list items) were where its mistakes were, and those are the revision
step's business.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from .classifier import Verdict
from .features import Features

MODEL_FILE = Path(__file__).with_name("junk_model.json")
MODEL_THRESHOLD = 0.75  # probability of junk above which a paragraph goes
MODEL_MIN_WORDS = 8  # shorter paragraphs are left to the revision step
MODEL_MIN_PARAGRAPHS = 4  # on a shorter body "first" and "last" say nothing about a paragraph
SHORT_WORDS = 6  # the classifier's "short" class, as a feature
EDGE = 3  # paragraphs this close to the start or the end of the body are "near" it
_WORD = regex.compile(r"[\w']+|[^\w\s]")
_MARKS = "()[]/:|@#$%\"“”-–—*>+=_"  # punctuation whose presence is a feature ("(Photo: ...)", "Name / Agency")


def shape_features(f: Features) -> dict[str, float]:
    """Numbers describing the paragraph's form and place (no words): scaled to about 0..1."""
    n = f.pos + f.from_end + 1
    return {
        "log_words": math.log1p(f.words),
        "short": float(f.words <= SHORT_WORDS),
        "stop_density": f.stop_density,
        "link_density": f.link_density,
        "terminal": float(f.terminal),
        "title_like": float(f.title_like),
        "fragment": float(f.fragment),
        "ends_open": float(f.ends_open),
        "digit_density": f.digit_density,
        "capital_share": f.capital_share,
        "position": f.pos / max(1, n - 1),
        "first": float(f.pos == 0),
        "last": float(f.from_end == 0),
        "near_start": float(f.pos < EDGE),
        "near_end": float(f.from_end < EDGE),
        "bullet": float(f.p.bullet),
        "topic_share": f.topic_share,
        "headline_sim": f.headline_sim,
    }


def word_features(key: str) -> set[str]:
    """The paragraph's words (case-folded), its first and last word, and the marks it holds."""
    toks = _WORD.findall(key.casefold())
    out = {"w:" + t for t in toks}
    if toks:
        out.add("first:" + toks[0])
    # The last word as printed, punctuation and all: "story." ends prose, "Getty" a credit.
    out.add("end:" + key[key.rfind(" ") + 1:].casefold()[-12:])
    out.update("p:" + c for c in _MARKS if c in key)
    if any(c.isdigit() for c in key):
        out.add("p:digit")
    return out


@dataclass(frozen=True, slots=True)
class JunkModel:
    bias: float
    shape: dict[str, float]
    words: dict[str, float]
    trained_on: str = ""

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> JunkModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(bias=float(data["bias"]), shape=dict(data["shape"]), words=dict(data["words"]),
                   trained_on=str(data.get("trained_on", "")))

    def score(self, f: Features) -> float:
        """Probability that the paragraph is junk."""
        z = self.bias
        shape = self.shape
        for name, value in shape_features(f).items():
            z += shape.get(name, 0.0) * value
        words = self.words
        for name in word_features(f.p.key):
            z += words.get(name, 0.0)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def junk_model() -> JunkModel:
    return JunkModel.load()


def judged(words: int, terminal: bool, body: int) -> bool:
    """Which paragraphs the model may remove: long ones that end like a sentence, in a body of
    ``body`` paragraphs long enough for position to mean something. A line with no
    sentence end is a subhead, a title or a label, and whether it is story depends on where it
    stands, which the revision step judges; in cross-validation such lines (an all-caps subhead,
    a list item in the story) were most of the model's wrong removals."""
    return words >= MODEL_MIN_WORDS and terminal and body >= MODEL_MIN_PARAGRAPHS


def mark_model_junk(feats: list[Features], verdicts: list[Verdict]) -> None:
    """Last say: a long paragraph still in the body that the model is confident is junk."""
    model = None
    for f, v in zip(feats, verdicts):
        if v.cls == "bad" or f.p.tag or not judged(f.words, f.terminal, len(feats)):  # trained on text dumps, not HTML
            continue
        model = model or junk_model()
        p = model.score(f)
        if p >= MODEL_THRESHOLD:
            verdicts[f.pos] = Verdict("bad", "model", round(p, 3))
