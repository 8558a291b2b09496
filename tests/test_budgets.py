"""Huge shapes answer within seconds: one line and exit 2 ("too large for an exact
frontier in the default budget ...; use --budget to raise it"), or a correct result; and
within the budget, charging it changes no answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from tests._process import communicate, zopa_process
from zopa.analysis.frontier import frontier_points
from zopa.analysis.pareto import nondominated
from zopa.budget import BudgetExceeded, WorkBudget
from zopa.examples import load_example
from zopa.scenario import parse_scenario
from zopa.space import compile_space


def random_scenario(parties: int, issues: int, options: int, seed: int) -> dict[str, Any]:
    """Random values in [0, 1] (three decimals) and integer weights 1-9, from ``seed``."""
    rng = np.random.default_rng(np.random.SeedSequence(seed))
    names = [f"p{k}" for k in range(parties)]
    preferences = {}
    for name in names:
        weights = rng.integers(1, 10, issues)
        preferences[name] = {
            "weights": {f"i{j}": int(weights[j]) for j in range(issues)},
            "values": {f"i{j}": {f"o{o}": round(float(v), 3)
                                 for o, v in enumerate(rng.random(options))}
                       for j in range(issues)}}
    return {"zopa": 1, "parties": [{"id": n} for n in names],
            "issues": [{"id": f"i{j}", "options": [f"o{o}" for o in range(options)]}
                       for j in range(issues)],
            "preferences": preferences}


def _analyze(tmp_path: Path, shape: tuple[int, int, int], *extra: str
             ) -> tuple[int, str, str]:
    path = tmp_path / "huge.json"  # JSON: PyYAML would take seconds to write it
    path.write_text(json.dumps(random_scenario(*shape, seed=1)), encoding="utf-8")
    process = zopa_process(["analyze", str(path), *extra])
    out, err = communicate(process, timeout=30)
    return process.returncode, out, err


def _too_large(code: int, out: str, err: str) -> None:
    assert code == 2, (out, err)
    lines = (out + err).strip().splitlines()
    assert len(lines) == 1, lines
    assert "too large for an exact frontier in the default budget" in lines[0]
    assert "use --budget to raise it" in lines[0]


@pytest.mark.slow  # a few seconds, more on a loaded machine
def test_thirty_parties_sixty_issues_of_sixty_options_say_too_large(tmp_path: Path) -> None:
    _too_large(*_analyze(tmp_path, (30, 60, 60)))


@pytest.mark.slow  # a few seconds, more on a loaded machine
def test_ten_parties_twenty_issues_of_twenty_options_say_too_large(tmp_path: Path) -> None:
    _too_large(*_analyze(tmp_path, (10, 20, 20)))


def test_two_parties_forty_issues_of_forty_options_answer(tmp_path: Path) -> None:
    code, out, err = _analyze(tmp_path, (2, 40, 40), "--json")
    assert code == 0, err
    data = json.loads(out)
    points = np.array([p["utilities"] for p in data["pareto_frontier"]])
    assert len(points) > 1
    k = np.rint(points * 1e9).astype(np.int64)
    assert len(nondominated(k)) == len(k)  # no frontier point dominates another


def test_a_small_budget_says_so_and_a_larger_one_answers(tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(yaml.safe_dump(random_scenario(4, 6, 6, seed=2)), encoding="utf-8")
    process = zopa_process(["analyze", str(path), "--budget", "1000"])
    out, err = communicate(process, timeout=30)
    assert process.returncode == 2
    lines = (out + err).strip().splitlines()
    assert len(lines) == 1 and "too large for an exact frontier (" in lines[0], lines


@pytest.mark.parametrize("seed", range(6))
def test_charging_the_budget_changes_no_frontier(seed: int) -> None:
    space = compile_space(parse_scenario(random_scenario(2 + seed % 3, 5, 5, seed)))
    plain = frontier_points(space, method="merge", budget=WorkBudget(10**15))
    budget = WorkBudget(10**15)
    charged = frontier_points(space, method="merge", budget=budget)
    assert budget.spent > 0
    assert (plain.outcomes == charged.outcomes).all()
    with pytest.raises(BudgetExceeded):
        frontier_points(space, method="merge", budget=WorkBudget(budget.spent // 2))


def test_the_examples_fit_the_default_budget() -> None:
    for name in ("job-offer", "nile-dam-2021", "ukraine-russia-2022-03"):
        budget = WorkBudget(what="an exact frontier")
        frontier_points(compile_space(load_example(name)), budget=budget)
        assert budget.spent < budget.limit // 100


def test_nondominated_charges_before_comparing() -> None:
    rng = np.random.default_rng(np.random.SeedSequence(3))
    k = np.unique(rng.integers(0, 50, (3000, 5)), axis=0)
    budget = WorkBudget(10**12)
    assert nondominated(k, budget).tolist() == nondominated(k).tolist()
    with pytest.raises(BudgetExceeded):
        nondominated(k, WorkBudget(budget.spent - 1))
