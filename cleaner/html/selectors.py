"""CSS selectors from ``[html]`` rule tables, compiled once when the rule file loads.

The page tree is lxml's (see parse.py), so selectors are translated to XPath with
``cssselect`` (what ``lxml.cssselect`` uses) instead of run by soupsieve, which only
walks BeautifulSoup trees. A selector that does not parse, or uses a pseudo-class the
translator lacks, is a :class:`RuleError` naming the file and the key.
"""

from __future__ import annotations

import cssselect
import lxml.etree

from ..errors import RuleError

_TRANSLATOR = cssselect.HTMLTranslator()


def compile_selector(css: str, *, file: str, rule: str) -> lxml.etree.XPath:
    try:
        return lxml.etree.XPath(_TRANSLATOR.css_to_xpath(css))
    except (cssselect.SelectorError, lxml.etree.XPathSyntaxError, TypeError, ValueError) as exc:
        raise RuleError(file, rule, f"bad CSS selector {css!r}: {exc}") from None


def select(xpath: lxml.etree.XPath | None, root: lxml.etree._Element) -> list[lxml.etree._Element]:
    """Elements matched, in document order; nothing for no selector."""
    if xpath is None:
        return []
    found = xpath(root)
    return [el for el in found if isinstance(el, lxml.etree._Element)] if isinstance(found, list) else []
