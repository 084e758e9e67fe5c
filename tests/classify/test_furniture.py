"""Furniture told by its place: stamps, comment threads and polls go; a letter's date, a story's list and a quote stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.classify import classify_page

from .helpers import page

STORY = ["The harbour board voted on Tuesday to raise mooring fees for the first time in a decade, citing repairs.",
         "Boat owners said the increase would push some of them to moor in the next town along the coast instead.",
         "The board said the new fees would take effect in April and would be reviewed again after two years."]


def _page(*extra: str, before: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*before, *STORY, *extra])


def test_a_comment_thread_goes_with_its_comments() -> None:
    body = clean(_page("3 thoughts on “Harbour fees rise”", "sailor_jo says:", "May 2, 2018 at 7:14 am",
                       "About time the board fixed the pontoons before raising anything.", "Reply")).body
    assert body == STORY


def test_a_conversation_link_above_the_story_takes_nothing() -> None:
    body = clean(_page(before=("Join the conversation",))).body
    assert body == STORY


def test_a_letters_date_without_a_time_stays() -> None:
    body = clean(_page("February 2, 2018", "The board will publish the full schedule of fees next month.")).body
    assert "February 2, 2018" in body


def test_a_stamp_with_a_time_in_the_body_goes() -> None:
    body = clean(_page("Mar 4, 2018 at 9:40 am", "The board will publish the full schedule of fees next month.")).body
    assert "Mar 4, 2018 at 9:40 am" not in body


def test_a_poll_goes() -> None:
    body = clean(_page("Should the board have raised the fees?", "Yes", "No", "Not sure", "Vote View Results")).body
    assert body == STORY


def test_a_question_over_a_poll_a_rule_took_whole_goes() -> None:
    """The answers and button flattened onto one line, which a rule took: the question over it is the poll's."""
    last = "The board will publish the full schedule of fees next month."
    body = clean(_page("Where do you moor your boat?", "In town Out of town Elsewhere Vote View results", last)).body
    assert body == [*STORY, last]


def test_a_poll_whose_answers_say_why_goes() -> None:
    """Answers opening "Yes"/"No" may run longer than bare ones, with no vote button under them."""
    body = clean(_page("Should the board have raised the fees?", "Yes - the pontoons are falling apart",
                       "No - far too much for a small harbour", "The vote was five to two.")).body
    assert body == [*STORY, "The vote was five to two."]


def test_a_question_over_a_list_of_longer_items_is_no_poll() -> None:
    items = ["New pontoons on the east quay", "A second fuel berth near the slipway",
             "Longer opening hours for the harbour office", "Free parking for crews on race days",
             "Better lighting along the old sea wall", "A ramp for wheelchair users at the steps",
             "Bins at both ends of the promenade"]
    doc = page(*STORY, "What will the money pay for?", *items, "The vote was five to two.")
    classify_page(doc)
    assert not any(r.rule == "classifier:poll" for r in doc.removed.values())


def test_a_pull_quote_goes_and_its_sentence_stays() -> None:
    said = "\"We have held the fees down for ten years and the pontoons are falling apart,\" the chairman said on Tuesday."
    pull = "“We have held the fees down for ten years and the pontoons are falling apart.”"
    body = clean(_page(said, STORY[0].replace("Tuesday", "Monday"), pull, "The vote was five to two.")).body
    assert said in body and pull not in body


def test_a_section_kicker_and_a_bare_byline_are_read_under_the_title() -> None:
    a = clean("\n\n".join(["Business", "Harbour Board Raises Mooring Fees for the First Time in a Decade",
                           "Ann Lee and Tom Ash", *STORY]))
    assert a.headline == "Harbour Board Raises Mooring Fees for the First Time in a Decade"
    assert a.credit is not None and a.credit.authors == ("Ann Lee", "Tom Ash")
    assert a.body == STORY


def test_a_link_label_under_the_title_is_no_byline() -> None:
    a = clean("\n\n".join(["Harbour Board Raises Mooring Fees for the First Time in a Decade", "See Full Article",
                           *STORY]))
    assert a.credit is None or "See Full Article" not in a.credit.raw


def test_a_polls_answers_go_with_its_question_and_button() -> None:
    body = clean(_page("POLL: Should the board have raised the fees?", "Yes, this year", "Not until the pontoons are fixed",
                       "Vote", "The vote was five to two.")).body
    assert body == [*STORY, "The vote was five to two."]


def test_tags_under_a_topics_heading_go() -> None:
    body = clean(_page("Topics", "Harbours", "Local Government")).body
    assert body == STORY


@pytest.mark.parametrize("tail", [
    ("Harbour Board", "Moorings", "Local Government"),  # no heading over them
    ("Read more about:", "Harbours", "east quay"),  # a heading a rule removes, tags in the site's own case
])
def test_tags_closing_the_page_go(tail: tuple[str, ...]) -> None:
    body = clean(_page(*tail, "Comments are moderated and may take some time to appear.")).body
    assert body == STORY


def test_short_lines_without_a_topics_heading_stay() -> None:
    body = clean(_page("The fees will rise in two steps:", "Harbours", "Local Government",
                       "The board said both steps were needed to pay for the repairs to the east quay.")).body
    assert "Harbours" in body


def test_a_signed_readers_comment_goes() -> None:
    body = clean(_page("Comments are not checked before they appear on the site.",
                       "About time too, the pontoons are a disgrace. - Pat, Eastwick, 2 hours ago")).body
    assert body == STORY


def test_a_tabloid_caption_under_its_label_goes() -> None:
    caption = "Family affair: Chairman Tom Ash is greeted by his grandchildren after the vote on Tuesday evening"
    body = clean(_page(caption, "The vote was five to two, and the chairman said he was relieved it was over.")).body
    assert caption not in body and len(body) == len(STORY) + 1


def test_a_poll_with_yes_and_no_answers_needs_no_button() -> None:
    body = clean(_page("Should the board have raised the fees?", "Yes, the pontoons need it",
                       "No, fees are high enough", "The vote was five to two.")).body
    assert body == [*STORY, "The vote was five to two."]


MORE_STORY = ("The quay was rebuilt in 1998 after a storm tore away half of its timber decking and two of its cranes.",
              "Since then the board has patched the pontoons each spring, but it says the patching can no longer keep up.",
              "Engineers told the board last year that three of the pontoons would need replacing within five years.",
              "The replacement is expected to cost about £1.2m, most of it to be paid for by the new mooring fees.")


def test_a_comment_thread_with_stamps_between_its_comments_goes() -> None:
    body = clean(_page("14 Comments", "Dave K. says:", "June 3, 2017 at 10:12 am", "Best fish and chips on the quay, hands down.",
                       "Lorraine Whitaker says:", "June 3, 2017 at 1:47 pm", "Does anyone know if the pontoons are fixed yet?",
                       "Leave a Reply", before=MORE_STORY)).body
    assert body == [*MORE_STORY, *STORY]


def test_other_stories_after_the_credit_go_even_as_full_sentences() -> None:
    others = ["A man who spent 22 years in prison for a killing he did not commit has been awarded compensation.",
              "The city council has voted to keep the bridge closed for another year while engineers study it."]
    body = clean(_page("With files from Jo Roe", "More from Harbour News", *others)).body
    assert body == STORY


def test_a_subhead_like_heading_inside_the_story_keeps_what_follows() -> None:
    rest = ["The board will meet again in April to set the rates for visiting yachts.",
            "Its chairman said the rates would be published on the harbour website."]
    body = clean(_page("More from the meeting", *rest)).body
    assert body[-2:] == rest


def test_a_polls_answers_go_when_its_button_shares_the_questions_line() -> None:
    answers = ["Jo Roe", "Ann Lee", "Max Kim"]
    body = clean(_page("Who was your player of the match? Vote now", *answers, before=STORY[:1])).body
    assert not any(a in body for a in answers)


def test_a_poll_with_a_longer_answer_among_yes_and_no_goes_and_the_heading_under_it_is_no_answer() -> None:
    article = clean(_page("Should the board have raised the fees?", "Yes, the pontoons are falling apart",
                          "Only if the money goes to the east quay", "No, leave them as they are",
                          "Read Next", "Marina owners plan new berths for visiting yachts",
                          "The vote was five to two."))
    assert article.body == [*STORY, "The vote was five to two."]
    polled = [r.text for r in article.removed if r.rule == "classifier:poll"]
    assert polled == ["Should the board have raised the fees?", "Yes, the pontoons are falling apart",
                      "Only if the money goes to the east quay", "No, leave them as they are"]


def test_comments_under_a_bare_handle_or_anonymous_go() -> None:
    """(threads are looked for in the page's second half: the story here runs longer)"""
    more = ("Fees for visiting yachts will rise by a smaller amount, the board said.",
            "The harbour master said the money would pay for new pontoons on the east quay.",
            "Work on the pontoons is expected to start in the autumn and to take about six months.")
    body = clean(_page("Anonymous", "The pontoons have needed work for years. Good decision.", "Reply · 12 Likes",
                       "harbour_cat71", "Another fee for the same broken cleats.", "3 hours ago", before=more)).body
    assert body == [*more, *STORY]


def test_a_product_box_goes_with_its_name_and_the_story_around_it_stays() -> None:
    body = clean(_page("Harbourline Deck Brush 2", "$24.99 at Example Chandlery", "$26.00 at Boatyard Supply",
                       "Buy now", "The board will publish the full schedule of fees next month.")).body
    assert body == [*STORY, "The board will publish the full schedule of fees next month."]


def test_a_poll_whose_vote_button_a_rule_took_goes_and_a_heading_after_it_is_no_answer() -> None:
    article = clean(_page("Who should run the harbour office?", "The board", "A private firm", "Vote", "Trending",
                          "Lifeboat crew rescues two kayakers off the point"))
    assert article.body == STORY
    assert [r.text for r in article.removed if r.rule == "classifier:poll"] == [
        "Who should run the harbour office?", "The board", "A private firm"]


def test_a_corrections_link_and_a_bare_authors_label_go() -> None:
    body = clean(_page("Suggest a correction", "Authors:")).body
    assert body == STORY


def test_comments_under_the_threads_show_all_link_go() -> None:
    story = ["The harbour board voted on Tuesday to raise mooring fees for the first time in a decade, citing repairs.",
             "Boat owners said the increase would push some of them to moor in the next town along the coast instead.",
             "The board said the new fees would take effect in April and would be reviewed again after two years.",
             "A public meeting on the plan is due to be held at the yacht club at the end of the month."]
    comments = ["Honestly about time they fixed the pontoons.", "I moored there for years and the fees were always fair."]
    for opener in ("Show all 12 discussions", "Write a comment"):
        page = "\n\n".join(["Harbour fees to rise", *story, opener, *comments])
        assert clean(page).body == story, opener
    signed = "Great read, thanks! - Jo, Port Example, 03/06/2016 10:41"  # a comment signed at its end
    assert clean("\n\n".join(["Harbour fees to rise", *story, signed, *comments])).body == story
