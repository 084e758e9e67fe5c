"""A page that is only widget text leaves a remnant; the remnant is no article."""

from __future__ import annotations

from cleaner import clean


def test_what_a_widget_page_leaves_is_no_article_but_a_short_page_stays() -> None:
    assert clean("Please enable JavaScript to watch this video.\n\nClose").body == []
    assert clean("Close").body == ["Close"]
    assert clean("Advertisement\n\nThe vote passed.\n\nIt was close.").body == ["The vote passed.", "It was close."]
    assert clean("Advertisement\n\nYes.").body == ["Yes."]
