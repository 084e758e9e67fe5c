"""Tell HTML from a plain-text dump by looking at the start of the page.

File names and JSONL fields say "HTML" for most inputs (the input layer handles those);
this check is for a bare string handed to ``clean()``. It must be cheap and must not
mistake a text dump that quotes a tag or two for a page, so it asks for a doctype, an
``<html>`` tag, or many block tags near the top.
"""

from __future__ import annotations

import regex

SNIFF_CHARS = 4096  # only the first few KB are looked at
MIN_BLOCK_TAGS = 5  # block tags in the sniffed part that make a fragment count as HTML
_START = regex.compile(r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
                       regex.IGNORECASE | regex.DOTALL)
_BLOCK_TAG = regex.compile(r"</?(?:p|div|h[1-6]|li|ul|ol|article|section|body|head|meta|br|table|tr|td|span|a)"
                           r"(?:\s[^<>]*)?/?>", regex.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page or fragment rather than a text dump.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Headline\\n\\nA story that mentions <p> once.")
    False
    """
    head = text[:SNIFF_CHARS]
    if _START.match(head):
        return True
    lines = max(1, head.count("\n"))
    tags = len(_BLOCK_TAG.findall(head))
    # A text dump has one paragraph per line; HTML has tags on nearly every line, or
    # many tags on a few long lines.
    return tags >= MIN_BLOCK_TAGS and tags >= lines / 2
