"""Fixtures for the simulation tests: a private data directory, small scenarios, and a
scripted strategy (Axelrod's ``versus_test`` idea: an opponent whose moves are fixed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import strategies as st

from zopa.scenario import Scenario, load_scenario, parse_scenario
from zopa.simulate.strategies import ACCEPT, WALK_AWAY, Action, Strategy
from zopa.simulate.view import View

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZOPA_DATA_DIR", str(tmp_path / "zopa-data"))
    monkeypatch.delenv("ZOPA_DATABASE_URL", raising=False)


@pytest.fixture
def hand_checked() -> Scenario:
    return load_scenario(DATA / "hardliner-vs-boulware.yaml")


class Script(Strategy):
    """Plays a fixed list of moves, one per turn (the last one repeated): an outcome
    (tuple) to offer, ``"accept"`` or ``"walk-away"``. Not registered: no metadata."""

    def __init__(self, moves: Sequence[tuple[int, ...] | str], label: str = "script") -> None:
        self.moves = list(moves)
        self.label = label
        self.seen: list[View] = []
        self.standing: list[tuple[int, ...] | None] = []

    @property
    def name(self) -> str:
        return self.label

    def reset(self, view: View, rng: np.random.Generator) -> None:
        self.seen = []
        self.standing = []

    def respond(self, view: View) -> Action:
        self.seen.append(view)
        self.standing.append(view.standing)
        move = self.moves[min(view.turn, len(self.moves) - 1)]
        if move == "accept":
            return ACCEPT
        if move == "walk-away":
            return WALK_AWAY
        assert isinstance(move, tuple)
        return Action("offer", move)

    def level(self, view: View) -> float:
        return 0.0


@st.composite
def scenarios(draw: st.DrawFn, parties: int = 2, max_issues: int = 3,
              red_lines: bool = True) -> Scenario:
    """Small random scenarios with single- and multi-issue red lines and reservations."""
    n_issues = draw(st.integers(1, max_issues))
    sizes = [draw(st.integers(2, 4)) for _ in range(n_issues)]
    ids = [chr(ord("a") + k) for k in range(parties)]
    value = st.floats(0, 1).map(lambda x: round(x, 3))
    prefs: dict[str, Any] = {}
    for pid in ids:
        lines = []
        if red_lines:
            for _ in range(draw(st.integers(0, 2))):
                named = draw(st.lists(st.integers(0, n_issues - 1), min_size=1, max_size=2,
                                      unique=True))
                lines.append({"forbid": {f"i{i}": [f"o{draw(st.integers(0, sizes[i] - 1))}"]
                                         for i in named}})
        prefs[pid] = {
            "weights": {f"i{i}": draw(st.integers(1, 5)) for i in range(n_issues)},
            "values": {f"i{i}": {f"o{k}": draw(value) for k in range(m)}
                       for i, m in enumerate(sizes)},
            "red_lines": lines,
        }
    return parse_scenario({
        "zopa": 1,
        "name": "generated",
        "parties": [{"id": pid, "reservation": draw(st.sampled_from([0.0, 0.2, 0.4]))}
                    for pid in ids],
        "issues": [{"id": f"i{i}", "options": [f"o{k}" for k in range(m)]}
                   for i, m in enumerate(sizes)],
        "preferences": prefs,
    })
