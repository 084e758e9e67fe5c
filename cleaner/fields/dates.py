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
    r"|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}(?![\d/]))"  # 08/09/2013, 05/16/18 (US order)
    rf"|\d{{1,2}}-{_MONTH}-\d{{4}}"  # 11-May-2017 (a release service's stamp)
    r"|\d{1,2}\.\d{1,2}\.\d{4}"  # 14.03.2018 (European order)
    r"|\d{1,2}\.\d{1,2}\.\d{2})(?!\d)"  # 10.17.17 (a web magazine's stamp, US order)
)
_DAY_FIRST = regex.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$")  # Europe prints the day first, with dots and the full year
_DEFAULT = datetime(2000, 1, 1)

# A stamp line: a date with its time, or a posting label and a date, alone on its line ("Thu 9 Feb 2017
# 09.30 GMT", "Posted: May 2, 2017"). The headline reader steps over one above the title; the classifier
# drops one the dateline reader left in the body.
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[a-zA-Z]*\.?"
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s)"
_TIME = r"\d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4}(?:\s?[+-]\d{1,2})?)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"(?:{_MONTH_WORD}\s{_DAY},?\s\d{{4}}|{_DAY}\s{_MONTH_WORD},?\s\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
_AFTER_DATE = r"(?:,?\s(?:at\s)?|\s(?:[·•|/—–-]|//)\s)"  # "May 2, 2017 at 9:14", "August 9, 2017 · 5:04 AM ET"
# A date with its time, in either order, the weekday anywhere before the date.
_DATE_TIME = rf"{_WEEKDAY}?(?:{_TIME},?\s{_WEEKDAY}?{_DATE}|{_DATE}{_AFTER_DATE}{_TIME})"
_LABEL = r"(?i:posted|published|updated|last updated|last modified|modified|first published|filed|edited|published time|edited time)(?: on)?:?\s"
# A bare date is a letter's or a memo's own line; a time or a posting label makes it a stamp.
STAMP = regex.compile(
    rf"^(?:\p{{Lu}}{{2,}}[\p{{Lu}}.'’-]*(?:\s\p{{Lu}}{{2,}}[\p{{Lu}}.'’-]*){{0,2}}\s)?"  # a wire's place first: "NEW YORK Mon Oct 2, ..."
    rf"(?:{_LABEL}{_WEEKDAY}?(?:{_TIME},?\s{_WEEKDAY}?)?{_DATE}(?:{_AFTER_DATE}{_TIME})?|{_DATE_TIME})"
    rf"(?:\s(?:\|\s)?(?:{_LABEL}).*)?$")  # "... Updated on March 6, 2018, 4:12 PM EST"


def parse_date(text: str | None) -> str | None:
    """The first date printed in ``text`` as ISO ``YYYY-MM-DD``, or None."""
    if not text:
        return None
    m = DATE_RE.search(text)
    if not m:
        return None
    try:
        return dateparser.parse(m.group(0), default=_DEFAULT, dayfirst=bool(_DAY_FIRST.match(m.group(0)))).date().isoformat()
    except (ValueError, OverflowError):
        return None
