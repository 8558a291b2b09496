"""The issues on the table, and the sentences each rests on.

Four sources, in order of trust (an issue's ``rank``); phrases of the text's own words are kept
only when they read as noun phrases (:func:`is_fragment`) and are named by the noun phrase the
parse finds in them (:func:`zopa.evidence.phrases.noun_phrase`: "negotiate a peace treaty" is
the peace treaty, "left Buyoya in power" no issue), and near-duplicates are merged.
The sources:

0. **Enumerations** the text makes ("negotiating on six points including: neutrality; ...;
   the status of Crimea", "still to be negotiated are ...", and a further item named after
   its ordinal: "a fifth item, the ferry timetable, ..."), and regions at stake ("the status
   of Crimea").
1. **Known negotiation topics** (:data:`zopa.evidence.lexicon.TOPICS`: sanctions,
   enrichment, ceasefire, prisoners, border, ...) mentioned where talks are discussed, and
   regions named twice there.
2. **What was agreed or disputed**: the objects of "agreed to", "talks on", "differences
   over", "the deal sets up", "the talks cover" ("agreed to re-establish diplomatic relations
   and reopen their embassies" gives two issues), and the subjects of "is not on the table",
   "remains unresolved", "is the main sticking point".

Each issue keeps a pattern of its words; the sentences that match it are its evidence, and
a statement bears on the issues whose patterns it matches.

>>> from zopa.evidence.units import sentence_units
>>> text = "The two delegations are negotiating on three points: sanctions; prisoners; Crimea."
>>> sorted(find_issues(text, sentence_units(text), set(), "a.txt"))
['crimea', 'hostages', 'sanctions']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from .gazetteer import REGIONS, SURFACES, TITLE_WORDS, words
from .lexicon import MEDIATION, NEGOTIATION, TERRITORIAL, TOPICS
from .phrases import noun_phrase, subject_at
from .prefilter import fold, may_match, required
from .units import Unit, ends_in_abbreviation, has_speech_verb, paragraphs_of

__all__ = ["REGION", "FoundIssue", "find_issues", "is_fragment", "slug"]


@dataclass
class FoundIssue:
    """An issue while a document is read: its name, the pattern of its words, the spans of
    the sentences that match it, whether it is territorial, and its rank."""

    name: str
    pattern: re.Pattern[str]
    territorial: bool
    rank: int
    evidence: list[tuple[str, int, int]] = field(default_factory=list)


def _region_regex() -> re.Pattern[str]:
    forms = sorted(REGIONS, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms)
                      + r")(?![\w-])", re.IGNORECASE)


#: Any region of the gazetteer.
REGION = _region_regex()

#: The nouns a text counts its agenda in: "four points", "three baskets", "two tracks".
_LIST_NOUNS = (r"points?|issues?|topics?|items?|questions?|matters?|areas?|elements?|"
               r"subjects?|sticking[- ]points?|chapters?|pillars?|provisions?|clauses?|"
               r"baskets?|files?|dossiers?|tracks?|clusters?|components?|strands?|themes?")
_ENUM = re.compile(
    r"\b(?:" + _LIST_NOUNS + r"|agenda)\b[^.;:\"“”]{0,80}?"
    r"(?:\b(?:including|include[sd]?|are|were|such as|namely|covering|covers?|covered|on|"
    r"concerning|involving|remain(?:s|ed)?)\b"
    r"(?:\s+(?:still\s+)?(?:open|outstanding|unresolved|unsettled|pending)\b)?\s*:?|:)\s*",
    re.IGNORECASE)
_OPEN_LIST = re.compile(r"\b(?:covering|including|such as|namely)\s*:?\s+(?=\S)"
                        # "... a familiar set of obligations. Among them: respect for ..."
                        r"|^\s*(?:among\s+them|these\s+include|they\s+include)\s*:\s*",
                        re.IGNORECASE)
_AGREED = re.compile(
    r"\b(?:agree(?:[sd]|ing)?|agreements?|deals?|accords?|talks|negotiations|consultations|"
    r"differences|disputes?|disagreements?|disagree[sd]?|failed to agree|deadlock|"
    r"pledge[sd]?|commit(?:s|ted)?|undert(?:ook|akes)|promise[sd]?)\b[^.;:,\"“”]{0,60}?"
    r"\b(?:to|on|over|about|for|"
    r"concerning|that)\s+(?:the\s+)?"
    r"|\b(?:the two sides|both sides|the parties|the two countries|each side)\s+(?:would|will|"
    r"should|must|agreed to|are to|were to)\s+"
    r"|(?:\b(?:deals?|agreements?|accords?|plan|measures|text|talks|negotiations|agenda|"
    r"discussions|protocols?|memorand(?:um|a)|treaty|charter|declaration|communiqu[eé]|"
    r"roadmap|road map|initiative|draft)\b[^.;\"“”]{0,120}?|^It (?:also )?)"
    r"\b(?:set up|sets up|"
    r"provides? for|provided for|includes?|included|covers?|covered|establish\w*|creates?|"
    r"envisages?|focus(?:es|ed)? on|cent(?:re|er)(?:s|d)? on|deals? with|dealt with|"
    r"address(?:es|ed)?)\s+", re.IGNORECASE)
_ISSUE_PHRASE = re.compile(
    r"\b(?:the (?:issue|question|status|future|fate|control|division|return|release) of|"
    r"sovereignty over|provides? for|"
    r"sticking[- ]points? (?:is|are|was|were|remains?|remained|over|include[sd]?|of))\s+",
    re.IGNORECASE)
#: Words said of an issue that is the subject of its clause: "the presidency was not on the
#: table", "the fate of the militias is the main sticking point", "X remains unresolved",
#: "the unity of the country is a red line", "X is non-negotiable", "X is not up for
#: discussion".
_SUBJECT_CUE = re.compile(
    r"\b(?:on|off) the table\b|\bunresolved\b|\bnon-?negotiable\b|\bnot negotiable\b"
    r"|\bnot (?:up )?for (?:discussion|negotiation|debate|bargaining)\b"
    r"|\bnot open to (?:discussion|negotiation|debate|bargaining)\b"
    r"|\b(?:is|are|was|were|remains?|remained)\s+(?:a|our|the|their|its)\s+red[- ]lines?\b"
    r"|\b(?:is|was|are|were|remains?|remained)\s+"
    r"(?:the\s+|a\s+|one of the\s+)?(?:(?:main|key|biggest|last|final|thorniest|most "
    r"contentious|major|chief|central)\s+)?(?:sticking[- ]points?|bones? of contention|"
    r"obstacles?|stumbling[- ]blocks?|hurdles?|contentious issues?)\b", re.IGNORECASE)
#: What is still open, before the list of it: "Still to be negotiated are a seaport, ...".
_STILL_OPEN = re.compile(r"\b(?:still|yet|left|remain(?:s|ed|ing)?)\s+to be\s+(?:negotiated|"
                         r"discussed|agreed|settled|resolved|decided|worked out)\s+(?:are|is|"
                         r"were|was)\s+|\b(?:still|yet) to be (?:negotiated|discussed|agreed|"
                         r"settled|resolved|decided)\s*:\s*", re.IGNORECASE)
#: A further item of a list the paragraph makes, named in apposition to its ordinal: "A
#: fifth item, the status of the airport, was not closed", "Behind them sits a fourth, a
#: date for ...", "The fourth, raised by the envoy, is a set of measures".
_ORDINAL = re.compile(
    r"\b(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|"
    r"remaining)(?P<noun>\s+(?:" + _LIST_NOUNS + r"))?\s*,\s+"
    r"(?:(?:raised|put|added|tabled|proposed|pressed)\b[^,.;:]{0,40},\s+"
    r"(?:is|was|remains?|remained)\s+)?(?=(?:a|an|the)\s)",
    re.IGNORECASE)
_LIST_COUNT = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?"
                         r"(?:" + _LIST_NOUNS + r")\b", re.IGNORECASE)
_LEAD = re.compile(r"^(?:the|a|an|to(?=\s+[a-z]+\s)|remove|removing|removal of|ensure|ensuring|"
                   r"on|over|"
                   r"set up|setting up|establish|establishing|create|creating|form|forming|"
                   r"the (?:status|issue|question|process|future|fate) of|status of|issue of|"
                   r"question of|process of)\s+", re.IGNORECASE)
_GENERIC = words("""status issue issues question process future fate the of for and a an
to in on over with use remove barriers breakaway region regions peninsula new two both its their
his her our from by at as is are was were be been matter""")


_NOT_ISSUE = words("""monday tuesday wednesday thursday friday saturday sunday today tonight
january february march april may june july august september october november december main not
no be being it its they them their this that these those each other which one two three
begin start end soon later earlier early week weeks month months year years conflict war
fighting violence crisis hostilities peace role date size number location timing scope extent
nature details""") | _GENERIC
_UMBRELLA = re.compile(r"(?:(?:the|its|their|our|and|of|\w+al)\s+)*(?:territorial integrity|"
                       r"sovereignty|independence|territory)", re.IGNORECASE)


#: Words a noun phrase does not start with: conjunctions, auxiliaries and modals, pronouns,
#: relative words, prepositions of time, weekdays, and words of the talks themselves.
_BAD_FIRST = words("""and or but nor so yet are is was were be been being am do does did
would will could can may might shall should must has have had which who whom whose where when
while that it its it's they them their his her he she we our us you your i my this these those
there here other others none not no after before during since until hours days weeks years
nearly almost about some any each every with without if as than then again also just only
even still meanwhile however monday tuesday wednesday thursday friday saturday sunday
today yesterday tomorrow last next first take takes took meet meets met implement
implementing implementation ended ignored forfeits harms said says added urged welcomed
several many few""")
#: Words no issue is named after alone: the talks, their documents and the people in them.
_META = words("""statement statements proposal proposals text texts annex annexes deal deals
agreement agreements accord talks negotiations summit meeting meetings round rounds measures
package points issues demand demands implementation framework plan document documents
roadmap process outcome results progress rebels groups allies officials leaders delegates
baskets basket files tracks pillars chapters components strands themes pledge pledges
delegation delegations countries sides parties people systematic capitulation understanding
final text areas questions matters items topics following positions analyst analysts
journalist journalists correspondent correspondents diplomat diplomats observer observers
expert experts commentator commentators""")
_META_ADJECTIVES = words("final last new joint draft full whole")
_MULTIWORD = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(
    (f for f in SURFACES if " " in f), key=len, reverse=True)) + r")\b")
_VERB_INSIDE = re.compile(r"\b(?:would|will|could|can|may|might|should|must|is|are|was|were|"
                          r"has|have|had|does|did|wants|want|leaves|ended|forfeits|we|we're|"
                          r"they|them|if|not)\b", re.IGNORECASE)


#: The aim of the talks, not an issue on the table: "end nearly three decades of conflict".
_ENDING_WAR = re.compile(r"^(?:to\s+)?(?:end|ending|stop|stopping|halt|halting|bring an end to|"
                         r"put an end to|resolve|resolving|settle|settling)\b(?!\s+of\b)"
                         r"[^,;]*\b(?:war|"
                         r"conflict|fighting|violence|hostilities|insurgency|crisis|dispute|"
                         r"bloodshed|rebellion)s?\b")


def is_fragment(phrase: str) -> bool:
    """Whether a phrase read as an issue is not a noun phrase an analyst would call an issue:
    it starts with a conjunction, an auxiliary, a pronoun or a weekday ("And the civilian
    deaths", "Are Russia's request"), holds a finite verb ("Afghan soil would not be used"),
    or names only the talks or their people ("Six points", "European Union proposal").

    >>> [is_fragment(p) for p in ("And the civilian deaths", "Are Russia's request",
    ...                           "Six points", "Reopen their embassies", "Land reform")]
    [True, True, True, False, False]
    """
    lowered = phrase.lower().replace("’", "'")
    tokens = re.findall(r"[\w'-]+", lowered)
    if not tokens or tokens[0] in _BAD_FIRST or re.fullmatch(r"\d[\d,.]*", tokens[0]):
        return True
    if _VERB_INSIDE.search(" ".join(tokens[1:])):
        return True
    lowered = _MULTIWORD.sub(" ", lowered)
    content = [t for t in re.findall(r"[\w'-]+", lowered) if _content(t)]
    if not content or all(t in _META for t in content):
        return True
    if len(tokens) > 1 and tokens[1] == "by" and tokens[0].endswith("ed"):
        return True  # "mediated by the European Union"
    names = phrase.split()
    if len(names) > 1 and tokens[0] in TITLE_WORDS and all(w[:1].isupper() for w in names):
        return True  # "General Khalifa Haftar": a person
    if _ENDING_WAR.match(lowered):
        return True  # "end nearly three decades of conflict": the aim, not an issue
    head = [t for t in re.findall(r"[\w'-]+", re.split(
        r"\b(?:of|on|for|over|about|with|without|to|in|between|under|by|at|from|within)\b",
        lowered, maxsplit=1)[0])
        if _content(t) and t not in _META_ADJECTIVES]
    return bool(head) and all(t in _META for t in head)


def _content(token: str) -> bool:
    return (token not in _NOT_ISSUE and token not in SURFACES and token.removesuffix("'s")
            not in SURFACES and not token.isdigit() and len(token) > 1
            and not token.endswith("-based")  # "a Nairobi-based analyst"
            and token not in ("six", "five", "four", "seven", "eight", "nine", "ten"))


def slug(text: str, limit: int | None = 40) -> str:
    """An id from words: lower case, hyphens, at most ``limit`` characters (``None``: the
    whole name, as an actor's id is: "international-organisation-of-la-francophonie").

    >>> slug("International Organisation of La Francophonie")
    'international-organisation-of-la-francop'
    >>> slug("International Organisation of La Francophonie", limit=None)
    'international-organisation-of-la-francophonie'
    """
    whole = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return whole if limit is None else whole[:limit].strip("-")


#: The strings one of which each topic's every match holds (:mod:`.prefilter`).
_TOPIC_KEYS = tuple(required(pattern) for _, _, pattern in TOPICS)


def _topics(text: str) -> list[tuple[str, str, re.Pattern[str]]]:
    """The rows of :data:`~zopa.evidence.lexicon.TOPICS` whose patterns can match ``text``,
    in their order: a substring test skips the others' searches.

    >>> [t for t, _, _ in _topics("Sanctions relief and a prisoner swap")]
    ['sanctions', 'hostages']
    """
    folded = fold(text)
    out = []
    for row, keys in zip(TOPICS, _TOPIC_KEYS, strict=True):
        if keys is not None:  # may_match, inlined: this runs for every sentence and item
            for key in keys:
                if key in folded:
                    break
            else:
                continue
        out.append(row)
    return out


def _region_pattern(region: str) -> re.Pattern[str]:
    forms = [f for f, (s, _) in REGIONS.items() if s == region]
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b", re.IGNORECASE)


def find_issues(text: str, units: Sequence[Unit], statement_units: set[str], file: str
                ) -> dict[str, FoundIssue]:
    """The issues of one document, by id, in the order found."""
    issues: dict[str, FoundIssue] = {}
    paragraphs = dict(enumerate(p for _, p in paragraphs_of(text)))
    for unit in units:
        piece = text[unit.start:unit.end]
        for m in _OPEN_LIST.finditer(piece):
            items = [i for i in _split_list(piece[m.end():]) if not _speech(i)
                     and not re.search(r"\d|\b(?:that|who|which|was|were|is|are|has|have)\b"
                                       r"|day\b", i)]
            if len(items) >= 3:
                _add_all(issues, items, context=piece)
        for m in _ENUM.finditer(piece):
            cue = m.group(0).lower()
            loose = r"\b(?:are|were|remain\w*|on|concerning|involving)\s*:?\s*$"
            if re.search(loose, cue) and not (
                    re.search(r"(?:the|\d+|two|three|four|five|six|seven|eight|nine|ten|main|"
                              r"key|other|outstanding)\s+(?:\w+\s+)?(?:" + _LIST_NOUNS + ")",
                              piece[max(0, m.start() - 40):m.end()], re.IGNORECASE)):
                continue
            items = [i for i in _split_list(piece[m.end():]) if not _speech(i)]
            if len(items) >= 2:
                _add_all(issues, items, context=piece)
                break
        for m in _AGREED.finditer(piece):
            rest = piece[m.end():]
            clause = re.split(r"[.;:](?!\d)", rest, maxsplit=1)[0]
            whole = re.split(r"[.:](?!\d)", rest, maxsplit=1)[0]
            # long items are trimmed to their noun phrase by the parse ("the return of the
            # prime minister to the capital within seven days")
            listed = _split_list(clause, longest=24) if clause.count(",") >= 2 or re.search(
                r",[^,]+\band\b", clause) else []
            if ";" in whole and len(listed) < 3:
                # what was set up, set out in semicolons: "sets up a council ...; a prime
                # minister ...; and a legislative council ..."
                listed = _split_list(whole, longest=24)
                listed = listed if len(listed) >= 3 else []
            items = listed if len(listed) >= 3 else _split_items(rest)
            _add_all(issues, [i for i in items if not _speech(i)][:6], context=piece,
                     enumerated=False, distinct=len(listed) >= 3)
        for m in _ISSUE_PHRASE.finditer(piece):
            phrase = re.match(r"[^,.;:\"“”]{3,60}?(?=[,.;:\"“”]|\s+(?:and|is|are|was|"
                              r"were|remains?|has|have|will|would|which|that)\b|$)",
                              piece[m.end():])
            if phrase and not _UMBRELLA.fullmatch(phrase.group(0).strip()):
                _add(issues, phrase.group(0), enumerated=False, strong=True,
                     context=piece, names=True)
        for m in _STILL_OPEN.finditer(piece):
            items = [i for i in _split_list(piece[m.end():]) if not _speech(i)]
            if len(items) >= 2:
                _add_all(issues, items, context=piece)
        for m in _ORDINAL.finditer(piece):
            phrase = re.match(r"[^,.;:\"“”]{3,80}", piece[m.end():])
            if phrase and not _speech(phrase.group(0)) and (
                    m.group("noun") or _LIST_COUNT.search(paragraphs.get(unit.paragraph, ""))):
                _add(issues, phrase.group(0), enumerated=True, context=piece)
        for m in _SUBJECT_CUE.finditer(piece):
            subject = subject_at(piece, m.start())
            if subject and not _speech(subject):
                _add(issues, subject, enumerated=False, strong=True, context=piece,
                     names=True)
    for listed in _bullets(text):
        _add_all(issues, listed)
    counts: Counter[str] = Counter()
    for unit in units:
        piece = text[unit.start:unit.end]
        near = bool(_talks(piece)) or piece in statement_units
        paragraph = paragraphs.get(unit.paragraph, "")
        if not (near or _talks(paragraph)):
            continue
        claimed: list[tuple[int, int]] = []
        for topic, name, pattern in _topics(piece):
            spans = [m.span() for m in pattern.finditer(piece)
                     if not any(a < m.end() and m.start() < b for a, b in claimed)]
            claimed += spans
            counts[topic] += 2 * sum(not _in_name(piece, *span) for span in spans)
            if counts[topic] >= 2 and topic not in issues:
                issues[topic] = FoundIssue(name, pattern, territorial=False, rank=1)
        for m in REGION.finditer(piece):
            region, name = REGIONS[m.group(0).lower()]
            counts["@" + region] += 1
            if counts["@" + region] == 2 and region not in issues:
                issues[region] = FoundIssue(f"Status of {name}", _region_pattern(region),
                                            territorial=True, rank=1)
    folded = [fold(text[u.start:u.end]) for u in units]
    for issue in issues.values():
        keys = required(issue.pattern)
        issue.evidence = list(islice(((file, u.start, u.end) for u, lowered in zip(
            units, folded, strict=True) if may_match(keys, lowered)
            and issue.pattern.search(text[u.start:u.end])), 6))
    return _merged(issues)


#: The papers and forums of the talks, beside :data:`~zopa.evidence.lexicon.NEGOTIATION`'s
#: words: a topic in "according to a copy of the memorandum" is on the table.
_PAPERS = re.compile(r"\b(?:memorand(?:um|a)|communiqu[eé]s?|protocols?|charter|annex(?:es)?|"
                     r"consultations|panels)\b", re.IGNORECASE)


def _talks(text: str) -> bool:
    """Whether a text speaks of the talks, their mediation or their papers."""
    return bool(NEGOTIATION.search(text) or MEDIATION.search(text) or _PAPERS.search(text))


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether a topic's words stand in a proper name, capitalised among capitalised words
    ("the Nationwide Ceasefire Agreement", "the Southern Transitional Council").

    >>> t = "They signed the Nationwide Ceasefire Agreement."
    >>> _in_name(t, t.find("Ceasefire"), t.find(" Agreement"))
    True
    >>> _in_name("Ceasefire talks resumed.", 0, 9)
    False
    """
    if not text[start:start + 1].isupper():
        return False
    before = re.search(r"([\w'-]+)\W{0,2}$", text[:start])
    after = re.match(r"\W{0,2}([\w'-]+)", text[end:])
    return any(m is not None and m.group(1)[:1].isupper() and m.group(1).lower() not in (
        "the", "a", "an") for m in (before, after))


def _stems(name: str) -> frozenset[str]:
    return frozenset(w[:5] for w in re.findall(r"[\w-]+", name.lower())
                     if w not in _NOT_ISSUE and len(w) > 2)


def _merged(issues: dict[str, FoundIssue]) -> dict[str, FoundIssue]:
    """Near-duplicates folded: an issue of the text's own words whose words are all in
    another issue's name ("Light-water reactor" and "Light-water reactor deal"), and
    recognition when every sentence it rests on names one region at stake (recognising
    Crimea is the status of Crimea)."""
    out = dict(issues)
    for iid, issue in issues.items():
        if issue.rank < 2 and iid != "recognition":
            continue
        mine = _stems(issue.name)
        for other_id, other in out.items():
            if other_id == iid or not mine:
                continue
            theirs = _stems(other.name)
            if issue.rank >= 2 and mine <= theirs and (other.rank < issue.rank or
                                                        len(theirs) > len(mine)):
                del out[iid]
                break
            if iid == "recognition" and other.territorial and issue.evidence and all(
                    e in other.evidence for e in issue.evidence):
                other.evidence += [e for e in issue.evidence if e not in other.evidence]
                del out[iid]
                break
    return out


def _speech(item: str) -> bool:
    """Whether an item reads as speech, not as an issue ("claims" as a noun: "property
    claims", "territorial claims", is no speech verb)."""
    return has_speech_verb(re.sub(r"(?<=\w) claims\b", "", item))


def _add_all(issues: dict[str, FoundIssue], items: list[str], *, context: str = "",
             enumerated: bool = True, distinct: bool = True) -> None:
    """Add the issues of the items of one list. A list counts distinct issues, so an item
    whose known topic an earlier item of the same list named ("to demarcate the land
    frontier ...; to demarcate the river frontier ...") is named by its own words; not so
    the pieces of one clause (``distinct`` false: "agreed to restore relations and reopen
    embassies" is one topic)."""
    taken: set[str] = set()
    for item in items:
        _add(issues, item, enumerated=enumerated, strong=True, context=context,
             taken=taken if distinct else None)


def _add(issues: dict[str, FoundIssue], item: str, *, enumerated: bool,
         strong: bool = False, context: str = "", names: bool = False,
         taken: set[str] | None = None) -> None:
    """Add the issue an item names: a region, a known topic (not one of ``taken``, the
    topics the item's list named already), or the noun phrase of the item in ``context``
    (its sentence); ``names`` when a proper name alone may be one (an agenda's "Brcko",
    "the future of Hebron")."""
    taken = set() if taken is None else taken
    item = item.strip(" \"“”'.,")
    if not REGION.match(item):
        item = re.sub(r"\s+(?:in|to|for|across|throughout|within)\s+(?:the\s+)?"
                      r"(?:(?:north|south|east|west)(?:ern)?\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$",
                      "", item)
    region = REGION.search(item)
    if region:
        rid, name = REGIONS[region.group(0).lower()]
        issues.setdefault(rid, FoundIssue(f"Status of {name}", _region_pattern(rid),
                                          territorial=True, rank=0))
        return
    for topic, name, pattern in _topics(item):
        if topic not in taken and pattern.search(item):
            taken.add(topic)
            issues.setdefault(topic, FoundIssue(name, pattern, territorial=False,
                                                rank=0 if enumerated else 1))
            return
    if enumerated and re.fullmatch(r"(?:the\s+)?end of (?:the\s+)?(?:armed\s+)?(?:conflict|war|"
                                   r"hostilities)", item.strip(), re.IGNORECASE):
        # an agenda point of its own ("the end of the conflict": ceasefire, arms, guarantees)
        issues.setdefault("end-of-conflict", FoundIssue("End of the conflict", re.compile(
            r"\bend of (?:the )?(?:armed )?(?:conflict|war|hostilities)\b", re.IGNORECASE),
            territorial=False, rank=0))
        return
    place = re.fullmatch(r"(?:the\s+)?(?:status|future|fate|control)\s+of\s+(?:the\s+)?"
                         r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", item.strip())
    if place and place.group(1).lower() in SURFACES:
        pid = slug(place.group(1))
        issues.setdefault(pid, FoundIssue(f"Status of {place.group(1)}", re.compile(
            r"\b" + re.escape(place.group(1)) + r"\b", re.IGNORECASE), territorial=True,
            rank=0 if enumerated else 2))
        return
    item = re.split(r"\s+(?:that|which|who|whom|whose|where)\b", item, maxsplit=1)[0]
    # a verb after the noun phrase: "fishing rights dragged on" -> "fishing rights"
    item = re.split(r"\s+\w{3,}ed(?=\s+(?:on|off|up|down|out|for|into|again|since|over|"
                    r"through|early|late|\w+ly)\b|\s*$)", item, maxsplit=1)[0]
    cleaned = item
    for _ in range(3):
        cleaned = _LEAD.sub("", cleaned)
    if is_fragment(cleaned):
        return
    phrase = noun_phrase(cleaned.strip(), context or cleaned, names=enumerated or names)
    if phrase is None:
        return
    for topic, name, pattern in _topics(phrase):
        if topic not in taken and pattern.search(phrase):  # 'provide "guarantees"'
            taken.add(topic)
            issues.setdefault(topic, FoundIssue(name, pattern, territorial=False,
                                                rank=0 if enumerated else 1))
            return
    for _ in range(3):
        phrase = _LEAD.sub("", phrase)
    if is_fragment(phrase) or _only_topics(phrase, taken):
        return
    cleaned = phrase
    words = [w for w in re.findall(r"[\w'-]+", cleaned) if w.lower() not in _NOT_ISSUE
             and w.lower() not in SURFACES and not w.isdigit()]
    if not words or len(cleaned.split()) > 10 or not (enumerated or strong):
        return
    iid = slug(" ".join(words[:3]))
    if not iid or iid in issues:
        return
    keys = [re.escape(w[:7].lower()) for w in words[:3] if len(w) > 3] or [
        re.escape(words[0].lower())]
    issues[iid] = FoundIssue(cleaned[:1].upper() + cleaned[1:], re.compile(
        r"\b(?:" + "|".join(keys) + r")", re.IGNORECASE),
        territorial=bool(TERRITORIAL.search(item)), rank=0 if enumerated else 2)


def _only_topics(phrase: str, topics: set[str]) -> bool:
    """Whether a phrase says nothing but the words of known topics (``topics``): the
    "demobilisation" after "the disarmament" of one list is the same topic again."""
    rest = phrase
    for topic, _, pattern in TOPICS:
        if topic in topics:
            rest = pattern.sub(" ", rest)
    return not any(_content(w.lower()) for w in re.findall(r"[\w'-]+", rest))


def _split_list(text: str, longest: int = 9) -> list[str]:
    """The items of an enumeration: split at semicolons (or commas) and "and"; none when
    the items average more than ``longest`` words (a sentence's clauses, not a list)."""
    stop = next((m for m in re.finditer(r"(?<=[a-z])\.\s|\.$|[\"“”]\s*[A-Z]", text)
                 if m.group(0)[0] != "." or not ends_in_abbreviation(text[:m.start()])), None)
    text = text[:stop.start()] if stop else text  # "a ceasefire from Feb. 1" runs on
    if ";" in text:
        # an item set off by semicolons ends where a clause about it starts after a comma:
        # "the return of the opposition to parliament, which it has boycotted since ..."
        parts = [_CLAUSE_AFTER.split(p, maxsplit=1)[0] for p in text.split(";")]
        longest = max(longest, 16)
    else:
        parts = re.split(r"(?<!\d),|,(?!\d)", text)
    items: list[str] = []
    for part in parts:
        part = re.sub(r"^\s*(?:and|or)\s+", "", part.strip())
        for piece in _coordinated(part):
            piece = piece.strip(" .:\"“”")
            if piece:
                items.append(piece)
    if not items or sum(len(i.split()) for i in items) / len(items) > longest:
        return []
    return _shared_complement(items[:10])


def _shared_complement(items: list[str]) -> list[str]:
    """Items where two heads share one complement ("the number and location of the
    camps"): the bare first head takes the complement of the next.

    >>> _shared_complement(["the reduction", "purge of the army", "a ceasefire"])
    ['the reduction of the army', 'purge of the army', 'a ceasefire']
    """
    out = list(items)
    for k in range(len(out) - 1):
        shared = re.match(r"[a-z][\w-]*(\s+(?:of|for)\s.+)", out[k + 1])
        if shared and re.fullmatch(r"(?:the\s+|a\s+|an\s+)?[a-z][\w-]*", out[k]):
            out[k] += shared.group(1)
    return out


#: A comma that opens a clause about the item before it (relative, participle, aside).
_CLAUSE_AFTER = re.compile(r",\s+(?:which|who|whom|whose|where|when|set|due|probably|possibly|"
                           r"expected|to be|with|whereby|under which|alongside|along with|"
                           r"together with|in addition to)\b")


def _coordinated(part: str) -> list[str]:
    """An item split at "and" into the issues it joins ("sanctions and the nuclear
    programme"), but kept whole where "and" joins the modifiers of one noun phrase: "oil and
    gas revenues", "a share of oil and gas revenues", "the management of arms and armies"
    (unless each side alone names a different known topic).

    >>> _coordinated("a share of oil and gas revenues for the province")
    ['a share of oil and gas revenues for the province']
    >>> _coordinated("sanctions and the nuclear programme")
    ['sanctions', 'the nuclear programme']
    >>> _coordinated("the ceasefire and prisoner exchanges")
    ['the ceasefire', 'prisoner exchanges']
    """
    pieces = re.split(r"\s+(?:and|as well as)\s+(?=the\s|[a-z]+\s|[A-Z])", part)
    out: list[str] = []
    for piece in pieces:
        if out and _joins_one_phrase(out[-1], piece):
            out[-1] += " and " + piece
        else:
            out.append(piece)
    return out


def _joins_one_phrase(left: str, right: str) -> bool:
    words_right = right.split()
    if not words_right or not words_right[0][:1].islower() or words_right[0] in (
            "the", "a", "an", "its", "their", "his", "her", "our", "any", "all"):
        return False
    bare = re.fullmatch(r"[a-z][\w-]*", left.strip()) is not None
    of_one = re.search(r"\b(?:of|for|on|over)\s+[a-z][\w-]*$", left.strip()) is not None
    if not ((bare and len(words_right) >= 2) or of_one):
        return False
    topics = [next((t for t, _, pattern in _topics(piece) if pattern.search(piece)), None)
              for piece in (left.split()[-1], right)]
    return not (topics[0] and topics[1] and topics[0] != topics[1])


#: A line that opens a list of points: "The draft agenda covers the following points:".
_LIST_OPENS = re.compile(r"\b(?:points?|issues?|topics?|items?|agenda|following|includ\w*|"
                         r"cover\w*|provisions?|terms|demands?|elements?|measures|steps|"
                         r"commitments|obligations|principles|undertakings|pledges|"
                         # "Broadly five things:", "three questions:"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?"
                         r"(?:things|questions|matters))\b[^.:]{0,60}:\s*$",
                         re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-\u2013\u2022*\u00b7]|\(?\d{1,2}[.)]|\(?[a-h]\)|(?i:first|second|"
                     r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?i:ly)?\s*[,:])"
                     r"\s+(.+?)[\s;,.]*$")


def _bullets(text: str) -> list[list[str]]:
    r"""The lists set out line by line after a line that opens them ("... covers the
    following points:" then "- a prisoner exchange;" ...), each as its items.

    >>> _bullets("The agenda covers the following points:\n- a prisoner exchange;\n"
    ...          "- the reopening of the airport, which the army has held since the spring "
    ...          "and mined.\nTalks resume on Monday.")
    [['a prisoner exchange', 'the reopening of the airport']]
    """
    lists: list[list[str]] = []
    lines = [p for _, p in paragraphs_of(text)]
    for k, line in enumerate(lines):
        if not _LIST_OPENS.search(line):
            continue
        items: list[str] = []
        lists.append(items)
        for follow in lines[k + 1:k + 13]:
            bullet = _BULLET.match(follow)
            if bullet is None:
                break
            item = bullet.group(1)
            # a long point is named by its first words, before a comma: "a cabinet of 31
            # ministers, 15 for the ruling party, ...", "to demarcate the river frontier
            # along the deepest channel of the waterway, from ..."
            items.append(" ".join(item.split(", ", 1)[0].split()[:12]))
    return [items for items in lists if items]


def _split_items(text: str) -> list[str]:
    """The items of what a sentence says was agreed: "to re-establish relations and reopen
    embassies within two months" -> ["re-establish relations", "reopen embassies"]."""
    text = re.split(r"[.;:\"“”](?!\d)|,(?!\d)|\b(?:after|which|who|that|while|but|because|since|"
                    r"when|although|said|says)\b", text, maxsplit=1)[0]
    items = []
    for piece in re.split(r"\s+(?:and|as well as|to|or)\s+(?:on\s+|to\s+)?", text):
        piece = re.sub(r"\s+(?:within|by|from|in|on|at|for)\s+(?:the\s+)?(?:next\s+)?"
                       r"(?:\w+\s+)?(?:months?|years?|weeks?|days?|hours?|[A-Z]\w+|\d[\w,]*).*$",
                       "", piece.strip())
        piece = re.sub(r"\b\d[\d,.]*\b\s*", "", piece).strip()
        words = [w for w in re.findall(r"[\w'-]+", piece) if w.lower() not in _NOT_ISSUE]
        if piece.split() and any(len(w) > 3 for w in words):
            items.append(" ".join(piece.split()[:8]))
    return items
