"""Page furniture that only its place on the page gives away.

A drop rule sees one line; these lines read like something else out of context:

- a **stamp line** ("October 4, 2017 at 11:40 am") is the dateline when it stands under the
  title, so no rule may drop it before the dateline reader has looked; one still in the body
  afterwards is a comment's or a teaser's time;
- a **comment** is a reader's sentence: it is told from story only by the thread furniture
  around it (a "jo_r says:" header above, a "Reply" button or the comment form below);
- a **poll** is a question followed by its answers, short lines no story prints that way.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..doc import Doc
from ..fields.dates import STAMP
from ..segment import Paragraph, in_introduced_list
from .classifier import Verdict
from .features import Features, ends_like_sentence

STAMP_MAX_WORDS = 20  # a stamp and its "Updated ..." stamp


def mark_stamp_lines(feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """A date (and time) alone on a line that the dateline reader did not take."""
    for k, f in enumerate(feats):
        if verdicts[k].cls != "bad" and f.words <= STAMP_MAX_WORDS and STAMP.match(f.p.key):
            verdicts[k] = Verdict("bad", "stamp", 1.0)


COMMENT_MAX_RUN = 4  # reader comments between two pieces of thread furniture; more is story
# Rules whose removals are a comment thread's furniture.
_THREAD_RULES = ("comment-thread", "comment-form", "comment-prompt")  # not a count: "87 comments" heads pages too
_COUNT_RULES = ("comment-count",)  # ... but a count over a comment that its buttons close opens the thread


def _thread(doc: Doc, index: int) -> bool:
    r = doc.removed.get(index)
    return r is not None and r.rule.endswith(_THREAD_RULES)


def _positions(paragraphs: Sequence[Paragraph]) -> dict[int, int]:
    """Where each paragraph still in the body sits in the list the verdicts follow, by page index."""
    return {p.index: k for k, p in enumerate(paragraphs)}


def mark_comments(doc: Doc, paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    """Paragraphs under a comment thread's furniture, up to the next piece of it or a rule's
    removal or the page's end: the readers' comments. Only in the page's second half, where
    threads are printed; a "Join the conversation" link above a story heads nothing."""
    by_index = _positions(paragraphs)
    total = len(doc.paragraphs)
    i = total // 2
    while i < total:
        if not _thread(doc, i):
            i += 1
            continue
        run: list[int] = []
        j = i + 1
        while j < total and j in by_index:  # the paragraphs still in the body (a comment's stamp among them)
            run.append(by_index[j])
            j += 1
        comments = [k for k in run if verdicts[k].cls != "bad"]  # a comment's stamp, already marked, is no comment
        if comments and len(comments) <= COMMENT_MAX_RUN and (j == total or j in doc.removed):
            for k in comments:
                verdicts[k] = Verdict("bad", "comment", float(len(comments)))
        _mark_above(doc, by_index, i, verdicts)
        i = max(i + 1, j)


def _mark_above(doc: Doc, by_index: dict[int, int], i: int, verdicts: list[Verdict]) -> None:
    """A comment printed over its buttons ("Like · Reply · 3h"), the thread's count or another
    comment's furniture right above it: the lines between the two are the reader's."""
    run: list[int] = []
    j = i - 1
    while j >= len(doc.paragraphs) // 2 and j in by_index:
        run.append(by_index[j])
        j -= 1
    above = doc.removed.get(j)
    if not run or len(run) > COMMENT_MAX_RUN or above is None or not (_thread(doc, j) or above.rule.endswith(_COUNT_RULES)):
        return
    for k in run:
        if verdicts[k].cls != "bad":
            verdicts[k] = Verdict("bad", "comment", float(len(run)))


POLL_MIN_ANSWERS = 2
POLL_MAX_ANSWERS = 6
POLL_ANSWER_MAX_WORDS = 6
POLL_BARE_ANSWER_MAX_WORDS = 4  # with no vote button under them, answers must be this short
YES_NO_ANSWER_MAX_WORDS = 12  # an answer opening "Yes"/"No" may say why: "No - far too much for an unknown"
_VOTE_BUTTON = regex.compile(r"^(?:Vote|VOTE|Submit|SUBMIT|View Results|See Results|Results)(?:\s+(?:Vote|View Results|See Results|Results))*\W{0,3}$"
                            r"|^Vote to (?:see|view) (?:the )?results\W{0,3}$")
QUESTION_MAX_WORDS = 25
_YES_NO = regex.compile(r"^(?:Yes|No|Maybe|Not sure|Don['’]t know|Undecided)\b")


def _answer_length(f: Features) -> bool:
    return f.words <= POLL_ANSWER_MAX_WORDS or f.words <= YES_NO_ANSWER_MAX_WORDS and _YES_NO.match(f.p.key) is not None


def mark_polls(doc: Doc, feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """A question, two to six short answers without a full stop, perhaps a vote button (a rule may
    have taken it already): a poll."""
    n = len(feats)
    for k, f in enumerate(feats):
        if verdicts[k].cls == "bad" or not f.p.key.endswith("?") or f.words > QUESTION_MAX_WORDS:
            continue
        # answers that open "Yes"/"No" may say why, and so may the answers among them ("Only if ...")
        opens_yes_no = k + 1 < n and _YES_NO.match(feats[k + 1].p.key) is not None
        j = k + 1
        while j < n and j - k - 1 < POLL_MAX_ANSWERS and (_answer_length(feats[j]) or opens_yes_no and
                                                          feats[j].words <= YES_NO_ANSWER_MAX_WORDS) \
                and (not feats[j].terminal or opens_yes_no and feats[j].p.key.endswith("!")) \
                and not _VOTE_BUTTON.match(feats[j].p.key) \
                and feats[j].p.index == feats[j - 1].p.index + 1:  # answers are printed together
            j += 1
        answers = range(k + 1, j)
        printed = j < n and _VOTE_BUTTON.match(feats[j].p.key) is not None
        ruled = doc.removed.get(feats[j - 1].p.index + 1)  # a rule may have taken the button already
        button = printed or ruled is not None and _VOTE_BUTTON.match(ruled.text) is not None
        if len(answers) < POLL_MIN_ANSWERS:
            continue
        said = [a for a in answers if _YES_NO.match(feats[a].p.key)]  # "Yes, we need the energy" / "No, ..."
        yes_no = len(said) == len(answers) or opens_yes_no and len(said) >= POLL_MIN_ANSWERS
        if yes_no and not button:
            answers = range(k + 1, said[-1] + 1)  # the last "Yes"/"No" closes them: a heading may follow
        elif not button and (j < n and not feats[j].terminal and feats[j].words <= POLL_ANSWER_MAX_WORDS
                             or any(feats[a].words > POLL_BARE_ANSWER_MAX_WORDS for a in answers)):
            continue  # a longer run of short lines is a list, not a poll's answers
        for a in [k, *answers, *([j] if printed else [])]:
            verdicts[a] = Verdict("bad", "poll", float(len(answers)))


_POLL_RULES = ("vote-widget",)  # rules whose removals are a poll's question


def mark_poll_questions(doc: Doc, paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    """A question right over a poll a rule took whole ("In town Out of town Online Vote View results"):
    the poll's own question, however much it reads like the story asking."""
    for k, p in enumerate(paragraphs):
        below = doc.removed.get(p.index + 1)
        if below is not None and below.rule.endswith(_POLL_RULES) and verdicts[k].cls != "bad" \
                and p.key.endswith("?") and len(p.key.split()) <= QUESTION_MAX_WORDS:
            verdicts[k] = Verdict("bad", "poll", 1.0)


def mark_poll_answers(doc: Doc, paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    """A poll whose question and button the rules already took ("POLL: Who should start?" ...
    "Vote"): the short lines left between them are its answers. A question a poll rule named
    needs no button when its answers are not sentences."""
    by_index = _positions(paragraphs)
    for i, removal in doc.removed.items():
        named = removal.rule.endswith(_POLL_RULES)
        asks = removal.text.endswith("?") or named and "? " in removal.text  # "Who was your player? Vote now"
        if not (asks and len(removal.text.split()) <= QUESTION_MAX_WORDS):
            continue
        j = i + 1
        while j in by_index and len(paragraphs[by_index[j]].key.split()) <= POLL_ANSWER_MAX_WORDS:
            j += 1
        answers = [by_index[a] for a in range(i + 1, j)]
        if not POLL_MIN_ANSWERS <= len(answers) <= POLL_MAX_ANSWERS:
            continue
        end = doc.removed.get(j)
        button = end is not None and _VOTE_BUTTON.match(end.text) is not None
        # a question a poll rule named ("POLL: ...?") needs no button under answers that are not sentences
        if button or named and not any(ends_like_sentence(paragraphs[a].key) for a in answers):
            for a in answers:
                verdicts[a] = Verdict("bad", "poll", float(len(answers)))


TAG_MAX_WORDS = 4
TAGS_MAX = 12
# A topics box's heading: "Topics", "Tags:", "Related Health Topics", "More Health News on:"
_TAG_HEADING = regex.compile(r"^(?:Topics|TOPICS|Tags|TAGS|Related(?: \p{Lu}\p{Ll}+)? Topics|More (?:\p{Lu}\p{Ll}+ ){1,3}on"
                             r"|Filed [Uu]nder|Keywords|Categories|(?:Read )?[Mm]ore (?:about|on))\s*:?$")
_TAG = regex.compile(r"^[\p{L}\d][\p{L}\d&'’ -]*$")  # ("tunnel boring machine": some sites keep a tag's case)
END_TAGS_MIN = 2


def mark_tag_runs(doc: Doc, paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    """The topic tags under a topics heading, a tag a line ("Water", "Drought"): short
    capitalised lines without a stop, up to the next line that is not one."""
    by_index = _positions(paragraphs)
    for p in doc.paragraphs:
        removal = doc.removed.get(p.index)
        if not _TAG_HEADING.match(removal.text if removal else p.key):
            continue
        tags: list[int] = []
        j = p.index + 1
        while j < len(doc.paragraphs) and len(tags) < TAGS_MAX:
            line = doc.paragraphs[j].key  # a tag a rule took ("NHS" as a credit) still counts as one
            if len(line.split()) > TAG_MAX_WORDS or not _TAG.match(line):
                break
            if j in by_index:
                tags.append(by_index[j])
            j += 1
        if not tags:
            continue
        if p.index in by_index:
            verdicts[by_index[p.index]] = Verdict("bad", "tag-heading", float(len(tags)))
        for k in tags:
            verdicts[k] = Verdict("bad", "tag", float(len(tags)))


def mark_end_tags(paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    """Topic tags with no heading over them, closing the page ("Dublin City Council" / "Cycling" /
    "Transport"): two or more short lines without a stop after the story's last sentence. A story
    ends on a sentence; a list of its own is introduced by a line ending with ':' (kept)."""
    run: list[int] = []
    for k in range(len(paragraphs) - 1, -1, -1):
        if verdicts[k].cls == "bad":
            continue
        key = paragraphs[k].key
        if len(key.split()) > TAG_MAX_WORDS or not _TAG.match(key) or len(run) == TAGS_MAX:
            break
        run.append(k)
    if len(run) < END_TAGS_MIN:
        return
    first = run[-1]
    story = [paragraphs[k] for k in range(first) if verdicts[k].cls != "bad"]
    if story and ends_like_sentence(story[-1].key) and not in_introduced_list(story):
        for k in run:
            verdicts[k] = Verdict("bad", "tag", float(len(run)))


BOX_TITLE_MAX_WORDS = 12
_BOX_RULES = ("shopping-box",)  # rules whose removals are a buying box's price lines and buttons


def mark_box_titles(doc: Doc, feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """The product's name over its prices ("Example Swift 2 Cordless Vacuum" / "$169.99 at Example
    Mart"), and an offer's terms over its button: short lines with no stop, right above a line
    the shopping-box rule removed."""
    for k, f in enumerate(feats):
        if verdicts[k].cls == "bad" or f.words > BOX_TITLE_MAX_WORDS or f.terminal or f.p.key.endswith(":"):
            continue
        below = doc.removed.get(f.p.index + 1)
        if below is not None and below.rule.endswith(_BOX_RULES):
            verdicts[k] = Verdict("bad", "box-title", float(f.words))
