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

__all__ = ["DateMention", "dateline", "find_dates", "resolve_relative"]

MONTHS = {name: k + 1 for k, names in enumerate([
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sep sept", "october oct", "november nov", "december dec",
]) for name in names.split()}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<{0}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"
_PATTERNS = [
    ("iso", r"\b" + _YEAR.format("iy") + r"-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"),
    ("mdy", r"\b" + _MONTH.format("am") + r"\s+" + _DAY.format("ad")
     + r"\b(?:,?\s+" + _YEAR.format("ay") + r"\b)?"),
    ("dmy", r"\b" + _DAY.format("bd") + r"\s+(?:of\s+)?" + _MONTH.format("bm")
     + r"(?:,?\s+" + _YEAR.format("by") + r"\b)?"),
    ("weekday", r"\b(?:(?P<rel>last|this past|this|on|past)\s+)?(?P<wd>"
     + "|".join(WEEKDAYS) + r")\b"),
    ("word", r"\b(?P<word>yesterday|today|tonight|earlier today|this morning|"
     r"(?:later |earlier )?(?:on )?(?:the )?same day|later that day|that day|"
     r"the (?:day|evening) before|the previous day|the next day|the following day)\b"),
]
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
            if date is None:
                continue
        elif groups["k_weekday"]:
            if base is None:
                continue
            wd = WEEKDAYS.index(match["wd"].lower())
            back = (base.weekday() - wd) % 7
            rel = (match["rel"] or "").lower()
            if rel in ("last", "this past", "past") and back == 0:
                back = 7
            date = base - datetime.timedelta(days=back)
        else:
            word = match["word"].lower()
            if "same day" in word or word in ("that day", "later that day"):
                relative = "same"
            elif "before" in word or "previous" in word:
                relative = "before"
            elif "next" in word or "following" in word:
                relative = "after"
            elif word == "yesterday":
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
    """The date a mention names, given the date of the statement before."""
    if mention.relative is None:
        return mention.date
    if previous is None:
        return None
    shift = {"same": 0, "before": -1, "after": 1}[mention.relative]
    return previous + datetime.timedelta(days=shift)



def dateline(text: str) -> datetime.date | None:
    """The article's own date: the first full date (with a year) in its first lines.

    >>> dateline("GENEVA, July 14, 2015 (Wire) - Iran and ...")
    datetime.date(2015, 7, 14)
    """
    head = text[:400]
    for mention in find_dates(head, None):
        if mention.date is not None and re.search(r"(19|20)\d\d", mention.text):
            return mention.date
    return None
