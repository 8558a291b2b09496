"""The real reader (``zopa.evidence.read_text``, built beside this) on the seed article,
against the March 2022 example: what the example already records is recognised, and
every proposal applies to a valid scenario. Skipped where the reader is not installed."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from zopa.evidence.updates import propose_updates
from zopa.examples import example_path, load_example
from zopa.scenario import parse_scenario

SEED = Path(__file__).parents[1] / "data" / "statements" / "seed-article-2022-03-20.txt"


@pytest.fixture(scope="module")
def reading() -> dict[str, Any]:
    try:
        read_text = importlib.import_module("zopa.evidence").read_text
    except (ImportError, AttributeError):
        pytest.skip("the news reader (zopa.evidence.read_text) is not installed")
    result: dict[str, Any] = read_text(SEED.read_text(encoding="utf-8-sig"),
                                       file=SEED.name).to_dict()
    return result


def test_the_seed_article_against_the_example(reading: dict[str, Any]) -> None:
    found = propose_updates(load_example(), reading)
    # Zelensky's words of 20 March are the example's s3: recorded, not proposed again.
    assert any(k.startswith("s3 (Volodymyr Zelensky") for k in found.known), found.known
    text = example_path().read_text(encoding="utf-8")
    new = parse_scenario(found.apply(text, [p.id for p in found.proposals]))
    assert len(new.statements or ()) == 9 + sum(p.kind == "statement"
                                                for p in found.proposals)
    note = found.note([p.id for p in found.proposals]) if found.proposals else ""
    assert not found.proposals or SEED.name in note
