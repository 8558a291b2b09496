"""Who is a party, who a mediator: the rules over one document's actor mentions.

A **mediator** where the text says so, next to the actor or to an official of it: "mediated
by Qatar and Egypt with the support of the United States", "talks hosted by President Bill
Clinton", "with Cuba and Norway acting as guarantors", "a U.S.-brokered deal", "Ankara is
trying to play the role of mediator". A **party** from "talks between X and Y",
delegations, the subjects of the agreement in the article's first sentences ("Israel and
Hamas have agreed"), "X held talks with Y", and actors whose officials state positions of
their own. The same rules read the document's own actors (:mod:`zopa.evidence.openactors`):
"facilitated by former Finnish president Martti Ahtisaari's Crisis Management Initiative"
names the organisation, and the dateline's city is a venue, never a side.

**Signers** are parties: "The signatories are X, Y and Z", "X and Y signed", "Uprona, the
main Tutsi party, signed", "among the groups at the table were ...", "the government and the
RUF signed"; those who signed "as witnesses" or "observers" are neither parties nor
mediators. Hosts who broker mediate ("under the patronage of", "who had brought the two
leaders to Washington", "whose crown prince had hosted both leaders"); a sentence about an
earlier deal names no mediator of this one; international organisations
(:data:`THIRD_PARTIES`) are parties only where the text sets them across the table.

>>> from collections import Counter
>>> assign_roles(Counter({"iran": 4, "european-union": 2, "us": 3}),
...              party=Counter(iran=3, us=3), said=Counter(),
...              mediator=Counter({"european-union": 1}), spoke=Counter(), any_statement=True)
{'iran': 'party', 'european-union': 'mediator', 'us': 'party'}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import cached_property

from .gazetteer import (
    ACTOR_KINDS,
    ACTOR_NAMES,
    INSTITUTIONS,
    SURFACES,
    THIRD_PARTIES,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)
from .lexicon import MEDIATION, NEGOTIATION, OFFICE_OF_BODY
from .model import Document
from .records import Found, Mention, Person
from .units import Unit

__all__ = ["THIRD_PARTIES", "RoleRules", "assign_roles"]

_BETWEEN = re.compile(r"\bbetween\s+(.{3,160}?)(?=[.;:]|\s+(?:on|over|in|to|that|which|"
                      r"who|after|since|for|would|will|have|has|had|were|was|is|are|"
                      # "between Iraq and Iran under the auspices of ...": the sides end
                      r"under|mediated|brokered|facilitated|hosted|chaired)\b|$)",
                      re.IGNORECASE)
_TOGETHER = re.compile(r"\b(?:talks|negotiations|meetings?|summit|conference|format|process|"
                       r"round)\s+(?:\w+\s+)?(?:bring|brings|brought|bringing)\s+together\s+"
                       r"|\b(?:talks|negotiations)\s+(?:involving|among)\s+", re.IGNORECASE)
#: Before "negotiators", a mediation's means: "brokered by X through three negotiators".
_THROUGH = re.compile(r"\bthrough\s+(?:(?:its|their|the|two|three|four|five)\s+){0,2}$",
                      re.IGNORECASE)
#: Between an actor and a delegation word, a clause of its own: "a communique sent from
#: Spain that the Front's delegation ...", "Cairo, said the delegation": the delegation is
#: not that actor's.
_CLAUSE_BREAK = re.compile(r"\b(?:that|said|says|told|which|who|while|but)\b|[\"“”;]")
#: "Guarantor" in a sense that is no mediation: "the guarantor of security in the Caucasus".
_NOT_MEDIATION = re.compile(r"guarantors?\s+of\s+(?:the\s+)?(?:security|stability|order|peace|"
                            r"its|their|our)\b"
                            # "which co-chair an international donors' group": aid, not talks
                            r"|(?:co-?)?chair(?:s|ed)?\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?:donors?|donors'|aid|pledging|reconstruction)\b", re.IGNORECASE)
_HEADS = "|".join(sorted(INSTITUTIONS | {"governments", "leaders", "delegations"}))
_CONJ_GAP = re.compile(r"(?:'s|’s)?(?:\s+(?:military|federal|transitional|interim|central|"
                       r"national|ruling))?(?:\s+(?:" + _HEADS + r"))?\s*(?:,|and|, and|&)\s+"
                       r"(?:the\s+)?(?:(?:paramilitary|rebel|armed|militant|islamist|separatist|"
                       r"palestinian|group|movement|opposition|main|exiled|ethnic|royalist|"
                       r"breakaway|smaller|larger|largest|other|moderate|hardline|communist|"
                       r"nationalist|leftist|rightist|unionist|republican)\s+)?"
                       # "our government and the armed faction of UNITA"
                       r"(?:(?:armed|military|political)\s+(?:faction|wing)\s+of\s+(?:the\s+)?)?")
#: Between a side and its leader in a list: "the Phnom Penh government of Hun Sen", "the
#: royalist FUNCINPEC movement of Prince Norodom Sihanouk": the leader stands for the side.
_LED_OF = re.compile(r"(?:\s+(?:government|movement|party|front|faction|coalition|alliance|"
                     r"wing|army|forces))?\s+of\s+")
_SUBJECT = re.compile(
    r"(?:'s|’s)?(?:\s+(?:" + "|".join(sorted(INSTITUTIONS)) + r"|governments|leaders|"
    r"delegations|negotiators|forces|\([A-Z-]+\)))*(?:,\s+(?:a|an|the)\s+[^,.;\"“]{3,90},"
    r"|\s+of\s+(?:\w+\s+){0,2}?(?:president|leader|founder)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"[^.;]{0,25}?\b(?:have |has |had |will |would |"
    r"are |were |on \w+ )?(?:agree\w*|sign\w*|reach\w*|struck|strike|seal\w*|resum\w*|meet|met|"
    r"held|hold|began|begin|negotiat\w*|talks?|announced|clinch\w*|conclud\w*|accept\w*|"
    r"back\w*|endorse\w*|(?:shook|shake|shaking|clasped|clasp)\s+hands)\b", re.IGNORECASE)
_AGREE = re.compile(r"\b(?:agree[sd]?|sign(?:s|ed)?|reach(?:es|ed)?|strike|struck|seal(?:s|ed)?|"
                    r"back(?:s|ed)?|accept(?:s|ed)?|reject(?:s|ed)?|meet|met|talk|"
                    r"(?:shook|shake|shaking|clasped|clasp)\s+hands)\b",
                    re.IGNORECASE)


#: A wire dateline's city: "HELSINKI, July 17 (Reuters) -", "OSLO -".
_DATELINE = re.compile(r"^([A-Z][A-Z .'-]+?)(?:,[^\n]{0,40})?\s+[-\u2013\u2014(]", re.MULTILINE)
#: A dateline in title case: "Kathmandu, November 21, 2006 -", "Port Moresby, 3 May -".
_TITLE_CASE_DATELINE = re.compile(
    r"^([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
    r"Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*)\b[^\n]{0,30}?\s+[-\u2013\u2014(]", re.MULTILINE)


#: A date after a dateline's city: ", 9 December", ", July 17".
_DATE_AFTER = re.compile(r",\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,}\.?\s+\d{1,2})\b")


def dateline_place(text: str) -> re.Match[str] | None:
    """The dateline's city (group 1) of wire copy, in capitals or in title case: the first
    line in capitals that names a known place or is followed by a date, else the first
    line in capitals ("AGENCIA GUATEMALTECA DE NOTICIAS (AGN)" heads a dispatch whose
    dateline is "GUATEMALA CITY, 9 December 2008 (AGN) --")."""
    first = None
    for m in _DATELINE.finditer(text, 0, 3000):
        first = first or m
        if m.group(1).strip().lower() in SURFACES or _DATE_AFTER.match(text, m.end(1)):
            return m
    return first or _TITLE_CASE_DATELINE.search(text)


#: Cues of mediation beyond the lexicon's: "which guarantee the deal", "acting as
#: facilitator", "shuttle diplomacy".
_MORE_CUES = (r"|\bguarantee[sd]?\s+(?=the\s+(?:deal|agreement|accord|ceasefire|truce|process|"
              r"talks))"
              # "brokered by the Contact Group through three negotiators: X, Y and Z"
              r"|\bthrough\s+(?:(?:its|their|the|two|three|four|five)\s+){0,2}(?:negotiators|"
              r"envoys|mediators)\s*:\s*(?:the\s+)?"
              r"|\bspecial\s+envoy\b|\bunder\s+the\s+(?:co-?)?chair(?:man|woman|person)?ship\s+of\b"
              r"|\bpresided\s+over\s+by\b|\bmoderated\s+by\b"
              # "under the patronage of the Crown Prince", "sponsorship of the dialogue"
              r"|\bunder\s+the\s+(?:patronage|sponsorship)\s+of\b"
              r"|\b(?:its|his|her|their)\s+sponsorship\s+of\s+the\s+(?:dialogue|talks|negotiations)\b"
              # "Kushner, whose team backed the Kuwaiti shuttle diplomacy": a second mediator
              r"|\b(?:backed|supported|joined)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:mediation|"
              r"shuttle\s+diplomacy)\b"
              # "Trump, who had brought the two old enemies to Washington"
              r"|\bbr(?:ought|ings?|inging)\s+(?:together\s+)?(?:the\s+)?(?:two|both|warring|rival)\s+"
              r"(?:[\w-]+\s+){0,3}?(?=(?:together|to)\b)"
              # "Siilasvuo, who has chaired the military talks", "Ashton, who coordinated the
              # talks": the chair or coordinator comes before the verb
              r"|\b(?:chair|coordinat)(?:ed|es|s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
              r"(?:talks|negotiations|conference|dialogue|mediation|peace\s+process)\b")
#: Before the lexicon's bare "mediation" and "hosted": "the mediation, run by the East African
#: bloc IGAD", "a process led by"; "the UAE, whose crown prince had hosted both leaders";
#: "the AU mediation was joined by Robert Zoellick": the one who joins mediates.
_HOSTED_BOTH = (r"\b(?:process|talks|mediation|negotiations),?\s+(?:(?:was|were|is|are|had\s+been|"
                r"have\s+been|has\s+been)\s+)?(?:led|run)\s+by\b|"
                r"\bhost(?:ed|s|ing)\s+(?:both|the\s+two)\s+(?:leaders|sides|parties|"
                r"delegations)\b|"
                r"\b(?:mediation|mediators?)\s+(?:was|were|had\s+been)\s+joined\s+by\b|")
_CUES = re.compile(_HOSTED_BOTH + MEDIATION.pattern + _MORE_CUES, re.IGNORECASE)


#: "held talks with", "negotiated with", "signed a deal with": the verb between two sides.
_WITH = re.compile(r"\b(?:held|holds|hold|holding|opened|began|resumed)\s+(?:\w+\s+){0,2}?"
                   r"(?:talks|negotiations)\s+with\b|\bnegotiat(?:ed|es|ing)\s+with\b"
                   r"|\b(?:signed|reached|struck)\s+(?:\w+\s+){0,4}?with\b|\bagreed\s+with\b",
                   re.IGNORECASE)


#: After a subject: "(Uprona), the main Tutsi party, signed", "had also signed", "UNITA
#: [National Union for ...] signed" (a translator's gloss).
_SIGNED = re.compile(r"(?:(?:'s|’s)(?:\s+(?:transitional|federal|interim|military|national))?\s+"
                     r"(?:government|army|military|authorities|leadership|delegation))?"
                     r"(?:\s*\([^()]{1,15}\)|\s*\[[^\[\]]{1,70}\])?(?:,\s+(?:(?:a|an|the)\s+)?[^,.;:\"“”]{3,60},)?"
                     # "X and more than thirty politico-military movements signed"
                     r"(?:\s+and\s+(?:[\w-]+\s+){1,5}?(?:movements|groups|parties|factions|"
                     r"organi[sz]ations|rebels))?"
                     # "Erdimi, leader of the UFR, said his movement signed"
                     r"(?:\s+said\s+(?:that\s+)?(?:his|her|its|their)\s+(?:movement|group|party|front|"
                     r"side|government|organi[sz]ation|delegation)|,\s+(?:which|who))?\s+"
                     # "... on Thursday signed", "... early on Saturday signed"
                     r"(?:(?:(?:early|late)\s+)?on\s+[A-Z][a-z]+day\s+)?"
                     r"(?:(?:has|have|had|also|later|then|finally|formally|all|both)\s+)*"
                     r"(?:signed|signs?|co-signed|initial(?:l)?ed|"
                     # "X, Y and Z put their names to the accords"
                     r"put\s+(?:its|their|his|her)\s+(?:names?|signatures?)\s+to)\b",
                     re.IGNORECASE)
#: "the government" (or a state medium's "our government") on its own, standing for the
#: text's one state (not "the government of X").
_THE_GOVERNMENT = re.compile(r"(?<!['’]s )\b(?:[Tt]he|[Oo]ur)\s+(?:(?:transitional|federal|interim|"
                             r"national|central)\s+)?government\b(?!\s+of\b)")
#: "The signatories are", "was signed by", "the accord commits": a list of signers follows.
_SIGNED_BY = re.compile(r"\b(?:signatories|signers)\s+(?:also\s+)?(?:are|were|include[ds]?)\s+"
                        # the sides of a rift: "a boycott imposed in 2017 by Saudi Arabia, ..."
                        r"(?:the\s+)?|\b(?:boycott|blockade|embargo)\s+(?:imposed|enforced)\s+"
                        r"(?:[\w-]+\s+){0,4}?by\s+"
                        r"(?:the\s+)?|\bamong\s+the\s+(?:[\w-]+\s+){0,2}?(?:at\s+the\s+table|present|"
                        r"represented|taking\s+part|signatories|signers)\s+(?:were|are)\s+"
                        r"(?:the\s+)?|\b(?:was|were|been)\s+signed\s+by\s+(?:the\s+)?"
                        # "The accord ... commits Costa Rica, Guatemala, ... and Honduras to"
                        r"|\b(?:accord|agreement|deal|treaty|pact|declaration|protocol)\b[^.;]{0,200}?"
                        r"\b(?:commits|committed|binds|bound|obliges|obliged)\s+(?:the\s+)?",
                        re.IGNORECASE)
#: "... signed the text as international witnesses": no side of the deal.
_AS_WITNESS = re.compile(r"[^.;]{0,40}?\bas\s+(?:\w+\s+){0,2}?(?:witness|observer)(?:es|s)?\b",
                         re.IGNORECASE)


#: "X, Y and Z also witnessed the act": present at a signing, no side of it.
_WITNESSED = re.compile(r"(?:\s+(?:also|all|both))?\s+witness(?:ed|es)\s+(?:the\s+)?(?:act|signing|"
                        r"ceremony|signature)\b", re.IGNORECASE)
#: "Russia, Iran and six other neighbouring states sat as observers", "with the EU and the
#: US attending as observers": at the talks, no side of them.
_ATTENDED_AS = re.compile(r"(?:\s+and\s+(?:[\w-]+\s+){1,4}?(?:states|countries|nations|"
                          r"governments|powers))?(?:\s+(?:also|all|both))?\s+(?:sat|sit|sits|"
                          r"attended|attend|attends|attending|took\s+part|take\s+part|"
                          r"were\s+present|participated|participating|joined|followed)\s+"
                          r"(?:the\s+\w+\s+)?as\s+(?:\w+\s+)?observers?\b", re.IGNORECASE)
#: A list of the sides after a colon: "the delegations of the five main parties: the DUP,
#: Sinn Fein, ...", "the parties to the talks: ...".
_SIDES_LISTED = re.compile(r"\b(?:(?:delegations?|representatives|leaders)\s+of\s+(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,5}?(?:parties|groups|factions|movements|sides|"
                           r"communities)|(?:parties|sides)\s+(?:at\s+the\s+table|to\s+the\s+"
                           r"(?:talks|negotiations|conference)))"
                           r"(?:\s+(?:of|in|from)\s+(?:[A-Z][\w'’-]*\s*){1,3})?\s*:\s*(?:the\s+)?",
                           re.IGNORECASE)
#: Before a group, a preposition that makes it the object of a phrase, not a subject.
_OBJECT_BEFORE = re.compile(r"\b(?:to|in|at|of|from|for)\s+(?:the\s+)?$", re.IGNORECASE)
#: "the three observer states of the peace process - Portugal, the United States and ...":
#: observers named in a list after the word.
_OBSERVERS = re.compile(r"\bobserver\s+(?:states|countries|nations|governments)\b[^.;:]{0,40}?"
                        r"(?:\s[-\u2013\u2014]|:|,)\s*(?:the\s+)?", re.IGNORECASE)
#: A relative clause set off by commas inside a list of sides.
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\s[^,.;:]{3,100},")
#: A ceremony's attendance, to the end of its sentence (group 1 ends there).
_ATTENDED_BY = re.compile(r"\b(?:ceremony|signing|event|occasion)\s+(?:was\s+)?"
                          r"(?:attended|witnessed)\s+by\b([^.;]*)", re.IGNORECASE)
#: In an attendance, the leaders or envoys of some states or bodies: "the presidents of ".
_LEADERS_OF = re.compile(r"\b(?:presidents|leaders|heads\s+of\s+(?:state|government)|"
                         r"representatives|ministers|envoys|ambassadors|delegates)\s+of\s+"
                         r"(?:the\s+)?", re.IGNORECASE)
#: Words of an outsider's reaction to a deal: "welcomed the agreement".
_REACTION = re.compile(r"\b(?:welcom|prais|hail|commend|congratulat|applaud)\w*"
                       # "Washington strongly supports this truce"
                       r"|\bsupport(?:s|ed)?\s+(?:this|the)\s+(?:truce|deal|agreement|accord|"
                       r"ceasefire|cease-fire)\b", re.IGNORECASE)


#: A sentence about an earlier deal, whose mediators are not this one's.
_EARLIER = re.compile(r"\b(?:(?:signed|reached|struck|agreed)\b[^.;]{0,80}?\b(?<!since )"
                      r"(?:last\s+year|(?:a|one|two|three)\s+years?\s+ago)"
                      r"|it\s+is\s+to\s+be\s+recalled|"
                      r"previous\s+(?:deals?|accords?|agreements?|talks|rounds?)|"
                      r"(?:deals?|accords?|agreements?)\s+(?:that\s+)?collapsed)\b", re.IGNORECASE)


#: An earlier deal dated by its year: "A truce brokered by the U.N. in April 2022 expired"
#: (group 1 the year; earlier than the article's, it is not this deal's mediation).
_EARLIER_DEAL = re.compile(r"\b(?:truce|ceasefire|deal|agreement|accord|protocol|pact)s?\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:brokered|mediated|signed|reached|agreed|"
                           r"struck)\b(?:[^.;]|(?<=[A-Z])\.){0,60}?\bin\s+(?:(?:early|late|mid-?)\s*)?"
                           r"(?:[A-Z][a-z]+\s+)?(\d{4})\b")
#: Before an actor, the subject of an envoy's mission, not the envoy's principal: "the UN
#: special representative for Tajikistan", "the former US ambassador to Germany".
_MISSION_FOR = re.compile(r"\b(?:envoy|representative|coordinator|adviser|advisor|"
                          r"commissioner|rapporteur|ambassador)\s+(?:for|to|on)\s+(?:the\s+)?$",
                          re.IGNORECASE)
#: After a state, the chair it holds of an organisation, which is the one that mediates:
#: "the Austrian chairmanship of the OSCE", "Finland's presidency of the EU".
_HOLDS_CHAIR = re.compile(r"(?:'s|’s)?\s+(?:rotating\s+)?(?:chairmanship|chairpersonship|"
                          r"presidency|chair)\s+of\b", re.IGNORECASE)
#: Just before a mediation cue, the sides: "concluded between Iraq and Iran under ...".
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+[^.;]{0,80}$", re.IGNORECASE)
#: After a mediator's noun, the apposition that names them: ", the President of Faso".
_APPOSITION = re.compile(r",\s+(?:the\s+)?[A-Z]")
#: Before an actor: a past office, "the former Nigerian head of state".
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-)\s*$", re.IGNORECASE)


class RoleRules:
    """The role rules, mixed into the document reader: they read its mentions and people
    and count party and mediator evidence into its findings."""

    text: str
    doc: Document
    actor_mentions: list[Mention]
    mentions: list[Mention]
    people: dict[str, Person]
    found: Found
    #: the gazetteer's actor ids (the others are the document's own)
    gazetteer_ids: Mapping[str, str] = ACTOR_NAMES

    institutions: dict[str, str]

    @cached_property
    def dateline(self) -> re.Match[str] | None:
        """The dateline's city (group 1), found once per document (:func:`dateline_place`)."""
        return dateline_place(self.text)

    def _full_name(self, name: str) -> str:
        raise NotImplementedError

    def _government(self) -> str | None:
        raise NotImplementedError

    def _unit_actors(self, unit: Unit) -> list[Mention]:
        """The unit's actor mentions, but for the dateline's city: a venue, not a side
        ("OSLO - Negotiators for ...")."""
        place = self.dateline
        inside = [m for m in self.actor_mentions if unit.start <= m.start < unit.end
                  and not (place is not None and place.start(1) <= m.start < place.end(1))]
        # "Germany's Social Democrats (SPD)": the owner is no actor of its own here
        kept = [m for k, m in enumerate(inside)
                if k + 1 == len(inside) or inside[k + 1].actor in self.gazetteer_ids
                or not re.fullmatch(r"(?:'s|’s)\s+", self.text[m.end:inside[k + 1].start])]
        return _one_with_acronym(kept, self.text)

    def _roles(self, unit: Unit, *, lede: bool = False) -> None:
        text = self.text[unit.start:unit.end]
        actors = self._unit_actors(unit)
        between: set[str] = set()
        mediated = self._mediators(unit, self._role_mentions(unit), set())
        if lede and (NEGOTIATION.search(text) or _AGREE.search(text)):
            cue = MEDIATION.search(text)
            # officials stand for their sides: "President Nicolas Maduro's government and the
            # opposition Unitary Platform signed a deal"
            before_cue = [m for m in self._role_mentions(unit)
                          if cue is None or m.start < unit.start + cue.start()]
            for group, (g0, g1) in self._conjunctions(before_cue):
                if not (_SUBJECT.match(self.text, g1) or re.search(
                        r"\b(?:between|of)\s+(?:the\s+)?$", self.text[max(0, g0 - 12):g0])):
                    continue
                group = [g for g in group if g not in mediated]
                if len(set(group)) >= 2:
                    between.update(group)
        # "The conference brought together Greece, Turkey and Britain": its own talks words
        for m in _TOGETHER.finditer(text):
            a = unit.start + m.end()
            b = unit.start + (re.search(r"[.;:]|$", text[m.end():]).end() + m.end())  # type: ignore[union-attr]
            group = [x.actor for x in actors if a <= x.start < b and x.actor
                     and not MEDIATION.search(self.text, x.end, min(b, x.end + 80))]
            if len(set(group)) >= 2:
                between.update(g for g in group if g and g not in mediated)
        if NEGOTIATION.search(text):
            # "between the coalition, which backs the government, and the Houthis": the
            # clause between the sides is no part of the list (blanked, offsets kept)
            for m in _BETWEEN.finditer(_RELATIVE_ASIDE.sub(lambda a: " " * len(a.group(0)),
                                                           text)):
                a, b = unit.start + m.start(1), unit.start + m.end(1)
                group = [x.actor for x in actors if a <= x.start < b and x.actor]
                if len(set(group)) >= 2:
                    # "between Ghana and the VLF, mediated by Norway": not the mediator
                    between.update(g for g in group if g and not (
                        g in mediated and len(set(group) - set(mediated)) >= 2))
            between.update(self._talks_with(unit, actors, mediated))
            for m in re.finditer(r"\bdelegations?\b|\bnegotiators?\b|\bnegotiating team\b",
                                 text, re.IGNORECASE):
                at = unit.start + m.start()
                if _THROUGH.search(self.text, max(unit.start, at - 30), at):
                    continue  # "through three negotiators": the mediation's envoys
                # "the negotiators in Washington, London and Karachi": where they met
                where = re.match(r"\s+(?:in|at)\s", self.text[unit.start + m.end():unit.end])
                near = [x for x in actors if abs(x.start - at) < 40 and x.actor not in mediated
                        and not _CLAUSE_BREAK.search(self.text, min(x.end, at), max(x.start, at))
                        and not (where and x.start > at)]
                for x in near:
                    between.add(x.actor or "")
        between.update(a for a in self._signers(unit) if a not in mediated)
        for cue in _SIDES_LISTED.finditer(self.text, unit.start, unit.end):
            between.update(a for a in self._group_from(cue.end(), actors, forward=True)
                           if a not in mediated)
        for actor in between:
            self.found.party[actor] += 3
        for actor in self._mediators(unit, self._role_mentions(unit), between):
            self.found.mediator[actor] += 1

    def _signers(self, unit: Unit) -> set[str]:
        """The actors the unit says signed: "The signatories are X, Y and Z", "X and Y signed",
        "Uprona, the main Tutsi party, signed", "signed by X and Y"; not those who signed as
        witnesses or observers (:meth:`witnesses`)."""
        role = self._role_mentions(unit)
        state = self.institutions.get("government") or self._government()
        if state is not None and ACTOR_KINDS.get(state) == "state":
            # "the government and the RUF signed": the state whose government it is
            role = sorted(role + [
                Mention(m.start(), m.end(), m.group(0), actor=state)
                for m in _THE_GOVERNMENT.finditer(self.text, unit.start, unit.end)
                if not any(r.start <= m.start() < r.end for r in role)], key=lambda m: m.start)
        out: set[str] = set()
        for group, (_, g1) in self._conjunctions(role) + [
                ([m.actor or ""], (m.start, m.end)) for m in role]:
            signed = _SIGNED.match(self.text, g1)
            if signed and not _AS_WITNESS.match(self.text, signed.end()):
                out.update(group)
        for cue in _SIGNED_BY.finditer(self.text, unit.start, unit.end):
            out.update(self._group_from(cue.end(), role, forward=True))
        return out - {""}

    def witnesses(self) -> set[str]:
        """The actors the text says signed or attended as witnesses or observers
        ("Representatives of the UN, China and the EU signed the text as international
        witnesses", "Russia and Iran sat as observers"): neither parties nor mediators."""
        out: set[str] = set()
        for group, (g0, g1) in self._conjunctions(self.actor_mentions) + [
                ([m.actor or ""], (m.start, m.end)) for m in self.actor_mentions]:
            signed = _SIGNED.match(self.text, g1)
            # "the Ambassador of China to Malaysia attended as observers": China's, not Malaysia
            attended = _ATTENDED_AS.match(self.text, g1) and not _OBJECT_BEFORE.search(
                self.text, max(0, g0 - 12), g0)
            if (signed and _AS_WITNESS.match(self.text, signed.end())) or _WITNESSED.match(
                    self.text, g1) or attended:
                out.update(group)
        for cue in _OBSERVERS.finditer(self.text):
            out.update(self._group_from(cue.end(), self.actor_mentions, forward=True))
        return out - {""}

    def guests(self) -> set[str]:
        """The states and bodies whose leaders or envoys a ceremony's attendance lists ("in
        a ceremony attended by ..., together with the presidents of Chad, Eritrea and Burkina
        Faso and representatives of the African Union"): no parties for being there."""
        out: set[str] = set()
        for sentence in _ATTENDED_BY.finditer(self.text):
            for m in _LEADERS_OF.finditer(self.text, sentence.start(1), sentence.end(1)):
                out.update(self._group_from(m.end(), self.actor_mentions, forward=True))
        return out - {""}

    def _talks_with(self, unit: Unit, actors: list[Mention], mediated: list[str]) -> set[str]:
        """The two sides of "X held talks with Y", "X negotiated with Y", "X signed a deal
        with Y": X the actor (or an official of it) just before, Y the actor just after."""
        sides: set[str] = set()
        text = self.text[unit.start:unit.end]
        role = self._role_mentions(unit)
        for m in _WITH.finditer(text):
            a, b = unit.start + m.start(), unit.start + m.end()
            left = [x for x in role if x.end <= a and a - x.end <= 40
                    and not re.search(r"[,.;:\"“”]", self.text[x.end:a])]
            right = [x for x in actors if b <= x.start <= b + 40
                     and not re.search(r"[,.;:\"“”]", self.text[b:x.start])]
            if left and right and left[-1].actor and right[0].actor and (
                    left[-1].actor != right[0].actor):
                sides |= {left[-1].actor, right[0].actor} - set(mediated)
        return sides

    def _role_mentions(self, unit: Unit) -> list[Mention]:
        """The unit's actors, with each official standing for their side: "German Chancellor
        Angela Merkel" is one mention of Germany, "President Bill Clinton" one of his state."""
        actors = self._unit_actors(unit)
        out: list[Mention] = []
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
                             or re.sub(r"(?:'s|’s)$", "", words[k - 1].group(0).lower())
                             in SURFACES):
                k -= 1
                start = unit.start + words[k].start()
            for i, m in enumerate(actors):
                if start <= m.start < person.start:
                    used.add(i)
            out.append(Mention(start, person.end, person.text, actor=info.side))
        out += [m for i, m in enumerate(actors) if i not in used]
        return sorted(out, key=lambda m: m.start)

    def _conjunctions(self, actors: list[Mention]) -> list[tuple[list[str], tuple[int, int]]]:
        """Actors joined by "and" or commas ("Israel and Hamas", "the Colombian government
        and the FARC"), with the span of each group."""
        groups: list[tuple[list[str], tuple[int, int]]] = []
        current: list[str] = []
        first = edge = -1
        for m in actors:
            gap = self.text[edge:m.start] if edge >= 0 else ""
            if current and (_CONJ_GAP.fullmatch(gap) or _LED_OF.fullmatch(gap)):
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

    def _earlier_deal(self, text: str) -> bool:
        """Whether ``text`` speaks of an earlier deal: "the ceasefire signed last year under
        the auspices of the AU", "a truce brokered by the U.N. in April 2022" (a year
        before the article's)."""
        if _EARLIER.search(text):
            return True
        year = self.doc.date.year if self.doc.date is not None else None
        return year is not None and any(int(m.group(1)) < year
                                        for m in _EARLIER_DEAL.finditer(text))

    def _mediator_mentions(self, actors: list[Mention]) -> tuple[list[Mention], set[int]]:
        """The mentions that can name a mediator, and the starts of those named by a past
        office. Not the subject of an envoy's mission ("the special representative for
        Tajikistan") nor a state holding an organisation's chair ("the Austrian
        chairmanship of the OSCE": the OSCE mediates)."""
        kept = [m for m in actors if not _MISSION_FOR.search(self.text, max(0, m.start - 40),
                                                             m.start)
                and not (ACTOR_KINDS.get(m.actor or "") == "state"
                         and _HOLDS_CHAIR.match(self.text, m.end))]
        former = {m.start for m in kept if _FORMER_BEFORE.search(
            self.text, max(0, m.start - 12), m.start)}
        return kept, former

    def _mediators(self, unit: Unit, actors: list[Mention], between: set[str]) -> list[str]:
        text = self.text[unit.start:unit.end]
        found: list[str] = []
        if self._earlier_deal(text):
            return found
        actors, former = self._mediator_mentions(actors)
        by_former: set[str] = set()
        for cue in _CUES.finditer(text):
            c0, c1 = unit.start + cue.start(), unit.start + cue.end()
            word = cue.group(0).lower()
            if _NOT_MEDIATION.match(text, cue.start()) or any(
                    m.start <= c0 < m.end for m in actors):
                continue  # "the Accra Mediation Group" is a name, not a cue
            if word.startswith("host") and " " not in word and not re.match(
                    r"\s+by\b", self.text[c1:c1 + 4]) and not _HOSTED_TALKS.match(
                    self.text, c1) and not _AS_HOST.search(
                    self.text, max(0, c0 - 24), c0) and not (
                    word == "hosts" and re.match(r",\s+[A-Z]", self.text[c1:c1 + 3])
                    and re.search(r"\b(?:their|the)\s+$", self.text[max(0, c0 - 7):c0])):
                continue  # but "their hosts, Egyptian President Hosni Mubarak and ..."
            if word.startswith("special") and (_REACTION.search(text)
                                               or not NEGOTIATION.search(text)):
                # "the UN special envoy welcomed the agreement": a reaction from outside;
                # "the special envoy said the UN hoped to deploy troops": no talks in sight
                continue
            if word.startswith("under the auspices") and self.text.startswith(" of ", c1):
                c1 += 3  # "under the auspices of the African Union"
            if word == "mediation" and self.text.startswith(" of ", c1):
                c1 += 3  # "thanks to the humanitarian mediation of the United Arab Emirates"
            if word == "mediators" and _BY_THE_MEDIATORS.search(
                    self.text, max(0, c0 - 16), c0):
                continue  # "handed to the Russian side, through the mediators, new lists"
            right = re.match(r"(?:\s+by|\s*,|\s+(?i:(?:his|her)\s+(?:royal\s+)?"
                             r"(?:highness|excellency|majesty))(?:\s+(?:Crown\s+)?(?:Prince|King|Emir|Sheikh|President))?"
                             r"|\s+(?:including|the|a|an|from|countries|states|"
                             r"former|its|their|current|[A-Z]\w+ of|[a-z]+ (?:of|for) the"
                             # "run by the East African bloc IGAD", "the regional body"
                             r"|(?:(?:[A-Z][\w-]+|regional|continental|sub-regional)\s+){1,3}"
                             r"(?:bloc|body|grouping|organi[sz]ation))\b)*\s*",
                             self.text[c1:c1 + 50])
            pos = c1 + (right.end() if right else 0)
            serving = _SERVING_BODY.match(self.text, c1)
            if serving is not None:
                # "chaired by Burgess Carr, the Liberian general secretary of the All Africa
                # Conference of Churches": the body he serves mediates, not his state
                pos = serving.end()
            # an official whose title runs back over the cue's last word ("through three
            # negotiators: US Ambassador Christopher Hill") is named at the cue all the same
            starts = [m.start for m in actors if m.start <= pos < m.end]
            body = _MEDIATOR_FOR.match(self.text, c1) if re.fullmatch(
                r"(?:co-?)?(?:mediators?|facilitators?)", word) else None
            if body is not None:
                ahead = self._group_from(body.end(), actors, forward=True)
                if ahead and (body.group(0).strip().startswith("on") or all(
                        ACTOR_KINDS.get(a) != "state" for a in ahead)):
                    # the mediator named at the cue mediates too: "Bethuel Kiplagat, the
                    # Kenyan diplomat who has served as chief mediator for IGAD"
                    found += [a for a in ahead if a not in between and a not in found]
            chaired = _CHAIRED.fullmatch(word) is not None
            passive = re.match(r"\s+by\b", self.text[c1:c1 + 4]) is not None
            active = chaired or _ACTIVE_VERB.fullmatch(word) is not None
            chosen = [] if active and not passive else self._group_from(
                    _his_own(_owned(min(starts) if starts else pos, actors, self.text), actors,
                             self.text), actors, forward=True)
            if not chosen and self.text[c0 - 1:c0] == "-":
                chosen = [m.actor for m in actors if m.end == c0 - 1 and m.actor][:1]
            elif not chosen and not _NAME_AFTER_BY.match(self.text, c1) and not (
                    word.startswith("under the auspices")
                    and re.match(r"\s+(?:the\s+)?[A-Z]", self.text[c1:c1 + 6])) and not (
                    _BETWEEN_BEFORE.search(self.text, unit.start, c0)) and not (
                    _APPOSITION.match(self.text, c1) and not chaired):
                # not the sides just named: "between Iraq and Iran under the auspices of";
                # nor those before "in the presence of the facilitator, the President of
                # Faso": the apposition names the mediator, whom the gazetteer missed; nor
                # those before "facilitated by the Quakers" or "under the auspices of the
                # Zorblax Council", a name the reader does not know
                chosen = self._group_from(c0, actors, forward=False)
            by_former.update(m.actor for m in actors if m.start in former and m.actor in chosen
                             and not any(x.actor == m.actor and x.start not in former
                                         and not _IN_PLACE.search(self.text, max(0, x.start - 8),
                                                                  x.start)
                                         for x in actors))
            behalf = _ON_BEHALF.match(self.text, c1) if chosen and passive else None
            if behalf is not None:
                chosen += self._group_from(behalf.end(), actors, forward=True)
            if chosen or passive:
                stop = _CLAUSE_STOP.search(self.text, c1, unit.end)
                end = (stop.start() if stop else unit.end) - c1  # the cue's clause
                if chosen and (passive or word.endswith(" by")):
                    # "chaired by Cyrus Vance for the United Nations and Lord Owen for the
                    # European Community": each chair's organisation mediates
                    for body in _FOR_BODY.finditer(self.text, c1, c1 + min(end, 160)):
                        chosen += [a for a in self._group_from(body.end(), actors,
                                                               forward=True)[:1]
                                   if a in THIRD_PARTIES and a not in chosen]
                # "mediated by the OSCE together with Russia and Ukraine", "chaired by X,
                # the mediator appointed by SADC, who worked alongside envoys from the AU
                # and the UN": those the mediator works with mediate too
                for joint in _JOINTLY.finditer(self.text, c1, c1 + min(end, 200)):
                    chosen += [a for a in self._group_from(joint.end(), actors, forward=True)
                               if a not in chosen]
            found += [a for a in chosen if a not in between and a not in found]
        if by_former and set(found) - by_former:
            # "under the auspices of ECOWAS, with the former Nigerian head of state as chief
            # mediator": he mediates for the body, not for his old state
            found = [a for a in found if a not in by_former]
        return found

    def _group_from(self, pos: int, actors: list[Mention], *, forward: bool) -> list[str]:
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
                    r"\bbetween\b|\bwith\b|\bpush\w*|\bagainst\b|\bagree\w*|\bsign\w*|"
                    r"\breach\w*|\bhave\b|\bhas\b|\bto (?:end|reach|sign)\b", gap)
                    and len(gap) <= 70):
                break
            if group and not re.fullmatch(r"\s*(?:,|and|, and|&|/|with the support of|backed by|"
                                          r"alongside|together with|as well as|and by|with|"
                                          r"and backed by|, led by|, headed by|of|"
                                          # ", led by Kofi Mensah, and the Coastal ..."
                                          r",\s+(?:led|headed)\s+by\s+(?:[A-Z][\w'’.-]*\s*){1,4},"
                                          r"(?:\s+and)?|"
                                          r"as (?:the )?(?:current |rotating )?(?:chair|chairman|"
                                          r"chairwoman|president|head) of)?"
                                          # "and the All Burma Students' ...": a name's opener
                                          r"\s*(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate|"
                                          r"Emirate)\s+of\s+(?:the\s+)?)?(?:[A-Z][a-z]+\s+)?", gap):
                break
            if m.actor and m.actor not in group:
                group.append(m.actor)
            edge = m.end if forward else m.start
        return group

    # -- issues ----------------------------------------------------------------------------


#: Where a cue's clause stops: a stop or a quotation mark.
_CLAUSE_STOP = re.compile(r"[.;:\"“”]")
#: Before a place named as where something is: "in a Maputo hotel", "at the".
_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?:a|an|the)\s+$")
#: After a mediator, those it works with: "together with Russia", "alongside envoys from the
#: African Union", "joined by Robert Zoellick", "backed by the United Nations".
_JOINTLY = re.compile(r"\b(?:together\s+with|jointly\s+with|alongside|joined\s+by|backed\s+by)\s+"
                      r"(?:(?:the\s+)?(?:envoys?|representatives?|mediators?|officials?|"
                      r"delegates?)\s+(?:from|of)\s+)?(?:the\s+)?")
#: A cue that is a verb in the active voice: what follows it is what is mediated ("Qatar to
#: mediate Djibouti-Eritrea border row", "brokered a truce"), the mediator comes before it.
_ACTIVE_VERB = re.compile(r"(?:mediat|facilitat)(?:e|es|ed|ing)|broker(?:s|ed|ing)"
                          r"|\w+ messages between")  # "carried messages between"
#: A passive cue, then a name ("facilitated by the Quakers"): the mediator is after "by",
#: though the reader does not know the name; "brokered by the two countries" looks back.
_NAME_AFTER_BY = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
#: After a bare "hosted", the talks hosted between the sides: "Qatar, which has hosted
#: direct talks between Kinshasa and the rebels" (the host before the verb mediates).
_HOSTED_TALKS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meetings)\s+between\b",
                           re.IGNORECASE)
#: Before "mediators", a preposition that makes them the ones already named: "through the
#: mediators", "via the mediators".
_BY_THE_MEDIATORS = re.compile(r"\b(?:through|via|by|with|to|from)\s+the\s+$", re.IGNORECASE)
#: Before a bare "host", the role taken: "with Egyptian President Hosni Mubarak acting as
#: host", "opened proceedings as host", "played host" (the one before mediates).
_AS_HOST = re.compile(r"\b(?:as|playing|played)\s+(?:the\s+)?$", re.IGNORECASE)
#: A cue that names what was chaired or coordinated: the chair comes before it.
_CHAIRED = re.compile(r"(?:chair|coordinat)\w*\s+(?!by\b).*", re.IGNORECASE | re.DOTALL)
#: After a mediator's noun, the body they mediate for: "chief mediator for the
#: Intergovernmental Authority on Development".
_MEDIATOR_FOR = re.compile(r"\s+(?:for|of|on\s+behalf\s+of)\s+(?:the\s+)?")
#: After the mediator a passive cue names, the body they act for: "mediated by Zambian
#: President Frederick Chiluba on behalf of the Southern African Development Community".
_ON_BEHALF = re.compile(r"[^.;:\"“”]{0,60}?\bon\s+behalf\s+of\s+(?:the\s+)?")
#: Within the names after a passive cue, an organisation a chair acts for: "chaired by Cyrus
#: Vance for the United Nations".
_FOR_BODY = re.compile(r"\sfor\s+(?:the\s+)?")


#: After a cue, a person and the office they hold "of" a body, up to the body: "by Burgess
#: Carr, the Liberian general secretary of the " (the body mediates).
_SERVING_BODY = re.compile(r"\s+(?:by\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+"
                           r"(?:the\s+|a\s+|an\s+)?[^,.;\"“”]{0,40}?\b" + OFFICE_OF_BODY)


#: Between a long name and its acronym: " (", or the name's second half first
#: ("Sudan People's Liberation Movement/Army (SPLM/A)").
_BEFORE_ACRONYM = re.compile(r"(?:/[A-Z][\w-]*)?\s\(")


def _one_with_acronym(actors: list[Mention], text: str) -> list[Mention]:
    """"Karen National Union (KNU)" as one mention, where the gazetteer knows both forms.

    >>> text = "the Movement/Army (MA) and"
    >>> [m.text for m in _one_with_acronym([Mention(4, 12, "Movement", "ma"),
    ...                                     Mention(19, 21, "MA", "ma")], text)]
    ['Movement/Army (MA)']

    >>> text = "the Karen National Union (KNU), and"
    >>> [m.text for m in _one_with_acronym([Mention(4, 24, "Karen National Union", "knu"),
    ...                                     Mention(26, 29, "KNU", "knu")], text)]
    ['Karen National Union (KNU)']
    """
    out: list[Mention] = []
    for m in actors:
        if out and out[-1].actor == m.actor and _BEFORE_ACRONYM.fullmatch(
                text, out[-1].end, m.start) and text.startswith(")", m.end):
            out[-1] = Mention(out[-1].start, m.end + 1, text[out[-1].start:m.end + 1], m.actor)
        else:
            out.append(m)
    return out


def _owned(pos: int, actors: list[Mention], text: str) -> int:
    """Where the actor named at ``pos`` owns the next one, the owned one's start: "facilitated
    by former Finnish president Martti Ahtisaari's Crisis Management Initiative" names the
    organisation as the mediator, not its founder's state."""
    while True:
        here = next((m for m in actors if m.start >= pos), None)
        after = next((m for m in actors if here is not None and m.start >= here.end), None)
        if here is None or after is None:
            return pos
        gap = text[here.end:after.start]
        if not (_POSSESSIVE.fullmatch(gap) or (here.text.endswith(("'s", "’s"))
                                               and _OWNED_GAP.fullmatch(gap))):
            return pos
        pos = after.start


def _his_own(pos: int, actors: list[Mention], text: str) -> int:
    """Past a former official's state to the body they lead: "brokered by former Finnish
    president Martti Ahtisaari and his Crisis Management Initiative" names the initiative."""
    here = next((m for m in actors if m.start >= pos), None)
    if here is None or not re.search(r"\b(?:former|ex-)\s*$", text[max(0, here.start - 10):
                                                                    here.start], re.IGNORECASE):
        return pos
    after = next((m for m in actors if m.start >= here.end), None)
    if after is not None and _HIS_OWN.fullmatch(text[here.end:after.start]):
        return after.start
    return pos


#: "president Martti Ahtisaari and his ": an official's name, then his own body.
_HIS_OWN = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:\s+[A-Z][\w'’.-]+){1,3}\s+"
                      r"(?:and|with)\s+(?:his|her|their)\s+(?:own\s+)?")
_OWNED_GAP = re.compile(r"\s+(?:(?:own|new|former)\s+)?")
#: "X's Y" or "X president Name's Y": Y is X's.
_POSSESSIVE = re.compile(r"(?:\s+(?:[a-z][\w-]*\s+){0,3}[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?"
                         r"(?:'s|’s)\s+(?:(?:own|new|former)\s+)?")


def _late_and_rare(actor: str, mentions: Counter[str], party: Counter[str],
                   first: Mapping[str, float]) -> bool:
    """Whether ``actor``, never set across the table, enters the story late and stays at its
    edge: first named (itself or by an official) after its first fifth, and named less than a
    fifth as often as the actor named most. An outside state or group that comments ("Egypt
    said it would not accept ...", late in a story about Ethiopia and Somalia) is no side;
    the sides of a story are in its opening and named throughout.

    >>> _late_and_rare("egypt", Counter(ethiopia=12, somalia=10, egypt=2), Counter(),
    ...                {"egypt": 0.7})
    True
    >>> _late_and_rare("egypt", Counter(ethiopia=12, egypt=2), Counter(), {"egypt": 0.1})
    False
    """
    at = first.get(actor)
    if at is None or party[actor] >= 3 or at <= 0.2:
        return False
    return mentions[actor] < 0.2 * max(mentions.values())


def _onlooker(actor: str, mentions: Counter[str], party: Counter[str], said: Counter[str],
              spoke: Counter[str]) -> bool:
    """Whether ``actor`` is named once, and never across the table, a state or a body heard
    once at most: an outside government ("the US ambassador said Washington supported the
    accord", "Oslo stood ready to host a donors' conference") or a council named in passing
    ("Yemen's government, whose Presidential Leadership Council ..., said") comments on the
    talks, it is no side.

    >>> none = Counter()
    >>> _onlooker("greece", Counter(greece=1), none, Counter(greece=2), none)
    True
    >>> _onlooker("greece", Counter(greece=1), Counter(greece=3), none, none)
    False
    >>> _onlooker("ndc", Counter(ndc=1), none, Counter(ndc=1), Counter(ndc=1))
    True
    >>> _onlooker("ndc", Counter(ndc=1), none, Counter(ndc=2), Counter(ndc=2))
    False
    """
    if mentions[actor] > 1 or party[actor] >= 3:
        return False
    return ACTOR_KINDS.get(actor) == "state" or (said[actor] <= 1 and spoke[actor] <= 1)


def _speaks_from_outside(actor: str, party: Counter[str], said: Counter[str],
                        across: set[str]) -> bool:
    """Whether ``actor`` is a state that only comments on talks the text sets between two
    others: no structural evidence of its own (no "talks between", delegation, signature)
    while two other actors have it, and one position stated at most. A neighbour's warning
    ("Tehran would block any corridor"), a great power's expectation ("Washington expected
    full compliance") or a donor's pledge is heard from outside the table; a side that sits
    at it is named there.

    >>> across = {"ghana", "vlf"}
    >>> _speaks_from_outside("togo", Counter(togo=1), Counter(togo=1), across)
    True
    >>> _speaks_from_outside("togo", Counter(togo=1), Counter(togo=2), across)
    False
    >>> _speaks_from_outside("ghana", Counter(ghana=3), Counter(ghana=1), across)
    False
    >>> _speaks_from_outside("togo", Counter(togo=1), Counter(togo=1), {"ghana"})
    False
    """
    return (ACTOR_KINDS.get(actor) == "state" and party[actor] < 3 and said[actor] < 2
            and len(across - {actor}) >= 2)


def assign_roles(mentions: Counter[str], party: Counter[str], said: Counter[str],
                 mediator: Counter[str], spoke: Counter[str], any_statement: bool,
                 bystanders: frozenset[str] = frozenset(),
                 first: Mapping[str, float] | None = None) -> dict[str, str]:
    """Each actor's role. A mediator where the text says so (unless far more often named as
    a side); a party with structural evidence (talks between, delegations, the subject of an
    agreement) or positions of its own; at least two parties when anyone spoke.
    ``bystanders`` (aid agencies, analysts' institutes) are never parties nor mediators
    (an analyst's "the mediators' deadline" names none), and
    :data:`THIRD_PARTIES` only with structural evidence, nor is a state named once without it
    (:func:`_onlooker`).

    >>> un = {"united-nations": 2}
    >>> assign_roles(Counter(iran=3, us=3, **un), party=Counter(iran=3, us=3),
    ...              said=Counter(un), mediator=Counter(), spoke=Counter(un),
    ...              any_statement=True)["united-nations"]
    'other'
    """
    kinds: dict[str, str] = {}
    across = {a for a in mentions if party[a] >= 3 and not mediator[a] * 3 >= party[a]}
    for actor in mentions:
        if mediator[actor] and mediator[actor] * 3 >= party[actor] and actor not in bystanders:
            kinds[actor] = "mediator"
        elif actor in bystanders or _onlooker(actor, mentions, party, said, spoke) or (
                _speaks_from_outside(actor, party, said, across)) or (
                _late_and_rare(actor, mentions, party, first or {})):
            kinds[actor] = "other"
        elif party[actor] >= 3 or (actor not in THIRD_PARTIES and (said[actor] >= 2 or (
                said[actor] >= 1 and mentions[actor] + spoke[actor] >= 2))):
            kinds[actor] = "party"
        else:
            kinds[actor] = "other"
    missing = 2 - sum(1 for k in kinds.values() if k == "party")
    if missing > 0 and any_statement:
        ranked = sorted((a for a in mentions if kinds[a] == "other" and a not in bystanders
                         and a not in THIRD_PARTIES and party[a] + said[a] + spoke[a] > 0
                         and not _onlooker(a, mentions, party, said, spoke)),
                        key=lambda a: (-party[a] - said[a], -spoke[a], -mentions[a], a))
        for actor in ranked[:missing]:
            kinds[actor] = "party"
    return kinds
