"""zopa's SMP against KTAB's own reference logs: every number the logs print.

The logs (``tests/data/ktab/``) print the matrices of every state, every challenge, every
bargain, every election and the full history; the tests parse them and compare each number
to the digits printed (a difference of at most half a unit in the last printed decimal).
KTAB's multithreaded build queues and resolves bargains in the order its threads finish:
the order is read from the log and replayed (``queue_order``, ``draw_order``); the
stochastic run draws from KTAB's own generator with the seed the log prints.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from zopa.errors import ScenarioError
from zopa.forecast.ktab import KtabInput, read_ktab
from zopa.forecast.smp import SMPParameters, run_smp, run_smp_trace
from zopa.forecast.smp.core import challenge, seqsum
from zopa.forecast.smp.run import Trace, propose

from .ktab_log import Log, parse_log

DATA = Path(__file__).parent.parent / "data" / "ktab"
CASES = {
    "dummyData_3Dim": ("dummyData_3Dim.csv", "20170530_ref-dummyData_3Dim.txt"),
    "smpExample": ("smpExample-52.8.xml", "20170530_ref-smpExample.txt"),
}


class Checker:
    def __init__(self) -> None:
        self.count = 0
        self.worst = 0.0
        self.failures: list[str] = []

    def num(self, mine: float, printed: tuple[float, int], where: str) -> None:
        value, decimals = printed
        self.count += 1
        gap = abs(float(mine) - value)
        self.worst = max(self.worst, gap)
        if gap > 0.5 * 10.0 ** -decimals + 1e-9:
            self.failures.append(f"{where}: zopa {mine:.6f}, KTAB {value}")

    def same(self, mine: object, printed: object, where: str) -> None:
        self.count += 1
        if mine != printed:
            self.failures.append(f"{where}: zopa {mine}, KTAB {printed}")

    def matrix(self, mine: np.ndarray, printed: list[list[tuple[float, int]]], where: str,
               scale: float = 1.0) -> None:
        for i, row in enumerate(printed):
            for j, cell in enumerate(row):
                self.num(mine[i, j] * scale, cell, f"{where}[{i},{j}]")


def _run(case: str) -> tuple[KtabInput, Log, Trace, SMPParameters]:
    model_file, log_file = CASES[case]
    ktab = read_ktab(DATA / model_file)
    log = parse_log((DATA / log_file).read_text())
    params = SMPParameters(**{**ktab.params.__dict__, "seed": log.seed,
                              "queue_order": log.queue_order(),
                              "draw_order": log.draw_order()})
    return ktab, log, run_smp_trace(ktab.model, params), params


@pytest.fixture(scope="module", params=sorted(CASES))
def run(request: pytest.FixtureRequest) -> tuple[KtabInput, Log, Trace, SMPParameters]:
    return _run(request.param)


def test_every_printed_number(run: tuple[KtabInput, Log, Trace, SMPParameters]) -> None:
    ktab, log, trace, params = run
    n = ktab.model.n_actors
    c = Checker()
    c.same(len(trace.states), log.states, "number of states")
    assert len(log.values) == len(trace.states)
    for t, state in enumerate(trace.states):
        c.matrix(state.values, log.values[t], f"state {t} values")
        for i in range(n):
            c.num(state.risk[i], log.risk[t][i], f"state {t} risk[{i}]")
        c.matrix(state.utility, log.utility[t], f"state {t} utility")
        for h in range(n):
            c.matrix(state.estimates[h], log.estimates[t][h], f"state {t} estimate by {h}")
    sal = np.array(ktab.model.salience)
    weight = seqsum(sal, axis=1) * ktab.model.capability
    for t, (turn, mine) in enumerate(zip(log.turns, trace.turns, strict=True)):
        state = trace.states[t]
        for i, (j, worth, dec) in turn.targets.items():
            c.same(mine.targets[i][0], j, f"turn {t} target of {i}")
            if j >= 0:
                c.num(mine.targets[i][2], (worth, dec), f"turn {t} worth to {i}")
        for h, k, i, j, p, g, dec in turn.estimates:
            ph, du = challenge(state.estimates, np.array([h]), np.array([k]), np.array([i]),
                               np.array([j]), weight, seqsum(sal, axis=1), params.voting_rule,
                               params.third_party_commit)
            c.num(ph[0], (p, dec), f"turn {t} est by {h} prob [{i}>{j}]")
            c.num(du[0], (g, 4), f"turn {t} est by {h} gain to {k} of [{i}>{j}]")
        for i, j, init, rcvr in turn.proposals:
            bargain = next(b for b in mine.queues[i] if (b.initiator, b.receiver) == (i, j))
            for k, cell in enumerate(init):
                c.num(bargain.init_position[k] * 100, cell, f"turn {t} bargain {i}:{j} init")
            for k, cell in enumerate(rcvr):
                c.num(bargain.rcvr_position[k] * 100, cell, f"turn {t} bargain {i}:{j} rcvr")
        views = {"perspective of the receiver": (turn.receiver_views, 1),
                 "power-weighted compromise": (turn.compromises, 2)}
        for what, (entries, slot) in views.items():
            for i, j, init, rcvr in entries:
                offered = propose(state, i, j, mine.targets[i][1], ktab.model.capability, sal,
                                  None, params, model="all")[slot]
                for k, cell in enumerate(init):
                    c.num(offered.init_position[k] * 100, cell, f"turn {t} {what} {i}:{j}")
                for k, cell in enumerate(rcvr):
                    c.num(offered.rcvr_position[k] * 100, cell, f"turn {t} {what} {i}:{j}")
        for k, queue in turn.queues.items():
            c.same([(b.initiator, b.receiver) for b in mine.queues[k]], queue,
                   f"turn {t} queue of {k}")
        for k, rows in turn.u_im.items():
            c.matrix(mine.bargain_utility[k], rows, f"turn {t} u_im of {k}")
            for m, cell in enumerate(turn.probability[k]):
                c.num(mine.bargain_probability[k][m], cell, f"turn {t} bargain prob {k}.{m}")
            c.same(mine.chosen[k], turn.chosen[k], f"turn {t} bargain chosen by {k}")
        for i, row in turn.ideals.items():
            for k, cell in enumerate(row):
                c.num(trace.states[t + 1].ideal[i, k] * 100, cell, f"turn {t} ideal {i}")
    forecast = run_smp(ktab.model, params)
    for i, actor in enumerate(ktab.model.actors):
        for k, dim in enumerate(ktab.model.dimensions):
            printed = log.history[(actor, dim)]
            c.same(len(printed), forecast.history.shape[2], f"history length {actor}")
            for s, cell in enumerate(printed):
                c.num(forecast.history[i, k, s], cell, f"history {actor} {dim} state {s}")
        for s, cell in enumerate(log.probabilities[actor]):
            c.num(forecast.probabilities[i, s], cell, f"probability {actor} state {s}")
    print(f"{ktab.model.name} ({ktab.model.n_actors} actors): {c.count} numbers compared, "
          f"max deviation {c.worst:.2e}")
    assert not c.failures, "\n".join(c.failures[:20])
    assert c.count > 3000


def test_first_round_is_the_logged_one(run: tuple[KtabInput, Log, Trace, SMPParameters]) -> None:
    ktab, log, _trace, params = run
    forecast = run_smp(ktab.model, params)
    assert forecast.first_round is not None
    c = Checker()
    c.matrix(forecast.first_round.values, log.values[0], "values")
    for i, cell in enumerate(log.risk[0]):
        c.num(forecast.first_round.risk[i], cell, f"risk {i}")
    assert not c.failures
    assert forecast.model == "smp" and forecast.steps == log.states - 1


def test_deterministic_run_needs_no_thread_order() -> None:
    """Deterministic transitions do not depend on the order of the queues."""
    ktab = read_ktab(DATA / "dummyData_3Dim.csv")
    log = parse_log((DATA / "20170530_ref-dummyData_3Dim.txt").read_text())
    forecast = run_smp(ktab.model, ktab.params)
    for i, actor in enumerate(ktab.model.actors):
        for k, dim in enumerate(ktab.model.dimensions):
            assert [f"{x:5.1f}" for x in forecast.history[i, k]] == \
                [f"{v:5.1f}" for v, _ in log.history[(actor, dim)]]


def test_the_published_xml_breaks_the_schema() -> None:
    with pytest.raises(ScenarioError, match=r"smpExample.xml:32: actor 'Alice', Position: "
                                            r"<dCoord> is empty"):
        read_ktab(DATA / "smpExample.xml")


def test_read_parameters_from_xml() -> None:
    params = read_ktab(DATA / "smpExample-52.8.xml").params
    assert (params.voting_rule, params.pce_model, params.state_transitions) == (
        "PropCbc", "MarkovIncentive", "Stochastic")
    assert params.seed == 3507583219545544127
    assert params.accommodation is not None
    assert params.accommodation[1].tolist() == [0.07, 0.75, 0.0, 0.0, 0.0]


def test_soe_policy_competition_history() -> None:
    """KTAB's 13-actor, 2-dimension, 27-step example (``SOE-Pol-Comp.csv``): the history
    and probabilities at the end of its log."""
    ktab = read_ktab(DATA / "SOE-Pol-Comp.csv")
    log = parse_log("Found 13 actors\n" + (DATA / "20170530_ref-SOE-Pol-Comp-tail.txt")
                    .read_text())
    forecast = run_smp(ktab.model, ktab.params)
    c = Checker()
    c.same(forecast.steps + 1, log.states, "number of states")
    for i, actor in enumerate(ktab.model.actors):
        for k, dim in enumerate(ktab.model.dimensions):
            for s, cell in enumerate(log.history[(actor, dim)]):
                c.num(forecast.history[i, k, s], cell, f"history {actor} {dim} state {s}")
        for s, cell in enumerate(log.probabilities[actor]):
            c.num(forecast.probabilities[i, s], cell, f"probability {actor} state {s}")
    assert not c.failures, "\n".join(c.failures[:20])
    assert c.count == 1 + 13 * 28 * 3


def test_soe_policy_competition_first_round() -> None:
    """The first round's matrices at the start of that log (values, risk attitudes, the
    objective utilities and the first two actors' estimates)."""
    ktab = read_ktab(DATA / "SOE-Pol-Comp.csv")
    log = parse_log((DATA / "20170530_ref-SOE-Pol-Comp-head.txt").read_text())
    first = run_smp_trace(ktab.model, ktab.params).states[0]
    c = Checker()
    c.matrix(first.values, log.values[0], "values")
    for i, cell in enumerate(log.risk[0]):
        c.num(first.risk[i], cell, f"risk {i}")
    c.matrix(first.utility, log.utility[0], "utility")
    for h, printed in enumerate(log.estimates[0]):
        c.matrix(first.estimates[h], printed, f"estimate by {h}")
    assert not c.failures, "\n".join(c.failures[:20])
    assert c.count == 13 * 13 * 4 + 13
