"""HTML is told from a text dump by the start of the page, cheaply."""

from __future__ import annotations

import pytest

from cleaner.html.detect import looks_like_html


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
    "\ufeff  \n<!doctype HTML>\n<html>",
    "<html lang='en'><head></head></html>",
    '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
    "<div><p>One.</p><p>Two.</p><p>Three.</p><ul><li>Four</li></ul></div>",
])
def test_html_is_detected(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize("text", [
    "Headline\n\nA story that quotes a <p> tag once.\n\nAnother paragraph.",
    "WASHINGTON (Reuters) - The story starts here.",
    "",
])
def test_text_dumps_are_not_html(text: str) -> None:
    assert not looks_like_html(text)
