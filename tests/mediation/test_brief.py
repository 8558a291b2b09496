"""The brief computed once: assumptions, red lines with ids and labels, the observers'
utilities, the spaces concessions open, and ``zopa analyze`` showing them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from zopa.analysis import analyze
from zopa.brief import make_brief
from zopa.cli import app
from zopa.errors import ScenarioError
from zopa.examples import example_path, load_example
from zopa.mediation.packages import relax
from zopa.render.text import concession_sentence
from zopa.scenario import parse_scenario
from zopa.space import compile_space


def _named() -> dict:  # type: ignore[type-arg]
    data = load_example().to_dict()
    lines = data["preferences"]["ukraine"]["red_lines"]
    lines[0].update(id="crimea-ukrainian", label="Crimea is never recognised as Russian")
    lines[1].update(id="donbas-ukrainian")
    return data


def test_red_line_ids_name_the_red_lines_everywhere() -> None:
    scenario = parse_scenario(_named())
    brief = make_brief(scenario)
    info = brief.red_line("crimea-ukrainian")
    assert (info.name, info.label) == ("ukraine#0", "Crimea is never recognised as Russian")
    data = json.loads(json.dumps(brief.to_dict()))
    assert data["red_lines"][0]["name"] == "ukraine#0"
    assert data["red_lines"][0]["id"] == "crimea-ukrainian"
    # The concession that drops both of Zelensky's red lines tells them apart, though their
    # notes are the same sentence.
    both = next(c for c in brief.analysis.concessions
                if c.red_lines == ("ukraine#0", "ukraine#1"))
    sentence = concession_sentence(brief.analysis, both.red_lines, both.opens)
    assert "ukraine#0 'Crimea is never recognised as Russian' (no crimea recognised-russian)" \
        in sentence
    assert "ukraine#1 'donbas-ukrainian' (no donbas independence-recognised)" in sentence
    # --drop takes the id as well as the name.
    space = compile_space(scenario)
    assert relax(space, ["crimea-ukrainian"]).red_lines == relax(space, ["ukraine#0"]).red_lines


@pytest.mark.parametrize(("change", "message"), [
    ({"id": "Crimea!"}, "not a valid id"),
    ({"id": "donbas-ukrainian"}, "duplicate red-line id 'donbas-ukrainian' (also ukraine#1)"),
])
def test_bad_red_line_ids_are_refused(change: dict, message: str) -> None:  # type: ignore[type-arg]
    data = _named()
    data["preferences"]["russia"]["red_lines"][0].update(change)
    with pytest.raises(ScenarioError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_scenario(data)


def test_assumptions_state_disabled_red_lines_concessions_and_midpoints() -> None:
    data = load_example().to_dict()
    data["preferences"]["russia"]["red_lines"][2]["disabled"] = True
    data["preferences"]["turkey"]["red_lines"] = [{"forbid": {"crimea": ["recognised-russian"]}}]
    brief = make_brief(parse_scenario(data), drop=["russia#0"])
    kinds = [a.kind for a in brief.assumptions]
    assert kinds == ["red-line-disabled", "concession-assumed", "nonbinding-red-line",
                     "midpoints"]
    texts = [a.text for a in brief.assumptions]
    assert texts[0].startswith("Russia's red line russia#2 is switched off (disabled: true)")
    assert texts[1] == "Russia's red line russia#0 is assumed dropped, as a concession."
    assert "turkey#0" in texts[2] and "no veto" in texts[2]
    assert texts[3].startswith("9 uncertain numbers")
    assert brief.dropped == ("russia#0",)
    assert {r.name: r.binding for r in brief.red_lines}["russia#2"] is False


def test_mediators_utilities_and_opened_spaces_are_computed_once() -> None:
    brief = make_brief(load_example(), drop=["russia#0", "russia#1"])
    assert brief.analysis.has_agreement
    nash = brief.analysis.solutions["nash"]
    assert nash is not None
    assert brief.other_utilities["nash"] == brief.space.other_utilities(nash.indices)
    blocked = make_brief(load_example())
    first = blocked.opened[0]
    again = analyze(relax(blocked.space, first.red_lines), max_concessions=0)
    assert first.frontier == again.frontier
    assert blocked.to_dict()["opened"][0]["frontier_size"] == len(again.frontier)


def test_analyze_prints_the_assumptions_and_takes_drop() -> None:
    runner = CliRunner()
    out = runner.invoke(app, ["analyze", str(example_path()), "--drop", "russia#0,russia#1"])
    assert out.exit_code == 0, out.output
    head = out.output.split("Issues")[0]
    assert "Assumptions" in head and "russia#0 is assumed dropped" in head
    flat = " ".join(out.output.replace("│", " ").split())
    assert "given the red lines set aside (see the assumptions)" in flat
    data = json.loads(runner.invoke(app, ["analyze", "--json"]).output)
    assert [a["kind"] for a in data["assumptions"]] == ["midpoints"]
    assert data["red_lines"][0]["name"] == "ukraine#0"
    assert data["minimal_concessions"][0] == ["russia#0", "russia#1"]
    bad = runner.invoke(app, ["analyze", "--drop", "nobody#9"])
    assert bad.exit_code == 2
