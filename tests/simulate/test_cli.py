"""``zopa simulate``, ``zopa tournament``, ``zopa runs``: help, JSON shape, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.scenario import dump_scenario
from zopa.simulate.generate import random_scenario

from .conftest import DATA

runner = CliRunner()
HAND = str(DATA / "hardliner-vs-boulware.yaml")


@pytest.mark.parametrize("command", [["simulate"], ["tournament"], ["runs"], ["runs", "list"],
                                     ["runs", "show"], ["runs", "export"]])
def test_help(command: list[str]):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_simulate_prints_the_offers_and_the_result():
    result = runner.invoke(app, ["simulate", HAND, "-s", "hardliner,boulware:e=0.5",
                                 "--rounds", "10"])
    assert result.exit_code == 0, result.output
    assert "agreement in round 9: x=x0, y=y0" in result.output
    assert "accept" in result.output
    assert "a 1.000, b 0.250" in result.output


def test_simulate_json():
    result = runner.invoke(app, ["simulate", HAND, "-s", "hardliner,boulware:e=0.5",
                                 "--rounds", "10", "--seed", "7", "--json"])
    data = json.loads(result.output)
    assert data["agreement"] == {"x": "x0", "y": "y0"}
    assert data["strategies"] == ["hardliner", "boulware:e=0.5"]
    assert data["seed"] == 7
    assert {"rounds", "end", "utilities", "pareto_distance", "nash_distance", "welfare",
            "events", "parties"} <= set(data)
    assert data["events"][0] == {"turn": 0, "party": 0, "move": "offer", "outcome": [0, 0],
                                 "utilities": [1.0, 0.25]}
    none = json.loads(runner.invoke(app, ["simulate", "-s", "boulware", "--json"]).output)
    assert none["agreement"] is None
    assert none["pareto_distance"] is None


def test_simulate_mediated_and_plot(tmp_path: Path):
    out = tmp_path / "session.html"
    result = runner.invoke(app, ["simulate", HAND, "--protocol", "mediated", "--plot",
                                 str(out)])
    assert result.exit_code == 0, result.output
    assert "mediator" in result.output
    assert out.stat().st_size > 1_000_000


@pytest.mark.parametrize(("args", "message"), [
    (["-s", "nope"], "unknown strategy"),
    (["-s", "boulware,linear,conceder"], "2 strategies"),
    (["--protocol", "auction"], "unknown protocol"),
    (["-s", "boulware:e=-1"], "positive"),
])
def test_simulate_bad_input_exits_2(args: list[str], message: str):
    result = runner.invoke(app, ["simulate", HAND, *args])
    assert result.exit_code == 2
    assert message in " ".join(result.output.replace("│", " ").split())


def test_tournament_json_runs_and_export(tmp_path: Path):
    scenario = tmp_path / "r.yaml"
    scenario.write_text(dump_scenario(random_scenario(issues=2, options=4, seed=3)))
    result = runner.invoke(app, ["tournament", HAND, str(scenario), "-s",
                                 "boulware,linear,tit-for-tat", "-n", "2", "--seed", "3",
                                 "--json", "--plot", str(tmp_path / "t.html")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["run"] == 1
    assert len(data["sessions"]) == 2 * 6 * 2
    session = data["sessions"][0]
    assert "agreement" in session
    assert session["strategies"] == ["boulware", "linear"]
    assert [s["strategy"] for s in data["summary"]] == ["boulware", "linear", "tit-for-tat"]
    assert data["settings"]["seed"] == 3
    assert (tmp_path / "t.html").exists()
    again = json.loads(runner.invoke(app, ["tournament", HAND, str(scenario), "-s",
                                           "boulware,linear,tit-for-tat", "-n", "2",
                                           "--seed", "3", "--json"]).output)
    assert again["sessions"] == data["sessions"]
    assert again["run"] == 2

    listed = runner.invoke(app, ["runs", "list", "--json"])
    assert [r["id"] for r in json.loads(listed.output)] == [2, 1]
    shown = json.loads(runner.invoke(app, ["runs", "show", "1", "--json"]).output)
    assert shown["stored"] == 24
    assert shown["summary"] == data["summary"]
    assert "per strategy" in runner.invoke(app, ["runs", "show", "1"]).output
    out = tmp_path / "run.csv"
    exported = runner.invoke(app, ["runs", "export", "1", "-o", str(out)])
    assert exported.exit_code == 0
    assert len(out.read_text().splitlines()) == 25
    missing = runner.invoke(app, ["runs", "show", "9"])
    assert missing.exit_code == 2
    assert "no run with id 9" in missing.output
    bad = runner.invoke(app, ["runs", "export", "1", "-o", str(tmp_path / "x.txt")])
    assert bad.exit_code == 2


def test_tournament_summary_table_and_bad_backend():
    result = runner.invoke(app, ["tournament", HAND, "-s", "boulware,conceder", "-n", "3"])
    assert result.exit_code == 0
    assert "boulware" in result.output
    assert "6 sessions" in result.output
    bad = runner.invoke(app, ["tournament", HAND, "--backend", "cloud"])
    assert bad.exit_code == 2
    assert "unknown backend" in bad.output


def test_simulate_prints_a_summary_unless_asked_for_every_offer() -> None:
    short = runner.invoke(app, ["simulate", "-s", "boulware,conceder", "--rounds", "100"])
    assert short.exit_code == 0, short.output
    assert "192 more moves (--offers shows" in short.output
    full = runner.invoke(app, ["simulate", "-s", "boulware,conceder", "--rounds", "100",
                               "--offers"])
    assert "more moves" not in full.output
    assert full.output.count("│ offer") > short.output.count("│ offer") > 0


def test_the_help_lists_exactly_the_registered_strategies():
    from zopa.simulate.strategies import REGISTRY
    from zopa.strategy_names import STRATEGY_NAMES

    built_in = {name for name, cls in REGISTRY.items()
                if cls.__module__.startswith("zopa.simulate.strategies.")}
    assert len(STRATEGY_NAMES) == len(set(STRATEGY_NAMES))
    assert set(STRATEGY_NAMES) == built_in
    for command in ("simulate", "tournament"):
        result = CliRunner().invoke(app, [command, "--help"], terminal_width=300)
        assert result.exit_code == 0
        listed = " ".join(result.output.split())
        assert ", ".join(STRATEGY_NAMES) in listed.replace("│ ", "").replace(" │", ""), command
