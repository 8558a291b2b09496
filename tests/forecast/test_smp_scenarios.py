"""KTAB's SMP on zopa scenarios as a user runs it: the March 2022 example (red lines,
observers), KTAB's and the EUM's files through ``zopa forecast``, and what a scenario's
actors need for the SMP."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.examples import example_path, load_example
from zopa.forecast import read_forecast, run_model, spatial_model

from .test_eum import EC

KTAB = Path(__file__).parent.parent / "data" / "ktab"
runner = CliRunner()


@pytest.fixture(scope="module")
def march() -> tuple[object, object, object]:
    scenario = load_example("ukraine-russia-2022-03")
    model = spatial_model(scenario)
    return scenario, model, run_model(model, "smp")


def test_every_actor_of_march_2022_runs_and_stays_within_its_own_red_lines(
        march: tuple[object, object, object]) -> None:
    _, m, f = march
    assert f.model == "smp" and f.actors == m.actors          # observers included
    assert {"united-states", "european-union", "china"} <= set(f.actors)
    low, high = m.limits[:, :, None, 0], m.limits[:, :, None, 1]
    assert np.all((f.history >= low - 1e-9) & (f.history <= high + 1e-9))   # every state
    russia, crimea, donbas = (f.actors.index("russia"), f.dimensions.index("crimea"),
                              f.dimensions.index("donbas"))
    # Russia forbids everything short of recognition on Crimea and Donbas: it never moves.
    assert np.all(f.history[russia, crimea] == 100) and np.all(f.history[russia, donbas] == 100)
    ukraine = f.actors.index("ukraine")
    assert np.all(f.history[ukraine, crimea] <= 50) and np.all(f.history[ukraine, donbas] <= 50)


def test_the_march_2022_forecast_says_whose_red_lines_it_lands_across(
        march: tuple[object, object, object]) -> None:
    scenario, m, f = march
    brief = read_forecast(f, m, scenario)   # type: ignore[arg-type]
    across = {(c.actor, c.dimensions) for c in brief.crossings}
    # The SMP lands on Ukrainian sovereignty over Crimea and Donbas: across Russia's red
    # lines there, none of Ukraine's (it forbids only recognition).
    assert brief.options["crimea"] == "Ukrainian sovereignty restored"
    assert ("russia", ("crimea",)) in across and ("russia", ("donbas",)) in across
    assert not any(actor == "ukraine" for actor, _ in across)
    lines = " ".join(brief.lines())
    assert "Across a red line: Russia (Status of Crimea)" in lines


@pytest.mark.parametrize("path", [example_path(), KTAB / "SOE-Pol-Comp.csv",
                                  KTAB / "dummyData_3Dim.csv", KTAB / "dummyData_3Dim.xml",
                                  KTAB / "smpExample-52.8.xml", EC],
                         ids=lambda p: Path(p).name)
def test_zopa_forecast_runs_smp_by_default(path: Path) -> None:
    result = runner.invoke(app, ["forecast", str(path), "--json"])
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["model"] == "smp" and out["steps"] >= 1
    assert len(out["history"][0][0]) == out["steps"] + 1
    assert len(out["first_round"]["values"]) == len(out["actors"])
    text = runner.invoke(app, ["forecast", str(path)])
    assert text.exit_code == 0 and "Spatial Model of Politics" in text.stdout


SMALL = """\
zopa: 1
name: observers
parties:
  - {id: a, capability: 10}
  - {id: b, capability: 20}
  - id: c
    role: observer
    capability: CAP
    positions: {x: lo}
    salience: {x: SAL}
issues:
  - id: x
    options: [lo, mid, hi]
preferences:
  a: {weights: {x: 1}, values: {x: {lo: 1, mid: 0.5, hi: 0}}}
  b: {weights: {x: 1}, values: {x: {lo: 0, mid: 0.5, hi: 1}}}
"""


@pytest.mark.parametrize(("cap", "sal", "where", "message"), [
    ("0", "0.5", "8: parties[2].capability", "party 'c' has capability 0: KTAB's SMP refuses "
     "an actor without influence (give it a capability > 0, or choose another --model)"),
    ("3", "0", "10: parties[2].salience", "party 'c' has no salience on any issue: KTAB's "
     "SMP refuses an actor that cares about nothing (give it a salience > 0, or choose "
     "another --model)"),
])
def test_an_actor_ktab_refuses_is_one_line_at_its_party(
        tmp_path: Path, cap: str, sal: str, where: str, message: str) -> None:
    path = tmp_path / "obs.yaml"
    path.write_text(SMALL.replace("CAP", cap).replace("SAL", sal))
    result = runner.invoke(app, ["forecast", str(path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {path}:{where}: {message}"
    # The other models give such an actor no weight.
    assert runner.invoke(app, ["forecast", str(path), "--model", "mean"]).exit_code == 0


def test_an_observer_without_salience_is_named(tmp_path: Path) -> None:
    path = tmp_path / "obs.yaml"
    path.write_text(SMALL.replace("CAP", "3").replace("    salience: {x: SAL}\n", ""))
    result = runner.invoke(app, ["forecast", str(path), "--model", "mean"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"error: {path}:6: parties[2]: party 'c' takes part in the forecast but has no "
        "weight on any issue: give it a salience")


def test_a_markov_pce_ktab_throws_on_is_one_line(tmp_path: Path) -> None:
    """The SMP undefined where KTAB throws (see test_smp_crosscheck): one line, exit 2."""
    from zopa.forecast import SMPParameters
    from zopa.forecast.ktab import write_ktab_csv
    from zopa.forecast.spatial import SpatialModel

    g = np.random.default_rng(1001659)
    cap, pos = g.uniform(10, 200, 4), g.uniform(0, 1, (4, 3))
    sal = g.uniform(0.05, 1.0, (4, 3)) / 3
    cap[0], sal[0] = 100 * cap.sum(), 0.3
    m = SpatialModel.build(actors=list("abcd"), dimensions=["x", "y", "z"], capability=cap,
                           position=pos * 100, salience=sal)
    with pytest.raises(ValueError, match="KTAB stops with an error there too"):
        run_model(m, "smp", params=SMPParameters(pce_model="MarkovIncentive"))
    path = tmp_path / "m.csv"
    write_ktab_csv(m, path)
    assert runner.invoke(app, ["forecast", str(path)]).exit_code == 0   # Conditional
