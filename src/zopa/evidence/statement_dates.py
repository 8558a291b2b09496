"""The rules that date a statement, mixed into the document reader (:mod:`.reader`).

A statement's date is the day of its speech verb when the sentence gives one ("said on
Tuesday"), else the day of the occasion its attribution names ("said at the signing"), else
what the text around it implies: the sentence before when the speaker opens it, the
statement before in the same paragraph, the speaker's date of the paragraph before, the
article's date. The date words themselves are read by :mod:`.dates`; these rules choose
which of them dates which statement.
"""

from __future__ import annotations

import datetime
import re

from .dates import (
    EVENT_REF,
    DateMention,
    Event,
    event_date,
    find_dates,
    find_events,
    ref_kind,
    resolve_relative,
    speech_date,
)
from .model import Document
from .records import Said
from .units import Unit, is_headline, paragraphs_of

__all__ = ["DateRules", "date_back"]

#: The occasion of a statement named by its attribution: "in a speech", "in a televised
#: address", "at a news conference".
_OCCASION = re.compile(r"\b(?:in|during)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:speech|address|statement|interview|broadcast|briefing)\b"
                       r"|\bat\s+(?:a|the)\s+(?:news|press)\s+conference\b", re.IGNORECASE)


#: "On the eve of the ceremony", "on the eve of the talks": the day before an occasion.
_EVE = re.compile(r"\bon\s+the\s+eve\s+of\s+the\s+(?:(?P<signing>signing(?:\s+ceremony)?|"
                  r"ceremony)|talks|summit|conference|meeting|negotiations)\b", re.IGNORECASE)


#: An author's line: "By Claire Mbemba" (its date on the next line or not; not the
#: "Published 21 Nov" of :func:`.dates.dateline`).
_AUTHOR_LINE = re.compile(r"\s*By\s+(?:[A-Z][\w.'’-]*|a|an|the|our)(?:\s+[A-Z][\w.'’-]*){0,4}"
                          r"\s*(?:\n|$)")


class DateRules:
    """The dating rules, mixed into the document reader: they read its masked text (quotes
    blanked), its quotations and the dates the text gives."""

    doc: Document
    masked: str
    quotes: list[tuple[int, int]]
    #: the dated occasions of the text (:func:`.dates.find_events`)
    events: list[Event]
    #: the first date of the lede: the story's occasion
    lede_date: datetime.date | None
    #: the text's date mentions that name a day no later than the article's
    date_mentions: list[DateMention]

    def _begin_dating(self) -> None:
        """Find the text's occasions and dates once, before its statements are dated."""
        self.events = find_events(self.masked, self.doc.date)
        self.lede_date = self._lede_date()
        self.date_mentions = [m for m in find_dates(self.masked, self.doc.date)
                              if m.date is not None and (self.doc.date is None
                                                         or m.date <= self.doc.date)]

    def _date_near(self, unit: Unit, at: int, end: int,
                   content: tuple[int, int]) -> DateMention | None:
        """The date mention that dates the speech verb at ``at:end`` (:func:`speech_date`,
        the statement's words at ``content`` left out), else the date of the occasion the
        attribution names ("said at the signing", "speaking after the ceremony";
        :func:`event_date`), else, for an occasion the text does not date, the first date
        of the lede (the story's occasion)."""
        sentence = self.masked[unit.start:unit.end]
        for eve in _EVE.finditer(sentence):
            if content[0] - unit.start <= eve.start() < content[1] - unit.start and (
                    eve.start() < end - unit.start
                    or re.search(r"\bthat\b", sentence[end - unit.start:eve.start()])):
                continue  # the reported words' own occasion, not "said, on the eve of ..."
            kind = "signing" if eve.group("signing") else "meeting"
            same = [e.date for e in self.events if e.kind == kind
                    and e.start < unit.start + eve.start()]
            # the occasion dated before, else the story's own (the lede's date)
            day = same[-1] if same else self.lede_date
            if day is not None:
                return DateMention(eve.start(), eve.end(), eve.group(0),
                                   day - datetime.timedelta(days=1))
        found = speech_date(sentence, at - unit.start, end - unit.start, self.doc.date,
                            (content[0] - unit.start, content[1] - unit.start))
        if found is not None:
            return found
        quoted = any(a == content[0] for a, _ in self.quotes)
        for ref in EVENT_REF.finditer(sentence):
            if content[0] - unit.start <= ref.start() < content[1] - unit.start and not (
                    quoted):
                # reported words name other occasions; quotations are blanked already,
                # and what stands between two of them is attribution
                continue
            # a signing the text has not dated yet is the story's own (the lede's), not
            # an earlier meeting
            kind = ref_kind(ref)
            date = event_date(kind, unit.start + ref.start(), self.events,
                              any_kind=kind != "signing" or self.lede_date is None
                              ) or self.lede_date
            if date is not None:
                return DateMention(ref.start(), ref.end(), ref.group(0), date)
        return None

    def _on_occasion(self, mention: DateMention, unit: Unit) -> bool:
        """Whether the attribution of a statement names its occasion: the date mention is
        one ("after the ceremony", "told the signing ceremony"), or the words outside the
        quotes name a speech, a statement or a news conference."""
        return bool(EVENT_REF.fullmatch(mention.text)
                    or _OCCASION.search(self.masked, unit.start, unit.end))

    def _anchor(self, at: int, previous_at: int, previous: datetime.date | None
                ) -> datetime.date | None:
        """What "that day", "the next day", "at the time" at offset ``at`` count from: the
        last date the text gives before it ("talks were suspended on Tuesday. '...,' he said
        at the time"), or the date of the statement before (at ``previous_at``) when that
        comes later."""
        dated = [m for m in self.date_mentions if m.end <= at]
        if dated and dated[-1].start > previous_at:
            return dated[-1].date
        return previous

    def _own_date(self, unit: Unit, previous_at: int, previous: datetime.date | None
                  ) -> datetime.date | None:
        """The date a quotation that continues the statement before gives outside its quotes:
        "He had flown to Belfast on Tuesday, saying at the time that he felt '...'"."""
        dated = [m for m in find_dates(self.masked[unit.start:unit.end], self.doc.date)
                 if m.relative != "vague"]
        if not dated:
            return None
        return resolve_relative(dated[-1], self._anchor(unit.start + dated[-1].start,
                                                        previous_at, previous))

    def _subject_date(self, statement: Said, before: Unit | None, unit: Unit,
                      previous_at: int, previous: datetime.date | None
                      ) -> datetime.date | None:
        """The date of the sentence before, in the same paragraph, when the speaker opens it
        (within its first ten words: "The architect of the plan, President Oscar Arias Sanchez
        of Costa Rica, spoke on Friday"): "Kiir struck a conciliatory note on Wednesday.
        '...,' he said"; a relative one ("X
        answered the next morning.") counts from the date of the statement before
        (:meth:`_anchor`)."""
        if before is None or before.paragraph != unit.paragraph or not statement.speaker:
            return None
        parts = str(statement.speaker).split()
        # the surname, or a name's first two words ("Hassan Sheikh" for Hassan Sheikh Mohamud)
        names = "|".join(re.escape(n) for n in {parts[-1], " ".join(parts[:2])})
        opening = self.masked[before.start:before.end]
        if not re.match(rf"(?:[\w.'’,-]+\s+){{0,10}}?(?:{names})\b", opening):
            # "On 2 December, in a telephone call, the man who had ruled since 1994
            # congratulated his rival. '...,' Mr Jammeh told Mr Barrow": the day the
            # sentence before opens with frames the scene
            dates = find_dates(opening, self.doc.date)
            first = dates[0] if dates else None
            if (first is None or first.date is None or first.relative is not None
                    or not re.fullmatch(r"(?:On|By|Late on|Early on)\s+", opening[:first.start])
                    or (self.doc.date is not None and first.date > self.doc.date)):
                return None
            return first.date
        if re.search(r"\bhad\s+(?:\w+\s+)?[a-z]+(?:ed|en)\b", opening):
            return None  # "De Silva had opened the talks on Wednesday": background
        for m in find_dates(opening, self.doc.date):
            if m.relative == "vague":
                continue
            date = resolve_relative(m, self._anchor(before.start + m.start, previous_at,
                                                    previous))
            if date is not None and (self.doc.date is None or date <= self.doc.date):
                return date
        # "At the news conference, Hassan Sheikh cast the outcome as a vindication.": the
        # occasion the text dated before, else the story's own (the lede's date)
        ref = EVENT_REF.search(opening)
        if ref is None:
            return None
        return event_date(ref_kind(ref), before.start + ref.start(), self.events) or self.lede_date

    def _lede_date(self) -> datetime.date | None:
        """The first date of the first paragraph after the headline (a byline or a dateline
        line of its own skipped), when no later than the article's; the dateline's own date
        opening the paragraph ("Luanda, 21 November: ...") is not the story's."""
        paragraphs = paragraphs_of(self.masked)
        if paragraphs and is_headline(paragraphs[0][1]):
            paragraphs = paragraphs[1:]
        byline = [i for i, (_, p) in enumerate(paragraphs[:5]) if _AUTHOR_LINE.match(p)]
        if byline:
            # a standfirst before the byline sums the story up; the lede comes after it
            paragraphs = paragraphs[byline[-1] + 1:]
        paragraphs = [(k, p) for k, p in paragraphs if len(re.findall(r"\b[a-z]{2,}\b", p)) >= 8]
        for _, para in paragraphs[:1]:
            for m in find_dates(para, self.doc.date):
                if re.fullmatch(r"[^a-z]*", para[:m.start]):
                    continue
                if m.date is not None and (self.doc.date is None or m.date <= self.doc.date):
                    return m.date
        return None


def date_back(run: list[Said], statement: Said, guessed: set[int]) -> None:
    """Give the date of ``statement`` (its own words date it) to the statements of the
    same speaker just before it in the paragraph that no words of their own date
    (``guessed``): "Xhaferi said the side could be flexible. '...,' he told reporters late
    on Thursday" is one occasion, on Thursday."""
    for said in reversed(run):
        if said.speaker != statement.speaker or id(said) not in guessed:
            return
        said.date = statement.date
        guessed.discard(id(said))
