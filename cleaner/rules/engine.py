"""Apply paragraph- and block-level rules to a page, recording the rule behind each removal.

Order of application (documented in the README):
``replace`` -> ``drop`` -> (fields at the top of the page) -> ``cut_before`` / ``cut_after`` /
``drop_between`` -> ``dedupe``. Within a kind, rules run in chain order: generic first,
then what the outlet extends, then the outlet's own.
"""

from __future__ import annotations

from ..doc import Doc
from ..normalise import normalise_paragraph
from ..record import Removal
from ..segment import Paragraph, fold, in_introduced_list
from .model import Rule, RuleSet


def apply_replace(doc: Doc, rules: RuleSet) -> None:
    """Cut spans out of paragraphs (e.g. a trailing "Full Article"); emptied paragraphs go.

    Paragraph by paragraph, rules in chain order: the same result as rule by rule, since a
    rule only reads the paragraph it rewrites, and one screen per paragraph skips the rules
    on the many paragraphs none of them can touch.
    """
    alive = doc.alive()
    candidates = rules.candidates(("replace",), [p.text for p in alive])
    for i, p in enumerate(alive):
        for rule, lines in candidates:
            if (lines is None or i in lines) and _replace_in(doc, rule, p):
                break  # the paragraph is gone


def _replace_in(doc: Doc, rule: Rule, p: Paragraph) -> bool:
    """Apply one replace rule to one paragraph; True when that emptied (removed) it."""
    if rule.qid in doc.skipped:
        return False
    repl = rule.opt("with")
    for rx in rule.patterns:
        try:
            new, n = rx.subn(lambda m: repl, p.text, timeout=doc.regex_timeout)
        except TimeoutError:
            doc.timed_out(rule.qid, p.index)
            if rule.qid in doc.skipped:
                return False
            continue
        if not n:
            continue
        new = normalise_paragraph(new)
        doc.spans.append(_span(doc, p.index, p.text, new, rule.qid))
        if not new:
            doc.remove(p, rule.qid)
            return True
        p.set_text(new)
    return False


def _span(doc: Doc, index: int, old: str, new: str, qid: str) -> Removal:
    # Report what disappeared: the longest common prefix/suffix trimmed off the old text.
    i = 0
    while i < min(len(old), len(new)) and old[i] == new[i]:
        i += 1
    j = 0
    while j < min(len(old), len(new)) - i and old[-1 - j] == new[-1 - j]:
        j += 1
    return Removal(index=index, text=old[i:len(old) - j].strip() or old, rule=qid, kind="span")


def apply_drop(doc: Doc, rules: RuleSet) -> None:
    """Remove paragraphs a drop rule matches; the first rule in chain order is the reason."""
    alive = doc.alive()
    candidates = rules.pattern_candidates(("drop",), [p.key for p in alive])
    if not candidates:
        return
    kept: list[Paragraph] = []  # what this pass kept so far (a dropped ad inside a list is no break)
    for i, p in enumerate(alive):
        words = p.key.count(" ") + 1
        for rule, screened in candidates:
            max_words = rule.opt("max_words")
            if max_words and words > max_words or i == 0 and rule.opt("spare_title"):
                continue
            if any(doc.search(rule.patterns[j], p.key, rule.qid, p.index)
                   for j, lines in screened.items() if lines is None or i in lines):
                if rule.opt("keep_introduced") and in_introduced_list(kept):
                    continue  # an item of the story's own list: other rules may still judge it
                doc.remove(p, rule.qid)
                break
        else:
            kept.append(p)


def apply_blocks(doc: Doc, rules: RuleSet) -> None:
    """Cut everything before/after a marker, and drop blocks between two markers.

    Markers are looked for in every paragraph not claimed by a field, including ones a
    ``drop`` rule already removed: "Comments (0)" is both a dropped label and the end of
    the story. Only paragraphs still alive are removed by the cut. Block rules never claim
    a paragraph for a field, so the marker list is the same for every rule: built once.
    """
    blocks = rules.of_kind("cut_after", "cut_before", "drop_between")
    if not blocks:
        return
    markers = [p for p in doc.paragraphs if not doc.removed.get(p.index, _ALIVE).rule.startswith("field:")]
    # Paragraphs no block pattern can match are skipped by every marker search.
    hits = rules.screen("cut_after", "cut_before", "drop_between").candidate_lines([p.key for p in markers])
    candidates = [k in hits for k in range(len(markers))]
    for rule in blocks:
        if rule.kind == "cut_before":
            _cut_before(doc, rule, markers, candidates)
        elif rule.kind == "cut_after":
            _cut_after(doc, rule, markers, candidates)
        else:
            _drop_between(doc, rule, markers, candidates)


_ALIVE = Removal(index=-1, text="", rule="")


def _first_marker(doc: Doc, rule: Rule, paragraphs: list[Paragraph], candidates: list[bool] | None,
                  start: int = 0, patterns: tuple | None = None) -> int | None:
    """Position in ``paragraphs`` of the first one at or after ``start`` matching the rule."""
    for pos in range(start, len(paragraphs)):
        if candidates is not None and not candidates[pos]:
            continue
        if rule.qid in doc.skipped:
            return None
        p = paragraphs[pos]
        if doc.any_match(patterns or rule.patterns, p.key, rule.qid, p.index):
            return pos
    return None


def _remove_range(doc: Doc, rule: Rule, first: int, last: int) -> None:
    """Remove alive paragraphs whose page index is in [first, last]."""
    for p in doc.paragraphs[first:last + 1]:
        if p.index not in doc.removed:
            doc.remove(p, rule.qid)


def _cut_before(doc: Doc, rule: Rule, markers: list[Paragraph], candidates: list[bool] | None) -> None:
    pos = _first_marker(doc, rule, markers, candidates)
    if pos is not None:
        marker = markers[pos].index
        _remove_range(doc, rule, 0, marker - 1 if rule.opt("keep_marker") else marker)


def _cut_after(doc: Doc, rule: Rule, markers: list[Paragraph], candidates: list[bool] | None) -> None:
    first = next((k for k, p in enumerate(markers) if p.index >= rule.opt("min_position")), len(markers))
    pos = _first_marker(doc, rule, markers, candidates, start=first)
    if pos is not None:
        marker = markers[pos].index
        _remove_range(doc, rule, marker + 1 if rule.opt("keep_marker") else marker, len(doc.paragraphs))


def _drop_between(doc: Doc, rule: Rule, markers: list[Paragraph], candidates: list[bool] | None) -> None:
    pos = 0
    while (begin := _first_marker(doc, rule, markers, candidates, start=pos)) is not None:
        last = len(doc.paragraphs) - 1
        end_pos = len(markers) - 1
        if rule.end:
            end_pos = _first_marker(doc, rule, markers, candidates, start=begin + 1, patterns=rule.end)
            if end_pos is None:
                return  # an unclosed block removes nothing: safer than eating the story
            last = markers[end_pos].index - (1 if rule.opt("keep_end") else 0)
        _remove_range(doc, rule, markers[begin].index, last)
        pos = end_pos + 1


def apply_dedupe(doc: Doc, rules: RuleSet) -> None:
    """Drop repeated paragraphs: a caption printed twice, a title printed again.

    A repeat is judged against the page as printed, so a caption printed twice is caught
    even when a ``drop`` rule already took its first copy (the one with the credit).
    Paragraphs claimed by fields are not part of the comparison.
    """
    for rule in rules.of_kind("dedupe"):
        seen: set[str] = set()
        previous: str | None = None
        for p in doc.paragraphs:
            removed = doc.removed.get(p.index)
            if removed is not None and removed.rule.startswith("field:"):
                continue
            folded = fold(p.key)
            words = len(folded.split())
            repeat = folded in seen if rule.opt("scope") == "page" else folded == previous
            if not repeat and rule.opt("prefix") and previous and previous.startswith(folded):
                repeat = True
            if repeat and removed is None and words >= rule.opt("min_words"):
                doc.remove(p, rule.qid)
                continue
            seen.add(folded)
            previous = folded
