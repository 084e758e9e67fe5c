"""Headline and standfirst: read from the top of the page, never invented.

An outlet rule says where its headline sits (``from = "first"``); the generic layer only
accepts a first line that looks like a title (``from = "title-like"``).
"""

from __future__ import annotations

from typing import Any

import regex

from ..doc import Doc
from ..normalise import normalise_paragraph
from ..segment import Paragraph, fold, is_doubled
from .dates import STAMP
from .names import agency_name, is_bare_byline, is_organisation

TITLE_MAX_WORDS = 25  # longer first lines are story text or captions, not titles
TITLE_MIN_WORDS = 2
# Sentence-case titles ("Officer replaces elderly woman's ring after theft") are shorter than
# the decks printed under them, which are sentence case too but run on with clauses.
SENTENCE_CASE_MAX_WORDS = 16
TITLE_CASE_SHARE = 0.25  # at least this share of capitalised words makes a line title case
# Past SENTENCE_CASE_MAX_WORDS a title must be Title Case proper: a long sentence naming a few
# people and places ("Minutes after President Donald Trump's press conference ... CNN's Jake
# Tapper called it ...") has a third of its words capitalised; no gold headline is that long.
LONG_TITLE_CASE_SHARE = 0.5
DECK_MIN_WORDS = 12  # a deck with no headline above it: a long line without a sentence end
# A title does not end like a sentence or a label; '?' and '!' are allowed ("Who Won?").
_NOT_TITLE_END = regex.compile(r"[.,;:\-–—…]$")
_STARTS_UPPER = regex.compile(r"^[\p{Lu}\p{N}\"'“‘(\[]")
_TITLE_WORD = regex.compile(r"^[\"'“‘(]?[\p{Lu}\p{N}]")  # a quote mark before a lower-case word is no capital
_QUOTED_SENTENCE_END = regex.compile(r"[.,][\"”’']\s*$")  # '... close to me.”': a quote, not a title
# Two sentences in one line ("... on Friday, May 2, 2014. Police continue ..."): a caption or prose.
_INNER_SENTENCE = regex.compile(r"(?<=[\p{Ll}\d]{2})[.!?][\"”’]?\s+[\p{Lu}\"“]")


def is_title_like(text: str) -> bool:
    """A short line that starts with a capital and does not end like a sentence."""
    words = text.split()
    if not TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS:
        return False
    if _NOT_TITLE_END.search(text[-2:]) or _QUOTED_SENTENCE_END.search(text[-8:]) or not _STARTS_UPPER.match(text):
        return False
    # Title case passes at any length; sentence case only while short (longer is a deck).
    if len(words) <= SENTENCE_CASE_MAX_WORDS:
        return True
    capitals = sum(1 for w in words if _TITLE_WORD.match(w))
    return capitals >= len(words) * LONG_TITLE_CASE_SHARE


# A photo caption also opens pages with a long unpunctuated line; these give it away.
_CAPTION_HINT = regex.compile(r"\b(?:file photo|FILE\s*[-–—]|Published \p{L}+day|AP Photo|Photo:|Getty Images)|\s\|\s")


def is_deck_like(text: str) -> bool:
    """A summary line printed above the story: long, sentence case, no full stop at the end."""
    words = text.split()
    capitals = sum(1 for w in words if _TITLE_WORD.match(w))
    title_share = TITLE_CASE_SHARE if len(words) <= SENTENCE_CASE_MAX_WORDS else LONG_TITLE_CASE_SHARE
    return (DECK_MIN_WORDS <= len(words) and capitals < len(words) * title_share  # title case: a headline
            and not _CAPTION_HINT.search(text) and not _INNER_SENTENCE.search(text) and not _NOT_TITLE_END.search(text) and not text.endswith(("?", "!"))
            and bool(_STARTS_UPPER.match(text)))


TOPIC_LABEL_MAX_WORDS = 4
_TOPIC_LABEL = regex.compile(r"^[\p{Lu}\p{N}&'’ -]+$")


def is_topic_label(text: str) -> bool:
    """A short all-capitals tag above a story ("SINGER SCANDAL", "WORLD NEWS"): not a title."""
    return len(text.split()) <= TOPIC_LABEL_MAX_WORDS and sum(c.isalpha() for c in text) >= 3 \
        and _TOPIC_LABEL.match(text) is not None


KICKER_MAX_WORDS = 3
KICKER_TITLE_MIN_WORDS = 5  # the title under a kicker is a full one; a short first line may be the title itself
_KICKER = regex.compile(r"^\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,3}(?: (?:19|20)\d\d)?$")  # "By-election 2018"


_BYLINE = regex.compile(r"^(?:By|BY) \p{Lu}")


def is_section_kicker(text: str) -> bool:
    """The section's name printed over the title ("UK news", "Movies", "Ireland", "Election 2018"):
    a few words, no digits but a year's, no punctuation to end them."""
    words = [w for w in text.split() if w != "&"]  # "Cumbria & Lake District": an ampersand is no word
    return len(words) <= KICKER_MAX_WORDS and _KICKER.match(text) is not None


MENU_ROW_MIN_WORDS = 5
_MENU_ROW = regex.compile(r"^\p{Lu}[\p{Ll}&]+(?: (?:\p{Lu}[\p{Ll}&]+|e-?\p{Lu}\p{Ll}+))+$")  # "e-Edition" too
# A breadcrumb or menu with separators: "News | Warehousing | M&A", "Sport › Football › Transfers"
_PIPE_ROW = regex.compile(r"^\p{Lu}[\p{L}&.'’-]*(?: [\p{L}\d&.'’-]+){0,2}(?: [|›»>/•·] \p{Lu}[\p{L}&.'’-]*(?: [\p{L}\d&.'’-]+){0,2}){2,}$")
# Two short items and a separator over a full title: "Opinion | Columnists", "County Cup | Day 3 of 4"
_CRUMB_PAIR = regex.compile(r"^\p{Lu}[\p{L}&.'’-]*(?: [\p{L}\d&.'’-]+){0,3} [|›»·] \p{Lu}[\p{L}\d&.'’-]*(?: [\p{L}\d&.'’-]+){0,3}$")
# Words a title in title case carries and a row of section names does not.
_TITLE_WORDS = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as",
    "is", "are", "was", "be", "after", "over", "into", "vs", "says", "say", "new",
))


def is_menu_row(text: str) -> bool:
    """A site's section menu flattened into one line ("Home News Local Sports Business Opinion"):
    five or more capitalised words with no article or preposition among them. A title in title
    case may have none either ("Harbor Town Opens Its First Public Sauna"), so a row counts as
    a menu only over a line shaped like the title."""
    words = text.split()
    return len(words) >= MENU_ROW_MIN_WORDS and _MENU_ROW.match(text) is not None \
        and not any(w.casefold() in _TITLE_WORDS for w in words)


MENU_COLUMN_MAX = 10
SECTIONS_SHARE = 0.6
# The names sites give their sections: a row mostly of these is a menu whatever follows it.
_SECTION_WORDS = frozenset((
    "home", "news", "local", "sport", "sports", "business", "opinion", "opinions", "weather", "traffic",
    "video", "videos", "photos", "entertainment", "lifestyle", "life", "arts", "culture", "music", "movies",
    "tv", "travel", "food", "health", "science", "tech", "technology", "politics", "world", "national",
    "obituaries", "obits", "classifieds", "jobs", "property", "homes", "cars", "autos", "e-edition",
    "podcasts", "donate", "contests", "events", "community", "education", "crime", "scores", "schedules",
    "standings", "rankings", "teams", "shop", "subscribe", "newsletters", "puzzles", "games", "style",
    "money", "markets", "celebrity", "celebs", "royals", "tv&showbiz", "showbiz", "what's", "on", "&",
))


def _sections(text: str) -> bool:
    """A row of section names ("Home News Sports Obituaries Opinion e-Edition Classifieds"): a menu even
    with no title under it, where a title in Title Case is made of other words."""
    words = [w.casefold() for w in text.split() if w not in "|/·•›»>"]
    return len(words) >= MENU_ROW_MIN_WORDS and sum(w in _SECTION_WORDS for w in words) >= SECTIONS_SHARE * len(words)


def menu_column(alive: list[Paragraph]) -> int:
    """How many lines at the top are a site menu printed a section a line ("Home", "News",
    "Obituaries") over a full title: two or more kicker-like lines. One alone is the kicker."""
    k = 0
    while k < min(len(alive) - 2, MENU_COLUMN_MAX) and is_section_kicker(alive[k].text):
        k += 1
    title = alive[k].text if k < len(alive) else ""
    return k if k >= 2 and len(title.split()) >= KICKER_TITLE_MIN_WORDS and is_title_like(title) else 0


def _title_shaped(text: str) -> bool:
    """A line that could be a title: short, not closed by a full stop or a colon (a title may ask)."""
    return TWICE_MIN_WORDS <= len(text.split()) <= TITLE_MAX_WORDS and not text.endswith((".", ":")) \
        and not _BYLINE.match(text)  # the byline under a Title Case title, which no menu is


def _drop_repeats(doc: Doc, value: str, rule: str) -> None:
    folded = fold(value)
    for p in doc.alive():
        if fold(p.key) == folded:
            doc.remove(p, rule)


# A word, a possessive "'s" left out of it ("Jo's" is "jo"); "don't" stays one word.
_WORD = regex.compile(r"([\p{L}\p{N}]+(?:['’](?!s\b)\p{L}+)?)(?:['’]s\b)?")
SHORT_REPEAT_MIN_WORDS = 3


def _words(text: str) -> set[str]:
    """Case-folded words, a possessive folded into its noun."""
    return set(_WORD.findall(text.casefold()))


def _drop_short_repeat(doc: Doc, headline: str) -> None:
    """A shorter form of the title printed right under it (the page's title, then the story's
    own) says nothing new: every word of it is in the headline. A deck adds words, and stays."""
    alive = doc.alive()
    if not alive:
        return
    p = alive[0]
    words = _words(p.key)
    if len(words) >= SHORT_REPEAT_MIN_WORDS and is_title_like(p.key) and words <= _words(headline):
        doc.remove(p, "field:headline-repeat")


TWICE_MIN_WORDS = 4  # a short line printed twice is a label or a stutter, not a title
_LETTER = regex.compile(r"\p{L}")


def _printed_twice(alive: list[Paragraph], text: str) -> bool:
    """The page's title and the story's title, both printed: a short first line repeated under itself
    is a headline even when it reads like a sentence ("Mayor resigns after audit in St. Louis.")."""
    return (TWICE_MIN_WORDS <= len(text.split()) <= TITLE_MAX_WORDS and fold(alive[1].key) == fold(text)
            and bool(_STARTS_UPPER.match(text)) and bool(_LETTER.search(text)))


def _over_byline(doc: Doc, spec: dict[str, Any], alive: list[Paragraph], text: str) -> bool:
    """A title set in sentence case ("Council backs arena plan, mayor says") reads like a
    sentence; a byline under it, or under it and its deck, says it is the title all the same."""
    if spec["before"] is None or not (_title_shaped(text) or _stopped_title(text)) or not _STARTS_UPPER.match(text):
        return False
    if any(doc.search(spec["before"], p.key, "field:headline", p.index) for p in alive[1:3]):
        return True
    return _bullets_over_byline(doc, spec["before"], alive[1:]) > 0


STOPPED_TITLE_MAX_WORDS = 16
_TWO_SENTENCES = regex.compile(r"\p{L}[.!?]\s+\p{Lu}")


def _stopped_title(text: str) -> bool:
    """An opinion or feature title printed with its full stop: two short sentences ("Our town's last
    grocery store closed. Here's what we lost."), which a caption or a story's first line is not."""
    return TWICE_MIN_WORDS <= len(text.split()) <= STOPPED_TITLE_MAX_WORDS and text.endswith(".") \
        and _TWO_SENTENCES.search(text) is not None


def _bullets_over_byline(doc: Doc, byline: Any, lines: list[Paragraph]) -> int:
    """How many of a tabloid's summary points (short lines that do not end like sentences) stand
    between these lines' start and a byline; 0 when no byline closes them."""
    for k, p in enumerate(lines[:BULLETS_MAX + 1]):
        if doc.search(byline, p.key, "field:headline", p.index):
            return k
        if not is_summary_point(p.text):
            return 0
    return 0


BULLETS_MAX = 5  # the summary points a tabloid prints between its title and its byline
BULLET_MIN_WORDS = 5
BULLET_MAX_WORDS = 30


def is_summary_point(text: str) -> bool:
    """One of the summary points a tabloid prints under its title: a short line that does not end
    like a sentence, a label or a quote."""
    return BULLET_MIN_WORDS <= len(text.split()) <= BULLET_MAX_WORDS \
        and not text.endswith((".", "!", "?", ":", '"', "”"))


# A wire's opening: "BELLINGHAM —", "WASHINGTON (AP) —", "LOS ANGELES--".
_OPENING = regex.compile(r"^\p{Lu}{2}[\p{Lu}.'’ -]{0,40}(?:,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?\s*"
                         r"(?:\([^()]{2,30}\)\s*)?(?:--|—|–)\s*\S")


def _over_opening(doc: Doc, alive: list[Paragraph]) -> bool:
    """With no title printed, a summary right over the story's dateline opening is the deck,
    though it ends like a sentence: the story starts at the dateline, and the line above it
    says what the story says. Under a video player's text it is the clip's blurb, and a line
    in capitals is a station's teaser."""
    first = alive[0]
    above = doc.removed.get(first.index - 1)
    return len(alive) > 2 and _OPENING.match(alive[1].key) is not None and not _OPENING.match(first.key) \
        and not first.key.isupper() and not (above is not None and "video" in above.rule)


def _deck_over_byline(doc: Doc, spec: dict[str, Any], alive: list[Paragraph], headline: str | None) -> bool:
    """A deck written as full sentences ("Supporters say ...; critics warn ...") ends like the
    story's paragraphs do; a byline (a bare name too) or a posting stamp between it and the story
    says it is the deck. It must pass the pattern once its closing stop is set aside (a stamp is no deck)."""
    p = alive[0]
    if headline is None or spec["before"] is None or not p.text.endswith((".", "!", "?")):
        return False
    bare = p.text.rstrip(".!?")
    below = alive[1]
    return bool(doc.search(spec["pattern"], bare, "field:standfirst", p.index)
                and (is_bare_byline(below.key) or doc.search(spec["before"], below.key, "field:standfirst", below.index)))


def _title_after_caption(doc: Doc, spec: dict[str, Any]) -> str | None:
    """A title printed at the end of the page's first line, after the caption and credit of
    the lead picture ("<caption> | Agency Title of the story"); a rule may have dropped the
    line as a caption already, and it stays dropped."""
    p = doc.paragraphs[0]
    removal = doc.removed.get(p.index)
    if removal is not None and removal.rule.startswith("field:"):
        return None
    m = doc.search(spec["tail"], p.key, "field:headline", p.index)
    if m is None:
        return None
    title = p.key[m.end():].strip()
    if not is_title_like(title) or len(title.split()) > spec["max_words"]:
        return None
    if removal is None:
        doc.remove(p, "field:headline")
    doc.fields_from["headline"] = f"paragraph {p.index}, after the caption"
    return title


WALL_MIN_LINES = 3  # a paywall or a consent box under the title: lines a rule took


def _title_over_a_wall(doc: Doc, alive: list[Paragraph]) -> bool:
    """The title alone over what the rules took (a paywall, a consent box): the story never came, the
    title did. A lone line on a page of its own is no title."""
    return len(alive) == 1 and alive[0].index == 0 and len(doc.paragraphs) > WALL_MIN_LINES \
        and is_title_like(alive[0].text)


def extract_headline(doc: Doc, spec: dict[str, Any] | None) -> str | None:
    if not spec or spec["from"] == "none":
        return None
    alive = doc.alive()
    if spec["from"] == "title-like" and len(alive) > 2 and (_sections(alive[0].text) or (
            is_menu_row(alive[0].text) or _PIPE_ROW.match(alive[0].text)) and _title_shaped(alive[1].text)):
        doc.remove(alive[0], "classifier:menu")  # the section menu printed above the title
        alive = alive[1:]
    if spec["from"] == "title-like" and len(alive) > 2 and _CRUMB_PAIR.match(alive[0].text) \
            and len(alive[1].text.split()) >= KICKER_TITLE_MIN_WORDS \
            and (is_title_like(alive[1].text) or _stopped_title(alive[1].text)):
        doc.remove(alive[0], "classifier:menu")  # a section and its page, over the title
        alive = alive[1:]
    if spec["from"] == "title-like" and (k := menu_column(alive)):
        for p in alive[:k]:
            doc.remove(p, "classifier:menu")  # the same menu, a section a line
        alive = alive[k:]
    if spec["from"] == "title-like" and len(alive) > 2 and is_topic_label(alive[0].text) \
            and not is_topic_label(alive[1].text):  # a run of labels is the page's own text, kept as it is
        doc.remove(alive[0], "classifier:topic-label")  # "SINGER SCANDAL" over the title or story
        alive = alive[1:]
    if spec["from"] == "title-like" and len(alive) > 2 and is_section_kicker(alive[0].text) \
            and len(alive[1].text.split()) >= KICKER_TITLE_MIN_WORDS \
            and (is_title_like(alive[1].text) or _stopped_title(alive[1].text)) \
            and not _BYLINE.match(alive[0].text):  # "By Jo Roe" over the stamp is the credit
        doc.remove(alive[0], "classifier:section-kicker")  # "UK news", "Movies" over the title
        alive = alive[1:]
    if spec["from"] == "title-like" and len(alive) > 2 and STAMP.match(alive[0].text) \
            and len(alive[1].text.split()) >= KICKER_TITLE_MIN_WORDS and is_title_like(alive[1].text):
        alive = alive[1:]  # a publication stamp over a full title: the dateline reader takes it afterwards
    if len(alive) < 2 and not _title_over_a_wall(doc, alive):  # a lone line is the whole page, not a title over a story
        return None
    if spec["tail"] is not None and (title := _title_after_caption(doc, spec)):
        return title
    p = alive[0]
    text = p.text
    if agency_name(text):
        return None  # "The Canadian Press": the credit, which the credit reader takes
    if is_organisation(text):
        doc.remove(p, "classifier:masthead")  # "The Lakeshore Gazette": the paper's name over its page
        alive = alive[1:]
        if len(alive) < 2:
            return None
        p = alive[0]
        text = p.text
    rest: str | None = None
    if spec["split"] is not None:
        m = doc.search(spec["split"], text, "field:headline", p.index)
        if m and m.start() > 0:
            text, rest = normalise_paragraph(text[: m.start()]), normalise_paragraph(text[m.start():])
    if len(text.split()) > spec["max_words"]:
        return None
    if spec["pattern"] is not None and not doc.search(spec["pattern"], text, "field:headline", p.index):
        return None
    if spec["from"] == "title-like" and not is_title_like(text) and not _printed_twice(alive, text) \
            and not _over_byline(doc, spec, alive, text):
        return None
    if rest:
        # The first line also carries what follows the title (e.g. "Posted: ..."): keep that.
        from ..record import Removal

        doc.spans.append(Removal(index=p.index, text=text, rule="field:headline", kind="span"))
        p.set_text(rest)
    else:
        doc.remove(p, "field:headline")
    doc.fields_from["headline"] = f"paragraph {p.index}"
    _drop_repeats(doc, text, "field:headline-repeat")
    _drop_short_repeat(doc, text)
    return text


def extract_standfirst(doc: Doc, spec: dict[str, Any] | None, headline: str | None) -> str | None:
    """The paragraph after the headline; with no headline, only a deck-like first line."""
    if not spec or spec["from"] == "none":
        return None
    alive = doc.alive()
    if len(alive) < 2:
        return None
    p: Paragraph = alive[0]
    over_opening = headline is None and _over_opening(doc, alive)
    if headline is None and not (is_deck_like(p.text) or over_opening) or is_doubled(p.key) or STAMP.match(p.text):
        return None  # (a summary printed twice over is a video's, scraped with its player's copy)
    words = len(p.text.split())
    if not spec["min_words"] <= words <= spec["max_words"]:
        return None
    if spec["pattern"] is not None and not doc.search(spec["pattern"], p.text, "field:standfirst", p.index) \
            and not _deck_over_byline(doc, spec, alive, headline) \
            and not (over_opening and doc.search(spec["pattern"], p.text.rstrip(".!?"), "field:standfirst", p.index)):
        return None
    if spec["before"] is not None and _bullets_over_byline(doc, spec["before"], alive) > 2:
        return None  # the first of the summary points a tabloid prints over its byline, not a deck
    doc.remove(p, "field:standfirst")
    doc.fields_from["standfirst"] = f"paragraph {p.index}"
    _drop_repeats(doc, p.text, "field:standfirst-repeat")
    return p.text
