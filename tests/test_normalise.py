"""Normalisation (SPEC.md): repairs, spaces, invisible characters; idempotent, never raises."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.normalise import normalise_page, normalise_paragraph, normalise_text, straighten


def test_mojibake_is_repaired() -> None:
    assert normalise_text("Moscowâ€™s airport") == "Moscow’s airport"


def test_entities_are_unescaped() -> None:
    assert normalise_text("AT&amp;T says &quot;no&quot;") == 'AT&T says "no"'


def test_odd_spaces_collapse_to_one_plain_space() -> None:
    assert normalise_text("a\u00a0\u00a0b\u2009c\t d ") == "a b c d"


def test_zero_width_and_controls_are_removed() -> None:
    assert normalise_text("zero\u200bwidth\u200d and\x00 nul\u202e") == "zerowidth and nul"


def test_crlf_and_lone_cr_become_line_breaks() -> None:
    assert normalise_page("one\r\ntwo\rthree") == "one\ntwo\nthree"


def test_result_is_nfc() -> None:
    assert normalise_text("Cafe\u0301") == "Café"


def test_plain_text_is_left_alone() -> None:
    text = "He said “no” – and left… 100% sure."
    assert normalise_text(text) == text


def test_straighten_quotes() -> None:
    assert straighten("“It’s”") == "\"It's\""


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalise_text_is_idempotent_and_total(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert once == once.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_paragraph_has_no_runs_of_space(text: str) -> None:
    out = normalise_paragraph(normalise_page(text))
    assert "  " not in out and "\n" not in out
