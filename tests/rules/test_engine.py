"""Each rule kind, on small pages written for the purpose."""

from __future__ import annotations

from pathlib import Path

from cleaner import Cleaner, Config

from ..conftest import write_rules

RULES = """
[outlet]
id = "demo"
[match]
text = ['^DEMO PAGE$']
[headline]
from = "first"
[[replace]]
id = "more-link"
pattern = '\\s*Read more$'
[[drop]]
id = "label"
pattern = '^DEMO PAGE$'
[[cut_after]]
id = "comments"
pattern = '^Comments \\(\\d+\\)$'
[[cut_before]]
id = "opening"
pattern = '^STORY:'
keep_marker = true
[[drop_between]]
id = "box"
start = '^Inside box start$'
end = '^Inside box end$'
[[dedupe]]
id = "twice"
prefix = true
"""


def clean(tmp_path: Path, text: str):
    write_rules(tmp_path, "demo", RULES)
    return Cleaner(Config(rules_dirs=(tmp_path,), explain=True)).clean(text)


PAGE = """Demo Title Line
DEMO PAGE
Caption printed with a credit. Photo/Agency
Caption printed with a credit.
STORY: the story begins here.
A second story paragraph. Read more
Inside box start
A box item that reads like a sentence.
Inside box end
Last story paragraph.
A repeat paragraph.
A repeat paragraph.
Comments (3)
A comment that reads like a story paragraph.
"""


def test_rule_kinds_work_together(tmp_path: Path) -> None:
    a = clean(tmp_path, PAGE)
    assert a.outlet == "demo"
    assert a.headline == "Demo Title Line"
    assert a.body == ["STORY: the story begins here.", "A second story paragraph.", "Last story paragraph.",
                      "A repeat paragraph."]


def test_every_removal_names_its_rule(tmp_path: Path) -> None:
    a = clean(tmp_path, PAGE)
    by_text = {r.text: r.rule for r in a.removed}
    assert by_text["DEMO PAGE"] == "demo/label"
    assert by_text["Caption printed with a credit."] == "demo/opening"
    assert by_text["A box item that reads like a sentence."] == "demo/box"
    assert by_text["A comment that reads like a story paragraph."] == "demo/comments"
    assert by_text["Read more"] == "demo/more-link"
    assert [r.kind for r in a.removed if r.rule == "demo/more-link"] == ["span"]


def test_unclosed_block_removes_nothing(tmp_path: Path) -> None:
    a = clean(tmp_path, "Title Here\nDEMO PAGE\nStory one.\nInside box start\nStory two.\nStory three.")
    assert a.body == ["Story one.", "Inside box start", "Story two.", "Story three."]


def test_dedupe_drops_a_caption_that_begins_the_previous_one(tmp_path: Path) -> None:
    a = clean(tmp_path, "Title Here\nDEMO PAGE\nA caption. CREDIT\nA caption.\nStory.")
    assert a.body == ["A caption. CREDIT", "Story."]


def test_regex_timeout_skips_the_rule_and_is_reported(tmp_path: Path) -> None:
    # RE2 cannot see the lookahead, so it lets the regex module try, which backtracks.
    write_rules(tmp_path, "slow", "[outlet]\nid='slow'\n[[drop]]\nid='evil'\npattern='^(?:a|aa)+(?=b)$'\n")
    cleaner = Cleaner(Config(rules_dirs=(tmp_path,), regex_timeout=0.05))
    a = cleaner.clean("Story.\n\n" + "a" * 100_000, outlet="slow")
    assert a.body[-1].startswith("aaaa")
    assert any(t.startswith("slow/evil@") for t in a.timeouts)


def test_dedupe_sees_a_caption_copy_a_drop_rule_already_took(tmp_path: Path) -> None:
    """The credited copy goes to a drop rule; the uncredited copy under it is still a repeat."""
    rules = RULES + "[[drop]]\nid = 'credited'\npattern = 'Photo/Agency$'\n"
    write_rules(tmp_path, "demo", rules)
    a = Cleaner(Config(rules_dirs=(tmp_path,))).clean(
        "Title Here\nDEMO PAGE\nA long caption about the scene here. Photo/Agency\n"
        "A long caption about the scene here.\nStory.")
    assert a.body == ["Story."]


def test_reuters_caption_printed_twice_without_an_opener() -> None:
    from cleaner import clean as clean_page

    page = ("Some headline about a meeting\n\nLONDON Mon Jan 6, 2014 9:05am GMT\n\n"
            "A minister arrives for a meeting in London January 6, 2014. REUTERS/Jane Doe\n\n"
            "A minister arrives for a meeting in London January 6, 2014.\n\nRelated Topics\n\n"
            "The minister said on Monday that talks would go on.\n\nComments (0)\n\nOther story teaser")
    a = clean_page(page)
    assert a.outlet == "reuters"
    assert a.body == ["The minister said on Monday that talks would go on."]


SCORES = """
[outlet]
id = "scores"
[match]
text = ['^SCORES DEMO$']
[[drop]]
id = "score-box"
pattern = '^\\p{Lu}\\p{Ll}+ \\d ~ \\p{Lu}\\p{Ll}+ \\d$'
keep_introduced = true
"""


def test_keep_introduced_spares_the_story_list_but_not_the_widget(tmp_path: Path) -> None:
    """A score line under "results:" is the story's own list; the same shape alone is a score box."""
    write_rules(tmp_path, "scores", SCORES)
    a = Cleaner(Config(rules_dirs=(tmp_path,))).clean(
        "Title Here\nSCORES DEMO\nRovers 2 ~ United 1\nThe round ended late on Saturday.\nSaturday's results:\n"
        "Harbour 3 ~ Valley 0\nNorthfield 1 ~ Eastport 1\nThe league resumes next week.\nCounty 4 ~ Town 0")
    assert a.body[1:] == ["The round ended late on Saturday.", "Saturday's results:", "Harbour 3 ~ Valley 0",
                          "Northfield 1 ~ Eastport 1", "The league resumes next week."]
    assert {r.text for r in a.removed if r.rule == "scores/score-box"} == {"Rovers 2 ~ United 1", "County 4 ~ Town 0"}


TEASERS = """
[outlet]
id = "teasers"
[match]
text = ['^TEASER DEMO$']
[headline]
from = "first"
[[drop]]
id = "teaser"
pattern = '^[^?]+\\? Find out [^.]+$'
spare_title = true
"""


def test_spare_title_leaves_the_first_paragraph_to_the_headline_reader(tmp_path: Path) -> None:
    """A teaser's shape is the page's own title when it opens the page; lower down it is a teaser."""
    write_rules(tmp_path, "teasers", TEASERS)
    a = Cleaner(Config(rules_dirs=(tmp_path,), explain=True)).clean(
        "Ferry late? Find out what you are owed\nTEASER DEMO\nThe ferry ran two hours late on Friday.\n"
        "Bus late? Find out what you are owed\nThe operator apologised.")
    assert a.headline == "Ferry late? Find out what you are owed"
    assert a.body[-2:] == ["The ferry ran two hours late on Friday.", "The operator apologised."]
    assert [r.text for r in a.removed if r.rule == "teasers/teaser"] == ["Bus late? Find out what you are owed"]
