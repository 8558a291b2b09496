"""The units the reader attributes: paragraphs, sentences, and quotations kept whole.

A unit is a sentence, or several sentences inside one open quotation, so that a quote and its
attribution ('"... we have one!" Juncker wrote') are read together. Quotations are masked
(replaced by spaces) for the attribution rules, so that names quoted are not speakers.

>>> text = 'Talks resumed. "We will never accept it. Never," Zarif said.'
>>> [text[u.start:u.end] for u in sentence_units(text)]
['Talks resumed.', '"We will never accept it. Never," Zarif said.']
>>> masked, quotes = mask_quotes(text)
>>> text[quotes[0][0]:quotes[0][1]]
'We will never accept it. Never,'
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .gazetteer import words
from .lexicon import SPEECH

__all__ = ["DATELINE", "Unit", "ends_in_abbreviation", "has_speech_verb", "is_headline",
           "mask_quotes", "paragraphs_of", "sentence_units"]

_ABBREVIATIONS = words("""mr mrs ms dr st gen lt col sgt capt maj adm gov sen rep prof jr sr
no jan feb mar apr aug sep sept oct nov dec inc co vs u.s u.n u.k e.u a.m p.m mt ft rev""")
#: A dateline or a live blog's time stamp opening a paragraph: "HELSINKI, July 17 (Reuters) -",
#: "GENEVA (AP) —", "Kathmandu, November 21, 2006 -", "14:32 GMT -". It is no part of a statement.
DATELINE = re.compile(
    # (each item after the comma taken whole, "[...]*+": a run of capitals after it must not
    # be split every way when no dash follows, "IRAN, UNITED STATES SIGN ...")
    r"^(?:[A-Z][A-Z .'’-]{1,40}(?:,(?:\s*(?:[A-Z][\w.,'’]*+|\d[\d,]*+))+)?"
    r"|[A-Z][\w .'’-]{1,40},\s*(?:[A-Z][a-z]+day,?\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+"
    r"[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?"
    r"|\d{1,2}[:.]\d\d(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|EST|local time|[A-Z]{2,4}))?)"
    r"\s*(?:\([^()\n]{1,30}\)\s*)?[-\u2013\u2014]+\s+")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Unit:
    """A span of the text (``start``, ``end``) in paragraph number ``paragraph``."""

    start: int
    end: int
    paragraph: int


def paragraphs_of(text: str) -> list[tuple[int, str]]:
    """The non-blank lines of ``text`` with their offsets."""
    return [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]


def is_headline(para: str) -> bool:
    """A first line that is a headline: short, without a final full stop."""
    return len(para.split()) <= 25 and not para.rstrip().endswith((".", '"', "”"))


def _open_quote(piece: str) -> bool:
    return piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1


def ends_in_abbreviation(text: str) -> bool:
    """Whether ``text`` ends in an abbreviation or an initial ("Feb", "Mr", "J"), so that a
    full stop after it ends no sentence.

    >>> ends_in_abbreviation("a ceasefire from Feb"), ends_in_abbreviation("the ceasefire")
    (True, False)
    """
    word = re.findall(r"[\w.]+$", text)
    return bool(word) and (word[0].lower().rstrip(".") in _ABBREVIATIONS
                           or re.fullmatch(r"[A-Z]", word[0]) is not None)


def has_speech_verb(text: str) -> bool:
    """Whether ``text`` has a speech verb written in lower case ("United States" has none)."""
    return any(m.group(0)[0].islower() for m in SPEECH.finditer(text))


def sentence_units(text: str) -> list[Unit]:
    """The units of ``text``, the headline left out."""
    units: list[Unit] = []
    for number, (offset, para) in enumerate(paragraphs_of(text)):
        if number == 0 and is_headline(para):
            continue
        head = DATELINE.match(para)
        cuts = [head.end() if head else 0]
        for m in _SENTENCE_END.finditer(para):
            if ends_in_abbreviation(para[:m.start()]):
                continue
            cuts.append(m.end())
        cuts = [c for c in cuts if c >= cuts[0]] + [len(para)]
        start = cuts[0]
        for a, b in itertools.pairwise(cuts):
            if b <= a:
                continue
            piece = para[start:b]
            if _open_quote(piece) and b != len(para):
                continue
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                units.append(Unit(offset + start + lead, offset + b, number))
            start = b
    return _join_attributions(text, units)


#: A finite verb or "that" after a speech verb: reported words, not a bare attribution.
_CLAUSE = re.compile(r"\b(?:that|would|will|was|were|is|are|had|has|have|could|can|must|"
                     r"should|might)\b")


def _reports(piece: str) -> bool:
    """Whether the sentence ``piece`` reports words of its own after its speech verb ('He
    said the mediation would wait.'), unlike a bare attribution ('Zarif said on Monday.').

    >>> _reports("He said the mediation would give them until May."), _reports("Zarif said.")
    (True, False)
    """
    verb = next((m for m in SPEECH.finditer(piece) if m.group(0)[0].islower()), None)
    return verb is not None and bool(_CLAUSE.search(piece, verb.end()))


def _join_attributions(text: str, units: list[Unit]) -> list[Unit]:
    """Join a unit that ends a quotation with the short attribution after it."""
    out: list[Unit] = []
    for unit in units:
        if out and out[-1].paragraph == unit.paragraph:
            previous = text[out[-1].start:out[-1].end].rstrip()
            piece = text[unit.start:unit.end]
            if (previous.endswith(('"', "”")) and len(piece.split()) <= 14
                    and '"' not in piece and "“" not in piece and has_speech_verb(piece)
                    and piece[:1].isupper() and not _reports(piece)):
                out[-1] = Unit(out[-1].start, unit.end, unit.paragraph)
                continue
        out.append(unit)
    return out


def mask_quotes(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with quotations of three words or more blanked out, and the spans of the
    quotations of four words or more (the statements' words)."""
    chars = list(text)
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, c in enumerate(text):
        if c == "\n" and opened is not None:
            spans.append((opened, i))
            opened = None
        elif c == "“" or (c == '"' and opened is None):
            opened = i + 1
        elif c in ("”", '"') and opened is not None:
            spans.append((opened, i))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    for a, b in spans:
        if len(text[a:b].split()) >= 3:
            for i in range(a, b):
                if chars[i] != "\n":
                    chars[i] = " "
    return "".join(chars), [(a, b) for a, b in spans if len(text[a:b].split()) >= 4]
