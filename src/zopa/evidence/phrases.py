"""Noun phrases from the dependency parse: what an issue is called.

An issue is named by a noun phrase ("power sharing", "the return of the government to
Aden"), never by a clause ("left Buyoya in power") or a verb phrase ("negotiate a peace
treaty" names the peace treaty). :func:`noun_phrase` reads a phrase the regular expressions
cut out of a sentence in the parse of that sentence and keeps its noun phrase.

The parse is spaCy's (:func:`zopa.evidence.nlp.parser`), made once per sentence.

>>> noun_phrase("negotiate a peace treaty", "They agreed to negotiate a peace treaty.")
'peace treaty'
>>> noun_phrase("left Buyoya in power", "It was a deal that left Buyoya in power.") is None
True
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from .gazetteer import words
from .nlp import parser

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["noun_phrase", "subject_at"]

#: Prepositions whose object belongs to the issue's name: "return of the government",
#: "attacks on troops", "sovereignty over the islands", "ties with Israel"; and "to" before
#: a bare noun ("the return of the opposition to parliament", :func:`_bare`).
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
nothing everything way time day week month year north south east west northeast northwest
southeast southwest state country nation""")
#: Spans of time: "ending more than a decade of negotiations" names no issue.
_TIME = words("""time times day days week weeks month months year years decade decades
century hour hours period""")
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
    rests on a proper name (unless ``names``: an agenda's "Brcko"), or a word of the talks.

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
    >>> s = "It settles the return of the opposition to parliament."
    >>> noun_phrase("the return of the opposition to parliament", s)
    'return of the opposition to parliament'

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
    first = tokens[0]
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    root = max(roots, key=lambda t: (t.pos_ != "ADP" or t.i == first.i,
                                     sum(u.i in inside for u in t.subtree), -t.i))
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
    of_phrase = any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children) for c in root.children)
    if root.tag_ in _FINITE or (root.pos_ not in ("NOUN", "PROPN") and not (
            root.pos_ == "NUM" and of_phrase)):
        return None
    if root.lower_ in _TIME and not any(c.dep_ in ("amod", "compound") and c.lower_ not in (
            "more", "less", "few", "many") for c in root.children):
        return None
    if root.lower_ in _NOT_HEAD and not of_phrase and not any(
            c.dep_ == "compound" for c in root.children):
        return None
    kept = sorted(_phrase(root, inside, 0), key=lambda t: t.i)
    while kept and (kept[0].dep_ in _DROP_LEFT or kept[0].tag_ == "PRP$"
                    or kept[0].is_punct):
        kept = kept[1:]
    if not kept or (not names and ((root.pos_ == "PROPN" and not verb) or all(
            t.pos_ == "PROPN" or t.is_punct or t.dep_ == "case" for t in kept))):
        return None
    return _text([*verb, *kept])


def _text(tokens: list[Token]) -> str:
    """The tokens' words, spaced as in the sentence (a space where skipped words had one)."""
    out = tokens[0].text
    for before, token in pairwise(tokens):
        gap = token.doc.text[before.idx + len(before.text):token.idx]
        out += (" " if any(c.isspace() for c in gap) else "") + token.text
    return out


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
        elif child.dep_ == "prep" and (child.lower_ in _KEEP_PREP or child.lower_ == "to"
                                       ) and depth < 2:
            pobj = next((c for c in child.children if c.dep_ == "pobj" and c.i in inside),
                        None)
            if pobj is not None and pobj.pos_ != "PRON" and (
                    child.lower_ != "to" or _bare(pobj)):
                out += [child, *_phrase(pobj, inside, depth + 1)]
            elif pobj is None and child.lower_ in ("of", "for"):
                out += _gerund(child, inside, depth)
        elif child.dep_ in ("compound", "amod", "nmod") and child.i > head.i:
            out += [t for t in child.subtree if t.i in inside]
    return out


def _gerund(prep: Token, inside: set[int], depth: int) -> list[Token]:
    """A gerund after "of" or "for" with its object: "a date for handing policing powers",
    "the question of holding elections"; nothing when there is no such gerund or object."""
    verb = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
                 and c.i in inside), None)
    target = _object(verb, inside) if verb is not None else None
    if verb is None or target is None or target.pos_ not in ("NOUN", "PROPN"):
        return []
    return [prep, verb, *_phrase(target, inside, depth + 1)]


def _bare(noun: Token) -> bool:
    """Whether a noun stands without determiner or name: "to parliament", "to power", "to
    the sea" not ("return to parliament" names the issue, "return to Aden" a place)."""
    return noun.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "nummod")
                                           for c in noun.children)


def subject_at(sentence: str, at: int) -> str | None:
    """The subject of the clause the word at ``at`` stands in, as the sentence words it
    ("The presidency, she said, was not on the table" at "on": "The presidency"); None when
    the subject is a pronoun or there is none.

    >>> subject_at("Land reform, he said, is off the table.", 27)
    'Land reform'
    """
    doc = _parse(sentence)
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    words = [t for t in subject.subtree if t.i < token.i]
    if not words:
        return None
    return sentence[words[0].idx:words[-1].idx + len(words[-1].text)]
