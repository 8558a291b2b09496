"""Coalition stability and status quo paths against their literal definitions."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zopa.conflict.coalitions import COALITION_CONCEPTS, coalition_stability
from zopa.conflict.model import compile_states
from zopa.conflict.stability import analyse
from zopa.conflict.status_quo import paths_from
from zopa.errors import ScenarioError

from .generators import conflicts
from .oracle import Oracle, coalition_stable, shortest_paths


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conflicts(max_dms=3), st.data())
def test_coalition_stability_matches_definitions(conflict, data) -> None:
    try:
        states = compile_states(conflict)
    except ScenarioError:
        return
    n = len(conflict.decision_makers)
    group = sorted(data.draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=n)))
    result = coalition_stability(states, group)
    oracle = Oracle(states)
    for concept in COALITION_CONCEPTS:
        expected = tuple(states.pattern(s) for s in states.codes
                         if coalition_stable(oracle, concept, group, int(s)))
        assert result.stable[concept] == expected, concept


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conflicts(max_options=6, max_dms=4), st.data())
def test_coalition_smr_sim_with_several_outsiders(conflict, data) -> None:
    """C-SMR and C-SIM (and C-SEQ+SIM) against their literal definitions, with up to
    three decision makers outside the coalition moving at once."""
    try:
        states = compile_states(conflict)
    except ScenarioError:
        return
    n = len(conflict.decision_makers)
    group = sorted(data.draw(st.sets(st.integers(0, n - 1), min_size=1, max_size=2)))
    result = coalition_stability(states, group)
    oracle = Oracle(states)
    for concept in ("smr", "sim", "seq_sim"):
        expected = tuple(states.pattern(s) for s in states.codes
                         if coalition_stable(oracle, concept, group, int(s)))
        assert result.stable[concept] == expected, concept


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conflicts(max_dms=3), st.data())
def test_a_coalition_of_one_is_the_decision_maker(conflict, data) -> None:
    """With one member, every coalition concept is the individual concept (and a
    coalition equilibrium an equilibrium)."""
    try:
        states = compile_states(conflict)
    except ScenarioError:
        return
    i = data.draw(st.integers(0, len(conflict.decision_makers) - 1))
    result = coalition_stability(states, [i])
    individual = analyse(states)
    for concept in COALITION_CONCEPTS:
        alone = tuple(states.pattern(c) for c in individual.stable_for(concept, i))
        assert result.stable[concept] == alone, concept
        every = tuple(states.pattern(c) for c in individual.equilibria(concept))
        assert result.equilibria[concept] == every, concept


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conflicts(max_dms=3), st.data())
def test_status_quo_paths_are_shortest_legal_improvements(conflict, data) -> None:
    try:
        states = compile_states(conflict)
    except ScenarioError:
        return
    start = int(data.draw(st.sampled_from(list(states.codes))))
    states = compile_states(dataclasses.replace(conflict, status_quo=start))
    oracle = Oracle(states)
    dist = shortest_paths(oracle, start)
    targets = [int(c) for c in states.codes]
    ids = [dm.id for dm in conflict.decision_makers]
    for code, path in zip(targets, paths_from(states, targets), strict=True):
        if code not in dist:
            assert path.steps is None
            continue
        assert path.steps is not None and len(path.steps) == dist[code]
        here, last = start, None
        for step in path.steps:
            j = ids.index(step.mover)
            assert step.mover != last
            assert step.start == states.pattern(here)
            nxt = next(t for t in oracle.improvements(j, here) if states.pattern(t) == step.end)
            here, last = nxt, step.mover
        assert here == code
