"""Reading news text: actors, issues and attributed statements, offline.

The reader runs spaCy's small English pipeline (tokenizer and named-entity recogniser) over
each paragraph and combines it with rules that news writing follows:

- **Units.** Paragraphs are split into sentences, and sentences inside one open quotation
  are kept together, so that a quote and its attribution ("...," Kalin said) are one unit.
- **Attribution.** A speech verb outside the quotes ("said", "told reporters", "insisted",
  "according to") with a speaker next to it: a person (an entity, or the surname of one
  already introduced), a state or organisation from the gazetteer ("the Kremlin", "Iran's
  foreign ministry"), a title ("the spokesman", resolved to the last person with that
  title), or a pronoun (the last person who spoke). The speaker's side is the actor named in
  their title ("Turkish presidential spokesman Ibrahim Kalin" -> Turkey), in an appositive
  ("Dmitry Peskov, the Kremlin spokesman") or the actor itself.
- **Dates.** The date nearest the speech verb, outside the quotes, resolved against the
  article's date; "on the same day" against the statement before; otherwise the last date of
  the same speaker, else the article's date.
- **Kinds.** Red lines are positions declared non-negotiable or preconditions
  (:func:`zopa.evidence.lexicon.kind_of`); offers and demands by their cue words.
- **Issues.** Enumerations ("negotiating on six points including: ..."), regions whose
  status is at stake, and common negotiation topics mentioned where talks are discussed.
- **Roles.** Mediators where the text says so (mediated by, facilitated by, chaired by,
  guarantors, coordinator); parties from "talks between X and Y", delegations, and the sides
  of positions; every other actor is ``other``.

>>> r = read_text('Talks between Iran and the United States resumed in Vienna, mediated '
...               'by the European Union. "We will never give up enrichment," Iranian '
...               'Foreign Minister Javad Zarif said on Tuesday.', date=datetime.date(2021, 4, 8))
>>> [(a.id, a.kind) for a in r.actors if a.kind != "other"]
[('iran', 'party'), ('united-states', 'party'), ('eu', 'mediator')]
>>> s = r.statements[0]
>>> s.speaker, s.side, s.date.isoformat(), s.kind, s.quote
('Javad Zarif', 'iran', '2021-04-06', 'red_line', 'We will never give up enrichment,')
"""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .dates import find_dates, resolve_relative
from .gazetteer import (
    ACTOR_NAMES,
    INSTITUTIONS,
    OFFICIALS,
    REGIONS,
    SURFACES,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)
from .lexicon import MEDIATION, NEGOTIATION, SPEECH_VERBS, TERRITORIAL, TOPICS, kind_of
from .model import Actor, Document, Issue, Reading, Source, Statement
from .nlp import pipeline
from .source import load_file, plain_text

__all__ = ["read_documents", "read_files", "read_text"]

_ABBREVIATIONS = frozenset("""mr mrs ms dr st gen lt col sgt capt maj adm gov sen rep prof jr sr
no jan feb mar apr aug sep sept oct nov dec inc co vs u.s u.n u.k e.u a.m p.m mt ft rev""".split())
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(]?[A-Z0-9])")
_WORD = re.compile(r"[\w][\w.'’\-]*|[,;:]")
_COMMON = frozenset("""the a an this that these those it its he she they we i you his her their
our in on at of for to from by with and or but as if when while after before since mr mrs ms
officials official some many both all any each one two three four five six its also however
meanwhile today yesterday last earlier later then there here what which who whom whose
""".split())
_SKIP_BEFORE_VERB = frozenset("""also later again then previously earlier had has have would
will once reportedly publicly recently separately repeatedly further has already had still
on monday tuesday wednesday thursday friday saturday sunday today yesterday""".split())
_PRONOUNS = {"he": "person", "she": "person", "it": "body", "they": "group"}
_VERB = re.compile(r"\b(?:" + SPEECH_VERBS + r")\b|\baccording to\b", re.IGNORECASE)
_ABOUT = re.compile(r"(?:'s|’s)\s+(?:\w+\s+)?(?:request|requests|demand|demands|insistence|"
                    r"conditions?|calls?|proposals?|refusal|rejection|position|offer|"
                    r"precondition|preconditions|plan)\b", re.IGNORECASE)
_ENUM = re.compile(
    r"\b(?:points?|issues?|topics?|items?|questions?|matters?|areas?|elements?|subjects?|"
    r"agenda|sticking[- ]points?|chapters?|pillars?|provisions?|clauses?)\b[^.;:\"“”]{0,80}?"
    r"(?:\b(?:including|include[sd]?|are|were|such as|namely|covering|covers?|covered|on|"
    r"concerning|involving|remain(?:s|ed)?)\b\s*:?|:)\s*", re.IGNORECASE)
_OPEN_LIST = re.compile(r"\b(?:covering|including|such as|namely)\s*:?\s+(?=\S)",
                        re.IGNORECASE)
_AGREED = re.compile(
    r"\b(?:agree[sd]?|agreements?|deals?|accords?|talks|negotiations|consultations|"
    r"differences|disputes?|disagreements?|failed to agree|sticking[- ]points?|deadlock|"
    r"pledged|committed|undertook|promised)\b[^.;:,\"“”]{0,60}?\b(?:to|on|over|about|for|"
    r"concerning|that)\s+(?:the\s+)?"
    r"|\b(?:the two sides|both sides|the parties|the two countries|each side)\s+(?:would|will|"
    r"should|must|agreed to|are to|were to)\s+"
    r"|\b(?:deals?|agreements?|accords?|plan|measures|text)\b[^.;\"“”]{0,120}?\b(?:set up|sets up|"
    r"provides? for|provided for|includes?|included|covers?|covered|establish\w*|creates?|"
    r"envisages?)\s+", re.IGNORECASE)
_ISSUE_PHRASE = re.compile(
    r"\b(?:the (?:issue|question|status|future|fate|control) of|sovereignty over|provides? for|"
    r"sticking[- ]points? (?:is|are|was|were|remains?|remained|over|include[sd]?|of))\s+",
    re.IGNORECASE)
_LEAD = re.compile(r"^(?:the|a|an|remove|removing|removal of|ensure|ensuring|on|over|"
                   r"the (?:status|issue|question|process|future|fate) of|status of|issue of|"
                   r"question of|process of)\s+", re.IGNORECASE)
_GENERIC = frozenset("""status issue issues question process future fate the of for and a an
to in on over with use remove barriers breakaway region regions peninsula new two both its their
his her our from by at as is are was were be been matter""".split())
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|near|outside|to|into|via|across)\s+$",
                                re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(.{3,160}?)(?=[.;:]|\s+(?:on|over|in|to|that|which|"
                      r"who|after|since|for|would|will|have|has|had|were|was|is|are)\b|$)",
                      re.IGNORECASE)


def _surface_regex() -> re.Pattern[str]:
    forms = sorted(SURFACES, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms)
                      + r")(?![\w-])", re.IGNORECASE)


def _region_regex() -> re.Pattern[str]:
    forms = sorted(REGIONS, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms)
                      + r")(?![\w-])", re.IGNORECASE)


_SURFACE = _surface_regex()
_REGION = _region_regex()


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    text: str
    actor: str | None = None          # gazetteer actor
    person: bool = False


@dataclass
class _Person:
    name: str
    title: str
    side: str | None


@dataclass
class _Unit:
    start: int
    end: int
    paragraph: int


@dataclass
class _Found:
    """What one document yields before actors and issues are merged over documents."""

    doc: Document
    statements: list[dict[str, object]] = field(default_factory=list)
    mentions: Counter[str] = field(default_factory=Counter)
    aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    mediator: Counter[str] = field(default_factory=Counter)
    party: Counter[str] = field(default_factory=Counter)
    said: Counter[str] = field(default_factory=Counter)
    others: dict[str, str] = field(default_factory=dict)
    issues: dict[str, dict[str, object]] = field(default_factory=dict)
    units: list[tuple[int, int, str]] = field(default_factory=list)


def read_text(text: str, *, file: str = "<text>", date: datetime.date | None = None
              ) -> Reading:
    """Read one text (plain or HTML); ``date`` is the article's date when the text has no
    dateline."""
    body, title, found = plain_text(text, file=file)
    return read_documents([Document(file, title, date or found, body)])


def read_files(paths: Sequence[Path], *, progress: Callable[[int], None] | None = None
               ) -> Reading:
    """Read the files at ``paths`` (each checked before it is read); ``progress`` is called
    with the number of documents read so far."""
    docs = []
    for path in paths:
        body, title, date = load_file(path)
        docs.append(Document(str(path), title, date, body))
    return read_documents(docs, progress=progress)


def _paragraphs(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]


def read_documents(docs: Sequence[Document], *,
                   progress: Callable[[int], None] | None = None) -> Reading:
    """Read documents already turned into plain text, in one batched pass of the pipeline."""
    nlp = pipeline()
    jobs = [(k, start, para) for k, doc in enumerate(docs) for start, para in
            _paragraphs(doc.text)]
    persons: dict[int, list[tuple[int, int]]] = defaultdict(list)
    entities: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
    last = {k: i for i, (k, _, _) in enumerate(jobs)}
    done = 0
    for i, parsed in enumerate(nlp.pipe((p for _, _, p in jobs), batch_size=64)):
        k, offset, _ = jobs[i]
        for ent in parsed.ents:
            span = (offset + ent.start_char, offset + ent.end_char)
            if ent.label_ == "PERSON":
                persons[k].append(span)
            elif ent.label_ in ("ORG", "GPE", "NORP"):
                entities[k].append((*span, ent.label_, ent.text))
        if progress is not None and last.get(k) == i:
            done += 1
            progress(done)
    for k in range(len(docs)):
        if k not in last and progress is not None:
            done += 1
            progress(done)
    found = [_DocReader(doc, persons[k], entities[k]).read() for k, doc in enumerate(docs)]
    return _merge(found)


class _DocReader:
    """The rules applied to one document."""

    def __init__(self, doc: Document, persons: list[tuple[int, int]],
                 entities: list[tuple[int, int, str, str]]) -> None:
        self.doc = doc
        self.text = doc.text
        self.found = _Found(doc)
        self.people: dict[str, _Person] = {}
        self.surnames: dict[str, str] = {}
        self.given: dict[str, str] = {}
        self.person_spans = sorted(persons)
        self.entities = entities
        self.last_person: str | None = None
        self.last_body: tuple[str, str | None] | None = None
        self.masked = self.text
        self.quotes: list[tuple[int, int]] = []

    # -- structure -------------------------------------------------------------------------

    def _units(self) -> list[_Unit]:
        units: list[_Unit] = []
        paragraphs = _paragraphs(self.text)
        for number, (offset, para) in enumerate(paragraphs):
            if number == 0 and _is_headline(para):
                continue
            cuts = [0]
            for m in _SENTENCE_END.finditer(para):
                word = re.findall(r"[\w.]+$", para[:m.start()])
                if word and (word[0].lower().rstrip(".") in _ABBREVIATIONS
                             or re.fullmatch(r"[A-Z]", word[0])):
                    continue
                cuts.append(m.end())
            cuts.append(len(para))
            start = 0
            for a, b in zip(cuts, cuts[1:], strict=False):
                if b <= a:
                    continue
                piece = para[start:b]
                if _open_quote(piece) and b != len(para):
                    continue
                if piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    units.append(_Unit(offset + start + lead, offset + b, number))
                start = b
        return _join_attributions(self.text, units)

    def _mask_quotes(self) -> None:
        chars = list(self.text)
        spans: list[tuple[int, int]] = []
        opened: int | None = None
        for i, c in enumerate(self.text):
            if c == "\n" and opened is not None:
                spans.append((opened, i))
                opened = None
            elif c == "“" or (c == '"' and opened is None):
                opened = i + 1
            elif (c == "”" or c == '"') and opened is not None:
                spans.append((opened, i))
                opened = None
        if opened is not None:
            spans.append((opened, len(self.text)))
        for a, b in spans:
            if len(self.text[a:b].split()) >= 3:
                for i in range(a, b):
                    if chars[i] != "\n":
                        chars[i] = " "
        self.masked = "".join(chars)
        self.quotes = [(a, b) for a, b in spans if len(self.text[a:b].split()) >= 4]

    # -- mentions --------------------------------------------------------------------------

    def _actor_mentions(self) -> list[_Mention]:
        out = []
        for m in _SURFACE.finditer(self.text):
            form = m.group(0)
            actor = SURFACES[form.lower()]
            if not (form[0].isupper() or form[0].isdigit()):
                continue
            if len(form) <= 3 and not form.replace(".", "").isupper():
                continue
            before = self.text[max(0, m.start() - 12):m.start()]
            if (form.lower() != ACTOR_NAMES[actor].lower() and not form.lower().endswith(
                    ("n", "sh", "ese", "i", "ch", "ian")) and _PLACE_PREPOSITION.search(before)):
                continue
            out.append(_Mention(m.start(), m.end(), form, actor=actor))
        return out

    def _person_mentions(self, actors: list[_Mention]) -> list[_Mention]:
        taken = [(a.start, a.end) for a in actors]
        out = []
        for a, b in self.person_spans:
            name = self.text[a:b].strip()
            name = re.sub(r"^(?:Mr|Mrs|Ms|Dr|President|Minister)\.?\s+", "", name)
            if (not name or any(x <= a < y for x, y in taken) or name.lower() in SURFACES
                    or name.lower() in _MEDIA):
                continue
            if name.lower().split()[-1] in TITLE_WORDS:
                continue
            b = a + len(self.text[a:b].rstrip())
            a = b - len(name)
            out.append(_Mention(a, b, name, person=True))
        for a, b, _, text in self.entities:
            words = text.split()
            if text.lower() in SURFACES or not words or len(words) > 4:
                continue
            before = self.text[max(0, a - 30):a].split()
            if before and before[-1].lower() in TITLE_WORDS and before[-1][0].isupper():
                if not any(x < b and a < y for x, y in taken) and not any(
                        m.start < b and a < m.end for m in out):
                    out.append(_Mention(a, b, text, person=True))
        return sorted(out, key=lambda m: m.start)

    def _surname_mentions(self, known: list[_Mention]) -> list[_Mention]:
        names = {p.name.split()[-1] for p in self.people.values() if len(p.name.split()) > 1}
        names |= set(self.given)
        if not names:
            return []
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")
        spans = [(m.start, m.end) for m in known]
        return [_Mention(m.start(), m.end(), m.group(0), person=True)
                for m in pattern.finditer(self.text)
                if not any(a <= m.start() < b for a, b in spans)]

    # -- the whole document ----------------------------------------------------------------

    def read(self) -> _Found:
        self._mask_quotes()
        actors = self._actor_mentions()
        persons = self._person_mentions(actors)
        self.actor_mentions = actors
        self.institutions: dict[str, str] = {}
        for m in actors:
            follow = re.match(r"(?:'s|’s)?\s+(?:\w+\s+){0,2}?(\w+)", self.text[m.end:m.end + 40])
            words = [m.text.split()[-1].lower()]
            if follow:
                words.append(follow.group(1).lower())
            for word in words:
                if word in INSTITUTIONS and m.actor:
                    self.institutions.setdefault(word, m.actor)
        for m in actors:
            if any(a <= m.start < b for a, b in self.quotes) and False:
                continue
            self.found.mentions[m.actor or ""] += 1
            if m.text.lower() != ACTOR_NAMES[m.actor or ""].lower():
                self.found.aliases[m.actor or ""].add(m.text)
        units = self._units()
        for p in persons:
            self._register(p, actors)
        for _, _, label, text in self.entities:
            if (text.lower() not in SURFACES and label in ("ORG", "GPE") and len(text) > 2
                    and not _REGION.fullmatch(text) and text not in self.people
                    and text not in self.surnames):
                slug = _slug(text)
                if slug and slug not in ACTOR_NAMES:
                    self.found.others.setdefault(slug, text)
        persons = sorted([*persons, *self._surname_mentions(persons)], key=lambda m: m.start)
        self.mentions = sorted([*actors, *persons], key=lambda m: (m.start, -m.end))
        paragraphs = _paragraphs(self.text)
        if paragraphs and _is_headline(paragraphs[0][1]):
            offset, para = paragraphs[0]
            self._roles(_Unit(offset, offset + len(para), 0), lede=True)
        for k, unit in enumerate(units):
            self.found.units.append((unit.start, unit.end, self.text[unit.start:unit.end]))
            self._roles(unit, lede=k < 2)
        previous_date: datetime.date | None = None
        by_speaker: dict[str, datetime.date] = {}
        last_para: int | None = None
        last_statement: dict[str, object] | None = None
        for unit in units:
            statement = self._statement(unit)
            if statement is None:
                if (last_statement is not None and self._quoted(unit)
                        and (unit.paragraph == last_para
                             or (unit.paragraph == (last_para or 0) + 1
                                 and self._paragraph_quote(unit)))):
                    statement = dict(last_statement)
                    self._set_quote(statement, unit, None)
                else:
                    continue
            else:
                mention = statement.pop("_date")
                date = None
                if mention is not None:
                    date = resolve_relative(mention, previous_date)  # type: ignore[arg-type]
                if date is None:
                    if last_statement is not None and unit.paragraph == last_para:
                        date = last_statement["date"]  # type: ignore[assignment]
                    else:
                        date = by_speaker.get(str(statement["speaker"]), self.doc.date)
                statement["date"] = date
            if statement["date"] is not None:
                previous_date = statement["date"]  # type: ignore[assignment]
                by_speaker[str(statement["speaker"])] = previous_date  # type: ignore[assignment]
            statement["kind"] = kind_of(str(statement["_verb"]) + " " + str(statement["quote"]))
            statement["about"], statement["about_text"] = self._about(unit)
            self.found.statements.append(statement)
            last_statement = statement
            last_para = unit.paragraph
            if statement["kind"] in ("red_line", "demand", "offer") and statement["side"]:
                self.found.said[str(statement["side"])] += 1
            for actor in statement["about"]:  # type: ignore[attr-defined]
                self.found.said[actor] += 1
        self._issues(units)
        return self.found

    # -- people ----------------------------------------------------------------------------

    def _register(self, person: _Mention, actors: list[_Mention]) -> None:
        if person.text in self.people:
            return
        surname = person.text.split()[-1]
        if surname in self.surnames and len(person.text.split()) == 1:
            return
        title, side = self._title_before(person.start)
        if not title:
            title, side = self._title_after(person.end)
        if side is None:
            side = self._of_actor(person.end)
        if side is None:
            heads = [w.lower().strip(",.'’s") for w in title.split()]
            side = next((self.institutions[h] for h in heads if h in self.institutions), None)
        known = OFFICIALS.get(person.text.lower())
        if side is None or (known and title.lower().startswith(("former", "ex-"))):
            side = known or side
        self.people[person.text] = _Person(person.text, title, side)
        if len(person.text.split()) > 1:
            self.surnames[surname] = person.text
            first = person.text.split()[0]
            if first not in self.surnames and first.lower() not in _COMMON:
                self.given[first] = person.text

    def _title_before(self, start: int) -> tuple[str, str | None]:
        line_start = self.text.rfind("\n", 0, start) + 1
        window = self.masked[max(line_start, start - 120):start]
        sentence = list(re.finditer(r"[.!?][\"”’]?\s+(?=[A-Z\"“])", window))
        if sentence:
            cut = sentence[-1].end()
            if not re.search(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|St|U\.S|U\.N)\.?\s*$",
                             window[:cut]):
                window = " " * cut + window[cut:]
        if window.rstrip().endswith(","):
            window = window.rstrip()[:-1] + " "
        words = list(_WORD.finditer(window))
        k = len(words)
        while k > 0:
            w = words[k - 1].group(0)
            low = w.lower().rstrip(".")
            if low in TITLE_WORDS or low in TITLE_MODIFIERS or low in SURFACES or low.rstrip("'s’") in SURFACES or (
                    w[0].isupper() and low not in _COMMON and low not in _ENGLISHY) or low in (
                    "of", "for", "the", "'s", "’s", "on") and k < len(words):
                k -= 1
                continue
            break
        run = window[words[k].start():] if k < len(words) else ""
        run = re.sub(r"^(?:(?:the|of|for|and|on)\s+)+", "", run.strip(), flags=re.IGNORECASE)
        run = re.sub(r"\s+(?:of|for|the|and|on)$", "", run).strip()
        if not any(w.lower().rstrip(".") in TITLE_WORDS for w in run.split()):
            return "", None
        return run, _first_actor(run)

    def _title_after(self, end: int) -> tuple[str, str | None]:
        m = re.match(r",\s+((?:the|a|an)\s+)?([^,.;\"“”]{3,90}?)(?=[,.;]|\s+(?:said|says|"
                     r"told|added|who|which)\b)", self.masked[end:end + 120])
        if not m:
            return "", None
        title = m.group(2).strip()
        if not any(w.lower().strip("'s’") in TITLE_WORDS for w in title.split()):
            return "", None
        return title, _first_actor(title)

    def _of_actor(self, end: int) -> str | None:
        m = re.match(r"\s*(?:,\s*)?(?:of|from)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)",
                     self.masked[end:end + 60])
        return _first_actor(m.group(1)) if m else None

    # -- statements ------------------------------------------------------------------------

    def _quoted(self, unit: _Unit) -> bool:
        return any(unit.start <= a < unit.end for a, _ in self.quotes)

    def _paragraph_quote(self, unit: _Unit) -> bool:
        rest = self.text[unit.start:unit.end].lstrip()
        return rest[:1] in ('"', "“")

    def _set_quote(self, statement: dict[str, object], unit: _Unit,
                   verb: tuple[int, int] | None, mode: str = "left") -> None:
        """The statement's words: its quotations, or the reported content (after "X said
        (that)", before ", X said", or after "According to X,")."""
        inside = [(a, b) for a, b in self.quotes if unit.start <= a < unit.end]
        start, end = unit.start, unit.end
        statement["quoted"] = bool(inside)
        if inside:
            start, end = inside[0][0], inside[-1][1]
        elif verb is not None and mode == "left":
            tail = _ASIDE_TAIL.sub("", self.text[verb[1]:unit.end]).strip(" .,")
            lead = self.text[unit.start:self.run_start].rstrip()
            rest = self.text[verb[1]:unit.end]
            if self.run_start > unit.start + 10 and (len(tail.split()) <= 4 or (
                    lead.endswith(",") and len(lead.split()) >= 8
                    and re.match(r"\s*(?:in|on|at|after|before|during|following|,)\b", rest))):
                end = self.text.rfind(",", unit.start, self.run_start)
                end = end if end > unit.start else self.run_start
            else:
                after = re.match(r"[^.;\"“”]{0,40}?\bthat\s+", self.text[verb[1]:unit.end])
                start = verb[1] + (after.end() if after else 0)
        elif verb is not None:
            if verb[0] - unit.start < 5:
                comma = self.text.find(",", verb[1], unit.end)
                start = comma + 1 if comma > 0 else verb[1]
            else:
                end = self._attribution_start(unit, verb)
        while end > start and self.text[end - 1] in " \n.,;:":
            end -= 1
        while start < end and self.text[start] in " \n":
            start += 1
        statement["quote"] = self.text[start:end]
        statement["start"], statement["end"] = start, end
        statement["unit"] = self.text[unit.start:unit.end]

    def _attribution_start(self, unit: _Unit, verb: tuple[int, int]) -> int:
        comma = self.text.rfind(",", unit.start, verb[0])
        return comma if comma > unit.start else verb[0]

    def _statement(self, unit: _Unit) -> dict[str, object] | None:
        masked = self.masked[unit.start:unit.end]
        for verb in _VERB.finditer(masked):
            a, b = unit.start + verb.start(), unit.start + verb.end()
            if not verb.group(0)[0].islower() and not (
                    verb.group(0).lower() == "according to" and verb.start() == 0):
                continue
            self.run_start = a
            mode = "right"
            if verb.group(0).lower() == "according to":
                found = self._speaker_right(b, unit)
            else:
                found = self._speaker_left(a, unit)
                if found is not None:
                    mode = "left"
                else:
                    found = self._speaker_right(b, unit)
            if found is None:
                continue
            speaker, title, side = found
            statement: dict[str, object] = {"speaker": speaker, "title": title, "side": side,
                                            "_verb": verb.group(0)}
            self._set_quote(statement, unit, (a, b), mode)
            if len(str(statement["quote"]).split()) < 3:
                continue
            statement["_date"] = self._date_near(unit, a)
            statement["file"] = self.doc.file
            return statement
        return None

    def _date_near(self, unit: _Unit, at: int) -> object:
        """The date mention that dates the speech verb at ``at``: before it in the unit, or
        just after it ("said on Tuesday"); later mentions date other events."""
        masked = self.masked[unit.start:unit.end]
        mentions = [m for m in find_dates(masked, self.doc.date)
                    if unit.start + m.start < at or unit.start + m.start - at <= 45]
        if not mentions:
            return None
        return min(mentions, key=lambda m: abs(unit.start + m.start - at))

    def _mention_ending(self, pos: int) -> _Mention | None:
        best = None
        for m in self.mentions:
            if m.end == pos and (best is None or m.start < best.start):
                best = m
        return best

    def _speaker_left(self, at: int, unit: _Unit) -> tuple[str, str, str | None] | None:
        window = self.masked[unit.start:at]
        words = list(_WORD.finditer(window))
        k = len(words)
        while k > 0 and words[k - 1].group(0).lower() in _SKIP_BEFORE_VERB:
            k -= 1
        if k > 0 and words[k - 1].group(0).lower() == "on":
            k -= 1
        if k == 0:
            return None
        last = words[k - 1].group(0)
        if last.lower() in _PRONOUNS:
            self.run_start = unit.start + words[k - 1].start()
            return self._pronoun(last.lower(), self.run_start)
        if last == ",":
            return self._aside(words, k, unit)
        end = unit.start + words[k - 1].end()
        joint = _STATEMENT_BY.search(window[:words[k - 1].end()])
        if joint:
            self.run_start = unit.start + joint.start()
            by = [m.actor for m in self.actor_mentions
                  if unit.start + joint.start() <= m.start < at and m.actor]
            return (joint.group("what").strip(), "", by[0] if len(set(by)) == 1 else None)
        close_to = _CLOSE_TO.search(window[:words[k - 1].end()])
        if close_to:
            phrase = close_to.group(0).strip()
            self.run_start = unit.start + close_to.start()
            return phrase, phrase, self._title_side(phrase)
        j = k
        while j > 0 and k - j < 12 and (_runnable(words[j - 1].group(0)) or (
                words[j - 1].group(0) == "in" and j >= 2
                and words[j - 2].group(0).lower() in INSTITUTIONS)):
            j -= 1
        start = unit.start + words[j].start() if j < k else end
        for m in self.mentions:
            if m.start < start < m.end <= end:
                start = m.start
        if start >= end:
            return None
        for m in reversed(self.mentions):
            if (m.actor and m.end <= start and re.fullmatch(r"\s+(?:and|&)\s+(?:the\s+)?",
                                                            self.text[m.end:start])):
                before = self.text[max(unit.start, m.start - 4):m.start].lower()
                start = m.start - 4 if before == "the " else m.start
                break
        return self._classify(start, end, at_end=True)

    def _aside(self, words: list[re.Match[str]], k: int, unit: _Unit
               ) -> tuple[str, str, str | None] | None:
        """A speaker before an aside set off by commas: "Peskov, the Kremlin spokesman,
        said", "A Hamas official, Basem Naim, said", "Santos, speaking in Bogota, said"."""
        close = unit.start + words[k - 1].start()
        j = k - 1
        while j > 0 and words[j - 1].group(0) != "," and k - j < 16:
            j -= 1
        if j == 0 or words[j - 1].group(0) != ",":
            return None
        open_ = unit.start + words[j - 1].start()
        aside = self.text[open_ + 1:close].strip()
        if re.match(r"(?:who|which|whose|where|when)\b", aside) and j > 1:
            found = self._aside(words, j - 1, unit)
            if found is not None:
                return found
        self.run_start = open_
        inner = self._mention_ending(close)
        if inner is not None and inner.person and (inner.start <= open_ + 3 or all(
                w.lower().strip(".") in TITLE_WORDS or w.lower() in TITLE_MODIFIERS
                for w in self.text[open_ + 1:inner.start].split())):
            name = self._full_name(inner.text)
            title = self.text[max(unit.start, open_ - 80):open_]
            title = re.split(r"[.;:\"“”]|\b(?:said|says|and|but)\b", title)[-1].strip()
            title = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.IGNORECASE)
            if not _has_title(title):
                title = self.people[name].title if name in self.people else ""
            self.last_person = name
            return name, title, self._title_side(title) or self._side_of(name)
        outer = self._mention_ending(open_)
        if outer is not None and outer.person:
            name = self._full_name(outer.text)
            title = aside if _has_title(aside) and len(aside.split()) <= 10 else (
                self.people[name].title if name in self.people else "")
            self.last_person = name
            side = (_first_actor(title) if _has_title(aside) else None) or self._side_of(name)
            return name, title, side
        end = open_
        i = j - 1
        m = i
        while m > 0 and _runnable(words[m - 1].group(0)) and i - m < 10:
            m -= 1
        if m < i:
            return self._classify(unit.start + words[m].start(), end, at_end=True)
        return None

    def _speaker_right(self, at: int, unit: _Unit) -> tuple[str, str, str | None] | None:
        window = self.masked[at:unit.end]
        words = list(_WORD.finditer(window))
        k = 0
        if words and words[0].group(0).lower() in _PRONOUNS:
            return self._pronoun(words[0].group(0).lower(), at)
        while k < len(words) and k < 12 and (_runnable(words[k].group(0)) or (
                words[k].group(0) == "in" and k >= 1 and k + 1 < len(words)
                and (words[k - 1].group(0).lower() in TITLE_WORDS
                     or words[k - 1].group(0).lower() in INSTITUTIONS)
                and words[k + 1].group(0)[0].isupper())):
            k += 1
        if k == 0:
            return None
        start, end = at + words[0].start(), at + words[k - 1].end()
        for m in self.mentions:
            if start <= m.start < end < m.end:
                end = m.end
        found = self._classify(start, end, at_end=False)
        if found is not None and not found[1]:
            title, side = self._title_after(end)
            if title:
                return found[0], title, found[2] or side
        return found

    def _classify(self, start: int, end: int, *, at_end: bool
                  ) -> tuple[str, str, str | None] | None:
        if at_end:
            self.run_start = start
        while end > start and self.text[end - 1] == ".":
            end -= 1
        run = self.text[start:end]
        run_stripped = re.sub(r"^(?:the|a|an)\s+", "", run.strip(), flags=re.IGNORECASE)
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        people = [m for m in inside if m.person]
        if people:
            person = people[-1] if at_end else people[0]
            name = self._full_name(person.text)
            title = (self.text[start:person.start] if at_end else
                     self.text[person.end:end]).strip(" ,")
            title = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.IGNORECASE)
            if not _has_title(title):
                title = self.people[name].title if name in self.people else ""
            side = self._title_side(title) or self._side_of(name)
            self.last_person = name
            return name, title, side
        actors = [m for m in inside if m.actor]
        if actors:
            side = actors[0].actor
            if not at_end:
                run_stripped = re.sub(r"\s+(?:on|in|at)$", "", run_stripped)
            self.last_body = (run_stripped, side)
            return run_stripped, run_stripped if _has_title(run_stripped) else "", side
        if not inside and _first_actor(run_stripped) and not _has_title(run_stripped) and len(
                run_stripped.split()) <= 4:
            side = _first_actor(run_stripped)
            self.last_body = (run_stripped, side)
            return run_stripped, "", side
        head = run_stripped.split()[-1].lower() if run_stripped.split() else ""
        if head in INSTITUTIONS and head in self.institutions:
            side = self.institutions[head]
            self.last_body = (run_stripped, side)
            return run_stripped, "", side
        if _has_title(run_stripped):
            person = self._by_title(run_stripped)
            if person is not None:
                self.last_person = person.name
                return person.name, person.title, person.side
            return run_stripped, run_stripped, None
        words = run_stripped.split()
        if (at_end and 1 <= len(words) <= 3 and all(w[0].isupper() for w in words)
                and not _REGION.fullmatch(run_stripped)
                and not any(w.lower() in _COMMON or w.lower() in _ENGLISHY for w in words)):
            name = self._full_name(run_stripped)
            self.last_person = name
            return name, "", self._side_of(name)
        return None

    def _title_side(self, title: str) -> str | None:
        """The actor a title names ("Kremlin spokesman"), or whose institution it names
        ("an army spokesman" where "Sudan's army" was named before)."""
        found = _first_actor(title)
        if found is None:
            heads = [w.lower().strip(",.").removesuffix("'s") for w in title.split()]
            found = next((self.institutions[h] for h in heads if h in self.institutions), None)
        return found

    def _full_name(self, name: str) -> str:
        if name in self.people:
            return name
        last = name.split()[-1]
        return self.surnames.get(last) or self.given.get(last) or name

    def _side_of(self, name: str) -> str | None:
        person = self.people.get(name)
        return person.side if person else None

    def _by_title(self, title: str) -> _Person | None:
        heads = [w.lower() for w in title.split() if w.lower() in TITLE_WORDS]
        if not heads:
            return None
        actor = _first_actor(title)
        for person in reversed(list(self.people.values())):
            words = person.title.lower().split()
            if heads[-1] in words and (actor is None or person.side == actor):
                return person
        return None

    def _pronoun(self, word: str, at: int) -> tuple[str, str, str | None] | None:
        """He or she: the person named last before ``at``; it: the body that spoke last."""
        if _PRONOUNS[word] == "person":
            before = [m for m in self.mentions if m.person and m.end <= at]
            if before:
                self.last_person = self._full_name(before[-1].text)
        if _PRONOUNS[word] == "person" and self.last_person is not None:
            person = self.people.get(self.last_person)
            return self.last_person, person.title if person else "", self._side_of(
                self.last_person)
        if _PRONOUNS[word] == "body" and self.last_body is not None:
            return self.last_body[0], "", self.last_body[1]
        return None

    def _about(self, unit: _Unit) -> tuple[list[str], str]:
        """The actors whose demands the unit reports ("Russia's request to ..."), and the
        words of those demands (up to the end of their sentence)."""
        text = self.text[unit.start:unit.end]
        about: list[str] = []
        words = []
        for m in _SURFACE.finditer(text):
            if _ABOUT.match(text, m.end()):
                actor = SURFACES[m.group(0).lower()]
                if actor not in about:
                    about.append(actor)
                words.append(re.split(r"[.!?](?:\s|$)", text[m.end():], maxsplit=1)[0])
        return about, " ".join(words)

    # -- roles -----------------------------------------------------------------------------

    def _unit_actors(self, unit: _Unit) -> list[_Mention]:
        return [m for m in self.actor_mentions if unit.start <= m.start < unit.end]

    def _roles(self, unit: _Unit, *, lede: bool = False) -> None:
        text = self.text[unit.start:unit.end]
        actors = self._unit_actors(unit)
        between: set[str] = set()
        mediated = self._mediators(unit, actors, set())
        if lede and (NEGOTIATION.search(text) or _AGREE.search(text)):
            cue = MEDIATION.search(text)
            before_cue = [m for m in actors if cue is None or m.start < unit.start + cue.start()]
            for group, (g0, g1) in self._conjunctions(before_cue):
                if not (_SUBJECT.match(self.text, g1) or re.search(
                        r"\b(?:between|of)\s+(?:the\s+)?$", self.text[max(0, g0 - 12):g0])):
                    continue
                group = [g for g in group if g not in mediated]
                if len(set(group)) >= 2:
                    between.update(group)
        if NEGOTIATION.search(text):
            for m in _BETWEEN.finditer(text):
                a, b = unit.start + m.start(1), unit.start + m.end(1)
                group = [x.actor for x in actors if a <= x.start < b and x.actor]
                if len(set(group)) >= 2:
                    between.update(g for g in group if g)
            for m in re.finditer(r"\bdelegations?\b|\bnegotiators?\b|\bnegotiating team\b",
                                 text, re.IGNORECASE):
                near = [x for x in actors if abs(x.start - (unit.start + m.start())) < 40]
                for x in near:
                    between.add(x.actor or "")
        for actor in between:
            self.found.party[actor] += 3
        for actor in self._mediators(unit, self._role_mentions(unit), between):
            self.found.mediator[actor] += 1

    def _role_mentions(self, unit: _Unit) -> list[_Mention]:
        """The unit's actors, with each official standing for their side: "German Chancellor
        Angela Merkel" is one mention of Germany, "President Bill Clinton" one of his state."""
        actors = self._unit_actors(unit)
        out: list[_Mention] = []
        people = [m for m in self.mentions if m.person and unit.start <= m.start < unit.end]
        used: set[int] = set()
        for person in people:
            info = self.people.get(self._full_name(person.text))
            if info is None or info.side is None:
                continue
            start = person.start
            words = list(re.finditer(r"[\w.'’-]+", self.text[unit.start:person.start]))
            k = len(words)
            while k > 0 and (words[k - 1].group(0).lower().strip(".") in TITLE_WORDS
                             or words[k - 1].group(0).lower() in TITLE_MODIFIERS
                             or words[k - 1].group(0).lower() in SURFACES):
                k -= 1
                start = unit.start + words[k].start()
            for i, m in enumerate(actors):
                if start <= m.start < person.start:
                    used.add(i)
            out.append(_Mention(start, person.end, person.text, actor=info.side))
        out += [m for i, m in enumerate(actors) if i not in used]
        return sorted(out, key=lambda m: m.start)

    def _conjunctions(self, actors: list[_Mention]) -> list[tuple[list[str], tuple[int, int]]]:
        """Actors joined by "and" or commas ("Israel and Hamas", "the Colombian government
        and the FARC"), with the span of each group."""
        groups: list[tuple[list[str], tuple[int, int]]] = []
        current: list[str] = []
        first = edge = -1
        for m in actors:
            gap = self.text[edge:m.start] if edge >= 0 else ""
            if current and _CONJ_GAP.fullmatch(gap):
                current.append(m.actor or "")
            else:
                if len(current) >= 2:
                    groups.append((current, (first, edge)))
                current = [m.actor or ""]
                first = m.start
            edge = m.end
        if len(current) >= 2:
            groups.append((current, (first, edge)))
        return groups

    def _mediators(self, unit: _Unit, actors: list[_Mention], between: set[str]) -> list[str]:
        text = self.text[unit.start:unit.end]
        found: list[str] = []
        for cue in MEDIATION.finditer(text):
            c0, c1 = unit.start + cue.start(), unit.start + cue.end()
            word = cue.group(0).lower()
            if word.startswith("host") and not re.match(r"\s+by\b", self.text[c1:c1 + 4]):
                continue
            right = re.match(r"(?:\s+by|\s*,|\s+(?:including|the|from|countries|states|former|"
                             r"its|their|current|[A-Z]\w+ of|[a-z]+ (?:of|for) the))*\s*",
                             self.text[c1:c1 + 50])
            pos = c1 + (right.end() if right else 0)
            starts = [m.start for m in actors if c1 <= m.start <= pos < m.end]
            chosen = self._group_from(min(starts) if starts else pos, actors, forward=True)
            if not chosen:
                chosen = self._group_from(c0, actors, forward=False)
            found += [a for a in chosen if a not in between and a not in found]
        return found

    def _group_from(self, pos: int, actors: list[_Mention], *, forward: bool) -> list[str]:
        ordered = actors if forward else list(reversed(actors))
        group: list[str] = []
        edge = pos
        for m in ordered:
            if forward and m.start >= pos:
                gap = self.text[edge:m.start]
            elif not forward and m.end <= pos:
                gap = self.text[m.end:edge]
            else:
                continue
            limit = 30 if group else (1 if forward else 70)
            if len(gap) > limit and not (not group and not forward and not re.search(
                    r"\bbetween\b|\bwith\b|\bpush\b|\bagainst\b|\bto\b", gap)
                    and len(gap) <= 70):
                break
            if group and not re.fullmatch(r"\s*(?:,|and|, and|&|with the support of|backed by|"
                                          r"alongside|together with|as well as|and by|with)?"
                                          r"\s*(?:the\s+)?", gap):
                break
            if m.actor and m.actor not in group:
                group.append(m.actor)
            edge = m.end if forward else m.start
        return group

    # -- issues ----------------------------------------------------------------------------

    def _issues(self, units: list[_Unit]) -> None:
        issues = self.found.issues
        for unit in units:
            text = self.text[unit.start:unit.end]
            for m in _OPEN_LIST.finditer(text):
                items = [i for i in _split_list(text[m.end():]) if not _has_verb(i)
                         and not re.search(r"\d|\b(?:that|who|which|was|were|is|are|has|have)\b"
                                           r"|day\b", i)]
                if len(items) >= 3:
                    for item in items:
                        self._add_issue(item, unit, enumerated=True)
            for m in _ENUM.finditer(text):
                cue = m.group(0).lower()
                if re.search(r"\b(?:are|were|remain\w*|on|concerning|involving)\s*:?\s*$", cue) and not (
                        re.search(r"(?:the|\d+|two|three|four|five|six|seven|eight|nine|ten|main|"
                                  r"key|other|outstanding)\s+(?:\w+\s+)?(?:points?|issues?|"
                                  r"topics?|items?|questions?|matters?|sticking[- ]points?)",
                                  text[max(0, m.start() - 40):m.end()], re.IGNORECASE)):
                    continue
                items = [i for i in _split_list(text[m.end():]) if not _has_verb(i)]
                if len(items) < 2:
                    continue
                for item in items:
                    self._add_issue(item, unit, enumerated=True)
                break
            for m in _AGREED.finditer(text):
                items = [i for i in _split_items(text[m.end():]) if not _has_verb(i)]
                for item in items[:5]:
                    self._add_issue(item, unit, enumerated=False, strong=True)
            for m in _ISSUE_PHRASE.finditer(text):
                phrase = re.match(r"[^,.;:\"“”]{3,60}?(?=[,.;:\"“”]|\s+(?:and|is|are|was|"
                                  r"were|remains?|has|have|will|would|which|that)\b|$)",
                                  text[m.end():])
                if phrase and not re.fullmatch(r"(?:(?:the|its|their|our|and|of|\w+al)\s+)*"
                                               r"(?:territorial integrity|sovereignty|"
                                               r"independence|territory)",
                                               phrase.group(0).strip(), re.IGNORECASE):
                    self._add_issue(phrase.group(0), unit, enumerated=False, strong=True)
        paragraphs = {n: p for n, (_, p) in enumerate(_paragraphs(self.text))}
        statement_units = {str(s["unit"]) for s in self.found.statements}
        counts: Counter[str] = Counter()
        for unit in units:
            text = self.text[unit.start:unit.end]
            near = bool(NEGOTIATION.search(text)) or text in statement_units
            if not (near or NEGOTIATION.search(paragraphs.get(unit.paragraph, ""))):
                continue
            for slug, name, pattern in TOPICS:
                hits = len(pattern.findall(text))
                counts[slug] += 2 * hits
                if counts[slug] >= 2 and slug not in issues:
                    issues[slug] = {"name": name, "pattern": pattern, "evidence": [],
                                    "territorial": False, "rank": 1}
            for m in _REGION.finditer(text):
                slug, name = REGIONS[m.group(0).lower()]
                counts["@" + slug] += 1
                if counts["@" + slug] == 2 and slug not in issues:
                    issues[slug] = {"name": f"Status of {name}", "pattern": _region_pattern(
                        slug), "evidence": [], "territorial": True, "rank": 1}
        for issue in issues.values():
            pattern = issue["pattern"]
            issue["evidence"] = [
                (self.doc.file, a, b) for a, b, t in self.found.units
                if pattern.search(t)][:6]  # type: ignore[union-attr]

    def _add_issue(self, item: str, unit: _Unit, *, enumerated: bool, strong: bool = False
                   ) -> None:
        issues = self.found.issues
        item = item.strip(" \"“”'.,")
        item = re.sub(r"\s+(?:in|to|for|across|throughout|within)\s+(?:the\s+)?"
                      r"(?:(?:north|south|east|west)(?:ern)?\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$",
                      "", item) if not _REGION.match(item) else item
        region = _REGION.search(item)
        if region:
            slug, name = REGIONS[region.group(0).lower()]
            if slug not in issues:
                issues[slug] = {"name": f"Status of {name}", "pattern": _region_pattern(slug),
                                "evidence": [], "territorial": True, "rank": 0}
            return
        for slug, name, pattern in TOPICS:
            if pattern.search(item):
                if slug not in issues:
                    issues[slug] = {"name": name, "pattern": pattern, "evidence": [],
                                    "territorial": False, "rank": 0 if enumerated else 1}
                return
        cleaned = item
        for _ in range(3):
            cleaned = _LEAD.sub("", cleaned)
        words = [w for w in re.findall(r"[\w'-]+", cleaned) if w.lower() not in _NOT_ISSUE
                 and w.lower() not in SURFACES and not w.isdigit()]
        if not words or len(cleaned.split()) > 10 or not (enumerated or strong):
            return
        slug = _slug(" ".join(words[:3]))
        if not slug or slug in issues:
            return
        keys = [re.escape(w[:7].lower()) for w in words[:3] if len(w) > 3] or [
            re.escape(words[0].lower())]
        issues[slug] = {"name": cleaned[:1].upper() + cleaned[1:], "pattern": re.compile(
            r"\b(?:" + "|".join(keys) + r")", re.IGNORECASE), "evidence": [],
            "territorial": bool(TERRITORIAL.search(item)), "rank": 0 if enumerated else 2}


_ASIDE_TAIL = re.compile(r"\b(?:in a (?:statement|video(?: message| statement)?|televised address|"
                         r"interview|news conference|post)|on (?:twitter|facebook|x|television|"
                         r"the phone)|to (?:reporters|journalists)|(?:later )?on \w+|in \w+|"
                         r"at the \w+|reporters|journalists)\b", re.IGNORECASE)

_HEADS = "|".join(sorted(INSTITUTIONS | {"governments", "leaders", "delegations"}))
_CONJ_GAP = re.compile(r"(?:'s|’s)?(?:\s+(?:" + _HEADS + r"))?\s*(?:,|and|, and|&)\s+(?:the\s+)?"
                       r"(?:(?:paramilitary|rebel|armed|militant|islamist|separatist|"
                       r"palestinian|group|movement)\s+)?")

_CLOSE_TO = re.compile(
    r"\b(?:a|an|one|two|several|the)\s+(?:[\w-]+\s+){0,3}?(?:diplomats?|officials?|sources?|"
    r"negotiators?|mediators?|people|persons?|members?|aides?)\s+(?:close to|familiar with|"
    r"involved in|briefed on|with knowledge of|privy to|present at|at)\s+(?:the\s+)?"
    r"[\w-]+(?:\s+[\w-]+)?\s*$", re.IGNORECASE)

_SUBJECT = re.compile(
    r"(?:'s|’s)?(?:\s+(?:" + "|".join(sorted(INSTITUTIONS)) + r"|governments|leaders|"
    r"delegations|negotiators|forces|\([A-Z-]+\)))*[^.;]{0,25}?\b(?:have |has |had |will |would |"
    r"are |were |on \w+ )?(?:agree\w*|sign\w*|reach\w*|struck|strike|seal\w*|resum\w*|meet|met|"
    r"held|hold|began|begin|negotiat\w*|talks?|announced|clinch\w*|conclud\w*|accept\w*|"
    r"back\w*|endorse\w*)\b", re.IGNORECASE)

_STATEMENT_BY = re.compile(
    r"\b(?:a|the)\s+(?P<what>(?:joint\s+|written\s+|brief\s+)?(?:statement|communiqu[eé]|"
    r"declaration|readout|text))\s+(?:issued|released|published|put out|signed)\s+by\s+"
    r"[^.;\"“”]{2,100}?$", re.IGNORECASE)

_AGREE = re.compile(r"\b(?:agree[sd]?|sign(?:s|ed)?|reach(?:es|ed)?|strike|struck|seal(?:s|ed)?|"
                    r"back(?:s|ed)?|accept(?:s|ed)?|reject(?:s|ed)?|meet|met|talk)\b",
                    re.IGNORECASE)

_ENGLISHY = frozenset("""although however meanwhile but speaking asked in on talks talk the
officials sources source analysts observers diplomats critics residents witnesses reports
report statement statements negotiators mediators both neither several others experts
""".split())


def _runnable(word: str) -> bool:
    low = word.lower().rstrip(".")
    if word in (",", ";", ":"):
        return False
    if low in ("that", "on", "in", "at", "to", "told", "said", "with", "after", "but",
               "while", "when", "as", "who", "which"):
        return False
    return (word[0].isupper() or low in TITLE_WORDS or low in TITLE_MODIFIERS
            or low in ("of", "the", "a", "an", "for", "'s", "’s") or low in _PARTICLES
            or bool(re.match(r"[a-z]{1,3}-[A-Z]", word))
            or low.rstrip("'s’") in SURFACES or low.endswith(("'s", "’s")))


_MEDIA = frozenset("""twitter facebook x telegram instagram youtube reuters afp ap bbc cnn tass
xinhua ria interfax al jazeera al-jazeera al arabiya anadolu""".split()) | {"al jazeera",
                                                                          "al arabiya"}

_PARTICLES = frozenset("de la del da dos das van von der den al el bin ibn abu abd le du".split())


def _join_attributions(text: str, units: list[_Unit]) -> list[_Unit]:
    """Join a unit that ends a quotation with the short attribution after it
    ('"... we have one!" Juncker wrote on Twitter.')."""
    out: list[_Unit] = []
    for unit in units:
        if out and out[-1].paragraph == unit.paragraph:
            previous = text[out[-1].start:out[-1].end].rstrip()
            piece = text[unit.start:unit.end]
            if (previous.endswith(('"', "”")) and len(piece.split()) <= 14
                    and '"' not in piece and "“" not in piece and _VERB.search(piece)
                    and piece[:1].isupper()):
                out[-1] = _Unit(out[-1].start, unit.end, unit.paragraph)
                continue
        out.append(unit)
    return out


def _has_title(text: str) -> bool:
    return any(w.lower().strip(",.").removesuffix("'s").removesuffix("’s") in TITLE_WORDS
               for w in text.split())


def _first_actor(text: str) -> str | None:
    for m in _SURFACE.finditer(text):
        form = m.group(0)
        if form[0].isupper() and (len(form) > 3 or form.replace(".", "").isupper()):
            return SURFACES[form.lower()]
    return None


def _is_headline(para: str) -> bool:
    return len(para.split()) <= 25 and not para.rstrip().endswith((".", '"', "”"))


def _open_quote(piece: str) -> bool:
    curly_open = piece.count("“") > piece.count("”")
    return curly_open or piece.count('"') % 2 == 1


def _split_list(text: str) -> list[str]:
    text = re.split(r"(?<=[a-z])\.\s|\.$|[\"“”]\s*[A-Z]", text, maxsplit=1)[0]
    parts = [p for p in re.split(r";", text)] if ";" in text else re.split(r",", text)
    items: list[str] = []
    for part in parts:
        part = re.sub(r"^\s*(?:and|or)\s+", "", part.strip())
        pieces = re.split(r"\s+(?:and|as well as)\s+(?=the\s|[a-z]+\s|[A-Z])", part)
        for piece in pieces:
            piece = piece.strip(" .:\"“”")
            if piece:
                items.append(piece)
    if not items or sum(len(i.split()) for i in items) / len(items) > 9:
        return []
    return items[:10]


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
        if 1 <= len(piece.split()) <= 8 and any(len(w) > 3 for w in words):
            items.append(piece)
    return items


_NOT_ISSUE = frozenset("""monday tuesday wednesday thursday friday saturday sunday today tonight
january february march april may june july august september october november december main not
no be being it its they them their this that these those each other which one two three
begin start end soon later earlier early week weeks month months year years""".split()) | _GENERIC


def _has_verb(text: str) -> bool:
    """Whether ``text`` has a speech verb (in lower case: "United States" has none)."""
    return any(m.group(0)[0].islower() for m in _VERB.finditer(text))


def _region_pattern(slug: str) -> re.Pattern[str]:
    forms = [f for f, (s, _) in REGIONS.items() if s == slug]
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b", re.IGNORECASE)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:40].strip("-")


def _merge(found: Iterable[_Found]) -> Reading:
    found = list(found)
    mentions: Counter[str] = Counter()
    aliases: dict[str, set[str]] = defaultdict(set)
    mediator: Counter[str] = Counter()
    party: Counter[str] = Counter()
    said: Counter[str] = Counter()
    others: dict[str, str] = {}
    for f in found:
        mentions.update(f.mentions)
        mediator.update(f.mediator)
        party.update(f.party)
        said.update(f.said)
        for k, v in f.aliases.items():
            aliases[k] |= v
        for k, v in f.others.items():
            others.setdefault(k, v)
    spoke: Counter[str] = Counter(str(s["side"]) for f in found for s in f.statements
                                  if s["side"])
    sides = set(spoke)
    for side in sides:
        mentions[side] += 0 if side in mentions else 1
    kinds: dict[str, str] = {}
    for actor in mentions:
        if mediator[actor] and mediator[actor] * 3 >= party[actor]:
            kinds[actor] = "mediator"
        elif party[actor] >= 3 or said[actor] >= 2 or (
                said[actor] >= 1 and mentions[actor] + spoke[actor] >= 2):
            kinds[actor] = "party"
        else:
            kinds[actor] = "other"
    if sum(1 for k in kinds.values() if k == "party") < 2 and any(
            f.statements for f in found):
        ranked = sorted((a for a in mentions if kinds[a] == "other"
                         and party[a] + said[a] > 0),
                        key=lambda a: (-party[a] - said[a], -mentions[a], a))
        for actor in ranked[:2 - sum(1 for k in kinds.values() if k == "party")]:
            kinds[actor] = "party"
    order = {"party": 0, "mediator": 1, "other": 2}
    actors = [Actor(a, ACTOR_NAMES.get(a, a), kinds[a],  # type: ignore[arg-type]
                    tuple(sorted(aliases[a], key=str.lower)), mentions[a])
              for a in mentions if a]
    for slug, text in sorted(others.items()):
        if slug not in mentions:
            actors.append(Actor(slug, text, "other", (), 0))
    actors.sort(key=lambda a: (order[a.kind], a.id if a.kind != "other" else "~", a.id))
    actors = sorted(actors, key=lambda a: (order[a.kind], a.id))
    issues: dict[str, dict[str, object]] = {}
    for f in found:
        for slug, data in f.issues.items():
            if slug in issues:
                issues[slug]["evidence"] = [*issues[slug]["evidence"],  # type: ignore[misc]
                                            *data["evidence"]]  # type: ignore[misc]
            else:
                issues[slug] = dict(data)
    issue_list = [Issue(slug, str(d["name"]), tuple(Source(*e) for e in d["evidence"][:6]),
                        bool(d["territorial"]), int(d["rank"]))  # type: ignore[index, call-overload]
                  for slug, d in issues.items()]
    statements = []
    n = 0
    for f in found:
        for s in f.statements:
            n += 1
            unit = str(s["unit"])
            bears = [i.id for i in issue_list if issues[i.id]["pattern"].search(  # type: ignore[union-attr]
                unit)]
            if TERRITORIAL.search(unit):
                bears += [i.id for i in issue_list if i.territorial and i.id not in bears]
            side = s["side"] if s["side"] in mentions else None
            about_text = str(s["about_text"])
            about_issues = [i.id for i in issue_list if about_text and issues[i.id][
                "pattern"].search(about_text)]  # type: ignore[union-attr]
            statements.append(Statement(
                f"s{n}", str(s["speaker"]), side,  # type: ignore[arg-type]
                s["date"], str(s["quote"]), s["kind"],  # type: ignore[arg-type]
                tuple(bears), Source(str(s["file"]), int(s["start"]),  # type: ignore[call-overload]
                                     int(s["end"])),  # type: ignore[call-overload]
                title=str(s["title"]), quoted=bool(s["quoted"]),
                about=tuple(s["about"]),  # type: ignore[arg-type]
                about_issues=tuple(about_issues)))
    return Reading(tuple(f.doc for f in found), tuple(actors), tuple(issue_list),
                   tuple(statements))
