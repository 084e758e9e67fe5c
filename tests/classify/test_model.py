"""The learned junk score: the shipped weights match the code's features, and the model only
removes what it is allowed to judge."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Config, clean
from cleaner.classify import classify_page
from cleaner.classify.features import page_features
from cleaner.classify.model import (
    MODEL_FILE,
    MODEL_MIN_PARAGRAPHS,
    MODEL_THRESHOLD,
    JunkModel,
    judged,
    junk_model,
    shape_features,
    word_features,
)

from .helpers import STORY, kept, page

# Invented junk of kinds the annotated pages hold, none of it copied from them.
BIO = ("Jane Roe writes the Daily Courier's science column. Connect with her on Facebook and follow her on Twitter "
       "for more stories like this one.")
CAPTION = "A man walks past a flooded shop in the town centre on Tuesday, March 3, 2015. (Photo: John Smith/Daily Courier)"
SIGN_UP = "Sign up for our morning newsletter to get the day's top stories delivered to your inbox every weekday."
TIP_LINE = "Have a tip about the bridge? Email our newsroom at tips@courier.example or call us at 555-0100."


def _features(doc, headline=None):
    return page_features(doc.alive(), "English", headline)


def test_shipped_weights_name_every_shape_feature() -> None:
    """Retraining is needed when a shape feature is added or renamed: a weight missing from the
    file would silently count as zero."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    feats = _features(page(*STORY))
    assert set(shape_features(feats[0])) == set(data["shape"])
    assert all(":" in name for name in data["words"])


def test_story_scores_low_and_junk_high() -> None:
    junk = [CAPTION, BIO, SIGN_UP, TIP_LINE]
    doc = page(CAPTION, *STORY, BIO, SIGN_UP, TIP_LINE)  # where pages put them
    model = junk_model()
    scores = {f.p.key: model.score(f) for f in _features(doc)}
    assert all(scores[s] < 0.2 for s in STORY)
    assert all(scores[j] >= MODEL_THRESHOLD for j in junk)


def test_removal_names_the_model_and_its_score() -> None:
    doc = page(*STORY, BIO)
    classify_page(doc)
    assert kept(doc) == STORY
    (removal,) = doc.removed.values()
    assert removal.rule == "classifier:model" and removal.score >= MODEL_THRESHOLD


def test_switched_off_by_config() -> None:
    text = "\n\n".join([*STORY, BIO])
    assert BIO not in clean(text).body
    assert BIO in clean(text, config=Config(junk_model=False)).body


@pytest.mark.parametrize("words, terminal, body, expected", [
    (20, True, MODEL_MIN_PARAGRAPHS, True),
    (20, False, 10, False),  # a title, a subhead, a label: the revision step's business
    (5, True, 10, False),  # too short to judge by its words
    (20, True, MODEL_MIN_PARAGRAPHS - 1, False),  # on a short body, position means nothing
])
def test_what_the_model_may_judge(words: int, terminal: bool, body: int, expected: bool) -> None:
    assert judged(words, terminal, body) is expected


def test_pages_in_other_languages_are_not_judged() -> None:
    # English junk on a German page: the model's words are English, the page's stop words are not
    german = ["Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss für Reparaturen zu schließen.",
              "Ingenieure, die die Brücke im Frühjahr untersucht hatten, fanden stark verrostete Stahlträger.",
              "Der Bürgermeister sagte, dass die Autofahrer über eine Umleitung geschickt würden.",
              "Ladenbesitzer am Ostufer sagten, sie befürchteten, dass weniger Kunden kommen würden."]
    doc = page(*german, BIO)
    classify_page(doc)
    assert BIO in kept(doc)


def test_a_short_page_is_left_alone() -> None:
    doc = page(STORY[0], BIO)
    classify_page(doc)
    assert BIO in kept(doc)


def test_html_paragraphs_are_not_judged() -> None:
    html = "<html><body>" + "".join(f"<p>{s}</p>" for s in [*STORY, BIO]) + "</body></html>"
    removed = clean(html, config=Config(explain=True)).removed
    assert not [r for r in removed if r.rule == "classifier:model"]


def test_word_features_read_words_ends_and_marks() -> None:
    got = word_features("Photo: Jane Roe/Daily Courier (2019)")
    assert {"w:photo", "first:photo", "end:(2019)", "p::", "p:/", "p:(", "p:digit"} <= got


def test_model_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"bias": -1.0, "shape": {"terminal": -2.0}, "words": {"w:follow": 3.0}}))
    model = JunkModel.load(path)
    f = _features(page("Follow us for more.", *STORY))[0]
    assert model.score(f) == pytest.approx(1 / (1 + 2.718281828 ** -(-1.0 - 2.0 + 3.0)), rel=1e-6)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=120))
def test_fast_score_is_the_sum_of_every_feature_weight(line: str) -> None:
    """``score`` weighs per-kind lookups; it must equal weighing every named feature, as trained."""
    model = junk_model()
    for f in _features(page(STORY[0], line, *STORY[1:])):
        z = model.bias + sum(model.shape.get(n, 0.0) * v for n, v in shape_features(f).items())
        z += sum(model.words.get(n, 0.0) for n in word_features(f.p.key))
        assert model.score(f) == pytest.approx(1 / (1 + math.exp(-max(-30.0, min(30.0, z)))), abs=1e-9)
