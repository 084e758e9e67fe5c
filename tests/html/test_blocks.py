"""HTML becomes the same paragraph stream as a text dump, keeping the structure that matters."""

from __future__ import annotations

from cleaner import clean
from cleaner.html.blocks import walk
from cleaner.html.parse import parse_html

from .pages import STORY, news_page


def _blocks(html: str) -> list[tuple[str, str]]:
    return [(b.tag, b.text) for b in walk(parse_html(html)) if b.drop is None]


def test_block_tags_are_kept() -> None:
    html = ("<html><body><h2>Sub head</h2><p>Para one.</p><ul><li>Item A</li><li>Item B</li></ul>"
            "<blockquote><p>Quoted words.</p></blockquote><pre>code  here</pre></body></html>")
    assert _blocks(html) == [("h2", "Sub head"), ("p", "Para one."), ("li", "Item A"), ("li", "Item B"),
                             ("blockquote", "Quoted words."), ("pre", "code here")]


def test_inline_elements_join_their_paragraph() -> None:
    html = "<html><body><p>A <b>bold</b>, <a href='/x'>linked</a> and <em>stressed</em> word.</p></body></html>"
    assert _blocks(html) == [("p", "A bold, linked and stressed word.")]


def test_single_br_stays_in_the_paragraph_double_br_splits() -> None:
    html = "<html><body><p>Line one<br>line two<br><br>New para</p></body></html>"
    assert _blocks(html) == [("p", "Line one line two"), ("p", "New para")]


def test_loose_text_in_a_container_is_a_block() -> None:
    html = "<html><body><div>Loose text<p>Para.</p>tail text</div></body></html>"
    assert _blocks(html) == [("div", "Loose text"), ("p", "Para."), ("div", "tail text")]


def test_links_are_counted_per_block() -> None:
    blocks = walk(parse_html("<html><body><p><a href='/a'>all link</a></p><p>no link here</p></body></html>"))
    assert [round(b.link_density, 2) for b in blocks] == [1.0, 0.0]


def test_entities_and_odd_spaces_are_normalised() -> None:
    article = clean(news_page(story=["Caf&eacute;&nbsp;owners   said  \u200bthe plan was fair, and more words follow."]))
    assert article.body == ["Café owners said the plan was fair, and more words follow."]


def test_a_news_page_gives_headline_and_story() -> None:
    article = clean(news_page())
    assert article.headline == "Council Expands Bus Network"
    assert article.body == STORY


def test_paragraphs_carry_html_hints() -> None:
    from cleaner.html.metadata import read_meta
    from cleaner.html.page import read_page
    from cleaner.rules.model import HtmlRules

    root = parse_html(news_page(inside="<ul><li>First point of the story, in a list item.</li></ul>"))
    page = read_page(root, read_meta(root), HtmlRules())
    assert [p.tag for p in page.paragraphs] == ["p"] * 4 + ["li"]
    assert all(p.link_density == 0.0 and not p.is_caption for p in page.paragraphs)


def test_block_normalisation_matches_the_text_path() -> None:
    """The HTML fast path gives what ``normalise_text`` gives: accented prose untouched,
    mojibake and entities repaired, invisible characters out, NFC."""
    from cleaner.html.page import _normalise_block
    from cleaner.normalise import normalise_text

    for text in ["Le café est fermé à l’été, dit-il.", "Plain ASCII text.", "cafÃ© au lait",
                 "AT&amp;T said so", "zero\u200bwidth e\u0301 combined", "Î™Îµ Ï€Î¿Î»Ï",
                 "Москва — столица"]:
        assert _normalise_block(text) == normalise_text(text), text
