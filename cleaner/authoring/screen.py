"""Does a rule pattern give the RE2 screen something to look for?

The engine asks RE2 which rules may match a paragraph before the ``regex`` module confirms
them (see :mod:`cleaner.prefilter`). The RE2 form drops lookarounds and keeps the pattern's
most demanding stretch, so a pattern whose requirements all sit in lookaheads
(``^(?=.*%)(?!.*\\bthe\\b).{10,200}$``) screens in every paragraph, and every pattern of its
rule is then searched everywhere: one such pattern slowed a whole run by half. Plain story
sentences are the probe: a screen that lets all of them through has nothing to look for.
"""

from __future__ import annotations

import re2
import regex

from ..prefilter import Untranslatable, to_re2

# A rule that only looks at short lines costs little even when screened in everywhere.
SCREEN_EXEMPT_MAX_WORDS = 8
# Ordinary story text (our own words): prose, a quote, figures.
_STORY = (
    "The town council voted on Tuesday to close the old bridge over the river for repairs.",
    "\u201cWe have waited twenty years for this,\u201d said council member Rosa Diaz, who voted for the plan.",
    "Engineers who inspected the bridge in the spring found that several of the steel beams had rusted badly.",
    "Shares of the company rose 3 percent to $41.20 in early trading on Wednesday, the exchange said.",
)


def screens_nothing(rx: regex.Pattern[str]) -> bool:
    """True when the pattern's RE2 screen lets every probe sentence through."""
    try:
        screen = re2.compile(to_re2(rx))
    except (Untranslatable, re2.error):
        return False  # untranslatable patterns are always candidates by design; lint does not nag about them
    return all(screen.search(s) for s in _STORY)
