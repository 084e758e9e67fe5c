"""Pick the element that holds the story, and drop link lists inside it.

Blocks vote for the containers around them, as readability does: a paragraph of at
least ``MIN_PARAGRAPH_CHARS`` gives its parent one point, one per comma and one per
hundred characters (three at most); the grandparent gets half, the next level a third.
Class names that say "article" or "comment" nudge the score, and the total is scaled by
the share of text that is not links. A winner that is one paragraph's wrapper (each
paragraph deep in its own stack of ``<div>``) climbs to the level holding most of the
prose. Siblings of the winner that score well or hold plain prose are kept too (stories
split in several ``<div>``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import islice

import lxml.etree
import regex

from .blocks import Block
from .parse import text_of
from .signals import class_words

MIN_PARAGRAPH_CHARS = 25
SCORE_LEVELS = (1.0, 0.5, 1 / 3)  # share of a paragraph's score given to parent, grandparent...
ANCESTOR_CAP = 64  # how far up a block's ancestors are followed
CLASS_WEIGHT = 25.0
SIBLING_SHARE = 0.2  # a sibling holding this share of the winner's prose points is kept
MAX_COMMAS = 10  # commas counted per paragraph (a list of names is not ten times the prose)
BLOCK_VOTE_LINKS = 0.5  # blocks with more link text than this do not vote
CLIMB_FLOOR = 1 / 3  # wrappers scoring less than this share of the winner stop the climb
CLIMB_LINK_DENSITY = 0.33
SPREAD_GAIN = 2.0  # an ancestor holding this many times the winner's prose points is the story's container
SPREAD_LOOKUP = 6  # wrapper levels looked through for it
SAME_CLASS_MIN_POINTS = 3.0  # a same-class block elsewhere needs this much prose to join
FRAME_LINK_DENSITY = 0.4  # an <article> frame or sibling with more links is not the story
LIST_LINK_DENSITY = 0.5  # a list whose text is mostly links is a list of other stories
BLOCK_LINK_DENSITY = 0.8  # a short block that is nearly all link is a teaser
BLOCK_LINK_MAX_WORDS = 20
_POSITIVE = frozenset({"article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story",
                       "articlebody", "story-body", "article-body", "entry-content", "post-content"})
_NEGATIVE = frozenset({"comment", "comments", "footer", "footnote", "masthead", "meta", "related", "share",
                       "sidebar", "sponsor", "widget", "promo", "teaser", "nav", "menu", "hidden"})
_SCORED_TAGS = frozenset({"p", "pre", "td", "blockquote", "div"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_SENTENCE_END = regex.compile(r"[.!?…\"”']\s*$")


def ancestors(el: lxml.etree._Element) -> tuple[lxml.etree._Element, ...]:
    """``el`` and the elements above it, nearest first (at most ``ANCESTOR_CAP``)."""
    return (el, *islice(el.iterancestors(), ANCESTOR_CAP - 1))


def class_weight(el: lxml.etree._Element) -> float:
    words = set(class_words(el.get("class"), el.get("id")))
    weight = CLASS_WEIGHT if words & _POSITIVE else 0.0
    if words & _NEGATIVE:
        weight -= CLASS_WEIGHT
    if el.get("itemprop") == "articleBody":
        weight += CLASS_WEIGHT
    return weight


def choose_container(blocks: list[Block]) -> set[lxml.etree._Element]:
    """The winning container and its kept siblings; empty when no block scored."""
    score: dict[lxml.etree._Element, float] = defaultdict(float)
    deep: dict[lxml.etree._Element, float] = defaultdict(float)  # points of all prose below
    text_chars: dict[lxml.etree._Element, int] = defaultdict(int)
    link_chars: dict[lxml.etree._Element, int] = defaultdict(int)
    for b in blocks:
        chain = ancestors(b.element)
        for el in chain:
            text_chars[el] += len(b.text)
            link_chars[el] += b.link_chars
        if b.tag not in _SCORED_TAGS or len(b.text) < MIN_PARAGRAPH_CHARS or b.link_density > BLOCK_VOTE_LINKS:
            continue
        # A comma-separated list of linked names is not prose: links do not vote.
        points = (1 + min(b.text.count(","), MAX_COMMAS) + min(len(b.text) // 100, 3)) * (1 - b.link_density)
        parents = chain[1:] if b.tag != "div" else chain  # loose text votes for its own container
        for el, share in zip(parents, SCORE_LEVELS):
            score[el] += points * share
        for el in parents:
            deep[el] += points
    if not score:
        return set()

    def density(el: lxml.etree._Element) -> float:
        return link_chars[el] / text_chars[el] if text_chars[el] else 0.0

    finals = {el: (score[el] + class_weight(el)) * (1 - density(el)) for el in score}
    top = max(finals, key=finals.__getitem__)
    for el in ancestors(top)[1:]:
        # The story's own frame, when the page marks it, beats the densest sub-block.
        if (el.tag == "article" or el.get("itemprop") == "articleBody") and density(el) < FRAME_LINK_DENSITY:
            top = el
            break
    top = _climb(top, score, density)
    # A story whose paragraphs each sit several wrappers deep gives its own container no
    # points (votes reach three levels up): the winner is one paragraph's wrapper. Climb
    # while the level above holds most of the prose.
    up, steps = top.getparent(), 0
    while up is not None and up.tag not in ("body", "html") and steps < SPREAD_LOOKUP \
            and density(up) < CLIMB_LINK_DENSITY:
        if deep[up] >= SPREAD_GAIN * deep[top]:
            top, steps = up, 0
        else:
            steps += 1  # a wrapper around the same prose: look further up
        up = up.getparent()
    kept = {top}
    parent = top.getparent()
    if parent is None:
        return kept
    threshold = deep[top] * SIBLING_SHARE
    siblings = [sib for sib in parent if isinstance(sib.tag, str)]
    for sib in siblings:
        if sib is top:
            continue
        if deep.get(sib, 0.0) >= threshold and density(sib) < FRAME_LINK_DENSITY:
            kept.add(sib)
        elif sib.tag == "p" and text_chars[sib]:
            text = text_of(sib)
            if (len(text) > 80 and density(sib) < 0.25) or (density(sib) == 0 and _SENTENCE_END.search(text)):
                kept.add(sib)
    # Subheadings sandwiched between kept siblings belong to the story.
    positions = [i for i, sib in enumerate(siblings) if sib in kept]
    for sib in siblings[positions[0]:positions[-1]]:
        if sib.tag in _HEADINGS:
            kept.add(sib)
    # A story split by a pull quote or an ad slot continues in blocks of the same template
    # class elsewhere ("post__content" twice, at different depths).
    cls = top.get("class")
    if cls:
        kept.update(el for el in deep if el.get("class") == cls and deep[el] >= SAME_CLASS_MIN_POINTS
                    and density(el) < FRAME_LINK_DENSITY)
    return kept


def _climb(top: lxml.etree._Element, score: dict, density: Callable[[lxml.etree._Element], float]) -> lxml.etree._Element:
    """An ancestor that out-scores the level below it has story paragraphs of its own beside
    the winner (an intro above a "read more" box): it becomes the container. Wrappers
    scoring a third of the winner or more are passed through (readability's rule)."""
    last = score.get(top, 0.0)
    floor = last * CLIMB_FLOOR
    up = top.getparent()
    while up is not None and up.tag not in ("body", "html") and last > 0:
        here = score.get(up, 0.0)
        if here < floor or density(up) >= CLIMB_LINK_DENSITY:
            break
        if here > last:
            return up
        last = here
        up = up.getparent()
    return top


def inside(block: Block, containers: set[lxml.etree._Element]) -> bool:
    return not containers.isdisjoint(ancestors(block.element))


def link_heavy(blocks: list[Block]) -> set[int]:
    """Positions of blocks that are lists of links or short all-link teasers."""
    lists: dict[lxml.etree._Element, list[int]] = defaultdict(list)
    for i, b in enumerate(blocks):
        if b.tag == "li" and (parent := b.element.getparent()) is not None:
            lists[parent].append(i)
    heavy: set[int] = set()
    for members in lists.values():
        text = sum(len(blocks[i].text) for i in members)
        links = sum(blocks[i].link_chars for i in members)
        if text and links / text > LIST_LINK_DENSITY:
            heavy.update(members)
    for i, b in enumerate(blocks):
        if b.link_density >= BLOCK_LINK_DENSITY and len(b.text.split()) <= BLOCK_LINK_MAX_WORDS:
            heavy.add(i)
    return heavy
