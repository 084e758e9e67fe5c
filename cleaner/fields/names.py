"""Who a credit line names: its writers and its wire.

A credit line names who wrote or reported the story and for which wire. Editors and
photographers are credited on the line too, but they are not the story's authors. Which
paragraphs are credit lines is the business of :mod:`cleaner.fields.credit`; reading one
is here, shared with the HTML metadata reader and the headline reader.
"""

from __future__ import annotations

import regex

from ..classify.stoplists import stoplist

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
    # wires of the languages the generic rules read: French, German, Spanish, Italian, Portuguese, Dutch
    "deutsche presse-agentur": "dpa",
    "agencia efe": "EFE",
    "agenzia ansa": "ANSA",
    "europa press": "Europa Press",
    "lusa": "Lusa",
    "agência lusa": "Lusa",
    "agência brasil": "Agência Brasil",
    "anp": "ANP",
    "belga": "Belga",
    "apa": "APA",
    "sda": "SDA",
    "keystone-sda": "Keystone-SDA",
    "agences": "Agences",
    "agenturen": "Agenturen",
    "agencias": "Agencias",
    "agenzie": "Agenzie",
    "agências": "Agências",
    "agentschappen": "Agentschappen",
}
# A wire named after the writer with no comma: "By JO ROE Associated Press", "Jo Roe Reuters".
# (Short names that are also people's names, words or other bodies, "PA", "ANI", "EFE", "SPA", "APA", are left out.)
_TRAILING_WIRE = regex.compile(
    r"^(?P<names>\p{Lu}\S*(?:\s\S+)+?)\s+(?P<agency>"
    + "|".join(regex.escape(k) for k in sorted(KNOWN_AGENCIES, key=len, reverse=True) if k not in ("pa", "ani", "efe", "spa", "dha", "wam", "kuna", "apa", "sda", "anp"))
    + r")$", regex.IGNORECASE)
_AUTHOR_ROLE = regex.compile(
    r"(?i)^(?:[—–-]+\s*)?(?:additional |compiled and )?(?:reporting|writing|reported|written|compiled|research|"
    r"reporting and writing|writing and reporting|with (?:a report|reports|reporting|assistance|inputs?|files|wire reports))(?: by| from)\s+(?P<names>.+)$"
    r"|^contributing:\s*(?P<names2>.+)$")
_OTHER_ROLE = regex.compile(r"(?i)^(?:editing|edited|photos?|photography|graphics?|video|produced|"
                            r"design|illustrations?|translat\w+)\b")
BYLINE = regex.compile(r"(?i)^(?:(?:story|words|text|article|posted|reported|written)(?: and (?:photos|pictures|photographs|images))? )?by:?\s+(?P<names>.+)$"
                        r"|^(?i:reporter|writer|author|words|text|story)\s?:\s*(?P<names>.+)$"  # "Reporter: Jo Roe"
                        r"|^(?P<names>\p{Lu}[^,]{2,60}),\s+(?i:special to)\s.+$"  # a stringer's: "Jo Roe, Special to the Courier"
                        # in French, German, Spanish, Italian, Dutch: "Par Claire Dubois", "Von Max Muster", "Door Jan de Vries"
                        r"|^(?:Par|PAR|Von|VON|Por|POR|Di|DI|Door|DOOR)\s+(?P<names>\p{Lu}.+)$")
# a wire credited with a word for "with": "With AAP", "Avec AFP", "(mit dpa)", "Com a Lusa", "Met ANP"
_WITH = regex.compile(r"(?i)^\(?(?:with|avec|mit|con|com|met|by|par|von|por|door)\s+(?:l['’]|la\s|a\s|der\s|den\s)?|\)$")
# the wire's material used: "Mit Material von dpa", "Con información de EFE", "Avec les informations de l'AFP"
_MATERIAL = regex.compile(r"(?i)^\(?(?:mit material (?:von|der|des)|mit informationen (?:von|der)|avec (?:les |des )?informations? (?:de|du|des)|"
                          r"con (?:información|informaciones|informes) de|con informazioni d[ai]|com informações d[aeo]s?|"
                          r"met (?:informatie|materiaal) van)\s+(?:l['’]|la\s|a\s|der\s|den\s)?(?P<agency>.+?)\.?\)?$")
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
_SOURCE = regex.compile(r"(?i)^(?:source|quelle|quellen|fuente|fuentes|fonte|fonti|bron)\s?:\s*(?P<agency>.+?)\.?$")
_SIGNOFF = regex.compile(r"^(?:--|—|–|==)\s*(?P<names>\p{Lu}[^.!?]+)$")  # "-- Yvonne Villarreal" under the story, "==Kyodo"
_WRITER_ROLE = regex.compile(
    r"(?i)^(?:the\s+)?(?P<agency>associated press|reuters|afp|bloomberg|ap)?\s*"
    r"(?:staff\s+|chief\s+|senior\s+)?(?:writers?|reporters?|correspondents?|journalists?|researchers?|meteorologists?|"
    r"anchors?|producers?)\s+")
_NAME_SPLIT = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|et|und|y|e|en)\s+|\s*&\s*|\s*/\s*|\s*;\s*)\s*")
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


def is_service(part: str) -> bool:
    words = part.split()
    return len(words) >= 2 and words[-1].casefold() in _SERVICE_WORDS and _NAME.match(part) is not None


# The writer's own paper or institution after the name, "By Jo Roe, Valley Courier", "by Jo Roe,
# Example University": no writer, and no wire either (the records credit a wire, not the outlet
# that printed the story).
PICTURE_WORDS = frozenset({"images", "photo", "photos", "photography", "pictures", "stock", "pool", "handout"})
_PAPER_WORDS = frozenset({
    "network", "university", "college", "institute", "institution", "center", "centre", "foundation",
    "laboratory", "school", "hospital", "association", "society", "council", "museum", "group",
    "times", "post", "herald", "journal", "gazette", "tribune", "chronicle", "courier", "daily", "observer",
    "telegraph", "inquirer", "enquirer", "examiner", "sentinel", "dispatch", "courant", "ledger", "bulletin",
    "register", "independent", "guardian", "express", "mail", "star", "record", "review", "standard", "argus",
    "beacon", "leader", "democrat", "magazine", "today", "online", "radio", "television", "tv", "weekly",
})
_ORG_WORDS = _PAPER_WORDS | PICTURE_WORDS


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
        if agency_name(part) or is_service(part) or _INITIALS.match(part) or is_organisation(part):
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
        if names and " " not in part and text[:text.find(part)].rstrip().endswith(","):
            continue  # one word after a writer's name and a comma is where they filed from: "By Jo Roe, Abuja"
        if part and _NAME.match(part) and len(part.split()) <= 5:
            names.append(part)
    return names


def agencies_in(text: str) -> str | None:
    """The first agency named as a credited party ("... and The Associated Press"); a known wire
    wins over a service the table does not know ("City News Service") or a broadcaster's initials
    ("Additional reporting by RNZ")."""
    parts = [_without_bureau(part.strip()) for part in _NAME_SPLIT.split(text.strip().rstrip("."))]
    known = next((name for part in parts if (name := agency_name(part))), None)
    return known or next((part for part in parts if is_service(part) or _INITIALS.match(part)), None)


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
            _AUTHOR_ROLE.match(c) or _OTHER_ROLE.match(c) or BYLINE.match(c) for c in parts):
        return [raw.strip()]
    return parts


_INFORMATION_FROM = regex.compile(r"^Information from (?:the |The )?(?P<agency>.+?) was used in this (?:report|story|article)\.?$")
_FROM_NAME = regex.compile(r"^From (?=\p{Lu}\p{Ll}+ \p{Lu})")


# a health or news service's reporter: "HealthWire Reporter", "Example News Service Writer" (a CamelCase name or
# one ending like a service's)
_SERVICE_POST = regex.compile(r"(?:,\s|\s)(?P<service>\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?\s(?:Wire|News|Service|"
                              r"Press|Day))\s(?:Reporter|Writer|Correspondent)$")
_BY_SLASH = regex.compile(r"^(?:By|BY|by):?\s(?P<names>\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,2})\s?/\s?"
                       r"(?P<outlet>\p{Lu}[\p{L}'’&-]*(?:\s\p{Lu}[\p{L}'’&-]*){0,3})$")
# a wire writer's post under the byline: "AP Sports Writer", "Associated Press Medical Writer"
WIRE_POST = regex.compile(r"^(?:The )?(?P<wire>Associated Press|AP|Reuters|AFP|Bloomberg|Press Association|PA|"
                          r"Canadian Press|Australian Associated Press|AAP)(?: \p{Lu}\p{Ll}+){0,2} "
                          r"(?:Writer|Reporter|Correspondent|Editor)$")


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
        if m := WIRE_POST.match(clause):  # "AP Sports Writer"
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
        if m := _MATERIAL.match(clause):
            agency = agency or agencies_in(m.group("agency"))
            continue
        if m := _SOURCE.match(clause):
            agency = agency_name(m.group("agency")) or m.group("agency")
            continue
        if "reported this " in clause:
            parts = [r.group("names") for r in _REPORTED_THIS.finditer(clause)]
        elif m := (_AUTHOR_ROLE.match(clause) or BYLINE.match(clause) or _CONTRIBUTED.match(clause)
                   or _REPORTED_FROM.match(clause) or _SIGNOFF.match(clause) or _NAME_POST.match(clause)):
            parts = [m.group("names") or m.groupdict().get("names2") or ""]
        elif m := _BARE_NAMES.match(clause) or _CAPS_NAMES.match(clause) or _NAMES_IN.match(clause):
            parts = [m.group("names")]  # a byline without "By", from under the headline
        elif is_name_and_paper(clause):
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
    if m := WIRE_POST.match(clause.rpartition(", ")[2]):
        return agency_name(m.group("wire"))
    if m := _SERVICE_POST.search(clause):
        return agency_name(m.group("service")) or m.group("service")
    return None


# Words a writer's name does not carry: a label or a title under the headline ("Live Updates", "More News").
_NOT_NAME_WORDS = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "or", "but", "as", "is",
    "are", "was", "news", "live", "updates", "update", "breaking", "latest", "more", "video", "videos",
    "photos", "photo", "watch", "share", "home", "world", "local", "sport", "sports", "politics", "business",
    "opinion", "story", "stories", "analysis", "exclusive", "magazine", "post", "times", "chronicle",
    "journal", "herald", "tribune", "gazette", "daily", "weekly", "press", "see", "read", "full", "article",
    "click", "here", "box", "score", "scores", "recap", "preview", "highlights", "social", "sharing",
    "auto", "refresh", "toggle", "loading",  # a live page's controls: "Auto Refresh"
    "events", "event", "timeline", "summary",  # a live page's boxes: "Key Events"
))


_COMMON = stoplist("English")
_NAME_WORD = regex.compile(r"[\p{L}'’-]+")


def is_name_and_paper(text: str) -> bool:
    """A writer and the paper she writes for: "Jo Roe, The Example Courier" (under a picture, the
    photographer's credit; under the headline, the byline)."""
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
