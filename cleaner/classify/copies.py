"""Text printed more than once on a page: captions over the paragraph they repeat, a caption
scraped twice with its picture's alt text, a caption fused onto the lede, a running header.

Story does not repeat itself word for word; pages do, because a picture's caption quotes
the text beside it, a gallery prints each caption twice, and a scanned document prints its
banner on every sheet. Which copy goes is the point of each check: the one carrying the
extra words (a credit, a date, a caption), never the story's own plain copy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ..segment import Paragraph, is_doubled
from .classifier import Verdict
from .stoplists import tokens

DUP_MIN_CORE = 10  # a repeat must share at least this many words in a row with its neighbour
DUP_CORE_SHARE = 0.6  # ... and they must be at least this share of the repeat's words
DUP_MAX_LEAD = 8  # words a repeat may carry in front of the shared run ("Photo: X/Y ...")
# A plain prefix of its neighbour is a scrape stutter and stays (gold keeps those as printed);
# a copy with a lead-in is a caption printed over the text it repeats.
DUP_MIN_LEAD = 1
DUP_LEAD_CAPITALS = 0.6  # ... a credit-like lead-in: mostly capitalised words ("Photo: Jane Doe/AP")
DUP_WINDOW = 2  # neighbours looked at on each side


def mark_duplicates(paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    """A paragraph whose words (after a short lead-in) are repeated inside a longer neighbour."""
    if paragraphs and paragraphs[0].tag:
        return  # HTML: captions sit in their own (dropped) elements; a repeated block is printed twice on purpose
    toks = [tokens(p.key) for p in paragraphs]
    sizes = [len(t) for t in toks]
    spelled: dict[int, str] = {}  # " w1 w2 ... " of a neighbour, built when first compared

    def spell(j: int) -> str:
        if j not in spelled:
            spelled[j] = " " + " ".join(toks[j]) + " "
        return spelled[j]

    for i, p in enumerate(paragraphs):
        if verdicts[i].cls == "bad" or sizes[i] < DUP_MIN_CORE:
            continue
        # Every core the search tries ends with the paragraph's last DUP_MIN_CORE words: a
        # neighbour without them repeats nothing (one substring test; most pairs stop here).
        tail = " " + " ".join(toks[i][-DUP_MIN_CORE:]) + " "
        for j in range(max(0, i - DUP_WINDOW), min(len(paragraphs), i + DUP_WINDOW + 1)):
            if j == i or sizes[j] < sizes[i]:
                continue
            same = toks[i] == toks[j]
            if same and j > i:
                continue  # of two equal paragraphs the later one is the repeat
            if not same and (sizes[j] == sizes[i] or tail not in spell(j)):
                continue
            share = 1.0 if same else _shared_run(toks[i], spell(j), p.key)
            if share:
                verdicts[i] = Verdict("bad", "duplicate", round(share, 3))
                break


def mark_doubled(paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    """A paragraph that is one text printed twice in a row is a caption scraped with its
    picture's alt text, or a video's summary with its player's; story paragraphs are not
    doubled within themselves."""
    for i, p in enumerate(paragraphs):
        if verdicts[i].cls != "bad" and is_doubled(p.key):
            verdicts[i] = Verdict("bad", "doubled", 1.0)


CONTAINED_MIN_WORDS = 12  # a story paragraph this long printed whole inside a longer one above it
_QUOTES = "\"'“”‘’«» "
_WHOLE_QUOTE = regex.compile(r"""^["“‘«][^"“”«»]+[.!?,]?["”’»]$""")  # a paragraph that is one quotation and nothing else


def mark_containers(paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    """A paragraph that holds a later paragraph whole, with more words around it, is that
    paragraph with a caption or a date fused on ("A woman waves a flag. <lede>"): the later,
    plain copy is the story's own. Story does not repeat a whole paragraph of itself inside
    an earlier one, so the copy above goes however far apart the two stand. When the later
    copy is a whole quotation, it is the pull quote and the sentence holding it is story."""
    if paragraphs and paragraphs[0].tag:
        return  # HTML: a block is its own element; a longer one holding it is a teaser or summary, judged elsewhere
    keys = [p.key for p in paragraphs]
    sizes = [k.count(" ") + 1 for k in keys]
    for j in range(1, len(paragraphs)):
        if sizes[j] < CONTAINED_MIN_WORDS or verdicts[j].cls == "bad":
            continue
        core = keys[j].strip(_QUOTES).rstrip(".!?,;:").rstrip(_QUOTES)  # a quote loses its marks when pulled out
        for i in range(j):
            if sizes[i] > sizes[j] and verdicts[i].cls != "bad" and core in keys[i]:
                if _WHOLE_QUOTE.match(keys[j]) and keys[i].find(core) > 0:
                    # a pull quote: the sentence above quotes it, with its speaker, or a magazine set the
                    # writer's own words in quotation marks to pull them out; the sentence is the story's.
                    # (Opening the longer line, the words are the pull quote there, its speaker run on.)
                    verdicts[j] = Verdict("bad", "pull-quote", round(sizes[j] / sizes[i], 3))
                    break
                verdicts[i] = Verdict("bad", "container", round(sizes[j] / sizes[i], 3))


_QUOTE_SENTENCE = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})")
PULLED_MIN_WORDS = 4  # a pull quote's words, each of its sentences found in the paragraph it was pulled from
PULLED_WINDOW = 20  # paragraphs looked at on each side: a pull quote stands near its source


def mark_pulled_quotes(paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    """A quotation printed alone whose sentences all stand in one longer paragraph near it, above
    or below, with words between them left out ("“The young ones come for one summer. Then they go
    to the warehouses.”" out of "... one summer," he says. "The heat, the flies. Then they go to the
    warehouses ...") or not ("“It's not lonely. It's quiet.”"): a pull quote. A story does not
    print a quotation alone and again inside a paragraph beside it."""
    keys = [p.key for p in paragraphs]
    for j, key in enumerate(keys):
        if verdicts[j].cls == "bad" or not _WHOLE_QUOTE.match(key):
            continue
        parts = [part.strip(_QUOTES).rstrip(".!?,;:").rstrip(_QUOTES) for part in _QUOTE_SENTENCE.split(key.strip(_QUOTES))]
        if sum(len(part.split()) for part in parts) < PULLED_MIN_WORDS or any(len(part.split()) < 2 for part in parts):
            continue
        near = range(max(0, j - PULLED_WINDOW), min(len(keys), j + PULLED_WINDOW + 1))
        if any(i != j and len(keys[i]) > len(key) and verdicts[i].cls != "bad" and all(part in keys[i] for part in parts)
               for i in near):
            verdicts[j] = Verdict("bad", "pull-quote", float(len(parts)))


def _shared_run(words: Sequence[str], other: str, printed: str) -> float:
    """Share of ``words`` repeated in ``other`` after a credit-like lead-in; 0 if none."""
    if " " + " ".join(words) + " " in other:
        return 0.0  # repeated whole, lead-in and all: a scrape stutter, kept as printed
    for lead in range(DUP_MIN_LEAD, min(DUP_MAX_LEAD, len(words) - DUP_MIN_CORE) + 1):
        core = words[lead:]
        if len(core) < max(DUP_MIN_CORE, DUP_CORE_SHARE * len(words)):
            break
        if " " + " ".join(core) + " " in other:
            head = printed.split()[:lead]
            capitals = sum(1 for w in head if w[:1].isupper()) / max(1, len(head))
            return len(core) / len(words) if capitals >= DUP_LEAD_CAPITALS else 0.0
    return 0.0


RUNNING_MIN_COPIES = 3  # a short line printed this often on one page is a running header or a widget label
RUNNING_MAX_WORDS = 12
# A transcript's own repeated lines: "(APPLAUSE)", "[CROSSTALK]", and a speaker's name over what they
# said ("MAUREEN OKAFOR:", "Q:", "Jo Roe:"), which a widget label does not end on.
_STAGE_DIRECTION = regex.compile(r"^[(\[].*[)\]]$|^\p{Lu}[\p{L}.'’ -]{0,40}:$")


def mark_running_lines(paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    """A short line printed three times or more on one page ("PROPERTY OF THE HOUSE" on every
    sheet of a scanned memo, "Story continues below advertisement", "Top of Page"): story says
    a thing once. Twice is not enough: a letter prints its date in the letterhead and again
    above the signature."""
    counts = Counter(p.key for p in paragraphs if len(p.key.split()) <= RUNNING_MAX_WORDS)
    for i, p in enumerate(paragraphs):
        if counts.get(p.key, 0) >= RUNNING_MIN_COPIES and verdicts[i].cls != "bad" \
                and not _STAGE_DIRECTION.match(p.key):
            verdicts[i] = Verdict("bad", "running-line", float(counts[p.key]))
