"""Dates in news text, resolved against the article's date.

Absolute dates ("March 20", "20 March 2022", "2022-03-20", "Sept. 3"), weekdays ("on
Tuesday", "last Tuesday": the latest such day before the article's date), "yesterday",
"today", and anaphora ("on the same day", "the day before", "the next day") resolved against
the date of the statement before.

>>> base = datetime.date(2022, 3, 23)   # a Wednesday
>>> [(m.text, m.date) for m in find_dates("On March 20, and last Tuesday, he said", base)]
[('March 20', datetime.date(2022, 3, 20)), ('last Tuesday', datetime.date(2022, 3, 22))]
>>> find_dates("On the same day, he said", base)[0].relative
'same'
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

__all__ = ["DateMention", "Event", "dateline", "event_date", "find_dates", "find_events",
           "ref_kind", "resolve_relative", "speech_date"]

MONTHS = {name: k + 1 for k, names in enumerate([
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sep sept", "october oct", "november nov", "december dec",
]) for name in names.split()}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<{0}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"
#: A date that names a movement or a past event, not a day of the story: "the March 14
#: alliance", "the April 6 Youth Movement".
_NAMED_AFTER = (r"(?!\s+(?:alliance|movement|coalition|bloc|camp|group|youth|generation|"
                r"revolution|uprising)\b)")
_PATTERNS = [
    ("iso", r"\b" + _YEAR.format("iy") + r"-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"),
    ("mdy", r"\b" + _MONTH.format("am") + r"\s+" + _DAY.format("ad")
     + r"\b(?:,?\s+" + _YEAR.format("ay") + r"\b)?" + _NAMED_AFTER),
    ("dmy", r"\b" + _DAY.format("bd") + r"\s+(?:of\s+)?" + _MONTH.format("bm")
     + r"(?:,?\s+" + _YEAR.format("by") + r"\b)?"),
    ("weekday", r"\b(?:(?P<rel>last|this past|this|on|past)\s+)?(?P<wd>"
     + "|".join(WEEKDAYS) + r")\b"),
    ("word", r"\b(?P<word>yesterday|last night|last evening|today|tonight|earlier today|"
     r"this (?:morning|afternoon|evening)|at the time|"
     r"(?:later |earlier )?(?:on )?(?:the )?same day|(?:later |earlier )?that (?:day|evening|"
     r"night|morning|afternoon)|"
     r"the (?:day|evening|night) before|the previous (?:day|evening|night)|"
     r"the (?:next|following) (?:day|morning|afternoon|evening)|the day after|"
     r"(?:a|one) day (?:later|after|earlier|before)|"
     r"(?:two|three|2|3) days (?:later|after|earlier|before))\b"),
    # Spans a statement cannot be dated by: "last week", "earlier this month", "recently".
    ("vague", r"\b(?P<vague>(?:earlier |later )?(?:last|this|that|the previous|the past|"
     r"the following|next) (?:week|weekend|month|year)|(?:earlier|later) (?:this|that) "
     r"(?:week|month|year)|in recent (?:days|weeks|months)|recently|weeks ago|months ago|"
     r"days ago|for (?:years|months|decades|weeks)|for (?:a|one) (?:year|month)(?: and a half)?|"
     r"earlier in the (?:year|spring|summer|autumn|fall|winter|month)|overnight)\b"),
]
#: Words of a relative date and the days they shift the date of the statement before by.
_SHIFTS = {"same": 0, "before": -1, "after": 1}
_REGEX = re.compile("|".join(f"(?P<k_{name}>{pat})" for name, pat in _PATTERNS), re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date in the text: its span, the date when it can be resolved now, or the relation
    (``same``, ``before``, ``after``) to the date of the statement before."""

    start: int
    end: int
    text: str
    date: datetime.date | None
    relative: str | None = None


def _make(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _with_year(month: int, day: int, year: int | None,
               base: datetime.date | None) -> datetime.date | None:
    if year is not None:
        return _make(year, month, day)
    if base is None:
        return None
    found = _make(base.year, month, day)
    if found is not None and found > base + datetime.timedelta(days=31):
        found = _make(base.year - 1, month, day)
    return found


#: After a date, what makes it part of a name: "the June 4, 1967 line", "the May 17
#: Agreement", "the March 23 Movement".
_NAMED_BY_DATE = re.compile(r"(?:,?\s*\d{4})?\s+(?:lines?|borders?|boundar(?:y|ies)|frontiers?|"
                            r"movement|agreement|accords?|declaration|protocol|memorandum|"
                            r"framework|plan|initiative|resolution)\b", re.IGNORECASE)


def find_dates(text: str, base: datetime.date | None) -> list[DateMention]:
    """Every date mention in ``text``, in order, resolved against ``base`` (the article's
    date) where it can be."""
    out: list[DateMention] = []
    for match in _REGEX.finditer(text):
        groups = match.groupdict()
        date: datetime.date | None = None
        relative: str | None = None
        if groups["k_iso"]:
            date = _make(int(match["iy"]), int(match["im"]), int(match["id"]))
            if date is None:
                continue
        elif groups["k_mdy"] or groups["k_dmy"]:
            p = "a" if groups["k_mdy"] else "b"
            year = match[p + "y"]
            date = _with_year(MONTHS[match[p + "m"].lower()], int(match[p + "d"]),
                              int(year) if year else None, base)
            if date is None or (_NAMED_BY_DATE.match(text, match.end()) and re.search(
                    r"\bthe\s+$", text[max(0, match.start() - 5):match.start()], re.IGNORECASE)):
                continue  # "the June 4, 1967 line", "the March 23 Movement": a name
        elif groups["k_weekday"]:
            if base is None:
                continue
            wd = WEEKDAYS.index(match["wd"].lower())
            back = (base.weekday() - wd) % 7
            rel = (match["rel"] or "").lower()
            if rel in ("last", "this past", "past") and back == 0:
                back = 7
            date = base - datetime.timedelta(days=back)
        elif groups["k_vague"]:
            relative = "vague"
        else:
            word = match["word"].lower()
            count = {"two": 2, "three": 3, "2": 2, "3": 3}.get(word.split()[0], 1)
            if count > 1 or word.startswith(("a day", "one day")):
                relative = ("before" if word.endswith(("earlier", "before")) else
                            "after") + ("" if count == 1 else str(count))
            elif "same day" in word or word.startswith(("that ", "later that", "earlier that",
                                                        "at the time")):
                relative = "same"
            elif "before" in word or "previous" in word:
                relative = "before"
            elif "next" in word or "following" in word or re.search(r"\bafter\b", word):
                relative = "after"
            elif word in ("yesterday", "last night", "last evening"):
                date = base - datetime.timedelta(days=1) if base else None
            else:
                date = base
            if date is None and relative is None:
                continue
        out.append(DateMention(match.start(), match.end(), match.group(0).strip(), date,
                               relative))
    return out


def resolve_relative(mention: DateMention, previous: datetime.date | None
                     ) -> datetime.date | None:
    """The date a mention names, given the date of the statement before (none for a vague
    span such as "last week").

    >>> day = datetime.date(2022, 3, 20)
    >>> [resolve_relative(m, day).day for m in find_dates("a day later, two days earlier",
    ...                                                     None)]
    [21, 18]
    """
    if mention.relative is None:
        return mention.date
    if previous is None or mention.relative == "vague":
        return None
    kind = mention.relative.rstrip("0123456789")
    count = int(mention.relative[len(kind):] or 1)
    return previous + datetime.timedelta(days=_SHIFTS[kind] * count)



#: What may stand between a speech verb and its date: "said on Tuesday", "told reporters in
#: Geneva late on Monday", "said in a statement on Friday".
_GAP = re.compile(r"(?:[\s,]+|\b(?:on|late|early|in|at|a|an|the|to|from|during|also|again|"
                  r"earlier|later|speaking|statement|interview|conference|news|press|briefing|"
                  r"televised|address|speech|message|video|reporters|journalists|its|his|her|"
                  r"their|official|website|told|through|via|by|state|media|news|agency|"
                  r"television|tv|radio|broadcaster|newspaper|daily|channel|leader|spokesman|"
                  r"spokeswoman|spokesperson|envoy|representative|chief|phone|telephone|call|"
                  r"parliament|lawmakers|supporters|rally|crowd|audience|meeting|summit|"
                  r"carried|broadcast|aired|published|relayed|quoted|cited|remarks|comments|"
                  # "said in a statement issued on Thursday"
                  r"issued|released|posted|circulated)\b"
                  r"|\b[A-Z][\w'’.-]*)*")
#: A naming verb, its object and the quotation that names it, before the date of the
#: naming: 'called the refusal "deeply regrettable" on Monday'.
_NAMED = re.compile(r"(?:called|calling|described|describing|praised|hailed|termed|branded|"
                    r"dubbed)\s+(?:[\w'’-]+\s+){0,4}?(?:as\s+)?[\"“][^\"“”]*[\"”],?",
                    re.IGNORECASE)
#: A clause that opens before a date and closes before the speech verb: "X, who arrived on
#: Monday, said": the date of another event.
_CLAUSE_OPEN = re.compile(r",\s*(?:who|which|whose|having|after|before|when|while|"
                          r"arriving)\b[^,]*$", re.IGNORECASE)


def speech_date(sentence: str, verb_start: int, verb_end: int,
                base: datetime.date | None,
                content: tuple[int, int] | None = None) -> DateMention | None:
    """The date mention that dates the speech verb at ``verb_start:verb_end`` of
    ``sentence``: one just after it ("said on Tuesday", "said last week that"), else the
    nearest before it that is not inside a clause about something else ("X, who arrived on
    Monday, said"); a vague span ("last week") only just after the verb or opening the
    sentence. Dates in the reported words (``content``, when given) date other events
    ("said talks would resume on Friday"); one elsewhere after the verb dates the speech
    ("repeated the point on Friday, calling ...", "told reporters after the ceremony on
    Friday", "announced the terms on Monday"), unless a clause or a verb about something
    else holds it ("said X, who took office on Monday", "said the law passed on Dec. 18
    must ...", "said that talks would resume on Friday").

    >>> s = "Peskov, who arrived on Monday, said on Tuesday the talks would resume on Friday"
    >>> speech_date(s, s.index("said"), s.index("said") + 4, datetime.date(2022, 3, 23)).text
    'on Tuesday'
    >>> s = 'Aliyev repeated the point on Friday, calling it "a precondition"'
    >>> speech_date(s, 7, 15, datetime.date(2025, 8, 9), content=(s.index('"'), len(s))).text
    'on Friday'
    """
    mentions = find_dates(sentence, base)
    for m in mentions:
        if m.start >= verb_end and _GAP.fullmatch(sentence, verb_end, m.start):
            return m
    named = _NAMED.match(sentence, verb_start)
    if named is not None:
        for m in mentions:
            if m.start >= named.end() and _GAP.fullmatch(sentence, named.end(), m.start):
                return m
    before = [m for m in mentions if m.end <= verb_start
              and not (_CLAUSE_OPEN.search(sentence[:m.start])
                       and "," in sentence[m.end:verb_start])
              and (m.relative != "vague" or not sentence[:m.start].strip()
                   or _SPEAKING_APPOSITION.search(sentence[:m.start]) is not None)]
    if before:
        return before[-1]
    if content is None:
        return None
    for m in mentions:
        if (m.start >= verb_end and m.relative != "vague"
                and not _OTHER_CLAUSE.search(sentence, verb_end, m.start)
                and not _VERBAL.search(sentence, verb_end, m.start)
                and not _THAT.search(sentence, verb_end, m.start)
                and (m.start < content[0] or m.start >= content[1]
                     or content[0] - verb_end < 3)):
            return m
    return None


#: An aside after the speaker that tells of the speech itself: "Alfonsin, addressing the
#: nation earlier this month, said": a vague span there leaves the speech undated.
_SPEAKING_APPOSITION = re.compile(r"^[^,]*,\s*(?:speaking|addressing|writing|talking|"
                                  r"appearing|interviewed|quoted)\b[^,]*$", re.IGNORECASE)


#: A verb between a speech verb and a date, which the date then belongs to: "said the law
#: passed on Dec. 18 must not become ...".
_VERBAL = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|"
                     r"(?!briefed|addressed)[a-z]+ed)\b")
_THAT = re.compile(r"\bthat\b|[\"“]")
#: A clause between a speech verb and a date that holds the date: "said X, who took office
#: on Monday" (unless it tells of the speech: "an official who briefed reporters on Sunday").
_OTHER_CLAUSE = re.compile(r"\b(?:who|which|whose|where|when|since|until|while)\b"
                           r"(?!\s+(?:briefed|spoke|addressed|told))", re.IGNORECASE)


#: Words that name the occasion of a statement, in three kinds: a signing ("signed",
#: "the ceremony"), a meeting ("talks", "the summit", "the opening session") and its close
#: ("ended two days of talks", "the closing session"); "subscribed on Monday the Special
#: Agreement" is a translation's "signed".
_SIGNING = r"sign(?:ed|ing)?(?:\s+ceremony)?|signatures|ceremony|handshake|subscribed"
_CLOSE = r"end(?:ed|ing)|conclu(?:ded|ding)|closed|closing(?:\s+session)?|wrapped up"
_MEETING = (r"meeting|met|summit|talks|session|(?:press|news) conference|negotiations|"
            r"consultations|commenced|opened")
_EVENT = re.compile(rf"\b(?:(?P<signing>{_SIGNING})|(?P<close>{_CLOSE})|(?P<meeting>{_MEETING}))"
                    r"\b", re.IGNORECASE)
#: A reference to the occasion in an attribution: "at the signing", "after the ceremony",
#: "at the close of the talks", "at the same press conference".
EVENT_REF = re.compile(
    r"\b(?:(?P<close>at the (?:end|close) of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|meeting|"
    r"summit|session|negotiations|consultations|conference)"
    r"|(?:at|after|before|during|following|for|ahead of|on the (?:sidelines|margins) of)\s+"
    r"(?:the\s+|this\s+|that\s+)?(?:(?:same|opening|final|signing|joint|official)\s+)?"
    # "after the Valletta meeting": the place's name before the occasion
    r"(?:(?-i:[A-Z][a-z]+)\s+(?=meeting|summit|talks|session))?"
    rf"(?:(?P<signing>signing(?:\s+ceremony)?|ceremony)|(?P<closing>closing\s+session)|"
    rf"(?P<meeting>{_MEETING}))"
    # "told the signing ceremony", "told the delegates": the occasion addressed
    rf"|told\s+the\s+(?:(?:opening|closing|final|signing)\s+)?(?:(?P<told_signing>"
    rf"signing|ceremony)|(?P<told_meeting>summit|conference|session|meeting|audience|"
    rf"gathering|hall))"
    # "Mr. Ortega said as he signed": the signing itself
    rf"|\bas\s+(?:he|she|they)\s+(?P<as_signing>signed|initial(?:l)?ed))\b",
    re.IGNORECASE)
#: What keeps a date from the occasion word near it: a clause of its own ("Trump, who
#: telephoned both leaders on Saturday"), the future ("talks will resume on Friday").
_APART = re.compile(r"\b(?:who|whose|which|where|when|will|would|shall|due|scheduled|"
                    r"expected|planned|next)\b|;", re.IGNORECASE)
#: After an occasion word, a time of no day: "a Declaration of Principles signed in April".
_NO_DAY = re.compile(r"\s+in\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|"
                     r"June|July|August|September|October|November|December|\d{4})\b(?!\s+\d)")
#: A date that bounds a span rather than dates an occasion: "a ceasefire from Friday".
_SPAN_WORD = re.compile(r"\b(?:from|until|till|by|before|since|starting|beginning)\s+$",
                        re.IGNORECASE)
#: A past before the story's ("had opened the talks on Wednesday"): background, no occasion.
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def ref_kind(ref: re.Match[str]) -> str:
    """The kind of occasion an :data:`EVENT_REF` match names."""
    if ref.group("close") or ref.group("closing"):
        return "close"
    return "signing" if (ref.group("signing") or ref.group("told_signing")
                         or ref.group("as_signing")) else "meeting"


@dataclass(frozen=True)
class Event:
    """An occasion the text dates: a signing, a meeting or its close at offset ``start``,
    on ``date``."""

    start: int
    kind: str
    date: datetime.date


def find_events(text: str, base: datetime.date | None) -> list[Event]:
    """The dated occasions of ``text``: each signing, meeting or closing word of a sentence
    with the date mention nearest to it (within 100 characters, in the same clause, not in
    the future), when that date is no later than ``base`` and the word is in no pluperfect
    ("had opened the talks on Wednesday").

    >>> events = find_events("The rivals signed a deal late Monday. Talks will resume on Friday.",
    ...                      datetime.date(2000, 8, 29))
    >>> [(e.kind, e.date.isoformat()) for e in events]
    [('signing', '2000-08-28')]
    """
    out: list[Event] = []
    for sentence in re.finditer(r"[^.!?\n]+[.!?]?", text):
        words = sentence.group(0)
        mentions = [m for m in find_dates(words, base) if m.date is not None
                    and (base is None or m.date <= base)
                    and not _SPAN_WORD.search(words, max(0, m.start - 12), m.start)]
        for cue in _EVENT.finditer(words):
            if not mentions:
                break
            if _NO_DAY.match(words, cue.end()):
                continue  # "a declaration signed in April": its own time, of no day
            near = min(mentions, key=lambda m: min(abs(m.start - cue.end()),
                                                   abs(cue.start() - m.end)))
            a, b = sorted((cue.end(), near.start)) if near.start >= cue.end() else (
                near.end, cue.start())
            if (b - a > 100 or _APART.search(words, a, b)
                    or _PLUPERFECT.search(words, max(0, cue.start() - 25), cue.start())):
                continue
            kind = next(k for k in ("signing", "close", "meeting") if cue.group(k))
            out.append(Event(sentence.start() + cue.start(), kind, near.date))  # type: ignore[arg-type]
    return out


def event_date(kind: str, at: int, events: list[Event], *, any_kind: bool = True
               ) -> datetime.date | None:
    """The date of the occasion of ``kind`` a reference at offset ``at`` names: the last one
    of that kind dated before it, else (``any_kind``) the last occasion of any kind.

    >>> events = [Event(0, "meeting", datetime.date(2025, 7, 28))]
    >>> event_date("signing", 50, events), event_date("meeting", 0, events)
    (datetime.date(2025, 7, 28), None)
    >>> event_date("signing", 50, events, any_kind=False) is None
    True
    """
    before = [e for e in events if e.start < at]
    same = [e for e in before if e.kind == kind]
    chosen = same or (before if any_kind else [])
    return chosen[-1].date if chosen else None


def dateline(text: str, year_from: datetime.date | None = None) -> datetime.date | None:
    """The article's own date: the first full date (with a year) in its first lines; else,
    when ``year_from`` (the date in the file name) is given, a dateline or byline without a
    year ("NAIROBI, Feb 28 -", "HELSINKI, July 17 (Reuters) -", "Published 21 Nov") dated
    in that year (the year before, when that would put it over a month after ``year_from``).
    Clock times ("Updated: 14:05 GMT", "14:32 GMT - ...") are no dates.

    >>> dateline("GENEVA, July 14, 2015 (Wire) - Iran and ...")
    datetime.date(2015, 7, 14)
    >>> dateline("HELSINKI, July 17 (Reuters) - Finland ...", datetime.date(2023, 7, 18))
    datetime.date(2023, 7, 17)
    """
    head = text[:400]
    mentions = find_dates(head, year_from)
    for mention in mentions:
        if mention.date is not None and re.search(r"(19|20)\d\d", mention.text):
            return mention.date
    if year_from is None:
        return None
    for mention in mentions:
        if mention.date is None or not re.search(r"\d", mention.text):
            continue
        after = head[mention.end:mention.end + 12]
        before = head[max(0, mention.start - 40):mention.start]
        if (_DATELINE_AFTER.match(after) and _DATELINE_BEFORE.search(before)) or (
                _BYLINE.search(before)):
            return mention.date
    return None


#: What follows a dateline's date: "(Reuters)", a dash, a clock time, the end of the line.
_DATELINE_AFTER = re.compile(r"\s*(?:\(|[-\u2013\u2014]|,?\s*\d{1,2}[:.]\d\d|\n|$)")
#: What precedes it: a place in capitals or at the start of a line, and a comma.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][\w .'’-]{1,40},\s*(?:[A-Z][a-z]+day,?\s*)?$")
#: A byline's date: "Published 21 Nov", "Updated: Feb 28".
_BYLINE = re.compile(r"\b(?:published|updated|posted|first published|last updated)\b[:\s]*"
                     r"(?:on\s+)?(?:[A-Z][a-z]+day,?\s*)?$", re.IGNORECASE)
