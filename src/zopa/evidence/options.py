"""Options from the words of a statement: what it asks for, keeps or rules out on an issue.

A statement bearing on an issue is parsed (spaCy's dependency parse, :func:`.nlp.parser`) and
cut down to the phrase that carries the issue:

- **The mention.** The issue's own words (a region's names, a known topic's keywords, the
  words of its name); for a territorial issue, failing those, the words of territory
  ("territorial integrity", "sovereignty", "borders"), marked as an *umbrella* mention.
- **The phrase.** From the mention up to its governing verb (verbs of relation such as
  "related to", and relative clauses, are passed over: in "rejected a proposal that would
  have given ... Jerusalem" the governing verb is "rejected"). When that verb only says the
  speaker's stance ("will not accept", "will never give up", "insists on", "is not
  negotiable") the phrase is the argument that holds the mention ("the return of refugees to
  Israel proper"); otherwise it is the verb's own phrase without its subject, auxiliaries,
  negation, subordinate clauses and coordinated parts ("recognize the Crimean peninsula
  belonging to Russia"); the subject stays when it holds the mention ("Jerusalem will remain
  united under Israeli sovereignty"). A trailing "and ..." that names another issue is
  dropped, and so is a lead such as "the issue of"; the first letter is lower-cased unless
  it is a proper name.
- **Whose option.** A phrase is *kept* by the speaker (its own option) unless the statement
  rules it out: a negated verb of acceptance ("will not accept", "would never recognise"),
  a verb of refusal ("rejected"), or "off the table". "Will not give up / compromise on X",
  "no X", "without X", "X is a precondition" all keep X.

>>> from zopa.evidence.model import Issue
>>> o = derive("he would not accept the return of refugees to Israel proper",
...            Issue("refugees", "Refugees"), ())
>>> (o.text, o.keeps)
('the return of refugees to Israel', False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .gazetteer import REGIONS, SURFACES, words
from .lexicon import TERRITORIAL, TOPICS
from .model import Issue

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Derived", "derive", "mention"]

#: Verbs that say how the speaker stands towards their argument, not what is to be done.
_STANCE = words("""accept accepts accepted agree agrees agreed allow allows allowed permit
tolerate support supports sign signs discuss negotiate consider compromise give gives gave
abandon surrender cede relinquish concede drop renounce yield sacrifice insist insists insisted
demand demands demanded request requested seek seeks sought want wants wanted need require
requires required endorse approve reject rejects rejected refuse refuses refused oppose
opposes opposed""")
#: Stance verbs that keep their argument when negated ("will not give up X").
_KEEPING = words("""give gives gave abandon surrender cede relinquish compromise concede drop
renounce yield sacrifice""")
#: Stance verbs that rule their argument out when not negated ("rejected X").
_REFUSING = words("reject rejects rejected refuse refuses refused oppose opposes opposed")
#: Verbs of relation passed over on the way to the governing verb.
_RELATION = words("related relating regarding concerning involving linked")
_COPULA = words("is are was were be been being 's remains")
_DROP = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark", "advcl", "punct",
                   "cc", "conj", "parataxis", "expl", "csubj"})
_LEAD = re.compile(r"^(?:(?:any|all|the)\s+)?(?:issues?|questions?|matters?|principle)\s+"
                   r"(?:of|related to|relating to|regarding|concerning|on)\s+", re.IGNORECASE)
_TRIM = re.compile(r"^(?:only|still|also|then|even|just)\s+", re.IGNORECASE)
#: Prepositions whose object is a condition the speaker keeps ("no peace without X").
_CONDITION = words("without until unless")
#: Prepositions that introduce the argument of a stance verb ("agree to", "compromise on").
_ARGUMENT = words("to on over about for of with")
_PRECONDITION = words("precondition condition prerequisite")
_OUT = re.compile(r"\boff the table\b|\bout of the question\b|\bruled out\b", re.IGNORECASE)
_NAME_FILLER = words("""status future issue question the and of for with relief reform
rights access programme sharing""")


@dataclass(frozen=True)
class Derived:
    """An option phrase drawn from a statement: its words, whether the speaker keeps it (its
    own option) or rules it out, whether the issue was named only by words of territory, and
    whether the phrase is a name alone ("give up Jerusalem")."""

    text: str
    keeps: bool
    umbrella: bool
    bare: bool = False


def _patterns(issue: Issue) -> list[re.Pattern[str]]:
    out = []
    forms = [f for f, (rid, _) in REGIONS.items() if rid == issue.id]
    if forms:
        out.append(re.compile(r"(?<![\w-])(?:" + "|".join(
            re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w-])",
            re.IGNORECASE))
    out += [p for tid, _, p in TOPICS if tid == issue.id]
    keys = [re.escape(w[:7]) for w in re.findall(r"[\w-]+", issue.name)
            if len(w) > 3 and w.lower() not in _NAME_FILLER]
    if keys:
        out.append(re.compile(r"\b(?:" + "|".join(keys) + r")", re.IGNORECASE))
    return out


def mention(text: str, issue: Issue) -> tuple[int, int, bool] | None:
    """Where ``text`` names ``issue``: start, end, and whether only by words of territory."""
    for pattern in _patterns(issue):
        m = pattern.search(text)
        if m:
            return m.start(), m.end(), False
    if issue.territorial:
        m = TERRITORIAL.search(text)
        if m:
            return m.start(), m.end(), True
    return None


def _negated(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (
                child.lower_ in ("nobody", "none") or any(
                    c.lower_ == "no" for c in child.children)):
            return True
    return False


def _words(tokens: Sequence[Token]) -> str:
    text, last = "", None
    for t in sorted(tokens, key=lambda t: t.i):
        text += ("" if last is None or last.i + 1 == t.i else " ") + t.text_with_ws
        last = t
    return " ".join(text.split()).strip(" ,;:.\"“”'")


def _phrase(head: Token, keep_subject: bool, others: Sequence[re.Pattern[str]]) -> list[Token]:
    """The tokens of ``head``'s phrase, cut at clause boundaries."""
    dropped: set[int] = set()
    for child in head.children:
        drop = child.dep_ in _DROP
        if keep_subject and child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg"):
            drop = False
        if child.dep_ == "conj" and not any(p.search(_words(list(child.subtree)))
                                            for p in others):
            drop = head.pos_ not in ("VERB", "AUX")
        if drop:
            dropped |= {t.i for t in child.subtree}
    for t in head.subtree:
        if t.dep_ in ("relcl", "acl") and t.head.i not in dropped and t.i not in dropped:
            continue
        if t.dep_ == "conj" and t.i not in dropped and any(
                p.search(_words(list(t.subtree))) for p in others):
            dropped |= {x.i for x in t.subtree}
            dropped |= {c.i for c in t.head.children if c.dep_ == "cc"}
    return [t for t in head.subtree if t.i not in dropped]


def derive(quote: str, issue: Issue, others: Sequence[Issue]) -> Derived | None:
    """The option ``quote`` gives on ``issue`` (``others``: the draft's other issues, whose
    trailing mentions are cut off), or None when the quote does not name it."""
    found = mention(quote, issue)
    if found is None:
        return None
    from .nlp import parser

    doc = parser()(quote)
    start, end, umbrella = found
    tokens = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not tokens:
        return None
    node = next((t for t in tokens if t.head not in tokens or t.head.i == t.i), tokens[0])
    path = [node]
    while not (node.pos_ in ("VERB", "AUX") and node.lower_ not in _RELATION
               and node.dep_ != "relcl") and node.head.i != node.i:
        node = node.head
        path.append(node)
    verb = node
    child = path[-2] if len(path) > 1 else None
    other_patterns = [p for o in others if o.id != issue.id for p in _patterns(o)]
    negated = _negated(verb)
    condition = next((t for t in path if t.dep_ == "prep" and t.lower_ in _CONDITION), None)
    if condition is not None:
        arg = next((c for c in condition.children if c.dep_ in ("pobj", "pcomp")), condition)
        tokens_out = _phrase(arg, True, other_patterns)
        keeps = True
    elif child is not None and verb.lower_ in _COPULA and child.dep_ in (
            "nsubj", "nsubjpass", "attr"):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if child.dep_ == "attr" and child.lower_ in _PRECONDITION and subj is not None:
            child = subj
        tokens_out = _phrase(child, True, other_patterns)
        keeps = not (child.dep_ != "attr" and _OUT.search(quote))
    elif child is not None and verb.lower_ in _STANCE and child.dep_ in (
            "dobj", "prep", "xcomp", "ccomp", "pobj", "attr", "nsubjpass"):
        arg = child
        if child.dep_ == "prep":
            if child.lower_ not in _ARGUMENT:
                return None
            arg = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), child)
        tokens_out = _phrase(arg, arg.pos_ not in ("VERB", "AUX"), other_patterns)
        keeps = (verb.lower_ in _KEEPING) if negated else verb.lower_ not in _REFUSING
    else:
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and any(
            t in path for t in c.subtree) for c in verb.children)
        if not subject and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
            return None  # a finite verb cut from its subject does not read as an option
        tokens_out = _phrase(verb, subject, other_patterns)
        via = {t.lower_ for t in path}
        keeps = not negated or bool(via & {"before"}) or subject
        stance = verb.head
        if verb.dep_ in ("xcomp", "ccomp") and stance.lower_ in _STANCE:
            # "will never allow inspectors to roam": the stance verb above says whose it is
            keeps = (stance.lower_ in _KEEPING) if _negated(stance) else (
                stance.lower_ not in _REFUSING)
    while tokens_out and tokens_out[-1].pos_ in ("ADP", "SCONJ", "CCONJ", "DET"):
        tokens_out = tokens_out[:-1]
    text = _TRIM.sub("", _LEAD.sub("", _words(tokens_out)))
    if not tokens_out or not text:
        return None
    first = min(tokens_out, key=lambda t: t.i)
    if first.i == 0 and first.tag_ not in ("NNP", "NNPS") and \
            first.lower_ not in SURFACES and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    bare = quote[start:start + 1].isupper() and re.sub(
        r"^(?:the|its|their|our|a|an)\s+", "", text, flags=re.IGNORECASE) == quote[start:end]
    return Derived(text, keeps, umbrella, bare)
