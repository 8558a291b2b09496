"""Interaction terms: known answers, bad terms as one clear error, and plain answers when
they tie too many issues together."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.analysis import analyze
from zopa.budget import BudgetExceeded
from zopa.cli import app
from zopa.errors import ScenarioError
from zopa.examples import load_example
from zopa.scenario import load_scenario, parse_scenario

GOOD = """\
zopa: 1
name: Test
parties:
  - id: ukraine
  - id: russia
issues:
  - id: neutrality
    options: [guaranteed, unguaranteed, nato]
  - id: army
    range: {min: 50000, max: 250000, step: 50000}
preferences:
  ukraine:
    weights: {neutrality: 2, army: 1}
    values:
      neutrality: {guaranteed: 0.5, nato: 1.0}
      army: {points: [[50000, 0], [250000, 1]]}
    interactions:
      - when: {neutrality: [guaranteed], army: {min: 150000}}
        value: 1.0
        weight: 1
  russia:
    weights: {neutrality: 1}
    values:
      neutrality: {unguaranteed: 1.0, guaranteed: 0.5}
"""


def test_known_answer_and_normalisation() -> None:
    """W = 2 + 1 + 1 = 4: (guaranteed, 200000) is (2 * 0.5 + 1 * 0.75 + 1 * 1) / 4."""
    result = analyze(parse_scenario(GOOD))
    space = result.space
    row = [space.option_index(0, "guaranteed"), space.option_index(1, 200000)]
    assert space.utilities([row])[0, 0] == pytest.approx((1.0 + 0.75 + 1.0) / 4)
    row = [space.option_index(0, "guaranteed"), space.option_index(1, 100000)]
    assert space.utilities([row])[0, 0] == pytest.approx((1.0 + 0.25) / 4)
    data = result.to_dict()
    assert data["frontier_exact"] is True
    # (nato, 250000) is also 0.75 to Ukraine, without the term; Russia prefers guaranteed.
    first = data["pareto_frontier"][0]
    assert first["outcome"] == {"neutrality": "guaranteed", "army": 250000}
    assert first["utilities"] == pytest.approx([0.75, 0.5])


# (replace this, with that, expected path, expected line, words the message must contain)
CASES = [
    ("when: {neutrality: [guaranteed], army: {min: 150000}}",
     "when: {neutrality: [guaranteed], navy: [1]}",
     "preferences.ukraine.interactions[0].when.navy", 18, "not an issue"),
    ("when: {neutrality: [guaranteed], army: {min: 150000}}",
     "when: {neutrality: [assured], army: {min: 150000}}",
     "preferences.ukraine.interactions[0].when.neutrality[0]", 18, "not an option"),
    ("army: {min: 150000}}", "army: {min: 300000}}",
     "preferences.ukraine.interactions[0].when.army", 18, "outside the range"),
    ("army: {min: 150000}}", "army: {min: 0, max: 150000}}",
     "preferences.ukraine.interactions[0].when.army", 18, "beyond the range"),
    ("when: {neutrality: [guaranteed], army: {min: 150000}}",
     "when: {neutrality: [guaranteed]}",
     "preferences.ukraine.interactions[0].when", 18, "at least two issues"),
    ("        value: 1.0\n", "        value: -0.5\n",
     "preferences.ukraine.interactions[0].value", 19, "outside [0, 1]"),
    ("        weight: 1\n", "        weight: -1\n",
     "preferences.ukraine.interactions[0].weight", 20, "must be >= 0"),
    ("when: {neutrality: [guaranteed], army: {min: 150000}}",
     "when: {neutrality: {min: 1}, army: {min: 150000}}",
     "preferences.ukraine.interactions[0].when.neutrality", 18, "for numeric issues"),
]


@pytest.mark.parametrize(("old", "new", "path", "line", "words"), CASES)
def test_bad_terms(tmp_path: Path, old: str, new: str, path: str, line: int,
                   words: str) -> None:
    assert old in GOOD
    file = tmp_path / "talks.yaml"
    file.write_text(GOOD.replace(old, new, 1))
    with pytest.raises(ScenarioError) as info:
        load_scenario(file)
    err = info.value
    assert err.line == line, str(err)
    assert words in err.message, str(err)
    assert str(err).startswith(f"{file}:{line}: {path}: "), str(err)


def _chain(parties: int, issues: int, options: int) -> dict[str, object]:
    """Interaction terms chaining every issue to the next: one stage of options**issues."""
    ids = [f"i{k}" for k in range(issues)]
    return {
        "zopa": 1, "name": "chained",
        "parties": [{"id": f"p{p}"} for p in range(parties)],
        "issues": [{"id": i, "options": [f"o{j}" for j in range(options)]} for i in ids],
        "preferences": {f"p{p}": {
            "weights": dict.fromkeys(ids, 1),
            "values": {i: {f"o{(j + p) % options}": j / options for j in range(options)}
                       for i in ids},
            "interactions": [{"when": {a: [f"o{p}"], b: [f"o{(p + 1) % options}"]},
                              "value": 1, "weight": 2} for a, b in itertools.pairwise(ids)]}
            for p in range(parties)},
    }


def test_too_coupled_for_three_parties_says_so(tmp_path: Path) -> None:
    scenario = parse_scenario(_chain(3, 9, 10))
    with pytest.raises(BudgetExceeded, match="too large for an exact frontier"):
        analyze(scenario)
    file = tmp_path / "chained.yaml"
    import yaml

    file.write_text(yaml.safe_dump(_chain(3, 9, 10)))
    result = CliRunner().invoke(app, ["analyze", str(file)])
    assert result.exit_code == 2
    assert "use --budget" in result.output and len(result.output.strip().splitlines()) == 1


def test_too_coupled_for_two_parties_goes_to_the_sweep() -> None:
    result = analyze(parse_scenario(_chain(2, 9, 10)))
    assert result.frontier_method == "milp" and result.frontier_exact


def test_the_march_2022_example_has_one_illustrative_interaction() -> None:
    scenario = load_example("ukraine-russia-2022-03")
    (term,) = scenario.preferences["ukraine"].interactions
    assert set(term.when) == {"neutrality", "armed-forces"}
    assert term.note is not None and term.note.startswith("Illustrative")
    result = analyze(scenario)
    assert result.frontier_exact and result.to_dict()["frontier_exact"] is True
