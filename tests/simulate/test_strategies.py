"""Every strategy passes the same checks (Axelrod's shared strategy tests), plus scripted-
opponent tests (``versus``) of what each one does."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from zopa.analysis._tolerance import TOL
from zopa.scenario import Scenario
from zopa.simulate.arena import Arena
from zopa.simulate.generate import random_scenario
from zopa.simulate.protocols import AlternatingOffers, Played, SessionSettings
from zopa.simulate.session import play
from zopa.simulate.strategies import (
    REGISTRY,
    AbsoluteTitForTat,
    Frequency,
    Metadata,
    Scheduled,
    Strategy,
    StrategyError,
    TitForTat,
    make,
    registered,
)

from .conftest import Script, scenarios

ALL = ["boulware", "linear", "conceder", "hardliner", "tit-for-tat", "absolute-tit-for-tat",
       "random", "frequency", "nash-seeker"]


def versus(strategy: Strategy, moves: list, arena: Arena, seat: int = 0, rounds: int = 30,
           seed: int = 0) -> Played:
    """Play ``strategy`` against a scripted opponent in the other seat."""
    seats: list[Strategy] = [Script(moves), Script(moves)]
    seats[seat] = strategy
    return AlternatingOffers(arena, seats, SessionSettings(rounds=rounds), seed).run()


def offers(played: Played, seat: int) -> list[tuple[int, ...]]:
    return [e.outcome for e in played.events if e.party == seat and e.move == "offer"]


@pytest.fixture(scope="module")
def rich_arena() -> Arena:
    arena = Arena.build(random_scenario(issues=3, options=5, seed=4, reservation=0.35))
    pool = arena.pools[1]
    assert not arena.own[0].admits(pool.row(pool.best_index))
    return arena


def _scripts(arena: Arena) -> tuple[list, list]:
    """Two opponents for seat 1: one conceding step by step, one that never moves."""
    pool = arena.pools[1]
    conceding = [pool.row(k) for k in range(len(pool) - 1, -1, -max(1, len(pool) // 40))]
    hard = [pool.row(pool.best_index)]
    return conceding, hard


def test_the_registry_holds_the_command_line_names():
    assert registered() == sorted(ALL)
    assert registered(reactive=False, stochastic=False) == ["boulware", "conceder",
                                                            "hardliner", "linear"]
    with pytest.raises(StrategyError, match="unknown strategy"):
        make("tough")
    with pytest.raises(StrategyError, match="bad parameter"):
        make("boulware:x=1")
    with pytest.raises(StrategyError, match="must be a number"):
        make("boulware:e=soft")
    with pytest.raises(StrategyError, match="positive"):
        make("boulware:e=0")


def test_a_subclass_with_metadata_registers_itself():
    class Stubborn(Scheduled):
        metadata = Metadata("stubborn-test", "fixed", reactive=False, stochastic=False)

    try:
        assert make("stubborn-test").name == "stubborn-test"
        with pytest.raises(StrategyError, match="two strategies"):
            type("Again", (Scheduled,), {"metadata": Stubborn.metadata})
    finally:
        REGISTRY.pop("stubborn-test")


class StrategyChecks:
    """The checks every strategy must pass; a subclass names the strategy."""

    name: str

    def test_metadata_is_declared(self):
        strategy = make(self.name)
        assert isinstance(type(strategy).__dict__["metadata"], Metadata)
        assert strategy.metadata.name == self.name == strategy.name
        assert set(strategy.parameters) == set(strategy.metadata.parameters)

    def test_reset_gives_the_same_play(self, rich_arena: Arena):
        strategy = make(self.name)
        conceding, _ = _scripts(rich_arena)
        first = versus(strategy, conceding, rich_arena, seed=3)
        again = versus(strategy, conceding, rich_arena, seed=3)
        assert first.events == again.events

    def test_same_seed_same_play_and_stochastic_is_honest(self, rich_arena: Arena):
        _, hard = _scripts(rich_arena)
        plays = [offers(versus(make(self.name), hard, rich_arena, seed=s), 0)
                 for s in (1, 1, 2, 3)]
        assert plays[0] == plays[1]
        differs = plays[0] != plays[2] or plays[0] != plays[3]
        assert differs == make(self.name).metadata.stochastic

    def test_reactive_is_honest(self, rich_arena: Arena):
        conceding, hard = _scripts(rich_arena)
        a = offers(versus(make(self.name), conceding, rich_arena, seed=5), 0)
        b = offers(versus(make(self.name), hard, rich_arena, seed=5), 0)
        common = min(len(a), len(b))
        assert common >= 3
        assert (a[:common] != b[:common]) == make(self.name).metadata.reactive

    def test_offers_are_from_its_own_acceptable_pool(self, rich_arena: Arena):
        conceding, _ = _scripts(rich_arena)
        played = versus(make(self.name), conceding, rich_arena)
        own = rich_arena.own[0]
        mine = offers(played, 0)
        assert mine
        assert own.acceptable(np.array(mine)).all()

    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                             HealthCheck.differing_executors])
    @given(scenario=scenarios(red_lines=True))
    def test_red_lines_never_crossed(self, scenario: Scenario):
        arena = Arena.build(scenario)
        space = arena.space
        for other in ("boulware", "random", "tit-for-tat"):
            for seat in (0, 1):
                seats = [make(other), make(other)]
                seats[seat] = make(self.name)
                for protocol in ("alternating", "mediated"):
                    played = play(arena, seats, SessionSettings(rounds=15, protocol=protocol),
                                  seed=11)
                    _check_rules(space, played, seat)

    def test_judges_mediator_texts_by_own_preferences(self, hand_checked: Scenario):
        arena = Arena.build(hand_checked)
        strategy = make(self.name)
        played = play(arena, [strategy, make("linear")],
                      SessionSettings(rounds=5, protocol="mediated"), seed=1)
        view = AlternatingOffers(arena, [make(self.name), make("linear")],
                                 SessionSettings(rounds=5), 0).views[0]
        strategy.reset(view, np.random.default_rng(0))
        better = strategy.judge(view, (0, 0), (1, 2))  # 1.0 against 0.0 for a
        assert better.accept
        assert better.feedback == "better"
        same = strategy.judge(view, (0, 2), (1, 0))  # .5 against .5
        assert same.accept
        assert same.feedback == "same"
        assert strategy.judge(view, (1, 2), (0, 0)).feedback == "worse"
        assert played.result.end in ("agreement", "deadline")


def _check_rules(space, played: Played, seat: int) -> None:  # type: ignore[no-untyped-def]
    """Every offer and acceptance of ``seat`` is acceptable to it, checked from the space
    (not through the strategy's own view); an agreement is acceptable to everyone."""
    party = space.parties[seat]
    mine = [k for k, r in enumerate(space.red_lines) if r.party == party]
    for event in played.events:
        if event.party != seat or event.move not in ("offer", "accept"):
            continue
        if played.result.protocol == "mediated" and event.move == "accept" and (
                event is not played.events[-len(space.parties) + seat]):
            continue  # votes on revisions, not on a deal
        row = np.array([event.outcome])
        assert not space.violations(row)[0, mine].any()
        assert space.utilities(row)[0, seat] >= space.reservations[seat] - TOL
    if played.result.agreement is not None:
        row = np.array([[space.option_index(i, played.result.agreement[iid])
                         for i, iid in enumerate(space.issues)]])
        assert not space.violations(row).any()
        assert (space.utilities(row)[0] >= space.reservations - TOL).all()


class TestBoulware(StrategyChecks):
    name = "boulware"

    def test_concedes_only_near_the_deadline(self, rich_arena: Arena):
        _, hard = _scripts(rich_arena)
        played = versus(make("boulware"), hard, rich_arena, rounds=40)
        u = [rich_arena.own[0].value(o) for o in offers(played, 0)]
        assert u == sorted(u, reverse=True)
        assert u[19] >= rich_arena.pools[0].best - 0.05  # e = 0.2: (1/2)^5 of the way
        # the hard opponent's offer is below its reservation: it ends at its reservation
        assert played.result.end == "deadline"
        assert len(u) == 40
        assert u[-1] <= rich_arena.own[0].reservation + 0.05


class TestLinear(StrategyChecks):
    name = "linear"

    def test_concedes_at_a_constant_rate(self, rich_arena: Arena):
        _, hard = _scripts(rich_arena)
        played = versus(make("linear"), hard, rich_arena, rounds=11)
        pool = rich_arena.pools[0]
        u = np.array([rich_arena.own[0].value(o) for o in offers(played, 0)])
        target = pool.reservation + (pool.best - pool.reservation) * (1 - np.arange(11) / 10)
        target = target[:len(u)]  # it may accept before its last turn
        assert len(u) >= 8
        assert (u >= target - 1e-9).all()
        assert (u - target < 0.05).all()  # the pool is dense at this size


class TestConceder(StrategyChecks):
    name = "conceder"

    def test_concedes_early(self, rich_arena: Arena):
        _, hard = _scripts(rich_arena)
        u = [rich_arena.own[0].value(o)
             for o in offers(versus(make("conceder"), hard, rich_arena, rounds=40), 0)]
        pool = rich_arena.pools[0]
        assert u[19] < pool.reservation + 0.5 * (pool.best - pool.reservation)


class TestHardliner(StrategyChecks):
    name = "hardliner"

    def test_offers_its_best_and_accepts_only_that(self, hand_checked: Scenario):
        arena = Arena.build(hand_checked)
        played = versus(make("hardliner"), [(0, 1), (0, 2), (0, 0)], arena, seat=0)
        assert offers(played, 0) == [(0, 0), (0, 0), (0, 0)]
        assert played.result.end == "agreement"
        assert played.result.rounds == 4
        assert played.events[-1].party == 0
        assert played.events[-1].move == "accept"


class TestTitForTat(StrategyChecks):
    name = "tit-for-tat"

    def test_imitates_in_proportion(self, hand_checked: Scenario):
        # b's utilities: (0,0) .25, (1,1) .375. The script's move closes the gap to b's
        # best from .75 to .625: b shrinks its demand (level - 0) by 5/6.
        arena = Arena.build(hand_checked)
        strategy = TitForTat()
        session = AlternatingOffers(arena, [Script([(0, 0), (1, 1)]), strategy],
                                    SessionSettings(rounds=10), 0)
        session.step()
        session.step()
        assert strategy.level(session.views[1].at(2)) == pytest.approx(5 / 6)


class TestAbsoluteTitForTat(StrategyChecks):
    name = "absolute-tit-for-tat"

    def test_imitates_in_utility(self, hand_checked: Scenario):
        arena = Arena.build(hand_checked)
        strategy = AbsoluteTitForTat()
        session = AlternatingOffers(arena, [Script([(0, 0), (1, 1), (0, 0)]), strategy],
                                    SessionSettings(rounds=10), 0)
        session.step()
        session.step()
        assert strategy.level(session.views[1].at(2)) == pytest.approx(1 - 0.125)
        session.step()  # the script retracts by .125: so does b
        assert strategy.level(session.views[1].at(3)) == pytest.approx(1.0)


class TestRandom(StrategyChecks):
    name = "random"

    def test_offers_spread_over_the_acceptable_set(self, rich_arena: Arena):
        _, hard = _scripts(rich_arena)
        mine = offers(versus(make("random"), hard, rich_arena, rounds=200), 0)
        assert len(set(mine)) > 50

    def test_accepts_anything_acceptable(self, hand_checked: Scenario):
        played = versus(make("random"), [(1, 0)], Arena.build(hand_checked), seat=1)
        assert played.result.end == "agreement"
        assert played.result.rounds == 1


class TestFrequency(StrategyChecks):
    name = "frequency"

    def test_offers_what_the_model_says_the_other_likes(self, hand_checked: Scenario):
        # b concedes fast (e = 50); the window spans all it accepts. After two offers of
        # (0, 0) its model rates (0, 0) best, worth .25 to b: b accepts it (AC_next).
        strategy = Frequency(e=50, window=1)
        played = versus(strategy, [(0, 0)], Arena.build(hand_checked), seat=1, rounds=10)
        assert offers(played, 1) == [(0, 2)]
        assert played.result.agreement == {"x": "x0", "y": "y0"}
        assert played.result.rounds == 2
        assert strategy.model.observed == 2


class TestNashSeeker(StrategyChecks):
    name = "nash-seeker"

    def test_never_offers_below_its_estimate_of_the_nash_point(self, rich_arena: Arena):
        strategy = make("nash-seeker")
        conceding, _ = _scripts(rich_arena)
        session = AlternatingOffers(rich_arena, [strategy, Script(conceding)],
                                    SessionSettings(rounds=30), 0)
        session.step()
        floors = []
        while session.step() and session.turn < 2 * 29:  # before its last turn: its offer
            # is made above the floor it had then
            offer = session.history.offers_by(0)[-1]
            floors.append(strategy._floor)  # type: ignore[attr-defined]
            assert rich_arena.own[0].value(offer) >= floors[-1] - 1e-9
        assert len(floors) >= 3
