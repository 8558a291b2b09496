"""The prefilter before a pattern's search never skips a text the pattern matches: checked
on every sentence of the gold set, on texts hypothesis builds from the topics' own words,
and on hand-written cases of the syntax the topics use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zopa.evidence.issues import REGION
from zopa.evidence.lexicon import TOPICS
from zopa.evidence.prefilter import fold, may_match, required
from zopa.evidence.units import sentence_units

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
PATTERNS = [pattern for _, _, pattern in TOPICS] + [REGION]


def _sentences() -> list[str]:
    out = []
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [text[u.start:u.end] for u in sentence_units(text)]
    return out


def test_no_gold_sentence_a_topic_matches_is_skipped() -> None:
    sentences = [(s, fold(s)) for s in _sentences()]
    for pattern in PATTERNS:
        keys = required(pattern)
        for sentence, folded in sentences:
            if pattern.search(sentence):
                assert may_match(keys, folded), (pattern.pattern[:60], sentence)


def test_most_topics_have_keys() -> None:
    assert sum(required(p) is not None for p in PATTERNS) >= len(PATTERNS) - 2


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\b(?:sanctions?|embargo)\b", "new SANCTIONS"),
    (r"(?-i:transition\w*)", "the transitional council"),
    (r"(?:east|status of) jerusalem", "the status of Jerusalem"),
    (r"(?<!internationally )recogni[sz](?:e|es|ing|ition)", "to recognise"),
    (r"(?:merger|unification) of (?:the )?(?:two |rival )?(?:armies|forces)", "merger of forces"),
    (r"pull(?:ed|ing)? back|pullback", "they pulled back"),
    (r"(?:ab)+c", "ababc"),
])
def test_hand_written_matches_pass(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert compiled.search(text)
    assert may_match(required(compiled), fold(text))


def test_a_text_without_the_keys_is_skipped() -> None:
    keys = required(re.compile(r"\b(?:sanctions?|embargo)\b", re.IGNORECASE))
    assert not may_match(keys, fold("Talks on prisoners resumed"))


_PIECES = st.sampled_from(sorted({w for p in PATTERNS[:-1]
                                  for w in re.findall(r"[a-z]{3,}", p.pattern)}))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.sampled_from([" ", "-", "'", "s", "ed", " of the "]),
                          st.text(alphabet="aeiost ıſİK", max_size=3)), max_size=12))
def test_keys_are_necessary_on_generated_text(parts: list[str]) -> None:
    text = " ".join(parts)
    folded = fold(text)
    for pattern in PATTERNS[:-1]:
        if pattern.search(text):
            assert may_match(required(pattern), folded), (pattern.pattern[:60], text)
