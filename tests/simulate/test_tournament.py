"""Tournaments: who meets whom, seeds, summaries, and the same results on every backend."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from zopa.parallel import ExecutionSettings
from zopa.scenario import Scenario
from zopa.simulate.generate import random_scenario
from zopa.simulate.protocols import SessionSettings
from zopa.simulate.results import pairwise
from zopa.simulate.session import play
from zopa.simulate.tournament import (
    TournamentSettings,
    assignments,
    plan_tasks,
    run_tournament,
    session_seeds,
)


def _scenarios() -> list[Scenario]:
    return [random_scenario(issues=3, options=4, seed=1, reservation=0.2),
            random_scenario(issues=2, options=3, parties=3, seed=2)]


def test_every_pairing_in_both_orders():
    assert assignments(["a", "b", "c"], 2, self_play=False) == [
        ("a", "b"), ("a", "c"), ("b", "a"), ("b", "c"), ("c", "a"), ("c", "b")]
    assert ("a", "a") in assignments(["a", "b"], 2, self_play=True)
    three = assignments(["a", "b"], 3, self_play=False)
    assert len(three) == 6
    assert ("a", "a", "a") not in three


def test_sessions_are_reproducible_from_their_own_seed():
    settings = TournamentSettings(("boulware", "random", "tit-for-tat"), repetitions=3,
                                  seed=9, session=SessionSettings(rounds=20))
    t = run_tournament(_scenarios(), settings)
    assert len(t) == 3 * 6 + 3 * (3**3 - 3)
    seeds = [r.seed for r in t.results()]
    assert seeds == session_seeds(9, 0, len(t)).tolist()
    assert len(set(seeds)) == len(seeds)
    scenarios = {s.name: s for s in _scenarios()}
    for r in t.results()[::7]:
        again = play(scenarios[r.scenario], list(r.strategies), SessionSettings(rounds=20),
                     r.seed).result
        assert again == r
    assert run_tournament(_scenarios(), settings).results() == t.results()


def test_tasks_cover_every_session_once_in_order():
    settings = TournamentSettings(("boulware", "linear", "tit-for-tat"), repetitions=70,
                                  chunk=50)
    tasks = plan_tasks(_scenarios(), settings)
    firsts = [t.first for t in tasks]
    assert firsts == sorted(firsts)
    assert firsts[0] == 0
    assert all(a.first + a.count == b.first for a, b in itertools.pairwise(tasks))
    assert max(t.count for t in tasks if "tit-for-tat" in t.seats) <= 32
    assert max(t.count for t in tasks) == 50


def test_the_summary_and_the_table_are_means_over_seats():
    settings = TournamentSettings(("boulware", "conceder", "hardliner"), repetitions=2)
    t = run_tournament(_scenarios()[:1], settings)
    results = t.results()
    for s in t.summary:
        mine = [r.utilities[k] for r in results for k, n in enumerate(r.strategies)
                if n == s.strategy]
        assert s.sessions == len(mine) == 8
        assert s.mean_utility == pytest.approx(np.mean(mine))
        deals = [r.end == "agreement" for r in results for n in r.strategies
                 if n == s.strategy]
        assert s.agreements == sum(deals)
    names, mean, count = pairwise(t.tables)
    b, c = names.index("boulware"), names.index("conceder")
    against = [r.utilities[r.strategies.index("boulware")] for r in results
               if set(r.strategies) == {"boulware", "conceder"}]
    assert mean[b, c] == pytest.approx(np.mean(against))
    assert count[b, c] == 4
    assert np.isnan(mean[b, b])
    data = t.to_dict()
    assert data["sessions"][0]["agreement"] is None or isinstance(
        data["sessions"][0]["agreement"], dict)
    assert {s["strategy"] for s in data["summary"]} == set(names)


def test_same_results_on_every_backend():
    pytest.importorskip("ray")
    settings = TournamentSettings(("linear", "random", "absolute-tit-for-tat"),
                                  repetitions=4, seed=5, chunk=3,
                                  session=SessionSettings(rounds=15))
    scenarios = _scenarios()
    reference = run_tournament(scenarios, settings)
    for backend in ("processes", "ray"):
        other = run_tournament(scenarios, settings, ExecutionSettings(backend, workers=2))
        assert other.results() == reference.results(), backend
        assert other.summary == reference.summary


def test_unknown_strategies_fail_before_anything_runs():
    with pytest.raises(ValueError, match="unknown strategy"):
        TournamentSettings(("boulware", "nope"))
    with pytest.raises(ValueError, match="repetitions"):
        TournamentSettings(("boulware",), repetitions=0)
