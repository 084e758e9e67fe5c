"""The lines of a multi-line post above its removed attribution line."""

from __future__ import annotations

from cleaner import clean

STORY = ("The actor's remarks on Thursday drew a long reply from several colleagues, who said the interview "
         "had missed the point of the campaign entirely.")
END = "The studio did not respond to a request for comment on Friday about the remarks or the replies to them."


def test_short_lines_over_a_short_attribution_are_the_post() -> None:
    page = f"{STORY}\n\nDear Sam,\n\nIt is the small things.\n\n(Thread) — Ann Lee (@annlee) December 16, 2017\n\n{END}"
    assert clean(page).body == [STORY, END]
    # Three short lines may hold a short line of the story's: all stay.
    page = page.replace("Dear Sam,", "She answered him.\n\nDear Sam,")
    assert clean(page).body == [STORY, "She answered him.", "Dear Sam,", "It is the small things.", END]


def test_the_line_introducing_the_post_and_a_transcript_above_a_post_stay() -> None:
    intro = f"{STORY}\n\nShe wrote on Twitter:\n\nDear Sam,\n\n(Thread) — Ann Lee (@annlee) December 16, 2017\n\n{END}"
    assert "She wrote on Twitter:" in clean(intro).body
    transcript = 'Lee: "Says who?"\n\nRoe: "Polls."\n\nLee: "Which polls?"\n\nRoe: "All of them."'
    page = f"{STORY}\n\n{transcript}\n\n\"ALL OF THEM.\" — Jo Fan (@jofan) August 17, 2016\n\n{END}"
    assert clean(page).body == [STORY, *transcript.split("\n\n"), END]


def test_a_post_with_its_own_text_on_the_attribution_line_takes_nothing_above() -> None:
    page = (f"{STORY}\n\nDear Sam,\n\nThe campaign was never about one film, and you know it well. "
            f"— Ann Lee (@annlee) December 16, 2017\n\n{END}")
    assert "Dear Sam," in clean(page).body


def test_a_removed_line_that_is_no_attribution_claims_nothing_above() -> None:
    # A hashtag line, a player label and a card's "Name @handle" header open a post or are one:
    # the story's short line above them stays.
    short = "The vote was close."
    for removed in ["Game night with the team 🏀 #finals", "Embedded video", "Jo Roe @joroe"]:
        assert short in clean(f"{STORY}\n\n{short}\n\n{removed}\n\n{END}").body, removed



def test_the_text_between_an_instagram_embeds_frame_lines_is_the_post() -> None:
    post = "One year of you and your terrible jokes. You are the calm in all my chaos. Happy anniversary!"
    page = (f"{STORY}\n\nView this post on Instagram\n\n{post}\n\n"
            f"A post shared by Ann Lee (@annlee) on Jan 13, 2019 at 9:02pm PST\n\n{END}")
    assert clean(page).body == [STORY, END]


def test_more_short_lines_are_the_post_under_a_paragraph_saying_where_it_was_posted() -> None:
    intro = "The singer took to Twitter on Saturday to point out how few women were on this summer's festival bill."
    page = (f"{intro}\n\nLooked at the lineup this morning.\n\n31 acts.\n\nTwo women.\n\n"
            f"It's 2018, y'all. — Ann Lee (@annlee) March 3, 2018\n\n{END}")
    assert clean(page).body == [intro, END]



def test_a_hashtagged_line_over_a_post_with_its_own_text_is_the_posts_opening() -> None:
    opening = "#breaking Crews are fighting a brush fire near the old quarry road, roads closed. #ridgefire #valley"
    page = f"{opening}\n\nMore on the late news pic.twitter.com/abc123 — Ann Lee (@annlee) May 2, 2018\n\n{STORY}\n\n{END}"
    assert clean(page).body == [STORY, END]
    # A story line naming one hashtag in passing stays.
    named = "The #ridgefire tag trended all evening as residents shared pictures of the smoke over the valley."
    page = f"{STORY}\n\n{named}\n\nMore on the late news pic.twitter.com/abc123 — Ann Lee (@annlee) May 2, 2018\n\n{END}"
    assert named in clean(page).body


def test_two_short_lines_over_a_post_ending_on_a_short_line_are_the_post() -> None:
    page = (f"{STORY}\n\n\"That film was the best of the year.\"\n\n\"Says who?\"\n\n"
            f"\"Polls. Most of them. All of them.\" — Jo Fan (@jofan) August 17, 2016\n\n{END}")
    assert clean(page).body == [STORY, END]
