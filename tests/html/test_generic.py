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
