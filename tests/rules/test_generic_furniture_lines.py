"""Single furniture lines the generic rules name, each one among story paragraphs: it goes, the story stays."""

from __future__ import annotations

import pytest

from cleaner import clean

STORY = ["The harbour board voted on Tuesday to raise mooring fees for the first time in a decade, citing repairs.",
         "Boat owners said the increase would push some of them to moor in the next town along the coast instead.",
         "The board said the new fees would take effect in April and would be reviewed again after two years."]


@pytest.mark.parametrize("line", [
    "Jump to Recipe", "Print Recipe", "4.8 stars from 212 reviews",  # a recipe page's buttons and rating
    "Harbour View Hotel — from $189 per night", "View deal",  # a travel page's booking card
    "Get the biggest daily stories by email", "Sign up to receive daily headline news from the Courier",
    "Subscribe to the Gazette for as little as 99 cents a week.",
    "This article tagged under: Harbours, Fees, Council",
    "LIVE RESULTS: PORT NORTH", "24 of 24 precincts reporting",  # an election night's box
    "Read the full indictment", "Page 1 of 34",  # an embedded court document
    "Auto Refresh",  # a live page's control
    "abc/xy",  # a wire desk's editors' initials
    "Port Example 27°F Freezing Rain", "FTSE 100 7,412.36 ▲ 0.31%",  # one town's weather, one index
    "392.40GBp", "-38.20(-8.87%)",  # a stock widget's numbers
    "CONNECT TWEET LINKEDIN COMMENT EMAIL MORE", "Play now", "MAP: Port Example 2328",
    "Social affairs correspondent",  # a writer's post under the byline
    "I Accept", "Manage Settings", "Show Purposes",  # a consent dialog's buttons
    "This is a modal window.", "Beginning of dialog window. Escape will cancel and close the window.",  # a video player
    "To continue reading this article, please subscribe.",
    "Before you go … The Courier's reporting is free to read, but it is not free to produce.",
    "Chat with us in Facebook Messenger. Find out what's happening as it unfolds.",
    "Drama. Starring Jo Roe and Ann Lee. Directed by Tom Kim. (PG-13. 104 minutes.)",  # a review's info box
    "Opens Friday in select theaters", "In cinemas Nov. 4",  # when the film opens
    "Subscribe | Sign In | e-Edition", "Crime | Courts | Public Safety", "News Reviews Guides Hardware Deals Podcast",
    "Reviews › PS5", "Auto-update: ON", "Load more",  # menus and a live page's controls
    "Previous", "1 / 14", "Best deals today", "See all prices", "Send an Email", "HANDOUT", "Editorial code of conduct",
    "Input 2022.08.17 15:20",
    "World ▸ Europe ▸ Spain", "Shares", "412", "Show more",
    "Like 1.4K Tweet Email", "The quay under ice on Sunday. Viewer photo submitted by Jo Roe",
    "(The Courier has not edited this wire report apart from the headline.)",
    "When reproducing XYZ materials, a hyperlink to the original report is mandatory.",
    "When you buy through the links on this page, the Courier may receive a small share of the sale.",
    "The skull of the juvenile, with its teeth highlighted. (Illustration by Jo Roe)",
    "47 Comments / 47 New", "Bookmark this story", "Copy this link", "Auto-refresh is on", "LIVE", "Advertise with us.",
    "By clicking the sign up button you consent to receive the newsletter.", "Thanks — you're subscribed!",
    "FOLLOW THE EXAMPLE HERALD ON FACEBOOK AND TWITTER",
    "This story is from our archives. It was first printed on page A1 on Saturday, October 3, 2009.",
    "Editor's note: Archive stories are presented as they originally appeared.",
    "Ann Lee and Jo Roe in “The Long Tide.” Courtesy of Example Films", "Jo Roe as Mara Vale in ‘The Long Tide.’",
    "The quay at dawn after the first frost of the year. ANN LEE", "Jo Roe / XYZ Crews clear the road near the quay.",  # captions
    "Companies in this story: (TSX:EXA)",
    "KXYZ 8 | Port Example News, Weather & Sports",  # a station's site title
    "CLOSINGS & DELAYS: 143 schools and businesses are closed or delayed. Tap here for the full list.",
    "Interactive Radar", "Share this with Email Facebook Messenger Twitter", "Home About Archives Contact",
    "Check traffic before you go: See our live Traffic Map with cameras and road conditions.",
    "Medically reviewed by Jo Roe, MD", "We have more newsletters Show me", "Reader comments 47", "1 Response",
    "Listen · 3:41 3:41 Toggle more options Download Embed", "IRON ORE 62% FE (CFR CHINA) $91.45 +1.20%",
    "Example Radio is supported by listeners like you. Give now to keep stories like this one coming.",
    "Subscribe to Example Review and get 12 issues for $24.", "Supported by",
    "Enlarge / The probe on its test bench before launch. Example Lab",
    "Volcanologist Jo Roe photographed at the observatory in May.",
    "Got a confidential tip? Submit it here.", "0:00 / 8:12", "This video file cannot be played.(Error Code: 102630)",
    "48,210", "Deal of the day: Save $50 on headphones at Example Mart",
    "Example Labs is a global, multi-platform media and entertainment company.",
    "Example republishes Reuters content under licence. All quotes delayed a minimum of 15 minutes.",
    "The cub, seen here at three months old, weighed just 150 grams at birth.",
    "Jo Roe talks about her new film and why she is stepping away from action roles. See more videos",
    "Before you go … independent reporting on the north costs money.",
    "Embed <iframe src=\"https://example.org/player/embed/4420/\" width=\"100%\"></iframe>",
    "Commuters wait for the first train of the day. (Representational image)",
    "hide caption Jo Roe/Example Radio", "More by this Author", "In Summary",
    "Posted in City Hall, Transit", "FINAL | Harbour Gulls 5, Valley Mariners 6 (11 inn.)",
    "Read our editorial standards.", "Watch the trailer for The Salt Orchard below.", "87 View comments",
    "Listen · 4:12 Add to playlist Download", "Author provided",
    "Get the news you need, when you need it. Sign up for our free morning briefing.",
    "This story originally appeared in the Example Reporter and is republished here through a content-sharing agreement.",
    "Listen duration 3′ 45″", "Download: Ogg MP3 ( 3′ 45″ )", "We’re sorry, this video is no longer available.",
    "Our journalism relies on the support of our readers. Subscribe today for unlimited access.",
    "Posted in: Harbours, Council",
    "Boats at the quay after Tuesday's storm. Photo / Supplied", "Open this photo in gallery:",
    "Seed trays on a bench at the library. Photograph by Jo Roe for Field & Table",
    "By clicking “Accept” or continuing to browse, you agree to the storing of cookies on your device.",
    "Read last week's harbour blog here", "Refresh this page for the latest updates.",  # a live page's links
    "Now we are on Telegram too. Follow us for the latest news from Port Example",
    "Listen back to Harbour Talk with Jo Roe, weekdays from 9am on Example Radio.",
    "This report by The Example Press was first published March 3, 2018.", "<!--iframe-->",
    "Get the Courier Morning Memo Every weekday before 7 a.m. Your email Subscribe By subscribing you consent to receive emails",
    "The quay where the new fees apply from April. (Google Street View)",
    "The pontoons need replacing. We cannot wait another winter Jo Roe, harbour master",  # a pull quote, its speaker's post
    "Accept all Manage preferences",  # a consent dialog's buttons on one line
    "Get the Harbour Week newsletter every Friday. Enter your email address", "Copy link", "Video Share",
    "Embed Harbour board votes on fees 0:58 Autoplay Copy this code to paste on your site",
    "Editorial standards: how we verify what we publish.",
    "Caption: Boats pulled up on the slipway before Tuesday's storm", "Messenger", "Next", "Video Unavailable",
    "Share this story: https://exm.pl/2xYz", "Could not subscribe, try again later Invalid Email",
    "jroe@courier.example, 216-555-0148", "Courtesy of the Roe family.", "From the Courier archive.",
    "Boats at the quay after the storm. Picture: Instagram/@jo.roe.photos",
    "More harbour coverage: https://www.courier.example/harbour",
    "If you or someone you know is struggling, call the Example Crisis Line on 0800 555 0100.",
    "EXPH (NYSE) $24.18 -1.92 (-7.36%)", "Market data as of 4:00 p.m. ET",
])
def test_the_line_goes_and_the_story_stays(line: str) -> None:
    assert clean("\n\n".join([*STORY[:2], line, STORY[2]])).body == STORY


@pytest.mark.parametrize("rules", [["Comment policy: The Courier welcomes comments that are relevant to the story."],
                                   ["Comments on this story are now closed."],
                                   ["Readers’ comments are their own and do not reflect the views of the Courier."],
                                   ["Comments are powered by Disqus. Enable JavaScript to join the conversation."],
                                   ["Log in to post a comment."],
                                   ["Join the Conversation", "214 Comments"],
                                   ["Promoted Comments", "harbour_watcher", "About time they fixed the east quay."],
                                   ["Discuss this film in the Reel Verdict forums."],
                                   ["Commenting is limited to subscribers. Log in or subscribe to join the conversation."],
                                   ["What do you think? Should the fees stay? Have your say in the comments below."],
                                   ["Did you know you can comment on this article? Subscribe and add your voice to the conversation."],
                                   ["Welcome to the discussion.", "Keep it Clean. Please avoid obscene, vulgar or lewd language.",
                                    "Be Truthful. Don't knowingly lie about anyone or anything."]])
def test_a_comment_policy_closing_the_page_goes(rules: list[str]) -> None:
    assert clean("\n\n".join([*STORY, *rules])).body == STORY


def test_a_consent_dialog_over_the_title_goes_and_the_title_is_read() -> None:
    title = "Harbour board raises mooring fees for the first time in a decade"
    page = "\n\n".join(["Your privacy", "We and our partners use cookies to store information on your device.",
                         "Some of our partners rely on your consent, while others rely on their legitimate interests.",
                         "I Accept", "Show Purposes", title, *STORY])
    a = clean(page)
    assert a.headline == title and a.body == STORY


def test_a_title_alone_over_a_paywall_is_the_headline() -> None:
    title = "Harbour board raises mooring fees for the first time in a decade"
    wall = ["You've reached your limit of free articles this month.", "Subscribe Now", "Already a subscriber? Log in"]
    page = "\n\n".join([title, *wall])
    a = clean(page)
    assert a.headline == title and a.body == []


def test_a_footer_menu_dumped_a_link_a_line_goes() -> None:
    page = "\n\n".join([*STORY, "About Us", "Contact Us", "Privacy Policy", "Terms of Use"])
    assert clean(page).body == STORY


def test_a_line_introducing_the_document_the_story_prints_stays() -> None:
    """"Read the full indictment" links to an embed; "Read the full memo below:" opens the text the story prints."""
    lines = [*STORY[:2], "Read the full memo below:", "Team,", "This morning the board voted not to renew our licence."]
    assert clean("\n\n".join(lines)).body == lines


def test_a_menu_over_the_title_goes_and_the_title_is_read() -> None:
    title = "Harbour board raises mooring fees for the first time in a decade"
    a = clean("\n\n".join(["Subscribe | Sign In | e-Edition", title, *STORY]))
    assert a.headline == title and a.body == STORY


def test_a_copyright_line_with_a_circled_c_closes_the_story() -> None:
    assert clean("\n\n".join([*STORY, "Copyright ⓒ Example Pulse. No copying without permission."])).body == STORY
