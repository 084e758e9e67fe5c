"""The main job: one page of text in, one :class:`Article` out.

``Cleaner.clean`` reads as the list of stages it runs; each stage lives in its own module
and records why it removed anything, so ``--explain`` can replay the decisions.
"""

from __future__ import annotations

from .config import Config
from .doc import Doc
from .fields.credit import extract_credit
from .fields.dateline import DatelineParts, extract_header, extract_prefix
from .fields.headline import extract_headline, extract_standfirst
from .match import match_outlet
from .normalise import normalise_page, straighten
from .record import Article
from .rules import engine
from .rules.loader import Rulebook
from .rules.model import RuleSet
from .segment import segment


class Cleaner:
    """Loads the rulebook once; reuse one instance over a whole corpus."""

    def __init__(self, config: Config | None = None, *, rulebook: Rulebook | None = None) -> None:
        self.config = config or Config()
        self.rulebook = rulebook or Rulebook.load(self.config.rules_dirs, bundled=self.config.bundled_rules)
        if self.config.outlet is not None:
            self.rulebook.ruleset(self.config.outlet)  # fail early on an unknown --outlet

    def ruleset_for(self, page: str, *, url: str | None, outlet: str | None, doc: Doc) -> RuleSet:
        forced = outlet or self.config.outlet
        if forced is not None:
            return self.rulebook.ruleset(forced)
        return self.rulebook.ruleset(match_outlet(self.rulebook, page, url, doc))

    def clean(self, text: str, *, id: str = "doc", source: str | None = None, url: str | None = None,
              outlet: str | None = None) -> Article:
        page = normalise_page(text)
        doc = Doc(segment(page), regex_timeout=self.config.regex_timeout)
        rules = self.ruleset_for(page, url=url, outlet=outlet, doc=doc)

        engine.apply_replace(doc, rules)
        engine.apply_drop(doc, rules)
        headline = extract_headline(doc, rules.fields.headline)
        standfirst = extract_standfirst(doc, rules.fields.standfirst, headline)
        dateline = DatelineParts()
        extract_header(doc, rules.fields.dateline, dateline)
        engine.apply_blocks(doc, rules)
        engine.apply_dedupe(doc, rules)
        extract_prefix(doc, rules.fields.dateline, dateline)
        credit = extract_credit(doc, rules.fields.credit, dateline.agency)

        return self.build_record(doc, id=id, source=source or id, outlet=rules.outlet, headline=headline,
                                 standfirst=standfirst, dateline=dateline, credit=credit)

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
    return _default_cleaner(config).clean(text, id=id, source=source, url=url, outlet=outlet)


_CACHE: dict[Config, Cleaner] = {}


def _default_cleaner(config: Config | None) -> Cleaner:
    key = config or Config()
    if key not in _CACHE:
        _CACHE[key] = Cleaner(key)
    return _CACHE[key]
