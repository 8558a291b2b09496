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
- **Dates.** The date just after the speech verb, the nearest before it, or one elsewhere
  in the attribution outside the statement's words
  (:func:`zopa.evidence.dates.speech_date`), resolved against the article's date; else the
  date of the occasion the attribution names ("said at the signing", "after the ceremony":
  :func:`zopa.evidence.dates.find_events`); "on the same day", "at the time" against the
  last date the text gives; else the date of the sentence before when the speaker opens it
  ("Kiir struck a conciliatory note on Wednesday."), the statement before in the paragraph,
  the speaker's date of the paragraph before, else the article's date. These rules are
  :class:`zopa.evidence.statement_dates.DateRules`, mixed into the document reader.
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
[('iran', 'party'), ('united-states', 'party'), ('european-union', 'mediator')]
>>> s = r.statements[0]
>>> s.speaker, s.side, s.date.isoformat(), s.kind, s.quote
('Javad Zarif', 'iran', '2021-04-06', 'red_line', 'We will never give up enrichment')
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import multiprocessing
import os
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .dates import (
    resolve_relative,
)
from .gazetteer import (
    ACTOR_KINDS,
    ACTOR_NAMES,
    INSTITUTIONS,
    MOVEMENTS,
    OFFICIAL_SURNAMES,
    OFFICIALS,
    OPPOSITIONS,
    PREDECESSORS,
    STATE_AGENCIES,
    SURFACES,
    THIRD_PARTIES,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    communities,
    official,
    surfaces_in,
    words,
)
from .issues import REGION, FoundIssue, find_issues
from .lexicon import (
    ANONYMOUS,
    COMMENTATOR,
    MEDIATION,
    OFFICE_OF_BODY,
    SPEECH,
    TERRITORIAL,
    kind_of,
)
from .model import Actor, Document, Issue, Reading, Source, Statement
from .nlp import pipeline
from .openactors import MEDIA, actor_id, find_local_actors, formal_state
from .prefilter import fold, matches_at_words, may_match, opening_words, required
from .records import Found, Mention, Person, Said
from .roles import RoleRules, assign_roles
from .sides import (
    _FORMER_TITLE,
    _GENERIC_GROUP,
    _GENERIC_HEADS,
    _LEADER_HEADS,
    _LIVES_IN,
    _LIVING,
    _OFFICE_HEADS,
    _SCHOLAR_BEFORE,
    SideRules,
    _civil_office,
    _most_of_all,
    scholarly,
)
from .source import load_file, plain_text
from .statement_dates import DateRules, date_back
from .units import Unit, is_headline, mask_quotes, paragraphs_of, sentence_units

__all__ = ["read_documents", "read_files", "read_text"]

_WORD = re.compile(r"[\w][\w.'’\-]*|[,;:]")
#: A second point reported after a statement: '"...," he said, adding that ...'.
_ADDING = re.compile(
    # (the comma may close a quotation: 'offered "everything it allows," adding that')
    r"(?:,|[\"”])\s+(?:adding|noting|warning|stressing|insisting) that\s+"
    # an offer or an appeal made in the same breath: '"...," he said, offering an amnesty'
    r"|,\s+(?=(?:offering|promising|pledging|urging|calling on)\s)"
    # a second verb of the speaker: "said X and promised to return", "..., and proposed that"
    r"|,?\s+(?:and|but)\s+(?:also\s+)?(?=(?:promised|pledged|vowed|urged|proposed|"
    r"threatened|regretted|called on)\b)"
    # "... and repeated his claim that Tel Aviv will not allow ..."
    r"|,?\s+and\s+(?:repeated|reiterated|restated)\s+(?:his|her|their|its)\s+(?:\w+\s+)?(?:claim|"
    r"warning|view|position|call|demand|insistence|pledge)\s+that\s+"
    # the rest of a reported statement after a quoted phrase: 'had signed "X" and would press'
    r"|(?<=[\"”])\s+(?:and|but)\s+(?=(?:would|will|must|could|should|was|were|is|are)\b)")
_COMMON = words("""the a an this that these those it its he she they we i you his her their
our in on at of for to from by with and or but as if when while after before since mr mrs ms
officials official some many both all any each one two three four five six its also however
meanwhile today yesterday last earlier later then there here what which who whom whose
""")
_SKIP_BEFORE_VERB = words("""also later again then previously earlier had has have would only
will once reportedly publicly recently separately repeatedly further has already had still
long always consistently often
on monday tuesday wednesday thursday friday saturday sunday today yesterday""")
#: Verbs whose object or infinitive is the act reported: "urged the rebels to join",
#: "threatened on Sunday to walk out unless ...": the statement's words include the verb.
_ACT = re.compile(r"(?:urged|urges|promised|promises|threatened|threatens|rejected|rejects|"
                  r"vowed|vows|pledged|pledges|offered|offers|proposed|proposes|demanded|"
                  r"demands|called for|calls for|called on|calls on|commended|commends|"
                  r"ruled out|rules out|refused|regretted)",
                  re.IGNORECASE)
#: Appeals and praise the speech verbs leave out: "called on the rebels to join",
#: "commended the two sides for their readiness".
_APPEAL = re.compile(r"\b(?:called on|calls on|commended|commends)\b", re.IGNORECASE)
#: An aside after "According to X,": "speaking on Monday,", "in a statement,".
_SPEAKING = re.compile(r"\s*(?:speaking|writing|in an? [\w ]{1,30}?|on \w+)\b[^,;\"“”]{0,60},")
#: A participle that reports words: ", saying (that)", ", telling both teams that".
_PARTICIPLE = re.compile(r",\s+(saying|telling\s+(?:[\w'’-]+\s+){1,4}?that)\s+(?:that\s+)?")
#: A name and where the person works, after the verb: "said Corinne Dufka of Human Rights
#: Watch".
_NAME_OF = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:of|from|at)\s+[A-Z]")
#: A name and a colon before a quotation: 'Annan: "Compromise was necessary ..."'.
_COLON = re.compile(r"[^:;,\"“”\n]{2,60}?(:)\s*[\"“]")
#: A quotation that opens with a verb: the predicate of the words reported before it.
_PREDICATE = re.compile(r"(?:would|will|could|can|must|should|had|has|have|is|are|was|were|"
                        r"did|does|do|cannot|won't|can't)\b(?:\s+(?:not|never|no longer|to))?")
#: The remit after a title: "ambassador-at-large for the talks", "envoy to the negotiations".
_FOR_THE_TALKS = re.compile(r"\b(?:for|to|at|in)\s+the\s+(?:talks|negotiations|process|dialogue|"
                            r"conference)\s*$")
#: A clause and a colon before a quotation, the clause opened by its speaker (see
#: :meth:`_DocReader._clause_subject`).
_CLAUSE_COLON = re.compile(r"[^:;\"“”\n]{2,160}?(:)\s*[\"“]")
#: A verb that attributes the quotation after its object: 'called the deal "a victory"',
#: 'praised the host as "the man who made this possible"', 'describing it as "a step"'.
_QUOTING = re.compile(r"\b(?:called|calling|described|describing|praised|hailed|termed|"
                      r"branded|dubbed|welcomed|welcoming)(?=\s+(?:[\w'’-]+\s+){0,6}?(?:as\s+)?[\"“])",
                      re.IGNORECASE)
#: The speech verb of a channel's report, "Tehran radio quoted the foreign minister as
#: saying ...": "as saying", its speaker just before it (see :func:`_quoted_as`).
_AS_SAYING = re.compile(r"\bas\s+(?:saying|telling)\b", re.IGNORECASE)
_QUOTED_BEFORE = re.compile(r"\bquoted\s+(?:[\w'’.,-]+\s+){1,10}$", re.IGNORECASE)
_PRONOUNS = {"he": "person", "she": "person", "it": "body", "they": "group"}
_ABOUT = re.compile(r"(?:'s|’s)\s+(?:\w+\s+)?(?:request|requests|demand|demands|insistence|"
                    r"conditions?|calls?|proposals?|refusal|rejection|position|offer|"
                    r"precondition|preconditions|plan)\b", re.IGNORECASE)
#: A capital standing for its government: "the government in Damascus".
_SEAT_OF = re.compile(r"\b(?:government|authorities|leadership|regime|administration|"
                      r"rulers|junta) in\s+$", re.IGNORECASE)
#: The most words of reported speech that lead into a quoted fragment and count for its
#: kind (:meth:`_DocReader._frame`): "said Dublin would not accept".
_FRAME_WORDS = 10
#: A finite verb: the words before "that" are then a clause of their own.
_FINITE = re.compile(r"\b(?:is|are|was|were|would|will|could|can|had|has|have|did|does|"
                     r"must|should|might|may)\b", re.IGNORECASE)
#: A speaker named by an office of a body, up to the verb: "The head of Iran's diplomatic
#: apparatus " (see :meth:`_DocReader._speaker_left`).
_OFFICE_OF_BODY_RUN = re.compile(
    r"(?:(?<=^)|(?<=^[Tt]he )|(?<=\. [Tt]he )|(?<=, [Tt]he ))(?:head|chief|leader|director|"
    r"spokesman|spokeswoman|spokesperson|secretary|chairman|president)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:['’]s)?(?:\s+[a-z][\w-]*){1,3}\s*$")
#: A sentence's reported clause, then its speaker set off by commas: "Russia was ready to
#: send battalions, he said, " (the clause in group "clause"; no quotation in it).
_REPORTED_BEFORE_ASIDE = re.compile(
    r"\s*(?P<clause>[A-Z][^\"“”.;:]{20,300}?),\s+(?:he|she|they|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)"
    r"{0,2}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|added|told\s+\w+|went on|stressed|insisted|"
    r"warned)\s*,\s+[^\"“”]*[\"“”]")
#: A name after an article written lower-case: the Arabic one ("al-Shabaab", "el-Sisi"), or
#: the English one of a name that has it ("the Gambia", "the Bahamas").
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]|the\s[A-Z]")
#: What may open a sentence before its subject: "In Tehran, ", "On Monday, ".
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:In|At|On|From|Later|Earlier|Meanwhile)\b[^,.;]{0,40},\s*)?")
#: A document or outlet after "according to": the channel of a statement, not its speaker.
_CHANNEL = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:statement|readout|transcript|"
                      r"reports?|communiqu[eé]|video|post|text|copy|recording|release|"
                      # "according to the official Pars news agency", "to state television"
                      r"news\s+agency|agency|radio|television|newspaper|channel|broadcaster)\b"
                      r"|\s+(?:state|official)\s+(?:radio|television|media|news\s+agency)\b",
                      re.IGNORECASE)
#: Title heads that name one person, not a body ("a Hamas official", "the army spokesman").
_PERSON_HEADS = _GENERIC_HEADS | _LEADER_HEADS | frozenset({
    "spokesman", "spokeswoman", "spokesperson", "envoy", "source", "diplomat", "minister",
    "aide", "adviser", "advisor", "ambassador", "mediator", "representative", "delegate"})
#: A bare head-of-state or government title ("President"): a dateline's home leader.
#: "former UN secretary-general", "ex-Finnish president": an office held no longer.
_FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time)\s*$", re.IGNORECASE)
#: What follows a surname in a full name: "Silvestre Bello III", "Martin Luther King Jr."
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
#: "prime minister in exile in Sweden", "a businessman based in London": where a person
#: lives is no side of theirs.
_PLACE_OF_LIFE = re.compile(rf"\s+(?:(?:who\s+)?{_LIVING}\s+in|in\s+exile)\b.*$", re.IGNORECASE)
_NOT_A_PARTY = re.compile(r",\s+(?:who|which)\s+(?:(?:(?:is|was|are|were)\s+not|"
                          r"ha(?:s|ve)\s+not\s+been)\s+(?:a\s+)?part(?:y|ies)\s+to\b"
                          # "the SLM faction, which boycotted the Juba process"
                          r"|(?:(?:has|have|had)\s+)?(?:boycott(?:ed|s)|stayed\s+(?:away|out)|"
                          r"(?:did|do|does)\s+not\s+(?:take\s+part|sign|attend|join|participate)|"
                          r"refused\s+to\s+(?:sign|join|attend|take\s+part)))\b",
                          re.IGNORECASE)
#: Talks rejected from outside, up to who rejected them: "the talks were rejected outright by ".
_REJECTED_BY = re.compile(r"\b(?:talks|negotiations|agreement|deal|accord|process|conference)\s+"
                          r"(?:was|were|ha(?:s|ve)\s+been)\s+(?:\w+\s+)?(?:rejected|denounced|"
                          r"boycotted|condemned)\s+(?:\w+\s+)?by\s+(?:the\s+)?", re.IGNORECASE)
#: Between an actor and the clause about it: "'s government", " delegation", ")".
_BODY_GAP = re.compile(r"(?:['’]s)?(?:\s+[a-z-]+)?(?:\s+(?:government|army|military|delegation|"
                       r"authorities|leadership|side|faction))?\)?")
#: What an outsider says of a deal: an appeal to both sides, an offer of help or support.
_OUTSIDER = re.compile(r"\b(?:urg\w*|call\w*\s+on|appeal\w*\s+to|encourag\w*|press\w*)\s+"
                       r"(?:both|all|the\s+two|the)\s+(?:sides|parties|rebels|holdouts|"
                       r"non-signator\w+)\b|\bready\s+to\s+(?:help|support|assist|fund)\b"
                       # "Both sides want to avoid a return to conflict": said of the two sides
                       r"|\b(?:both|the\s+two)\s+sides\s+(?:want|need|must|should|have\s+to)\b"
                       r"|\b(?:would|will)\s+(?:continue\s+to\s+)?(?:support|fund)\b"
                       # "expected full compliance from both sides", "expected the holdouts to"
                       r"|\bexpect\w*\s+(?:[\w-]+\s+){0,4}?(?:from\s+|of\s+)?(?:both|all|the\s+two|"
                       r"the)\s+(?:sides|parties|holdouts|rebels|signatories)\b"
                       # "welcomed the agreement and called for": a reaction to the deal
                       r"|\b(?:welcom|hail|prais|applaud)\w*\s+the\s+(?:[\w-]+\s+)?(?:agreement|"
                       r"deal|accord|declaration|ceasefire|truce|protocol)\b",
                       re.IGNORECASE)
#: "Absent were the KIA and the UWSA": a list of those who stayed away follows.
_ABSENT = re.compile(r"\b(?:absent|missing)\s+(?:from\s+the\s+\w+\s+)?were\s+(?:the\s+)?"
                     r"|\bnon-signatories\s+(?:are|were|include[ds]?)\s+(?:the\s+)?", re.IGNORECASE)
#: What an organisation the recogniser found but the reader does not know looks like:
#: capitalised words, no figures, no "and" between two names of people.
_NAMED_BODY = re.compile(r"(?!.*\d)[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|the|and|on|"
                         r"in|de|du|des|la|al|el))*")
#: After a name, the organisation its bearer acts for: "Cyrus Vance for the United Nations".
_FOR_ORGANISATION = re.compile(r"\s+for\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?"
                               r"[A-Z][\w'’.-]*){0,6})")
#: An attribution that describes, by age, the person just named: "the 86-year-old Amal
#: leader said".
_AGED = re.compile(r"\bthe\s+\d{2,3}-year-old\s", re.IGNORECASE)
#: The subject of its sentence is no signer: "The M23 rebels, who seized Goma in January,
#: are not signatories."
_NO_SIGNER = re.compile(r"\b(?:is|are|was|were)\s+not\s+(?:a\s+)?(?:signator(?:y|ies)|signers?)\b",
                        re.IGNORECASE)
#: "their host, President ...", "the host, ...": the person who receives the talks.
_HOST = re.compile(r"\b(?:the|their|our|his|her)\s+hosts?,?\s*$", re.IGNORECASE)
#: (Matched after its style, :data:`_STYLE`, is taken off: "His Royal Highness Crown Prince".)
_HOME_TITLE = re.compile(r"(?:the\s+)?(?:President|Prime Minister|Premier|King|Queen|Emir|Sultan|"
                         r"Crown Prince|Chancellor)", re.IGNORECASE)
#: An office held for the talks, after a title: "..., who acted as the envoy of the UN".
_ACTING_AS = re.compile(r"\s+who\s+(?:acted|acts|served|serves|was acting|is acting)\s+as\s+"
                        r"(?:the\s+)?([^,.;]{3,80})")
#: A body the person heads, after a title: "..., who heads the OSCE's mission in Grozny".
_HEADING = re.compile(r"\s+who\s+(?:heads|headed|leads|led|chairs|chaired|directs|directed)\s+"
                      r"(?:the\s+)?([^,.;]{3,60})")
#: Onlookers and where they are: "analysts in Khartoum", "Western diplomats in Skopje".
_ONLOOKERS_IN = re.compile(r"\b(?:(?:[A-Z][a-z]+|military|political|local|foreign)\s+)?"
                           r"(?:analysts?|diplomats?|traders?|dealers?|residents?|observers?|"
                           r"witnesses|experts?|commentators?|economists?|bankers?|journalists?|"
                           r"correspondents?)\s+(?:in|at|from)\s+(?=[A-Z])", re.IGNORECASE)
_ONLOOKERS_BEFORE = re.compile(_ONLOOKERS_IN.pattern.removesuffix("(?=[A-Z])") + "$",
                               re.IGNORECASE)
#: "... with General Lazaro Sumbeiywo as chief mediator".
_AS_MEDIATOR = re.compile(r",?\s+as\s+(?:the\s+)?(?:(?:chief|lead|main|special|joint|sole)\s+)?"
                          r"(?:mediator|facilitator)\b", re.IGNORECASE)
#: An appositive naming the body whose mediator the person is: "the mediator appointed by
#: SADC", "the chief facilitator of the African Union" (not "the mediator for Sudan").
_OWN_MEDIATOR_TITLE = re.compile(r"(?:the\s+)?(?:(?:chief|lead|main|joint|sole|special)\s+)?"
                                 r"(?:mediator|facilitator)\s+(?:(?:appointed|named|chosen|"
                                 r"designated|mandated)\s+by|of)\s+(?:the\s+)?(?-i:[A-Z])",
                                 re.IGNORECASE)
#: A movement named by its common noun: "the Front", "the rebels", "the movement".
_GENERIC_BODY = re.compile(r"\b[Tt]he\s+(?:Front|front|[Mm]ovement|rebels|guerrillas|insurgents|"
                           r"[Oo]pposition)\b(?!\s*['’])")
#: A given name between an honorific and the surname the recogniser found: "Mr Laurent ".
_GIVEN_AFTER_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Excellency)\.?\s+([A-Z][a-z][\w'’-]*\s+)$")
#: An honorific that ends the words before a name: "..., His Excellency", "..., Mr".
_HONORIFIC_END = re.compile(r"\s*\b(?:(?:His|Her)\s+Excellency|Mr|Mrs|Ms|Dr)\.?\s*$")
#: A style the recogniser takes into a name: "(His) Majesty King Hussein", "His Royal
#: Highness Crown Prince Hassan".
_STYLE = re.compile(r"^(?:(?:His|Her)\s+)?(?:Royal\s+)?(?:Majesty|Excellency|Highness|Eminence|"
                    r"Holiness)\s+")
#: A clause after a name: the person leads a delegation named by its side (group 1).
_LEADS_DELEGATION = re.compile(r",\s+(?:(?:the|a|an)\s+[^,.;\"“”]{0,60}?\s+)?who\s+"
                               r"(?:[^,.;\"“”]{0,60}?\s+)?(?:led|leads|heads|headed|"
                               r"is leading|was leading)\s+(?:the\s+)?([^,.;\"“”]{1,40}?)\s+"
                               r"(?:delegation|negotiating team|team|negotiators|side|panel)\b")
#: A clause after a name: the person heads or speaks for a body (group 1), "who heads the
#: HCUA", ", the lawyer who speaks for the MEF".
_BODY_WORD = (r"(?:[A-Z][\w'’.-]*|of|for|and|the|force|movement|front|party|council|"
              r"commission|mission|army|group|alliance|coalition|union|delegation)")
_HEADS_BODY = re.compile(r",\s+(?:(?:the|a|an)\s+[^,.;\"“”]{0,50}?\s+)?who\s+(?:now\s+|also\s+)?"
                         r"(?:heads|headed|leads|led|chairs|chaired|commands|commanded|"
                         r"speaks\s+for|spoke\s+for|represents|represented)\s+(?:the\s+)?("
                         + _BODY_WORD + r"(?:\s+"
                         + _BODY_WORD + r"){0,6}?)(?=[,.;]|\s+(?:said|says|told|and|in|at|on)\b)")
#: "Arnold Smith, the Canadian diplomat who is Secretary-General of the Commonwealth": the
#: office held names the side, not the nationality before it.
_HOLDS_OFFICE = re.compile(r",\s+(?:(?:the|a|an)\s+[^,.;\"“”]{0,50}?\s+)?who\s+(?:is|was)\s+"
                           r"(?:now\s+|also\s+)?"
                           r"(?:the\s+)?(?P<office>(?i:" + OFFICE_OF_BODY + r")(" + _BODY_WORD
                           + r"(?:\s+" + _BODY_WORD + r"){0,6}?))"
                           r"(?=[,.;]|\s+(?:said|says|told|and|in|at|on)\b)")
#: "signed for Georgia by ...", "on behalf of Israel by Prime Minister ...": the side
#: before (see :meth:`_DocReader._signed_for`), then up to the name.
_FOR_BEFORE = re.compile(r"\b(?:for|on behalf of)\s+(?:the\s+)?$", re.IGNORECASE)
_BY_AFTER = re.compile(r"(?:\s+(?:side|delegation|government))?\s+by\s+[^,.;\"“”]{0,70}?,?\s*")
#: A news agency in brackets: "(Petra)", "(SUNA)" (:data:`STATE_AGENCIES`).
_AGENCY = re.compile(r"\((" + "|".join(re.escape(a) for a in sorted(
    STATE_AGENCIES, key=len, reverse=True)) + r")\)", re.IGNORECASE)
#: How far, in characters, an actor named in the sentence of a person's first mention may
#: be from it to give the person's side (:meth:`_DocReader._nearest_sides`).
_NEAR = 80
#: The offices a style refers back to: "His Majesty" is the king named before.
_STYLED = {"majesty": frozenset({"king", "queen", "emperor", "empress", "sultan"}),
           "highness": frozenset({"prince", "princess", "emir", "sheikh", "sultan"})}
#: A clause that makes a person the talks' chair: ", who chaired the talks".
_CHAIRED = re.compile(r",\s+who\s+(?:had\s+)?(?:chaired|hosted|presided\s+over|convened)\s+"
                      r"(?:the\s+)?(?:talks|negotiations|meetings?|conference)\b")
#: A live blog's time stamp that the recogniser takes into the name after it: "09:42 Nelson".
_TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s+(?=[A-Z])")
#: A title held for the person named before: "His spokesman", "her chief adviser".
_ENTOURAGE_TITLE = re.compile(r"(?:his|her)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|aides?|"
                              r"advis[eo]rs?|deputy|envoy|negotiator|chief of staff)\b",
                              re.IGNORECASE)
#: An abbreviation whose dots end no sentence or title: "U.S.", "U.N.".
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}")
#: A title that makes its holder the talks' own mediator: "the facilitator of the talks".
_MEDIATOR_TITLE = re.compile(r"^(?:the\s+)?(?:chief\s+|lead\s+|main\s+)?(?:mediator|facilitator)\b",
                             re.IGNORECASE)
#: After a city's name, the document or process named for it: "the Lusaka Protocol", "the
#: Minsk agreements", "the Arusha peace process" name a text or a forum, not the state.
_NAMED_FOR_CITY = re.compile(r"\s+(?:[Pp]eace\s+|[Cc]easefire\s+|[Ff]ramework\s+)?"
                             r"(?:[Pp]rotocols?|[Aa]ccords?|[Aa]greements?|[Dd]eclaration|"
                             r"[Mm]emorandum|[Pp]rocess|[Cc]ommuniqu[eé]|[Tt]reaty)\b")
#: The gazetteer's forms that are an office ("secretary-general" for the UN's) and what
#: names another body's holder of it: "the Secretary-General of the New Forces".
_TITLE_SURFACES = frozenset(f for f in SURFACES if f in TITLE_WORDS)
_OFFICE_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|near|outside|to|into|via|across)\s+$",
                                re.IGNORECASE)
#: The full names of the well-known officials, found even where the recogniser misses them.
_OFFICIAL = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(
    (n for n in OFFICIALS if " " in n), key=len, reverse=True)) + r")\b", re.IGNORECASE)
#: The first word of each of those names, lower-cased: where a match may start.
_WORD_START = re.compile(r"\b\w+")
_OFFICIAL_FIRST = opening_words((n for n in OFFICIALS if " " in n), _WORD_START)


def _officials_in(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_OFFICIAL` in ``text``, as ``finditer`` gives them (tried only
    where a word that opens one of the names starts)."""
    return matches_at_words(_OFFICIAL, text, word=_WORD_START, openings=_OFFICIAL_FIRST)


def read_text(text: str, *, file: str = "<text>", date: datetime.date | None = None
              ) -> Reading:
    """Read one text (plain or HTML); ``date`` is the article's date when the text has no
    dateline."""
    body, title, found = plain_text(text, file=file)
    return read_documents([Document(file, title, date or found, body)])


def read_files(paths: Sequence[Path], *, progress: Callable[[int], None] | None = None,
               processes: int | None = None) -> Reading:
    """Read the files at ``paths`` (each checked before it is read); ``progress`` is called
    with the number of documents read so far."""
    docs = []
    for path in paths:
        body, title, date = load_file(path)
        docs.append(Document(str(path), title, date, body))
    return read_documents(docs, progress=progress, processes=processes)


def _worth_parsing(para: str) -> bool:
    """Whether a sentence can name a speaker: a speech verb, a quotation or a title word.
    Other sentences (casualty figures, market moves) skip the entity recogniser."""
    if '"' in para or "“" in para or SPEECH.search(para):
        return True
    return any(w.lower() in TITLE_WORDS for w in re.findall(r"[A-Za-z-]+", para))


#: Documents per task when the rules run in several processes.
_CHUNK = 16


def read_documents(docs: Sequence[Document], *,
                   progress: Callable[[int], None] | None = None,
                   processes: int | None = None) -> Reading:
    """Read documents already turned into plain text, in one batched pass of the pipeline
    over the sentences that can name a speaker, their quotations blanked out (a name quoted
    is never a speaker); each document's rules run as soon as its last sentence is parsed,
    and ``progress`` is called with the number of documents done. Many documents (four
    chunks or more, or any number above one chunk with ``processes`` > 1) are read in
    chunks on two processes, pipeline and rules alike: the same result, in the same order."""
    if processes is None:
        many = len(docs) >= 4 * _CHUNK and (os.cpu_count() or 1) >= 2
        processes = 2 if many else 1
    if processes > 1 and len(docs) > _CHUNK:
        return _merge(_find_in_processes(docs, processes, progress))
    return _merge(_find(docs, progress))


def _find_in_processes(docs: Sequence[Document], processes: int,
                       progress: Callable[[int], None] | None) -> list[Found]:
    """The findings of each chunk of documents, read in worker processes, in document
    order. Workers are forked when this process runs one thread (nothing can hold a lock
    across the fork), else spawned (a progress bar's thread runs): a spawned worker imports
    the main module again, so a script that reads this way guards its top level with
    ``if __name__ == "__main__"``, as the ``zopa`` command does."""
    chunks = [list(docs[k:k + _CHUNK]) for k in range(0, len(docs), _CHUNK)]
    method = "fork" if threading.active_count() == 1 and os.name == "posix" else "spawn"
    found: list[Found] = []
    with ProcessPoolExecutor(max_workers=processes,
                             mp_context=multiprocessing.get_context(method)) as pool:
        for chunk in pool.map(_find, chunks):
            found += chunk
            if progress is not None:
                progress(len(found))
    return found


def _find(docs: Sequence[Document], progress: Callable[[int], None] | None = None
          ) -> list[Found]:
    """What each document yields, read in this process."""
    nlp = pipeline()
    jobs = []
    for k, doc in enumerate(docs):
        masked, _ = mask_quotes(doc.text)
        jobs += [(k, u.start, masked[u.start:u.end]) for u in sentence_units(doc.text)
                 if _worth_parsing(doc.text[u.start:u.end])]
    persons: dict[int, list[tuple[int, int]]] = defaultdict(list)
    entities: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
    last = {k: i for i, (k, _, _) in enumerate(jobs)}
    found: list[Found | None] = [None] * len(docs)
    done = 0

    def finish(k: int) -> None:
        nonlocal done
        found[k] = _DocReader(docs[k], persons.pop(k, []), entities.pop(k, [])).read()
        done += 1
        if progress is not None:
            progress(done)

    next_doc = 0
    for i, parsed in enumerate(nlp.pipe((p for _, _, p in jobs), batch_size=128)):
        k, offset, _ = jobs[i]
        for ent in parsed.ents:
            span = (offset + ent.start_char, offset + ent.end_char)
            if ent.label_ == "PERSON":
                persons[k].append(span)
            elif ent.label_ in ("ORG", "GPE", "NORP"):
                entities[k].append((*span, ent.label_, ent.text))
        if last[k] == i:
            while next_doc <= k:
                finish(next_doc)
                next_doc += 1
    while next_doc < len(docs):
        finish(next_doc)
        next_doc += 1
    return [f for f in found if f is not None]


class _DocReader(SideRules, RoleRules, DateRules):
    """The rules applied to one document."""

    #: The last speaker named by a title only ("the chief negotiator"), and where.
    title_only: tuple[int, str, str | None] | None = None

    def __init__(self, doc: Document, persons: list[tuple[int, int]],
                 entities: list[tuple[int, int, str, str]]) -> None:
        self.doc = doc
        self.text = doc.text
        self.found = Found(doc)
        self.people: dict[str, Person] = {}
        self.surnames: dict[str, str] = {}
        self.given: dict[str, str] = {}
        self.person_spans = sorted(persons)
        self.entities = entities
        self.last_person: str | None = None
        self.unit_start = 0  # the offset of the unit being read
        self.last_body: tuple[str, str | None] | None = None
        self.masked = self.text
        self.quotes: list[tuple[int, int]] = []
        self.local = find_local_actors(doc.text, entities)
        self.government_team: list[str] = []
        #: The persons whose title names a civil office of a state and no state ("Foreign
        #: Minister X"): the home state's, once the mediators are known.
        self.home_office: list[str] = []
        #: The persons named "as chief mediator": the mediating body's, once it is known.
        self.as_mediator: list[Mention] = []
        #: The persons whose side is only the dateline's state ("President X" in wire copy).
        self.by_dateline: set[str] = set()
        #: The persons introduced as analysts or scholars, of no side (:meth:`_scholar`).
        self.onlookers: set[str] = set()

    # -- structure -------------------------------------------------------------------------

    # -- mentions --------------------------------------------------------------------------

    def _actor_mentions(self) -> list[Mention]:
        out = []
        peoples = communities(self.text)
        for m in surfaces_in(self.text):
            form = m.group(0)
            actor = SURFACES[form.lower()]
            if not (form[0].isupper() or form[0].isdigit() or _ARTICLE_NAME.match(form)
                    ) or actor in peoples:
                continue  # "the somali" is no name; "al-Shabaab" is
            if len(form) <= 3 and not form.replace(".", "").isupper():
                continue
            if form.lower() in _TITLE_SURFACES and _OFFICE_OF.match(self.text, m.end()):
                continue  # "the Secretary-General of the New Forces" is not the UN's
            before = self.text[max(0, m.start() - 12):m.start()]
            if _LIVES_IN.search(self.text, max(0, m.start() - 30), m.start()):
                continue  # "in exile in Sweden": where someone lives, not an actor
            place = form.lower() != ACTOR_NAMES[actor].lower() and not form.lower().endswith(
                ("n", "sh", "ese", "i", "ch", "ian"))
            if place and ((_PLACE_PREPOSITION.search(before) and not _SEAT_OF.search(
                    self.text[max(0, m.start() - 30):m.start()]))
                          or _NAMED_FOR_CITY.match(self.text, m.end())):
                continue
            out.append(Mention(m.start(), m.end(), form, actor=actor))
        return self._local_mentions(out)

    def _local_mentions(self, known: list[Mention]) -> list[Mention]:
        """The gazetteer's mentions with the document's own actors added
        (:mod:`zopa.evidence.openactors`): a local name wins over a gazetteer form inside it
        ("Free Syrian Army"), and "Long Name (ACR)" is one mention."""
        pattern = self.local.pattern
        if pattern is None:
            return known
        local: list[Mention] = []
        for m in pattern.finditer(self.text):
            end = m.end()
            acronym = next((a for a, n in self.local.defined.items() if n == m.group(0)), None)
            if acronym is not None and self.text.startswith(f" ({acronym})", end):
                end += len(acronym) + 3
            if local and m.start() < local[-1].end:
                continue
            local.append(Mention(m.start(), end, m.group(0), actor=self.local.surfaces[m.group(0)]))
        kept = [k for k in known if not any(x.start < k.end and k.start < x.end for x in local)]
        return sorted([*kept, *local], key=lambda x: x.start)

    def _person_mentions(self, actors: list[Mention]) -> list[Mention]:
        taken = [(a.start, a.end) for a in actors]
        out = []
        for a, b in self.person_spans:
            name = self.text[a:b].strip()
            name = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+", "", name)
            name = _STYLE.sub("", name)  # "Majesty King Hussein": the style is no name
            name = _TIME_STAMP.sub("", name)  # a live blog's "11:25 Tsvangirai said"
            while len(name.split()) > 2 and name.split()[0].lower() in TITLE_WORDS:
                name = name.split(maxsplit=1)[1]
            if (not name or any(x <= a < y for x, y in taken) or name.lower() in SURFACES
                    or name.lower() in _MEDIA):
                continue
            if name.lower().split()[-1] in TITLE_WORDS:
                continue
            b = a + len(self.text[a:b].rstrip())
            a = b - len(name)
            given = _GIVEN_AFTER_HONORIFIC.search(self.text, max(0, a - 40), a)
            if given and not any(w.lower() in TITLE_WORDS or w.lower() in SURFACES
                                 for w in given.group(1).split()):
                # "Mr Laurent Gbagbo", "His Excellency Laurent Gbagbo": the recogniser
                # often keeps only the surname after an honorific
                a, name = given.start(1), self.text[given.start(1):b]
            rest = _NAME_REST.match(self.text, b)
            if rest and _name_word(rest.group(1)) and len(name.split()) >= 2:
                # "President Ahmad Tejan Kabbah of Sierra Leone": the recogniser's span
                # stopped a word short
                name, b = name + " " + rest.group(1), rest.end()
            out.append(Mention(a, b, name, person=True))
        for a, b, _, text in self.entities:
            words = text.split()
            if text.lower() in SURFACES or not words or len(words) > 4:
                continue
            before = self.text[max(0, a - 30):a].split()
            if (before and before[-1].lower() in TITLE_WORDS
                    and all(w[:1].isupper() for w in words) and len(words) >= 2
                    and not any(x < b and a < y for x, y in taken)
                    and not any(m.start < b and a < m.end for m in out)):
                out.append(Mention(a, b, text, person=True))
        for m in _TITLED_NAME.finditer(self.text):
            # "the Minister of Foreign Relations, Haroldo Rodas Melgar, and ...": a name set
            # off after a title, which the recogniser missed
            a, b = m.start(1), m.end(1)
            title = self.text[max(0, m.start() - 50):m.start()].split(".")[-1]
            words_ = m.group(1).split()
            if (any(x < b and a < y for x, y in taken) or any(p.start < b and a < p.end
                                                              for p in out)
                    or not _has_title(" ".join(title.split()[-6:]))
                    or any(w.lower() in SURFACES or w.lower() in TITLE_WORDS
                           or w.lower() in _COMMON or w.lower() in _CALENDAR for w in words_)):
                continue
            out.append(Mention(a, b, m.group(1), person=True))
        for m in _officials_in(self.text):
            if any(x < m.end() and m.start() < y for x, y in taken):
                continue
            inside = [p for p in out if p.start < m.end() and m.start() < p.end]
            if inside and all(m.start() <= p.start and p.end <= m.end() for p in inside) and (
                    m.end() - m.start() > max(p.end - p.start for p in inside)):
                # "Jose Eduardo dos Santos", of which the recogniser kept "Jose Eduardo"
                out = [p for p in out if p not in inside]
                inside = []
            if not inside:
                out.append(Mention(m.start(), m.end(), m.group(0), person=True))
        return sorted(out, key=lambda m: m.start)

    def _surname_mentions(self, known: list[Mention]) -> list[Mention]:
        names = {p.name.split()[-1] for p in self.people.values() if len(p.name.split()) > 1}
        names |= set(self.given)
        if not names:
            return []
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")
        spans = [(m.start, m.end) for m in known]
        return [Mention(m.start(), m.end(), m.group(0), person=True)
                for m in pattern.finditer(self.text)
                if not any(a <= m.start() < b for a, b in spans)]

    # -- the whole document ----------------------------------------------------------------

    def read(self) -> Found:
        self.masked, self.quotes = mask_quotes(self.text)
        # a movement's one-word name that opens a person's ("Amal Saleh, a worker with the
        # Norwegian Refugee Council") is the person's first name
        actors = [m for m in self._actor_mentions()
                  if not (" " not in m.text and ACTOR_KINDS.get(m.actor or "") == "group"
                          and any(a == m.start and b > m.end + 1 and self.text[m.end] == " "
                                  for a, b in self.person_spans))]
        persons = self._person_mentions(actors)
        self.actor_mentions = actors
        self.home = self._home(actors)
        self.movement = self._movement(actors)
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
            self.found.mentions[m.actor or ""] += 1
            if m.text.lower() != self._name(m.actor or "").lower():
                self.found.aliases[m.actor or ""].add(m.text)
        self.found.names.update(self.local.names)
        self.found.bystanders |= self.local.bystanders
        units = sentence_units(self.text)
        for p in persons:
            self._register(p, actors)
        self.found.bystanders |= self._not_parties(actors)
        for a, b, label, text in self.entities:
            text = re.sub(r"^the\s+|['’]s$", "", text, flags=re.IGNORECASE)
            if any(m.start < b and a < m.end and text.lower() in m.text.lower()
                   for m in actors):
                continue  # "the Organization for Security and Cooperation" of the OSCE's name
            if not _NAMED_BODY.fullmatch(text) or any(
                    text.startswith(p.split()[0] + " ") for p in self.people):
                continue  # "27/02/2023", "afghani", "Alexei Kosygin and Field Marshal Ayub"
            # a place the recogniser found (GPE) that is no state is a city or region,
            # no actor: "Aden", "Belfast"
            if (text.lower() not in SURFACES and label == "ORG" and len(text) > 2
                    and not REGION.fullmatch(text) and text not in self.people
                    and text not in self.surnames):
                key = actor_id(text)
                if (key and key not in ACTOR_NAMES and text.lower() not in MEDIA
                        and not re.search(r"\s[-\u2013\u2014]\s", text)  # "OSLO - Talks"
                        and self.local.first_actor(text) is None
                        and formal_state(text) is None):  # "Republic of the Gambia"
                    self.found.others.setdefault(key, text)
        persons = sorted([*persons, *self._surname_mentions(persons)], key=lambda m: m.start)
        self.mentions = sorted([*actors, *persons], key=lambda m: (m.start, -m.end))
        self._later_sides(actors)
        self._own_mediators()
        paragraphs = paragraphs_of(self.text)
        if paragraphs and is_headline(paragraphs[0][1]):
            offset, para = paragraphs[0]
            self._roles(Unit(offset, offset + len(para), 0), lede=True)
        lede = self._lede(units)
        for unit in units:
            self.found.units.append((unit.start, unit.end, self.text[unit.start:unit.end]))
            self._roles(unit, lede=unit in lede)
        for person in self.people.values():
            if person.side and not self.found.party[person.side]:
                # an official named: the weakest evidence of a side, for the fallback
                self.found.party[person.side] = 1
        witnesses = self.witnesses()
        for actor in witnesses:
            del self.found.mediator[actor]
        # a ceremony's guests who mediate stay mediators
        guests = self.guests() - {a for a, n in self.found.mediator.items() if n}
        for actor in witnesses | guests:
            self.found.party[actor] = 0
            self.found.bystanders.add(actor)
        self._government_teams()
        self._mediating_offices()
        self._begin_dating()
        previous_date: datetime.date | None = None
        previous_at = -1
        by_speaker: dict[str, tuple[datetime.date, int]] = {}
        last_para: int | None = None
        last_statement: Said | None = None
        previous_unit: Unit | None = None
        last_unit: Unit | None = None  # the unit of the last statement
        guessed: set[int] = set()  # the statements dated by no words of their own
        run: list[Said] = []  # the statements of the paragraph so far
        for unit in units:
            before = previous_unit if previous_unit != last_unit else None
            previous_unit = unit
            statement = self._statement(unit)
            if statement is None:
                if (last_statement is not None and self._quoted(unit)
                        and (unit.paragraph == last_para
                             or (unit.paragraph == (last_para or 0) + 1
                                 and self._paragraph_quote(unit)))):
                    statement = dataclasses.replace(last_statement)
                    self._set_quote(statement, unit, None)
                    own = self._own_date(unit, previous_at, previous_date)
                    statement.date = own or statement.date
                    dated = False
                    if own is None and id(last_statement) in guessed:
                        guessed.add(id(statement))
                else:
                    continue
            else:
                mention = statement.mention
                date = None
                if mention is not None:
                    date = resolve_relative(mention, self._anchor(
                        unit.start + mention.start, previous_at, previous_date))
                dated = date is not None and mention is not None and self._on_occasion(
                    mention, unit)
                if mention is not None and mention.relative == "vague":
                    pass  # "last week": the text gives no day
                elif date is None:
                    date = self._subject_date(statement, before, unit, previous_at,
                                              previous_date)
                    if date is not None:
                        pass
                    elif last_statement is not None and unit.paragraph == last_para:
                        date = last_statement.date
                        if (last_statement.speaker != statement.speaker
                                or id(last_statement) in guessed):
                            guessed.add(id(statement))
                    else:
                        guessed.add(id(statement))
                        # the speaker's date of the paragraph just before, else the article's
                        spoke = by_speaker.get(str(statement.speaker))
                        date = (spoke[0] if spoke and spoke[1] >= unit.paragraph - 1
                                else self.doc.date)
                statement.date = date
            if statement.date is not None:
                previous_date, previous_at = statement.date, unit.start
                by_speaker[str(statement.speaker)] = (previous_date, unit.paragraph)
            if (last_statement is not None and last_unit is not None
                    and unit.paragraph == last_para
                    and statement.side is None and not statement.title
                    and last_statement.title
                    and last_statement.speaker == last_statement.title
                    and statement.speaker != last_statement.speaker
                    and ((statement.speaker in self.people
                          and last_statement.side is not None)
                         or (_BARE_NAME.fullmatch(statement.speaker)
                             and self._first_named(statement.speaker, last_unit.start)))):
                # "Iran's foreign ministry spokesman said ... '...,' Nasser Kanaani said",
                # "The secretary-general of UNITA said ... Manuvakola called on ...": the
                # name is the official just introduced by title only.
                statement.side, statement.title = last_statement.side, last_statement.title
                for earlier in run:
                    if earlier.speaker == last_statement.speaker:
                        earlier.speaker = statement.speaker
                person = self.people.setdefault(statement.speaker, Person(
                    statement.speaker, statement.title, statement.side))
                person.side = statement.side
                person.title = person.title or statement.title
            if unit.paragraph != last_para:
                run = []
            if dated:
                date_back(run, statement, guessed)
            run.append(statement)
            statement.kind = self._kind(statement, unit)
            statement.about, statement.about_text = self._about(unit)
            self.found.statements.append(statement)
            last_statement, last_unit = statement, unit
            adding = _ADDING.search(self.masked, statement.start, unit.end)
            if adding is not None and adding.start() < statement.end:
                # reported speech that runs on: "X would never accept Y, adding that Z"
                statement.end = adding.start()
                statement.quote = self.text[statement.start:statement.end]
                statement.kind = self._kind(statement, unit)
            if adding is not None:
                end = unit.end
                while end > adding.end() and self.text[end - 1] in " .\n":
                    end -= 1
                extra = dataclasses.replace(statement, quote=self.text[adding.end():end],
                                            start=adding.end(), end=end, quoted=False,
                                            about=list(statement.about))
                extra.kind = kind_of(extra.quote) if statement.kind != "other" or not (
                    self._onlooker(statement, unit)) else "other"
                self.found.statements.append(extra)
                run.append(extra)
                if id(statement) in guessed:
                    guessed.add(id(extra))
            aside = _reported_before_aside(self.text, unit.start, statement.start)
            if statement.quoted and aside is not None:
                if self.text[statement.start:statement.start + 1].islower():
                    # 'There could be no part of the country, he said, "with two flags"':
                    # one statement, the reported words and the quotation going on from them
                    statement.start = aside.start("clause")
                    statement.quote = self.text[statement.start:statement.end]
                    statement.kind = self._kind(statement, unit)
                else:
                    # 'Russia was ready to send battalions, he said, but only on one
                    # condition: "..."': the reported clause is a statement of its own
                    reported = dataclasses.replace(
                        statement, quote=aside.group("clause"), start=aside.start("clause"),
                        end=aside.end("clause"), quoted=False, about=list(statement.about))
                    reported.kind = kind_of(reported.quote)
                    self.found.statements.insert(self.found.statements.index(statement),
                                                 reported)
                    run.append(reported)
            last_para = unit.paragraph
            if statement.kind in ("red_line", "demand", "offer") and statement.side and not (
                    _OUTSIDER.search(statement.quote)):
                self.found.said[str(statement.side)] += 1
            for actor in statement.about:
                self.found.said[actor] += 1
        onlookers = self.onlookers | {s.speaker for s in self.found.statements
                                      if COMMENTATOR.search(s.title + " " + s.unit)}
        nearest: dict[str, str | None] = {}
        for statement in self.found.statements:
            if statement.side is None and statement.speaker not in onlookers:
                known = _official_by_surname(statement.speaker)
                # "Calero said": a well-known official by surname alone, when the text names
                # the actor; else the actor named nearest the speaker's first mention
                if not (known and self.found.mentions[known]):
                    if statement.speaker not in nearest:
                        nearest[statement.speaker] = self._nearest_side(statement.speaker)
                    known = nearest[statement.speaker]
                statement.side = known
        said = {s.unit for s in self.found.statements}
        self.found.issues = find_issues(self.text, units, said, self.doc.file)
        self._first_mentions()
        for successor, (predecessor, until) in PREDECESSORS.items():
            if self.doc.date is not None and self.doc.date < until:
                self.found.rename(successor, predecessor)
        return self.found

    def _first_mentions(self) -> None:
        """Where the text first names each actor, itself or by one of its officials."""
        sides = {name: p.side for name, p in self.people.items() if p.side}
        size = max(len(self.text), 1)
        for m in self.mentions:
            actor = m.actor if not m.person else sides.get(self._full_name(m.text))
            if actor:
                self.found.first.setdefault(actor, m.start / size)

    # -- people ----------------------------------------------------------------------------

    def _register(self, person: Mention, actors: list[Mention]) -> None:
        if person.text in self.people:
            return
        surname = person.text.split()[-1]
        if (surname in self.surnames or surname in self.given) and len(person.text.split()) == 1:
            return
        if any(known.lower().endswith(" " + person.text.lower())
               or known.lower() == person.text.lower() for known in self.people):
            return  # "De Silva" after "Nimal Siripala de Silva", "De Klerk" after "de Klerk"
        if self._honorific_form(person.text):
            return  # "Seri Anwar" after "Dato' Seri Anwar Ibrahim"
        self._honorifics(person)
        title, side = self._title_before(person.start)
        ranked = bool(title)
        # the title set off after the name: the title itself, or beside a rank before it
        after, after_side = self._title_after(person.end)
        if not title:
            title, side = after, after_side
        held = _HOLDS_OFFICE.match(self.masked, person.end)
        if held and (body := self._actor_in(held.group(2))):
            # "the Canadian diplomat who is Secretary-General of the Commonwealth": the
            # office is the title, its body the side
            title, side = held.group("office"), body
        if side is None and (_GOVERNMENT_TEAM.match(self.masked, person.end, person.end + 160)
                             or _LED_BY_GOVERNMENT.search(self.masked, max(0, person.start - 90),
                                                          person.start)):
            # "X, the labour secretary who heads the government panel": the state, once
            # the mediators are known (:meth:`_government_teams`)
            self.people[person.text] = Person(person.text, title, None)
            self.government_team.append(person.text)
            self._name_forms(person.text)
            return
        if side is None and ranked:
            # "Lieutenant General X, commander of the RSF": the office after the name
            # gives the side the rank before it does not
            head = after.split()[0].lower() if after else ""
            if head in TITLE_WORDS or head in TITLE_MODIFIERS:
                side = self._title_side(after)
        at = self.text.rfind(title, max(0, person.start - 120), person.start) if title else -1
        at = person.start if at < 0 else at
        if self._scholar(person, title):
            # "James Gow of King's College London", "An analyst with the Institute for
            # Defence Studies in New Delhi, K. Subrahmanyam": an onlooker, of no side
            self.people[person.text] = Person(person.text, title, None)
            self.onlookers.add(person.text)
            self._name_forms(person.text)
            return
        former = bool(_FORMER_TITLE.match(title))
        if former:
            side = None  # "former Finnish president Martti Ahtisaari" speaks for no state
        if side is None:
            side = self._of_actor(person.end)
        acting = _FOR_ORGANISATION.match(self.masked, person.end)
        if acting and (body := self._actor_in(acting.group(1))) in THIRD_PARTIES:
            # "chaired by former US Secretary of State Cyrus Vance for the United Nations"
            side = body
        if side is None and not former:
            side = self._owner_before(title, at) or self._title_side(title)
        owner = re.search(r"\b(?:his|her)\s+$", self.text[max(0, at - 5):at], re.IGNORECASE)
        if side is None and title and _ENTOURAGE_TITLE.match(
                title if owner is None else owner.group(0) + title):
            # "His spokesman, Mahjoub Hussein": the side of the person named just before
            before = [p for p in self.people.values() if 0 <= self.text.find(p.name) < at]
            side = before[-1].side if before else None
        if side is None and title and re.search(r"\b(?:its|their)\s+$",
                                                self.text[max(0, at - 7):at], re.IGNORECASE):
            side = self._antecedent(at)  # "Its leader, Jean Minani"
        if side is None and re.match(r"(?:its|their)\s", after, re.IGNORECASE):
            side = self._antecedent(person.start)  # "Sheikh Mukhtar Robow, its spokesman"
        if side is None:
            # what the text says ("who heads the HCUA") before what the table knows
            side = self._leads_delegation(person.end)
        known = official(person.text)
        if known is None:
            # "President Nixon": a well-known surname, whose actor the text names
            by_surname = _official_by_surname(person.text)
            known = by_surname if any(m.actor == by_surname for m in actors) else None
        if known and self._former_office(known):
            known = None  # "the former UN secretary-general" no longer speaks for the UN
        if side is None or (known and title.lower().startswith(("former", "ex-"))):
            side = known or side
        if side is None and _HOST.search(self.masked, max(0, at - 30), at):
            side = self._host()  # "their host, President Gnassingbe Eyadema"
        if side is None and _civil_office(title) and _CHAIRED.match(self.masked, person.end):
            side = self._host()  # "the foreign minister, X, who chaired the talks"
        if side is None:
            side = self._signed_for(person.start)  # (a delegation led: tried above)
        if side is None and _HOME_TITLE.fullmatch(_STYLE.sub("", title.strip())):
            side = self.home
            self.by_dateline.add(person.text)
        if side is None:
            side = self._delegation_of(person.start)
        if side is None:
            # "Mohammad Alloush, who led the rebel delegation, ...": a movement's side.
            who = re.match(r",\s+who\s+[^,.;]{3,60}", self.masked[person.end:person.end + 80])
            if _GENERIC_GROUP.search(title + " " + (who.group(0) if who else "")):
                side = self.movement
        if side is None:
            side = self._owned_by(person)
        if side is None and _AS_MEDIATOR.match(self.masked, person.end):
            self.as_mediator.append(person)  # read in :meth:`_mediating_offices`
        if side is None and not former and _civil_office(title):
            self.home_office.append(person.text)  # read in :meth:`_government_teams`
        self.people[person.text] = Person(person.text, title, side)
        self._name_forms(person.text)

    def _scholar(self, person: Mention, title: str) -> bool:
        """Whether a person is introduced as an analyst or scholar: "X of King's College
        London", "X, a Middle East specialist at the University of Maryland", "An analyst
        with the Institute for Defence Studies, X" (:data:`_THINK_TANK`, :data:`COMMENTATOR`)."""
        if scholarly(title):
            return True
        after = _AFFILIATION.match(self.masked, person.end)
        if after is not None and (_THINK_TANK.search(after.group(1))
                                  or COMMENTATOR.search(after.group(0))):
            return True
        sentence = max(self.masked.rfind(". ", 0, person.start),
                       self.masked.rfind("\n", 0, person.start)) + 1
        before = self.masked[max(sentence, person.start - 120):person.start]
        lead = _SCHOLAR_BEFORE.search(before)
        return lead is not None and scholarly(lead.group(0).rstrip(", "))

    def _honorific_form(self, name: str) -> bool:
        """Whether ``name`` is a person already named, by words of their title or honorific
        and their given name ("Seri Anwar" for "Malaysian Prime Minister Dato' Seri Anwar
        Ibrahim"); ``_full_name`` then finds them by the given name."""
        parts = name.split()
        if len(parts) < 2:
            return False
        for known in self.people.values():
            pool = set(known.title.split()) | set(known.name.split())
            if parts[-1] in known.name.split()[:-1] and all(w in pool for w in parts):
                return True
        return False

    def _honorifics(self, person: Mention) -> None:
        """Honorifics just before a name, of no title or actor ("Samdech Moha Borvor Thipadei
        Hun Manet"): the person may later be called by them ("Samdech Thipadei said")."""
        run = re.search(r"(?:[A-Z][\w'’.-]*\s+){1,4}$", self.masked[max(0, person.start - 60):
                                                                 person.start])
        words_ = run.group(0).split() if run else []
        if not words_ or any(w.lower().strip(".'’") in TITLE_WORDS or w.lower() in SURFACES
                             or w.lower().rstrip("'’s") in SURFACES or w.lower() in _COMMON
                             or w.lower() in _ENGLISHY or w.lower() in TITLE_MODIFIERS
                             for w in words_):
            return
        for word in words_:
            self.given.setdefault(word, person.text)

    def _name_forms(self, name: str) -> None:
        """The surname and the given name a person may later be called by."""
        if len(name.split()) > 1:
            surname = next(w for w in reversed(name.split())
                           if w.rstrip(".") not in _NAME_SUFFIXES or w == name.split()[0])
            self.surnames[surname] = name
            if surname[:1].islower():  # "al-Sharaa" opens a sentence as "Al-Sharaa"
                self.surnames.setdefault(surname[:1].upper() + surname[1:], name)
            if _ARTICLE_NAME.match(surname[:1].lower() + surname[1:]):
                # "Anwar el-Sadat" is "Sadat" too, "Walid al-Moualem" "Moualem"
                self.surnames.setdefault(surname.split("-", 1)[1], name)
            first = name.split()[0]
            if first not in self.surnames and first.lower() not in _COMMON:
                self.given.setdefault(first, name)
            # "President Ayub" after "Mohammad Ayub Khan": a middle name the person goes by
            for middle in name.split()[1:-1]:
                if (re.fullmatch(r"[A-Z][a-z]{2,}", middle) and middle != surname
                        and middle not in self.surnames and middle.lower() not in _COMMON):
                    self.given.setdefault(middle, name)

    def _government_teams(self) -> None:
        """The side of the persons who lead the government's team ("head of the government
        delegation"): the governing state (:meth:`_governing_state`), else a well-known
        official's own."""
        state = self._governing_state()
        for name in self.government_team:
            self.people[name].side = state or official(name)
        for name in self.home_office:
            if self.people[name].side is None:
                self.people[name].side = self._home_government()

    def _mediating_offices(self) -> None:
        """A state's official whose appositive names an office of a mediator ("Tanzania's
        President Jakaya Kikwete, the current AU chairman") speaks for the mediator; read
        once the mediators are known."""
        for person in self.people.values():
            if " " not in person.name:
                continue
            at = self.text.find(person.name)
            title, actor = self._title_after(at + len(person.name)) if at >= 0 else ("", None)
            if not title or not actor:
                continue
            held = [self._actor_in(part) for part in re.split(r"\s+and\s+", title)[1:]]
            body = next((a for a in held if a and a != person.side and self.found.mediator[a]
                         and ACTOR_KINDS.get(a) != "state"), None)
            if body is not None:
                # "Sebastian Kurz, the Austrian foreign minister and OSCE chairperson-in-
                # office": the mediating body's office he holds besides his state's
                person.side = body
                continue
            if actor == person.side:
                continue
            if _OWN_MEDIATOR_TITLE.match(title) and not self.found.party[actor]:
                # "South African President Thabo Mbeki, the mediator appointed by the Southern
                # African Development Community": the body that appointed him mediates, and
                # he speaks for it, not for his state
                person.side = actor
                self.found.mediator[actor] += 1
            elif self.found.mediator[actor] and not (
                    person.side and self.found.mediator[person.side]):
                person.side = actor
        for named in self.as_mediator:
            # "under the auspices of IGAD, hosted by Kenya, with General Lazaro Sumbeiywo as
            # chief mediator": the mediating body of the sentence, else the text's only one
            person = self.people[named.text]
            if person.side is not None:
                continue
            start = max(self.text.rfind(". ", 0, named.start),
                        self.text.rfind("\n", 0, named.start))
            end = self.text.find(". ", named.end)
            bodies = [m.actor for m in self.actor_mentions if m.actor
                      and start <= m.start < (end if end > 0 else len(self.text))
                      and self.found.mediator[m.actor] and ACTOR_KINDS.get(m.actor) != "state"]
            if not bodies:
                bodies = [a for a in self.found.mediator if self.found.mediator[a]
                          and ACTOR_KINDS.get(a) != "state"]
            if len(set(bodies)) == 1:
                person.side = bodies[0]

    def _governing_state(self) -> str | None:
        """The state "the government" of the talks is: the one, of no mediator, whose
        government offices the text names most ("Prime Minister Abiy Ahmed"), else the one
        named most (:meth:`_government`). Read once the mediators are known."""
        offices = Counter(p.side for p in self.people.values()
                          if p.side and ACTOR_KINDS.get(p.side) == "state"
                          and not self.found.mediator[p.side]
                          and _GOVERNMENT_TITLE.search(p.title)
                          and not _NOT_GOVERNMENT.search(p.title)
                          # an outsider's envoy ("the U.S. deputy secretary of state")
                          and not _OUTSIDE_OFFICE.search(p.title))
        return _most_of_all(offices) or self._government()

    def _antecedent(self, at: int) -> str | None:
        """The body "its" or "their" at ``at`` stands for: the last actor named before it in
        its sentence, else the first of the sentence before, its subject ("The Front (FDB),
        the largest party, threatened ... Its leader, Jean Minani, said")."""
        if at < 0:
            return None
        ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s+", self.text[:at])]
        start = ends[-1] if ends else 0
        before = ends[-2] if len(ends) >= 2 else 0
        here = [m for m in self.actor_mentions if start <= m.start < at and m.actor]
        # "on behalf of the government by ..., and on behalf of the Front by its chairman":
        # a movement named by its common noun after the last actor is what "its" stands for
        if self.movement is not None and _GENERIC_BODY.search(
                self.masked, here[-1].end if here else start, at):
            return self.movement
        if here:
            return here[-1].actor
        previous = [m.actor for m in self.actor_mentions if before <= m.start < start and m.actor]
        return previous[0] if previous else None

    def _later_sides(self, actors: list[Mention]) -> None:
        """A person introduced without a side takes the one a later mention gives:
        "Kibaki's Party of National Unity", "Machar, leader of the SPLM-IO", "Martha Karua,
        who leads the PNU negotiators". The name is looked up in the text, not among the
        recogniser's mentions, which miss a possessive it took into an organisation's name
        ("Odinga's Orange Democratic Movement (ODM)"). Such a tie to a party or movement
        also wins over the dateline's state ("President Mwai Kibaki" in wire copy from
        Nairobi, then "Kibaki's Party of National Unity")."""
        starts = {m.start: m.actor for m in actors if m.actor}
        for person in self.people.values():
            if person.side is not None and person.name not in self.by_dateline:
                continue
            surname = person.name.split()[-1]
            forms = [person.name] + ([surname] if surname != person.name
                                     and self.surnames.get(surname) == person.name else [])
            for own in re.finditer(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms))
                                   + r")(?![\w-])", self.text):
                link = _LATER_SIDE.match(self.text, own.end())
                actor = starts.get(link.end()) if link else None
                if link is None or actor is None or (
                        (link.group(1) or link.group(2) or person.side is not None)
                        and ACTOR_KINDS.get(actor) == "state"):
                    continue  # "Kibaki's Kenya" says nothing of whom he speaks for
                person.side = actor
                break
            if person.side is None:
                self._personal_mediator(person)

    def _nearest_side(self, name: str) -> str | None:
        """The side of a person whose introduction ties them to no actor by any rule: the
        actor named nearest their first mention in the same sentence ("The Zapatista
        delegation, led by Comandante David, ...", "signed for Georgia by Jaba Ioseliani"),
        or the text's one movement when the words after the name call them a rebel
        ("Adolfo Calero, the best known of the rebel leaders"); not a place they are in nor
        the dateline's city (a venue, where a rule left them no side). Analysts
        (:attr:`onlookers`) and former officials speak for none."""
        person = self.people.get(name)
        if person is None or name in self.onlookers or _FORMER_TITLE.match(person.title):
            return None
        first = next((m for m in self.mentions if m.person and self._full_name(m.text) == name),
                     None)
        if first is None:
            return None
        start = max(self.masked.rfind(". ", 0, first.start),
                    self.masked.rfind("\n", 0, first.start)) + 1
        ends = [e for e in (self.masked.find(". ", first.end), self.masked.find("\n", first.end))
                if e >= 0]
        end = min(ends) if ends else len(self.text)

        def gap(m: Mention) -> int:
            return min(abs(m.start - first.end), abs(first.start - m.end))

        line = self.dateline
        near = [m for m in self.actor_mentions if m.actor and start <= m.start < end
                and gap(m) <= _NEAR and not (line and line.start() <= m.start < line.end())
                and not _PLACE_PREPOSITION.search(self.text, max(0, m.start - 12), m.start)]
        if near:
            return min(near, key=gap).actor
        if self.movement and _GENERIC_GROUP.search(self.masked[first.end:first.end + 60]):
            return self.movement
        return None

    def _personal_mediator(self, person: Person) -> None:
        """A person the text calls the facilitator or mediator of the talks, of no body
        ("Mandela, the facilitator of the talks"), mediates in their own name: their side is
        an actor of their own, a mediator."""
        surname = person.name.split()[-1]
        for own in re.finditer(r"(?<![\w-])(?:" + re.escape(person.name) + "|"
                               + re.escape(surname) + r")(?![\w-])", self.text):
            role = _OWN_MEDIATOR.match(self.text, own.end())
            if role is None or self._actor_in(role.group(0)) is not None:
                continue
            key = actor_id(person.name)
            person.side = key
            self.found.names.setdefault(key, person.name)
            self.found.mediator[key] += 1
            return

    def _lede(self, units: list[Unit]) -> list[Unit]:
        """The article's first two sentences that name an actor: a byline, a cookie notice
        or a scene-setting opening ("The handshake ... was brief.") is no lede."""
        return [u for u in units if any(u.start <= m.start < u.end for m in self.actor_mentions)
                and not re.match(r"\s*(?:By|Published|Updated)\b", self.text[u.start:u.end])][:2]

    def _own_mediators(self) -> None:
        """A person who mediates in their own right: named the mediator or facilitator with
        no side of their own ("former South African President Nelson Mandela ... Mandela,
        the facilitator of the talks") is an actor of their own, id their name's slug."""
        named = [m for m in self.mentions if m.person]
        for person in self.people.values():
            if person.side is not None:
                continue
            own = [m for m in named if self._full_name(m.text) == person.name]
            titles = [person.title, *(self._title_after(m.end)[0] for m in own)]
            if not any(_MEDIATOR_TITLE.search(t) for t in titles):
                continue
            if any(_OWN_MEDIATOR_TITLE.match(t) and self._actor_in(t) for t in titles):
                continue  # "Joaquim Chissano, the mediator appointed by SADC": SADC's
            actor = actor_id(person.name)
            if not actor or actor in ACTOR_NAMES:
                continue
            person.side = actor
            self.found.names[actor] = person.name
            self.found.mediator[actor] += 1
            self.found.mentions[actor] += len(own)

    def _not_parties(self, actors: list[Mention]) -> set[str]:
        """The actors the text says are no party: "NATO Secretary-General Jens Stoltenberg,
        who is not a party to the talks", "Japan, which is not a party to the accord", "the
        SLM, which boycotted the process", "Absent were the KIA and the UWSA"."""
        out: set[str] = set()
        for m in _NOT_A_PARTY.finditer(self.text):
            name = self.text[max(0, m.start() - 60):m.start()]
            person = next((self.people[p] for p in self.people
                           if name.endswith(p) or name.endswith(p.split()[-1])), None)
            if person is not None and person.side:
                out.add(person.side)
                continue
            # "Japan, which", "the Afghan government, which", "(SLM-AW), which"
            before = [a for a in actors if a.actor and a.end <= m.start() and _BODY_GAP.fullmatch(
                self.text, a.end, m.start())]
            out |= {a.actor for a in before if a.actor}
        for m in _NO_SIGNER.finditer(self.text):
            opening = max(self.text.rfind(". ", 0, m.start()), self.text.rfind("\n", 0, m.start()))
            first = next((a for a in actors if a.start > opening), None)
            if first is not None and first.actor and first.end < m.start() and re.fullmatch(
                    r"[\s.]*(?:The|the)?\s*", self.text[opening + 1:first.start]):
                out.add(first.actor)
        for m in _ABSENT.finditer(self.text):
            out.update(self._group_from(m.end(), actors, forward=True))
        for m in _REJECTED_BY.finditer(self.text):
            # "The talks were rejected outright by al-Shabaab"
            out.update(self._group_from(m.end(), actors, forward=True))
        return out

    def _former_office(self, actor: str) -> bool:
        """Whether the text names the actor's office as a past one: "The former UN
        secretary-general", "ex-Finnish president"."""
        return any(m.actor == actor and _FORMER.search(self.text, max(0, m.start - 12), m.start)
                   for m in self.actor_mentions)

    def _leads_delegation(self, end: int) -> str | None:
        """The side whose delegation the person named just before ``end`` leads, as a clause
        after the name says: "Abel Alier, who is also Minister for Southern Affairs and led
        the Khartoum delegation," speaks for Sudan (the actor the delegation is named by)."""
        led = _LEADS_DELEGATION.match(self.masked, end)
        if led is None:
            # "Alghabass Ag Intalla, who heads the HCUA, said"
            led = _HEADS_BODY.match(self.masked, end)
        return self._actor_in(led.group(1)) if led else None

    def _signed_for(self, start: int) -> str | None:
        """The side a person signed for, named just before them: "signed on behalf of Jordan
        by His Excellency the Prime Minister, Dr Abdul Salam al-Majali", "for the Abkhaz
        side by Sokrat Jinjolia"."""
        for m in reversed(self.actor_mentions):
            if m.end > start:
                continue
            if m.end < start - 100:
                break
            if m.actor and _FOR_BEFORE.search(self.text, max(0, m.start - 16), m.start) and (
                    _BY_AFTER.fullmatch(self.text, m.end, start)):
                return m.actor
        return None

    def _delegation_of(self, start: int) -> str | None:
        """The side of a delegation's leader: "The SRF's delegation, led by Hadi Idris"."""
        led = re.search(r"\b(?:delegation|team|negotiators|side|panel)s?,?\s+(?:led|headed)\s+"
                        r"by\s+$", self.masked[max(0, start - 60):start], re.IGNORECASE)
        if led is None:
            return None
        at = start - 60 + led.start() if start >= 60 else led.start()
        before = [m for m in self.actor_mentions if at - 40 <= m.end <= at and m.actor
                  and not re.search(r"[.;\"“”]", self.text[m.end:at])]
        if before:
            return before[-1].actor
        word = re.search(r"\b(rebels?|opposition|movement|front|group|coalition|alliance)"
                         r"(?:'s|’s)?\s+$", self.text[max(0, at - 30):at], re.IGNORECASE)
        if word is None:
            return None
        # "the front's delegation": the one movement named a front, else the one movement
        named = {m.actor for m in self.actor_mentions if m.actor and word.group(1).lower()
                 in self._name(m.actor).lower().split()}
        return named.pop() if len(named) == 1 else self._movement(self.actor_mentions)

    def _title_before(self, start: int) -> tuple[str, str | None]:
        line_start = self.text.rfind("\n", 0, start) + 1
        window = self.masked[max(line_start, start - 120):start]
        sentence = list(re.finditer(r"[.!?][\"”’]?\s+(?=[A-Z\"“])", window))
        if sentence:
            cut = sentence[-1].end()
            if not re.search(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|St|U\.S|U\.N)\.?\s*$",
                             window[:cut]):
                window = " " * cut + window[cut:]
        dash = list(re.finditer(r"\s[-\u2013\u2014]\s", window))
        if dash:  # "CARACAS, Oct. 18 (AFP) - President X": the dateline is no title
            window = " " * dash[-1].end() + window[dash[-1].end():]
        # "the head of state, His Excellency Laurent Gbagbo": an honorific is no title
        window = _HONORIFIC_END.sub(" ", window)
        appositive = _appositive(window)
        if window.rstrip().endswith(","):
            window = window.rstrip()[:-1] + " "
        words = list(_WORD.finditer(window))
        k = len(words)
        while k > 0:
            w = words[k - 1].group(0)
            low = w.lower().rstrip(".")
            if low in TITLE_WORDS or low in TITLE_MODIFIERS or low in SURFACES or low.rstrip(
                    "'s’") in SURFACES or (
                    w[0].isupper() and low not in _COMMON and low not in _ENGLISHY) or (low in (
                    "of", "for", "the", "'s", "’s", "on") and k < len(words)):
                k -= 1
                continue
            break
        run = window[words[k].start():] if k < len(words) else ""
        run = re.sub(r"^(?:(?:the|of|for|and|on)\s+)+", "", run.strip(), flags=re.IGNORECASE)
        run = re.sub(r"\s+(?:of|for|the|and|on)$", "", run).strip()
        run = _STYLE.sub("", run).strip()
        if not any(w.lower().rstrip(".") in TITLE_WORDS or (
                "-" in w and any(p in TITLE_WORDS for p in w.lower().split("-")))
                for w in run.split()):  # "Under-Secretary-General of the United Nations"
            if appositive:
                # "the U.S. ambassador to Croatia, Peter Galbraith": a title, then where
                return appositive, self._title_actor(appositive)
            return "", None
        return run, self._title_actor(run)

    def _host(self) -> str | None:
        """The state of the dateline's city, whether or not it mediates: the host's."""
        m = self.dateline
        actor = SURFACES.get(m.group(1).strip().lower()) if m else None
        return actor if actor is not None and ACTOR_KINDS.get(actor) == "state" else None

    def _home(self, actors: list[Mention]) -> str | None:
        """The state whose capital is the dateline ("MAPUTO, Aug. 6, 2019 - President Filipe
        Nyusi ..."), when the text names that state again: wire copy leaves the home
        country of a head of state or government unsaid."""
        m = self.dateline
        if not m:
            return None
        actor = SURFACES.get(m.group(1).strip().lower())
        if actor is None:
            # "OHRID, Macedonia, Aug 3 (Reuters) -": the state after a city of no state
            country = re.match(r",\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*,",
                               self.text[m.end(1):m.end()])
            actor = SURFACES.get(country.group(1).lower()) if country else None
        if actor is None:
            # "Wadi Araba, 26 October (Petra) --": a state agency's dispatch is its state's
            agency = _AGENCY.search(self.text[:m.end() + 40])
            actor = STATE_AGENCIES.get(agency.group(1).lower()) if agency else None
        if actor is None or ACTOR_KINDS.get(actor) != "state":
            return None
        again = [a for a in actors if a.actor == actor and not m.start(1) <= a.start < m.end()]
        # A venue is no home: "KUALA LUMPUR - ... talks facilitated by Malaysia".
        # Only the state named at the cue is the venue's host: "the Caribbean wants a
        # peaceful Venezuela" in a sentence on the signing Barbados hosted is no mediation.
        for sentence in re.split(r"(?<=[.!?])\s+", self.text):
            for cue in MEDIATION.finditer(sentence):
                if any(SURFACES.get(f.group(0).lower()) == actor and (
                        (cue.end() <= f.start() <= cue.end() + 40
                         # "mediating between Macedonia's parties": a side, no venue
                         and not re.search(r"\b(?:between|with|among)\b",
                                           sentence[cue.end():f.start()]))
                        or cue.start() - 30 <= f.end() <= cue.start())
                        for f in surfaces_in(sentence)):
                    return None
        return actor if again else None

    def _movement(self, actors: list[Mention], mediators: Iterable[str] = ()) -> str | None:
        """The side "the rebels" or "the opposition" stands for: the one movement the text
        names, else the opposition of the one state it names most ("the Syrian government
        and the armed opposition" -> the Syrian opposition)."""
        named = {m.actor for m in actors
                 if m.actor in MOVEMENTS or m.actor in self.local.movements} - set(mediators)
        if len(named) == 1:
            return named.pop()
        if named:
            return None
        states = Counter(m.actor for m in actors if ACTOR_KINDS.get(m.actor or "") == "state")
        for state, _ in states.most_common(1):
            return OPPOSITIONS.get(state or "")
        return None

    def _title_after(self, end: int) -> tuple[str, str | None]:
        # the dots of an abbreviation ("the U.S. envoy") end no title
        window = _ABBREVIATION.sub(lambda a: a.group(0).replace(".", "\u2024"),
                                   self.masked[end:end + 120])
        # ", and the U.N. mediator Thorvald Stoltenberg" names the next person, not a title
        m = re.match(r",\s+(?!(?:and|or|but|nor|while|whereas)\s)((?:the|a|an)\s+)?"
                     r"([^,.;\"“”]{3,90}?)(?=[,.;]|\s+(?:said|says|told|added|who|which)\b)",
                     window)
        if not m:
            return "", None
        title = _PLACE_OF_LIFE.sub("", self.masked[end + m.start(2):end + m.end(2)]).strip()
        if not any(_bare(w.lower()) in TITLE_WORDS for w in title.split()):
            return "", None
        # "the Swiss ambassador who acted as the personal envoy of the UN Secretary-General",
        # "the Swiss diplomat who heads the OSCE's mission": the office held for the talks
        # is the side.
        rest = self.masked[end + m.end():end + m.end() + 120]
        acting = _ACTING_AS.match(rest)
        if acting and _has_title(acting.group(1)) and self._actor_in(acting.group(1)):
            return acting.group(1).strip(), self._actor_in(acting.group(1))
        heading = _HEADING.match(rest)
        if heading and self._actor_in(heading.group(1)):
            return title, self._actor_in(heading.group(1))
        return title, self._title_actor(title)

    def _of_actor(self, end: int) -> str | None:
        # "President Mohammed Hosni Mubarak of the Arab Republic of Egypt"
        m = re.match(r"\s*(?:,\s*)?(?:of|from)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+"
                     r"(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*)",
                     self.masked[end:end + 70])
        return self._actor_in(m.group(1)) if m else None

    # -- statements ------------------------------------------------------------------------

    def _onlooker(self, statement: Said, unit: Unit) -> bool:
        """Whether the speaker is an analyst or expert (words of the attribution outside the
        statement's own words: "An analyst at the Crisis Group, Ali Vaez, said")."""
        if statement.side is not None and _OFFICE_HEADS & set(
                re.findall(r"[a-z-]+", statement.title.lower())):
            return False  # "the NDFP's chairman and chief political consultant" holds office
        outside = (self.masked[unit.start:statement.start] + " "
                   + self.masked[statement.end:unit.end])
        return bool(COMMENTATOR.search(statement.title + " " + statement.speaker + " "
                                       + outside))

    def _kind(self, statement: Said, unit: Unit) -> str:
        """The statement's kind (:func:`kind_of` of its verb and words); an onlooker's is
        ``other``, whatever positions of others it reports."""
        if self._onlooker(statement, unit):
            return "other"
        return kind_of(str(statement.verb) + " " + self._frame(statement, unit)
                       + str(statement.quote))

    def _frame(self, statement: Said, unit: Unit) -> str:
        """The few reported words that lead into a quoted fragment and carry its stance:
        'said Dublin would not accept "a deal that ..."', 'said he would under no
        circumstances be a figurehead: "..."' (the quotation alone is no refusal). Only a
        short frame after the last speech verb, with no quotation of its own, counts."""
        if not statement.quoted or not unit.start < statement.start <= unit.end:
            return ""
        lead = self.masked[unit.start:statement.start]
        verbs = list(SPEECH.finditer(lead))
        if not verbs:
            return ""
        frame = self.text[unit.start + verbs[-1].end():statement.start].rstrip(" :,\"“‘'")
        if re.search(r"[\"“”]", frame) or len(frame.split()) > _FRAME_WORDS:
            return ""
        return frame + " "

    def _quoted(self, unit: Unit) -> bool:
        return any(unit.start <= a < unit.end for a, _ in self.quotes)

    def _paragraph_quote(self, unit: Unit) -> bool:
        rest = self.text[unit.start:unit.end].lstrip()
        return rest[:1] in ('"', "“")

    def _set_quote(self, statement: Said, unit: Unit,
                   verb: tuple[int, int] | None, mode: str = "left") -> None:
        """The statement's words: its quotations, or the reported content (after "X said
        (that)", before ", X said", or after "According to X,")."""
        inside = [(a, b) for a, b in self.quotes if unit.start <= a < unit.end]
        start, end = unit.start, unit.end
        statement.quoted = bool(inside)
        if inside:
            start, end = inside[0][0], inside[-1][1]
            if verb is not None and mode == "left" and verb[1] < start:
                start = self._reported_start(verb[1], start)
                goes_on = _REPORTED_TAIL.match(self.text, end + 1, unit.end)
                if goes_on and len(self.text[goes_on.end():unit.end].split()) >= 3:
                    end = unit.end  # 'said it was "a matter for the people" and that ...'
            elif (verb is not None and verb[0] - unit.start < 5
                  and self.text[verb[0]:verb[1]].lower() == "according to"):
                comma = self.text.find(",", verb[1], start)
                if comma > 0:  # 'According to X, the sides had settled ... "without ..."'
                    start = self._reported_start(comma + 1, start)
        elif verb is not None and mode == "left":
            tail = _ASIDE_TAIL.sub("", self.text[verb[1]:unit.end]).strip(" .,")
            lead = self.text[unit.start:self.run_start].rstrip()
            rest = self.text[verb[1]:unit.end]
            act = bool(_ACT.fullmatch(self.text, verb[0], verb[1])) and len(tail.split()) >= 4
            aside = _LEADING_ASIDE.match(self.text, verb[1], unit.end)
            if act and aside and aside.group(0).rstrip().endswith(","):
                act = False  # "Lagos proposed the same day, an observer force would ..."
            if self.run_start > unit.start + 10 and not act and not (
                    _ADVERBIAL_LEAD.match(lead) and len(tail.split()) >= 3) and (
                    len(tail.split()) <= 4 or (
                    lead.endswith(",") and len(lead.split()) >= 8
                    and re.match(r"\s*(?:in|on|at|after|before|during|following|,)\b", rest))):
                end = self.text.rfind(",", unit.start, self.run_start)
                end = end if end > unit.start else self.run_start
            else:
                after = re.match(r"[^.;\"“”]{0,40}?\bthat\s+", self.text[verb[1]:unit.end])
                if after and (_FINITE.search(after.group(0))
                              or re.search(r"\s[a-z]{3,}ed\s", after.group(0))):
                    # "said the movement was open to any proposal that ...", "said the group
                    # rejected any accord that ..."
                    after = None
                start = verb[1] + (after.end() if after else 0)
                channel = re.search(r",\s*according to\b[^,;\"“”]*$", self.text[start:end])
                if channel:
                    end = start + channel.start()
                if after is None:
                    # "said on Saturday the RSF was ready", "wrote on Telegram the ...".
                    aside = _LEADING_ASIDE.match(self.text, start, unit.end)
                    if aside and len(self.text[aside.end():unit.end].split()) >= 3:
                        start = aside.end()
                        that = re.match(r"that\s+", self.text[start:unit.end])
                        start += that.end() if that else 0
                if (self.text[verb[1]:unit.end].lstrip().startswith(",") and lead.endswith(",")
                        and not _ADVERBIAL_LEAD.match(lead)):
                    # "The result, he said, must be ratified": the sentence around the aside
                    start, end = unit.start, unit.end
                elif act:
                    # "threatened on Sunday to walk out", "urged the rebels to join": the act
                    # is the statement's words
                    start = verb[0]
        elif verb is not None:
            if verb[0] - unit.start < 5:
                comma = self.text.find(",", verb[1], unit.end)
                start = comma + 1 if comma > 0 else verb[1]
                aside = _SPEAKING.match(self.text, start, unit.end)
                if aside:  # "According to X, speaking on Monday, the party ..."
                    start = aside.end()
            else:
                end = self._attribution_start(unit, verb)
        while end > start and self.text[end - 1] in " \n.,;:":
            end -= 1
        while start < end and self.text[start] in " \n":
            start += 1
        statement.quote = self.text[start:end]
        statement.start, statement.end = start, end
        statement.unit = self.text[unit.start:unit.end]

    def _in_words(self, pos: int, pronoun: int) -> bool:
        """Whether offset ``pos`` lies in words someone said, which "he" in an attribution
        does not refer back to: a quotation, a statement found before, or the sentence's own
        words before ', he said' ('Saleh was ready to sign "at once," he said')."""
        if any(a <= pos < b for a, b in self.quotes) or any(
                s.start <= pos < s.end for s in self.found.statements):
            return True
        return (self.unit_start <= pos
                and bool(re.search(r"[,\"”]\s*$", self.text[max(0, pronoun - 4):pronoun])))

    def _first_named(self, name: str, at: int) -> bool:
        """Whether the text names the person ``name`` nowhere before offset ``at``."""
        return not any(m.person and m.start < at and self._full_name(m.text) == name
                       for m in self.mentions)

    def _reported_start(self, verb_end: int, quote: int) -> int:
        """Where the words of a statement start when reported speech runs into its
        quotation: 'Moura said the government had offered four ministries, "which is more
        than ..."' (the start of the reported words), but not 'said it was "a trap"' or
        'called the deal "a victory"' (the quotation's start, ``quote``)."""
        at = verb_end
        aside = _LEADING_ASIDE.match(self.text, at, quote)
        at = aside.end() if aside else at
        that = re.match(r"[^.;\"“”]{0,60}?\bthat\s+", self.text[at:quote])
        if that and not _FINITE.search(that.group(0)):
            at += that.end()  # "stated at the opening session that ..."
        reported = self.text[at:quote - 1]
        if re.search(r"[\"“”:]", reported):
            return quote
        if that and not _FINITE.search(that.group(0)) and len(
                re.findall(r"[A-Za-z]+", reported)) >= 5:
            # 'demanded that the meeting set up a machinery for Kashmir, without which, in his
            # words, "..."': a that-clause is reported words, verb or none
            return at
        if (len(re.findall(r"[A-Za-z]+", reported)) >= 3 and not re.search(r"[,;]", reported)
                and _PREDICATE.match(self.text, quote)):
            # 'said British army watchtowers in south Armagh "have to come down"': the
            # quotation is the predicate of the reported subject
            return at
        if (len(re.findall(r"[A-Za-z]+", reported)) < 5
                or not (_FINITE.search(reported) or re.search(r"\b[a-z]{3,}ed\b", reported))):
            return quote
        return at

    def _attribution_start(self, unit: Unit, verb: tuple[int, int]) -> int:
        comma = self.text.rfind(",", unit.start, verb[0])
        return comma if comma > unit.start else verb[0]

    def _statement(self, unit: Unit) -> Said | None:
        masked = self.masked[unit.start:unit.end]
        self.unit_start = unit.start
        # "according to X" first, but "X said ..., according to a statement from the
        # group" is X's statement, the document only its channel
        quoting = [v for v in _QUOTING.finditer(masked) if any(
            0 <= a - unit.start - v.end() <= 60 for a, _ in self.quotes)]
        verbs = sorted([*SPEECH.finditer(masked), *quoting, *_APPEAL.finditer(masked),
                        *_quoted_as(masked)],
                       key=lambda v: (v.group(0).lower() != "according to" or bool(
                           masked[:v.start()].strip() and _CHANNEL.match(masked, v.end())),
                                      v.start()))
        for verb in verbs:
            a, b = unit.start + verb.start(), unit.start + verb.end()
            if not verb.group(0)[0].islower() and not (
                    verb.group(0).lower() == "according to" and verb.start() == 0):
                continue
            if _RELATIVE_VERB.search(masked, 0, verb.start()) and any(
                    v.start() > verb.end() for v in verbs):
                # "Lebatt, who announced on Saturday that ..., told the hall that ...": the
                # relative clause tells of an earlier statement; the main verb is this one
                continue
            self.run_start = a
            mode = "right"
            if verb.group(0).lower() == "according to":
                found = self._subject_of_report(unit, a, b) or self._speaker_right(b, unit)
            else:
                near = max(unit.start, a - 100)
                anonymous = ANONYMOUS.search(self.masked[near:a]) if re.search(
                    r"named|identified|anonymity|publicly|record|authori", self.masked[near:a]
                ) else None
                found = self._speaker_left(near + anonymous.start() if anonymous else a, unit)
                if found is not None:
                    mode = "left"
                else:
                    found = self._speaker_right(b, unit)
            if found is None:
                continue
            speaker, title, side = found
            statement = Said(speaker, title, side, verb.group(0), self.doc.file)
            self._set_quote(statement, unit, (a, b), mode)
            if len(str(statement.quote).split()) < 3:
                continue
            statement.mention = self._date_near(unit, a, b, (statement.start, statement.end))
            return statement
        return self._colon_statement(unit) or self._participle_statement(unit)

    def _subject_of_report(self, unit: Unit, a: int, b: int
                           ) -> tuple[str, str, str | None] | None:
        """The speaker of "X hailed the agreement ..., according to the official Pars news
        agency": the person the sentence opens with, when "according to" names an outlet
        (:data:`_CHANNEL`), not a speaker."""
        if a <= unit.start or not _CHANNEL.match(self.masked, b):
            return None
        sentence = max(self.masked.rfind(". ", unit.start, a), unit.start - 2) + 2
        lead = _SUBJECT_LEAD.match(self.masked, sentence)
        first = lead.end() if lead else sentence
        person = next((m for m in self.mentions if m.person and m.start == first), None)
        if person is None:
            return None
        return self._classify(person.start, person.end, at_end=False)

    def _participle_statement(self, unit: Unit) -> Said | None:
        """Words reported in a participle after what the speaker did: "Annan suspended the
        talks on Tuesday, telling both teams that he would take the dispute to the
        principals", "the parties refused to sign, saying the arrangements ignored them"."""
        masked = self.masked[unit.start:unit.end]
        part = _PARTICIPLE.search(masked)
        if part is None:
            return None
        main = _PAST.search(masked[:part.start()])
        if main is None:
            return None
        at = unit.start + main.start()
        self.run_start = at
        found = self._speaker_left(at, unit)
        if found is None:
            return None
        statement = Said(*found, part.group(1), self.doc.file)
        start, end = unit.start + part.end(), unit.end
        while end > start and self.text[end - 1] in " \n.,;:":
            end -= 1
        if len(self.text[start:end].split()) < 3:
            return None
        statement.quote, statement.start, statement.end = self.text[start:end], start, end
        statement.unit = self.text[unit.start:unit.end]
        statement.quoted = any(start <= a < end for a, _ in self.quotes)
        statement.mention = self._date_near(unit, at, unit.start + main.end(), (start, end))
        return statement

    def _colon_statement(self, unit: Unit) -> Said | None:
        """A quotation after a person's name and a colon, as live blogs write it: 'Prime
        Minister Abdalla Hamdok: "Today we lay the first brick ..."'."""
        colon = _COLON.match(self.masked, unit.start, unit.end)
        found = None
        if colon is not None:
            at = colon.start(1)
            self.run_start = at
            found = self._speaker_left(at, unit)
            if found is not None and found[0] not in self.people:
                found = None
        if found is None:
            colon = _CLAUSE_COLON.match(self.masked, unit.start, unit.end)
            if colon is None:
                return None
            at = colon.start(1)
            found = self._clause_subject(unit.start, at)
            if found is None:
                return None
        statement = Said(*found, ":", self.doc.file)
        self._set_quote(statement, unit, (at, at + 1))
        if len(str(statement.quote).split()) < 3 or not statement.quoted:
            return None
        statement.mention = self._date_near(unit, at, at + 1, (statement.start, statement.end))
        return statement

    def _clause_subject(self, start: int, colon: int) -> tuple[str, str, str | None] | None:
        """The person a clause before a colon and a quotation opens with, whose words the
        quotation gives: 'Azarias Ruberwa, the movement's secretary-general, did not mince
        words: "..."', 'Mr Adams, on the gravel: "..."', 'He went on: "..."', 'His answer:
        "..."'."""
        clause = self.masked[start:colon]
        lead = len(clause) - len(clause.lstrip())
        stamp = _TIME_STAMP.match(clause.lstrip())
        lead += stamp.end() if stamp else 0
        at = start + lead
        rest = self.masked[at:colon]
        pronoun = re.match(r"(?:(He|She)\b|(His|Her)\s+(?:\w+\s+)?(?:answer|reply|response|"
                           r"message|verdict|words|retort|comment)\s*$)", rest)
        if pronoun is not None:
            word = pronoun.group(1) or ("he" if pronoun.group(2) == "His" else "she")
            return self._pronoun(word.lower(), at)
        honorific = re.match(r"(?:Mr|Mrs|Ms|Dr)\.?\s+", rest)
        skip = honorific.end() if honorific else 0
        # "PM Modi, speaking after the signing:": a title or two before the name
        person = next((m for m in self.mentions if m.person and at + skip <= m.start < colon
                       and len(self.text[at + skip:m.start].split()) <= 4
                       and all(_runnable(w) for w in self.text[at + skip:m.start].split())),
                      None)
        if person is None:
            return None
        name = self._full_name(person.text)
        known = self.people.get(name)
        self.last_person = name
        return name, known.title if known else "", self._side_of(name)

    def _mention_ending(self, pos: int) -> Mention | None:
        best = None
        for m in self.mentions:
            if m.end == pos and (best is None or m.start < best.start):
                best = m
        return best

    def _speaker_left(self, at: int, unit: Unit) -> tuple[str, str, str | None] | None:
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
        if last.lower() == "who" and k >= 2 and words[k - 2].group(0) == ",":
            antecedent = self._mention_ending(unit.start + words[k - 2].start())
            if antecedent is not None:
                self.run_start = antecedent.start
                if antecedent.person:
                    name = self._full_name(antecedent.text)
                    person = self.people.get(name)
                    self.last_person = name
                    return name, person.title if person else "", self._side_of(name)
                return antecedent.text, "", antecedent.actor
        if last.lower() in _PRONOUNS:
            self.run_start = unit.start + words[k - 1].start()
            return self._pronoun(last.lower(), self.run_start)
        office = _OFFICE_OF_BODY_RUN.search(window)
        if office is not None and self._actor_in(office.group(0)):
            # "The head of Iran's diplomatic apparatus added that": an office held of a
            # body, the body named, whatever common nouns end the phrase
            return self._classify(unit.start + office.start(), unit.start + office.end(),
                                  at_end=True)
        if (k >= 2 and words[k - 2].group(0).lower() in ("his", "her")
                and last.lower() in _ENTOURAGE):
            # "his office said", "her spokesman said": the person named last, through them
            self.run_start = unit.start + words[k - 2].start()
            who = self._pronoun("he", self.run_start)
            if who is not None:
                return f"{who[0]}'s {last}", who[1], who[2]
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
        talks = _FOR_THE_TALKS.search(window, 0, words[k - 1].end())
        if talks is not None:
            # "Russia's ambassador-at-large for the talks said": the office's remit ends
            # the title
            inside = [i for i, w in enumerate(words[:k]) if w.start() >= talks.start()]
            before = words[inside[0] - 1].group(0) if inside and inside[0] >= 1 else ""
            if before and _has_title(before.replace("-", " ")):
                j = inside[0]
        while j > 0 and k - j < 12 and (_runnable(words[j - 1].group(0)) or (
                words[j - 1].group(0) == "in" and j >= 2
                and words[j - 2].group(0).lower() in INSTITUTIONS)) and not (
                j < k and _QUOTE_MARK.search(self.text, unit.start + words[j - 1].end(),
                                             unit.start + words[j].start())):
            j -= 1  # the run stops at a quotation: '... the state "are not ...," the statement'
        start = unit.start + words[j].start() if j < k else end
        for m in self.mentions:
            if m.start < start < m.end <= end:
                start = m.start
        if start >= end:
            return None
        seat = self._seat_of_speaker(words, j, unit)
        if seat is not None:
            return seat
        for m in reversed(self.mentions):
            if (m.actor and m.end <= start and re.fullmatch(r"\s+(?:and|&)\s+(?:the\s+)?",
                                                            self.text[m.end:start])):
                before = self.text[max(unit.start, m.start - 4):m.start].lower()
                start = m.start - 4 if before == "the " else m.start
                break
        return self._classify(start, end, at_end=True)

    def _seat_of_speaker(self, words: list[re.Match[str]], j: int, unit: Unit
                         ) -> tuple[str, str, str | None] | None:
        """The speaker named before the place they sit in, when the run before the verb is
        that place only and the words before it name a body: "A member of the SADC
        oversight committee in Maseru, who asked not to be named, said" is the member,
        SADC's, not Maseru."""
        if j < 2 or words[j - 1].group(0) not in ("in", "at") or not (
                words[j - 2].group(0).islower()):
            return None
        at = unit.start + words[j - 1].start()
        opening = max(unit.start - 1, *(self.masked.rfind(c, unit.start, at)
                                        for c in ".;:!?,\"“”"))
        words_before = self.text[opening + 1:at]
        phrase = re.sub(r"^(?:a|an|the|one)\s+", "", words_before.strip(), flags=re.IGNORECASE)
        side = self._actor_in(phrase)
        if not (_has_title(phrase) or re.match(r"members?\s+of\b", phrase)) or len(
                phrase.split()) > 10 or side is None:
            return None  # "Military analysts in Lusaka": onlookers, of no side
        self.run_start = at - len(words_before.lstrip())
        return phrase, phrase, side

    def _aside(self, words: list[re.Match[str]], k: int, unit: Unit
               ) -> tuple[str, str, str | None] | None:
        """A speaker before an aside set off by commas: "Peskov, the Kremlin spokesman,
        said", "A Hamas official, Basem Naim, said", "Santos, speaking in Bogota, said"."""
        close = unit.start + words[k - 1].start()
        j = k - 1
        while j > 0 and words[j - 1].group(0) != "," and k - j < 30:
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
        lead = max(self.masked.rfind(". ", unit.start, open_) + 2, unit.start)
        if _PLACE_OPENING.fullmatch(self.text, lead, open_):
            # "From Addis Ababa, OAU Secretary-General Salim Ahmed Salim welcomed the
            # agreement in a statement issued on Sunday, calling it ...": the place opens
            # the sentence, and the words after it are its main clause, not an aside
            named = [m for m in self.mentions if m.person and open_ < m.start < close]
            if named:
                first = re.compile(r"\s*").match(self.text, open_ + 1).end()  # type: ignore[union-attr]
                return self._classify(first, named[0].end, at_end=True)
        inner = self._mention_ending(close)
        if inner is not None and inner.person and (inner.start <= open_ + 3 or all(
                w.lower().strip(".") in TITLE_WORDS or w.lower() in TITLE_MODIFIERS
                for w in self.text[open_ + 1:inner.start].split())):
            name = self._full_name(inner.text)
            title = self.text[max(unit.start, open_ - 80):open_]
            # "..., though the US ambassador, Jess Baily, said": the title opens the clause
            title = re.split(r"[.;:,\"“”]|\b(?:said|says|and|but|though|although|while|"
                             r"whereas)\b", title)[-1]
            if _has_title(title):
                # "A spokesman for Kosovo's government, Perparim Kryeziu, said": the speaker's
                # words begin before the title
                self.run_start = open_ - len(title.lstrip())
            title = re.sub(r"^(?:the|a|an)\s+", "", title.strip(), flags=re.IGNORECASE)
            if not _has_title(title):
                title = self.people[name].title if name in self.people else ""
            self.last_person = name
            return name, title, self._person_side(name, title)
        outer = self._mention_ending(open_)
        if outer is not None and outer.person:
            name = self._full_name(outer.text)
            title = aside if _has_title(aside) and len(aside.split()) <= 10 else (
                self.people[name].title if name in self.people else "")
            self.last_person = name
            known = self.people.get(name)
            if known is not None and known.side and known.title and known.title in aside:
                side: str | None = known.side  # the appositive read when they were introduced
            else:
                side = (self._actor_in(title) if _has_title(aside) else None) or self._side_of(name)
            place = re.match(r"(?:speaking |writing )?(?:in|from) ([A-Z][\w'’. -]+)$", aside)
            if side is None and place:
                side = self._actor_in(place.group(1))
            return name, title, side
        if outer is not None and outer.actor and outer.actor in self.local.names:
            # "The Forces of Freedom and Change, the civilian coalition, said"
            self.last_body = (outer.text, outer.actor)
            return outer.text, "", outer.actor
        end = open_
        i = j - 1
        m = i
        while m > 0 and _runnable(words[m - 1].group(0)) and i - m < 10:
            m -= 1
        if m < i:
            return self._classify(unit.start + words[m].start(), end, at_end=True)
        return None

    def _speaker_right(self, at: int, unit: Unit) -> tuple[str, str, str | None] | None:
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
        if _FINITE.match(window, words[k - 1].end() + 1) and window[words[k - 1].end():][:1] == " ":
            return None  # "said the movement would take no part": the reported clause's subject
        start, end = at + words[0].start(), at + words[k - 1].end()
        for m in self.mentions:
            if start <= m.start < end < m.end:
                end = m.end
        found = self._classify(start, end, at_end=False)
        named = _NAME_OF.match(self.text, start, end)
        if found is None and named and not any(
                w.lower() in _COMMON or w.lower() in _ENGLISHY or w.lower() in TITLE_WORDS
                for w in named.group(1).split()):
            # '"...," said Corinne Dufka of Human Rights Watch': a name the recogniser missed
            name = self._full_name(named.group(1))
            self.last_person = name
            rest = self.text[named.end(1):end]
            return name, "", self._side_of(name) or self._actor_in(rest)
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
        styled = self._styled(run_stripped, start)
        if styled is not None:
            return styled
        scholar = _NAME_OF_SCHOOL.fullmatch(run_stripped)
        if scholar is not None and _THINK_TANK.search(scholar.group(2)):
            # "said Ama Owusu of King's College London": a scholar, of no side
            self.last_person = scholar.group(1)
            return scholar.group(1), "", None
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
            side = self._person_side(name, title)
            if side is None and not title:
                title, side = self._titled_before(name, start)
            self.last_person = name
            return name, title, side
        if _AGED.search(self.text, max(0, start - 24), min(end, start + 24)):
            # "..., the 86-year-old Amal leader said": the person just named, described
            before = [m for m in self.mentions if m.person and m.end <= start]
            name = self._full_name(before[-1].text) if before else ""
            if name in self.people:
                self.last_person = name
                return name, self.people[name].title, self.people[name].side
        actors = [m for m in inside if m.actor]
        head_word = run_stripped.split()[-1].lower() if run_stripped.split() else ""
        if actors and head_word in _LEADER_HEADS:
            # "the Kremlin leader", "the PLO chairman": the side's leader named before.
            titled = self._by_title(run_stripped, start)
            if titled is None or titled.side != actors[0].actor:
                # "... shaking hands with Yasser Arafat. The PLO chairman said ...": the
                # person named just before without a title holds it, and the side it names.
                before = [m for m in self.mentions if m.person and m.end <= start]
                last = self.people.get(self._full_name(before[-1].text)) if before else None
                if last is not None and not last.title:
                    last.title, last.side = run_stripped, actors[0].actor
                    titled = last
            if titled is not None and titled.side == actors[0].actor:
                self.last_person = titled.name
                return titled.name, titled.title, titled.side
        placed = self._official_in(start, run_stripped, at_end)
        if placed is not None:
            return placed
        onlookers = _ONLOOKERS_BEFORE.search(self.text, max(0, start - 40), start)
        if onlookers is not None or _ONLOOKERS_IN.match(run_stripped):
            # "analysts in Khartoum", "diplomats in Skopje": where they are is no side
            phrase = run_stripped
            if onlookers is not None:
                phrase = self.text[onlookers.start():start] + run_stripped
                if at_end:
                    self.run_start = onlookers.start()
            return phrase, "", None
        if actors:
            side = actors[0].actor
            if not at_end:
                run_stripped = re.sub(r"\s+(?:on|in|at)$", "", run_stripped)
            self.last_body = (run_stripped, side)
            if head_word in _PERSON_HEADS:
                # "A Hamas official said ... he said": a person named by title only
                self.title_only = (end, run_stripped, side)
            return run_stripped, run_stripped if _has_title(run_stripped) else "", side
        if not inside and self._actor_in(run_stripped) and not _has_title(run_stripped) and len(
                run_stripped.split()) <= 4:
            side = self._actor_in(run_stripped)
            self.last_body = (run_stripped, side)
            return run_stripped, "", side
        head = run_stripped.split()[-1].lower() if run_stripped.split() else ""
        if head in INSTITUTIONS and head in self.institutions:
            side = self.institutions[head]
            self.last_body = (run_stripped, side)
            return run_stripped, "", side
        if _has_title(run_stripped):
            titled = self._by_title(run_stripped, start)
            recent = self._recent_title_only(run_stripped, start, titled)
            if recent is not None:
                return recent
            if titled is not None:
                self.last_person = titled.name
                return titled.name, titled.title, titled.side
            heads = [w.lower() for w in run_stripped.split() if w.lower() in TITLE_WORDS]
            if (self.last_body is not None and heads and heads[-1] in
                    self.last_body[0].lower().split() and self._actor_in(run_stripped) is None):
                return self.last_body[0], self.last_body[0], self.last_body[1]
            # "The chief negotiator said ... He added ...": "he" is the official named by title
            # "Its negotiators said", "Its cabinet said": the body named just before
            its = re.match(r"(?:its|their)\s", run_stripped, re.IGNORECASE)
            side = ((self._antecedent(start) if its else None)
                    or self._owner_before(run_stripped, start) or self._body_owner(start)
                    or self._generic_side(run_stripped) or self._place_lead(start)
                    or self._subject_state(run_stripped, start) or self._ministry(run_stripped)
                    or self._the_mediators(run_stripped))
            self.title_only = (end, run_stripped, side)
            return run_stripped, run_stripped, side
        words = run_stripped.split()
        if (at_end and 1 <= len(words) <= 3 and all(w[0].isupper() for w in words)
                and not REGION.fullmatch(run_stripped)
                and not any(w.lower() in _COMMON or w.lower() in _ENGLISHY for w in words)):
            name = self._full_name(run_stripped)
            self.last_person = name
            if not any(m.start == start for m in self.mentions):
                # a name the recogniser missed: "he" in the next sentence is this speaker
                at = start + len(run) - len(run.lstrip())
                bisect.insort(self.mentions, Mention(at, at + len(run.strip()), run.strip(),
                                                     person=True),
                              key=lambda m: (m.start, -m.end))
            if self._side_of(name) is None:
                title, side = self._titled_before(name, start)
                return name, title, side
            return name, "", self._side_of(name)
        return None

    def _styled(self, run: str, start: int) -> tuple[str, str, str | None] | None:
        """A ruler called by their style ("His Majesty said", "His Highness called on"):
        the last person named before ``start`` whose name or title holds an office of that
        style (:data:`_STYLED`)."""
        style = re.fullmatch(r"(?:His|Her)\s+(?:Royal\s+)?(Majesty|Highness)", run)
        if style is None:
            return None
        offices = _STYLED[style.group(1).lower()]
        named = [self._full_name(m.text) for m in self.mentions if m.person and m.end <= start]
        for name in reversed(named):
            person = self.people.get(name)
            held = set((name + " " + (person.title if person else "")).lower().split())
            if held & offices:
                self.last_person = name
                return name, person.title if person else "", self._side_of(name)
        return None

    def _pronoun(self, word: str, at: int) -> tuple[str, str, str | None] | None:
        """He or she: the person named last before ``at``; it: the body that spoke last."""
        if _PRONOUNS[word] == "person":
            # the object of a preposition ("the provinces of Oddar Meanchey", "thanks to X") is
            # seldom what "he" refers back to
            before = [m for m in self.mentions if m.person and m.end <= at
                      and not _AFTER_PREPOSITION.search(self.text, max(0, m.start - 12), m.start)
                      and not self._in_words(m.start, at)]
            if self.title_only is not None and self.title_only[0] <= at and (
                    not before or before[-1].end <= self.title_only[0]):
                return self.title_only[1], self.title_only[1], self.title_only[2]
            if before:
                self.last_person = self._full_name(before[-1].text)
        if _PRONOUNS[word] == "person" and self.last_person is not None:
            person = self.people.get(self.last_person)
            return self.last_person, person.title if person else "", self._side_of(
                self.last_person)
        if _PRONOUNS[word] == "body" and self.last_body is not None:
            return self.last_body[0], "", self.last_body[1]
        return None

    def _about(self, unit: Unit) -> tuple[list[str], str]:
        """The actors whose demands the unit reports ("Russia's request to ..."), and the
        words of those demands (up to the end of their sentence)."""
        text = self.text[unit.start:unit.end]
        about: list[str] = []
        words = []
        for m in surfaces_in(text):
            if _ABOUT.match(text, m.end()):
                actor = SURFACES[m.group(0).lower()]
                if actor not in about:
                    about.append(actor)
                words.append(re.split(r"[.!?](?:\s|$)", text[m.end():], maxsplit=1)[0])
        return about, " ".join(words)

    # -- roles -----------------------------------------------------------------------------

#: What ties a person to the actor named next: a possessive ("Odinga's Orange Democratic
#: Movement"; group 1), an office ("Machar, leader of the SPLM-IO"), a lead ("Karua, who
#: leads the PNU negotiators") or a body of their own ("Ahtisaari and his Crisis Management
#: Initiative").
_LATER_SIDE = re.compile(
    r"((?:'s|’s)\s+(?:the\s+)?)|,\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:leader|head|chairman|"
    r"chairwoman|chair|chief|president|founder|commander|spokesman|spokeswoman|spokesperson|"
    r"negotiator|secretary[- ]general|representative|envoy)\s+of\s+(?:the\s+)?"
    r"|,\s+who\s+(?:leads|led|heads|headed|represents|represented|speaks for|spoke for)\s+"
    r"(?:the\s+)?|(\s+and\s+(?:his|her)\s+(?:own\s+)?)")
#: An appositive that makes a person the talks' own mediator: ", the facilitator of the talks".
_OWN_MEDIATOR = re.compile(
    r",\s+(?:the|a|an)\s+(?:chief\s+|lead\s+|main\s+|joint\s+|sole\s+)?(?:facilitator|mediator)"
    r"(?:\s+(?:of|in|for|at)\s+(?:the\s+)?[\w\s-]{0,40}?)?(?=\s*[,.;]|\s+(?:said|told|says))")
#: Who speaks for a person: "his office", "her spokeswoman".
_ENTOURAGE = words("""office spokesman spokeswoman spokesperson aide aides adviser advisers
advisor camp team staff secretary ministry government""")
_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|at|from|to|near|between|across|into)\s+$")
_ASIDE_TAIL = re.compile(r"\b(?:in a (?:statement|video(?: message| statement)?|televised address|"
                         r"interview|news conference|post)|on (?:twitter|facebook|x|television|"
                         r"the phone)|to (?:reporters|journalists)|(?:later )?on \w+|in \w+|"
                         r"at the \w+|reporters|journalists)\b", re.IGNORECASE)


#: An opening that is no statement of its own: "Earlier on Sunday, the negotiator said ...",
#: "In a statement, the ministry said ...": the words after the verb are the statement's.
_ADVERBIAL_LEAD = re.compile(
    r"^\s*(?:earlier|later|separately|meanwhile|speaking|asked|in|on|at|after|late|early|"
    r"last|this|on|during|following|also|however|then|yesterday|today)\b[^,\"“”]{0,50},\s*$",
    re.IGNORECASE)
#: Words between the verb and the reported content: "said on Saturday", "wrote on Telegram".
_LEADING_ASIDE = re.compile(
    r"(?:\s*,?\s*(?:(?:late|early|earlier|later)\s+)?(?:on|last|this)\s+(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))\b"
    r"|\s*,?\s*(?:yesterday|today|on (?:twitter|x|telegram|facebook|instagram|television|"
    r"state television|state tv|the radio)|to reporters|to journalists|in a (?:statement|"
    r"televised address|video|news conference|press conference|speech|interview))"
    # "said the previous day, on the eve of the ceremony, that ..."
    r"|\s*,?\s*(?:the\s+(?:previous|next|following|same)\s+day|the\s+day\s+before"
    r"|on\s+the\s+eve\s+of\s+the\s+[a-z]+(?:\s+ceremony)?))+\s*,?\s*",
    re.IGNORECASE)

_CLOSE_TO = re.compile(
    r"\b(?:a|an|one|two|several|the)\s+(?:[\w-]+\s+){0,3}?(?:diplomats?|officials?|sources?|"
    r"negotiators?|mediators?|people|persons?|members?|aides?)\s+(?:close to|familiar with|"
    r"involved in|briefed on|with knowledge of|privy to|present at|at)\s+(?:the\s+)?"
    r"[\w-]+(?:\s+[\w-]+)?\s*$", re.IGNORECASE)

#: Reported speech that goes on after a quotation: '..." and that', '..." because'.
_REPORTED_TAIL = re.compile(r"[\"”’]?\s*,?\s*(?:(?:and|but)\s+(?:that|said|added|warned|"
                            r"insisted|stressed)\b|because\b|since\b)")
#: A verb in the past tense, regular or among the common irregular ones: "suspended",
#: "went further", "broke off", "left the table".
_PAST = re.compile(r"\b(?:[a-z]{3,}ed|went|made|gave|took|broke|left|came|held|sent|spoke|"
                   r"met|struck|kept|stood|flew|won|lost|began|drew|fought|led|sought|threw|"
                   r"wrote|hit|cut|shut|quit)\b")
#: A name of one to three capitalised words ("Manuvakola", "Dos Santos").
_BARE_NAME = re.compile(r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|de|da|dos|al|bin|van|von)){0,2}")
#: A speech verb that opens a relative clause after its subject: "Lebatt, who announced".
_RELATIVE_VERB = re.compile(r",\s*(?:who|which)\s+(?:(?:also|had|has|earlier|first)\s+)?$")
_STATEMENT_BY = re.compile(
    r"\b(?:a|the)\s+(?P<what>(?:joint\s+|written\s+|brief\s+)?(?:statement|communiqu[eé]|"
    r"declaration|readout|text))\s+(?:issued|released|published|put out|signed)\s+by\s+"
    r"[^.;\"“”]{2,100}?$", re.IGNORECASE)

_ENGLISHY = words("""although however meanwhile but speaking asked in on talks talk the
officials sources source analysts observers diplomats critics residents witnesses reports
report statement statements negotiators mediators both neither several others experts
""")


def _quoted_as(masked: str) -> list[re.Match[str]]:
    """The "as saying" of "<channel> quoted <speaker> as saying" in ``masked``: a speech
    verb whose speaker stands between it and "quoted" (the passive "X was quoted as saying"
    is a speech verb of the lexicon's)."""
    return [m for m in _AS_SAYING.finditer(masked)
            if _QUOTED_BEFORE.search(masked, 0, m.start())
            and not re.search(r"\b(?:was|were|is|are|been|being)\s+quoted\s+(?:[\w'’.,-]+\s+)"
                              r"{0,10}$", masked[:m.start()], re.IGNORECASE)]


#: A name of two to four words set off by commas (group 1): "..., Haroldo Rodas Melgar,".
_TITLED_NAME = re.compile(r",\s+((?:[A-Z][a-z][\w'’-]*\s+){1,3}[A-Z][a-z][\w'’-]*),")
#: A place that opens a sentence before a comma: "From Addis Ababa", "In Geneva".
_PLACE_OPENING = re.compile(r"(?:From|In|At)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
#: A quotation mark: a speaker's run never crosses one (the quotation is blanked in the
#: masked text, so the words on either side of it look adjacent).
_QUOTE_MARK = re.compile(r"[\"“”]")


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
            or ("-" in low and low.split("-")[0] in TITLE_WORDS)  # "ambassador-at-large"
            or _bare(low) in SURFACES or low.endswith(("'s", "’s")))


_MEDIA = words("""twitter facebook x telegram instagram youtube reuters afp ap bbc cnn tass
xinhua ria interfax al jazeera al-jazeera al arabiya anadolu""") | {"al jazeera",
                                                                          "al arabiya"}

_PARTICLES = words("de la del da dos das van von der den al el bin ibn abu abd le du")


#: A capitalised word right after a name: its last part, when no other word.
_NAME_REST = re.compile(r" ([A-Z][a-z][\w'’-]*)(?=[\s,.;:]|$)(?!\s+[A-Z])")
_CALENDAR = words("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december""")


def _reported_before_aside(text: str, start: int, end: int) -> re.Match[str] | None:
    """A reported clause of five words or more from ``start``, then its speaker set off by
    commas before a quotation that begins by ``end`` (:data:`_REPORTED_BEFORE_ASIDE`); not
    a relative clause the aside interrupts ("changes to the code that, he said, would")."""
    aside = _REPORTED_BEFORE_ASIDE.match(text, start, end)
    if aside is None or len(aside.group("clause").split()) < 5 or re.search(
            r"\b(?:that|which|who|whom)$", aside.group("clause")):
        return None
    return aside


def _bare(word: str) -> str:
    """A word without its possessive ending: "Kremlin's" -> "Kremlin", "rebels'" -> "rebels";
    "spokesman" and "Swiss" keep their s.

    >>> _bare("kremlin's"), _bare("rebels'"), _bare("spokesman"), _bare("swiss")
    ('kremlin', 'rebels', 'spokesman', 'swiss')
    """
    return re.sub(r"(?:['’]s|['’])$", "", word)


def _name_word(word: str) -> bool:
    """Whether a capitalised word can end a person's name: no actor, title, day or common
    word."""
    low = word.lower()
    return not (low in SURFACES or _bare(low) in SURFACES or low in TITLE_WORDS
                or low in TITLE_MODIFIERS or low in _COMMON or low in _ENGLISHY
                or low in _CALENDAR or low in _MEDIA or "'" in word or "’" in word)


def _has_title(text: str) -> bool:
    return any(w.lower().strip(",.").removesuffix("'s").removesuffix("’s") in TITLE_WORDS
               for w in text.split())


#: The government's team at the talks, in a title: "head of the government delegation".
_GOVERNMENT_TEAM = re.compile(r",\s+[^.;\"“”]{0,80}?\b(?:heads?|head of|leads?|leader of|led|"
                              r"chief of|chairs?|chairman of)\s+the\s+government(?:'s|’s)?\s+"
                              r"(?:delegation|negotiators|negotiating team|team|panel|side)\b",
                              re.IGNORECASE)
#: "The government delegation, led by Health Minister ...": the government's team leader.
_LED_BY_GOVERNMENT = re.compile(r"\bgovernment(?:'s|’s)?\s+(?:delegation|team|negotiators|panel|"
                                r"side),?\s+(?:led|headed)\s+by\s+(?:[A-Z][\w'’.-]*\s+){0,4}$",
                                re.IGNORECASE)
#: A title that names an office of a state's government ("Human Rights Minister", "the
#: military chief", "the Ministry of Information"), not an opposition or a former office.
_GOVERNMENT_TITLE = re.compile(
    r"\b(?:president|vice[- ]president|prime minister|premier|minister|ministry|government|"
    r"chancellor|king|emir|army|military|armed forces|general|chief of staff|secretary of state|"
    r"foreign secretary|cabinet)\b", re.IGNORECASE)
_NOT_GOVERNMENT = re.compile(r"\b(?:former|ex-|opposition|rebel|separatist|deputy leader of the)\b",
                             re.IGNORECASE)
#: Offices a state sends abroad: their holder's state is seldom the talks' government.
_OUTSIDE_OFFICE = re.compile(r"\b(?:secretary of state|foreign secretary|envoy|ambassador|"
                             r"development secretary|foreign minister|special representative)\b",
                             re.IGNORECASE)


#: The name of a body of analysts, not of a side: its people are onlookers.
_THINK_TANK = re.compile(r"\b(?:Cent(?:er|re)s? for|(?:East|Studies|Research|Policy) Cent(?:er|re)|"
                         r"Institute|Institution|Think[- ]?Tank|Crisis Group|"
                         r"Chatham House|Brookings|Carnegie|"
                         r"University|College|School of)\b", re.IGNORECASE)
#: What follows a person's name to say where they work: "of King's College London", ", a
#: Middle East specialist at the University of Maryland" (group 1 the place).
_AFFILIATION = re.compile(r"\s*,?\s*(?:(?:an?|the)\s+[^,.;\"“”]{0,50}?\s+)?(?:of|at|from|with)\s+"
                          r"(?:the\s+)?([^,.;\"“”]{1,60})")



#: A name and where the person works: "Ama Owusu of King's College London".
_NAME_OF_SCHOOL = re.compile(r"((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+)\s+(?:of|at|from)\s+"
                             r"(?:the\s+)?(.+)")
#: An article, then up to ten words and a comma at the end: a title set off before a name.
_APPOSITIVE = re.compile(r"(?:^|[\s(])(?:the|an?)\s+((?:[\w.'’-]+\s+){0,9}[\w.'’-]+),\s*$",
                         re.IGNORECASE)
#: Words no title holds: the verb of a clause, its agent.
_CLAUSE_WORDS = frozenset({"by", "was", "were", "is", "are", "said", "told", "had", "has", "with"})


def _appositive(window: str) -> str:
    """A title set off by a comma before a name, opened by an article and headed by a title
    word among its first three: "the U.S. ambassador to Croatia, ", "A spokesman for the
    U.N. peacekeeping force in Zagreb, " ("" when there is none).

    >>> _appositive("The deal was negotiated by the U.S. ambassador to Ghana, ")
    'U.S. ambassador to Ghana'
    >>> _appositive("The deal was signed in Accra, ")
    ''
    """
    for start in [m.start() for m in re.finditer(r"\b(?:the|an?)\s", window, re.IGNORECASE)]:
        m = _APPOSITIVE.match(window, max(0, start - 1)) if start else _APPOSITIVE.match(window)
        if m is None:
            continue
        words_ = m.group(1).split()
        if _CLAUSE_WORDS & {w.lower() for w in words_}:
            continue
        if any(w.lower().rstrip(".") in TITLE_WORDS for w in words_[:3]):
            return m.group(1).strip()
    return ""


def _sole_government(kinds: dict[str, str], spoke: Counter[str] | None = None) -> str | None:
    """The one state among the parties, when no state mediates whose officials the text
    leaves unidentified (a mediator in ``spoke`` was heard under its own name): an official
    whose title names a government office and no state ("Human Rights Minister Hamid
    Awaluddin", in talks between Indonesia and a movement) speaks for it."""
    spoke = spoke or Counter()
    states = [a for a, kind in kinds.items() if ACTOR_KINDS.get(a) == "state" and (
        kind == "party" or (kind == "mediator" and not spoke[a]))]
    parties = [a for a in states if kinds[a] == "party"]
    return parties[0] if len(parties) == 1 and len(states) == 1 else None


def _official_by_surname(speaker: str) -> str | None:
    """The actor of a well-known official named by one word ("Tsipras", "Calero"): the
    gazetteer's (:data:`OFFICIALS`, :data:`OFFICIAL_SURNAMES`)."""
    low = speaker.lower()
    return None if " " in low else OFFICIALS.get(low) or OFFICIAL_SURNAMES.get(low)


def _side(said: Said, mentions: Counter[str], government: str | None,
          onlookers: frozenset[str] = frozenset()) -> str | None:
    if said.side in onlookers:
        return None  # "director of the Carnegie Middle East Center": an analyst's body
    if said.side in mentions:
        return said.side
    known = _official_by_surname(said.speaker) if said.side is None else None
    if known is not None:
        # a well-known official named by surname alone, which the recogniser missed:
        # "Tsipras said", "Calero said"
        return known if known in mentions else None
    if (said.side is None and government is not None and _GOVERNMENT_TITLE.search(said.title)
            and not _NOT_GOVERNMENT.search(said.title)):
        return government
    return None


class _Bearing:
    """The issues a text bears on: those whose pattern it matches, in the issues' order.

    Every statement of a reading is tried against every issue of the reading, documents
    and issues both growing with a batch; each pattern is searched only where one of the
    strings its every match holds occurs (:func:`.prefilter.required`), and a text met
    twice (several statements of one sentence) is read once. The result is the search's."""

    def __init__(self, issues: dict[str, FoundIssue]) -> None:
        self.wanted = [(key, i.pattern, required(i.pattern)) for key, i in issues.items()]
        self.seen: dict[str, list[str]] = {}

    def __call__(self, text: str) -> list[str]:
        known = self.seen.get(text)
        if known is None:
            folded = fold(text)
            known = self.seen[text] = [key for key, pattern, keys in self.wanted
                                       if may_match(keys, folded) and pattern.search(text)]
        return list(known)


def _merge(found: Iterable[Found]) -> Reading:
    """One reading from the documents' findings: actors and issues merged by id, statements
    numbered s1, s2, ... in document order."""
    found = list(found)
    mentions: Counter[str] = Counter()
    aliases: dict[str, set[str]] = defaultdict(set)
    mediator: Counter[str] = Counter()
    party: Counter[str] = Counter()
    said: Counter[str] = Counter()
    others: dict[str, str] = {}
    names: dict[str, str] = {}
    for f in found:
        for key, name in f.names.items():
            names.setdefault(key, name)
        mentions.update(f.mentions)
        mediator.update(f.mediator)
        party.update(f.party)
        said.update(f.said)
        for key, forms in f.aliases.items():
            aliases[key] |= forms
        for key, text in f.others.items():
            others.setdefault(key, text)
    spoke: Counter[str] = Counter(s.side for f in found for s in f.statements if s.side)
    for side in spoke:
        if side not in mentions:
            mentions[side] = 1
    bystanders = frozenset(a for f in found for a in f.bystanders)
    first: dict[str, float] = {}
    for f in found:
        for key, at in f.first.items():
            first[key] = min(at, first.get(key, at))
    kinds = assign_roles(mentions, party, said, mediator, spoke, any(f.statements for f in found),
                         bystanders, first)
    order = {"party": 0, "mediator": 1, "other": 2}
    actors = [Actor(a, ACTOR_NAMES.get(a) or names.get(a, a), kinds[a],  # type: ignore[arg-type]
                    tuple(sorted(aliases[a], key=lambda s: (s.lower(), s))), mentions[a])
              for a in mentions if a]
    actors += [Actor(key, text, "other", (), 0) for key, text in sorted(others.items())
               if key not in mentions]
    actors.sort(key=lambda a: (order[a.kind], a.id))
    issues: dict[str, FoundIssue] = {}
    for f in found:
        for key, issue in f.issues.items():
            if key in issues:
                issues[key].evidence += issue.evidence
            else:
                issues[key] = dataclasses.replace(issue, evidence=list(issue.evidence))
    issue_list = [Issue(key, i.name, tuple(Source(*e) for e in i.evidence[:6]), i.territorial,
                        i.rank) for key, i in issues.items()]
    government = _sole_government(kinds, spoke)
    onlookers = frozenset(a for a in mentions if kinds.get(a) != "mediator"
                          and _THINK_TANK.search(ACTOR_NAMES.get(a) or names.get(a, "")))
    bearing = _Bearing(issues)
    statements = []
    for n, s in enumerate((s for f in found for s in f.statements), start=1):
        bears = bearing(s.unit)
        if TERRITORIAL.search(s.unit):
            bears += [key for key, i in issues.items() if i.territorial and key not in bears]
        about_issues = bearing(s.about_text) if s.about_text else []
        statements.append(Statement(
            f"s{n}", s.speaker, _side(s, mentions, government, onlookers), s.date, s.quote,
            s.kind, tuple(bears), Source(s.file, s.start, s.end),  # type: ignore[arg-type]
            title=s.title, quoted=s.quoted, about=tuple(s.about),
            about_issues=tuple(about_issues)))
    return Reading(tuple(f.doc for f in found), tuple(actors), tuple(issue_list),
                   tuple(statements))
