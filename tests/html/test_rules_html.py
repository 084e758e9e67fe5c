"""``[html]`` tables in rule files: selectors validated at load, applied to HTML pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner, Config, RuleError
from cleaner.rules import load_file

from ..conftest import write_rules
from .pages import STORY, news_page

TIMES = """
[outlet]
id = "springfield-times"

[match]
domains = ["springfield-times.example"]

[html]
strip = [".promo-box", "p.kicker"]
body = "div.article-body"
headline = "h1"
date = "span.stamp"
author = ".author-name"
"""
CANONICAL = '<link rel="canonical" href="https://www.springfield-times.example/news/bus">'


def _cleaner(tmp_path: Path, text: str = TIMES) -> Cleaner:
    write_rules(tmp_path, "springfield-times", text)
    return Cleaner(Config(rules_dirs=(tmp_path,), explain=True))


def test_html_table_loads_with_compiled_selectors(tmp_path: Path) -> None:
    f = load_file(write_rules(tmp_path, "springfield-times", TIMES))
    assert f.html is not None and len(f.html.strip) == 2 and f.html.body is not None


@pytest.mark.parametrize("line, where", [
    ('strip = ["div["]', "html.strip"),
    ('body = "p:nosuchthing"', "html.body"),
    ('headline = ""', None),  # an empty selector is skipped, not an error
])
def test_bad_selector_is_a_rule_error_naming_file_and_key(tmp_path: Path, line: str, where: str | None) -> None:
    text = f'[outlet]\nid = "x"\n\n[html]\n{line}\n'
    path = write_rules(tmp_path, "x", text)
    if where is None:
        load_file(path)
        return
    with pytest.raises(RuleError) as err:
        load_file(path)
    assert err.value.rule == where and str(path) in str(err.value) and "selector" in err.value.reason


def test_unknown_html_key_is_a_rule_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="did you mean 'strip'"):
        load_file(write_rules(tmp_path, "x", '[outlet]\nid = "x"\n\n[html]\nstrp = ["nav"]\n'))


def test_outlet_matched_by_canonical_url_and_selectors_applied(tmp_path: Path) -> None:
    inside = ('<div class="promo-box"><p>Subscribe to our print edition for just a dollar a week today.</p></div>'
              '<p class="kicker">Transit</p><span class="stamp">2024-02-01</span>'
              '<p>By <span class="author-name">Jane Roe</span></p>')
    article = _cleaner(tmp_path).clean(news_page(head=CANONICAL, inside=inside))
    assert article.outlet == "springfield-times"
    assert article.body == STORY
    assert article.dateline.date == "2024-02-01"
    assert article.credit.authors == ("Jane Roe",)
    rules = {r.rule for r in article.removed}
    assert "springfield-times/html.strip" in rules


def test_given_url_beats_the_page_url(tmp_path: Path) -> None:
    page = news_page(head='<link rel="canonical" href="https://elsewhere.example/x">')
    assert _cleaner(tmp_path).clean(page, url="https://springfield-times.example/a").outlet == "springfield-times"
    assert _cleaner(tmp_path).clean(page).outlet is None


def test_body_selector_replaces_the_generic_container_choice(tmp_path: Path) -> None:
    text = TIMES.replace('body = "div.article-body"', 'body = "div.only-this"')
    page = news_page(head=CANONICAL, inside='<div class="only-this"><p>Only this paragraph is the story.</p></div>')
    assert _cleaner(tmp_path, text).clean(page).body == ["Only this paragraph is the story."]


def test_rule_tests_run_on_an_html_fixture(tmp_path: Path) -> None:
    from cleaner.authoring.ruletest import run_tests

    fixture = tmp_path / "fixtures" / "page.html"
    fixture.parent.mkdir()
    fixture.write_text(news_page(head=CANONICAL, inside='<div class="promo-box"><p>Buy the paper.</p></div>'),
                       encoding="utf-8")
    text = TIMES + f"""
[[tests]]
id = "html-page"
fixture = "fixtures/page.html"
contains = [{STORY[0]!r}]
not_contains = ["Buy the paper."]
"""
    path = write_rules(tmp_path, "springfield-times", text)
    results = run_tests([path])
    assert [r.passed for r in results] == [True]
