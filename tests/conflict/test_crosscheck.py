"""The factored stability computation against the literal definitions."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zopa.conflict.model import compile_states
from zopa.conflict.stability import CONCEPTS, analyse
from zopa.errors import ScenarioError

from .generators import conflicts
from .oracle import Oracle


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conflicts(), st.data())
def test_stability_matches_definitions(conflict, data) -> None:
    try:
        states = compile_states(conflict)
    except ScenarioError:
        return  # nothing feasible
    result = analyse(states)
    oracle = Oracle(states)
    for concept in CONCEPTS:
        for i in range(len(conflict.decision_makers)):
            expected = [oracle.stable(concept, i, int(s)) for s in states.codes]
            assert result.stable[concept][i].tolist() == expected, (concept, i)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conflicts(max_options=7, max_dms=4))
def test_four_decision_makers(conflict) -> None:
    """Deeper coalitions of sanctioners: SIM's product over three other decision makers."""
    try:
        states = compile_states(conflict)
    except ScenarioError:
        return
    result = analyse(states)
    oracle = Oracle(states)
    for concept in CONCEPTS:
        for i in range(len(conflict.decision_makers)):
            expected = [oracle.stable(concept, i, int(s)) for s in states.codes]
            assert result.stable[concept][i].tolist() == expected, (concept, i)
