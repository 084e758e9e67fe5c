"""Classify what no rule names: each paragraph by its features, then by its neighbours.

The stage runs after the rule stages on the paragraphs still in the body. Every paragraph
it drops is recorded as ``classifier:<reason>`` with the deciding score, so ``--explain``
shows why. On pages whose outlet rules matched, only the duplicate check runs (a caption
repeating the paragraph under it): the outlet's rules know its sidebars better than a
heuristic does, and rule-based pages stay fast.
"""

from __future__ import annotations

from ..doc import Doc
from ..record import BUILT_IN_REMOVERS
from ..segment import Paragraph
from .captions import (
    mark_caption_runs,
    mark_caption_titles,
    mark_credited_captions,
    mark_gallery_captions,
    mark_labelled_captions,
    mark_scene_captions,
    mark_unstopped_captions,
)
from .classifier import Verdict, classify
from .copies import mark_containers, mark_doubled, mark_duplicates, mark_pulled_quotes, mark_running_lines
from .embeds import mark_framed_posts, mark_post_lines
from .features import Features, ends_like_sentence, page_features
from .furniture import (
    mark_box_titles,
    mark_comments,
    mark_end_tags,
    mark_poll_answers,
    mark_poll_questions,
    mark_polls,
    mark_stamp_lines,
    mark_tag_runs,
)
from .model import mark_model_junk
from .revise import (
    mark_after_footer,
    mark_closing_list,
    mark_headings,
    mark_inline_headlines,
    mark_label_over_lede,
    mark_menu_runs,
    mark_section_links,
    mark_summary_runs,
    mark_tail_list,
)
from .stoplists import guess_language

MIN_PARAGRAPHS = 2  # a page of one paragraph has no context to judge it by
REMNANT_MAX_PARAGRAPHS = 2  # all a widget page leaves once its rules ran ("Yes", "Close"): no article
REMNANT_MAX_WORDS = 8  # a button, or a social page's header ("Name ♡ Retweeted Outlet")
_NOT_A_RULE = BUILT_IN_REMOVERS

__all__ = ["Features", "Verdict", "classify_page"]


def classify_page(doc: Doc, headline: str | None = None, *, outlet_rules: bool = False,
                  model: bool = True) -> list[Features]:
    """Remove the paragraphs the classifier judges boilerplate; returns the features (for tests)."""
    alive = doc.alive()
    if _remnant(doc, alive):
        for p in alive:
            doc.remove(p, "classifier:remnant", score=float(len(p.key.split())))
        return []
    if len(alive) < MIN_PARAGRAPHS:
        return []
    if outlet_rules:  # cheap path: no features needed to spot a caption repeating its story
        verdicts = [Verdict("neargood") for _ in alive]
        mark_duplicates(alive, verdicts)
        _apply(doc, alive, verdicts)
        return []
    language = guess_language([p.key for p in alive])
    feats = page_features(alive, language, headline)
    verdicts = [classify(f) for f in feats]
    mark_duplicates(alive, verdicts)
    mark_doubled(alive, verdicts)
    mark_containers(alive, verdicts)
    mark_pulled_quotes(alive, verdicts)
    mark_running_lines(alive, verdicts)
    visible = [p for p in doc.paragraphs if not _field(doc, p.index)]
    mark_headings(visible, feats, verdicts)
    mark_inline_headlines(feats, verdicts)
    mark_label_over_lede(feats, verdicts, headline)
    mark_section_links(feats, verdicts)
    mark_tail_list(feats, verdicts)
    mark_closing_list(doc, feats, verdicts)
    mark_after_footer(doc, feats, verdicts)
    mark_menu_runs(feats, verdicts)
    mark_summary_runs(feats, verdicts, doc.paragraphs)
    mark_labelled_captions(alive, verdicts)
    mark_caption_titles(doc, feats, verdicts)
    mark_unstopped_captions(feats, verdicts)
    mark_scene_captions(feats, verdicts)
    mark_gallery_captions(doc, feats, verdicts)
    mark_caption_runs(doc, feats, verdicts)
    mark_credited_captions(doc, feats, verdicts)
    mark_box_titles(doc, feats, verdicts)
    mark_post_lines(doc, feats, verdicts)
    mark_framed_posts(doc, feats, verdicts)
    mark_stamp_lines(feats, verdicts)
    mark_polls(doc, feats, verdicts)
    mark_poll_answers(doc, alive, verdicts)
    mark_poll_questions(doc, alive, verdicts)
    mark_tag_runs(doc, alive, verdicts)
    mark_end_tags(alive, verdicts)
    mark_comments(doc, alive, verdicts)
    if model:
        mark_model_junk(feats, verdicts, language)
    _apply(doc, alive, verdicts)
    return feats


def _apply(doc: Doc, paragraphs: list[Paragraph], verdicts: list[Verdict]) -> None:
    for p, v in zip(paragraphs, verdicts):
        if v.cls == "bad":
            doc.remove(p, f"classifier:{v.reason}", score=v.score)


def _remnant(doc: Doc, alive: list[Paragraph]) -> bool:
    """A few words left over after drop rules removed the rest of the page (a script-off notice and
    its "Yes" button, a social page's "Name Retweeted Outlet" over the post a rule removed): no
    article. A short page little was removed from is left alone, and so is a short sentence: a
    button label or a header has no full stop."""
    if not alive or len(alive) > REMNANT_MAX_PARAGRAPHS:  # most pages stop here
        return False
    words = sum(len(p.key.split()) for p in alive)
    if words > REMNANT_MAX_WORDS or any(ends_like_sentence(p.key) for p in alive):
        return False
    # What the rules named must outweigh what is left: a short page with one caption removed is not a widget page.
    ruled = sum(len(doc.paragraphs[i].key.split()) for i, r in doc.removed.items() if not r.rule.startswith(_NOT_A_RULE))
    return ruled > words


def _field(doc: Doc, index: int) -> bool:
    r = doc.removed.get(index)
    return bool(r and r.rule.startswith("field:"))
