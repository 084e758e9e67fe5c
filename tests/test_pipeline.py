"""The Python API: one call for the job, a reusable Cleaner, robustness on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Article, Cleaner, Config, clean


def test_clean_returns_an_article_with_generic_rules() -> None:
    article = clean("A Title For The Story\n\nThe story itself.\n\nAdvertisement\n\n10 views")
    assert isinstance(article, Article)
    assert article.outlet is None
    assert article.headline == "A Title For The Story"
    assert article.body == ["The story itself."]


def test_headline_is_never_invented_from_a_sentence() -> None:
    article = clean("The first line is a sentence of the story.\n\nAnd a second one.")
    assert article.headline is None
    assert len(article.body) == 2


def test_explain_lists_removed_paragraphs_with_rule_ids() -> None:
    article = Cleaner(Config(explain=True)).clean("Some Title Here\n\nBody text.\n\nShare this\n\nPrint:")
    record = article.to_dict(explain=True)
    rules = {r["text"]: r["rule"] for r in record["removed"]}
    assert rules["Share this"] == "generic/share-print-labels"
    assert rules["Some Title Here"] == "field:headline"


def test_record_has_spec_fields_in_order() -> None:
    keys = list(clean("Body only.").to_dict())
    assert keys == ["id", "source", "outlet", "headline", "standfirst", "dateline", "body", "credit"]


def test_forced_outlet_applies_its_rules() -> None:
    text = "Headline\n\nMOSCOW -- Story.\n\nSee Full Article\n\nLatest Canada & World News\n\nOther story."
    article = clean(text, outlet="ctv-news")
    assert article.outlet == "ctv-news"
    assert article.body == ["Story."]
    assert article.dateline is not None and article.dateline.raw == "MOSCOW --"


def test_url_domain_picks_the_outlet() -> None:
    assert clean("Title\n\nText.", url="https://www.aljazeera.com/news/x").outlet == "al-jazeera"


def test_credit_line_moves_to_credit() -> None:
    article = clean("Story line one.\n\n(Reporting by Jane Roe and John Doe in Paris; Editing by Al Smith)")
    assert article.body == ["Story line one."]
    assert article.credit is not None
    assert article.credit.authors == ("Jane Roe", "John Doe")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=12))
def test_clean_never_raises_and_is_idempotent(lines: list[str]) -> None:
    cleaner = _CLEANER
    first = cleaner.clean("\n".join(lines))
    assert all(p == p.strip() and p for p in first.body)
    again = cleaner.clean("\n\n".join(first.body), outlet="generic")
    assert cleaner.clean("\n\n".join(again.body), outlet="generic").body == again.body


_CLEANER = Cleaner()
