"""GENIUS nonlinear export: interaction terms and ``utility_max`` go over as
hyper-rectangles and ``maxutility``, so that export then import gives every outcome the
same utility (exactly, within 1e-9), on generated scenarios and on ANAC 2014's domains."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zopa.cli import app
from zopa.examples import load_example
from zopa.interop import convert_genius_files, import_genius_folder
from zopa.interop.genius import export_genius
from zopa.scenario import Scenario, parse_scenario
from zopa.scenario.model import midpoint
from zopa.space import compile_space

from ..core.generators import scenario_data
from .test_genius_nonlinear import _genius_utility

DATA = Path(__file__).parents[1] / "data" / "genius" / "anac" / "y2014"


def _same(a: Scenario, b: Scenario, rows: np.ndarray) -> None:
    sa, sb = compile_space(a), compile_space(b)
    assert sa.sizes == sb.sizes
    order = [sa.parties.index(p) for p in sb.parties]
    assert sorted(sa.parties) == sorted(sb.parties)
    np.testing.assert_allclose(sb.utilities(rows), sa.utilities(rows)[:, order], rtol=0,
                               atol=1e-9)


def _every_outcome(scenario: Scenario) -> np.ndarray:
    sizes = compile_space(scenario).sizes
    return np.array(list(itertools.product(*(range(n) for n in sizes))), dtype=np.int64)


@st.composite
def interacting(draw: Any) -> Scenario:
    data = draw(scenario_data(max_outcomes=120, max_parties=3, max_issues=4,
                              interactions_per_party=(0, 1, 2, 3)))
    for prefs in data["preferences"].values():  # sometimes GENIUS's cap (utility_max)
        if draw(st.integers(0, 3)) == 0:
            prefs["utility_max"] = draw(st.sampled_from([0.5, 1, 2, 4]))
    return parse_scenario(data)


@settings(max_examples=80, deadline=None)
@given(interacting())
def test_round_trip_keeps_every_utility(scenario: Scenario) -> None:
    exported = export_genius(scenario, nonlinear=True)
    assert not any("interaction term" in w for w in exported.warnings)
    again = convert_genius_files(exported.files).scenario
    _same(scenario, again, _every_outcome(scenario))
    for party in again.parties:
        assert party.reservation == midpoint(scenario.party(party.id).reservation)


def test_interaction_terms_choose_the_nonlinear_form() -> None:
    scenario = load_example("ukraine-russia-2022-03")
    exported = export_genius(scenario)
    assert b'type="nonlinear"' in exported.files["ukraine.xml"]
    warnings = " ".join(exported.warnings)
    assert "interaction term" not in warnings  # carried over, not dropped
    assert "red lines dropped" in warnings  # GENIUS still has no hard constraints
    assert "issue 'neutrality': its options exported as the integers 1 to 3" in warnings
    again = convert_genius_files(exported.files).scenario
    _same(scenario, again, _every_outcome(scenario))


def test_split_boxes_are_disjoint_rectangles() -> None:
    """A box whose option set is not one run of numbers (and its outside) becomes
    several rectangles; GENIUS's own sum over them (an ElementTree reading of the XML)
    is zopa's utility."""
    scenario = parse_scenario({
        "zopa": 1, "name": "split", "parties": [{"id": "a"}, {"id": "b"}],
        "issues": [{"id": "x", "options": ["o1", "o2", "o3", "o4"]},
                   {"id": "y", "range": {"min": 0, "max": 4, "step": 1}}],
        "preferences": {
            "a": {"weights": {"x": 1, "y": 1}, "values": {"x": {"o1": 1}, "y": {"points": [
                [0, 0], [4, 1]]}},
                  "interactions": [{"when": {"x": ["o1", "o3"], "y": [0, 2, 3]}, "value": 1,
                                    "weight": 2},
                                   {"when": {"x": ["o2", "o4"], "y": {"min": 1, "max": 3}},
                                    "value": 0.5, "weight": 3, "outside": True}]},
            "b": {"weights": {"x": 1}, "values": {"x": {"o4": 1}}}}})
    exported = export_genius(scenario)
    rows = _every_outcome(scenario)
    expected = compile_space(scenario).utilities(rows)
    for p, pid in enumerate(["a", "b"]):
        root = ET.fromstring(exported.files[f"{pid}.xml"])
        assert len(list(root.iter("hyperRectangle"))) > 4 or pid == "b"
        bids = rows + np.array([1, 0])  # x numbered 1..4, y keeps its numbers
        got = _genius_from_bytes(exported.files[f"{pid}.xml"], bids, [1, 2])
        np.testing.assert_allclose(got, expected[:, p], rtol=0, atol=1e-12)


def _genius_from_bytes(data: bytes, bids: np.ndarray, indices: list[int]) -> np.ndarray:
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".xml") as handle:
        handle.write(data)
        handle.flush()
        return _genius_utility(Path(handle.name), bids, indices)


@pytest.mark.parametrize("domain", sorted(p.name for p in DATA.iterdir()))
def test_anac_2014_survives_import_export_import(domain: str) -> None:
    first = import_genius_folder(DATA / domain).scenario
    exported = export_genius(first)
    assert exported.warnings == ()
    again = convert_genius_files(exported.files).scenario
    sizes = compile_space(first).sizes
    rows = np.random.default_rng(np.random.SeedSequence(2014)).integers(
        0, sizes, size=(2000, len(sizes)))
    _same(first, again, rows)
    # And the exported profiles, read the way GENIUS reads them, give GENIUS's utilities.
    originals = sorted(p for p in (DATA / domain).glob("*.xml")
                       if "domain" not in p.name and p.name != "pareto.xml")
    space = compile_space(first)
    for original in originals:
        pid = space.parties[originals.index(original)]
        bids = rows + np.array([int(i.range.min) for i in first.issues])  # type: ignore[union-attr]
        indices = list(range(1, len(sizes) + 1))
        np.testing.assert_allclose(
            _genius_from_bytes(exported.files[f"{pid}.xml"], bids, indices),
            _genius_utility(original, bids, indices), rtol=0, atol=1e-9)


def test_cli_writes_nonlinear_spaces(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "g"
    done = runner.invoke(app, ["export", "genius", str(DATA / "10issues"), "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert b'type="nonlinear"' in (out / "profile-1.xml").read_bytes()
    additive = tmp_path / "a"
    done = runner.invoke(app, ["export", "genius", str(DATA / "10issues"), "-o",
                               str(additive), "--additive"])
    assert done.exit_code == 0, done.output
    assert "interaction terms dropped" in done.output
    assert "utility_max" in done.output


def test_bad_input_is_one_line(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "g"
    missing = runner.invoke(app, ["export", "genius", str(tmp_path / "none.yaml"), "-o",
                                  str(out)])
    assert missing.exit_code == 2
    assert len(missing.output.strip().splitlines()) == 1, missing.output
    first = runner.invoke(app, ["export", "genius", str(DATA / "10issues"), "-o", str(out)])
    assert first.exit_code == 0
    again = runner.invoke(app, ["export", "genius", str(DATA / "10issues"), "-o", str(out)])
    assert again.exit_code == 2
    assert "would overwrite" in again.output
    assert len(again.output.strip().splitlines()) == 1, again.output
