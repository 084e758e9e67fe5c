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
import re
from functools import lru_cache
from operator import mul
from pathlib import Path

from .classifier import Verdict
from .features import Features
from .stoplists import tokens

MODEL_FILE = Path(__file__).with_name("junk_model.json")
MODEL_THRESHOLD = 0.7  # probability of junk above which a paragraph goes
MODEL_MIN_WORDS = 8  # shorter paragraphs are left to the revision step
MODEL_MIN_PARAGRAPHS = 4  # on a shorter body "first" and "last" say nothing about a paragraph
MODEL_LANGUAGE = "English"  # the language of the pages it was trained on
SHORT_WORDS = 6  # the classifier's "short" class, as a feature
EDGE = 3  # paragraphs this close to the start or the end of the body are "near" it
_DIGIT = re.compile(r"\d")
_MARKS = tuple("()[]/:|@#$%\"“”-–—*>+=_")  # punctuation whose presence is a feature ("(Photo: ...)", "Name / Agency")


OWN_SHAPE = ("log_words", "short", "stop_density", "link_density", "terminal", "title_like", "fragment", "ends_open",
             "position", "first", "last", "near_start", "near_end", "bullet")
CONTEXT_SHAPE = ("digit_density", "capital_share", "topic_share", "headline_sim")


def shape_features(f: Features) -> dict[str, float]:
    """Numbers describing the paragraph's form and place (no words), by name, as trained."""
    return dict(zip(OWN_SHAPE + CONTEXT_SHAPE, own_shape(f) + context_shape(f)))


def own_shape(f: Features) -> tuple[float, ...]:
    """The paragraph's form and place (``OWN_SHAPE``): already counted by the features."""
    n = f.pos + f.from_end + 1
    return (math.log1p(f.words), float(f.words <= SHORT_WORDS), f.stop_density, f.link_density, float(f.terminal),
            float(f.title_like), float(f.fragment), float(f.ends_open), f.pos / max(1, n - 1), float(f.pos == 0),
            float(f.from_end == 0), float(f.pos < EDGE), float(f.from_end < EDGE), float(f.p.bullet))


def context_shape(f: Features) -> tuple[float, ...]:
    """What costs a pass over the text or the page (``CONTEXT_SHAPE``): digits, capitals, likeness
    to the rest of the page and to the headline. All lie in 0..1, so ``score`` knows how far they
    can move it and reads them only when they can decide."""
    return (f.digit_density, f.capital_share, f.topic_share, f.headline_sim)


def _last_word(key: str) -> str:
    # As printed, punctuation and all: "story." ends prose, "Getty" a credit.
    return key[key.rfind(" ") + 1:].casefold()[-12:]


def word_features(key: str) -> set[str]:
    """The paragraph's words (case-folded), its first word, its last word as printed, and the
    marks and digits it holds. The words are ``tokens``, cached from the stop-word count."""
    toks = tokens(key)
    out = {"w:" + t for t in toks}
    if toks:
        out.add("first:" + toks[0])
    out.add("end:" + _last_word(key))
    out.update("p:" + c for c in _MARKS if c in key)
    if _DIGIT.search(key):
        out.add("p:digit")
    return out


class JunkModel:
    """The weights, split by feature kind so that scoring a paragraph is a few lookups in C
    (``score`` computes the same sum as weighing every name ``shape_features`` and
    ``word_features`` give)."""

    __slots__ = (
        "_context",
        "_digit",
        "_end",
        "_first",
        "_marks",
        "_own",
        "_reach",
        "_word",
        "bias",
        "shape",
        "trained_on",
        "words",
    )

    def __init__(self, bias: float, shape: dict[str, float], words: dict[str, float], trained_on: str = "") -> None:
        self.bias, self.shape, self.words, self.trained_on = bias, shape, words, trained_on
        self._own = tuple(shape.get(name, 0.0) for name in OWN_SHAPE)
        self._context = tuple(shape.get(name, 0.0) for name in CONTEXT_SHAPE)
        self._reach = sum(max(0.0, w) for w in self._context)  # their values lie in 0..1
        kinds: dict[str, dict[str, float]] = {"w": {}, "first": {}, "end": {}, "p": {}}
        for name, weight in words.items():
            kind, _, value = name.partition(":")
            kinds[kind][value] = weight
        self._word, self._first, self._end = kinds["w"], kinds["first"], kinds["end"]
        self._digit = kinds["p"].pop("digit", 0.0)
        self._marks = tuple(kinds["p"].items())  # (mark, weight): a substring test each

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> JunkModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(bias=float(data["bias"]), shape=dict(data["shape"]), words=dict(data["words"]),
                   trained_on=str(data.get("trained_on", "")))

    def score(self, f: Features, floor: float = 0.0) -> float:
        """Probability that the paragraph is junk; 0.0 when it cannot reach ``floor`` (a
        probability), found before the costly features (``context_shape``) are read."""
        key = f.p.key
        toks = tokens(key)
        z = self.bias + sum(map(mul, self._own, own_shape(f)))
        z += sum(filter(None, map(self._word.get, set(toks))))
        if toks:
            z += self._first.get(toks[0], 0.0)
        z += self._end.get(_last_word(key), 0.0)
        z += sum([w for c, w in self._marks if c in key])
        if _DIGIT.search(key):
            z += self._digit
        if floor > 0.0 and _probability(z + self._reach) < floor:
            return 0.0
        return _probability(z + sum(map(mul, self._context, context_shape(f))))


def _probability(z: float) -> float:
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


def mark_model_junk(feats: list[Features], verdicts: list[Verdict], language: str) -> None:
    """Last say: a long paragraph still in the body that the model is confident is junk. Its
    words were learned from English pages; elsewhere only its shape part would speak."""
    if language != MODEL_LANGUAGE:
        return
    model = junk_model()
    for f, v in zip(feats, verdicts):
        if v.cls == "bad" or f.p.tag or not judged(f.words, f.terminal, len(feats)):  # trained on text dumps, not HTML
            continue
        p = model.score(f, floor=MODEL_THRESHOLD)
        if p >= MODEL_THRESHOLD:
            verdicts[f.pos] = Verdict("bad", "model", round(p, 3))
