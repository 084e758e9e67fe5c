"""First pass: a class for each paragraph from its own features, as jusText does.

Classes (jusText's names): ``good`` (story prose), ``neargood`` (could be either),
``short`` (too short to judge alone) and ``bad`` (boilerplate). Only ``bad`` paragraphs
leave the body, and only after the context revision (``revise.py``) has had its say.
Each verdict carries the reason and a score, which ``--explain`` prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from .features import Features

GOOD_MIN_WORDS = 10  # fewer words: never good on its own
GOOD_STOP_DENSITY = 0.30  # jusText's stopwords_high
NEARGOOD_STOP_DENSITY = 0.20  # jusText's stopwords_low
SHORT_MAX_WORDS = 6  # at most this many words: "short", judged by its neighbours
LINK_DENSITY_MAX = 0.34  # more link tokens than this and the line is a widget or embed
LINK_CHECK_MAX_WORDS = 60  # long prose with a URL in it is still prose
# HTML paragraphs count link characters inside <a>, and the HTML layer has already dropped
# link lists and all-link teasers: ordinary linked prose ("... said a report by X") runs
# well past 0.34, so only a short line that is mostly link is a widget here.
HTML_LINK_DENSITY_MAX = 0.6
HTML_LINK_CHECK_MAX_WORDS = 12
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(slots=True)
class Verdict:
    cls: str  # good | neargood | short | bad
    reason: str = ""  # why it is bad (or was revised); becomes "classifier:<reason>"
    score: float = 0.0  # the feature value that decided it


def classify(f: Features) -> Verdict:
    if f.fragment:
        return Verdict("bad", "fragment", 1.0)
    if f.p.tag:  # HTML
        # A linked sentence is story; a linked title ("Learn more: Seven tips ...") is a teaser.
        if f.link_density > HTML_LINK_DENSITY_MAX and f.words <= HTML_LINK_CHECK_MAX_WORDS and not f.terminal \
                and f.p.tag not in _HEADINGS:
            return Verdict("bad", "links", round(f.link_density, 3))
    elif f.link_density > LINK_DENSITY_MAX and f.words <= LINK_CHECK_MAX_WORDS:
        return Verdict("bad", "links", round(f.link_density, 3))
    if f.words <= SHORT_MAX_WORDS:
        return Verdict("short")
    if f.words >= GOOD_MIN_WORDS and f.stop_density >= GOOD_STOP_DENSITY and f.terminal:
        return Verdict("good")
    if f.stop_density >= NEARGOOD_STOP_DENSITY:
        return Verdict("neargood")
    return Verdict("neargood" if f.terminal else "short")
