"""Labelled photo captions printed among the story ("Gun drama: With Pippa in the front
seat, ..."), as some tabloids print every caption: a short label, a colon, a description.

One such line could be a story's own device, so the signal is the page: several lines
opening with *different* short labels. A transcript or an interview repeats the same few
labels ("Keilar: ...", "Cohen: ...", "Q: ..."), and a list repeats one ("astrophotographer:
..."): neither has distinct labels, and both stay.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ..segment import Paragraph
from .classifier import Verdict

# A description, not a quote ("On lard: “Just in case ...”" is a quote list, story).
LABEL = regex.compile(r"^(?P<label>\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}): (?=\p{Lu})")
# Captions are printed without a full stop, or say what the picture shows.
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)]*$")
_PICTURE = regex.compile(r"\b(?:pictured|left|right|centre|center|above|below|poses|posing|photographed|"
                         r"in this (?:photo|picture|image))\b", regex.IGNORECASE)
MIN_CAPTIONS = 3  # labelled lines on a page before they count as captions
DISTINCT_SHARE = 0.8  # share of those lines whose label is used once on the page
MIN_WORDS = 6  # the description after the label is a sentence, not a word


def mark_labelled_captions(paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    labelled: list[tuple[int, str, bool]] = []  # position, label, printed like a caption
    for k, p in enumerate(paragraphs):
        m = LABEL.match(p.key)
        if m is None or len(p.key.split()) < MIN_WORDS:
            continue
        label = m.group("label")
        if label.isupper():
            continue  # "TRUMP: ..." is a transcript's speaker
        caption_like = not _SENTENCE_END.search(p.key) or _PICTURE.search(p.key) is not None
        labelled.append((k, label.casefold(), caption_like))
    uses = Counter(label for _, label, _ in labelled)
    captions = [k for k, label, caption_like in labelled if caption_like and uses[label] == 1]
    if len(captions) < MIN_CAPTIONS or len(captions) / len(labelled) < DISTINCT_SHARE:
        return
    for k in captions:
        verdicts[k] = Verdict("bad", "labelled-caption", round(len(captions) / len(labelled), 3))
