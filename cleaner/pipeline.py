"""The main job: one page of text in, one :class:`Article` out.

``Cleaner.clean`` reads as the list of stages it runs; each stage lives in its own module
and records why it removed anything, so ``--explain`` can replay the decisions.
"""

from __future__ import annotations

from .classify import classify_page
from .config import Config
from .doc import Doc
from .fields.credit import build_credit, drop_author_bio, take_credit_lines
from .fields.dateline import DatelineParts, extract_header, extract_prefix
from .fields.headline import extract_headline, extract_standfirst
from .html.blocks import walk
from .html.detect import looks_like_html
from .html.metadata import read_meta
from .html.page import HtmlPage, fill_fields, page_text, read_page
from .html.parse import parse_html
from .match import match_outlet
from .normalise import normalise_page, straighten
from .record import Article
from .repeats import RepeatTable, drop_repeats
from .rules import engine
from .rules.loader import Rulebook
from .rules.model import RuleSet
from .segment import segment


class Cleaner:
    """Loads the rulebook once; reuse one instance over a whole corpus."""

    def __init__(self, config: Config | None = None, *, rulebook: Rulebook | None = None) -> None:
        self.config = config or Config()
        self.rulebook = rulebook or Rulebook.load(self.config.rules_dirs, bundled=self.config.bundled_rules)
        self._repeats: RepeatTable | None = None  # loaded on first use
        if self.config.outlet is not None:
            self.rulebook.ruleset(self.config.outlet)  # fail early on an unknown --outlet

    def ruleset_for(self, page: str, *, url: str | None, outlet: str | None, doc: Doc) -> RuleSet:
        forced = outlet or self.config.outlet
        if forced is not None:
            return self.rulebook.ruleset(forced)
        return self.rulebook.ruleset(match_outlet(self.rulebook, page, url, doc))

    def clean(self, text: str, *, id: str = "doc", source: str | None = None, url: str | None = None,
              outlet: str | None = None) -> Article:
        html: HtmlPage | None = None
        if looks_like_html(text):
            doc, rules, html = self.read_html(text, url=url, outlet=outlet)
        else:
            page = normalise_page(text)
            doc = Doc(segment(page), regex_timeout=self.config.regex_timeout)
            rules = self.ruleset_for(page, url=url, outlet=outlet, doc=doc)

        engine.apply_replace(doc, rules)
        engine.apply_drop(doc, rules)
        # HTML marks its headline (h1, og:title); a first <p> that looks like a title is not one.
        headline = html.headline if html else extract_headline(doc, rules.fields.headline)
        standfirst = extract_standfirst(doc, rules.fields.standfirst, headline)
        dateline = DatelineParts()
        extract_header(doc, rules.fields.dateline, dateline)
        engine.apply_blocks(doc, rules)
        engine.apply_dedupe(doc, rules)
        credit_lines = take_credit_lines(doc, rules.fields.credit)
        extract_prefix(doc, rules.fields.dateline, dateline)
        credit = build_credit(credit_lines, rules.fields.credit, dateline.agency)
        self.classify_rest(doc, headline, rules)
        drop_author_bio(doc, credit)  # after the classifier: a sidebar list under the bio no longer hides it
        if html is not None:
            credit = fill_fields(html, doc, dateline, credit)

        return self.build_record(doc, id=id, source=source or id, outlet=rules.outlet, headline=headline,
                                 standfirst=standfirst, dateline=dateline, credit=credit)

    def classify_rest(self, doc: Doc, headline: str | None, rules: RuleSet) -> None:
        """What no rule named: lines repeated across the corpus, then the paragraph classifier."""
        if self.config.boilerplate_table is not None:
            drop_repeats(doc, self.repeats(), self.config.boilerplate_min_docs)
        if self.config.classifier:
            classify_page(doc, headline, outlet_rules=rules.outlet is not None, model=self.config.junk_model)

    def repeats(self) -> RepeatTable:
        if self._repeats is None:
            self._repeats = RepeatTable.load(self.config.boilerplate_table)
        return self._repeats

    def read_html(self, text: str, *, url: str | None, outlet: str | None) -> tuple[Doc, RuleSet, HtmlPage]:
        """HTML input: parse, match the outlet (by the page's own URL when none was given),
        then read the article's paragraphs through the ``[html]`` rules and the generic layer."""
        root = parse_html(text)
        meta = read_meta(root)
        blocks = walk(root)  # generic layer only: its text is what fingerprints are matched in
        probe = Doc([], regex_timeout=self.config.regex_timeout)
        rules = self.ruleset_for(page_text(blocks), url=url or meta.url, outlet=outlet, doc=probe)
        html = read_page(root, meta, rules.html, blocks)
        doc = Doc(html.paragraphs, regex_timeout=self.config.regex_timeout)
        doc.spans.extend(html.removals)  # elements the HTML layer removed, kind "element"
        return doc, rules, html

    def build_record(self, doc: Doc, *, id: str, source: str, outlet: str | None, headline: str | None,
                     standfirst: str | None, dateline: DatelineParts, credit) -> Article:
        fix = straighten if self.config.straighten_quotes else (lambda s: s)
        article = Article(
            id=id,
            source=source,
            outlet=outlet,
            headline=fix(headline) if headline else None,
            standfirst=fix(standfirst) if standfirst else None,
            dateline=dateline.build(),
            body=[fix(p.text) for p in doc.alive()],
            credit=credit,
        )
        # Kept even without --explain: the run report counts removals per rule.
        article.removed = sorted([*doc.removed.values(), *doc.spans], key=lambda r: (r.index, r.kind))
        article.fields_from = dict(doc.fields_from)
        article.timeouts = list(doc.timeouts)
        return article


def clean(text: str, *, id: str = "doc", source: str | None = None, url: str | None = None,
          outlet: str | None = None, config: Config | None = None) -> Article:
    """Clean one page with a one-off :class:`Cleaner`. For many pages, reuse a Cleaner.

    >>> clean("Title Of The Story\\n\\nFirst paragraph of the story.\\n\\nAdvertisement").body
    ['First paragraph of the story.']
    """
    return shared_cleaner(config).clean(text, id=id, source=source, url=url, outlet=outlet)


_CACHE: dict[Config, Cleaner] = {}


def shared_cleaner(config: Config | None = None, *, fresh: bool = False) -> Cleaner:
    """The process's one :class:`Cleaner` for ``config``, built on first use (or now, if ``fresh``).

    Loading and compiling the rule files is a fifth of a second; the CLI builds it ``fresh``
    (rule files may have changed since an earlier run in the same process) to validate the
    rules before a run starts, then the runner and its forked workers reuse it, so a run
    pays for it once instead of once per step and per worker.
    """
    key = config or Config()
    if fresh or key not in _CACHE:
        _CACHE[key] = Cleaner(key)
    return _CACHE[key]
