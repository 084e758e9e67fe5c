"""Broken text comes out right: mojibake, NULs, odd line ends, invisible characters."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, clean
from cleaner.decode import decode
from cleaner.errors import InputError
from cleaner.normalise import normalise_paragraph, normalise_text

STORY = "The minister said on Monday that he would not resign."


def body(text: str) -> list[str]:
    return clean(text).body


def test_mojibake_is_repaired() -> None:
    assert body(f"It\u00e2\u20ac\u2122s here.\n\n{STORY}")[0] == "It\u2019s here."
    assert body(f"The caf\u00c3\u00a9 opened.\n\n{STORY}")[0] == "The caf\u00e9 opened."
    # double-encoded: UTF-8 read as cp1252 twice
    assert body(f"The caf\u00c3\u0192\u00c2\u00a9 opened.\n\n{STORY}")[0] == "The caf\u00e9 opened."


def test_html_entities_are_unescaped() -> None:
    assert body(f"Smith &amp; Sons said &#8220;no&#8221;.\n\n{STORY}")[0] == "Smith & Sons said \u201cno\u201d."


def test_nul_bytes_are_dropped() -> None:
    text = decode(b"The min\x00ister said on Monday.\x00\n\nHe would not resign.\n")
    assert clean(text).body == ["The minister said on Monday.", "He would not resign."]


def test_crlf_and_lone_cr_split_paragraphs() -> None:
    expected = ["First paragraph of the story.", "Second paragraph of the story."]
    assert body("First paragraph of the story.\r\n\r\nSecond paragraph of the story.\r\n") == expected
    assert body("First paragraph of the story.\rSecond paragraph of the story.") == expected


def test_zero_width_and_bidi_controls_are_removed() -> None:
    text = "The min\u200bister\u200d said\u2060 \u202eon\u202c Monday\ufeff.\u00ad\n\n" + STORY
    assert body(text)[0] == "The minister said on Monday."


def test_odd_spaces_collapse() -> None:
    assert body(f"The\u00a0minister\u2003said \t\u3000so.\n\n{STORY}")[0] == "The minister said so."


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_clean(data: bytes) -> None:
    try:
        text = decode(data)
    except InputError:
        return
    article = _CLEANER.clean(text)
    assert all(p and p == p.strip() for p in article.body)


# Characters that make ftfy, space handling and line splitting interact.
_NASTY = st.sampled_from(list("\u00c2\u00e0\u20ac\u2122\u00a0\t\r\n \u00e20a\u00e9\u2019\u201c\u201d\u00c3\u0192"
                              "\u00a9\x00\u200b&;#amp"))


@settings(max_examples=300, deadline=None)
@given(st.text(_NASTY, max_size=30) | st.text(max_size=40))
def test_normalisation_is_idempotent_on_mojibake(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    para = normalise_paragraph(text)
    assert normalise_paragraph(para) == para


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(_NASTY, max_size=30) | st.text(max_size=60), max_size=10))
@example(["}0", "0 0", "0", "0"])  # a one-word line printed twice once became a headline on the third pass
def test_random_unicode_cleans_idempotently(lines: list[str]) -> None:
    first = _CLEANER.clean("\n".join(lines))
    again = _CLEANER.clean("\n\n".join(first.body), outlet="generic")
    assert _CLEANER.clean("\n\n".join(again.body), outlet="generic").body == again.body


_CLEANER = Cleaner()
