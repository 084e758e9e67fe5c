from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleaner.classify.features import page_features
from cleaner.classify.stoplists import TOKEN, guess_language, stoplist, tokens

from .helpers import STORY, page


def features(*lines: str, headline: str | None = None):
    doc = page(*lines)
    return page_features(doc.alive(), "English", headline)


def test_story_prose_is_dense_in_stop_words() -> None:
    f = features(STORY[0], "Jane Doe/Agency Photo")
    assert f[0].stop_density > 0.3 > f[1].stop_density


def test_terminal_and_title_like() -> None:
    f = features("Council Closes Old Bridge For Summer Repairs", STORY[0], "“We will reopen soon,” she said")
    assert f[0].title_like and not f[0].terminal
    assert f[1].terminal and not f[1].title_like
    assert not f[2].title_like  # a quote with its speech tag is not a headline


def test_link_tokens_and_fragments() -> None:
    f = features("see https://example.org/x and @somebody #bridge", ", and then the road was closed.")
    assert f[0].link_density > 0.5
    assert f[1].fragment


def test_topic_share_tells_related_links_from_subheads() -> None:
    f = features(STORY[0], "Detour through the industrial park", STORY[2], "Famous singer buys castle in the mountains", STORY[3])
    assert f[1].topic_share > f[3].topic_share
    assert f[3].topic_share == 0.0


def test_position_headline_likeness_and_repeats() -> None:
    f = features(STORY[0], STORY[1], STORY[0], headline="Old bridge closed for repairs")
    assert (f[0].pos, f[0].from_end, f[2].from_end) == (0, 2, 0)
    assert f[0].headline_sim > 0.5 and f[0].repeats == 1 and f[1].repeats == 0


def test_language_guess_uses_stop_lists() -> None:
    assert "the" in stoplist("English")
    assert guess_language(STORY) == "English"
    russian = ("Городской совет во вторник проголосовал за то, чтобы закрыть старый мост через реку на ремонт, "
               "который продлится почти всё лето, и это не понравилось многим жителям, но они согласились.")
    assert guess_language([russian]) == "Russian"


def _same_unicode_version(char: str) -> bool:
    """Python's and the regex module's Unicode tables agree on whether ``char`` is a letter
    (they can differ for characters assigned in the newest Unicode versions)."""
    return char.isalpha() == bool(TOKEN.fullmatch(char))


@given(st.text(alphabet=st.sampled_from(list("ab Éé'’-.,\n\t1çßİ\u0301\u200bΣς—\""))
               | st.characters().filter(_same_unicode_version), max_size=60))
def test_fast_tokens_are_the_regex_tokens(text: str) -> None:
    """The translate-and-split tokeniser finds exactly the words the reference regex finds."""
    assert tokens(text) == tuple(TOKEN.findall(text.casefold()))


def test_tokens_split_apostrophes_like_the_regex() -> None:
    assert tokens("Rock'n'roll isn't 'dead' ’til ''now''") == ("rock'n", "roll", "isn't", "dead", "til", "now")
