"""A cheap test before a regular expression: the words every match must hold.

Many patterns (the seventy-odd negotiation topics) are each searched in every sentence, and
most find nothing. :func:`required` reads a pattern's syntax tree (Python's own parser of
regular expressions) for a set of strings one of which every match contains, in lower case
("enrich\\w*|centrifuges?|uranium" needs "enrich", "centrifuge" or "uranium"); a substring
test on the lowered sentence then skips the search where no match is possible, which leaves
the results as they were. A pattern with no such strings ("\\d+") is always searched.

>>> sorted(required(re.compile(r"\\b(?:sanctions?|embargo)\\b", re.IGNORECASE)))
['embargo', 'sanction']
>>> sorted(required(re.compile(r"(?:east|status of) jerusalem")))
[' jerusalem']
>>> required(re.compile(r"\\d+")) is None
True
>>> may_match(frozenset({"embargo"}), fold("The EMBARGO stays")), may_match(None, "x")
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

try:  # the parser of the standard library's regular expressions (Python 3.11 and later)
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without it searches every pattern
    _sre = _sre_parse = None

__all__ = ["fold", "matches_at_words", "may_match", "opening_words", "required"]

#: Letters Python's case-insensitive matching takes for an ASCII letter that ``str.lower``
#: does not turn into it (dotless i, long s, capital I with dot).
_FOLD = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0130": "i"})


def fold(text: str) -> str:
    """A text lowered as :func:`may_match` wants it (once per text, for many patterns)."""
    return text.translate(_FOLD).lower()


def may_match(keys: frozenset[str] | None, folded: str) -> bool:
    """Whether a pattern whose :func:`required` strings are ``keys`` can match the text
    ``folded`` (lowered by :func:`fold`)."""
    if keys is None:
        return True
    for key in keys:  # noqa: SIM110 - a loop, not any() over a generator: run a million times
        if key in folded:
            return True
    return False


@lru_cache(maxsize=4096)
def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings, in lower case, one of which every match of ``pattern`` contains; None when
    the pattern has none (or its syntax cannot be read). Kept for each pattern (compiled
    patterns of equal source and flags are equal)."""
    if _sre_parse is None:  # pragma: no cover
        return None
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - any pattern re compiled parses again
        return None
    return _needed(list(tree))


def _needed(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The strings one of which a sequence of parsed items must match: its longest run of
    literals, or a group's (or repeated part's) strings, whichever is the more selective
    (its shortest string the longest, spaces aside: "join" before " the ")."""
    best: frozenset[str] | None = None

    def weight(option: frozenset[str]) -> int:
        return min(len(k.strip()) for k in option)

    def consider(option: frozenset[str] | None) -> None:
        nonlocal best
        if option and all(option) and (best is None or weight(option) > weight(best)):
            best = option

    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av).lower()
            continue
        consider(frozenset([run]) if run else None)
        run = ""
        if op is _sre.SUBPATTERN:
            consider(_needed(av[-1]))
        elif op is _sre.BRANCH:
            branches = [_needed(b) for b in av[1]]
            if all(b is not None for b in branches):
                consider(frozenset().union(*(b for b in branches if b is not None)))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_needed(av[2]))
    consider(frozenset([run]) if run else None)
    return best


def opening_words(phrases: Iterable[str], word: re.Pattern[str]) -> frozenset[str]:
    """The first word (by ``word``) of each phrase, lower-cased: where a match of an
    alternation of the phrases may start.

    >>> sorted(opening_words(["Ban Ki-moon", "Kofi Annan"], re.compile(r"\\b\\w+")))
    ['ban', 'kofi']
    """
    return frozenset(m.group(0).lower() for p in phrases if (m := word.search(p)))


def matches_at_words(pattern: re.Pattern[str], text: str, *, word: re.Pattern[str],
                     openings: frozenset[str]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, as ``finditer`` gives them, where every match
    starts at a ``word`` of the text in ``openings`` (:func:`opening_words`): the pattern
    (an alternation of thousands of names) is tried only there, many times faster than at
    every position.

    >>> names = re.compile(r"\\b(?:Kofi Annan|Ban Ki-moon)\\b", re.IGNORECASE)
    >>> word = re.compile(r"\\b\\w+")
    >>> [m.group(0) for m in matches_at_words(names, "Kofi Annan met Ban Ki-moon",
    ...                                       word=word, openings=frozenset({"kofi", "ban"}))]
    ['Kofi Annan', 'Ban Ki-moon']
    """
    end = 0
    for w in word.finditer(text):
        if w.start() < end or w.group(0).lower() not in openings:
            continue
        m = pattern.match(text, w.start())
        if m is not None:
            end = m.end()
            yield m
