"""Small hand-written HTML pages for the HTML tests (no third-party fixtures needed)."""

from __future__ import annotations

STORY = [
    "The city council voted on Tuesday to expand the bus network, adding six routes across the north side.",
    "Officials said the new routes would start in March, with buses running every ten minutes at rush hour.",
    "Residents had asked for better service for years, and several spoke at the meeting in favour of the plan.",
    "The expansion will cost about $4 million a year, paid for by a regional transit levy approved last spring.",
]


def news_page(*, head: str = "", before: str = "", inside: str = "", after: str = "", story: list[str] | None = None,
              h1: str = "Council Expands Bus Network") -> str:
    """A news page: site chrome around an <article> holding a headline and the story."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in (story or STORY))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{h1} | Springfield Times</title>{head}</head>
<body>
<header class="site-header"><a href="/">Springfield Times</a> <a href="/news">News</a></header>
<nav><ul><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
{before}
<main><article>
<h1>{h1}</h1>
<div class="article-body">
{paragraphs}
{inside}
</div>
</article></main>
{after}
<footer><p>Copyright 2024 Springfield Times. All rights reserved.</p></footer>
</body></html>"""
