"""Small hand-written pages for the classifier tests (our own text, not corpus text)."""

from __future__ import annotations

from cleaner.doc import Doc
from cleaner.segment import segment

# Story paragraphs: prose with plenty of function words and full stops.
STORY = [
    "The town council voted on Tuesday to close the old bridge over the river for repairs that are expected to last most of the summer.",
    "Engineers who inspected the bridge in the spring found that several of the steel beams under the road had rusted badly.",
    "The mayor said that drivers would be sent along a detour through the industrial park while the work was going on.",
    "Shop owners on the east bank of the river said they were worried that fewer customers would come to them during the closure.",
    "The council has promised to put up signs on the main road so that visitors can still find their way to the shops.",
]


def page(*lines: str) -> Doc:
    return Doc(segment("\n\n".join(lines)))


def kept(doc: Doc) -> list[str]:
    return [p.text for p in doc.alive()]
