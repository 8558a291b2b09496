"""Open-vocabulary actors: the movements, coalitions, parties and organisations a text names
that the gazetteer does not know.

News copy introduces such actors in a few fixed ways, and the reader takes each of them as
a candidate for the one document it reads:

- **A long name with its acronym**: "the Free Aceh Movement (GAM)". The two forms are one
  actor: id the acronym lower-cased (``gam``), name the long name; "GAM" alone, "GAM's" and
  "GAM negotiators" are later mentions of it.
- **A capitalised noun phrase headed by an organisation word**: "the National Democratic
  Alliance", "the Movement for Democratic Change", "the Crisis Management Initiative" (heads
  in :data:`HEADS`); id a slug of the name without "the". A state's own bodies ("the
  Indonesian Armed Forces", "Russian Security Council") stay the state's.
- **An acronym the recogniser tags as an organisation**, or one used as a side's name
  ("an ONLF spokesman", "ONLF's leader").

News agencies (Reuters, AFP, AP, ...) are never actors. Forms the gazetteer knows keep
its id. Which of these actors are parties or mediators is decided by the same role rules as
for the gazetteer's (:mod:`zopa.evidence.roles`).

>>> local = find_local_actors("The Northern Liberation Front (NLF) and the National Democratic "
...                           "Alliance met. An NLF spokesman spoke.", [])
>>> sorted(local.names)
['national-democratic-alliance', 'nlf']
>>> local.first_actor("an NLF spokesman"), sorted(local.movements)
('nlf', ['national-democratic-alliance', 'nlf'])
>>> find_local_actors("The head of the rebels' Supreme Political Council spoke.", []).names
{}
>>> find_local_actors("The Northern Salvation Front, or NAS, signed.", []).names
{'nas': 'Northern Salvation Front'}
>>> find_local_actors("Talks with the Hijos del Valle, a dissident rebel faction, ended.", []).names
{'hijos-del-valle': 'Hijos del Valle'}
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from .gazetteer import (
    ACTOR_KINDS,
    ACTOR_NAMES,
    ALIASES,
    OFFICIALS,
    REGIONS,
    SURFACES,
    THIRD_PARTIES,
    TITLE_WORDS,
    surfaces_in,
    words,
)
from .issues import slug

__all__ = ["HEADS", "MEDIA", "LocalActors", "actor_id", "find_local_actors", "formal_state"]

#: Head words of the names of organisations, movements and parties.
HEADS = words("""movement movements front party parties alliance coalition platform council
forces army group initiative commission coordination committee brigades brigade league
congress organisation organization centre center foundation union federation militia
network institute community junta government church framework conference house
international""")
#: Heads of the names of sides that "the rebels", "the opposition" or "the movement" may
#: stand for.
MOVEMENT_HEADS = words("""movement front party alliance coalition platform forces army
brigades brigade militia group congress union league council coordination junta""")
#: Names of aid agencies, rights groups, think tanks and markets: never a side.
_BYSTANDER = re.compile(r"\b(?:refugees?|relief|humanitarian|aid|health|rights|watch|crisis group|"
                        r"red crescent|red cross|food|children|doctors|amnesty|medical|"
                        r"development|research|studies|policy|exchange|chamber|bank|"
                        r"institute|university|press|media|news)\b", re.IGNORECASE)
#: News agencies and outlets: sources of the text, never actors in it.
MEDIA = words("""reuters afp ap bbc cnn tass xinhua ria interfax anadolu bloomberg dpa efe
ansa kyodo yonhap irna sana wafa mena bernama pti ani nhk""") | {
    "al jazeera", "al arabiya", "associated press", "agence france-presse",
    "agence france presse", "press association", "ria novosti", "the associated press"}
#: Words that, after a state's name or demonym, make a body of that state ("Indonesian
#: Armed Forces", "the Australian High Commission", "the Algerian Council of the
#: Revolution"), not an actor of its own.
_STATE_BODY = words("""armed forces army navy air force government military security council
ministry cabinet parliament police defence defense self-defense self-defence national
guard federal border high commission embassy consulate presidency revolution revolutionary
command supreme assembly senate congress legislature intelligence service house
representatives commons lords""")
#: The words of a state's security organs, which are no side of their own.
_FORCE_WORDS = words("""security defence defense intelligence ministry army navy police forces
military guard""")
#: Capitalised words that open a sentence or a run without naming anything.
_OPENERS = words("""the a an on in at by for from with after before during since and but
or of to as if when while this that these those its his her their our former then
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december mr mrs ms dr both all some many
several""")
_CONNECTORS = {"of", "for", "the", "and", "de", "del", "la", "des", "du", "el", "al", "in",
               "pour", "et", "y", "to"}
_CAP = r"[A-Z](?:[\w'’&-]|\.(?=\w))*"
_CONN = r"(?:of|for|the|and|de|del|la|des|du|el|al|in|pour|et|y|to|toward|towards|against)"
#: A run of capitalised words, with connectors inside ("Front for the Liberation of ...").
_RUN = re.compile(rf"(?<![\w'’-]){_CAP}(?:[ ](?:{_CONN}[ ])*{_CAP})*")
_ACRONYM = r"[A-Z][A-Za-z0-9]*[A-Z0-9](?:-[A-Za-z0-9]+)*"
#: "Long Name (ACR)", the acronym also mixed-case and syllabic ("(Frodebu)", :func:`_syllabic`),
#: or "Long Name, or ACR," (group 3).
_DEFINED = re.compile(rf"({_CAP}(?:[ ](?:(?:{_CONN}|on)[ ])*{_CAP}){{0,9}})(?:\s+"
                      rf"\(({_ACRONYM}|[A-Z][a-z]{{2,9}})\)|,\s+or\s+([A-Z][A-Z0-9-]*[A-Z0-9])"
                      r"(?=[,.;:]|\s))")
#: ("RCD-Goma", "SPLM-IO": an acronym and the faction's place or letters).
_BARE_ACRONYM = re.compile(r"(?<![\w'’.-])([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,6}|-[A-Z][a-z]{2,12})?)"
                           r"(?![\w-]|\.\w)")  # "for IGNU." ends a sentence; "U.N" is none
#: How a bare acronym is used when it names a side: "GAM's", "an ONLF spokesman", "the
#: FUNCINPEC movement", "VMRO-DPMNE would never accept".
_SIDE_USE = re.compile(r"\s*(?:'s|’s|\s+(?:spokes\w+|negotiat\w+|leaders?|officials?|"
                       r"delegat\w+|fighters|rebels|commanders?|chief|chairman|members?|"
                       r"representatives?|said|says|told|agreed|signed|insists?|rejected|"
                       r"movement|party|front|alliance|coalition|faction|bloc|militia|"
                       r"guerrillas|would|will|has|had|refused|accepted|demanded)\b)")
#: Words after a bare acronym that make it a movement: "the X movement", "X rebels".
_MOVEMENT_USE = re.compile(r"\s+(?:movement|party|front|alliance|coalition|faction|bloc|militia|"
                           r"guerrillas|fighters|rebels|commanders?)\b")
#: A side's word before a bare acronym: "the ruling VMRO-DPMNE", "the opposition SDSM".
_SIDE_BEFORE = re.compile(r"\b(?:ruling|governing|opposition|royalist|rebel|separatist|"
                          r"nationalist|islamist|militant|insurgent|guerrilla|junior|armed)\s+$",
                          re.IGNORECASE)
#: A name, then a lower-case organisation word: "the governing March 14 alliance", "the
#: royalist FUNCINPEC movement" (group 1 the name: an acronym, a name with a number, or
#: two capitalised words).
_NAMED_HEAD = re.compile(r"\b[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,2}?((?:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?"
                         r"|[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|(?:[A-Z][\w'’]+\s+)?"
                         r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?))"
                         r"\s+(movement|alliance|coalition|front|party|bloc|militias?|factions?)\b")
#: Words for a people, a faith or a creed before a name ("the Shiite Amal movement", "the
#: Islamist Ennahda party") or instead of one ("the Kurdish party", "the Socialist party").
_CREEDS = words("""shiite shi'ite shia sunni christian maronite druze alawite islamist
muslim catholic protestant orthodox jewish hindu buddhist sikh kurdish tamil hutu tutsi arab
berber pashtun tajik uzbek hazara communist socialist liberal conservative nationalist
unionist loyalist republican democratic green greens left leftist right rightist centre
center centrist opposition ruling royalist monarchist separatist secular religious
moderate radical hardline militant maoist marxist ethnic tribal""")
#: An adverb of degree before a creed that describes a body: "the mainly Catholic ...".
_DEGREE = re.compile(r"\b(?:mainly|mostly|largely|predominantly|overwhelmingly|chiefly)\s+$",
                     re.IGNORECASE)

#: A side's own body: "the rebels' Supreme Political Council", "the movement's Leadership
#: Council" are organs of a side named otherwise, no actors of their own.
_ORGAN_OF = re.compile(r"\b(?:rebels|insurgents|militants|fighters|guerrillas|movement|group|"
                       r"militia|front|junta)(?:'s|’s|'|’)\s+$", re.IGNORECASE)
#: A name the appositive after it calls a side: "the Comuneros del Sur, a dissident ELN
#: faction,", "Fano, an Amhara militia," (group 1 the name).
_CALLED_SIDE = re.compile(rf"(?<![\w'’-])({_CAP}(?:[ ](?:{_CONN}[ ])*{_CAP}){{0,5}}),\s+(?:a|an)\s+"
                          r"(?:(?!of\b|for\b)[\w'’-]+\s+){0,4}?(?:faction|group|movement|militia|"
                          r"party|alliance|coalition|front|rebel\s+group|armed\s+group)"
                          r"(?=[,.;]|\s+(?:that|which|who|based|led|backed|allied|fighting)\b)")
#: Plural names of political parties, enough for a name with its acronym ("Free Democrats
#: (FDP)").
_PARTY_WORDS = words("""democrats republicans socialists greens liberals conservatives
unionists nationalists communists""")
#: A party named by its plural alone: "the Greens", "the Liberals".
_PLURAL_PARTY = re.compile(r"\bthe\s+(" + "|".join(w.capitalize() for w in sorted(_PARTY_WORDS))
                           + r")\b")
_ROMAN = re.compile(r"[IVXLC]+")
_NOT_ACRONYMS = words("""ok tv pm am gmt utc ceo ngo ngos id gdp vip faq usd eur km mph
covid sms pdf""")


@dataclass
class LocalActors:
    """The actors one document names beyond the gazetteer: each surface form (as written)
    to its actor id, the display names of the new ids, and which of them are movements."""

    surfaces: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    movements: set[str] = field(default_factory=set)
    #: aid agencies, rights groups and analysts' institutes: never parties.
    bystanders: set[str] = field(default_factory=set)
    #: acronym -> long name, for the forms "Long Name (ACR)" read as one mention.
    defined: dict[str, str] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """A regex over every local surface form, longest first (case-sensitive)."""
        if self._pattern is None and self.surfaces:
            forms = sorted(self.surfaces, key=len, reverse=True)
            self._pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms))
                                       + r")(?![\w]|-[A-Z0-9])")
        return self._pattern

    def first_actor(self, text: str) -> str | None:
        """The first local actor ``text`` names."""
        pattern = self.pattern
        found = pattern.search(text) if pattern is not None else None
        return self.surfaces[found.group(0)] if found else None

    def forget(self) -> None:
        """Drop the compiled pattern after the surfaces change."""
        self._pattern = None

    def add(self, form: str, actor: str, name: str | None = None) -> None:
        """Read ``form`` as ``actor``; ``name`` makes it a new actor of that name."""
        if form.lower() in SURFACES:
            return  # the gazetteer's own form: the reader finds it already
        self.surfaces.setdefault(form, actor)
        if name is not None and actor not in ACTOR_KINDS:
            self.names.setdefault(actor, name)
            if _BYSTANDER.search(name):
                self.bystanders.add(actor)
            elif set(name.lower().split()) & MOVEMENT_HEADS:
                self.movements.add(actor)
        self._pattern = None


def _described(piece: str, text: str, start: int) -> str:
    """A name without the creed an adverb before it describes: "the mainly Catholic Social
    Democratic and Labour Party" is the Social Democratic and Labour Party."""
    first, _, rest = piece.partition(" ")
    if rest and first.lower() in _CREEDS and _DEGREE.search(text, max(0, start - 20), start):
        return rest
    return piece


def actor_id(name: str) -> str:
    """An actor's id: its whole name's slug, however long ("international-organisation-of-
    la-francophonie"), as the scenario format's ids and an answer key's are."""
    return slug(name, limit=None)


def _known(form: str) -> str | None:
    """The gazetteer actor a form names: as a surface, or as the end of one ("Security
    Council" for the UN Security Council)."""
    low = form.lower().replace("’", "'")
    # (the gazetteer knows every form in both spellings, "Organisation" and "Organization")
    return SURFACES.get(low) or _SUFFIXES.get(low)


#: Words that many movements' names share: a name's end made of these alone ("Democratic
#: Party", "Liberation Front") names none of them.
_GENERIC = HEADS | _CONNECTORS | words("""democratic national people's popular patriotic
liberation freedom islamic united revolutionary socialist republican unity progressive
justice change development peace new free independent allied armed forces""")
_SUFFIXES: dict[str, str] = {}
for _form, _actor in SURFACES.items():
    _words = _form.split()
    for _k in range(1, len(_words) - 1):
        if set(_words[_k:]) - _GENERIC:
            _SUFFIXES.setdefault(" ".join(_words[_k:]), _actor)


#: Words for people or talks that open a run without naming the actor ("Leaders of the
#: Southern Front", "Talks with the People's Party").
_PEOPLE = (TITLE_WORDS - HEADS) | words("""members supporters fighters representatives talks
negotiations envoys delegates troops""")
#: Possessives that are part of names ("People's Democratic Party", "Workers' Party").
_COLLECTIVE = {"people's", "peoples'", "workers'", "women's", "citizens'", "nations'",
               "farmers'", "patriots'", "students'", "veterans'", "peasants'", "youths'"}
#: Words after a head that continue a name ("Movement for Democratic Change").
_OF = {"of", "for", "pour", "de", "du", "des", "la", "del", "in", "to", "toward", "towards",
       "against"}
#: A qualifier before a name, not part of it: "Kurdish-led", "U.S.-backed".
_QUALIFIER = re.compile(r"[\w.'’]+-(?:led|backed|based|supported|allied|aligned|brokered|"
                        r"sponsored|dominated|controlled|run)")


def _trim(run: str) -> str:
    """A name from a run of capitalised words: openers ("On Sunday the") and a possessor
    ("Sudan's") cut from the front, connectors from both ends."""
    parts = run.split(" ")
    k = 0
    for i, w in enumerate(parts):
        if w.endswith(("'s", "’s", "s'")) and w.lower().replace("’", "'") not in _COLLECTIVE:
            k = i + 1
    parts = parts[k:]
    # "the All Africa Conference of Churches", "the All Parties Hurriyat Conference": "All"
    # opens the name itself
    whole = (len(parts) >= 3 and parts[0] == "All" and parts[1][:1].isupper()
             and any(w.lower() in HEADS for w in parts[2:]))
    while parts and not whole and (parts[0].lower() in _OPENERS or parts[0].lower() in _CONNECTORS
                     or _QUALIFIER.fullmatch(parts[0]) or (
                         parts[0].lower() in _PEOPLE and len(parts) > 1
                         and parts[1].lower() in _CONNECTORS)):
        parts = parts[1:]
    heads = [i for i, w in enumerate(parts) if w.lower() in HEADS]
    of = parts.index("of") if "of" in parts else -1
    if 2 <= of < (heads[0] if heads else -1) and len(parts) > of + 2 and not any(
            w.lower() in SURFACES or w.lower() in TITLE_WORDS for w in parts[:of]):
        # "Etienne Tshisekedi of the Union for Democracy and Social Progress": the person
        # is no part of the name
        parts = parts[of + 2:] if parts[of + 1].lower() == "the" else parts[of + 1:]
        heads = [i for i, w in enumerate(parts) if w.lower() in HEADS]
    if heads and heads[-1] + 1 < len(parts) and parts[heads[-1] + 1].lower() not in _OF:
        if parts[heads[-1]].lower() == "international" and (
                parts[heads[-1] + 1].lower() not in TITLE_WORDS):
            return ""  # "Jomo Kenyatta International Airport": no body named International
        # "European Commission President Jean-Claude Juncker": the name ends at its head
        parts = parts[:heads[-1] + 1]
    while parts and parts[-1].lower() in _CONNECTORS:
        parts = parts[:-1]
    place = parts[-1].lower().rstrip(".,") if parts else ""
    if (len(parts) >= 4 and parts[-2] == "in" and place in SURFACES
            and ACTOR_NAMES.get(SURFACES[place], "").lower() != place):
        # "the World Council of Churches in Geneva": the city it sits in ("the Front for
        # Democracy in Burundi" names its state)
        parts = parts[:-2]
    return " ".join(parts).rstrip(".,")


#: A side's generic name, which joins no name with "and".
_BARE_SIDES = {"government", "the government", "opposition", "the opposition", "army",
               "the army", "rebels", "the rebels"}


def _pieces(run: str) -> list[str]:
    """A run split where it joins two names: "X and the Y", or a known actor and a name
    ("Togo and the Alliance ...", "Chad and Front ...")."""
    pieces = re.split(r" and the ", run)
    out: list[str] = []
    for piece in pieces:
        head, sep, rest = piece.partition(" and ")
        last = head.rsplit(" ", 1)[-1]
        known = _known(last)
        if known is not None and " of " in f" {head} " and last.lower() != ACTOR_NAMES.get(
                known, "").lower():
            known = None  # "Community of Latin American and Caribbean States": one name
        if sep and (known is not None or head.lower() in _BARE_SIDES):
            # "Government and Liberation and Justice Movement sign ..." (a headline)
            out += [head, rest]
        else:
            out.append(piece)
    return out


def _organisation_before(parts: list[str]) -> str | None:
    """The gazetteer organisation a name opens with ("OSCE" in "OSCE Minsk Group")."""
    for n in (3, 2, 1):
        actor = SURFACES.get(" ".join(parts[:n]).lower())
        if len(parts) > n and actor is not None and ACTOR_KINDS.get(actor) == "group":
            return actor
    return None


def _state_body(name: str, *, alone: bool = False) -> bool:
    """Whether a name is a state's own body: a state surface (or its possessive: "Thailand's
    National Security Council"), then generic words; or, with ``alone``, generic words alone
    naming a security organ ("the Supreme National Security Council"), of a state the text
    names otherwise (a known organisation's, "the Security Council", is read before this).

    >>> [_state_body(n, alone=True) for n in ("Thailand's National Security Council",
    ...                           "Supreme National Security Council", "National Liberation Front")]
    [True, True, False]
    """
    parts = re.sub(r"['’]s\b", "", name.lower()).split()
    parts = parts[1:] if parts[:1] == ["the"] else parts
    if alone and len(parts) >= 2 and all(w in _STATE_BODY or w in _CONNECTORS for w in parts) and (
            set(parts) & _FORCE_WORDS):
        return True  # (not "the House of Representatives", a side where a state is split)
    for n in (3, 2, 1):
        head = " ".join(parts[:n])
        if len(parts) > n and ACTOR_KINDS.get(SURFACES.get(head, "")) == "state":
            return all(w in _STATE_BODY or w in _CONNECTORS for w in parts[n:])
    return False


#: Words of a state's formal name or of its government's: "the Royal Government of
#: Cambodia", "the Government of the Federal Democratic Republic of Ethiopia".
_FORMAL = words("""government federal transitional interim royal central new national
republic democratic kingdom people's socialist islamic united state states union
provisional caretaker military sovereign council junta supreme soviet assembly
parliament""")
#: Heads of a state's ruling bodies: "the Transitional Military Council of the Republic of
#: Chad" is Chad's, "the Supreme Council of Armenia" (its parliament) Armenia's.
_RULING = words("government council junta soviet assembly parliament")


def formal_state(name: str) -> str | None:
    """The state a formal name names, when its words before the state's are formal ones
    ("Republic of the Gambia", "Federal Democratic Republic of Ethiopia"), else None.

    >>> formal_state("Republic of the Gambia"), formal_state("Republic of Narnia")
    ('gambia', None)
    >>> formal_state("Government of Sudan") is None  # a government, not the state's name
    True
    """
    parts = name.split()
    for k in range(1, len(parts)):
        actor = SURFACES.get(" ".join(parts[k:]).lower())
        if actor is not None and ACTOR_KINDS.get(actor) == "state":
            head = [w.lower() for w in parts[:k]]
            if head[-1] in ("of", "the") and all(
                    w in _CONNECTORS or (w in _FORMAL and w not in _RULING) for w in head):
                return actor
    return None


def _government_of(name: str) -> str | None:
    """The state whose government ``name`` is, "" for a state's government unnamed ("the
    Federal Government"), None for any other name ("Government of National Accord").

    >>> _government_of("Royal Government of Cambodia"), _government_of("Federal Government")
    ('cambodia', '')
    >>> _government_of("Government of National Accord") is None
    True
    >>> _government_of("Transitional Military Council of the Republic of Chad")
    'chad'
    >>> _government_of("Security Council") is None
    True
    >>> _government_of("Supreme Council of Armenia"), _government_of("National Assembly")
    ('armenia', '')
    """
    parts = [w for w in name.lower().split() if w not in _CONNECTORS]
    if not set(parts) & _RULING:
        return None
    states = {SURFACES[w] for w in parts if ACTOR_KINDS.get(SURFACES.get(w, "")) == "state"}
    if len(states) > 1 or any(w not in _FORMAL and SURFACES.get(w) not in states for w in parts):
        return None
    return states.pop() if states else ""


def _joint(name: str) -> bool:
    """Whether a name is two known actors' joined by a hyphen ("UN-Arab League"): both are
    read from the gazetteer (:func:`zopa.evidence.gazetteer.surfaces_in`), not one new name.

    >>> _joint("UN-Arab League"), _joint("Sudan-Abdel Front")
    (True, False)
    """
    if "-" not in name:
        return False
    found = list(surfaces_in(name))
    return len(found) >= 2 and not re.sub(r"[\s-]", "", "".join(
        name[a.end():b.start()] for a, b in pairwise(found))) and (
        found[0].start() == 0 and found[-1].end() == len(name))


def _acceptable(name: str) -> bool:
    if _joint(name):
        return False
    low = name.lower()
    parts = low.split()
    if "conference" in parts and not set(parts) & (HEADS - {"conference"}) and (
            len(parts) < 3 or any(w in SURFACES or w in REGIONS for w in parts)):
        return False  # "the Minsk Conference", "the Geneva Peace Conference": a meeting
    return (len(parts) >= 2 and low not in REGIONS and low not in MEDIA
            and not any(w in MEDIA for w in parts[:1]) and not _state_body(name)
            and sum(1 for w in parts if w not in HEADS and w not in _CONNECTORS) >= 1)


def find_local_actors(text: str, entities: Iterable[tuple[int, int, str, str]]
                      ) -> LocalActors:
    """The document's actors beyond the gazetteer, from its text and the recogniser's
    ``entities`` (start, end, label, text)."""
    local = LocalActors()
    for m in _DEFINED.finditer(text):
        name, acronym = _trim(_pieces(m.group(1))[-1]), m.group(2) or m.group(3)
        if m.group(3) and not (set(name.lower().split()) & HEADS and name[:1] == acronym[:1]):
            continue  # "the Justice and Equality Movement, or JEM,", not "Kenya, or KDF"
        if not name or acronym.lower() in _NOT_ACRONYMS or (
                acronym.lower() in MEDIA and not set(name.lower().split()) & HEADS):
            continue  # "(AFP)" is the agency, "Democratic Party of Albanians (DPA)" a party
        if acronym[1:].islower() and (acronym.lower() in SURFACES
                                      or not _syllabic(acronym, name)):
            continue  # "(Tanzania)" is no acronym, "(Frodebu)" is
        known = _known(acronym) or _known(name)
        if known is not None and _known(acronym) is None and _other_acronym(known, acronym):
            known = None  # "National Liberation Army (NLA)" in Macedonia is not the ELN
        if known is not None:
            for form in (acronym, name):
                if _known(form) is None and (form is acronym or " " in form):
                    local.add(form, known)
            continue
        if not (set(name.lower().split()) & (HEADS | _PARTY_WORDS)) and not any(
                label == "ORG" and a <= m.start(1) + m.group(1).find(name) < b
                for a, b, label, _ in entities):
            continue
        if (len(name.split()) < 2 and not name.isupper()) or _state_body(name, alone=True):
            continue  # "the Supreme National Security Council (SNSC)": a state's organ
        actor = acronym.lower()
        local.add(acronym, actor, name)
        local.add(name, actor)
        local.defined[acronym] = name
    runs = list(_RUN.finditer(text))
    for m in runs:
        _owned_organ(local, m.group(0))
    for name in (_trim(_described(p, text, m.start())) for m in runs for p in _pieces(m.group(0))
                 if not _ORGAN_OF.search(text, max(0, m.start() - 30), m.start())):
        parts = name.split()
        heads = [i for i, w in enumerate(parts) if w.lower() in HEADS]
        for h in heads:
            if h + 1 < len(parts) and _known(" ".join(parts[:h + 1])) is not None:
                # "Libyan National Army of Khalifa Haftar": the gazetteer's actor, then more
                name, parts = " ".join(parts[:h + 1]), parts[:h + 1]
                break
        if not heads or name in local.surfaces or not _acceptable(name):
            continue
        if len(parts) > 8:
            continue
        known = _known(name)
        if known is not None:
            local.add(name, known)
            continue
        if _state_body(name, alone=True):
            continue  # a state's organ: "Thailand's National Security Council"
        if any(" ".join(parts[k:]).lower() in SURFACES and (
                parts[k - 1].lower() in ("of", "the") or all(
                    w.lower().removesuffix("'s").removesuffix("’s") in SURFACES
                    for w in parts[:k]))
                for k in range(1, len(parts) - 1)):
            # "Kurdish Syrian Democratic Forces", "the Supreme Council of the Nagorno-Karabakh
            # Republic": the gazetteer's actor; but the "Southern Sudan Liberation Movement"
            # is not the Sudan Liberation Movement
            continue
        owner = _organisation_before(parts)
        if owner is not None:
            local.add(name, owner)  # "the OSCE Minsk Group", "IGAD Council of Ministers"
            continue
        if any(name in f or f in name for f in local.defined.values()):
            continue
        state = _government_of(name)
        if state == "":
            # "the Transitional Military Council" after its full name with the state's
            state = next((local.surfaces[f] for f in local.surfaces
                          if f.startswith(name + " ") and _government_of(f)), "")
        if state is not None:
            if state:
                local.add(name, state)
            continue
        local.add(name, actor_id(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)), name)
    people = [(a, b) for a, b, label, _ in entities if label == "PERSON"]
    for m in _CALLED_SIDE.finditer(text):
        name = _trim(m.group(1))
        start = m.start(1) + m.group(1).find(name)
        if (name and name not in local.surfaces and _known(name) is None
                and not any(a <= start < b for a, b in people)
                and not _state_body(name) and name.lower() not in MEDIA
                and not any(w in SURFACES or w in _OPENERS for w in name.lower().split()[:1])):
            actor = actor_id(name)
            if actor and actor not in ACTOR_KINDS:
                local.add(name, actor, name)
                if actor not in local.bystanders:
                    local.movements.add(actor)
    for m in _NAMED_HEAD.finditer(text):
        _named_by_head(local, m.group(1), m.group(2))
    for m in _PLURAL_PARTY.finditer(text):
        local.add(m.group(1), actor_id(m.group(1)), m.group(1))
    tagged = {t for _, _, label, t in entities if label == "ORG"}
    for m in _BARE_ACRONYM.finditer(text):
        form = m.group(1)
        low = form.lower()
        if (form in local.surfaces or _known(form) is not None or low in MEDIA
                or low in _NOT_ACRONYMS or _ROMAN.fullmatch(form) or len(form) < 2
                or sum(c.isalpha() for c in form) < 2):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start:m.start()].strip():
            continue  # a dateline's city ("HELSINKI, July 17") or a heading
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if sum(c.isupper() for c in line) > 0.8 * sum(c.isalpha() for c in line):
            continue  # a headline in capitals: "TRUCE SIGNED IN KOREA."
        long = _spelled_out(form, local)
        if long is not None:
            _rename(local, long, form)
        elif (form in tagged or _SIDE_USE.match(text, m.end())
              or _SIDE_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            local.add(form, low, form)
            if _SIDE_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _MOVEMENT_USE.match(
                    text, m.end()):
                local.movements.add(low)  # "the ruling X", "the X movement", "X fighters"
    _merge_prefixes(local)
    return local


#: The heads of an organisation's own organs: "the OSCE's Minsk Group".
_ORGAN_HEADS = words("group council committee commission mission panel secretariat troika")


def _owned_organ(local: LocalActors, run: str) -> None:
    """An organ named after its organisation's possessive is the organisation: "the
    Organization for Security and Cooperation in Europe's Minsk Group" is the OSCE, there
    and wherever the text later names "the Minsk Group".

    >>> local = LocalActors()
    >>> _owned_organ(local, "Organization for Security and Cooperation in Europe's Minsk Group")
    >>> _owned_organ(local, "Sudan's Sovereign Council")
    >>> _owned_organ(local, "UNITA's Management Commission")
    >>> local.surfaces
    {'Minsk Group': 'osce'}
    """
    owner, sep, rest = run.replace("’", "'").partition("'s ")
    if not sep or "'s " in rest:
        return
    actor = _known(re.sub(r"^(?:the|The)\s+", "", owner))
    name = _trim(rest)
    if (actor not in THIRD_PARTIES or len(name.split()) < 2
            or name.split()[-1].lower() not in _ORGAN_HEADS or _known(name) is not None):
        return
    local.add(name, actor)


def _named_by_head(local: LocalActors, name: str, head: str) -> None:
    """A side named before a lower-case organisation word ("the governing March 14
    alliance", "the royalist FUNCINPEC movement"): id the name's slug, a movement; a name
    the gazetteer knows, or a state's or region's ("the Syrian Kurdish party"), is no new
    actor.

    >>> local = LocalActors()
    >>> _named_by_head(local, "March 20", "coalition")
    >>> _named_by_head(local, "Syrian Kurdish", "party")
    >>> _named_by_head(local, "Sunni Wifaq", "movement")
    >>> _named_by_head(local, "Islamist", "movement")
    >>> local.surfaces
    {'March 20 coalition': 'march-20', 'Wifaq movement': 'wifaq', 'Wifaq': 'wifaq'}
    >>> sorted(local.movements)
    ['march-20', 'wifaq']
    """
    if name.lower() in OFFICIALS:
        local.add(f"{name} {head}", OFFICIALS[name.lower()])  # "the Minawi faction"
        return
    parts = name.lower().split()
    if len(parts) == 2 and parts[0] in _CREEDS:
        name, parts = name.split()[1], parts[1:]  # "the Shiite Amal movement"
    if parts[-1] in _CREEDS or len(name) < 3:
        return
    if (_known(name) is not None or _known(f"{name} {head}") is not None or name.lower() in MEDIA
            or name.lower() in _NOT_ACRONYMS
            or any(w in SURFACES or w in REGIONS or w in TITLE_WORDS for w in parts)
            or (parts[0] in _OPENERS and not re.search(r"\d", name))):
        return
    if name.isupper() and (_ROMAN.fullmatch(name) or sum(c.isalpha() for c in name) < 2):
        return
    actor = actor_id(name)
    if not actor or actor in ACTOR_KINDS:
        return
    for form in (f"{name} {head}", name) if not re.search(r"\d", name) else (f"{name} {head}",):
        local.add(form, actor, name)
    local.movements.add(actor)


def _other_acronym(actor: str, acronym: str) -> bool:
    """Whether the gazetteer knows ``actor`` by a short form unlike ``acronym``: the long
    name is then another movement's of the same words ("National Liberation Army (NLA)"
    against Colombia's ELN), not a spelling of it ("(FARC-EP)" is FARC's).

    >>> _other_acronym("eln", "NLA"), _other_acronym("farc", "FARC-EP")
    (True, False)
    >>> _other_acronym("slm", "SLA")  # another acronym of the same actor (ALIASES)
    False
    """
    low = acronym.lower()
    if ALIASES.get(low) == actor:
        return False  # "Sudan Liberation Army (SLA)": the SLM's other acronym
    shorts = [f for f, a in SURFACES.items() if a == actor and " " not in f and len(f) <= 8]
    return bool(shorts) and not any(low.startswith(f) or f.startswith(low) for f in shorts)


def _merge_prefixes(local: LocalActors) -> None:
    """An acronym alone that opens a longer one ("CSP" and "CSP-PSD") is the same actor,
    unless the text spells it out as an actor of its own."""
    for short in [a for a, n in local.names.items() if n.lower() == a]:
        longer = [a for a in local.names if a.startswith(short + "-")]
        if len(longer) == 1:
            for form, actor in list(local.surfaces.items()):
                if actor == short:
                    local.surfaces[form] = longer[0]
            del local.names[short]
            local.movements.discard(short)
            local.bystanders.discard(short)
            local.forget()


def _syllabic(word: str, name: str) -> bool:
    """Whether a mixed-case word is a name's syllabic acronym: pieces of its letters, each
    the start of another word of the name, the first piece the first word's ("Frodebu" for
    the Front for Democracy in Burundi, "Uprona" for the Union for National Progress, whose
    French word order it keeps).

    >>> _syllabic("Frodebu", "Front for Democracy in Burundi"), _syllabic("Tanzania", "Front")
    (True, False)
    """
    parts = [w.lower() for w in name.split() if w.lower() not in _CONNECTORS]

    def split(rest: str, left: list[str]) -> bool:
        return not rest or any(rest.startswith(w[:n]) and split(rest[n:], left[:i] + left[i + 1:])
                               for i, w in enumerate(left) for n in range(1, len(w) + 1))

    low = word.lower()
    return len(parts) >= 2 and any(low.startswith(parts[0][:n]) and split(low[n:], parts[1:])
                                   for n in range(1, len(parts[0]) + 1))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _CONNECTORS).upper()


def _spelled_out(acronym: str, local: LocalActors) -> str | None:
    """The document's one new actor whose initials are ``acronym`` ("Oromo Liberation Army"
    for "OLA"), or, for four letters or more, whose syllables it is ("ULIMO"), where the
    text never puts the two side by side."""
    letters = acronym.replace("-", "")
    found = {n for n in local.names.values() if _initials(n) == letters}
    if not found and len(letters) >= 4:
        # "ULIMO" for the United Liberation Movement of Liberia for Democracy (of more than
        # its first word: "KOREA" is not the Korean People's Army)
        found = {n for n in local.names.values() if _syllabic(letters, n)
                 and not n.lower().startswith(letters.lower())}
    return found.pop() if len(found) == 1 else None


def _rename(local: LocalActors, name: str, acronym: str) -> None:
    """Make ``name``'s actor the acronym's: id the acronym lower-cased."""
    old = next(a for a, n in local.names.items() if n == name)
    new = acronym.lower()
    for kind in (local.movements, local.bystanders):
        if old in kind:
            kind.discard(old)
            kind.add(new)
    for form, actor in list(local.surfaces.items()):
        if actor == old:
            local.surfaces[form] = new
    local.surfaces[acronym] = new
    del local.names[old]
    local.names[new] = name
    local.defined[acronym] = name
    local.forget()
