"""The paragraph classifier on HTML: it trusts the structure the HTML layer has read, and
the same paragraphs as a text dump are judged as before."""

from __future__ import annotations

from cleaner import Cleaner, Config
from cleaner.classify import classify_page
from cleaner.doc import Doc
from cleaner.segment import Paragraph, segment

from .pages import STORY, news_page

CLEANER = Cleaner(Config(explain=True))
LINKED = ('But a new report released on Monday by <a href="/r">Stanford University\'s Center on Poverty '
          'and Inequality</a> calls that into question, the authors said.')
LINKED_TEXT = ("But a new report released on Monday by Stanford University's Center on Poverty and Inequality "
               "calls that into question, the authors said.")


def _classifier_removals(article) -> dict[str, str]:
    return {r.text: r.rule for r in article.removed if r.rule.startswith("classifier:")}


def test_linked_prose_stays_in_html() -> None:
    article = CLEANER.clean(news_page(story=[*STORY[:2], LINKED, *STORY[2:]]))
    assert LINKED_TEXT in article.body


def test_short_all_link_line_still_goes_in_html() -> None:
    promo = '<p>Learn more: <a href="/x">our new podcast about city buses</a></p>'
    article = CLEANER.clean(news_page(inside=promo))
    assert article.body == STORY


def test_repeated_paragraph_stays_in_html() -> None:
    repeated = "The mayor said the plan would change how thousands of people get to work every single day."
    article = CLEANER.clean(news_page(story=[*STORY, repeated, repeated]))
    assert article.body == [*STORY, repeated, repeated]


def test_story_list_under_an_introduction_stays_in_html() -> None:
    items = ["Route 12 will run to the new hospital", "Route 14 will link both train stations",
             "Route 15 will serve the university campus at night"]
    inside = "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    article = CLEANER.clean(news_page(inside=inside))
    assert article.body == [*STORY, *items]


def test_subhead_between_story_paragraphs_stays_in_html() -> None:
    story = [*STORY[:2], "<h2>Where the New Buses Will Run Next Year</h2>", *STORY[2:]]
    page = news_page(story=story).replace("<p><h2>", "<h2>").replace("</h2></p>", "</h2>")
    assert "Where the New Buses Will Run Next Year" in CLEANER.clean(page).body


def _verdicts(paragraphs: list[Paragraph]) -> dict[str, str]:
    doc = Doc(paragraphs)
    classify_page(doc)
    return {r.text: r.rule for r in doc.removed.values()}


def test_text_paragraphs_are_judged_as_before() -> None:
    """The same text as a dump (no ``tag``) still gets the text rules: a repeat and a
    linked line go, which HTML would keep."""
    repeated = ("The mayor said the plan would change how thousands of people get to work every single day, "
                "and that the council would review it in a year.")
    text = "\n\n".join([*STORY, "Follow us @springtimes https://t.co/abc", repeated, repeated])
    removed = _verdicts(segment(text))
    assert removed.get("Follow us @springtimes https://t.co/abc") == "classifier:links"
    assert removed.get(repeated) == "classifier:duplicate"
    as_html = [Paragraph(index=p.index, text=p.text, key=p.key, tag="p") for p in segment(text)]
    assert _verdicts(as_html).get(repeated) is None
