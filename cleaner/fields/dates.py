"""Find and parse a publication date printed in a header line or dateline prefix.

Only text the page prints as a date is parsed; nothing is guessed from the story. A date
without a year is not a date here (the year would be a guess).
"""

from __future__ import annotations

from datetime import datetime

import regex
from dateutil import parser as dateparser

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_RE = regex.compile(
    rf"(?i)\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # Aug 9, 2013
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"  # 9 August 2013
    r"|\d{4}-\d{2}-\d{2}"  # 2013-08-09
    r"|\d{1,2}/\d{1,2}/\d{4}"  # 08/09/2013 (US order)
    r"|\d{1,2}\.\d{1,2}\.\d{2})(?!\d)"  # 10.17.17 (a web magazine's stamp, US order)
)
_DEFAULT = datetime(2000, 1, 1)


def parse_date(text: str | None) -> str | None:
    """The first date printed in ``text`` as ISO ``YYYY-MM-DD``, or None."""
    if not text:
        return None
    m = DATE_RE.search(text)
    if not m:
        return None
    try:
        return dateparser.parse(m.group(0), default=_DEFAULT).date().isoformat()
    except (ValueError, OverflowError):
        return None
