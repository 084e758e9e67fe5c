"""Page metadata fills the fields the text lacks: headline, date, credit."""

from __future__ import annotations

import json

from cleaner import clean
from cleaner.html.metadata import strip_site_name

from .pages import news_page

OG = ('<meta property="og:site_name" content="Springfield Times">'
      '<meta property="og:title" content="Council Expands Bus Network | Springfield Times">')


def test_site_name_suffix_is_stripped() -> None:
    assert strip_site_name("Council votes | Springfield Times", "Springfield Times") == "Council votes"
    assert strip_site_name("Springfield Times - Council votes", "Springfield Times") == "Council votes"
    assert strip_site_name("Yes - no | maybe", "Other Site") == "Yes - no | maybe"


def test_h1_inside_the_article_wins() -> None:
    html = news_page(head=OG, before="<h1>Springfield Times</h1>")
    assert clean(html).headline == "Council Expands Bus Network"


def test_og_title_when_there_is_no_h1() -> None:
    html = news_page(head=OG).replace("<h1>Council Expands Bus Network</h1>", "")
    assert clean(html).headline == "Council Expands Bus Network"


def test_date_from_published_time_meta() -> None:
    html = news_page(head='<meta property="article:published_time" content="2024-03-05T09:30:00Z">')
    article = clean(html)
    assert article.dateline is not None
    assert (article.dateline.date, article.dateline.raw, article.dateline.place) == (
        "2024-03-05", "2024-03-05T09:30:00Z", None)


def test_date_from_json_ld_and_author_credit() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2023-11-02",
          "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}]}
    html = news_page(head=f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    article = clean(html)
    assert article.dateline.date == "2023-11-02"
    assert article.credit is not None
    assert article.credit.authors == ("Jane Roe", "John Doe") and article.credit.agency is None


def test_time_element_date() -> None:
    html = news_page(inside='<p><time datetime="2022-07-01T10:00">July 1, 2022</time></p>')
    article = clean(html)
    assert (article.dateline.date, article.dateline.raw) == ("2022-07-01", "July 1, 2022")


def test_author_meta_but_not_a_profile_url() -> None:
    html = news_page(head='<meta name="author" content="Jane Roe">'
                          '<meta property="article:author" content="https://facebook.com/janeroe">')
    assert clean(html).credit.to_dict() == {"raw": "Jane Roe", "authors": ["Jane Roe"], "agency": None}
    html = news_page(head='<meta property="article:author" content="https://facebook.com/janeroe">')
    assert clean(html).credit is None


def test_agency_author_is_the_agency() -> None:
    html = news_page(head='<meta name="author" content="Reuters">')
    assert clean(html).credit.to_dict() == {"raw": "Reuters", "authors": [], "agency": "Reuters"}


def test_byline_paragraph_leaves_the_body() -> None:
    story = ["The council voted on Tuesday to expand the bus network, adding six routes.",
             "Officials said the new routes would start in March, with buses every ten minutes."]
    article = clean(news_page(story=["By Jane Roe", *story]))
    assert article.body == story
    assert article.credit.authors == ("Jane Roe",)


def test_record_has_only_spec_fields() -> None:
    record = clean(news_page(head=OG)).to_dict()
    assert list(record) == ["id", "source", "outlet", "headline", "standfirst", "dateline", "body", "credit"]


def test_a_short_story_line_starting_with_by_is_not_a_byline() -> None:
    from cleaner.html.page import is_byline

    assert is_byline("By Jane Roe and John Doe | Staff Writers")
    assert is_byline("By JANE ROE")
    assert not is_byline("By the end of the day it was over.")
    assert not is_byline("By Alex Heath, a deputy editor and author of the Command Line newsletter.")
