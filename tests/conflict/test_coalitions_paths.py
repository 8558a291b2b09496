"""Coalition stability and status quo paths against their literal definitions."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zopa.conflict.coalitions import COALITION_CONCEPTS, coalition_stability
from zopa.conflict.model import compile_states
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
