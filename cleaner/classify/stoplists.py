"""Stop-word lists per language (jusText's), and a cheap guess of a page's language.

Story prose is dense in function words ("the", "of", "и", "der"); captions, credits,
widget labels and link lists are not. The density only means something in the page's own
language, so the page is first matched against the stop lists of the languages the corpus
carries; jusText ships lists for a hundred languages, we look at a handful.
"""

from __future__ import annotations

import importlib.util
from functools import cache, lru_cache
from itertools import chain, islice
from pathlib import Path

import regex

# Languages tried, most likely first (ties go to the earlier one).
LANGUAGES = ("English", "Russian", "German", "French", "Spanish", "Italian", "Portuguese", "Dutch",
             "Ukrainian", "Polish", "Turkish", "Arabic")
MIN_TOKENS_FOR_GUESS = 20  # below this, assume the first language
MAX_TOKENS_FOR_GUESS = 600  # a sample is enough; keeps long pages cheap
CONFIDENT_SHARE = 0.3  # a language whose stop words cover this share of tokens is taken at once
TOKEN = regex.compile(r"\p{L}+(?:['’]\p{L}+)?")  # a word: letters, perhaps one inner apostrophe
_APOSTROPHES = "'’"


class _Blanks(dict):
    """``str.translate`` table: every character that is not a letter or an apostrophe becomes a space.

    Filled lazily, one entry per code point met; after that ``translate`` never leaves C.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = char if char.isalpha() or char in _APOSTROPHES else " "
        self[code] = value
        return value


_BLANKS = _Blanks()


# Big enough for the passes over one page and for boilerplate lines recurring across nearby
# pages; small enough that a corpus read twice (a benchmark of copies) gets no free hits.
@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Case-folded words (what ``TOKEN`` finds); cached, since several passes read each paragraph.

    This runs on every word of every page, so it is a ``translate`` and a ``split`` (both in
    C, about 1.5x faster than ``findall``); only words holding an apostrophe go through the
    regex, to split "'n'" or "rock'n'roll" the way it does.
    """
    pieces = text.casefold().translate(_BLANKS).split()
    if "'" not in text and "’" not in text:
        return tuple(pieces)
    out: list[str] = []
    for piece in pieces:
        if "'" in piece or "’" in piece:
            out.extend(TOKEN.findall(piece))
        else:
            out.append(piece)
    return tuple(out)


@cache
def stoplist(language: str) -> frozenset[str]:
    """jusText's stop list for ``language`` (case-folded); empty if jusText has none for it.

    The lists are read as files from the installed jusText package, without importing
    jusText itself (its HTML code needs lxml's separate html-clean package and is slow to
    import); a missing jusText is an error, not a silently weaker classifier.
    """
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("cleaner needs jusText's stop lists: pip install 'justext>=3.0'")
    path = Path(spec.submodule_search_locations[0]) / "stoplists" / f"{language}.txt"
    try:
        words = path.read_text(encoding="utf-8").split()
    except FileNotFoundError:
        return frozenset()
    return frozenset(w.casefold() for w in words)


def guess_language(texts: list[str]) -> str:
    """The language whose stop words cover most of the page's tokens.

    The sample is taken lazily (``islice``), not by flattening every token of the page and
    slicing; the shares are counted by ``map`` in C, not by a generator per token.
    """
    toks = list(islice(chain.from_iterable(map(tokens, texts)), MAX_TOKENS_FOR_GUESS))
    if len(toks) < MIN_TOKENS_FOR_GUESS:
        return LANGUAGES[0]
    best, best_share = LANGUAGES[0], -1.0
    for lang in LANGUAGES:
        words = stoplist(lang)
        share = sum(map(words.__contains__, toks)) / len(toks)
        if share >= CONFIDENT_SHARE:
            return lang
        if share > best_share:
            best, best_share = lang, share
    return best
