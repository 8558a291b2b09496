"""Words the reader looks for: speech verbs, red-line, demand and offer cues, mediation cues,
negotiation context, and common negotiation topics.

>>> kind_of("We will never accept foreign troops on our soil")
'red_line'
>>> kind_of("Iran is ready to cap enrichment at 3.67 percent")
'offer'
>>> kind_of("Israel must withdraw from the corridor")
'demand'
>>> kind_of("Talks were constructive")
'other'
"""

from __future__ import annotations

import re

__all__ = ["ANONYMOUS", "COMMENTATOR", "MEDIATION", "NEGOTIATION", "SPEECH", "SPEECH_VERBS",
           "TERRITORIAL", "TOPICS", "kind_of"]

SPEECH_VERBS = (
    "(?:was |were |is |has been )?quoted(?: by [\\w'’ -]{2,40}?)? as (?:saying|telling)|"
    "said|says|say|told|tells|added|adds|stressed|stresses|affirmed|affirms|insisted|insists|"
    "warned|warns|declared(?! (?:independence|war|a |an |victory|martial|itself))|declares|"
    "stated|states|announced|announces|noted|notes|argued|"
    "argues|explained|wrote|writes|tweeted|posted|claimed|claims|maintained|vowed|vows|"
    "pledged|pledges|repeated|reiterated|reiterates|underlined|emphasised|emphasized|"
    "acknowledged|admitted|conceded|confirmed|confirms|denied|denies|rejected|rejects|"
    "demanded|demands|urged|urges|replied|responded|countered|cautioned|asserted|"
    "signalled|signaled|indicated|promised|threatened|complained|accused|proposed|proposes|"
    "offered|offers|suggested|suggests|ruled out|rules out|called for|calls for|"
    "made clear|made it clear|put forward|laid out|set out|observed|predicted|"
    "hinted|admits|recalled|remarked|told reporters|told journalists|has said|had said|"
    # "The MNLF, he went on, would judge ...": only as an aside or before a colon
    "went on(?=\\s*[,:])|continued(?=\\s*[,:])"
)

#: A speech verb, or "according to".
SPEECH = re.compile(r"\b(?:" + SPEECH_VERBS + r")\b|\baccording to\b", re.IGNORECASE)

#: Words of an onlooker, not a side: an analyst's "Iran will never accept ..." reports the
#: positions of others, so the statement is ``other``.
COMMENTATOR = re.compile(r"\b(?:analysts?|experts?|researchers?|scholars?|professors?|"
                         r"commentators?|academics?|historians?|consultants?|think[- ]tanks?|"
                         r"senior fellow|fellow at|political scientist|pollsters?)\b",
                         re.IGNORECASE)
#: The clause of an unnamed source between the speaker and the verb: "a senior official, who
#: asked not to be named, said".
ANONYMOUS = re.compile(
    r"\s*,?\s+(?:who|speaking|on condition)\b[^.;\"“”]{0,60}?\b(?:named|identified|anonymity|"
    r"publicly|on the record|authori[sz]ed to (?:speak|talk|brief)[^,]{0,30})\s*,?\s*$",
    re.IGNORECASE)

#: After "must ... before": a deadline ("before the end of the month", "before Friday") is
#: no precondition.
_NOT_A_TIME = (r"(?!\s+(?:the\s+|a\s+|its\s+)?(?:end|deadline|start|beginning|summer|winter|"
               r"spring|autumn|weekend|new year|christmas|next|\d|it is too late|too long|"
               r"long|january|february|march|april|may|june|july|august|september|october|"
               r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
               r"midnight|noon|dawn|morning|evening|night|tomorrow|elections?\s+(?:in|on)\b"
               # "must be put before the regional parliament": a place, not a sequence
               r"|(?:the\s+)?(?:[\w-]+\s+)?(?:parliament|congress|senate|legislature|court|"
               r"judges?|tribunal|voters|electorate|cameras)\b(?!\s+(?:\w+\s+)?(?:meets?|votes?|"
               r"approves?|ratifies|convenes|sits|has|have|is|are|can|could|will|would))))")

_RED_LINE = re.compile(
    r"\b(?:will|would|shall|can|could|do|does|are|is|am)\s*(?:not|n't|never)\s+"
    r"(?:\w+\s+){0,2}?(?:compromise|accept|agree|allow(?!ed)|tolerate|recogni[sz]e|give up|"
    r"surrender|cede|negotiate|sign|discuss|back down|yield|bargain|trade|permit|return|"
    r"withdraw|budge|concede|disarm|relinquish|abandon|be bound|implement|honou?r|abide|"
    r"retreat|back away|step back|renounce|hand(?!\s+out\b))\b"
    # a counterfactual refusal: "would not have accepted a text that left Arak untouched"
    r"|\b(?:would|could)\s*(?:not|n't|never)\s+have\s+(?:accepted|agreed to|signed)\b"
    r"|\bnever\s+(?:\w+\s+)?(?:accept|agree|allow|recogni[sz]e|give up|surrender|cede|sign|"
    r"compromise|negotiate|tolerate|return|relinquish|abandon|renounce|hand(?!\s+out\b)|be)\b"
    r"|\b(?:has|have|had) no place (?:in|at) (?:the|any|these|this) (?:talks|negotiations|"
    r"agreement|deal|accord|text|table)\b|\bnot a bargaining chip\b"
    r"|\bred[- ]lines?\b|\bunder no circumstances\b|\bnon-?negotiable\b|\bnot negotiable\b"
    r"|\bnot (?:up )?for (?:negotiation|discussion|debate|sale)\b|\bno compromise\b"
    r"|\bpre-?conditions?\b|\bruled? out\b|\brules out\b|\bunacceptable\b"
    r"|\bnot acceptable\b|\bcannot accept\b|\bcan't accept\b|\bwon't accept\b"
    r"|\bwon't (?:compromise|agree|allow|sign|give up|recogni[sz]e|negotiate)\b"
    r"|\bmust\b[^.;]{0,80}\b(?:before|until)\b" + _NOT_A_TIME
    + r"|\b(?:insist|demand)\w*\s+(?:that\s+)?[^.;]{0,80}\bbefore\b" + _NOT_A_TIME + r""
    r"|\bonly (?:if|when|once|after)\b|\bunless\b"
    r"|\bnot one inch\b|\bno deal (?:without|unless)\b|\bwithout which\b"
    # "in 1992 the faction had refused to accept the results": a past refusal, told as such
    r"|(?<!\bhad\s)\brefus(?:e|es|ed)\s+to\b"
    r"|\bno (?:ceasefire|deal|agreement|talks) (?:until|without)\b"
    r"|\bthere (?:will|can|would|could|shall) be (?:no|none)\b"
    r"|\bthere (?:is|was|will be|would be|can be|could be)\s+(?:absolutely\s+)?no "
    r"(?:question|place|room) (?:of|for)\b|\bthere's no (?:question|place|room) (?:of|for)\b"
    r"|\breject(?:s|ed|ing)? (?:\w+ )?outright\b|\b(?:flatly|categorically|firmly) "
    r"(?:rejects?|rejected|refused|refuses|ruled out|rules out)\b"
    r"|\b(?:can|could|will|would|shall)\s*(?:not|n't|never) be part of (?:any|a|the|an)\b"
    # "the only frontier Iran was prepared to accept", "the only acceptable outcome"
    r"|\b(?:the|our|its|their) only (?:[\w'’-]+ ){0,6}?accept(?:able)?\b"
    r"|\bno [\w-]+(?: [\w-]+)? without\b"
    r"|\b(?:sanctions|restrictions|embargo|blockade|measures)\s+(?:will|would|shall) "
    r"(?:remain|stay) (?:in place |in force )?until\b"
    r"|\bno [\w-]+ (?:will|would|shall) be (?:allowed|permitted|tolerated)\b"
    r"|\bnever be part of\b|\bbelongs? to the past\b|\ba thing of the past\b"
    r"|\b(?:can|could|will|would)\s*(?:not|n't|never) be (?:reached|agreed|signed|concluded|"
    r"achieved|possible) (?:while|as long as|so long as|unless|until|without)\b"
    r"|\b(?:not|no|never)\b[^.;]{0,60}\b(?:as long as|so long as)\b"
    r"|\bno (?:\w+ ){0,3}?(?:can|could|will|would|shall) (?:ever )?(?:give up|accept|agree|"
    r"surrender|cede|sign|take|force)\b|\bno one (?:can|will|could|shall)\b"
    r"|\b(?:can|could|will|would|do|does|did)\s*(?:not|n't) support\b"
    r"|\b(?:not|never) (?:stop|rest|end|cease)\s+(?:\w+\s+){0,3}?until\b"
    r"|\bonly\s+(?:\w+\s+){0,4}?(?:if|once|after|in exchange for|in return for)\b"
    r"|\b(?:will|would|can|could|shall)\s+(?:[\w'’-]+\s+){0,4}?only\s+(?:with|if|when|after|once|on|"
    r"in|under|inside|within|through|as part of)\b"
    r"|\b(?:will|would|shall)\s*(?:not|n't|never)\s+(?:[\w-]+\s+){1,8}?(?:until|unless|"
    r"before" + _NOT_A_TIME + r")\b"
    r"|\bunder any (?:circumstances|formula|conditions?|scenario|pretext)\b"
    r"|\b(?:will|would|shall|can|could)\s+accept\s+no\b"
    r"|\b(?:can|could|will|would|must|shall)\s*(?:not|n't|never) be (?:changed|altered|reopened|"
    r"renegotiated|revised|reversed|undone|rewritten|dismantled|disbanded|dissolved|"
    r"divided|partitioned|ceded|traded|bargained away|given up|touched)\b|\boff the table\b"
    r"|\bnot on the table\b|\bbottom[- ]lines?\b"
    r"|\b(?:is|was|are|were|remains?|remained)\s+(?:final|final and binding|irrevocable)\b"
    r"(?!\s+(?:round|stage|phase|step|session|day|text|draft|version))"
    r"|\bnot (?:a|an|the)\s+(?:subject|matter|issue|question|topic|starting point) (?:for|of) "
    r"(?:bargaining|negotiations?|discussion|debate|compromise|haggling)\b"
    r"|\bnot (?:up )?for (?:bargaining|haggling|trade)\b"
    r"|\bwithout\b[^.;]{0,80}\bthere (?:is|will be|can be|would be|could be) no\b"
    r"|\bnot (?:one|a single) (?:inch|millimet(?:re|er)|cent(?:imet(?:re|er))?|metre|meter|"
    r"square (?:metre|meter|kilometre|kilometer|mile))\b"
    r"|\b(?:will|would|shall|could)\s+(?:\w+\s+)?(?:block|veto)\s+(?:any|every)\b"
    r"|\bthere (?:will|can|shall|must) (?:only )?be (?:only )?(?:one|a single) (?:army|state|"
    r"country|nation|government|military|capital|flag|authority|armed force)\b"
    r"|\b(?:nobody|no one|no-one) (?:is|are) going to (?:take|force|make|change|stop)\b"
    r"|\bnot (?:our|their|its|his|her|a|the) (?:capitulation|surrender)\b"
    r"|\b(?:amnesty|pardon|immunity)\s+(?:does|do|will|would|could|can|shall)\s*(?:not|n't|"
    r"never)\s+(?:apply to|cover|extend to)\b"
    r"|\b(?:one and )?indivisible\b|\binviolable\b"
    r"|\b(?:will|shall|must) (?:always )?remain\b[^.;]{0,60}\bunder\b[^.;]{0,40}\bsovereignty\b"
    r"|\bnobody\s+(?!(?:[\w-]+\s+){0,3}?(?:knows?|is sure|(?:can|could) (?:say|tell|point|"
    r"explain|predict|recall|remember|name|guarantee))\b)"
    r"(?:[\w-]+\s+){0,4}?(?:can|could|will|would|shall)\b"
    r"|\b(?:set|sets|offered|laid out|put forward|meets?|met|fulfil\w*|our|its|their|series of"
    r"|these|key|basic|main|own)\s+(?:\w+\s+)?conditions\b|\bon condition that\b"
    r"|\bconditions? (?:for|that)\b|\b(?:a|the|our|its|their) condition before\b"
    # "not open to bargaining", "not for a negotiating table"
    r"|\bnot open to (?:bargaining|(?:re-?)?negotiations?|discussion|debate|compromise|haggling|"
    r"revision|amendment)\b"
    r"|\bnot (?:for|at) (?:a|the|any) (?:negotiating|bargaining) table\b"
    # "would sign nothing that did not give Darfur a share"
    r"|\b(?:sign|accept|agree to|settle for)\s+nothing\s+(?:that|which|unless|short of|less)\b"
    # a threat bound to a condition: "not one rifle more will be handed in if ..."
    r"|\bnot (?:one|a single) [\w-]+(?: more)? (?:will|would|shall|is going to)\b"
    # an ultimatum: "the talks begin with X, or they will not begin at all"
    r"|\bor\s+(?:[\w'’-]+\s+){0,2}?(?:will|would|shall)\s*(?:not|n't|never)\s+(?:[\w-]+\s+){0,2}?"
    r"at all\b|\bor not at all\b"
    r"|\b(?:not|never)\s+(?:be\s+)?(?:a\s+)?part of any (?:bargain|deal|trade|trade-?off|package|"
    r"negotiations?|talks|barter|exchange|swap|compromise)\b"
    # a refusal told in the first person: "we did not accept the ministry running our fields"
    r"|\b(?:we|i)\s+(?:did\s*(?:not|n't)|never)\s+(?:accept\w*|agreed? to|sign(?:ed)?\b(?! up)|"
    r"cede[ds]?|surrender\w*|recogni[sz]e[ds]?)\b"
    # a refusal to be coerced: "our forces will not be herded into camps"
    r"|\b(?:will|shall|would|can|could)\s*(?:not|n't|never)\s+be\s+(?:herded|forced|pushed|dragged|"
    r"bullied|coerced|pressured|intimidated|blackmailed|dictated to|rushed|cornered|asked to|"
    r"made to|told to)\b"
    # a sequence laid down: "no executive before delivery"
    # (not the past told: "there was no agreement until the last hour")
    r"|(?<!\bwas )(?<!\bwere )(?<!\bhad )\bno [\w-]+(?: [\w-]+)? (?:before|until)\b" + _NOT_A_TIME
    + r"(?!\s+(?:the\s+|a\s+|next\s+)?(?:summit|meeting|round|session|visit|talks)\b)"
    r"(?!\s+(?:late|recently|now|then|the (?:last|final|early|small|small hours)\b))"
    r"|\bnot on the agenda\b[^.;]{0,60}?\b(?:will not|won't|never)\b"
    r"|\b(?:will|shall|can|could)\s*(?:not|n't|never) be on (?:the|any|our) (?:agenda|table)\b"
    # who is shut out: "anyone who served the old regime is disqualified in our eyes"
    r"|\b(?:anyone|anybody)\s+(?:who|that)\b[^.;]{0,60}?\b(?:is|are|will be|would be|"
    r"remains?)\s+(?:disqualified|excluded|barred|ineligible)\b(?!\s+(?:by|under) (?:the )?law)"
    # "a prime minister without power is no prime minister at all"
    r"|\b(?P<noun>\w+) without\b[^.;]{0,60}?\b(?:is|are|would be|will be) (?:no|not an?) "
    r"(?:[\w-]+\s+)?(?P=noun)\b",
    re.IGNORECASE)
_NOT_RED = re.compile(r"\bnot rule out\b|\bnot ruled? out\b|\bwouldn't rule out\b"
                      # a pledge that the deal will hold: "will not allow this to fail"
                      r"|\b(?:not|never) (?:allow|let|permit) (?:this|it|the (?:deal|agreement|"
                      r"accord|process|talks|truce|ceasefire)) (?:to )?(?:become|fail|collapse|"
                      r"unravel|derail|be derailed|be undermined|die)\b"
                      r"|\bnot off the table\b|\bn't rule out\b|\bnot ruling out\b"
                      r"|\b(?:refused|refuses|declined|declines) to rule out\b"
                      r"|\bcould not rule out\b|\bno pre-?conditions?\b"
                      r"|\bwithout (?:any )?pre-?conditions?\b"
                      r"|\b(?:is|was|are|were|be)\s*(?:not|n't|never) (?:a |any )?"
                      r"pre-?conditions?\b"
                      r"|\bnot as a pre-?condition\b"
                      r"|\b(?:not|never)\s+(?:made|make|makes|making|set|sets|setting|be|been|being)\s+"
                      r"(?:[\w'’-]+\s+){0,4}?(?:a\s+|any\s+)?pre-?conditions?\b",
                      re.IGNORECASE)
_OFFER = re.compile(
    r"\b(?:offer(?:s|ed)?|propos(?:e|es|ed|al)|ready to|willing to|prepared to|open to|"
    r"ready for (?:talks|dialogue|negotiations|a|an|compromise)|"
    r"could accept|would accept|can accept|agreed to|agrees to|is ready|are ready|"
    r"in exchange for|in return for|would consider|could consider)\b", re.IGNORECASE)
_DEMAND = re.compile(
    r"\b(?:must|demand(?:s|ed)?|insist(?:s|ed)? (?:on|that)|call(?:s|ed)? for|requir(?:e|es|ed)|"
    r"should|want(?:s|ed)? (?!to say)|request(?:s|ed)?|need(?:s)? to|urg(?:e|es|ed)|"
    r"expect(?:s|ed)?|"
    r"has to|have to|seek(?:s)?|sought|press(?:es|ed)? for)\b", re.IGNORECASE)


#: A position the text says was given up since: "a position he dropped at talks in June".
_DROPPED = re.compile(r"\b(?:a|the) (?:position|demand|condition|stance|precondition)s? "
                      r"(?:that )?(?:the\s+)?[\w'’-]+\s+(?:(?:has|have|had)\s+)?"
                      r"(?:later\s+|since\s+|now\s+|long\s+|quietly\s+)?(?:dropped|abandoned|"
                      r"gave up|given up|softened|withdrew|withdrawn|reversed|retracted)\b",
                      re.IGNORECASE)


def kind_of(text: str) -> str:
    """The kind of a statement: ``red_line`` (non-negotiable or a precondition), ``offer``,
    ``demand`` or ``other``. A position the text says was dropped is ``other``.

    >>> kind_of("it would never agree to immunity, a position it dropped in April")
    'other'
    >>> kind_of("his men will disarm only under a NATO guarantee")
    'red_line'
    >>> kind_of("the sequence was not open to discussion")
    'red_line'
    >>> kind_of("in 1992 the faction had refused to accept the results")
    'other'
    """
    if _DROPPED.search(text):
        return "other"
    cleaned = _NOT_RED.sub(" ", text)
    if _RED_LINE.search(cleaned):
        return "red_line"
    if _OFFER.search(text):
        return "offer"
    if _DEMAND.search(text):
        return "demand"
    return "other"


#: The offices a person holds "of" a body, for the body ("general secretary of the All Africa
#: Conference of Churches" serves the conference, whatever his nationality).
OFFICE_OF_BODY = (r"(?:secretary|secretary-general|general secretary|president|chairman|"
                  r"chairwoman|chair|head|director|director-general|envoy|representative|"
                  r"spokesman|spokeswoman|spokesperson|commissioner|chief|leader|commander|"
                  r"coordinator)\s+of\s+(?:the\s+)?")


MEDIATION = re.compile(
    r"\bmediat(?:e|es|ed|ing|or|ors|ion)\b|\bbroker(?:ed|ing)?\b"
    # "Qatar brokers a truce", not "London brokers have marked down shares"
    r"|\bbrokers\b(?=\s+(?:a|an|the|talks|deals?|truces?|ceasefires?|peace|agreements?)\b)"
    # "facilitated the talks", not "ready to facilitate the exit of civilians"
    r"|\bfacilitat(?:or|ors|ion)\b|\bfacilitat(?:e|es|ed|ing)\b(?!\s+(?:the\s+)?(?:exit|entry|"
    r"delivery|deliveries|return|passage|evacuation|access|movement|release|transfer|flow|"
    r"departure|trade|transit|repatriation|resettlement|supply|supplies|distribution|work|"
    r"investment|payment|travel|visits?|aid|humanitarian|imports?|exports?|shipments?)\b)"
    r"|\bchaired by\b|\bco-?chair(?:ed|s)?\b|\bguarantors?\b|\bcoordinator\b|\bgood offices\b"
    r"|\bunder the auspices\b|\bhost(?:ed|ing|s)?\b|\bintermediar(?:y|ies)\b|\bgo-between\b"
    r"|\bshuttl(?:e|ed|ing)\b|\bconvened by\b|\bsponsored by\b|\bco-?sponsors?\b"
    # "which organised the negotiations": the organiser brings the sides together
    r"|\borgani[sz](?:ed|es|ing) (?:the )?(?:talks|negotiations|conference|dialogue)\b"
    # "carried messages between Beijing and Taipei", "to provide a neutral venue"
    r"|\b(?:carr(?:y|ies|ied|ying)|pass(?:es|ed|ing)?) messages between\b"
    r"|\b(?:offer(?:s|ed|ing)?|provid(?:e|es|ed|ing)) (?:a |the )?(?:neutral )?venue\b",
    re.IGNORECASE)
NEGOTIATION = re.compile(
    r"\b(?:talks|negotiat\w*|agreement|deal|accord|ceasefire|cease-fire|truce|peace|dialogue|"
    r"treaty|framework|round|settlement|compromise|delegations?|summit|pact|armistice|"
    r"declarations?|rapprochement|"
    r"understanding|proposal|plan|withdrawal|measures|package|provisions?|terms|envisag\w+|"
    r"provides? for|calls? for|under the)\b", re.IGNORECASE)
TERRITORIAL = re.compile(r"\bterritor\w*|\bsovereign\w*|\bborders?\b|\bland\b|\bannex\w*"
                         r"|\bseparatist\w*|\bbreakaway\b|\bindependence\b", re.IGNORECASE)

# id | name | regular expression of its keywords
_TOPICS = r"""
sanctions|Sanctions relief|sanctions?|embargo
enrichment|Uranium enrichment|enrich\w*|centrifuges?|uranium|stockpile
inspections|Inspections and verification|inspect\w*|verification|verify|
    access for inspectors
monitoring|Monitors, observers and peacekeepers|monitors|observers|observer (?:mission|force)|
    monitoring (?:mission|mechanism|force|team)|monitor(?:ing)? mission|peacekeep\w*
nuclear|Nuclear programme|nuclear (?:programmes?|programs?|weapons?|issue|file|dossier|
    activities|ambitions|facilities|sites|arsenal|deterrent)|denucleari[sz]\w*|plutonium|
    heavy water|arak|fordow|natanz
ceasefire|Ceasefire|cease-?fire|truce|cessation of hostilities|armistice|
    pause in (?:the )?fighting
hostages|Hostages and prisoners|hostages?|captives?|prisoners?|detainees?|prisoner exchange|
    prisoner swap|(?:citizens|nationals|americans|soldiers) (?:held|detained|jailed) in
humanitarian|Humanitarian access|humanitarian (?:aid|access|corridors?|issues|assistance|pause|
    truce)|aid (?:convoys?|deliveries|trucks|agencies)|food aid
political-settlement|Political settlement|final (?:political )?settlement|
    negotiated (?:political )?(?:settlement|solution)|
    political (?:settlement|solution|process|track|transition)
withdrawal|Withdrawal and redeployment of troops and forces|withdraw\w*|pull(?:ed|ing)? back|
    pullback|redeploy\w*
disarmament|Disarmament, demobilisation and weapons|disarm\w*|decommission\w*|demobili[sz]\w*|
    weapons? handover|lay down (?:their |its )?(?:arms|weapons)|
    hand(?:s|ed|ing)? over (?:all )?(?:their |its )?(?:arms|weapons)|demilitari[sz]\w*
security-guarantees|Security guarantees and arrangements|security guarantees?|
    safety (?:and immunity )?guarantees|immunity guarantees|safe conduct|
    security arrangements?|security assurances?|guarantees? for|defence pact|
    treaty of guarantee|system of guarantees|guarantor powers?|intervention rights
neutrality|Neutrality|neutral\w*|non-aligned|non-bloc|nato membership|join(?:ing)? nato
membership|Membership of international organisations|membership|accession|
    join(?:ing)? the (?:eu|un|united nations|european union)
justice|Transitional justice|transitional justice|special tribunal|war crimes|accountability
amnesty|Amnesty|amnesty|amnesties|pardons?
land-reform|Land reform|land reform|rural reform|land restitution|agrarian
political-participation|Political participation|political participation|seats in (?:congress|
    parliament)|(?:local |new )?political part(?:y|ies)
drugs|Illicit drugs|illicit drugs|drug trafficking|coca|narcotics
power-sharing|Power sharing and autonomy|power[- ]sharing|
    (?:sharing|division|distribution|devolution) of power|assembly|executive|devolution|
    (?:regional|provincial|local|elected) assemblies|(?:real|regional|local) powers|
    self-government|autonom\w*|self-rule|cabinet (?:posts|seats|positions|portfolios)|
    (?:ministerial|government) (?:posts|portfolios)|posts in (?:the )?government|
    inclusive government|(?:government of national unity|national unity government)|
    vice[- ]presiden(?:ts|cies)|first vice[- ]president
policing|Policing|policing|police reform|police force
territory|Territory, land exchanges and the map|partition\w*|maps?|
    territorial (?:division|split|exchange|swap|control|concessions?|claims?|adjustments?)|
    land swaps?|(?:hand(?:s|ed|ing)?|give|gives|giving|gave) back (?:[\w-]+,? ){0,6}?
    (?:districts?|territor\w*|lands?|provinces?|areas?)|
    return of (?:the )?(?:[\w-]+ ){0,2}?(?:districts|territories|lands|occupied areas)|
    per ?cent of (?:the )?(?:territory|land)|division of (?:the )?(?:territory|country|land)
border|Borders, boundaries, delimitation and demarcation|borders?|frontiers?|backstop|hard border|
    demarcation|delimitation
customs|Customs and tariffs|customs|customs checks|tariffs?|checks on goods
trade|Trade and the single market|trade|single market|customs union|level playing field
citizens-rights|Citizens' rights|citizens' rights|residency rights|rights of (?:eu )?citizens
financial-settlement|Financial settlement|financial settlement|divorce bill|payments? to
water|Water sharing|water (?:sharing|allocation|flows?|releases?|rights|quotas?|deliveries|supply)|
    (?:sharing|share|allocation|division) of (?:the )?waters?|cubic met(?:re|er)s of water|
    drought|downstream
fishing|Fishing zones and fishing rights|fishing (?:zones?|grounds|waters|limits?|
    restrictions|ban)|(?:restrictions|limits|curbs|ban) on fishing|fisheries
roads|Roads, highways and crossings|highways?|road links?|crossing points?|border crossings?|
    (?:main|trunk|coastal) roads?
public-buildings|Occupied schools, temples and public buildings|places of worship|
    (?:occupied|vacate\w*|vacating) (?:[\w-]+ ){0,3}?(?:schools|temples|churches|mosques|
    public buildings)
economic-cooperation|Economic cooperation|economic (?:cooperation|co-operation|development|ties|
    relations|integration|projects?)|cooperation in (?:the )?econom\w*|joint ventures?
security-cooperation|Security cooperation|security (?:cooperation|co-operation)|
    fight against terrorism|counter-?terror\w*
bans|Lifting of bans and proscription|ban on (?:the )?(?:[\w-]+ ){0,2}?(?:organisation|
    organization|movement|party|group|tigers|ltte)|de-?proscri\w*|proscri\w*|unban\w*|
    terrorist (?:list|designation)
local-government|Association of municipalities and local government|municipalit\w*|
    local (?:government|councils?|authorities)
filling|Filling of the reservoir|filling|reservoir|fill the dam
binding-agreement|A legally binding agreement|legally binding|binding agreement|binding deal
data-sharing|Data sharing|data (?:sharing|exchange)|exchange of data|data on|share data
services|Restoration of services|restor\w+ (?:of )?(?:basic |essential )?services|electricity|
    banking|telecommunications
jerusalem|Jerusalem|(?:east|status of|future of|over|on|up|divided|divide|sovereignty over|
    share|sharing) jerusalem|jerusalem's (?:status|future|old city)|holy sites|temple mount|
    haram al-sharif|old city
refugees|Refugees and displaced people|refugees?|right of return|displaced (?:people|persons|
    families)|internally displaced|returnees
settlements|Settlements|settlements|settlers?|settlement (?:activity|building|expansion|
    construction|freeze)
recognition|Recognition|(?<!internationally )(?<!officially )recogni[sz](?:e|es|ing|ition)|
    recogni[sz]ed (?:it|its|the (?:independence|annexation|sovereignty))|de facto recognition|
    mutual recognition
elections|Elections and electoral law|elections?(?!\s+of\s[^;]{0,60}?\bas\s+(?:the\s+)?(?:new\s+)?
    (?:president|prime minister|premier|head of state)\b)|vote|polls|
    electoral (?:law|reform|system|code|rolls?|districts?|commission)
governance|Transitional, interim and caretaker government|(?-i:transition\w*)|
    civilian (?:rule|government)|caretaker (?:government|cabinet|prime minister)|
    interim (?:government|authority)|unity government
frozen-assets|Frozen assets and funds|frozen (?:oil )?(?:funds|assets|accounts|money|revenues?)|
    (?:funds|assets|money|revenues?) (?:frozen|held|blocked)|unfreez\w*|asset freeze|
    (?:release|transfer) of (?:the )?(?:funds|assets|money)
aid|Economic and energy aid|aid package|reconstruction funds?|
    (?:energy|economic|financial|development|reconstruction) (?:aid|assistance)
revenue-sharing|Wealth, revenue and resource sharing|(?:share|shares|sharing|division|distribution|
    split) of (?:the )?(?:[\w-]+ ){0,4}?(?:revenues?|wealth|resources|royalties|income)|
    (?:revenue|wealth|resource)[- ]sharing|oil and gas revenues?|
    (?:per ?cent|percent|%) of (?:the )?(?:[\w-]+ ){0,3}?(?:revenues?|wealth|royalties|income)
energy|Oil and gas|gas fields?|oil fields?|offshore gas|gas exploration|oil exports?|
    oil production|pipelines?|oil revenues?|transit fees?
kidnapping|Kidnapping and extortion|kidnap\w*|extortion|ransom\w*
abductions|Abductions|abduct\w*
compensation|Compensation|compensat\w*|reparations?
corridor|Transport corridor|corridor|transit route|road link
language|Language rights|language|russian-speaking|minority rights|use of (?:the )?(?:russian|
    ukrainian|serbian|albanian|arabic|armenian|azerbaijani)
denazification|"Denazification"|de-?nazi\w*|de-?fascist\w*
foreign-forces|Foreign forces and mercenaries|foreign (?:forces|fighters|troops)|mercenar\w*|
    foreign military presence
port-access|Port and sea access|access to (?:[\w'’]+ ){0,2}?(?:ports?|the sea|harbou?rs?)|
    sea access|port access
embassies|Diplomatic relations and embassies|diplomatic (?:relations|ties)|
    embass(?:y|ies)|
    normali[sz]ation of (?:relations|ties)|restor\w* (?:of )?(?:relations|ties)
army-integration|Integration of fighters and armed forces|(?:merger|unification|integration|
    reintegration) of (?:the )?(?:two |rival )?(?:armies|armed forces|forces|fighters|military)|
    (?:single|unified|national) army|(?:integrat\w*|absorb\w*) (?:\w+ ){0,4}?into (?:the )?
    (?:national |regular )?(?:army|armed forces|military|police|security forces)
decentralisation|Decentralisation and local government|decentrali[sz]\w*|
    (?:provincial|regional) governors?|local government
independence|Independence, secession and self-determination|self-determination|secession\w*|
    independence (?:referendum|vote|bid|demands?|for|date|timeline)|statehood|
    (?:right to|claims? to|demands? for|call for|declare|date (?:for|of)) independence|
    become independent|independent (?:state|country)
name|The name|name (?:dispute|issue|question|change)|
    (?:new|country's|official|constitutional) name|renam(?:e|ed|ing)
cantonment|Cantonment and arms management|canton(?:ment|ed|ing)|(?:management|storage|
    containment) of (?:the )?(?:arms|weapons)|arms management|assembly (?:areas|points)
court-ruling|International courts and arbitration|international court(?: of justice)?|icj|
    arbitration|court rulings?|world court
parallel-structures|Parallel structures|parallel (?:administrations?|structures|governments?|
    courts|institutions)
property|Return of seized property|(?:seized|confiscated|captured) (?:land|property|properties)|
    return of (?:the )?(?:land|property|properties)
eligibility|Candidate eligibility|eligib\w*|disqualif\w*|(?:ban|bans|banned|barred) from (?:holding|
    running|standing)|(?:presidential|opposition|unity|joint) candidates?
federalism|Federalism|federal(?:ism| union| system| state| structure| model)|
    federali[sz]\w*|confedera\w*
religion|Religion and state|secular\w*|separation of religion and state|
    religion and (?:the )?state|role of (?:religion|islam)|sharia|islamic law
resources|Mines and natural resources|diamonds?|(?:diamond|gold|copper|mineral) (?:mines?|fields)|
    mining|mineral (?:resources|wealth|rights)|natural resources
demining|Demining and mine clearance|demining|mine clearance|landmines?|
    clear(?:ing|ance of)? (?:the )?mines
dialogue|National and political dialogue|(?:national|political|inclusive|intra-[\w-]+|
    sovereign) dialogue|dialogue (?:process|conference|forum)
positions|Troop positions and offensives|(?:troop|military|frontline|forward) positions|
    offensives?
timetable|Timetable and timeline|(?:timetables?|timelines?|time ?frames?|schedule|date|
    deadline) for (?:the )?(?:independence|elections?|withdrawal|pull-?out|handover|transfer|
    disarmament|talks|negotiations|implementation)
ratification|Ratification and referendum|ratif\w*|referendum|plebiscite|
    approval by (?:the )?(?:parliament|congress|senate|national assembly)
remains|Recovery of war remains|(?:recover\w*|repatriat\w*|return) (?:of )?(?:the )?remains|
    remains of (?:soldiers|servicemen|prisoners|the missing|those)|missing in action|pow/mia
interference|Non-interference in internal affairs|non-interference|
    interfer\w* in (?:(?:its|their|the|each other's|one another's) )?(?:internal )?affairs
indigenous|Indigenous rights|indigenous (?:rights|peoples?|identity|communities)|
    rights of indigenous
army-reform|Army and security sector reform|(?:reduction|reform|size|downsizing|restructuring|
    reorgani[sz]ation) of (?:the )?(?:army|armed forces|military|security forces)|
    (?:army|military|security[- ]sector) reform|
    (?:confine\w*|restricted) to (?:its |their )?barracks
development|Development funds and reconstruction|development (?:zones?|funds?|plans?|projects?|
    programmes?|programs?|bank)|(?:binational|investment|development) funds?|
    share of (?:the )?(?:national )?budget
inclusion|Inclusion of non-signatories|non-signator\w*|hold-?outs?|
    inclusiv(?:e|eness|ity) (?:of|process|ceasefire)|all-inclusive
committees|Joint committees, commissions and military commanders|(?:joint|general border|border|
    military|ceasefire|monitoring|technical|security|control) (?:committee|commission)s?|
    meetings? of (?:military )?commanders|military commanders
reactors|Nuclear reactors and spent fuel|(?:light|heavy)[- ]water (?:reactors?|plant)|
    (?:nuclear|research|power) reactors?|spent fuel|fuel rods?|reprocessing
warrants|Arrest warrants, extradition and the ICC|arrest warrants?|warrants? (?:for|against)
    (?:the )?(?:arrest|\w+ (?:leader|leaders|commanders?))|extradit\w*|
    (?-i:International Criminal Court|ICC)
blockade|Blockades and sieges|blockades?|sieges?|besieged
travel|Travel, remittances and banking|travel (?:ban|bans|restrictions?|curbs)|remittances?|
    banking (?:ties|links|restrictions)
political-status|Political status|(?:political|final|future|legal|constitutional) status|
    status (?:question|issue|talks|negotiations|dispute)|question of (?:the )?status|
    (?:region|republic|territory|province|enclave)'s status
transfer-of-power|Transfer of power|(?:transfer|handover|hand-over|transition) of power|
    power transfer|hand(?:s|ed|ing)? (?:over )?power|transfer(?:s|red|ring)? power|
    step(?:s|ped|ping)? (?:down|aside)|relinquish(?:es|ed|ing)? power
legislature|Legislature and its seats|legislatures?|legislative (?:council|assembly|body|
    elections?|seats)|transitional parliament
leadership|Choice of the president and prime minister|(?:appointment|nomination|choice|
    selection|election|naming) of (?:the |a )?(?:new )?(?:prime minister|premier|president|
    head of state|head of government)|(?:prime minister|premier|president) (?:nominated|
    chosen|appointed|named) by|(?:appointment|nomination|election|naming) of [^;]{0,60}?\bas\s+
    (?:the )?(?:new )?(?:prime minister|premier|president|head of state)
constitution|Constitutional reform|constitution\w*|new constitution|
    constitutional (?:reform|change|amendments?)
"""
def _topic_rows() -> list[str]:
    rows: list[str] = []
    for line in _TOPICS.strip().splitlines():
        if line.startswith(" ") and rows:
            rows[-1] += line.strip()
        else:
            rows.append(line.strip())
    return rows


TOPICS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (slug, name, re.compile(r"\b(?:" + pattern + r")\b", re.IGNORECASE))
    for slug, name, pattern in (line.split("|", 2) for line in _topic_rows()))
