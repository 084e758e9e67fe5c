"""Malformed HTML gives a record or a clear InputError, never a crash."""

from __future__ import annotations

import pytest

from cleaner import InputError, clean
from cleaner.html.parse import parse_html

TEXT = "The deep paragraph of the story survives every level of nesting."


def test_unclosed_tags() -> None:
    one, two, three = (f"The {n} paragraph of the story is long enough to be judged as story text." for n in
                       ("first", "second", "third"))
    page = f"<html><body><p>{one[:20]}<b>{one[20:40]}<i>{one[40:]}<p>{two}<div>{three}"
    assert clean(page).body == [one, two, three]


@pytest.mark.parametrize("tag", ["div", "span", "section"])
def test_five_thousand_nested_elements(tag: str) -> None:
    page = (f"<html><body><p>Before the nesting.</p>{f'<{tag}>' * 5000}<p>{TEXT}</p>{f'</{tag}>' * 5000}"
            "<p>After the nesting.</p></body></html>")
    assert clean(page).body == ["Before the nesting.", TEXT, "After the nesting."]


def test_five_thousand_unclosed_divs() -> None:
    assert clean("<html><body>" + "<div>" * 5000 + f"<p>{TEXT}").body == [TEXT]


@pytest.mark.parametrize("page", [
    "<html><head><script>var a = 1;</script></head></html>",
    "<!DOCTYPE html><html><body></body></html>",
    "<html><body><script>document.write('<p>hi</p>')</script><noscript>Enable JS</noscript></body></html>",
])
def test_pages_without_an_article_give_an_empty_body(page: str) -> None:
    article = clean(page)
    assert article.body == [] and article.headline is None


def test_nothing_to_parse_is_an_input_error() -> None:
    with pytest.raises(InputError) as err:
        parse_html("<!doctype html>")
    assert err.value.kind == "empty"


def test_xml_declaration_and_nul_bytes() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>Hello\x00 world, a story.</p></body></html>'
    assert clean(page).body == ["Hello world, a story."]
