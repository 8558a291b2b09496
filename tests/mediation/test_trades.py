"""Trades: the textbook logroll, the March 2022 scenario, and brute-force gains."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from zopa.analysis._tolerance import TOL
from zopa.examples import load_example
from zopa.mediation.packages import parse_package
from zopa.mediation.trades import trades
from zopa.scenario import Scenario
from zopa.space import compile_space

from .oracle import logroll
from .strategies import scenarios


def test_logroll() -> None:
    """p cares 0.7 about x and 0.3 about y, q the reverse: p gets x, q gets y. The
    priority gap is (0.7 - 0.3) - (0.3 - 0.7) = 0.8; against the reverse exchange
    (x=b, y=a: 0.3 each) both gain 0.4."""
    space = compile_space(logroll())
    (trade,) = trades(space)
    assert trade.parties == ("p", "q")
    assert trade.issues == ("x", "y")
    assert trade.options == ("a", "b")
    assert trade.instead == ("b", "a")
    assert trade.priority_gap == pytest.approx(0.8)
    assert trade.gains == pytest.approx((0.4, 0.4))
    assert trade.joint_gain == pytest.approx(0.8)
    assert trade.acceptable is None


def test_gains_against_a_reference_package() -> None:
    space = compile_space(logroll())
    (trade,) = trades(space, parse_package(space, "x=b,y=a"))
    assert trade.gains == pytest.approx((0.4, 0.4))
    assert trade.acceptable is True
    # From (a, b) there is nothing left to gain.
    assert trades(space, parse_package(space, "x=a,y=b")) == []


def test_march_2022_trades_skip_blocked_issues() -> None:
    found = trades(compile_space(load_example()), limit=None)
    assert found, "the open issues leave room for a trade"
    for trade in found:
        assert not {"crimea", "donbas", "neutrality"} & set(trade.issues)
    best = found[0]
    assert best.issues == ("russian-language", "denazification")
    assert best.options == ("status-quo", "bans-and-purges")
    # Ukraine: 8/95 on the language against 7/95 on "de-nazification"; Russia 7 and 8.
    assert best.priority_gap == pytest.approx(8 / 95 - 7 / 100 - (7 / 95 - 8 / 100))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_trade_gains_are_utility_differences(scenario: Scenario) -> None:
    space = compile_space(scenario)
    found = trades(space, limit=None)
    gaps = [t.priority_gap for t in found]
    assert gaps == sorted(gaps, reverse=True)
    for trade in found:
        p, q = (space.parties.index(x) for x in trade.parties)
        i, j = (space.issues.index(x) for x in trade.issues)
        base = np.zeros(len(space.issues), dtype=np.int64)
        deal, reverse = base.copy(), base.copy()
        deal[i] = space.option_index(i, trade.options[0])
        deal[j] = space.option_index(j, trade.options[1])
        reverse[i] = space.option_index(i, trade.instead[0])
        reverse[j] = space.option_index(j, trade.instead[1])
        gains = (space.utilities(deal.reshape(1, -1))[0]
                 - space.utilities(reverse.reshape(1, -1))[0])
        assert gains == pytest.approx(np.array(trade.gains), abs=1e-12)
        assert gains[p] > TOL
        assert gains[q] > TOL
        assert trade.priority_gap > 0
