from __future__ import annotations

from cleaner.classify import classify_page

from .helpers import STORY, kept, page


def test_short_subhead_between_story_paragraphs_stays() -> None:
    doc = page(STORY[0], STORY[1], "What comes next", STORY[2], STORY[3])
    classify_page(doc)
    assert "What comes next" in kept(doc)


def test_headline_about_another_story_between_paragraphs_goes() -> None:
    link = "Famous singer buys castle in the mountains after tour"
    doc = page(STORY[0], STORY[1], link, STORY[2], STORY[3])
    classify_page(doc)
    assert link not in kept(doc)
    assert doc.removed[2].rule == "classifier:inline-headline" and doc.removed[2].score == 0.0


def test_subhead_the_story_talks_about_stays() -> None:
    subhead = "Shop owners on the east bank fear the detour"
    doc = page(STORY[0], STORY[1], subhead, STORY[3], STORY[4])
    classify_page(doc)
    assert subhead in kept(doc)


def test_run_of_titles_closing_the_page_is_a_sidebar() -> None:
    doc = page(*STORY, "Famous singer buys castle in the mountains", "Local team wins the cup again", "Weather turns cold")
    classify_page(doc)
    assert kept(doc) == STORY
    assert {r.rule for r in doc.removed.values()} == {"classifier:sidebar"}


def test_one_cut_off_last_line_is_not_a_sidebar() -> None:
    doc = page(*STORY, "Both of the shops are")
    classify_page(doc)
    assert kept(doc)[-1] == "Both of the shops are"


def test_one_title_after_the_last_story_paragraph_is_a_link() -> None:
    # Nothing follows it, so it heads nothing: a link to another story, not a subhead.
    doc = page(*STORY, "In bridge battle, both towns appeal to the state")
    classify_page(doc)
    assert kept(doc) == STORY
    assert doc.removed[len(STORY)].rule == "classifier:tail-headline"


def test_a_short_closing_label_is_left_to_the_rules() -> None:
    doc = page(*STORY, "Bridge closed")  # under TAIL_SINGLE_MIN_WORDS: a sign-off or label, not judged here
    classify_page(doc)
    assert kept(doc)[-1] == "Bridge closed"


def test_list_under_a_related_heading_goes_and_story_after_it_stays() -> None:
    doc = page(STORY[0], STORY[1], "Related:", "Famous singer buys castle in the mountains",
               "Local team wins the cup again", STORY[2], STORY[3])
    classify_page(doc)
    assert kept(doc) == [STORY[0], STORY[1], STORY[2], STORY[3]]


def test_latest_heading_in_second_half_ends_the_story() -> None:
    after = "A long item about another matter that has nothing to do with the bridge at all, told in full."
    doc = page(*STORY, "Latest Local News", after)
    classify_page(doc)
    assert kept(doc) == STORY


def test_caption_repeating_the_next_paragraph_goes() -> None:
    caption = "Photo: Jane Doe/Agency " + " ".join(STORY[1].split()[:14])
    doc = page(STORY[0], caption, STORY[1], STORY[2])
    classify_page(doc)
    assert caption not in kept(doc)
    assert doc.removed[1].rule == "classifier:duplicate"


def test_scrape_stutter_without_lead_in_stays() -> None:
    stutter = " ".join(STORY[1].split()[:14])
    doc = page(STORY[0], stutter, STORY[1], STORY[2])
    classify_page(doc)
    assert stutter in kept(doc)


def test_outlet_pages_only_get_the_safe_checks() -> None:
    doc = page(*STORY, "Famous singer buys castle in the mountains", "Local team wins the cup again")
    classify_page(doc, outlet_rules=True)
    assert len(kept(doc)) == len(STORY) + 2


def test_explain_shows_classifier_removals_with_scores() -> None:
    from cleaner import Config, clean

    text = "\n\n".join([*STORY, "Famous singer buys castle in the mountains", "Local team wins the cup again"])
    article = clean(text, config=Config(explain=True))
    reasons = [(r.rule, r.score) for r in article.removed if r.rule.startswith("classifier:")]
    assert reasons and all(score is not None for _, score in reasons)
    assert clean(text, config=Config(classifier=False)).body[-1] == "Local team wins the cup again"
