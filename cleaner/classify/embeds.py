"""Lines of an embedded post that the rules only see the end of.

A tweet pasted into a page ends on its attribution ("... — Name (@handle) Month D, YYYY"),
which a rule removes; a tweet of several lines leaves the lines above it ("Dear Sam," /
"It is the small things." / "(Thread) — Ann Lee (@annlee) ..."). When
the attribution line carries only a few words of its own, the post began above it: the
short lines right over it are the post's, up to the story's own paragraph (prose long and
dense enough to be judged story on its own), the line that
introduces the post ("... in a series of tweets", "She wrote:"), or a removed paragraph.
A longer run of short lines may hold a transcript or a short line of the story's, and stays.
Whatever the attribution's length, a line right over it that opens on a hashtag or carries
two is the post's opening.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..doc import Doc
from .classifier import Verdict
from .features import Features

HEAD_MAX_WORDS = 8  # the attribution line's own text: a post's last words, its start above
LINE_MAX_WORDS = 15  # a line of a post; the story's paragraphs run longer
MAX_LINES = 2  # more short lines than this above a post may hold the story's own (a transcript, a short intro)
_ATTRIBUTION = regex.compile(r"\s[—–-]\s")  # "WAIT WHAT? — Ann Lee (@annlee) ..."
# What makes a removed line a post's attribution: "(@handle)" or a link to the post. A removed
# hashtag line, an "Embedded video" label or a card's "Name @handle" header (which opens a
# post) claims nothing above it.
_POST_MARK = regex.compile(r"\(@\w+\)|twitter\.com/")
_INTRO = regex.compile(r":[\"'”’]?$|\btweet|\bwrote\b|\bposted\b", regex.IGNORECASE)
# A line opening with a hashtag or carrying two is a post's own ("#breaking Crews are ... #fire"),
# however long: the story's prose names a hashtag now and then, but hardly opens on one.
_HASHTAGGED = regex.compile(r"^#\p{L}|#\p{L}[\p{L}\d_]*\b.*\s#\p{L}")
INTRODUCED_MAX_LINES = 4  # a post's lines under a paragraph telling where it was posted ("took to Twitter")
_POSTED_ON = regex.compile(r"\b(?:took to|on|posted to|wrote on) (?:Twitter|Instagram|Facebook|X)\b|\btweet(?:ed|s)?\b")


def mark_post_lines(doc: Doc, feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """Mark as ``post-line`` the short lines over a removed post whose attribution line is short."""
    attributions = [index for index, removal in doc.removed.items()
                    if "tweet" in removal.rule and removal.kind == "paragraph"
                    and _POST_MARK.search(doc.paragraphs[index].key)]
    if not attributions:  # most pages: no position map to build
        return
    at = {f.p.index: k for k, f in enumerate(feats)}
    posts: list[int] = []
    for index in attributions:
        if index - 1 in at and _HASHTAGGED.search(feats[at[index - 1]].p.key):
            verdicts[at[index - 1]] = Verdict("bad", "post-line", 1.0)  # the post's opening, in its hashtags
        elif len(_ATTRIBUTION.split(doc.paragraphs[index].key, maxsplit=1)[0].split()) <= HEAD_MAX_WORDS:
            posts.append(index)
    for index in posts:
        run: list[int] = []
        i = index - 1
        while i in at and len(run) <= INTRODUCED_MAX_LINES:
            k = at[i]
            f = feats[k]
            if verdicts[k].cls in ("bad", "good") or f.words > LINE_MAX_WORDS or _INTRO.search(f.p.key):
                break
            run.append(k)
            i -= 1
        # more lines are the post's when the story's paragraph over them says where it was posted
        introduced = i in at and feats[at[i]].words > LINE_MAX_WORDS and _POSTED_ON.search(feats[at[i]].p.key)
        if len(run) > (INTRODUCED_MAX_LINES if introduced else MAX_LINES):
            continue
        for k in run:
            verdicts[k] = Verdict("bad", "post-line", float(len(run)))


# An Instagram embed pasted as text is framed: "View this post on Instagram" over the post's own
# words, "A post shared by Name (@handle) on <date>" under them. Both frame lines go to rules; what
# they enclose is the post, however long or well punctuated.
_FRAME_TOP = regex.compile(r"^View this (?:post|photo|video) on Instagram$", regex.IGNORECASE)
_FRAME_BOTTOM = regex.compile(r"^A (?:post|photo|video) shared by\b", regex.IGNORECASE)
FRAMED_MAX_LINES = 4


def mark_framed_posts(doc: Doc, feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """Mark as ``post-line`` the lines between a removed embed's top and bottom frame lines."""
    bottoms = [index for index, removal in doc.removed.items() if _FRAME_BOTTOM.match(removal.text)]
    if not bottoms:
        return
    at = {f.p.index: k for k, f in enumerate(feats)}
    for index in bottoms:
        i = index - 1
        while i in at and index - i <= FRAMED_MAX_LINES:
            i -= 1
        top = doc.removed.get(i)
        if i < index - 1 and top is not None and _FRAME_TOP.match(top.text):
            for j in range(i + 1, index):
                verdicts[at[j]] = Verdict("bad", "post-line", float(index - i - 1))

