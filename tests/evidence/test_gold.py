"""The gold set (tests/data/articles): the reader's scores per field stay above floors set
somewhat below the figures measured when the reader was written, so that a regression fails.
``benchmarks/read_quality.py`` prints the figures."""

from __future__ import annotations

import pytest

from zopa.evidence import read_files
from zopa.evidence.gold import SPLITS, Tally, load_key, score

from .conftest import ARTICLES

pytestmark = pytest.mark.usefixtures("nlp")

#: field -> (precision floor, recall floor), a little below the figures measured over all 213
#: keyed articles (docs/evidence.md, "How well it reads"): actors 0.83 / 0.78, issues
#: 0.45 / 0.83 (precision: the share of predicted issues that match a key issue),
#: statements 0.89 / 0.90, speaker 0.91, side 0.76, date 0.84, red lines 0.88 / 0.87.
FLOORS = {
    "actors": (0.80, 0.76),
    "issues": (0.43, 0.81),
    "statements": (0.87, 0.88),
    "speaker": (0.89, 0.89),
    "side": (0.74, 0.74),
    "date": (0.82, 0.82),
    "red_lines": (0.86, 0.85),
}


@pytest.fixture(scope="module")
def tally() -> Tally:
    keys = sorted(ARTICLES.glob("*.yaml"))
    assert len(keys) >= 189
    result = Tally()
    for path in keys:
        score(read_files([path.with_suffix(".txt")]), load_key(path), result)
    return result


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_their_floors(tally: Tally, name: str) -> None:
    precision, recall = FLOORS[name]
    assert tally.precision(name) >= precision, (name, tally.counts[name])
    assert tally.recall(name) >= recall, (name, tally.counts[name])


def test_every_key_is_well_formed() -> None:
    for path in sorted(ARTICLES.glob("*.yaml")):
        key = load_key(path)
        assert path.with_suffix(".txt").exists(), path
        assert key["split"] in SPLITS, path
        assert len(key["parties"]) >= 2, path
        for statement in key["statements"]:
            assert statement["kind"] in ("red_line", "demand", "offer", "other"), path
            assert str(statement["quote"]).lower() in path.with_suffix(".txt").read_text(
                encoding="utf-8").lower().replace("’", "'"), (path, statement["quote"])
