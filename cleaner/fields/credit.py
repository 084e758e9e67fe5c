"""Credit lines: which paragraphs are credits is rule data; how to read one is here.

A credit line names who wrote or reported the story and for which wire. Editors and
photographers are credited on the line too, but they are not the story's authors.
"""

from __future__ import annotations

from typing import Any

import regex

from ..classify.stoplists import stoplist
from ..doc import Doc
from ..prefilter import prefilter_for
from ..record import BUILT_IN_REMOVERS, Credit
from ..segment import Paragraph
from .dates import STAMP

# Lower-case key -> the agency name as records print it.
KNOWN_AGENCIES = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "ap": "Associated Press",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg News",
    "dpa": "dpa",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "upi": "UPI",
    "press association": "Press Association",
    "pa": "Press Association",
    "canadian press": "The Canadian Press",
    "the canadian press": "The Canadian Press",
    "healthday news": "HealthDay",
    "healthday": "HealthDay",
    "news agencies": "News Agencies",
    "agencies": "Agencies",
    "pti": "PTI",
    "press trust of india": "PTI",
    "ians": "IANS",
    "ani": "ANI",
    "aap": "AAP",
    "australian associated press": "AAP",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "efe": "EFE",
    "bernama": "Bernama",
    "ansa": "ANSA",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "dha": "DHA",
    "spa": "SPA",
    "wam": "WAM",
    "kuna": "KUNA",
}
# A wire named after the writer with no comma: "By JO ROE Associated Press", "Jo Roe Reuters".
# (Short names that are also people's names or words, "PA", "ANI", "EFE", "SPA", are left out.)
_TRAILING_WIRE = regex.compile(
    r"^(?P<names>\p{Lu}\S*(?:\s\S+)+?)\s+(?P<agency>"
    + "|".join(regex.escape(k) for k in sorted(KNOWN_AGENCIES, key=len, reverse=True) if k not in ("pa", "ani", "efe", "spa", "dha", "wam", "kuna"))
    + r")$", regex.IGNORECASE)
_AUTHOR_ROLE = regex.compile(
    r"(?i)^(?:[—–-]+\s*)?(?:additional |compiled and )?(?:reporting|writing|reported|written|compiled|research|"
    r"reporting and writing|writing and reporting|with (?:a report|reports|reporting|assistance|inputs?|files|wire reports))(?: by| from)\s+(?P<names>.+)$"
    r"|^contributing:\s*(?P<names2>.+)$")
_OTHER_ROLE = regex.compile(r"(?i)^(?:editing|edited|photos?|photography|graphics?|video|produced|"
                            r"design|illustrations?|translat\w+)\b")
_BYLINE = regex.compile(r"(?i)^(?:(?:story|words|text|article|posted|reported|written)(?: and (?:photos|pictures|photographs|images))? )?by:?\s+(?P<names>.+)$"
                        r"|^(?i:reporter|writer|author|words|text|story)\s?:\s*(?P<names>.+)$"  # "Reporter: Jo Roe"
                        r"|^(?P<names>\p{Lu}[^,]{2,60}),\s+(?i:special to)\s.+$")  # a stringer's: "Jo Roe, Special to the Courier"
_WITH = regex.compile(r"(?i)^with\s+")
_CONTRIBUTED = regex.compile(
    r"(?i)^(?:[—–-]+\s*)?(?P<names>.+?)\s+(?:also\s+)?contributed(?:\s+reporting)?"
    r"(?:\s+to\s+this\s+(?:report|story|article))?(?:\s+from\s+[^.]+)?\.?$")
_REPORTED_FROM = regex.compile(r"(?i)^(?P<names>.+?)\s+(?:reported|contributed reporting)\s+from\s+[^.]+(?:\.[^.]*)*$")
# "Associated Press journalist Jane Doe reported this story in X and AP writer John Roe reported from Y":
# each part names its reporter, perhaps after the wire and the role (read as in other credits).
_REPORTED_THIS = regex.compile(r"(?:^|\band\s+)(?P<names>\p{Lu}.*?)\s+reported(?:\s+this\s+(?:story|report))?\s+(?:in|from)\s")
_POSTS = r"(?:editor|correspondent|reporter|writer|columnist|critic)"  # a writer's post after the name
# "Jane Roe, health policy editor": the writer and their post, the post not a name.
_NAME_POST = regex.compile(rf"^(?P<names>\p{{Lu}}[^,]{{2,60}}),\s+(?:[\p{{L}}-]+\s+){{0,3}}{_POSTS}$")
# "Jo Roe", "Jo Roe and Ann Lee", "Jo Roe North of England correspondent": names, then perhaps the post
_NAMES_RUN = (r"(?P<names>\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}?"
              r"(?:(?:,| and| &) \p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}?)*?)")
_BARE_NAMES = regex.compile(rf"^{_NAMES_RUN}(?:,? (?:[\p{{L}}'’-]+ ){{0,4}}(?i:{_POSTS}))?$")  # "South-west correspondent"
# the writer and the outlet set off by a dot, as broadcasters' sites print it: "Jo Roe · Example News"
_NAME_OUTLET = regex.compile(rf"^{_NAMES_RUN}(?: [·•]|\s?\|) (?P<outlet>\p{{Lu}}[\p{{L}}\d.'’& -]{{1,40}})$")
# the writer and the town filed from: "Jo Roe, Abuja" (a wire there is the agency: "Jo Roe, Associated Press")
_NAME_WHERE = regex.compile(rf"^{_NAMES_RUN}, (?P<where>\p{{Lu}}[\p{{L}}'’.-]+(?: \p{{Lu}}[\p{{L}}'’.-]+){{0,2}})$")
# writers with where they wrote from, as some papers print the byline: "Jo Roe in Paris and Ann Lee in Rome"
_NAMES_IN = regex.compile(r"^(?P<names>\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2} in \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2}"
                          r"(?:(?:,| and) \p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2} in \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2})*)$")
# a byline set in capitals: "JO McROE", "ANN B. LEE" (the name kept as printed)
_CAPS_NAMES = regex.compile(r"^(?P<names>\p{Lu}{2,}(?: \p{Lu}\.)?(?: (?:Mc|Mac|O')?\p{Lu}{2,}[\p{Lu}'’-]*){1,2})$")
_SOURCE = regex.compile(r"(?i)^source:\s*(?P<agency>.+?)\.?$")
_SIGNOFF = regex.compile(r"^(?:--|—|–|==)\s*(?P<names>\p{Lu}[^.!?]+)$")  # "-- Yvonne Villarreal" under the story, "==Kyodo"
_WRITER_ROLE = regex.compile(
    r"(?i)^(?:the\s+)?(?P<agency>associated press|reuters|afp|bloomberg|ap)?\s*"
    r"(?:staff\s+|chief\s+|senior\s+)?(?:writers?|reporters?|correspondents?|journalists?|researchers?|meteorologists?|"
    r"anchors?|producers?)\s+")
_NAME_SPLIT = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*|\s*;\s*)\s*")
_ORG_PREFIX = regex.compile(r"^.{1,40}?['’]s?\s+(?=\p{Lu})")  # "NBC 5's Chris Jose", "NBC News' Jane Doe"
# Where a contributor was: "in Washington", "in Annapolis, Md.", "in Cartagena, Colombia". A
# one-word part after a comma belongs to the place ("Md.", "Colombia"); two words are the next
# contributor's name ("in Washington, Brian Witte in Annapolis").
_PLACE = regex.compile(
    r"\s+(?:in|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*"
    r"(?:,\s(?:(?:North|South|East|West|New|Saudi|United|Hong|Sri|El|Costa|Puerto|San)\s)?\p{Lu}[\p{L}.'’-]*"
    r"(?=\s*(?:,|\band\b|;|$)))*")
# The writer's paper or post after the names: "By Jo Roe for the Daily Example", "... at the Riverside Ground".
_INSTITUTION_WORDS = frozenset(("institute", "university", "college", "school", "department", "ministry", "centre",
                                "center", "society", "association", "council", "board", "bank", "office", "bureau",
                                "academy", "foundation", "museum", "library", "hospital", "court", "house", "secretary"))
_OF_OUTLET = regex.compile(r"\s+of\s+(?:the\s+)?\p{Lu}.*$")  # one writer's outlet: "Jo Roe of Example affiliate KXYZ"
_OUTLET_TAIL = regex.compile(r"\s+(?:[Ff]or|FOR|at|AT)\s+(?:the\s+|THE\s+)?\p{Lu}[^,;]*$")
_POST_BEFORE = regex.compile(rf"^(?:[\p{{L}}-]+\s+){{0,3}}?{_POSTS}\s+(?=\p{{Lu}})")
_EMAIL = regex.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # the writer's address after the name
_HANDLE = regex.compile(r"\s*@\w{2,30}\b")  # the writer's social handle after the name: "Jo Roe @joroe"
_ROLE_TAIL = regex.compile(r"\s+(?:\p{Lu}\p{L}+\s+)?(?i:reporter|writer|correspondent|editor|columnist)$")
_DESK_TAIL = r"\s+(?i:bureau(?:\s+chief)?|staff|desk)$"
_BUREAU_TAILS = (  # a city of two words first ("New York Bureau"), then of one
    regex.compile(r"\s+(?:North|South|East|West|New|Los|Las|San|Santa|Salt|St\.|Hong|Tel|Rio|Cape|Kuala|Buenos|Mexico)"
                  r"\s\p{Lu}[\p{L}.'’-]+" + _DESK_TAIL),
    regex.compile(r"\s+\p{Lu}[\p{L}.'’-]+" + _DESK_TAIL),
)
# A writer's post after a comma, however many words it runs to: "Jo Roe, Highlands and Islands
# Correspondent" (its "and" joins no second writer), "Jo Roe, Meteorologist".
_POST_CLAUSE = regex.compile(r",\s+(?:[\p{L}&'’-]+\s+){0,5}(?i:correspondent|editor|reporter|writer|columnist|"
                             r"meteorologist|critic|producer|analyst|anchor|contributor)$")


def _without_bureau(part: str) -> str:
    """"Jo Roe Edmonton Bureau", "Jo Roe Dispatch Staff": the writer, then the desk she files for (a
    desk alone, "Tokyo Bureau", is left to be a service)."""
    for tail in _BUREAU_TAILS:
        if (m := tail.search(part)) and len(part[:m.start()].split()) >= 2:
            return part[:m.start()]
    return part

_NAME = regex.compile(r"^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|"
                     r"(?:de|da|di|du|dos|van|von|der|la|le|bin|ibn|abu|al|el)(?:[-'’]\p{L}+)?))*$")


# A credit to a desk, or a role after the name, not a person: "MMFA Staff", "Web Team",
# "By Jane Doe, Staff Writer".
_DESK_WORDS = frozenset({"staff", "staffers", "desk", "team", "editors", "newsroom", "writer", "reporter",
                         "correspondent", "editor", "columnist", "contributor", "photographer"})


# A news service credited by its name, not a person: "City News Service", "Example Newswire".
_SERVICE_WORDS = frozenset({"service", "services", "news", "wire", "newswire", "agency", "press", "bureau"})


def _service(part: str) -> bool:
    words = part.split()
    return len(words) >= 2 and words[-1].casefold() in _SERVICE_WORDS and _NAME.match(part) is not None


# The writer's own paper or institution after the name, "By Jo Roe, Valley Courier", "by Jo Roe,
# Example University": no writer, and no wire either (the records credit a wire, not the outlet
# that printed the story).
_PICTURE_WORDS = frozenset({"images", "photo", "photos", "photography", "pictures", "stock", "pool", "handout"})
_PAPER_WORDS = frozenset({
    "network", "university", "college", "institute", "institution", "center", "centre", "foundation",
    "laboratory", "school", "hospital", "association", "society", "council", "museum", "group",
    "times", "post", "herald", "journal", "gazette", "tribune", "chronicle", "courier", "daily", "observer",
    "telegraph", "inquirer", "enquirer", "examiner", "sentinel", "dispatch", "courant", "ledger", "bulletin",
    "register", "independent", "guardian", "express", "mail", "star", "record", "review", "standard", "argus",
    "beacon", "leader", "democrat", "magazine", "today", "online", "radio", "television", "tv", "weekly",
})
_ORG_WORDS = _PAPER_WORDS | _PICTURE_WORDS


def is_organisation(part: str) -> bool:
    """A paper, an institution or a picture agency by its name: "Valley Courier", "Getty Images"."""
    words = part.split()
    last = words[-1].casefold().rpartition("-")[2] if words else ""  # "Ledger-Star": a paper's name too
    return len(words) >= 2 and (words[-1].casefold() in _ORG_WORDS or last in _ORG_WORDS) and _NAME.match(part) is not None


def split_names(text: str) -> list[str]:
    names = []
    text = _OUTLET_TAIL.sub("", _PLACE.sub("", _HANDLE.sub("", _EMAIL.sub("", text.strip()).rstrip(".,"))))
    text = _POST_CLAUSE.sub("", text)
    for part in _NAME_SPLIT.split(text):
        part = part.strip()
        part = _without_bureau(part)
        if agency_name(part) or _service(part) or _INITIALS.match(part) or is_organisation(part):
            continue  # "The Associated Press contributed": an agency, not an author
        if w := _WRITER_ROLE.match(part):
            part = part[w.end():]  # "... and staff researchers Jo Roe": each name may carry its role
        part = _ORG_PREFIX.sub("", part)
        if of := _OF_OUTLET.search(part):
            if part[:of.start()].split()[-1].casefold() in _INSTITUTION_WORDS:
                continue  # "Example Institute of Technology": a body, not a writer
            part = part[:of.start()]
        if post := _POST_BEFORE.match(part):
            part = part[post.end():]  # "North America correspondent Jo Roe": the post before the name
        if (role := _ROLE_TAIL.search(part)) and role.start() and " " in part[:role.start()]:
            part = part[:role.start()]  # "Jo Roe HealthDay Reporter": the name before the post
        if part and part.split()[-1].casefold() in _DESK_WORDS:
            continue
        if part and _NAME.match(part) and len(part.split()) <= 5:
            names.append(part)
    return names


def agencies_in(text: str) -> str | None:
    """The first agency named as a credited party ("... and The Associated Press"); a known wire
    wins over a service the table does not know ("City News Service") or a broadcaster's initials
    ("Additional reporting by RNZ")."""
    parts = [_without_bureau(part.strip()) for part in _NAME_SPLIT.split(text.strip().rstrip("."))]
    known = next((name for part in parts if (name := agency_name(part))), None)
    return known or next((part for part in parts if _service(part) or _INITIALS.match(part)), None)


_INITIALS = regex.compile(r"^\p{Lu}{2,5}(?:-(?:TV|FM|AM|DT))?$")  # "RNZ", "WXYZ-TV": an organisation, never a writer


def agency_name(text: str | None) -> str | None:
    if not text:
        return None
    return KNOWN_AGENCIES.get(text.strip().casefold())


def _clauses(raw: str) -> list[str]:
    """The line's clauses: "Reporting by X; Editing by Y" has two, but in "X in Sanaa; Y and
    Z in Manama contributed to this report." the semicolons only separate contributors."""
    parts = [c.strip() for c in raw.split(";")]
    if len(parts) > 1 and _CONTRIBUTED.match(parts[-1]) and not any(
            _AUTHOR_ROLE.match(c) or _OTHER_ROLE.match(c) or _BYLINE.match(c) for c in parts):
        return [raw.strip()]
    return parts


_INFORMATION_FROM = regex.compile(r"^Information from (?:the |The )?(?P<agency>.+?) was used in this (?:report|story|article)\.?$")
_FROM_NAME = regex.compile(r"^From (?=\p{Lu}\p{Ll}+ \p{Lu})")


def parse_credit(raw: str) -> tuple[list[str], str | None]:
    """Authors and agency named in one credit line."""
    authors: list[str] = []
    agency: str | None = None
    for clause in _clauses(raw):
        clause = _FROM_NAME.sub("", clause)  # "From Jo Roe in Enugu": a Nigerian paper's byline
        if not clause or _OTHER_ROLE.match(clause):
            continue
        if name := agency_name(_WITH.sub("", clause)):  # "AFP", "With AAP"
            agency = agency or name
            continue
        if m := _WIRE_POST.match(clause):  # "AP Sports Writer"
            agency = agency or agency_name(m.group("wire"))
            continue
        if (m := _BY_SLASH.match(clause)) and not _WRITER_ROLE.match(m.group("outlet") + " "):
            authors.extend(split_names(m.group("names")))  # "By Jo Roe/Example Rates": the writer and her outlet
            if not is_organisation(m.group("outlet")):  # a paper after the writer is where she works, no agency
                agency = agency or agency_name(m.group("outlet")) or m.group("outlet")
            continue
        agency = agency or _agency_in_post(clause)
        if m := _INFORMATION_FROM.match(clause):
            agency = agency or agency_name(m.group("agency")) or m.group("agency")
            continue
        if m := _SOURCE.match(clause):
            agency = agency_name(m.group("agency")) or m.group("agency")
            continue
        if "reported this " in clause:
            parts = [r.group("names") for r in _REPORTED_THIS.finditer(clause)]
        elif m := (_AUTHOR_ROLE.match(clause) or _BYLINE.match(clause) or _CONTRIBUTED.match(clause)
                   or _REPORTED_FROM.match(clause) or _SIGNOFF.match(clause) or _NAME_POST.match(clause)):
            parts = [m.group("names") or m.groupdict().get("names2") or ""]
        elif m := _BARE_NAMES.match(clause) or _CAPS_NAMES.match(clause) or _NAMES_IN.match(clause):
            parts = [m.group("names")]  # a byline without "By", from under the headline
        elif _name_and_paper(clause):
            parts = [clause.rpartition(", ")[0]]  # "Jo Roe, The Example Courier"
        elif m := _NAME_OUTLET.match(clause) or _NAME_WHERE.match(clause):
            parts = [m.group("names")]
            agency = agency or agency_name(m.groupdict().get("outlet") or m.group("where"))
        else:
            continue
        for names in parts:
            if (w := _TRAILING_WIRE.match(names)) and split_names(w.group("names")):
                names, agency = w.group("names"), agency or agency_name(w.group("agency"))
            agency = agency or agencies_in(names)
            if w := _WRITER_ROLE.match(names):
                agency = agency or agency_name(w.group("agency"))
                names = names[w.end():]
            authors.extend(split_names(names))
    return authors, agency


def _agency_in_post(clause: str) -> str | None:
    """The wire or service a writer's post names: "By Jo Roe, Press Association Health Correspondent",
    "By Jo Roe, Example Wire Reporter", "By Jo Roe HealthDay Reporter"."""
    if m := _WIRE_POST.match(clause.rpartition(", ")[2]):
        return agency_name(m.group("wire"))
    if m := _SERVICE_POST.search(clause):
        return agency_name(m.group("service")) or m.group("service")
    return None


def _unwrap(text: str) -> str:
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return text


_CHART_LABEL = regex.compile(r"^(?:Chart|Graphic|Graph|Map|Table|Infographic|Data)\s*:\s")
_SOURCE_LINE = regex.compile(r"^Sources?\s*:")


def _under_chart(doc: Doc, p: Paragraph) -> bool:
    """A "Source:" line right under a chart's label names the chart's data, not the story's wire."""
    return p.index > 0 and _SOURCE_LINE.match(p.key) is not None \
        and _CHART_LABEL.match(doc.paragraphs[p.index - 1].key) is not None


def take_credit_lines(doc: Doc, spec: dict[str, Any] | None) -> list[str]:
    """Move credit lines out of the body; read them later with :func:`build_credit`.

    Taking them before the dateline prefix is read lets a byline printed above the
    opening ("By Jane Roe" / "CITY -- ...") leave the way clear for the prefix.
    """
    if not spec or not spec["patterns"]:
        return []
    alive = doc.alive()
    top = _top_byline(doc, spec, alive)
    if spec["within_last"]:
        alive = alive[-spec["within_last"]:]
    lines: list[tuple[int, str]] = []  # in the page's order
    for taken in (_top_taken(doc, spec), _tail_wire(doc)):
        if taken is None:
            continue
        lines.append((taken.index, taken.key))
        doc.reassign(taken, "field:credit")
        doc.fields_from["credit"] = f"paragraph {taken.index}"
    patterns = tuple(spec["patterns"])
    may = prefilter_for(patterns).candidate_lines([p.key for p in alive])  # one screen per page
    for k, p in enumerate(alive):
        if p is top or (k in may and any(doc.search(rx, p.key, "field:credit", p.index) for rx in patterns)):
            if p is not top and _under_chart(doc, p):
                doc.remove(p, "credit:chart-source")  # "Source: Example Statistics Office" under "Chart: ..."
                continue
            lines.append((p.index, _unwrap(p.key)))
            doc.remove(p, "field:credit")
            doc.fields_from["credit"] = f"paragraph {p.index}"
    return [text for _, text in sorted(lines)]


# Words a writer's name does not carry: a label or a title under the headline ("Live Updates", "More News").
_NOT_NAME_WORDS = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "or", "but", "as", "is",
    "are", "was", "news", "live", "updates", "update", "breaking", "latest", "more", "video", "videos",
    "photos", "photo", "watch", "share", "home", "world", "local", "sport", "sports", "politics", "business",
    "opinion", "story", "stories", "analysis", "exclusive", "magazine", "post", "times", "chronicle",
    "journal", "herald", "tribune", "gazette", "daily", "weekly", "press", "see", "read", "full", "article",
    "click", "here", "box", "score", "scores", "recap", "preview", "highlights", "social", "sharing",
    "auto", "refresh", "toggle", "loading",  # a live page's controls: "Auto Refresh"
))


_COMMON = stoplist("English")
_NAME_WORD = regex.compile(r"[\p{L}'’-]+")


def _top_taken(doc: Doc, spec: dict[str, Any]) -> Paragraph | None:
    """A wire's name alone under the headline ("Reuters", "The Canadian Press"), or a writer's
    name and post ("Jo Roe, Property Correspondent"), is the story's byline. Lower on the page
    the same line credits a picture, so the caption rules drop it first; here, under the
    title, it is taken back."""
    if spec["top"] is None or "headline" not in doc.fields_from:
        return None
    looked = 0
    byline = False  # a byline passed over: only its wire may follow ("By JO ROE" over "Associated Press")
    title = next((i for i, r in doc.removed.items() if r.rule == "field:headline"), -1)
    for p in doc.paragraphs[title + 1:]:  # (the widgets a rule took above the title are not under it)
        removal = doc.removed.get(p.index)
        if removal is not None and removal.rule.startswith((*BUILT_IN_REMOVERS, *_WIDGET_RULES)):
            continue  # the title, its deck and stamp, a player's or a share bar's lines: look under them
        if removal is None and (_BYLINE.match(p.key) or STAMP.match(p.key)):
            byline = byline or STAMP.match(p.key) is None
            continue
        if removal is None or looked == spec["top_within"]:
            return None  # the story has begun: a wire below its first line credits a picture
        wire = agency_name(p.key) is not None or _WIRE_POST.match(p.key) is not None
        if removal.rule.startswith(_PICTURE_CREDIT_RULES) and (
                wire or not byline and (_names_on_top(doc, spec, p) or _name_and_where(p.key))):
            return p
        looked += 1
    return None


def _tail_wire(doc: Doc) -> Paragraph | None:
    """A wire's name alone right under the story's last paragraph, with nothing of the story after
    it ("... the ritual use of marijuana." / "AFP" / "Topics: ..."), is the story's credit, though
    the caption rules take a bare "AFP" for a picture's. Under a caption it stays the picture's."""
    alive = doc.alive()
    if not alive:
        return None
    last = alive[-1].index
    below = doc.removed.get(last + 1)
    if below is None or not below.rule.startswith(_PICTURE_CREDIT_RULES) or agency_name(below.text) is None:
        return None
    return doc.paragraphs[last + 1]


# a health or news service's reporter: "HealthWire Reporter", "Example News Service Writer" (a CamelCase name or
# one ending like a service's)
_SERVICE_POST = regex.compile(r"(?:,\s|\s)(?P<service>\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?\s(?:Wire|News|Service|"
                              r"Press|Day))\s(?:Reporter|Writer|Correspondent)$")
_BY_SLASH = regex.compile(r"^(?:By|BY|by):?\s(?P<names>\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,2})\s?/\s?"
                       r"(?P<outlet>\p{Lu}[\p{L}'’&-]*(?:\s\p{Lu}[\p{L}'’&-]*){0,3})$")
# a wire writer's post under the byline: "AP Sports Writer", "Associated Press Medical Writer"
_WIRE_POST = regex.compile(r"^(?:The )?(?P<wire>Associated Press|AP|Reuters|AFP|Bloomberg|Press Association|PA|"
                           r"Canadian Press|Australian Associated Press|AAP)(?: \p{Lu}\p{Ll}+){0,2} "
                           r"(?:Writer|Reporter|Correspondent|Editor)$")
_WIDGET_RULES = ("generic-links/",)  # widgets between the title and the byline are passed over, not counted
# Only a picture credit's removal is taken back: a line an outlet's rule dropped ("DEMO PAGE",
# "LIVE UPDATES") was dropped on purpose.
_PICTURE_CREDIT_RULES = ("generic-captions/",)


def _names_on_top(doc: Doc, spec: dict[str, Any], p: Paragraph) -> bool:
    m = doc.search(spec["top"], p.key, "field:credit", p.index)
    names = (m.groupdict().get("names") or m.group(0)) if m else None  # the whole line when no group names them
    return bool(names) and are_names(names)


_WHERE = regex.compile(r"^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}$")  # "Abuja", "Palma", "Port Harcourt"


def _name_and_where(text: str) -> bool:
    """A writer and a wire or the town filed from: "Jo Roe, Associated Press", "Jo Roe, Abuja" (under a
    picture, the photographer's credit). A paper, a service or a picture agency after the name is not one."""
    names, _, tail = text.rpartition(", ")
    if not names or not is_bare_byline(names):
        return False
    last = tail.split()[-1].casefold() if tail else ""
    return agency_name(tail) is not None or (_WHERE.match(tail) is not None and last not in _PICTURE_WORDS
                                             and not is_organisation(tail) and not _service(tail))


def _top_byline(doc: Doc, spec: dict[str, Any], alive: list[Paragraph]) -> Paragraph | None:
    """A writer's name printed alone under the headline (or its deck), without "By": only there
    is a line of two or three capitalised words a byline and not a subhead."""
    if spec["top"] is None or "headline" not in doc.fields_from:
        return None
    return next((p for p in alive[: spec["top_within"]] if _names_on_top(doc, spec, p) or _name_and_paper(p.key)), None)


def _name_and_paper(text: str) -> bool:
    """Under the headline, a writer and the paper she writes for: "Jo Roe, The Example Courier"."""
    names, _, tail = text.rpartition(", ")
    return bool(names) and is_bare_byline(names) and is_organisation(tail)


def are_names(text: str) -> bool:
    """Capitalised words that can be people's names: a surname is no common word ("See Full
    Article", "Early Years"); a first name may be one ("Will", "John")."""
    words = [w.casefold() for w in _NAME_WORD.findall(text)]
    return bool(words) and not any(w in _NOT_NAME_WORDS for w in words) \
        and not any(w in _COMMON for w in words[1:] if w != "and")


def is_bare_byline(text: str) -> bool:
    """A writer's name alone on its line, with no "By", perhaps with the post: "Jo Roe", "Ann B. Lee",
    "Jo Roe, health editor"."""
    m = _BARE_NAMES.match(text)
    return m is not None and are_names(m.group("names"))


def build_credit(lines: list[str], spec: dict[str, Any] | None, agency_hint: str | None) -> Credit | None:
    """One :class:`Credit` from the credit lines; the agency named on a line wins, then the
    dateline's agency tag ("(Reuters)"), then the rule's default."""
    if not lines or not spec:
        return None
    authors: list[str] = []
    agency: str | None = None
    for raw in lines:
        a, ag = parse_credit(raw)
        authors.extend(x for x in a if x not in authors)
        # a known wire on any line wins over a desk or service the table does not know
        # ("By Jo Roe, DL Bureau" / "With inputs from PTI")
        if agency is None or (ag and agency_name(ag) and not agency_name(agency)):
            agency = ag or agency
    agency = agency or agency_name(agency_hint) or spec["agency"]
    return Credit(raw=" | ".join(lines), authors=tuple(authors), agency=agency)


BIO_WITHIN = 3  # a writer's bio closes the page, with at most a prompt or two under it
BIO_MAX_WORDS = 60
_BIO_VERB = regex.compile(r",? (?:is|was|has|serves|teaches|works|lives|writes|covers|reports)\b")


def drop_author_bio(doc: Doc, credit: Credit | None) -> None:
    """A line near the page's end that opens with a credited writer's full name and says what
    they are ("Jo Roe is a retired teacher and a member of the library board."): the writer's
    bio, though it names no newspaper job a rule could know. The story itself names its writer
    only in the credit."""
    if credit is None:
        return
    names = [a for a in credit.authors if len(a.split()) >= 2]
    for p in doc.alive()[-BIO_WITHIN:] if names else ():
        if len(p.key.split()) <= BIO_MAX_WORDS and any(
                p.key.startswith(name) and _BIO_VERB.match(p.key, len(name)) for name in names):
            doc.remove(p, "credit:author-bio")
