"""Candidate pools against brute force: exact when small, bounded and covering when not."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings

from zopa.analysis.frontier import iterate_outcomes
from zopa.analysis.stages import build_stages
from zopa.scenario import Scenario
from zopa.simulate.generate import random_scenario
from zopa.simulate.own import own_preferences
from zopa.simulate.pool import candidate_pool
from zopa.space import compile_space

from .conftest import scenarios


def _acceptable(space, party):  # type: ignore[no-untyped-def]
    own = own_preferences(space, party)
    rows = np.concatenate(list(iterate_outcomes(space.sizes)))
    rows = rows[own.acceptable(rows)]
    return rows, own.utility(rows)


@settings(max_examples=40, deadline=None)
@given(scenario=scenarios())
def test_an_exact_pool_is_every_acceptable_outcome_in_order(scenario: Scenario):
    space = compile_space(scenario)
    for party in range(space.party_count):
        pool = candidate_pool(space, party)
        rows, utility = _acceptable(space, party)
        assert pool.exact
        assert len(pool) == len(rows)
        order = np.argsort(utility, kind="stable")  # rows come in outcome order
        assert (pool.outcomes == rows[order]).all()
        assert (pool.utility == utility[order]).all()
        assert not pool.outcomes.flags.writeable


@settings(max_examples=40, deadline=None)
@given(scenario=scenarios())
def test_a_pool_by_stages_is_acceptable_bounded_and_covers_every_level(scenario: Scenario):
    space = compile_space(scenario)
    levels, per_level = 20, 2
    for party in range(space.party_count):
        pool = candidate_pool(space, party, limit=0, levels=levels, per_level=per_level)
        rows, utility = _acceptable(space, party)
        assert not pool.exact
        own = own_preferences(space, party)
        assert own.acceptable(pool.outcomes).all()
        assert len({tuple(r) for r in pool.outcomes.tolist()}) == len(pool)
        assert (np.diff(pool.utility) >= 0).all()
        assert len(pool) <= (levels + 1) * per_level
        if not len(rows):
            assert len(pool) == 0
            continue
        assert pool.best == utility.max()  # the own best is always kept
        stages = len(build_stages(_alone(space, party)))
        reach = stages / levels
        for u in utility[utility >= own.reservation + reach]:
            assert np.abs(pool.utility - u).min() <= reach + 1e-9


def _alone(space, party):  # type: ignore[no-untyped-def]
    import dataclasses

    pid = space.parties[party]
    return dataclasses.replace(
        space, parties=(pid,), contributions=tuple(c[:, [party]] for c in space.contributions),
        reservations=space.reservations[[party]],
        red_lines=tuple(r for r in space.red_lines if r.party == pid))


def test_a_large_space_is_never_enumerated_and_the_pool_stays_small():
    space = compile_space(random_scenario(issues=7, options=10, seed=3, reservation=0.3,
                                          red_lines=3))
    assert space.outcome_count == 10**7
    pool = candidate_pool(space, 0)
    assert not pool.exact
    assert 0 < len(pool) <= 3003
    own = own_preferences(space, 0)
    assert own.acceptable(pool.outcomes).all()
    # the best is the sum of the per-issue bests among the options its red lines allow
    allowed = [np.ones(len(t), dtype=bool) for t in own.tables]
    for line in own.red_lines:
        allowed[line.issues[0]] &= ~line.forbidden[0]
    best = sum(float(t[a].max()) for t, a in zip(own.tables, allowed, strict=True))
    assert abs(pool.best - best) < 1e-12
    # levels from the reservation to the best, at most a few grid steps apart
    assert pool.utility[0] < 0.3 + 0.01
    assert np.diff(pool.utility).max() < 0.01
