"""Noun phrases from the dependency parse: what an issue is called, and the items of a list.

An issue is named by a noun phrase ("power sharing", "the return of the government to
Aden"), never by a clause ("left Buyoya in power") or a verb phrase ("negotiate a peace
treaty" names the peace treaty). :func:`noun_phrase` reads a phrase the regular expressions
cut out of a sentence in the parse of that sentence and keeps its noun phrase;
:func:`listed_phrases` finds the coordinated objects of a sentence ("provides for a
transitional government, a reformed army and a senate split evenly").

The parse is spaCy's (:func:`zopa.evidence.nlp.parser`), made once per sentence.

>>> noun_phrase("negotiate a peace treaty", "They agreed to negotiate a peace treaty.")
'peace treaty'
>>> noun_phrase("left Buyoya in power", "It was a deal that left Buyoya in power.") is None
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import words
from .nlp import parser

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["listed_phrases", "noun_phrase"]

#: Prepositions whose object belongs to the issue's name: "return of the government",
#: "attacks on troops", "sovereignty over the islands", "ties with Israel".
_KEEP_PREP = words("of on over for between with")
#: Prepositions that lead to the issue's object when a phrase starts with them.
_LEADING_PREP = words("to on over about for")
#: Nouns that name the talks' people, papers and occasions, never an issue.
_NOT_HEAD = words("""deal deals agreement agreements accord accords summit meeting meetings
round rounds ceremony signing statement statements proposal proposals text paper document documents
journalist journalists reporter reporters mediator mediators principal principals
official officials leader leaders delegate delegates delegation delegations spokesman
spokeswoman minister ministers president envoy envoys people group groups side sides
party parties step steps screen screens word words amount amounts anything something
nothing everything way time day week month year""")
#: Verbs that only say the talks handle their object ("negotiate a peace treaty", "settle
#: the leadership question"): the issue is the object alone.
_LIGHT_VERBS = words("""negotiate discuss address settle resolve reach sign hold have make
take give get begin start continue conclude finalise finalize agree seek achieve consider
tackle cover include join implement study examine review""")
_FINITE = words("VBD VBZ VBP MD")
_DROP_LEFT = words("det predet nummod quantmod advmod punct cc preconj")


@lru_cache(maxsize=512)
def _parse(sentence: str) -> Doc:
    return parser()(sentence)


def noun_phrase(item: str, sentence: str, *, names: bool = False) -> str | None:
    """The noun phrase ``item`` (a piece of ``sentence``) names, or None when it is a clause,
    a proper name alone (unless ``names``: an agenda's "Brcko"), or a word of the talks.

    A verb first names its object ("reopen its airspace" is the airspace); a finite verb at
    the phrase's root, an adverb, a pronoun or a subordinating word makes a clause; the
    prepositions of the issue's own words (of, on, over, for, between, with) stay, the others
    (places, times) go.

    >>> s = "The accord provides for the return of the government to Aden within a week."
    >>> noun_phrase("the return of the government to Aden within a week", s)
    'return of the government'
    >>> s = "Although the largest rebel armies refused to join, eight groups signed."
    >>> noun_phrase("although the largest rebel armies refused to join", s) is None
    True
    >>> noun_phrase("President Carter", "He thanked President Carter.") is None
    True
    >>> noun_phrase("integrate the rebel police", "They agreed to integrate the rebel police.")
    'integrate rebel police'
    >>> noun_phrase("merge the civilian", "They agreed to merge the civilian and military courts.")
    'merge civilian and military courts'

    """
    doc = _parse(sentence)
    at = sentence.find(item)
    span = doc.char_span(at, at + len(item), alignment_mode="expand") if at >= 0 else None
    if span is None:
        doc = _parse(item)
        span = doc[:]
    inside = {t.i for t in span}
    tokens = [t for t in span if not t.is_punct]
    if not tokens:
        return None
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    root = max(roots, key=lambda t: (sum(u.i in inside for u in t.subtree), -t.i))
    first = tokens[0]
    if first.lower_ in _LEADING_PREP and root.i == first.i:
        root = next((c for c in first.children if c.dep_ == "pobj"), first)
    verb: list[Token] = []
    if root.pos_ == "VERB" and root.tag_ in ("VB", "VBG") and root.i == first.i:
        target = _object(root, inside)
        if target is None:
            return None
        # the object the item's cut at "and" left whole: "integrate the civilian [and
        # military institutions]"
        inside |= {t.i for t in target.subtree if t.i >= first.i}
        if not _light(root.lower_):
            verb = [t for t in tokens if t.i < target.i and (
                t.i == root.i or (t.head.i == root.i and t.dep_ in ("prt", "prep")))]
        root = target
    of_phrase = any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
    if root.tag_ in _FINITE or (root.pos_ not in ("NOUN", "PROPN") and not (
            root.pos_ == "NUM" and of_phrase)):
        return None
    if root.lower_ in _NOT_HEAD and not of_phrase and not any(
            c.dep_ == "compound" for c in root.children):
        return None
    kept = sorted(_phrase(root, inside, 0), key=lambda t: t.i)
    while kept and (kept[0].dep_ in _DROP_LEFT or kept[0].tag_ == "PRP$"
                    or kept[0].is_punct):
        kept = kept[1:]
    if not kept or (not names and all(t.pos_ == "PROPN" or t.is_punct or t.dep_ == "case"
                                       for t in kept)):
        return None
    kept = verb + kept
    return "".join(t.text + t.whitespace_ for t in kept[:-1]) + kept[-1].text


def _light(verb: str) -> bool:
    """Whether a verb (its base or -ing form; the parser has no lemmatizer) is light."""
    stem = verb[:-3] if verb.endswith("ing") else verb
    return bool({verb, stem, stem + "e"} & _LIGHT_VERBS)


def _object(verb: Token, inside: set[int]) -> Token | None:
    """The object of a verb inside the phrase: its direct object, or a preposition's."""
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("dobj", "attr", "oprd"):
            return child
    for child in verb.children:
        if child.i in inside and child.dep_ in ("prep", "prt"):
            found = next((c for c in child.children if c.dep_ == "pobj" and c.i in inside),
                         None)
            if found is not None:
                return found
    return None


def _phrase(head: Token, inside: set[int], depth: int) -> list[Token]:
    """A noun and its modifiers, with the prepositional phrases of its own words (two deep
    at most): no relative clauses, appositions or coordinated nouns."""
    out = [head]
    for child in head.children:
        if child.i not in inside:
            continue
        if child.i < head.i and (depth or child.dep_ not in ("det", "predet", "punct", "cc")):
            out += [t for t in child.subtree if t.i in inside]
        elif child.dep_ == "prep" and child.lower_ in _KEEP_PREP and depth < 2:
            pobj = next((c for c in child.children if c.dep_ == "pobj" and c.i in inside),
                        None)
            if pobj is not None:
                out += [child, *_phrase(pobj, inside, depth + 1)]
        elif child.dep_ in ("compound", "amod", "nmod") and child.i > head.i:
            out += [t for t in child.subtree if t.i in inside]
    return out


def listed_phrases(sentence: str) -> list[str]:
    """The noun phrases of the longest coordinated list in a sentence (three items or more):
    a noun and its conjuncts (or appositions, which the small parser often makes of a list's
    middle items), each named as :func:`noun_phrase` names it.

    >>> listed_phrases("The government offers a general amnesty, the release of prisoners "
    ...                "of war and the reintegration of fighters into the army.")
    ['general amnesty', 'release of prisoners of war', 'reintegration of fighters']
    """
    doc = _parse(sentence)
    best: list[Token] = []
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("conj", "appos"):
            continue
        chain = [token, *_conjuncts(token)]
        if len(chain) > len(best):
            best = chain
    if len(best) < 3:
        return []
    inside = set(range(len(doc)))
    out = []
    for head in best:
        kept = sorted({t.i: t for t in _phrase(head, inside, 0)}.values(), key=lambda t: t.i)
        while kept and (kept[0].dep_ in _DROP_LEFT or kept[0].tag_ == "PRP$"):
            kept = kept[1:]
        if kept and not all(t.pos_ == "PROPN" for t in kept):
            out.append("".join(t.text + t.whitespace_ for t in kept[:-1]) + kept[-1].text)
    return out


def _conjuncts(token: Token) -> list[Token]:
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("conj", "appos") and child.pos_ in ("NOUN", "PROPN"):
            out += [child, *_conjuncts(child)]
    return out
