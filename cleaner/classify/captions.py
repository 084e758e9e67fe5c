"""Captions the rules cannot name alone, because they read like story text.

Labelled photo captions printed among the story ("Gun drama: With Pippa in the front
seat, ..."), as some tabloids print every caption: a short label, a colon, a description.
One such line could be a story's own device, so the signal is the page: several lines
opening with *different* short labels. A transcript or an interview repeats the same few
labels ("Keilar: ...", "Cohen: ...", "Q: ..."), and a list repeats one ("astrophotographer:
..."): neither has distinct labels, and both stay. On a page with fewer of them, a labelled
line counts only printed as captions are, with no stop at its end and alone between story
lines ("Stranded: Cars are left half-submerged as the water rises").

Titles of embedded videos and galleries: a headline in Title Case printed right above a
caption that a rule removed ("Couple Killed in Fort Worth Neighborhood" over "A couple was
found shot ... (Published Sunday, Oct. 23, 2016)"). The title shares the story's words, so
nothing else tells it from a subhead; a subhead is short, or asks a question, or quotes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ..doc import Doc
from ..segment import LIST_LOOKBACK, Paragraph, in_introduced_list
from .classifier import Verdict
from .features import Features

# A description, not a quote ("On lard: “Just in case ...”" is a quote list, story).
LABEL = regex.compile(r"^(?P<label>\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}): (?=\p{Lu})")
# Captions are printed without a full stop, or say what the picture shows.
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)]*$")
_PICTURE = regex.compile(r"\b(?:pictured|left|right|centre|center|above|below|poses|posing|photographed|"
                         r"in this (?:photo|picture|image))\b", regex.IGNORECASE)
MIN_CAPTIONS = 3  # labelled lines on a page before they count as captions
DISTINCT_SHARE = 0.8  # share of those lines whose label is used once on the page
MIN_WORDS = 6  # the description after the label is a sentence, not a word
# A memo's header lines and an answer are labelled too: "Subject: ...", "Answer: ..."
_NOT_CAPTION_LABELS = frozenset({"subject", "re", "to", "from", "cc", "answer", "question", "q", "a", "update", "note",
                                 "posted", "published", "updated", "last updated", "filed"})  # a stamp's label


# A neighbour of any "label: value" shape makes the line an item of a list ("Storage: 8GB, plus a
# microSD slot" over "Formats: EPUB, PDF and CBZ"), however short its value or its case.
_LISTED = regex.compile(r"^[^:.!?]{2,30}:\s\S")


def _introduced_run(paragraphs: Sequence[Paragraph], k: int) -> bool:
    """A "Label: ..." line in a run of them under a line ending with ':' ("Here is the injury report:"
    over "Limited: ...", "Full: ..."): the story's own list."""
    if in_introduced_list(list(paragraphs[max(0, k - LIST_LOOKBACK):k])):  # under short unstopped items, whatever their labels' length
        return True
    while k > 0 and _LISTED.match(paragraphs[k - 1].key):
        k -= 1
    return k > 0 and paragraphs[k - 1].key.endswith(":")


def mark_labelled_captions(paragraphs: Sequence[Paragraph], verdicts: list[Verdict]) -> None:
    labelled: list[tuple[int, str, bool]] = []  # position, label, printed like a caption
    for k, p in enumerate(paragraphs):
        m = LABEL.match(p.key)
        if m is None or len(p.key.split()) < MIN_WORDS:
            continue
        label = m.group("label")
        if label.isupper():
            continue  # "TRUMP: ..." is a transcript's speaker
        caption_like = not _SENTENCE_END.search(p.key) or _PICTURE.search(p.key) is not None
        labelled.append((k, label.casefold(), caption_like))
    labelled = [entry for entry in labelled if not _introduced_run(paragraphs, entry[0])]
    uses = Counter(label for _, label, _ in labelled)
    captions = [k for k, label, caption_like in labelled if caption_like and uses[label] == 1]
    if len(captions) >= MIN_CAPTIONS and len(captions) / len(labelled) >= DISTINCT_SHARE:
        for k in captions:
            verdicts[k] = Verdict("bad", "labelled-caption", round(len(captions) / len(labelled), 3))
        return
    # Fewer of them: only a line without a stop, alone among story lines, is a caption; two or
    # more in a row are a list ("Mental health problems: ..., experienced by 90% of the subjects").
    for k, label, _ in labelled:
        if verdicts[k].cls != "bad" and uses[label] == 1 and label not in _NOT_CAPTION_LABELS \
                and not _SENTENCE_END.search(paragraphs[k].key) and 0 < k < len(paragraphs) - 1 \
                and not _LISTED.match(paragraphs[k - 1].key) and not _LISTED.match(paragraphs[k + 1].key):
            verdicts[k] = Verdict("bad", "labelled-caption", 1.0)


CAPTION_TITLE_MIN_WORDS = 5  # shorter title lines are subheads ("Slowing Growth")
CAPTION_TITLE_CAPITALS = 0.6  # share of capitalised words: a video title is Title Case
_NOT_A_TITLE = regex.compile(r"""\?["'”’]?$|^["'“‘]""")  # questions and quotes are the story's subheads


def mark_caption_titles(doc: Doc, feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """A Title Case headline right above a caption a rule removed is that video's or gallery's title."""
    for k, f in enumerate(feats):
        if verdicts[k].cls == "bad" or not f.title_like or f.terminal or f.words < CAPTION_TITLE_MIN_WORDS:
            continue
        below = doc.removed.get(f.p.index + 1)
        if below is None or "caption" not in below.rule or _NOT_A_TITLE.search(f.p.key):
            continue
        if k > 0 and (feats[k - 1].p.key.endswith(":") or (feats[k - 1].title_like and not feats[k - 1].terminal)):
            continue  # the last item of a list ("Tour dates:" and its rows), not a title over a picture
        if f.capital_share >= CAPTION_TITLE_CAPITALS:
            verdicts[k] = Verdict("bad", "caption-title", round(f.capital_share, 3))


# Captions set without a full stop among the story ("Mrs Smith with the pan she used to strike the
# intruder"), as tabloids print them. Story prose ends its sentences; a page that prints several
# long lines with no stop (a wrapped PDF, a list, a transcript) prints that way, and is left alone.
UNSTOPPED_MIN_WORDS = 8  # shorter lines are subheads and labels
UNSTOPPED_MAX_WORDS = 25  # a caption is one line of description; a longer one is a sentence that lost its stop
_CAPTION_LABEL = regex.compile(r"^\p{Lu}[\p{L}'’, -]{1,40}: (?=\p{Lu})")  # "Up, up and away: ..."
LABELLED_MAX_WORDS = 40  # a tabloid's caption under its label runs longer
UNSTOPPED_PAGE_MAX = 2  # long lines without a stop on the page, the caption included
_ENDS_ON_WORD = regex.compile(r"[\p{L}\d]$")  # not on a quote, a bracket or a colon: those are story devices
_OPENS_QUOTE = regex.compile(r"""^(?:["'“‘]|[—–•*·-]\s|\d{1,2}[.)]\s)""")  # a quote, or a list item's marker
_INNER_STOP = regex.compile(r"[.!?][\"'”’]?\s+\p{Lu}")  # two sentences: prose whose last stop was lost


def mark_unstopped_captions(feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """A long line ending on a bare word between story sentences, on a page whose prose ends its lines."""
    # (lines already judged a list's or a box's do not say how the page's prose ends its lines)
    unstopped = [k for k, f in enumerate(feats)
                 if f.words >= UNSTOPPED_MIN_WORDS and not f.terminal and verdicts[k].cls != "bad"]
    if not unstopped or len(unstopped) > UNSTOPPED_PAGE_MAX:
        return
    live = [k for k, v in enumerate(verdicts) if v.cls != "bad"]
    for k in unstopped:
        f = feats[k]
        labelled = _CAPTION_LABEL.match(f.p.key) is not None  # "Family affair: Mrs Roe is greeted by ...": a tabloid's caption
        if f.words > (LABELLED_MAX_WORDS if labelled else UNSTOPPED_MAX_WORDS) \
                or (f.title_like and not labelled) or f.ends_open or not _ENDS_ON_WORD.search(f.p.key) \
                or _OPENS_QUOTE.match(f.p.key) or _INNER_STOP.search(f.p.key):
            continue
        at = live.index(k)
        above = [feats[j] for j in live[max(0, at - 1):at]]
        below = [feats[j] for j in live[at + 1:at + 2]]
        if below and all(n.terminal and n.words >= UNSTOPPED_MIN_WORDS for n in above + below):
            verdicts[k] = Verdict("bad", "caption-unstopped", float(f.words))


# Captions with no credit that describe the picture as a scene, in the present tense ("A firefighter
# sprays water onto the roof on Tuesday.", "Jo Roe adjusts a valve at the plant.") or with no verb at
# all ("Jo Roe with her prize marrow at the show", "Jo Roe and Ann Lee at the premiere last week").
# Story prose tells the past and reports speech, so a tense other than the present, an auxiliary,
# "said", a quote or a second sentence anywhere in the line makes it prose; so do a run of actions, a
# habit and a pronoun standing for something named before (a caption tells one moment, on its own).
# Headlines are written the same way, which is why this runs here, after the headline is taken, and
# not as a drop rule.
SCENE_MAX_WORDS = 25  # a caption is one short sentence; a feature opening in the present runs longer
# A feature story sets scenes in the present too ("A lone hiker crosses the ridge, the valley below still white
# with snow"; "A candle flickers in the window of the house, where she lived for 11 years"): time words that
# tell a story ("still", "already", "the rain keeps falling") and a clause looking back ("where"/"when", or
# a past tense after a comma: "..., a day after the river crested") are its marks.
_PROSE = regex.compile(r"\b(?:said|says|told|according|when|because|is|are|was|were|has|have|had|will|would|be|been|being|can|"
                       r"could|may|might|must|should|ready|still|already|again|anymore|yet|then|"
                       r"it['’]s|that['’]s|he['’]s|she['’]s|they['’]re)\b|,\s(?:where|when)\b"
                       r"|\bkeeps?\s\p{Ll}+ing\b|,\s[^,]*\b(?<!\b(?:a|an|the|its|his|her|their)\s)\p{Ll}{3,}ed\b|\b(?:next|tomorrow|tonight|upcoming)\b"
                       r"|(?<!\b(?:Dr|Mr|Mrs|Ms|Mt|St|Jr|Sr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Rev|\p{Lu}))"
                       r"[.!?][\"'”’]?\s+\p{Lu}|[\"“”]"
                       # a run of actions ("climbs onto it and begins to sing", "wakes at 4:30, puts the kettle on"),
                       # a habit ("every morning") or a thing named before ("onto it"): a story's narration
                       r"|(?:(?<=\s\p{Ll}[\p{Ll}'’-]*),|\band)\s(?:then\s)?\p{Ll}{3,}(?<!ss|us|is)s\s(?:to|the|a|an|it|him|her|them|his|their|on|up|out|"
                       r"down|off|back|into|onto|outside|inside|home|away)\b"
                       r"|\bevery\s(?:morning|day|night|evening|week|weekend|year|summer|winter)\b"
                       r"|\b(?:got|went|came|took|gave|made|saw|began|brought|bought|felt|knew|wrote|became|thought)\b"  # a past
                       r"|\b(?:onto|into|on|in|at|with|from|to|of|under|over)\s(?:it|them|him)\b")  # ("her" may be "her farm")
# where and when the picture was taken, within a few words of the verb
_WHERE = (r"\s(?:[\p{L}\d'’,.-]+\s){0,6}?(?:at|in|on|near|outside|across|over|along|past|during|after|into|onto|"
          r"from|toward|towards|through|as|beside|under|inside|before|with|above|below)\s")
_NOT_SUBJECT = r"(?:of|for|in|on|at|with|to|from|by|and|or|also|still|then|now|often|usually|never|always|only|just)\b"
# words that open a line with no subject of a scene: a pronoun, a link word, a preposition
_NOT_A_SCENE_OPENING = (r"(?:He|She|It|They|We|I|You|This|That|These|Those|There|When|If|As|While|After|Before|Once|But|"
                        r"And|Then|Now|So|Also|Here|Even|Only|Just|Still|On|In|At|For|From|With|Since|Until|During|Last|Every)\b")
# ... nor a person's name: those, an article, a widget's verb or a stamp's label
_NOT_A_NAME = (rf"(?:{_NOT_A_SCENE_OPENING}|(?:The|A|An|Reach|Contact|Email|Call|Stay|Follow|Tweet|Share|Posted|Published|"
               r"Updated|By)\b)")
_NAME_WORD = r"\p{Lu}[\p{Ll}'’-]+"  # "Roe", "O’Neill"; no dots: "U.S. guidelines recommend" is not a person
_PERSON = rf"(?:(?:Mrs?|Ms|Dr|Rep|Sen|Gov|Gen|Sgt|Lt|Capt|Col|Det|Prof|Rev)\.?\s{_NAME_WORD}(?:\s{_NAME_WORD})?|{_NAME_WORD}(?:\s\p{{Lu}}\.)?(?:\s{_NAME_WORD}){{1,2}})"
# a verb in the present: after "A"/"An" a word in -s is the verb ("A crew member inspects ..."); after a
# person's name too, unless the name is possessive ("Jo Roe's lawyers in ...")
_PRESENT = r"\p{Ll}{3,}(?<!ss|us|is)s"
# Where a scene has its verb, these make the line prose: verbs that report or reason, pasts not in -ed.
_PROSE_VERBS = (r"say|think|believe|expect|hope|fear|worry|warn|claim|argue|agree|know|feel|want|need|do|did|plan|"
              r"face|remain|continue|seem|appear|raise|show|suggest|find|blame|"
              r"play|host|visit|meet|travel|welcome|open|close|return|resume|start|begin|kick")  # a fixture list
_IRREGULAR_PAST = (r"made|took|went|came|gave|got|found|left|led|won|lost|saw|ran|held|kept|met|sent|spent|built|"
                   r"began|broke|brought|bought|caught|fell|felt|flew|grew|knew|paid|rose|sat|shot|stood|struck|threw|"
                   r"wore|wrote|drove|chose|drew|fought|hid|lay|lit|meant|rode|sang|sold|shook|spoke|stole|taught|"
                   r"tore|woke|became|forgot|sought|swept|wept|slept|dealt|taken|given|written|shown|seen|done|known|"
                   r"grown|drawn|thrown|chosen|broken|spoken|stolen|fallen|beaten|driven|hidden|forgotten|gone|begun")
# a past spelled as its present: after a plural subject it tells nothing ("Rivers burst their banks ...")
_SAME_PAST = r"burst|hit|cut|put|set|let|shut|cost|hurt|quit|spread|cast|bid|fit|split|shed|beat"
_SCENE = regex.compile(
    rf"^(?:An?\s(?:(?!{_NOT_SUBJECT})[\p{{L}}'’-]+(?<!ly|ing)\s){{1,3}}"
    rf"|(?!{_NOT_A_NAME})(?:(?:\p{{Ll}}+\s){{0,2}}{_NAME_WORD}\s|{_NAME_WORD}\s(?:\p{{Ll}}+\s){{1,2}})?{_PERSON}(?<![’']s)"
    rf"(?:,\s\d{{1,3}},(?:\sof\s\p{{Lu}}[\p{{L}}.'’ -]{{1,30}},)?)?\s)(?!(?:{_PROSE_VERBS})e?s\b){_PRESENT}"
    rf"(?!\s(?:\p{{Ll}}+ed|{_IRREGULAR_PAST})\b){_WHERE}")  # "State Patrol troopers stopped ...": a noun, then the verb
# a number that is no year ("at 555-0100", "with 300 others") is a contact line's or a story's; "in 2009" is a caption's
_NOT_A_YEAR = r".*(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3}"
# a plural subject and its verb in the present: "Volunteers fill sandbags outside the fire station",
# "Passengers wait for delayed services at Leeds station". The verb is none of the words that report or
# reason ("Residents say", "Officials expect"), nor a past tense ("Reyes made six saves in the 70th").
# a team's people, not a verb after its name: "Rangers coach Jo Roe blamed tiredness ..."
_TEAM_ROLES = (r"coach|manager|boss|captain|skipper|striker|goalkeeper|keeper|defender|midfielder|winger|forward|"
               r"quarterback|pitcher|owner|chairman|president|spokesman|spokeswoman|star|player|supporter|fan")
_PLURAL_SCENE = regex.compile(
    rf"^\p{{Lu}}\p{{Ll}}{{3,}}s(?<!ss|us|is)\s(?!(?:and|the|for|from|with|who|that|which|this|also|often|now|then|"
    rf"between|among|across|about|after|before|under|over|into|within|without|around|near|against|during|{_PROSE_VERBS}|"
    rf"{_IRREGULAR_PAST}|{_SAME_PAST}|{_TEAM_ROLES})\b)\p{{Ll}}{{3,}}(?<!ed|s|ly){_WHERE}")
# any subject (not a person's name: _SCENE reads those) with a verb of what a picture shows, in the
# present: "Smoke rises over the harbour on Sunday", "Cocoa pods hang from a tree near ...". Story puts
# such verbs in the past; a present "Talks resume in Geneva on Monday" is a schedule, and no such verb.
# (not the words that are as often nouns or adjectives: "clear", "lines", "places", "rests")
_VISUAL_VERBS = (r"rises?|hangs?|walks?|gathers?|stands?|sits?|waits?|holds?|carr(?:y|ies)|looks?|watch(?:es)?|"
                 r"poses?|burns?|flows?|lies|lie|march(?:es)?|rall(?:y|ies)|queues?|"
                 r"inspects?|cross(?:es)?|sweeps?|floats?|"
                 r"billows?|smoulders?|smolders?|blooms?|grazes?|glows?|dances?|cheers?|celebrates?|mourns?|"
                 r"prays?|hugs?|embraces?|shelters?|pushes|push|pulls?|climbs?|"
                 r"kneels?|leans?|peers?|gazes?|wades?|paddles?|rides?|sit|stand|wait")  # (not "plays", "works": a role, a job)
# the words after the subject's first: a noun's or an adjective's, no determiner, preposition or adverb
# ("Like the initial rise of ...", "Roe also sits on ...")
_MODIFIER = (rf"(?!(?:{_NOT_SUBJECT}|the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)"
             r"\p{Ll}[\p{Ll}'’-]+(?<!ly|ed)\b")  # (nor a past tense: "Researchers analyzed survey responses")
_VISUAL_SCENE = regex.compile(
    rf"^(?!{_NOT_A_NAME}){_NAME_WORD}(?:\s{_MODIFIER}){{0,2}}\s(?:{_VISUAL_VERBS})\b(?!\s(?:off|up|out|down|back|away|\p{{Ll}}+ed|{_IRREGULAR_PAST})\b)"
    rf"{_WHERE}")
# no verb of its own: a subject and what it is doing, "Beech seedlings growing in one of the plots ..."
# (a count opens a list's item, "Two new flashing signs near ..."; an imperative has no subject)
_COUNT = r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|Most|All|Both|Few|More|Other|No)\b"
_ING_SCENE = regex.compile(
    rf"^(?!.*\b(?:\p{{Ll}}+ed|{_IRREGULAR_PAST})\b)(?!{_NOT_A_NAME}|{_COUNT}){_NAME_WORD}(?:\s{_MODIFIER}){{1,2}}"
    rf"\s\p{{Ll}}{{3,}}ing{_WHERE}")
# a player with the number on the shirt, then the verb in the present: "Westbrook's Jo Roe (12) celebrates
# with teammates after ..." (story gives an age that way, "Jo Roe (45), of Main Street, appeared ...": a past)
_JERSEY = regex.compile(rf"^[^.!?:;]{{0,60}}?\p{{Lu}}[\p{{L}}'’-]+\s\(\d{{1,2}}\)\s{_PRESENT}{_WHERE}")
# no verb: the person, then where they are or what they hold, or what they are doing ("Jo Roe arriving at ...")
_NAME_WITH = regex.compile(
    rf"^(?!.*\b\p{{Ll}}+ed\b)(?!.*[@]|{_NOT_A_YEAR})(?!{_NOT_A_NAME}){_PERSON}(?:,\s\d{{1,3}},)?"
    rf"(?:(?:,\s{_PERSON})*,?\s(?:and|&)\s{_PERSON})?(?:\s\p{{Ll}}{{3,}}ing)?\s"
    rf"(?:at|with|outside|inside|behind|beside|during|in front of|in (?:a|an|this|the) (?:scene|still|image|photo|shot) from)\s")

# no verb at all: a thing and where it is, "The old bridge over the river at dusk.", "The route 47 bus at its
# stop outside the Crown Inn". Without a tagger "no verb" is read strictly: no word in -ed or -s (a plural
# noun too is passed over), no irregular past, none of the words _PROSE lists; and six words at least
# (a short one is a subhead: "The bet on fresh").
_VERB_SIGN = rf"(?:\p{{Ll}}+ed|\p{{Ll}}{{3,}}(?<!ss|us|is|ws)s|{_IRREGULAR_PAST}|{_SAME_PAST}|read)"
_WHERE_IT_STANDS = r"(?:at|over|on|in|outside|near|along|beside|under|inside|off|across|during)\s[^.!?;:]+\.?$"
# (a team, a band: a capitalised plural with a lower-case word after it that is no preposition is a
# subject and its verb, "The Lumberjacks host Milwaukee on Friday.", not a thing in its place)
_PLURAL_NAME_ACTS = r"(?:The|An?)\s(?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}\p{Ll}+s\s(?!(?:at|over|on|in|outside|near|along|beside|under|inside|off|across|during)\b)\p{Ll}"
_THING_WHERE = regex.compile(
    rf"^(?=(?:\S+\s+){{5}})(?!.*\b{_VERB_SIGN}\b)(?!{_NOT_A_YEAR})(?!{_PLURAL_NAME_ACTS})(?:The|An?)\s(?:[\p{{L}}\d'’-]+\s){{1,4}}?"
    rf"{_WHERE_IT_STANDS}")

# no verb, and the day the picture was taken closing it: "Warning signs at the entrance to the beach on
# Sunday.", "The burnt section of the market on Sunday morning". A word in -s is let through (a plural
# noun, or a verb of what the picture shows: "The ferry sits on a rock shelf off the point on Sunday"),
# but not a schedule's ("The festival runs at the park on Saturday", "Schools in the county reopen on
# Monday"), nor a past tense outside the noun's slot ("Police arrested him at his home on Friday";
# "The damaged roof of the hall on Friday" has the participle for an adjective).
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# the last word such a line may end on: a cheap test before the regex, which reads the whole line
_DAY_SCENE_LAST_WORDS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                   "morning", "afternoon", "evening", "night"))
_SCHEDULE_VERBS = r"run|end|finish|wrap|take|go|head|vote|reopen|sell|offer|cost|air|stream|premiere|debut"
_DAY_SCENE = regex.compile(
    rf"^(?=(?:\S+\s+){{5}})(?!{_NOT_A_YEAR})(?!{_NOT_A_SCENE_OPENING})\p{{Lu}}"
    rf"(?!.*\b(?:{_IRREGULAR_PAST}|{_SAME_PAST})\b)(?!.*\b(?:{_PROSE_VERBS}|{_SCHEDULE_VERBS})(?:e?s)?\b)"
    rf"(?!.*(?<!\b(?:[Tt]he|[Aa]n?|its|his|her|their|[\p{{L}}]+['’]s)\s)\b\p{{Ll}}{{3,}}ed\b)"
    rf"[^.!?;:]*?\s(?:at|in|outside|near|inside|along|beside|off|on|of|by)\s[^.!?;:]+"
    rf"\s(?:on|early on|late on|last)\s{_DAY}(?:\s(?:morning|afternoon|evening|night))?\.?$")


# the same with a person for subject: "Jo Roe in the children's section of the library" (a common noun
# there may be a verb's subject: "Supporters in Eldon say ...", "Train drivers on ...")
_SUBJECT_WHERE = regex.compile(
    rf"^(?=(?:\S+\s+){{5}})(?!{_NOT_A_YEAR})(?!{_NOT_A_NAME}){_PERSON}(?:,\s\d{{1,3}},)?\s(?!.*\b{_VERB_SIGN}\b)"
    rf"{_WHERE_IT_STANDS}")


# ... or a crowd: "Residents at a meeting in the village hall last month." (with a verb, "Residents in
# Eldon say ...", or a clause, "Officials in Herat concede that ...", it is story)
_PLURAL_WHERE = regex.compile(
    rf"^(?=(?:\S+\s+){{4}})(?!{_NOT_A_YEAR})(?!(?:{_COUNT}|{_NOT_A_NAME}))\p{{Lu}}\p{{Ll}}{{2,}}s\s(?!.*\b(?:{_VERB_SIGN}|{_PROSE_VERBS}|that|who|which|not|cannot|than)\b)"
    rf"{_WHERE_IT_STANDS}")


# a named place and what happened there, with no verb of its own: "Durham Crown Court, where Roe was
# sentenced on Wednesday." (story says what the place did: "... spread on Twitter, where it was viewed")
_PLACE_WHERE = regex.compile(r"^(?:The\s)?(?:(?:(?:\p{Lu}[\p{L}'’-]*|of|the|and|de)\s){0,7}\p{Lu}[\p{L}'’-]*"
                             r"|\p{Lu}[\p{L}'’-]*['’]s(?:\s\p{Ll}[\p{Ll}-]*){1,3}),\s"  # or someone's: "Jo's workbench, where ..."
                             r"(?:where|which|whose)\s[^,;:\"“”]+\.$")


def mark_scene_captions(feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """A one-sentence scene in the present tense, or a name or a place with no verb, among the story's prose."""
    for k, f in enumerate(feats):
        if verdicts[k].cls == "bad" or f.words > SCENE_MAX_WORDS or f.p.key.endswith(":"):
            continue  # (a line closed by a colon introduces the list under it: "A few things to keep in mind:")
        if (_PLACE_WHERE.match(f.p.key) or (_PROSE.search(f.p.key) is None and (
                _SCENE.match(f.p.key) or _PLURAL_SCENE.match(f.p.key) or _NAME_WITH.match(f.p.key)
                or _JERSEY.match(f.p.key) or _VISUAL_SCENE.match(f.p.key) or _ING_SCENE.match(f.p.key)
                or _THING_WHERE.match(f.p.key) or _SUBJECT_WHERE.match(f.p.key) or _PLURAL_WHERE.match(f.p.key)
                or _day_scene(f.p.key)))) \
                and not in_introduced_list([g.p for g in feats[max(0, k - LIST_LOOKBACK):k]]):  # a list's item
            verdicts[k] = Verdict("bad", "caption-scene", float(f.words))


def _day_scene(key: str) -> bool:
    return key.rstrip(".").rpartition(" ")[2] in _DAY_SCENE_LAST_WORDS and _DAY_SCENE.match(key) is not None


# A gallery printed in the story: its title ("Jo and Tom's romance in pictures", "In pictures: the
# flood"), the captions of its slides as plain sentences, and the gallery's credit ("Photos: Getty
# Images") closing it. The captions read like story; the title over them and the credit a rule
# removed under them frame them.
# (the label alone or before a colon: "Pictures from the past" over story paragraphs is a subhead)
_GALLERY_TITLE = regex.compile(r"^(?:in pictures|in photos|in images|(?:photo )?gallery|slideshow|photos|pictures)"
                               r"(?:\s*:\s.{1,80})?$|^.{3,80}\bin (?:pictures|photos|images)$", regex.IGNORECASE)
GALLERY_TITLE_MAX_WORDS = 12
GALLERY_MAX_SLIDES = 12  # more lines before a credit are not one gallery's captions


def mark_gallery_captions(doc: Doc, feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """A gallery's title, then its captions up to the picture credit a caption rule removed."""
    at = {f.p.index: k for k, f in enumerate(feats)}
    for k, f in enumerate(feats):
        if f.words > GALLERY_TITLE_MAX_WORDS or f.terminal or not _GALLERY_TITLE.match(f.p.key):
            continue
        slides: list[int] = []
        for index in range(f.p.index + 1, len(doc.paragraphs)):
            removal = doc.removed.get(index)
            if removal is not None:
                if "caption" in removal.rule and slides:
                    for j in (k, *slides):
                        verdicts[j] = Verdict("bad", "gallery", float(len(slides)))
                break
            if index not in at or len(slides) == GALLERY_MAX_SLIDES or feats[at[index]].words > LABELLED_MAX_WORDS:
                break  # a story paragraph, not a slide's caption
            slides.append(at[index])


# A gallery printed without a title: its first caption (a scene the classifier found), the plain
# sentences under it that caption the other slides ("Jo Roe kept it simple in white."), and the
# gallery's credit alone on its line ("Photos: Jo Roe/Example Images") closing them.
CREDIT_MAX_WORDS = 8  # a credit alone on its line; a longer caption line says more than who took it
RUN_MAX_SLIDES = 3
SLIDE_MAX_WORDS = 25


def mark_caption_runs(doc: Doc, feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """The one-sentence lines between a caption and the picture credit a rule removed under it."""
    at = {f.p.index: k for k, f in enumerate(feats)}
    for index, removal in doc.removed.items():
        if "caption" not in removal.rule or len(removal.text.split()) > CREDIT_MAX_WORDS:
            continue
        slides: list[int] = []
        above = index - 1
        while above in at and len(slides) <= RUN_MAX_SLIDES:
            k = at[above]
            if verdicts[k].cls == "bad":
                break
            f = feats[k]
            if f.words > SLIDE_MAX_WORDS or not f.terminal or _INNER_STOP.search(f.p.key) or _OPENS_QUOTE.match(f.p.key):
                slides = []
                break
            slides.append(k)
            above -= 1
        first = at.get(above)
        if slides and len(slides) <= RUN_MAX_SLIDES and first is not None and verdicts[first].reason.startswith("caption"):
            for k in slides:
                verdicts[k] = Verdict("bad", "caption-run", float(len(slides)))


# A picture credit alone on its line ("Photo: Jo Roe", "Jo Roe/Example News", "Courtesy of the Roe
# family") follows the caption it belongs to, and that caption may be written as any sentence, in the
# past tense too ("Volunteers sorted donated clothing at a church on Monday."). Under a credit in the
# BBC's manner ("Image copyright ...") the caption comes after it; an embed's source ("View this post
# on Instagram", "Video: ...", "... on YouTube") introduces what follows, and a line over those is story.
_PICTURE_CREDIT = regex.compile(
    r"^\(?(?:(?i:(?:staff |file )?(?:photo(?:graph)?|picture|pic|image|credit)(?: by| courtesy(?: of)?| submitted by)?:?\s"
    r"|courtesy\b|author provided|supplied|handout\b)"
    r"|\p{Lu}[^/:]{1,40}\s?/\s?\p{Lu}[^/:]{1,50}$|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3} for \p{Lu}[^/:]{1,50}$)")
_NOT_PICTURE_CREDIT = regex.compile(r"(?i)^(?:image copyright|view this|video|watch|source|listing|slideshow)\b|\bon youtube\b")
# story in the line over a credit: speech, a second sentence, a line introducing what follows
# (or a run of actions in the past, "disclosed the incident and began emailing users": a caption shows one moment;
# nor does it say what will not happen: "The comet won't pass this close again")
_STORY_OVER_CREDIT = regex.compile(r"""["“”]|\b(?:said|says|told|according)\b|:$|\b(?:below|here)\b|\b(?:won['’]t|wouldn['’]t|will not|will never)\b"""
                                   rf"|[.!?][\"'”’]?\s+\p{{Lu}}|\band (?:then )?(?:\p{{Ll}}{{3,}}ed|{_IRREGULAR_PAST})\b")
CREDITED_CAPTION_MAX_WORDS = 25


def mark_credited_captions(doc: Doc, feats: Sequence[Features], verdicts: list[Verdict]) -> None:
    """The one-sentence line right above a picture credit a rule removed, with story above it."""
    at = {f.p.index: k for k, f in enumerate(feats)}
    for index, removal in doc.removed.items():
        if "caption" not in removal.rule or len(removal.text.split()) > CREDIT_MAX_WORDS \
                or not _PICTURE_CREDIT.match(removal.text) or _NOT_PICTURE_CREDIT.search(removal.text):
            continue
        k = at.get(index - 1)
        if k is None or verdicts[k].cls == "bad":
            continue
        over = doc.removed.get(index - 2)
        if over is not None and "caption" in over.rule:
            continue  # the line between two pictures' credits: the second picture has no caption
        f = feats[k]
        if f.words > CREDITED_CAPTION_MAX_WORDS or _STORY_OVER_CREDIT.search(f.p.key) or _OPENS_QUOTE.match(f.p.key) \
                or in_introduced_list([g.p for g in feats[max(0, k - LIST_LOOKBACK):k]]):
            continue
        verdicts[k] = Verdict("bad", "caption-credited", float(f.words))

