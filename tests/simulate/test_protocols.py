"""Protocols on small cases whose outcome is computed by hand."""

from __future__ import annotations

import math

import pytest

from zopa.scenario import Scenario, parse_scenario
from zopa.simulate.arena import Arena
from zopa.simulate.protocols import (
    MEDIATOR,
    AlternatingOffers,
    ProtocolError,
    SessionSettings,
    SingleTextProtocol,
)
from zopa.simulate.session import open_session, play
from zopa.simulate.strategies import Boulware, Hardliner, make

from .conftest import Script


def test_hardliner_against_boulware_ends_where_computed_by_hand(hand_checked: Scenario):
    # B (Boulware, e = 0.5, 10 rounds) aims at 1 - t^2 with t = i / 9 at its turn i:
    # 1, .988, .951, .889, .802, .691, .556, .395, .210, 0. Its offers, the nearest of its
    # utilities {0, .25, .375, .625, .75, 1} at or above: 1 (i <= 4), .75 (i = 5),
    # .625 (i = 6), .625 (i = 7), .25 (i = 8), 0 (i = 9). A always offers (x0, y0), worth
    # .25 to B; B accepts when that is at least its next offer: first at i = 8.
    played = play(hand_checked, [Hardliner(), Boulware(e=0.5)], SessionSettings(rounds=10))
    r = played.result
    assert r.end == "agreement"
    assert r.agreement == {"x": "x0", "y": "y0"}
    assert r.rounds == 9
    assert r.utilities == (1.0, 0.25)
    assert r.welfare == 1.25
    assert r.pareto_distance == 0.0  # (1, .25) is on the frontier
    # Nash point: (.5, 1), product .5 against .46875 for (.75, .625) and .25 here.
    assert r.nash_distance == pytest.approx(math.sqrt(0.5**2 + 0.75**2))
    b_offers = [e.outcome for e in played.events if e.party == 1 and e.move == "offer"]
    assert b_offers == [(0, 2)] * 5 + [(1, 2), (0, 1), (0, 1)]
    assert all(e.outcome == (0, 0) for e in played.events if e.party == 0)
    assert played.events[-1].move == "accept"
    assert played.events[-1].party == 1


def test_boulware_with_a_reservation_never_takes_the_hardliners_offer(hand_checked: Scenario):
    data = hand_checked.to_dict()
    data["parties"][1]["reservation"] = 0.3
    scenario = parse_scenario(data)
    r = play(scenario, [Hardliner(), Boulware(e=0.5)], SessionSettings(rounds=10)).result
    assert r.end == "deadline"
    assert r.agreement is None
    assert r.rounds == 10
    assert r.utilities == (0.0, 0.3)


def test_a_session_steps_one_round_at_a_time(hand_checked: Scenario):
    session = open_session(hand_checked, [Hardliner(), Boulware(e=0.5)],
                           SessionSettings(rounds=10))
    assert isinstance(session, AlternatingOffers)
    steps = 0
    while session.step():
        steps += 1
        assert len(session.history) == 2 * steps
    assert steps == 8
    assert session.end == "agreement"
    with pytest.raises(RuntimeError):
        open_session(hand_checked, ["boulware", "boulware"]).played()


def test_walk_away_and_no_acceptable_offer(hand_checked: Scenario):
    arena = Arena.build(hand_checked)
    r = AlternatingOffers(arena, [Script([(0, 0), (0, 0), "walk-away"]), Hardliner()],
                          SessionSettings(rounds=5), seed=0).run().result
    assert (r.end, r.rounds, r.agreement) == ("walk-away", 3, None)
    data = hand_checked.to_dict()
    data["preferences"]["b"]["red_lines"] = [{"forbid": {"x": ["x0", "x1"]}}]
    r = play(parse_scenario(data), ["boulware", "boulware"]).result
    assert (r.end, r.rounds) == ("no-acceptable-offer", 1)
    assert r.pareto_distance is None
    assert r.nash_distance is None


def test_the_protocol_refuses_a_strategy_that_breaks_the_rules(hand_checked: Scenario):
    data = hand_checked.to_dict()
    data["preferences"]["b"]["red_lines"] = [{"forbid": {"x": ["x1"]}}]
    arena = Arena.build(parse_scenario(data))
    # b offering across its own red line
    with pytest.raises(ProtocolError, match="offered"):
        AlternatingOffers(arena, [Hardliner(), Script([(1, 2)])], SessionSettings(), 0).run()
    # b accepting across its own red line
    with pytest.raises(ProtocolError, match="accepted an outcome"):
        AlternatingOffers(arena, [Script([(1, 0)]), Script(["accept"])], SessionSettings(),
                          0).run()
    # accepting with nothing on the table
    with pytest.raises(ProtocolError, match="no offer"):
        AlternatingOffers(arena, [Script(["accept"]), Hardliner()], SessionSettings(), 0).run()


def _three() -> Scenario:
    return parse_scenario({
        "zopa": 1, "name": "three",
        "parties": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
        "issues": [{"id": "x", "options": ["x0", "x1", "x2"]}],
        "preferences": {
            p: {"weights": {"x": 1}, "values": {"x": dict(zip(["x0", "x1", "x2"], v,
                                                              strict=True))}}
            for p, v in (("a", [1, .5, 0]), ("b", [0, .5, 1]), ("c", [.5, 1, 0]))},
    })


def test_multilateral_offer_stands_when_all_others_accept():
    arena = Arena.build(_three())
    # a offers x1; b accepts; c counter-offers x0 (replacing it); a accepts; b accepts:
    # agreed on x0 at turn 4 (round 2).
    a, b, c = Script([(1,), "accept"]), Script(["accept"]), Script([(0,)])
    played = AlternatingOffers(arena, [a, b, c], SessionSettings(rounds=5), 0).run()
    r = played.result
    assert (r.end, r.agreement, r.rounds) == ("agreement", {"x": "x0"}, 2)
    assert [e.move for e in played.events] == ["offer", "accept", "offer", "accept", "accept"]
    # every negotiator saw the same public history, only its own preferences
    assert c.standing == [(1,)]
    assert c.seen[0].me.party == "c"
    assert a.standing == [None, (0,)]
    assert not hasattr(c.seen[0], "space")


def test_multilateral_time_dependent_agree_within_the_deadline():
    r = play(_three(), ["conceder", "conceder", "conceder"], SessionSettings(rounds=20)).result
    assert r.end == "agreement"
    assert r.utilities == pytest.approx([{"x0": 1, "x1": .5, "x2": 0}[r.agreement["x"]],
                                         {"x0": 0, "x1": .5, "x2": 1}[r.agreement["x"]],
                                         {"x0": .5, "x1": 1, "x2": 0}[r.agreement["x"]]])


def test_mediated_single_text_agreement_is_acceptable_to_all(hand_checked: Scenario):
    data = hand_checked.to_dict()
    data["parties"][0]["reservation"] = 0.4
    data["parties"][1]["reservation"] = 0.4
    arena = Arena.build(parse_scenario(data))
    for seed in range(10):
        played = SingleTextProtocol(arena, [make("linear"), make("linear")],
                            SessionSettings(rounds=30, protocol="mediated"), seed).run()
        r = played.result
        texts = [e for e in played.events if e.party == MEDIATOR]
        assert len(texts) == 31  # the first text and one revision a round
        if r.end == "agreement":
            assert min(r.utilities) >= 0.4
        final = played.events[-2:]
        assert {e.move for e in final} <= {"accept", "reject"}
    # Hill-climbers (hardliners aim at their best) accept only revisions no worse for
    # both, so the text only moves up for both: never below the first text for anyone.
    played = SingleTextProtocol(arena, [Hardliner(), Hardliner()],
                        SessionSettings(rounds=40, protocol="mediated"), 4).run()
    first = played.utilities[0]
    kept = [u for e, u in zip(played.events, played.utilities, strict=True)
            if e.party == 0 and e.move == "accept"]
    assert all((u >= first - 1e-12).all() for u in kept)


def test_mediated_revisions_change_one_issue(hand_checked: Scenario):
    played = play(hand_checked, ["boulware", "conceder"],
                  SessionSettings(rounds=25, protocol="mediated"), seed=2)
    events = list(played.events)
    text = events[0].outcome
    rounds = events[1:-2]  # a revision, then the two answers, each round; then the vote
    assert len(rounds) == 3 * 25
    adopted = 0
    for k in range(0, len(rounds), 3):
        revision, answers = rounds[k], rounds[k + 1:k + 3]
        assert revision.party == MEDIATOR
        assert [a.party for a in answers] == [0, 1]
        assert sum(x != y for x, y in zip(revision.outcome, text, strict=True)) == 1
        if all(a.move == "accept" for a in answers):
            text = revision.outcome
            adopted += 1
    assert adopted > 0
    assert played.events[-1].outcome == text
    assert (played.result.agreement is not None) == (played.result.end == "agreement")


def test_time_limit_ends_the_session_as_a_deadline(hand_checked: Scenario):
    r = play(hand_checked, ["hardliner", "hardliner"],
             SessionSettings(rounds=1_000_000, time_limit=0.05)).result
    assert r.end == "deadline"
    assert r.rounds < 1_000_000


def test_settings_are_checked():
    with pytest.raises(ValueError, match="rounds"):
        SessionSettings(rounds=0)
    with pytest.raises(ValueError, match="protocol"):
        SessionSettings(protocol="auction")  # type: ignore[arg-type]
