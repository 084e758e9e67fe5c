"""Second pass: judge paragraphs by their neighbours, as jusText's ``revise_paragraph_classification``.

A short line between story paragraphs is story (a subhead, "All the while, police looked
on calmly."); a run of title-like lines at the end of the page, or under a "Related" /
"Latest ..." / "Most ..." heading, is a list of other stories; a title-like line dropped
between story paragraphs whose words the story never uses is a link to another story; text
printed more than once on the page is ``copies.py``'s business.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

import regex

from ..doc import Doc
from ..fields.headline import is_section_kicker
from ..fields.names import is_bare_byline
from ..segment import LIST_LOOKBACK as INTRO_LOOKBACK
from ..segment import Paragraph, in_introduced_list
from .classifier import Verdict
from .features import Features

INLINE_MIN_WORDS = 6  # shorter title-like lines between story paragraphs are subheads
INLINE_TOPIC_MAX = 0.45  # a headline whose words the story barely uses links elsewhere

HTML_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
HTML_TAIL_LINK_DENSITY = 0.5  # in HTML, tail-list items are links to other stories

TAIL_RUN_MIN = 2  # title-like lines at the end of the page that make a list
TAIL_TOPIC_MAX = 0.5  # ... unless the story talks about what they name (a list in the story)
TAIL_SINGLE_MIN_WORDS = 4  # one title-like line closing the page: a link to another story
LIST_ITEM_MAX_WORDS = 25  # a list item under a heading is a title, not prose
LIST_ITEM_MIN_WORDS = 2  # ... and a title has words to it: a lone word after the items is the story's subhead

# A heading after which the rest of the page is other stories ("Latest Canada & World News").
END_HEADING = regex.compile(
    r"^(?:Latest(?! updates| developments)|Most (?:Popular|Read|Shared|Viewed|Watched|Commented|Emailed|Recent)|"
    r"Top (?:[\p{L}&]+ ){0,3}(?:Stories|News|Headlines)|Trending|Popular (?:Stories|Now|on|in)|What's (?:Hot|Trending)|"
    r"Editor(?:s['’]?|['’]s)? (?:Picks|Choice)|You (?:May|might|may) (?:Also )?(?:Like|Enjoy)|Recommended (?:for you|Stories)|"
    r"More (?:\p{L}+ ){0,2}(?:Stories|Headlines|Reads|News)|Around the (?:Web|Nation)|From (?:Around|Across) the Web|"
    r"Les plus (?:lus|partagés|commentés)|Meistgelesen|Am meisten gelesen|Meistkommentiert|Lo más (?:leído|visto|compartido)|"
    r"(?:I )?[Pp]iù (?:letti|visti|condivisi)|(?:As )?[Mm]ais (?:lidas|vistas|lidos)|Meest (?:gelezen|bekeken)|"
    r"Последние новости|Самое (?:читаемое|популярное)|Читайте также|Популярное)\b[^.!?]{0,50}$",
    regex.IGNORECASE)
END_HEADING_MIN_SHARE = 0.5  # such headings count only in the second half of the page
# A heading over a short list of links, with story possibly after it ("RELATED:", "More from X:").
LIST_HEADING = regex.compile(
    r"^(?!(?-i:UP NEXT)$)(?:Related(?: \p{L}+){0,2}|More (?:from|on|about|in) [^.!?]{1,40}|More(?: \p{L}+)?|Also(?: on \p{L}+)?|"
    r"Read more|Read More|See also|Also read|Read also|Keep reading|(?:What to )?Read next|Don['’]t miss|Further reading|Explore further|In other news|Other stories|Previously|Related coverage|"
    r"Recommended(?: for you| stories| reading| articles)?|"
    r"Editor['’]s (?:recommendations|picks|choice)|Sponsored(?: content| stories| links)?|Paid content|Promoted(?: stories| content)?|"
    r"From (?:our|the) partners|Partner content|Key events|Community [Cc]alendar|Upcoming [Ee]vents|Events [Cc]alendar|"
    r"Legal [Nn]otices|Public [Nn]otices|Recent [Oo]bituaries|"
    r"(?:[\p{L}-]+ ){0,3}(?:standings|league table|points table|medal table)|Trending(?: (?:on|in|at|now) [\p{L}\d&'’. -]{1,40})?|Now playing|Up next|More videos(?: from [^.!?]{1,40})?|Must (?:see|watch)|"
    r"(?:À )?[Ll]ire aussi|Sur le même sujet|Lesen Sie (?:auch|mehr)|Mehr zum Thema|Das könnte Sie auch interessieren|"
    r"Te puede interesar|Leer también|Lee también|Noticias relacionadas|Leggi anche|Articoli correlati|Leia também|Veja também|"
    r"Lees ook|Meer over dit onderwerp|Также по теме|По теме|Смотрите также)\s*:?$", regex.IGNORECASE)
HEADING_MAX_WORDS = 8
_BOX_NAMES = r"Story highlights|Key points|Key takeaways|Takeaways|Highlights|In brief|Quick read|At a glance|Key facts"
# The label of a highlights or fact box alone on its line: the short unpunctuated lines under it are
# its items, and so are its "label: fact." lines ("March 2016: Audit finds money missing.").
BOX_LABEL = regex.compile(rf"^(?:{_BOX_NAMES}|Timeline|Fast facts|Quick facts|By the numbers|Key dates|Match (?:stats|facts)|Key stats|Box score)\s*(?::|:\s[^.!?:]{{1,40}})?$",
                          regex.IGNORECASE)
# the label may abbreviate, a dash may stand for the colon: "Sept. 2016: ...", "1974 — Plant opens."
_LABELLED_ITEM = regex.compile(r"^(?:[^:.!?—–]|(?<=\b\p{Lu}\p{Ll}{1,4})\.){2,30}(?::|\s[—–])\s\S")
# A timeline titled for its subject ("THE PLANT IN LIMA: A TIMELINE") is a box when dated items follow;
# a link so worded over the story's next subhead is not.
_TITLED_TIMELINE = regex.compile(r"^[^.!?:]{2,40}:\s(?:a\s)?(?:timeline|chronology)$", regex.IGNORECASE)
# A live page's entry opens on its time ("4:15 p.m."): a box above it ends there.
_ENTRY_TIME = regex.compile(r"^\d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4})?$")
# A highlights label fused to the line above its box, after a caption's credit, with the box's
# first item ("... (Photo: Jo Roe, AP)Buy Photo Story Highlights Terminal opened in 1958."): the
# lines under it are the box's other items, as under a label alone on its line.
_FUSED_BOX_LABEL = regex.compile(r"(?:^|\)\s?|Buy Photo\s)Story [Hh]ighlights\s+\p{Lu}[^.!?]{2,150}[.!?]?$")
# The story's own practical box opens under its label: a list of other stories ends there.
_STORY_BOX = regex.compile(r"^(?:If you go|How to help|How to donate|How you can help|Getting there|Need to know|"
                           r"If you need help|Where to get help|Fact ?file|The details|If you want to go|Want to go)\s*:?$",
                           regex.IGNORECASE)


def mark_headings(paragraphs: Sequence[Paragraph], feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """Lists of other stories under a heading, and the items of a labelled highlights box; the
    heading may already be gone to a rule.

    ``paragraphs`` are all the page's paragraphs outside the fields, removed ones included,
    so a "Related:" label a rule dropped still marks the list under it.
    """
    at = {f.p.index: k for k, f in enumerate(feats)}
    total = len(paragraphs)
    for position, p in enumerate(paragraphs):
        fused = "ighlights" in p.key and _FUSED_BOX_LABEL.search(p.key) is not None  # (a substring test first: every line comes here)
        if len(p.key.split()) > HEADING_MAX_WORDS and not fused:
            continue
        if END_HEADING.match(p.key) and position >= END_HEADING_MIN_SHARE * total:
            under = [k for k, f in enumerate(feats) if f.p.index >= p.index]
            for k in under[:_story_resumes(feats, verdicts, under)]:
                verdicts[k] = Verdict("bad", "list-heading", 1.0)
            return
        box = fused or BOX_LABEL.match(p.key) is not None or (
            _TITLED_TIMELINE.match(p.key) is not None and p.index + 1 in at and _LABELLED_ITEM.match(feats[at[p.index + 1]].p.key) is not None)
        popular = END_HEADING.match(p.key) is not None
        # higher on the page a "Most Read" box is a list like any other, the story going on under it
        if box or popular or LIST_HEADING.match(p.key):
            first = next((k for k, f in enumerate(feats) if f.p.index > p.index), len(feats))
            if p.index in at:
                verdicts[at[p.index]] = Verdict("bad", "list-heading", 1.0)
            asked = False  # the list's items so far were questions: so is the next one
            # a highlights box whose items are short sentences from its first ("Key points" over three of them)
            sentence_items = _sentence_items_end(feats, first) if box else first
            for k in range(first, len(feats)):
                f = feats[k]
                question = _QUESTION.search(f.p.key) is not None
                if not LIST_ITEM_MIN_WORDS <= f.words <= LIST_ITEM_MAX_WORDS or f.p.key.endswith(":") \
                        or _ENTRY_TIME.match(f.p.key) \
                        or _STORY_BOX.match(f.p.key) or _subhead_after_items(feats, k, first) \
                        or (k > first and _NUMBERED.match(f.p.key) and not _NUMBERED.match(feats[first].p.key)) or (
                        (verdicts[k].cls == "good" or f.terminal) and not (asked and question) and not _title_cased(f)
                        and not _question_item(feats, verdicts, k) and not (box and _box_item(f, feats[first]))
                        and not (popular and _headline_sentences(feats, k, first)) and k >= sentence_items
                        and not _EVENT_ITEM.match(f.p.key)):
                    if _teaser(feats, verdicts, k):
                        verdicts[k] = Verdict("bad", "list-teaser", 1.0)
                        continue
                    break  # an item is a short line that does not end like a sentence, nor introduce what follows
                verdicts[k] = Verdict("bad", "list", 1.0)
                asked = question


SHORT_SUBHEAD_MAX_WORDS = 4  # "The agency's response" after headlines of eight words: the story's subhead
ITEM_MIN_WORDS_BEFORE_SUBHEAD = 6


def _subhead_after_items(feats: Sequence[Features], k: int, first: int) -> bool:
    """A short line after a list's longer items (two at least), over a full story paragraph: the story
    resuming under its own subhead, not one more link."""
    return k > first + 1 and feats[k].words <= SHORT_SUBHEAD_MAX_WORDS \
        and all(feats[j].words >= ITEM_MIN_WORDS_BEFORE_SUBHEAD for j in range(first, k)) \
        and k + 1 < len(feats) and feats[k + 1].words >= RESUMES_MIN_WORDS


# A calendar's entry, a sentence under its date: "Sat., Oct. 6 — Harvest supper, Grace Church, 4:30 p.m."
_EVENT_ITEM = regex.compile(r"^(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\p{L}*\.?,?\s)?"
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?\s\d{1,2}\s?[—–-]\s\p{Lu}")
POPULAR_MAX_ITEMS = 5
SENTENCE_ITEM_WORDS = (8, 20)  # a headline written as a sentence: no longer than a title
RESUMES_MIN_WORDS = 25  # ... and the story resumes under the box with a paragraph of its own length
_QUOTED = regex.compile(r"[\"“”]|(?<!\p{L})['‘]|['’](?!\p{L})")


def _headline_sentences(feats: Sequence[Features], k: int, first: int) -> bool:
    """Items of a mid-page "Most Popular" box written as sentences ("The Senate's quiet war on
    inspectors general is almost over, and the inspectors lost."): short, quoting and reporting
    no one, a few of them, and a full story paragraph right under them. A short line that
    quotes or says who said it is the story resuming ("Police said ...")."""
    return _sentence_run_end(feats, k, first) > k


def _sentence_items_end(feats: Sequence[Features], first: int) -> int:
    """Where a box's items written as sentences end, counted from its first item (``first`` if they are not)."""
    return _sentence_run_end(feats, first, first)


def _sentence_run_end(feats: Sequence[Features], k: int, first: int) -> int:
    j = k
    while j < len(feats) and j - first < POPULAR_MAX_ITEMS and feats[j].terminal \
            and SENTENCE_ITEM_WORDS[0] <= feats[j].words <= SENTENCE_ITEM_WORDS[1] \
            and not _QUOTED.search(feats[j].p.key) and not _SAID.search(feats[j].p.key):
        j += 1
    return j if j > k and j < len(feats) and feats[j].words >= RESUMES_MIN_WORDS else k


RESUME_MIN_LINES = 3  # story sentences in a row under a list of titles: the story goes on below the box


def _story_resumes(feats: Sequence[Features], verdicts: list[Verdict], under: list[int]) -> int:
    """Where the story comes back under a mid-page "Most Read" box: its items are titles, which
    do not end like sentences, and the box is over when sentences the classifier keeps follow
    them, three or more in a row ("Police said ...", "He can move.") that it has no reason to drop. A box
    whose items are sentences gives no such edge, and runs to the page's end as before."""
    items = under[1:]
    titles = 0
    while titles < len(items) and not feats[items[titles]].terminal:
        titles += 1
    if titles == 0:
        return len(under)
    rest = items[titles:]
    story = 0
    while story < len(rest) and feats[rest[story]].terminal and verdicts[rest[story]].cls != "bad":
        story += 1
    return 1 + titles if story >= RESUME_MIN_LINES else len(under)


TITLE_CASED_MIN_WORDS = 5  # words of four letters or more
TITLE_CASED_CAPITALS = 0.9  # of them capitalised: a clickbait title, even with its stop
_LONG_WORD = regex.compile(r"(?<!\S)\p{L}[\p{L}'’-]{3,}")


def _title_cased(f: Features) -> bool:
    """A promoted item written as a sentence in Title Case ("This Couple Built a Tiny Home for
    $12,000. Here's What It Looks Like Inside."): a title still, which story prose never is
    (a sentence of names and ranks keeps its "were" and "said" in lower case)."""
    words = _LONG_WORD.findall(f.p.key)
    return len(words) >= TITLE_CASED_MIN_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASED_CAPITALS * len(words)


BOX_ITEM_MAX_WORDS = 12  # a fact box's items are short, even when they end like sentences
_SAID = regex.compile(r"\b(?:said|says|told)\b")  # a reported sentence is the story's
def _box_item(f: Features, opening: Features) -> bool:
    """A fact box's item: "Label: fact." ("Medicaid: Funding ends in 2024."), or a short fact in a
    box of short facts (under labelled items, a short sentence is the story resuming)."""
    if _LABELLED_ITEM.match(f.p.key):
        return True
    return f.words <= BOX_ITEM_MAX_WORDS and not _LABELLED_ITEM.match(opening.p.key) and not _SAID.search(f.p.key)


TEASER_MAX_WORDS = 45
TEASER_SHARE = 0.6  # of the title's words the sentence under it repeats
_CONTENT_WORD = regex.compile(r"\p{L}{4,}")


def _teaser(feats: Sequence[Features], verdicts: list[Verdict], k: int) -> bool:
    """The sentence printed under a listed story's title retells that title ("Man sentenced for
    nightclub shooting" over "A man was sentenced Tuesday to 12 years for a shooting outside a
    nightclub ..."): the list's teaser, not the story resuming. Above the story's first paragraph
    (a video's "Up Next" over the lede) the sentence retelling the title is the story's own lede."""
    if k == 0 or verdicts[k - 1].reason != "list" or feats[k].words > TEASER_MAX_WORDS:
        return False
    if not any(v.cls == "good" for v in verdicts[:k - 1]):
        return False
    title = {w.casefold() for w in _CONTENT_WORD.findall(feats[k - 1].p.key)}
    said = {w.casefold() for w in _CONTENT_WORD.findall(feats[k].p.key)}
    return len(title) >= 3 and len(title & said) >= TEASER_SHARE * len(title)


def _question_item(feats: Sequence[Features], verdicts: list[Verdict], k: int) -> bool:
    """A title may ask a question; in a list it is followed by another item (perhaps asking too) or
    ends the page, where a question subhead is followed by its section."""
    if not _QUESTION.search(feats[k].p.key):
        return False
    if k == len(feats) - 1:
        return True
    after = feats[k + 1]
    if after.words > LIST_ITEM_MAX_WORDS:
        return False
    return _QUESTION.search(after.p.key) is not None or (verdicts[k + 1].cls != "good" and not after.terminal)


_STEP = regex.compile(r"^(?:Step|Part|Day|Tip|Stage|Phase|Chapter|Rule|Lesson|Reason|Question|No\.) \d{1,2}\b")  # "Step 5: ..."
_CREDITED_SENTENCE = regex.compile(r"[.!?][\"'”’]?\s*\((?P<who>[^()]{1,60})\)$")


# A subhead that is all quotation ("'Like being watched'"); a link to another story is not.
_QUOTED_SUBHEAD = regex.compile(r"^['‘\"“][^'‘’\"“”]+['’\"”]$")


def mark_inline_headlines(feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """A headline-shaped line between story paragraphs, about something the story never mentions."""
    for k in range(1, len(feats) - 1):
        f = feats[k]
        if verdicts[k].cls == "bad" or not f.title_like or f.words < INLINE_MIN_WORDS or f.terminal:
            continue
        if f.p.tag in HTML_HEADINGS or f.p.key.isupper() or _NUMBERED.match(f.p.key) or _STEP.match(f.p.key):
            continue  # the page marks it as a subhead, sets it in capitals as columns set theirs, or numbers it
        if _QUOTED_SUBHEAD.match(f.p.key):
            continue  # a subhead quoting someone in the story
        if (m := _CREDITED_SENTENCE.search(f.p.key)) and is_bare_byline(m.group("who")):
            continue  # "..., an official told CNN. (Jo Roe)": a sentence and its writer (a picture's credit names a paper)
        if not (verdicts[k - 1].cls == "good" and verdicts[k + 1].cls == "good"):
            continue  # between list items it is a list item; between prose, a link
        if f.topic_share <= INLINE_TOPIC_MAX:
            verdicts[k] = Verdict("bad", "inline-headline", round(f.topic_share, 3))


LINK_RUN_MAX = 2  # story links printed in a row above one subhead
LINK_MIN_WORDS = 3
SUBHEAD_MAX_WORDS = 15
SECTION_MIN_WORDS = 20  # the story paragraphs that close a section and open the next
SECTION_SUBHEADS_MIN = 2  # question or numbered subheads on the page
# The subheads of an explainer or a listicle: a question ("How did he die?"), a numbered item.
_SUBHEAD = regex.compile(r"^(?:\d{1,2}[.)]\s+\p{Lu}.*[^.!]|\p{Lu}[^.!]*\?)$")
_QUESTION = regex.compile(r"\?[\"”’]?$")
_INTERVIEW = regex.compile(r"^[QA]\s?:\s")  # "Q: Did you leave?" / "A: No."
_NUMBERED = regex.compile(r"^\d{1,2}[.)]\s+\p{Lu}")  # a listicle's numbered subhead: "1. Stop adding to the balance"


def mark_section_links(feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """Links to other stories printed at the end of a section, right above the next subhead.

    Explainers and listicles whose subheads are questions or numbered items print a related
    story's title after a section's last paragraph ("Why lottery winners go broke" above "3.
    Hire a lawyer"). A subhead is followed by its section, so a title-like line with no
    section of its own, between a story paragraph and such a subhead, heads nothing. The page
    must be built that way: one question among the paragraphs makes no explainer.
    """
    if sum(1 for f in feats if f.words <= SUBHEAD_MAX_WORDS and _SUBHEAD.match(f.p.key)) < SECTION_SUBHEADS_MIN:
        return
    for k in range(2, len(feats) - 1):
        sub, below = feats[k], feats[k + 1]
        if not _SUBHEAD.match(sub.p.key) or sub.words > SUBHEAD_MAX_WORDS or below.words < SECTION_MIN_WORDS:
            continue
        run = []
        j = k - 1
        while j > 0 and len(run) < LINK_RUN_MAX and _link_line(feats[j]) and verdicts[j].cls != "bad":
            run.append(j)
            j -= 1
        above = feats[j]
        if not run or above.words < SECTION_MIN_WORDS or not above.terminal or verdicts[j].cls == "bad":
            continue
        if any(f.p.tag in HTML_HEADINGS for f in (sub, *(feats[i] for i in run))):
            continue  # the page marks them as headings
        for i in run:
            verdicts[i] = Verdict("bad", "section-link", float(len(run)))


def _link_line(f: Features) -> bool:
    """Shaped like a story's title: short, capitalised, no sentence end (a title may ask a question)."""
    if not LINK_MIN_WORDS <= f.words <= SUBHEAD_MAX_WORDS:
        return False
    if _SUBHEAD.match(f.p.key) and not _QUESTION.search(f.p.key) or _INTERVIEW.match(f.p.key):
        return False  # a numbered subhead of its own, an interview's question
    return f.title_like or (_QUESTION.search(f.p.key) is not None and f.p.key[:1].isupper())


LISTED_TITLE_CAPITALS = 0.6  # share of capitalised words: a listed title is in Title Case


def _listed_question(f: Features) -> bool:
    """A bulleted title that asks ("· Why Are So Many Frogs Vanishing?"): its question mark is no
    sentence's end, and Title Case tells it from a question the story asks."""
    return f.p.bullet and _QUESTION.search(f.p.key) is not None and f.capital_share >= LISTED_TITLE_CAPITALS


LINK_TITLE_MIN_WORDS = 5  # a shorter bulleted title may name a thing in the story's own list (a film, a book)
_SMALL_WORD = regex.compile(r"^[\p{L}'’]{1,3}$")  # "a", "of", "the": Title Case leaves them small


def _link_title(f: Features) -> bool:
    """A bulleted line in Title Case, every word but the small ones capitalised ("· Meteor Showers
    2016: When, Where and How to See Them", "· What's the Difference Between a Meteor and a
    Meteorite?"): a link to another story, whatever its colon, commas or question mark."""
    if not f.p.bullet or f.words < LINK_TITLE_MIN_WORDS:
        return False
    words = [w for w in f.p.key.split() if not _SMALL_WORD.match(w) and w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words)


def mark_tail_list(feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """A run of title-like lines closing the page is a sidebar list of other stories."""
    run: list[int] = []
    for k in range(len(feats) - 1, -1, -1):
        f = feats[k]
        if verdicts[k].cls == "bad":
            continue
        if not (_listed_question(f) or _link_title(f)) and (verdicts[k].cls == "good" or f.terminal or not f.title_like):
            break
        if f.p.tag and (f.p.tag in HTML_HEADINGS or f.p.link_density < HTML_TAIL_LINK_DENSITY):
            break  # in HTML a list of other stories is a list of links; a heading is the story's
        run.append(k)
    if len(run) == 1 and run[0] == len(feats) - 1 and feats[run[0]].words >= TAIL_SINGLE_MIN_WORDS \
            and not feats[run[0]].ends_open and run[0] > 0 and verdicts[run[0] - 1].cls == "good" and not feats[run[0]].p.tag:
        # A title after the story's last paragraph heads nothing: it is not a subhead but a
        # link to another story ("In cancer drug battle, both sides appeal to ethics").
        verdicts[run[0]] = Verdict("bad", "tail-headline", round(feats[run[0]].topic_share, 3))
        return
    if len(run) < TAIL_RUN_MIN or _introduced(feats, run[-1]):
        return
    topic = sum(feats[k].topic_share for k in run) / len(run)
    if topic <= TAIL_TOPIC_MAX or all(_link_title(feats[k]) for k in run):  # related links share the story's topic
        for k in run:
            verdicts[k] = Verdict("bad", "sidebar", round(topic, 3))


MENU_RUN_MIN = 4  # one- to three-word lines in a row outside the story: a menu of sections or links
MENU_ITEM_MAX_WORDS = 3


_COUNTED = regex.compile(r"^\d{1,3}[.)]?\s\S")


def _introduced(feats: Sequence[Features], first: int) -> bool:
    """A run of short lines the story introduces ("Tidewater Songs tracklist:", "Tour dates:"): the
    story's own list, its intro line first in the run or above it (the rule engine's test)."""
    return feats[first].p.key.endswith(":") or in_introduced_list([f.p for f in feats[max(0, first - INTRO_LOOKBACK):first]])


def mark_menu_runs(feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """A run of very short lines above the story's first paragraph or below its last is the
    site's menu ("Sections" / "U.S." / "World" / "Business"). Inside the story such a run may
    be the story's own list, so only the edges are looked at; HTML has its menus stripped."""
    first = next((k for k, v in enumerate(verdicts) if v.cls == "good"), None)
    if first is None or feats[0].p.tag:
        return
    last = next(k for k in range(len(verdicts) - 1, -1, -1) if verdicts[k].cls == "good")
    for edge in (range(first), range(last + 1, len(feats))):
        # lines another step already judged (a label, a list) do not break the run
        open_lines = [k for k in edge if verdicts[k].cls != "bad"]
        for short, group in groupby(open_lines, key=lambda k: feats[k].words <= MENU_ITEM_MAX_WORDS):
            run = list(group)
            if short and len(run) >= MENU_RUN_MIN and not _introduced(feats, run[0]) \
                    and not all(_COUNTED.match(feats[k].p.key) for k in run):  # "05 Breakwater": a numbered list
                for k in run:
                    verdicts[k] = Verdict("bad", "menu", float(len(run)))


SUMMARY_RUN_MIN = 2  # sentence-like lines without a full stop, in a row, make a box or list
SUMMARY_MIN_WORDS = 5  # shorter lines are subheads and labels, judged elsewhere
SUMMARY_MAX_WORDS = 30  # longer unpunctuated lines are cut-off story text
SUMMARY_SENTENCE_CASE = 0.5  # capital share below this: sentence case, not a title


# Not a summary line: prose hard-wrapped mid-sentence (a sentence ends inside it, or it ends
# on a function word or a comma), a "Label: text" definition, a list item ending in ";",
# wiki markup ("[ edit ]").
_WRAPPED = regex.compile(r"[.!?][\"”’)]?\s+\p{Lu}|[,;:\-–—]$|[\[\]]|^[^:]{1,40}: "
                         r"|\b(?:the|a|an|of|to|in|on|for|and|or|but|with|by|at|from|that|as|is|was|be|his|her|"
                         r"their|its|this|these|who|which)$", regex.IGNORECASE)


def _summary_line(f: Features) -> bool:
    return (not f.terminal and not f.fragment and SUMMARY_MIN_WORDS <= f.words <= SUMMARY_MAX_WORDS
            and f.p.key[:1].isupper() and not _WRAPPED.search(f.p.key))


def _listed_question_item(f: Features, above: Features) -> bool:
    """A bulleted question under bulleted items ("· Can a planet survive its star's death?"): one more
    of them; its question mark ends no sentence of the story's."""
    return f.p.bullet and above.p.bullet and _QUESTION.search(f.p.key) is not None \
        and SUMMARY_MIN_WORDS <= f.words <= SUMMARY_MAX_WORDS


# The label of a highlights box, often fused with its first item ("Story highlights NASA says ...").
HIGHLIGHTS_LABEL = regex.compile(rf"^(?:{_BOX_NAMES}|Summary|The big picture)\b", regex.IGNORECASE)
_INTRODUCED = regex.compile(r":(?:\[\d+\])*$|:\s+\p{Lu}[^.!?]*$")  # "... as specific as:" / "... staff to: Do X"


def mark_summary_runs(feats: Sequence[Features], verdicts: list[Verdict], page: Sequence[Paragraph]) -> None:
    """Highlight boxes ("Story highlights", key points) and teaser lists: story paragraphs end
    like sentences, so two or more sentence-like lines in a row that do not are a list. A
    list the story introduces ("... as specific as:") is the story's own and stays, unless
    the line above it is a box label or a list heading."""
    k = 0
    while k < len(feats):
        run = []
        while k < len(feats) and (_summary_line(feats[k]) or run and _listed_question_item(feats[k], feats[run[-1]])):
            run.append(k)
            k += 1
        sentences = sum(1 for i in run if feats[i].capital_share < SUMMARY_SENTENCE_CASE)
        if len(run) >= SUMMARY_RUN_MIN and sentences >= SUMMARY_RUN_MIN:
            first = feats[run[0]].p.index
            above = _line_above_list(page, first)
            boxed = bool(HIGHLIGHTS_LABEL.match(above) or LIST_HEADING.match(above) or END_HEADING.match(above))
            # HTML marks the story's own lists (<ul> in the article; link lists are gone already):
            # only a labelled box is a summary there.
            html = bool(feats[run[0]].p.tag)
            if boxed or (not html and not _INTRODUCED.search(above)):
                if boxed and first > 0 and (k0 := _position(feats, first - 1)) is not None:
                    run.insert(0, k0)  # the label line, with the first item fused to it
                for i in run:
                    if verdicts[i].cls != "bad":
                        verdicts[i] = Verdict("bad", "summary-list", round(sentences / len(run), 3))
        k += 1


LIST_LOOKBACK = 30  # list items a run may sit under (a long list broken by a longer item)
_SENTENCE_END = regex.compile(r"""[.!?…]["'”’»)\]]*$""")


def _line_above_list(page: Sequence[Paragraph], first: int) -> str:
    """The line that introduces the list ``first`` belongs to: skip list items above it."""
    j = first - 1
    while j >= 0 and first - j <= LIST_LOOKBACK:
        key = page[j].key
        if _SENTENCE_END.search(key) or _INTRODUCED.search(key) or HIGHLIGHTS_LABEL.match(key) \
                or LIST_HEADING.match(key) or END_HEADING.match(key):
            return key
        j -= 1
    return page[first - 1].key if first > 0 else ""


def _position(feats: Sequence[Features], index: int) -> int | None:
    return next((k for k, f in enumerate(feats) if f.p.index == index), None)


CLOSING_LIST_MAX = 6  # other stories' openings under a heading after the story's end
CLOSING_ITEM_MAX_WORDS = 45
# What closes a story: its credit, a footer, a sign-up or share box, the comment furniture.
_STORY_END_RULES = ("field:credit", "generic-footers/", "follow-subscribe", "share-widget", "newsletter", "comment-")


def mark_closing_list(doc: Doc, feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """A list heading ("More from Example News", "Don't Miss") printed right after what closes
    the story (its credit, a sign-up box): every line under it to the page's end is another
    story's opening, even written as a full sentence with its stop."""
    n = len(feats)
    for k in range(n // 2, n):
        f = feats[k]
        if f.words > HEADING_MAX_WORDS or not (LIST_HEADING.match(f.p.key) or END_HEADING.match(f.p.key)):
            continue
        above = doc.removed.get(f.p.index - 1)
        items = range(k + 1, n)
        if above is None or not any(tag in above.rule for tag in _STORY_END_RULES) \
                or not 1 <= len(items) <= CLOSING_LIST_MAX or any(feats[i].words > CLOSING_ITEM_MAX_WORDS for i in items):
            continue
        verdicts[k] = Verdict("bad", "list-heading", float(len(items)))
        for i in items:
            verdicts[i] = Verdict("bad", "closing-list", float(len(items)))
        return
    _close_under_ruled_heading(doc, feats, verdicts)


def _close_under_ruled_heading(doc: Doc, feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """The same with the heading gone to a rule ("Read more:" under the writer's bio)."""
    total = len(doc.paragraphs)
    for index in range(total // 2, total):
        heading = doc.removed.get(index)
        if heading is None or len(heading.text.split()) > HEADING_MAX_WORDS \
                or not (LIST_HEADING.match(heading.text) or END_HEADING.match(heading.text)):
            continue
        above = doc.removed.get(index - 1)
        items = [k for k, f in enumerate(feats) if f.p.index > index]
        if above is None or not any(tag in above.rule for tag in _STORY_END_RULES) \
                or not 1 <= len(items) <= CLOSING_LIST_MAX or any(feats[k].words > CLOSING_ITEM_MAX_WORDS for k in items):
            continue
        for k in items:
            verdicts[k] = Verdict("bad", "closing-list", float(len(items)))
        return


_FOOTER_RULES = ("copyright-footer",)  # what closes a story's own text (a syndication line may be a bare link)
# the notice, not a picture's "© Jo Roe" credit, which sits among the story
_RESERVED = regex.compile(r"(?i)\bcopyright\b|\brights reserved\b|\bmay not be published\b")
FOOTER_MIN_SHARE = 0.5  # a copyright line in the first half heads a page (a wire's notice over its story)


def mark_after_footer(doc: Doc, feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """The lines under the story's copyright footer, to the page's end: the site's
    sidebar printed after the article ("Copyright 2018 The Associated Press ..." and then other
    stories' openings written as full sentences). In the real pages no story line follows one."""
    total = len(doc.paragraphs)
    end = next((i for i in range(int(total * FOOTER_MIN_SHARE), total)
                if (r := doc.removed.get(i)) is not None and r.rule.endswith(_FOOTER_RULES)
                and _RESERVED.search(r.text)), None)
    if end is None:
        return
    items = [k for k, f in enumerate(feats) if f.p.index > end and verdicts[k].cls != "bad"]
    if len(items) > CLOSING_LIST_MAX or any(feats[k].words > CLOSING_ITEM_MAX_WORDS for k in items):
        return
    for k in items:
        verdicts[k] = Verdict("bad", "after-footer", float(len(items)))


def mark_label_over_lede(feats: Sequence[Features], verdicts: list[Verdict], headline: str | None) -> None:
    """A topic label between the page's title and the story's first paragraph ("Offshore wind" under the
    byline and the date): a few words with no stop, over a full paragraph. The story opens on a
    paragraph, not on a subhead; without a title above, the line may be the page's own title."""
    live = [k for k, v in enumerate(verdicts) if v.cls != "bad"]
    if headline is None or len(live) < 2:
        return
    label, lede = feats[live[0]], feats[live[1]]
    if is_section_kicker(label.p.key) and not is_bare_byline(label.p.key) and not label.p.tag \
            and lede.terminal and lede.words >= RESUMES_MIN_WORDS:
        verdicts[live[0]] = Verdict("bad", "topic-label", float(label.words))

