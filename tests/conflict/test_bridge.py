"""The bridge from a negotiation scenario to an accept / walk away / escalate conflict."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.conflict.bridge import conflict_from_scenario
from zopa.conflict.brief import conflict_brief
from zopa.examples import example_path, load_example
from zopa.space import compile_space


def all_accept(n: int) -> str:
    return "YN" * n


@pytest.mark.parametrize("name", ["job-offer", "nile-dam-2021"])
def test_nash_package_agreement_is_stable(name: str) -> None:
    scenario = load_example(name)
    brief = conflict_brief(conflict_from_scenario(scenario))
    n = len(compile_space(scenario).parties)
    for concept in ("nash", "gmr", "smr", "seq", "sim", "seq_sim"):
        assert all_accept(n) in brief.equilibria[concept], concept


def test_agreement_is_nash_exactly_when_reservations_are_met() -> None:
    scenario = load_example("job-offer")
    space = compile_space(scenario)
    rows = itertools.islice(itertools.product(*(range(s) for s in space.sizes)), 0, None, 97)
    seen = set()
    for row in itertools.islice(rows, 12):
        text = ",".join(f"{issue}={space.options[i][k]}" for i, (issue, k) in
                        enumerate(zip(space.issues, row, strict=True)))
        utilities = space.utilities(np.array([row]))[0]
        meets = bool((utilities >= space.reservations - 1e-9).all())
        seen.add(meets)
        brief = conflict_brief(conflict_from_scenario(scenario, text))
        assert (all_accept(2) in brief.equilibria["nash"]) == meets
        # escalating costs the escalator, so it is never a credible (SEQ) sanction
        if not meets:
            assert all_accept(2) not in brief.equilibria["seq"]
    assert seen == {True, False}


def test_cli_from_negotiation() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["conflict", str(example_path("job-offer")),
                                 "--from-negotiation", "--json"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["conflict", str(example_path("ukraine-russia-2022-03")),
                                 "--from-negotiation"])
    assert result.exit_code == 2
    assert "no agreement is possible" in result.output
