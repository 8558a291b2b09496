"""Which file is which: EUM CSV versus KTAB CSV, and SMP through the same entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.forecast.inputs import is_eum_csv, read_input
from zopa.forecast.spatial import SpatialModel

from .test_eum import EC

KTAB_HEADER = """DummyData_3Dim ,"Dummy scenario",2,1,
Actor,Description,Power,Pstn1,Sal1,
A, first, 10, 20.0, 50.0,
B, second, 30, 80.0, 70.0,
"""


def test_the_header_tells_eum_from_ktab() -> None:
    assert is_eum_csv(EC.read_text())
    assert is_eum_csv("\n\nSalience,Position,Actor,Capability,Note\nA,1,2,3,x\n")
    assert not is_eum_csv(KTAB_HEADER)


def test_an_eum_csv_is_read_as_eum() -> None:
    data = read_input(EC)
    assert data.kind == "eum" and data.scenario is None
    assert data.model.base.n_actors == 10 and not data.model.uncertain


def test_a_ktab_csv_goes_to_ktab_and_smp(tmp_path: Path) -> None:
    ktab = pytest.importorskip("zopa.forecast.ktab")
    pytest.importorskip("zopa.forecast.smp")
    m = SpatialModel.build(actors=["A", "B", "C"], dimensions=["Pstn1"],
                           capability=[10, 30, 20], position=[[20.0], [80.0], [50.0]],
                           salience=[[0.5], [0.7], [0.9]])
    path = tmp_path / "small.csv"
    ktab.write_ktab_csv(m, path)
    data = read_input(path)
    assert data.kind == "ktab" and data.model.base.actors == ("A", "B", "C")
    result = CliRunner().invoke(app, ["forecast", str(path), "--json"])
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["model"] == "smp" and out["actors"] == ["A", "B", "C"]
    assert len(out["history"][0][0]) == out["steps"] + 1


def test_percent_axes_round_trip() -> None:
    import numpy as np

    from zopa.forecast.baselines import weighted_mean
    from zopa.forecast.models import from_percent_axes, on_percent_axes

    m = SpatialModel.build(actors=["a", "b"], dimensions=["x", "y"], capability=[1, 2],
                           position=[[50000.0, 10.0], [250000.0, 90.0]],
                           salience=[[1.0, 0.5], [0.5, 1.0]],
                           bounds=[[50000, 250000], [0, 100]],
                           limits=[[[50000, 150000], [0, 100]], [[100000, 250000], [0, 50]]])
    scaled, low, span = on_percent_axes(m)
    assert scaled.position[:, 0].tolist() == [0.0, 100.0]
    assert scaled.limits[0, 0].tolist() == [0.0, 50.0]
    back = from_percent_axes(weighted_mean(scaled), low, span)
    direct = weighted_mean(m)
    np.testing.assert_allclose(back.history, direct.history)
    assert back.forecast == pytest.approx(direct.forecast)


def test_smp_runs_on_percent_axes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dispatch hands SMP 0-100 axes and maps its positions back (a stand-in SMP that
    returns the weighted mean of what it is given)."""
    import sys
    import types

    from zopa.examples import load_example
    from zopa.forecast import spatial_model
    from zopa.forecast.baselines import weighted_mean
    from zopa.forecast.models import run_model

    seen: list[SpatialModel] = []

    def run_smp(model: SpatialModel, params: object = None) -> object:
        seen.append(model)
        return weighted_mean(model)

    fake = types.ModuleType("zopa.forecast.smp")
    fake.run_smp = run_smp  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "zopa.forecast.smp", fake)
    m = spatial_model(load_example("ukraine-russia-2022-03"))
    result = run_model(m, "smp")
    assert seen[0].bounds.tolist() == [[0.0, 100.0]] * 6
    assert result.forecast == pytest.approx(weighted_mean(m).forecast)
