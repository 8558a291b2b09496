"""The batched protocol plays exactly the sessions the turn-by-turn protocol plays."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zopa.scenario import Scenario
from zopa.simulate.arena import Arena
from zopa.simulate.generate import random_scenario
from zopa.simulate.protocols import AlternatingOffers, SessionSettings, batchable, play_batch
from zopa.simulate.strategies import make

from .conftest import scenarios

SCHEDULED = ["boulware", "linear", "conceder", "hardliner", "random", "boulware:e=0.05",
             "conceder:e=5"]


def _same(arena: Arena, names: list[str], rounds: int, seeds: list[int]) -> None:
    table = play_batch(arena, [make(n) for n in names], rounds, np.array(seeds))
    for k, seed in enumerate(seeds):
        one = AlternatingOffers(arena, [make(n) for n in names], SessionSettings(rounds=rounds),
                                seed).run().result
        assert table.result(k) == one


@settings(max_examples=40, deadline=None)
@given(scenario=scenarios(), a=st.sampled_from(SCHEDULED), b=st.sampled_from(SCHEDULED),
       rounds=st.integers(1, 30), seed=st.integers(0, 2**40))
def test_batch_equals_turn_by_turn(scenario: Scenario, a: str, b: str, rounds: int,
                                   seed: int):
    _same(Arena.build(scenario), [a, b], rounds, [seed, seed + 1, seed * 7 + 3])


@settings(max_examples=15, deadline=None)
@given(scenario=scenarios(parties=3, max_issues=2),
       names=st.lists(st.sampled_from(SCHEDULED), min_size=3, max_size=3),
       seed=st.integers(0, 2**40))
def test_batch_equals_turn_by_turn_with_three_parties(scenario: Scenario, names: list[str],
                                                      seed: int):
    _same(Arena.build(scenario), names, 12, [seed, seed + 1])


def test_batch_on_a_large_space():
    arena = Arena.build(random_scenario(issues=6, options=10, seed=5, reservation=0.2))
    _same(arena, ["random", "boulware"], 100, list(range(10)))
    _same(arena, ["conceder", "linear"], 100, [3])


def test_only_non_reactive_strategies_batch(hand_checked: Scenario):
    assert batchable([make("boulware"), make("random")])
    assert not batchable([make("boulware"), make("tit-for-tat")])
    with pytest.raises(ValueError, match="non-reactive"):
        play_batch(Arena.build(hand_checked), [make("frequency"), make("linear")], 10,
                   np.arange(2))


def test_an_empty_batch(hand_checked: Scenario):
    table = play_batch(Arena.build(hand_checked), [make("random"), make("linear")], 10,
                       np.array([], dtype=np.int64))
    assert len(table) == 0


def test_swapped_parts_play_the_same_batched_and_turn_by_turn(hand_checked: Scenario):
    from zopa.simulate.strategies import Boulware, Linear
    from zopa.simulate.strategies.parts import AnyAcceptable, Constant

    arena = Arena.build(hand_checked)

    def pair() -> list:
        easy = Boulware(e=0.5)
        easy.acceptance = AnyAcceptable()  # accept anything acceptable
        stuck = Linear()
        stuck.concession = Constant()  # never concede: a hardliner made of parts
        return [stuck, easy]

    table = play_batch(arena, pair(), 10, np.array([1, 2]))
    one = AlternatingOffers(arena, pair(), SessionSettings(rounds=10), 1).run().result
    assert table.result(0) == one
    assert one.rounds == 1
    assert one.agreement == {"x": "x0", "y": "y0"}
