"""A page that is only widget text leaves a remnant; the remnant is no article."""

from __future__ import annotations

from cleaner import clean


def test_what_a_widget_page_leaves_is_no_article_but_a_short_page_stays() -> None:
    assert clean("Please enable JavaScript to watch this video.\n\nClose").body == []
    assert clean("Closed").body == ["Closed"]  # a one-line page no rule names stays
    assert clean("Advertisement\n\nThe vote passed.\n\nIt was close.").body == ["The vote passed.", "It was close."]
    assert clean("Advertisement\n\nYes.").body == ["Yes."]


def test_a_social_page_header_over_a_removed_post_is_no_article() -> None:
    post = ("honestly the scariest thing about this story is that my efforts to hide the photo have been "
            "thwarted pic.twitter.com/abc123 — Jane Roe (@janeroe) February 2, 2018")
    assert clean(f"jane roe ♡ Retweeted SFGate\n\n{post}").body == []
    # Left alone: more words than a header, or less removed than is left.
    assert clean(f"The council met on Monday night and voted to close the library\n\n{post}").body != []
    assert clean("Seven Words Left Here In This Line\n\nAdvertisement").body == ["Seven Words Left Here In This Line"]
