"""Multilateral ANAC domains (ANAC 2016's three-party domains, the multilateral
successors of ANAC 2015's): zopa's frontier against NegMAS's exact enumeration, read
independently by NegMAS (GENIUS's rule applied to its loaded values, see
``_negmas_side``), and the brief and JSON read for three parties."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from zopa.analysis import analyze, frontier_points
from zopa.analysis._tolerance import keys
from zopa.analysis.pareto import nondominated
from zopa.cli import app
from zopa.interop import import_genius_folder
from zopa.space import compile_space

pytest.importorskip("negmas")

from ._negmas_side import frontier_and_nash, load_by_genius_rule

DATA = Path(__file__).parents[1] / "data" / "genius" / "anac" / "y2016"
MAX_OUTCOMES = 8_000


def _multilateral() -> list[Path]:
    out = []
    for folder in sorted(DATA.iterdir()):
        space = compile_space(import_genius_folder(folder).scenario)
        if space.party_count >= 3 and space.outcome_count <= MAX_OUTCOMES:
            out.append(folder)
    return out


FOLDERS = _multilateral()


def test_there_are_multilateral_domains() -> None:
    assert len(FOLDERS) >= 8


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_frontier_matches_negmas(folder: Path) -> None:
    scenario = import_genius_folder(folder).scenario
    space = compile_space(scenario)
    ours = frontier_points(space)  # NegMAS leaves out outcomes below reserved values
    theirs, sums = load_by_genius_rule(folder)
    assert [u.name for u in theirs.ufuns] == [p.name for p in scenario.parties]
    frontier, _ = frontier_and_nash(theirs)
    points = np.array(frontier, dtype=float).reshape(-1, space.party_count)
    their = np.unique(keys(points / np.array(sums)), axis=0)
    if len(their):
        their = their[nondominated(their)]
    assert {tuple(k) for k in ours.keys.tolist()} == {tuple(k) for k in their.tolist()}


@pytest.mark.parametrize("folder", FOLDERS[:3], ids=lambda f: f.name)
def test_brief_and_json_read_for_three_parties(folder: Path) -> None:
    result = analyze(import_genius_folder(folder).scenario)
    data = result.to_dict()
    assert len(data["parties"]) == 3
    assert all(len(p["utilities"]) == 3 for p in data["pareto_frontier"])
    shown = CliRunner().invoke(app, ["analyze", str(folder)])
    assert shown.exit_code == 0, shown.output
    for party in data["parties"]:
        assert result.scenario.party(party).title in shown.output
