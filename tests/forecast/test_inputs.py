"""Which file is which: EUM CSV versus KTAB CSV, and SMP through the same entry point."""

from __future__ import annotations

import json
from pathlib import Path

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
    from zopa.forecast import ktab

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


def test_smp_runs_in_the_axes_units() -> None:
    """A numeric axis in its own units (troops, euros) gives SMP the same run as the same
    model on KTAB's 0-100, mapped back; limits scale with it."""
    import numpy as np

    from zopa.forecast.models import run_model

    def build(scale: float, low: float) -> SpatialModel:
        return SpatialModel.build(
            actors=["a", "b", "c"], dimensions=["x", "y"], capability=[10, 30, 20],
            position=[[low + 20 * scale, 10.0], [low + 80 * scale, 90.0],
                      [low + 50 * scale, 40.0]],
            salience=[[1.0, 0.5], [0.5, 1.0], [0.7, 0.7]],
            bounds=[[low, low + 100 * scale], [0, 100]],
            limits=[[[low, low + 100 * scale], [0, 100]], [[low + 60 * scale,
                     low + 100 * scale], [0, 100]], [[low, low + 100 * scale], [0, 100]]])

    own, percent = run_model(build(2000, 50000), "smp"), run_model(build(1, 0), "smp")
    assert own.steps == percent.steps
    np.testing.assert_allclose((own.history[:, 0] - 50000) / 2000, percent.history[:, 0],
                               atol=1e-9)
    np.testing.assert_allclose(own.history[:, 1], percent.history[:, 1], atol=1e-9)
    assert np.all(own.history[1, 0] >= 50000 + 60 * 2000 - 1e-9)
