"""Inverse GMCR against the forward computation: a statement order is reported for a
concept exactly when, reordered so, the forward analysis finds the state stable."""

from __future__ import annotations

import dataclasses
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zopa.conflict.inverse import inverse_gmcr
from zopa.conflict.model import compile_states
from zopa.conflict.stability import analyse
from zopa.errors import ScenarioError

from .generators import conflicts


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conflicts(max_options=4, rankings=False), st.data())
def test_orders_match_forward_analysis(conflict, data) -> None:
    try:
        states = compile_states(conflict)
    except ScenarioError:
        return
    code = int(data.draw(st.sampled_from(list(states.codes))))
    answer = inverse_gmcr(states, code)
    column = int(states.number(code)) - 1
    for i, (dm, cond) in enumerate(zip(conflict.decision_makers, answer.conditions,
                                       strict=True)):
        assert cond.orders is not None
        for order in itertools.permutations(range(len(dm.statements))):
            dms = list(conflict.decision_makers)
            dms[i] = dataclasses.replace(dm, statements=tuple(dm.statements[t] for t in order))
            again = analyse(compile_states(dataclasses.replace(
                conflict, decision_makers=tuple(dms))), concepts=("nash", "gmr", "smr"))
            for concept in ("nash", "gmr", "smr"):
                assert (order in cond.orders[concept]) == bool(
                    again.stable[concept][i][column]), (concept, order)
