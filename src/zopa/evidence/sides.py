"""Whom a speaker speaks for: the title, demonym and organisation rules of the reader.

A speaker's side is the actor their title names ("Kremlin spokesman" -> Russia), the body a
common noun in it stands for ("the group's chief negotiator", "an army spokesman"), the
person it names ("Tshisekedi's spokesman"), the state of a ministry or civil office the
text leaves unsaid ("the Head of State", "the Ministry of Defence"), or the person a bare
title refers back to ("the prime minister", "the Serbian leader"). An office held no
longer ("former Finnish president") and a place of residence ("in exile in Sweden") name
no side. The rules are mixed into the document reader (:mod:`zopa.evidence.reader`) and
read its mentions and people.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TypeVar

from .gazetteer import ACTOR_KINDS, ACTOR_NAMES, SURFACES, TITLE_MODIFIERS, TITLE_WORDS, surfaces_in
from .lexicon import OFFICE_OF_BODY
from .openactors import LocalActors
from .records import Found, Mention, Person
from .roles import THIRD_PARTIES

__all__ = ["SideRules"]

#: Title heads any official of a side may be referred to by ("the Serbian leader").
_GENERIC_HEADS = frozenset({"leader", "chief", "head", "official", "negotiator"})
#: Words that name a side as a movement, not by its name ("the rebel delegation").
_GENERIC_GROUP = re.compile(r"\b(?:rebels?|opposition|insurgents?|guerrillas?|militants?|"
                            r"separatists?)\b",
                            re.IGNORECASE)
#: A title of an office held no longer: "former Finnish president".
_FORMER_TITLE = re.compile(r"(?:the\s+)?(?:former|ex-|onetime|one-time)\b", re.IGNORECASE)
#: The words that say where a person lives: "lives in", "based in", "in exile in".
_LIVING = r"(?:lives?|living|resid\w*|based|settled|exiled?|in\s+exile)"
_LIVES_IN = re.compile(rf"\b{_LIVING}\s+in\s+(?:the\s+)?$", re.IGNORECASE)
#: An office "of" a body (group 1 the body, :data:`~.lexicon.OFFICE_OF_BODY`).
_SERVES_BODY = re.compile(r"\b" + OFFICE_OF_BODY + r"(.+)$", re.IGNORECASE)
#: Where an envoy is posted, which is no side of theirs: "its Ambassador in Washington" (but
#: "the U.S. ambassador to Croatia" still names the United States before it).
_POSTED_IN = re.compile(r"(?<=[Aa]mbassador)\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                        r"(?:\s+[A-Z][\w'’.-]*)*$")
#: Where a person lives, not whom they speak for: "in exile in Sweden", "based in London".
_RESIDENCE = re.compile(rf"\b(?:living\s+)?{_LIVING}\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _without_places(title: str) -> str:
    """A title without where its holder lives or is posted: "prime minister in exile in
    Sweden" -> "prime minister", "its Ambassador in Washington" -> "its Ambassador"."""
    return _POSTED_IN.sub("", _RESIDENCE.sub("", title))


#: An official named by title only, at the head of a clause: "The Zambian head of state
#: congratulated", "the secretary-general of UNITA said" (no name follows the title).
_TITLE_ONLY = re.compile(
    r"\b[Tt]he\s+((?:(?:[A-Z]\.){2,}\s*|[\w'’-]+\s+){0,4}?(?i:head of state|head of government|"
    r"president|prime minister|premier|minister|secretary-general|secretary general|envoy|"
    r"representative|mediator|spokesman|spokeswoman|spokesperson|leader|chairman|chairwoman|"
    r"commander|negotiator|ambassador|king|emir)(?:\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*)?)(?=\s+[a-z])")
#: A body named by a common noun in a title: "the group's chief negotiator", "one of the
#: alliance's leaders", "the coalition's rotating president".
_OWNER = re.compile(r"(?:(?:one|some|two|several)\s+of\s+)?(?:the\s+)?(group|alliance|coalition|"
                    r"movement|front|faction|organi[sz]ation|bloc|rebels|guerrillas|insurgents|"
                    r"party)(?:(?:'s|’s|'|’)\s|\s+(?=(?:officials?|leaders?|spokes\w+|"
                    r"negotiators?)$))", re.IGNORECASE)
#: An official before "in" and the place the speaker run starts at: "official in Bangui".
_OFFICIAL_AT = re.compile(r"\b(?:officials?|spokes(?:man|woman|person)|sources?|envoys?)"
                          r"\s+(?:in|at)\s+$", re.IGNORECASE)
#: The same inside one run: "officials in Kyiv".
_OFFICIAL_AT_PLACE = re.compile(r"(?:(?:the|some|senior|government)\s+)*(?:officials|sources)"
                                r"\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
#: A place that opens a sentence: "In Seoul, officials said".
_PLACE_LEAD = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)In ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s+"
                         r"(?:the\s+|an?\s+|one\s+|some\s+|senior\s+|government\s+)*$")
#: Heads of a title that name one person ("the Kremlin leader", "the PLO chairman").
_LEADER_HEADS = frozenset({"leader", "chairman", "chairwoman", "chief", "president",
                           "premier", "commander"})
#: Title heads of an office held for a side: its holder is no onlooker, whatever else the
#: title says ("the movement's chairman and chief political consultant").
_OFFICE_HEADS = _LEADER_HEADS | frozenset({
    "minister", "spokesman", "spokeswoman", "spokesperson", "negotiator", "envoy",
    "ambassador", "secretary", "secretary-general", "governor", "mediator", "representative"})
#: An analyst or scholar named just before the name, with nothing but their place between:
#: "An analyst with the Institute for Defence Studies in New Delhi, ".
_SCHOLAR_BEFORE = re.compile(r"(?:^|[,;]\s+|\b(?:an?|the)\s+)[^,.;\"“”]{0,40}?\b(?:analyst|expert|"
                             r"researcher|scholar|professor|commentator|academic|historian|"
                             r"specialist|political scientist|senior fellow)s?\b"
                             r"[^.;\"“”]{0,80},\s*$", re.IGNORECASE)


def scholarly(title: str) -> bool:
    """Whether a title is an analyst's or scholar's, who speaks for no side ("analyst with
    the Institute for Defence Studies in New Delhi"), not an office ("the movement's chief
    political consultant" holds one).

    >>> scholarly("analyst with the Institute for Defence Studies in New Delhi")
    True
    >>> scholarly("chief negotiator"), scholarly("chief political consultant of the NDFP")
    (False, False)
    """
    return bool(_SCHOLAR_BEFORE.search(title + ",")) and not (
        _OFFICE_HEADS & set(re.findall(r"[a-z-]+", title.lower())))


#: The offices a head of state or of government holds: "the head of state" is the
#: president, the king or the emir the text named.
_HEAD_OF = {"head state": {"president", "king", "emir", "sultan", "queen"},
            "head government": {"prime", "premier", "chancellor"}}
#: A civil office of a state's government, named without the state ("the Head of State",
#: "Foreign Minister", "the minister of external relations"): no military rank, which a
#: movement's commanders hold as well.
_CIVIL_OFFICE = re.compile(
    r"\b(?:(?:vice[- ])?president|prime minister|premier|minister|chancellor|king|emir|"
    r"head of (?:state|government)|secretary of state|foreign secretary)\b", re.IGNORECASE)
_NOT_CIVIL = re.compile(r"\b(?:former|ex-|opposition|rebel|shadow|exiled|in exile|"
                        r"(?:party|movement|front|council|assembly|parliament|senate|"
                        r"court|bank|commission|committee|union|league|group)\b)",
                        re.IGNORECASE)
_K = TypeVar("_K")


def _first_actor(text: str, local: LocalActors | None = None) -> str | None:
    """The first actor ``text`` names: a gazetteer form, or one of the document's own."""
    pattern = local.pattern if local is not None else None
    own = pattern.search(text) if pattern is not None else None
    for m in surfaces_in(text):
        form = m.group(0)
        if own is not None and own.start() < m.end():
            break
        if _LIVES_IN.search(text, max(0, m.start() - 30), m.start()):
            continue  # "prime minister in exile in Sweden"
        if form[0].isupper() and (len(form) > 3 or form.replace(".", "").isupper()):
            return SURFACES[form.lower()]
    return local.surfaces[own.group(0)] if own is not None and local is not None else None


def _civil_office(title: str) -> bool:
    """Whether ``title`` names a civil office of a state and nothing else that holds
    offices (a party's president, a council's chairman, a former office).

    >>> _civil_office("the Head of State"), _civil_office("Foreign Minister")
    (True, True)
    >>> _civil_office("President of the Republic"), _civil_office("president of the party")
    (True, False)
    >>> _civil_office("General"), _civil_office("former prime minister")
    (False, False)
    >>> _civil_office("Barbados Prime Minister")  # a state the gazetteer does not know
    False
    """
    office = _CIVIL_OFFICE.search(title)
    if office is None or _NOT_CIVIL.search(title):
        return False
    return not any(w[:1].isupper() and w.lower() not in TITLE_WORDS
                   and w.lower() not in TITLE_MODIFIERS and w.lower() != "the"
                   for w in title[:office.start()].split())


def _most_of_all(counts: Counter[_K]) -> _K | None:
    """The key counted more often than any other, if one is."""
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


#: The head noun of the body an office is "of" or "for", at the title's end: "President of
#: the Bank", "a spokesman for the Commission".
_OF_THE_HEAD = re.compile(r"\b(?:of|for)\s+the\s+([A-Z][a-z]+)$")


class SideRules:
    """The side rules, mixed into the document reader: they read its text, mentions and
    people, and record the sides they find on its persons."""

    text: str
    #: the text with its quotations blanked out
    masked: str
    mentions: list[Mention]
    actor_mentions: list[Mention]
    people: dict[str, Person]
    surnames: dict[str, str]
    given: dict[str, str]
    found: Found
    institutions: dict[str, str]
    local: LocalActors
    #: the dateline's state
    home: str | None
    run_start: int

    #: the last speaker named by a title only ("a senior Israeli official"): where, and their
    #: title and side
    title_only: tuple[int, str, str | None] | None

    def _governing_state(self) -> str | None:
        raise NotImplementedError

    def _movement(self, actors: list[Mention], mediators: Iterable[str] = ()) -> str | None:
        raise NotImplementedError

    def _titled_before(self, name: str, start: int) -> tuple[str, str | None]:
        """The title and side of a person named at ``start`` by a name alone, never
        introduced with a title or side, when the paragraph named an official by title only
        just before ("The Zambian head of state congratulated the delegations. Chiluba said
        ...", "The minister of external relations told journalists ... Moura said"): the
        name is that official's. The person is kept with them, for "he" after."""
        known = self.people.get(name)
        if known is not None and (known.title or known.side):
            return "", None
        para = self.masked.rfind("\n", 0, start) + 1
        found = list(_TITLE_ONLY.finditer(self.masked, para, start))
        if not found:
            return "", None
        last = found[-1]
        if any(m.person and last.end() <= m.start < start for m in self.mentions):
            return "", None  # another person was named in between
        title = last.group(1)
        if _FORMER_TITLE.match(title):
            return "", None  # "The former UN secretary-general" speaks for no body
        side = self._title_side(title) or self._ministry(title)
        if side is None:
            return "", None
        if known is None:
            self.people[name] = Person(name, title, side)
        else:
            known.title, known.side = title, side
        return title, side

    def _person_side(self, name: str, title: str) -> str | None:
        """The side of a person named with ``title``: the one the title names, else their
        own; for a former office their own first ("former Finnish president Martti
        Ahtisaari and his Crisis Management Initiative" speaks for the initiative)."""
        own = self._side_of(name)
        if scholarly(title):
            return None  # "an analyst with the Institute for Defence Studies in New Delhi"
        if _FORMER_TITLE.match(title) or (own and self.found.mediator[own]):
            # a mediator's office held besides a state's (:meth:`_mediating_offices`)
            return own or self._title_side(title)
        return self._title_side(title) or own or self._ministry(title)

    def _place_lead(self, start: int) -> str | None:
        """The state of a capital that opens the sentence before an unnamed speaker: "In
        Seoul, officials said" speak for South Korea."""
        lead = _PLACE_LEAD.search(self.masked, max(0, start - 40), start)
        actor = SURFACES.get(lead.group(1).lower()) if lead else None
        return actor if actor is not None and ACTOR_KINDS.get(actor) == "state" else None

    def _ministry(self, title: str) -> str | None:
        """The state of a ministry or government team whose state the text leaves unsaid
        ("the Ministry of National Defence", "spokesperson of the Ministry", "head of the
        government delegation"): the governing state (:meth:`_governing_state`); of a civil
        office of a state ("the Head of State", "the minister of external relations"): the
        home state (:meth:`_home_government`)."""
        if re.search(r"\b(?:ministry|government)\b", title, re.IGNORECASE):
            return self._governing_state()
        return self._home_government() if _civil_office(title) else None

    def _subject_state(self, title: str, start: int) -> str | None:
        """The state a civil office or ministry named without its state at ``start`` belongs
        to when the sentence just before, in its paragraph, opens with that state ("Israel's
        government issued no statement. The prime minister's office said ..."), and it
        mediates nothing."""
        if not (_civil_office(title) or re.search(r"\b(?:ministry|government)\b", title,
                                                  re.IGNORECASE)):
            return None
        para = self.masked.rfind("\n", 0, start) + 1
        ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s+", self.masked[para:start])]
        if not ends:
            return None
        opens = para + (ends[-2] if len(ends) >= 2 else 0)
        first = next((m for m in self.actor_mentions if opens <= m.start < para + ends[-1]), None)
        if first is None or first.actor is None or not re.fullmatch(
                r"(?:the\s+)?", self.masked[opens:first.start], re.IGNORECASE):
            return None
        state = first.actor
        if ACTOR_KINDS.get(state) != "state" or self.found.mediator[state]:
            return None
        return state

    def _home_government(self) -> str | None:
        """The state whose government a civil office named without its state belongs to:
        the dateline's (:meth:`_home`), when it mediates nothing, else the governing state
        (:meth:`_governing_state`). Read once the mediators are known."""
        if self.home is not None and not self.found.mediator[self.home]:
            return self.home
        return self._governing_state()

    def _title_actor(self, title: str) -> str | None:
        """The actor a title names: the body an office is "of" ("the Liberian general
        secretary of the All Africa Conference of Churches" serves the conference, whatever
        his nationality; "Secretary-General of the Organisation of American States" the OAS,
        not the UN its head word names alone), else the first actor named ("U.S. ambassador
        to Croatia"); not where its holder lives or is posted (:func:`_without_places`)."""
        title = _without_places(title)
        office = _SERVES_BODY.search(title)
        owner = self._actor_in(office.group(1)) if office else None
        return owner or self._actor_in(title) or self._body_by_head(title)

    def _body_by_head(self, title: str) -> str | None:
        """The one body the text names whose name ends in the head noun a title's office is
        "of": "President of the Bank" after "the World Bank", "spokesman for the Commission"
        after "the European Commission"."""
        head = _OF_THE_HEAD.search(title)
        if head is None:
            return None
        noun = head.group(1).lower()
        named = {m.actor for m in self.actor_mentions
                 if m.actor and ACTOR_KINDS.get(m.actor) != "state"}
        bodies = {a for a in named
                  if len(words := self._name(a).lower().split()) > 1 and words[-1] == noun}
        return bodies.pop() if len(bodies) == 1 else None

    def _title_side(self, title: str) -> str | None:
        """The actor a title names ("Kremlin spokesman"), whose institution it names ("an
        army spokesman" where "Sudan's army" was named before), or the side of the person
        it names ("Tshisekedi's spokesman"). A place of exile or residence is no side ("the
        movement's prime minister in exile in Sweden")."""
        title = _without_places(title)
        found = self._title_actor(title)
        if found is None:
            heads = [w.lower().strip(",.").removesuffix("'s") for w in title.split()]
            found = next((self.institutions[h] for h in heads if h in self.institutions), None)
        if found is None:
            owner = re.search(r"([A-Z][\w-]+)(?:'s|’s)\b", title)
            if owner:
                found = self._side_of(self._full_name(owner.group(1)))
        if found is None and re.search(r"\bgovernment\b", title, re.IGNORECASE):
            found = self._government()
        if found is None and re.search(r"(?:'s|’s|s'|s’)\s", title):
            found = self._generic_side(re.sub(r"(?:'s|’s|’|')\s.*", "", title))  # "the movement's"
        if found is None:
            found = self._named_for(title)
        return found

    def _official_in(self, start: int, run: str, at_end: bool
                     ) -> tuple[str, str, str | None] | None:
        """An official and where they are: "a Russian embassy official in Bangui" speaks for
        the actor before "in" (Russia); "according to officials in Kyiv" for the state of
        the place, when none is named before it (as "In Seoul, officials said")."""
        office = _OFFICIAL_AT.search(self.text, max(0, start - 60), start)
        if office is None:
            inner = None if at_end else _OFFICIAL_AT_PLACE.fullmatch(run)
            if inner is None:
                return None
            place = SURFACES.get(inner.group(1).lower())
            if place is None or ACTOR_KINDS.get(place) != "state":
                return None
            return run, run, place
        owner = [m for m in self.actor_mentions if m.actor and office.start() - 40 <= m.end
                 <= office.start() and re.fullmatch(r"(?:\s+[\w-]+){0,2}\s+",
                                                     self.text[m.end:office.start()])]
        if not owner:
            return None
        if at_end:
            self.run_start = owner[-1].start
        phrase = self.text[owner[-1].start:start] + run
        return phrase, phrase, owner[-1].actor

    def _body_owner(self, start: int) -> str | None:
        """The actor just before a body named by its common noun, with a word or two the
        speaker run left out: "the United Nations refugee agency said" -> the UN."""
        for m in reversed(self.actor_mentions):
            if m.end <= start and re.fullmatch(r"\s+(?:[a-z-]+\s+){1,2}", self.text[m.end:start]):
                return m.actor
            if m.end < start - 40:
                break
        return None

    def _the_mediators(self, title: str) -> str | None:
        """"The mediators say": the one mediating body of the text that is no state (a host
        state mediates beside it)."""
        if not re.fullmatch(r"(?:the\s+)?(?:[\w-]+\s+)?(?:mediators|mediation|"
                            r"mediation team)", title, re.IGNORECASE):
            return None
        bodies = [a for a in self.found.mediator if self.found.mediator[a]
                  and ACTOR_KINDS.get(a) != "state"]
        return bodies[0] if len(bodies) == 1 else None

    def _owned_by(self, person: Mention) -> str | None:
        """The actor a person is named as belonging to, just before their name: "Russia's
        Mayorsky", "the Party for Democratic Prosperity (PDP) of Imer Imeri", "the United
        Democratic Movement (LBD) of the writer Rexhep Qosja" (a body, not a state, owns a
        person by "of")."""
        for m in reversed(self.actor_mentions):
            if m.end > person.start:
                continue
            if m.end < person.start - 40:
                break
            gap = self.text[m.end:person.start]
            if re.fullmatch(r"(?:'s|’s)\s+", gap):
                return m.actor
            if ACTOR_KINDS.get(m.actor or "") != "state" and re.fullmatch(
                    r"(?:\s*\([^()]{1,15}\))?\s+of\s+(?:the\s+(?:[a-z-]+\s+){1,2})?", gap):
                return m.actor
        return None

    def _owner_before(self, title: str, at: int) -> str | None:
        """The body "the group's", "the alliance's", "the movement's" in a title at ``at``
        stands for: of the bodies (no state, no international organisation) named in the
        600 characters before, the one the text calls so ("The Sudan Revolutionary Front
        (SRF), an alliance of ..."), else the one whose name has the word, else the last
        ("JEM was equally blunt. '...,' Ahmed Tugod, the group's chief negotiator, said")."""
        owner = _OWNER.match(title)
        if owner is None:
            return None
        word = owner.group(1).lower().rstrip("s")
        near = [m for m in self.actor_mentions if m.actor and at - 600 <= m.start and m.end <= at
                and ACTOR_KINDS.get(m.actor) != "state" and m.actor not in THIRD_PARTIES]
        called = [m for m in near if re.match(
            r"(?:\s*\([^)]{1,15}\))?,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?" + re.escape(word),
            self.text[m.end:m.end + 60], re.IGNORECASE)]
        named = [m for m in near if word in self._name(m.actor or "").lower()]
        for found in (called, named, near):
            if found:
                return found[-1].actor
        return None

    def _named_for(self, title: str) -> str | None:
        """The one actor of the text whose name holds the place a title names ("Bougainville's
        attorney-general" -> the Autonomous Bougainville Government)."""
        owner = re.match(r"(?:the\s+)?([A-Z][\w-]+)(?:'s|’s)\s", title)
        if owner is None or owner.group(1).lower() in TITLE_WORDS:
            return None
        word = owner.group(1)
        named = {m.actor for m in self.actor_mentions if m.actor and re.search(
            r"\b" + re.escape(word) + r"\b", self._name(m.actor))}
        return named.pop() if len(named) == 1 else None

    def _government(self) -> str | None:
        """The state "the government" speaks for where the text never says whose: the state
        named most often, when it is no mediator and named more often than any other."""
        states = Counter(m.actor for m in self.actor_mentions
                         if ACTOR_KINDS.get(m.actor or "") == "state"
                         and not self.found.mediator[m.actor or ""])
        return _most_of_all(states)

    def _full_name(self, name: str) -> str:
        """The person a name stands for: the full name a surname alone stands for, even one
        introduced only later ("Bello said ..." before "Silvestre Bello III")."""
        if name in self.people and (" " in name or name not in self.surnames):
            return name
        last = name.split()[-1]
        return self.surnames.get(last) or self.given.get(last) or name

    def _generic_side(self, title: str) -> str | None:
        """The side of "the rebel negotiator", "the opposition", "the movement": the one
        movement the text names (:meth:`_movement`)."""
        if _GENERIC_GROUP.search(title) or re.fullmatch(
                r"(?:the\s+)?(?:movement|front|coalition|alliance|group)", title, re.IGNORECASE):
            return self._movement(self.actor_mentions, self.found.mediator)
        return None

    def _actor_in(self, text: str) -> str | None:
        return _first_actor(text, self.local)

    def _name(self, actor: str) -> str:
        return ACTOR_NAMES.get(actor) or self.local.names.get(actor, actor)

    def _side_of(self, name: str) -> str | None:
        person = self.people.get(name)
        return person.side if person else None

    def _by_title(self, title: str, before: int | None = None) -> Person | None:
        """The person a bare title refers to: the last one named before ``before`` whose
        title has its head word ("the prime minister"), or, for a generic head ("the Serbian
        leader"), the last one named of the side the title names; else the last such person
        in the whole text."""
        heads = [w.lower() for w in title.split() if w.lower() in TITLE_WORDS]
        if not heads:
            return None
        key = " ".join(heads[-2:])
        offices = _HEAD_OF.get(key, {heads[-1]})
        actor = self._actor_in(title)
        named: list[str] = []
        for m in self.mentions:
            if m.person and before is not None and m.end <= before:
                name = self._full_name(m.text)
                if name in named:
                    named.remove(name)
                named.append(name)
        earlier = [self.people[n] for n in named if n in self.people]
        # "the head of state": first the person the text called so ("the head of state,
        # Laurent Gbagbo"), then the last president, king or emir named
        phrase = key.replace(" ", " of ") if key in _HEAD_OF else None
        for order in (earlier, list(self.people.values())):
            held = [p for p in reversed(order) if phrase and phrase in p.title.lower()]
            held += [p for p in reversed(order) if offices & set(p.title.lower().split())]
            for person in held:
                if actor is None or person.side == actor:
                    return person
            if actor is not None and heads[-1] in _GENERIC_HEADS:
                for person in reversed(order):
                    if person.side == actor:
                        return person
        return None

    def _recent_title_only(self, title: str, start: int, titled: Person | None
                           ) -> tuple[str, str, str | None] | None:
        """The official named by title only just before, whom a bare title at ``start``
        refers back to ("A senior Israeli official said ... The official said"), when no
        person of that title (``titled``, :meth:`_by_title`) was named since: speaker,
        title and side."""
        last = self.title_only
        words = title.lower().split()
        if last is None or last[0] > start or not words or self._actor_in(title) is not None:
            return None
        if words[-1] not in last[1].lower().split() or not re.fullmatch(
                r"(?:the\s+)?(?:[a-z-]+\s+)?[a-z-]+", title, re.IGNORECASE):
            return None
        if titled is not None and any(
                m.person and last[0] <= m.start < start and self._full_name(m.text) == titled.name
                for m in self.mentions):
            return None
        return last[1], last[1], last[2]
