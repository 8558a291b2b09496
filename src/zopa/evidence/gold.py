"""Scoring a reading against an answer key: precision and recall per field.

An answer key (YAML, next to its article) lists the ``parties``, ``mediators``, ``issues``
(each with ``keywords``) and ``statements`` (each with ``speaker``, ``side``, ``date``, a
``quote`` fragment and ``kind``). The rules:

- **Actors**: predicted parties and mediators against the key's, by id.
- **Issues** (recall): a key issue is found when a predicted issue's name or id contains one
  of its keywords.
- **Statements** (recall): a key statement is found when a predicted statement's quote
  contains its fragment (the punctuation at the fragment's ends ignored); of those found,
  the speaker is right when the key speaker's last word is in the predicted speaker (or
  the reverse), the side and the date when equal.
- **Red lines**: the predicted ``red_line`` statements against the key's red lines, matched
  as above.

>>> t = Tally()
>>> t.add("parties", found=2, expected=2, correct=2)
>>> t.add("parties", found=1, expected=1, correct=0)
>>> t.precision("parties"), t.recall("parties")
(0.6666666666666666, 0.6666666666666666)
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import Reading, Statement

__all__ = ["FIELDS", "SPLITS", "Tally", "load_key", "score"]

#: The gold set's splits, in the order they were written (tests/data/articles/README.md).
SPLITS = ("dev", "heldout", "fresh", *(f"fresh{n}" for n in range(2, 35)))

FIELDS = ("parties", "mediators", "actors", "issues", "statements", "speaker", "side", "date",
          "red_lines")


@dataclass
class Tally:
    """Counts per field: predicted, expected and correct."""

    counts: dict[str, list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0]))

    def add(self, name: str, *, found: int, expected: int, correct: int,
            recalled: int | None = None) -> None:
        """``correct`` predictions of ``found``; ``recalled`` expected items of
        ``expected`` found (the same as ``correct`` unless given)."""
        c = self.counts[name]
        c[0] += found
        c[1] += expected
        c[2] += correct
        c[3] += correct if recalled is None else recalled

    def precision(self, name: str) -> float:
        found, _, correct, _ = self.counts[name]
        return correct / found if found else 1.0

    def recall(self, name: str) -> float:
        _, expected, _, recalled = self.counts[name]
        return recalled / expected if expected else 1.0


def load_key(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    assert isinstance(data, dict)
    return data


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def _match(key: dict[str, Any], statements: list[Statement]) -> Statement | None:
    fragment = _norm(str(key["quote"])).strip(" .,;:!?\"'")
    return next((s for s in statements if fragment in _norm(s.quote)), None)


def _same_speaker(key: str, found: str) -> bool:
    k, f = _norm(key), _norm(found)
    return k.split()[-1] in f or f.split()[-1] in k if k and f else False


def score(reading: Reading, key: dict[str, Any], tally: Tally) -> None:
    """Add the scores of one article's reading to ``tally``."""
    for role, name in (("party", "parties"), ("mediator", "mediators")):
        got = {a.id for a in reading.actors if a.kind == role}
        want = set(key.get(name) or [])
        tally.add(name, found=len(got), expected=len(want), correct=len(got & want))
        tally.add("actors", found=len(got), expected=len(want), correct=len(got & want))
    names = [f"{i.id} {i.name}".lower() for i in reading.issues]
    issues = key.get("issues") or []
    hit = sum(1 for i in issues if any(str(k).lower() in n for k in i["keywords"]
                                       for n in names))
    tally.add("issues", found=len(reading.issues), expected=len(issues), correct=hit)
    statements = list(reading.statements)
    keyed = key.get("statements") or []
    found = [(k, _match(k, statements)) for k in keyed]
    matched = [(k, s) for k, s in found if s is not None]
    tally.add("statements", found=len(statements), expected=len(keyed), correct=len(matched))
    tally.add("speaker", found=len(matched), expected=len(matched),
              correct=sum(_same_speaker(str(k["speaker"]), s.speaker) for k, s in matched))
    tally.add("side", found=len(matched), expected=len(matched),
              correct=sum((k.get("side") or None) == s.side for k, s in matched))
    tally.add("date", found=len(matched), expected=len(matched),
              correct=sum(str(k.get("date")) == (s.date.isoformat() if s.date else "None")
                          for k, s in matched))
    red_keys = [k for k in keyed if k["kind"] == "red_line"]
    red_found = [s for s in statements if s.kind == "red_line"]
    red_right_recall = sum(1 for k in red_keys if (m := _match(k, statements)) is not None
                           and m.kind == "red_line")
    red_right_precision = sum(1 for s in red_found if any(_match(k, [s]) for k in red_keys))
    tally.add("red_lines", found=len(red_found), expected=len(red_keys),
              correct=red_right_precision, recalled=red_right_recall)
