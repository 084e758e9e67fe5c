"""The generic HTML layer drops page furniture, and says why for every drop."""

from __future__ import annotations

import pytest

from cleaner import Cleaner, Config

from .pages import STORY, news_page

EXPLAIN = Cleaner(Config(explain=True))
FURNITURE = "Read these other great stories from our newsroom team today"


def _clean(**parts: str):
    return EXPLAIN.clean(news_page(**parts))


def _rules(article) -> dict[str, str]:
    return {r.text: r.rule for r in article.removed}


@pytest.mark.parametrize("markup, reason", [
    (f"<aside><p>{FURNITURE}</p></aside>", "html:aside"),
    (f"<form><p>{FURNITURE}</p></form>", "html:form"),
    (f'<div class="share-tools"><p>{FURNITURE}</p></div>', "html:class-share"),
    (f'<div id="related_stories"><p>{FURNITURE}</p></div>', "html:class-related"),
    (f'<div class="ad-slot"><p>{FURNITURE}</p></div>', "html:class-ad"),
    (f'<div class="newsletter-signup"><p>{FURNITURE}</p></div>', "html:class-newsletter"),
    (f'<div hidden><p>{FURNITURE}</p></div>', "html:hidden"),
    (f'<div aria-hidden="true"><p>{FURNITURE}</p></div>', "html:hidden"),
    (f'<div style="display: none"><p>{FURNITURE}</p></div>', "html:hidden"),
    (f'<figure><img src="x.jpg"><figcaption>{FURNITURE}</figcaption></figure>', "html:figure"),
])
def test_furniture_inside_the_article_is_dropped_with_a_reason(markup: str, reason: str) -> None:
    article = _clean(inside=markup)
    assert article.body == STORY
    assert _rules(article)[FURNITURE] == reason


@pytest.mark.parametrize("cls", ["header-text", "shadow", "download", "badge", "loaded", "headline"])
def test_ad_is_a_whole_word(cls: str) -> None:
    extra = "This paragraph sits in a block whose class merely contains the letters a and d."
    article = _clean(inside=f'<div class="{cls}"><p>{extra}</p></div>')
    assert article.body == [*STORY, extra]


def test_nav_header_footer_outside_the_article_are_reported() -> None:
    rules = _rules(_clean())
    assert rules["Sport Weather"] == "html:nav"
    assert rules["Springfield Times News"] == "html:header"
    assert rules["Copyright 2024 Springfield Times. All rights reserved."] == "html:footer"


def test_header_inside_the_article_is_kept() -> None:
    page = news_page().replace("<h1>Council Expands Bus Network</h1>",
                               "<header><h1>Council Expands Bus Network</h1></header>")
    assert EXPLAIN.clean(page).headline == "Council Expands Bus Network"


def test_link_list_in_the_article_is_dropped_for_link_density() -> None:
    links = "".join(f'<li><a href="/s{i}">Other story number {i} about something else</a></li>' for i in range(4))
    article = _clean(inside=f"<ul>{links}</ul>")
    assert article.body == STORY
    assert _rules(article)["Other story number 0 about something else"] == "html:link-density"


def test_text_outside_the_article_container_goes() -> None:
    teaser = "A long teaser for another story, sitting in a box after the article, with enough words."
    article = _clean(after=f"<div><p>{teaser}</p></div>")
    assert article.body == STORY
    assert _rules(article)[teaser] == "html:outside-article"


def test_whitespace_only_and_script_elements_are_not_reported() -> None:
    article = _clean(inside="<aside>   </aside><script>var x = 'tracking';</script><style>p{}</style>")
    assert article.body == STORY
    assert all(r.text.strip() for r in article.removed)
    assert not any("tracking" in r.text for r in article.removed)


def test_layout_class_wrapping_the_story_is_not_dropped() -> None:
    page = news_page().replace("<main>", '<main><div class="two-col-sidebar-layout">').replace(
        "</main>", "</div></main>")
    assert EXPLAIN.clean(page).body == STORY


def test_class_word_around_the_story_frame_is_layout() -> None:
    """A story shown in an overlay ("render-target-modal") keeps its text: the class word
    wraps the page's <article>, so it names layout, not a popup."""
    page = news_page().replace("<main><article>", '<div class="render-target-modal"><main><article>') \
        .replace("</article></main>", "</article></main></div>")
    assert EXPLAIN.clean(page).body == STORY


def test_class_word_on_a_teaser_article_still_drops() -> None:
    teaser = ('<div class="popup"><article><p>Win a trip to the seaside with our summer competition now.</p>'
              '</article></div>')
    article = _clean(after=teaser)
    assert article.body == STORY


def test_heading_anchor_id_is_not_a_class_word() -> None:
    """Section ids that spell their heading ("sharing-with-a-single-developer") are anchors."""
    section = ('<div class="section" id="sharing-the-new-routes-with-riders">'
               '<h2>Sharing the new routes with riders</h2>'
               '<p>Maps of the six routes will be posted at every stop before the service begins in March.</p></div>')
    article = _clean(inside=section)
    assert article.body[-1] == "Maps of the six routes will be posted at every stop before the service begins in March."
    assert "Sharing the new routes with riders" in article.body


def test_share_id_that_is_not_an_anchor_still_drops() -> None:
    article = _clean(inside=f'<div id="share-this-story-now"><p>{FURNITURE}</p></div>')
    assert _rules(article)[FURNITURE] == "html:class-share"


def test_chart_labels_are_dropped() -> None:
    chart = ('<div class="ai2html"><div class="g-artboard"><p>Interest payments on the national debt</p>'
             '<p>Yield on 10-year Treasury note</p></div></div>')
    article = _clean(inside=chart)
    assert article.body == STORY
    labels = "Interest payments on the national debt Yield on 10-year Treasury note"
    assert _rules(article)[labels] == "html:class-graphic"


def test_long_dropped_element_is_reported_cut() -> None:
    thread = "".join(f"<p>Comment number {i} says the buses are a fine idea and should come sooner.</p>"
                     for i in range(20))
    article = _clean(after=f'<div id="comments">{thread}</div>')
    reported = [r.text for r in article.removed if r.rule == "html:class-comment"]
    assert reported and reported[0].endswith("…") and len(reported[0]) <= 501


@pytest.mark.parametrize("line", ["08.04.2015 12:46", "Updated Feb. 21, 2019 1:39 PM ET",
                                  "Publié le 5 mars 2019 à 10h30"])
def test_date_only_line_is_not_story(line: str) -> None:
    article = _clean(inside=f"<p>{line}</p>")
    assert article.body == STORY
    assert _rules(article)[line] == "html:dateline"


def test_date_in_a_table_cell_is_data() -> None:
    table = "<table><tr><td>April 2014</td><td>First route opened to riders in the north.</td></tr></table>"
    assert "April 2014" in _clean(inside=table).body


@pytest.mark.parametrize("depth", [1, 3, 5])
def test_paragraphs_wrapped_deep_one_by_one_are_one_story(depth: int) -> None:
    """Each paragraph in its own stack of wrappers: votes reach three levels up, so the
    container is found by climbing while the level above holds most of the prose."""
    wrapped = "".join("<div>" * depth + f"<p>{p}</p>" + "</div>" * depth for p in STORY)
    page = (f'<!DOCTYPE html><html><body><div class="wrap"><h1>Council Expands Bus Network</h1>'
            f'<div class="story">{wrapped}</div></div>'
            f'<div class="more"><p>A different story about the weather, with rain expected all week.</p></div>'
            f'</body></html>')
    assert EXPLAIN.clean(page).body == STORY
