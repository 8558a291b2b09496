"""Sessions per second, zopa against NegMAS, on the same sessions.

Same scenario (random, two parties, 10 options per issue, 3 to 7 issues: 10^3 to 10^7
outcomes; NegMAS gets the same weights, values and reservations as linear-additive
utility functions), same strategy kinds (time-dependent Boulware against Conceder with
NegMAS's exponents: its ``BoulwareTBNegotiator`` aims at ``1 - t^4``, zopa's
``boulware:e=0.25``; its ``ConcederTBNegotiator`` at ``1 - t^0.25``, zopa's
``conceder:e=4``), same protocol (alternating offers) and deadline (100 rounds).

NegMAS plays sessions one after the other until ``--negmas-seconds`` are spent (at least
one session per size; one session at 10^7 outcomes takes minutes, so the time spent is
printed). zopa is timed two ways, each from the scenario to the results, its one-off
set-up (compiling the space, the frontier, the candidate pools) included:

- ``zopa batch``: ``--sessions`` sessions through the tournament path (in-process), as
  ``zopa tournament`` plays them: batched, since neither strategy reacts to the other;
- ``zopa one``: sessions played one at a time, turn by turn, as ``zopa simulate`` does.

Both strategies are deterministic in both tools, so every repetition of a session plays
the same way; the agreement rate and mean rounds are printed as a sanity check that the
two tools play comparable sessions (they differ in details: zopa's candidate pool above
10^4 outcomes, NegMAS's offer selection).

Run: ``.venv/bin/python benchmarks/vs_negmas_sessions.py`` (NegMAS comes with the
``test`` extra; it is AGPL and only ever imported here, never by zopa itself).
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from zopa.scenario import Scenario
from zopa.simulate import arena as arena_module
from zopa.simulate.arena import Arena
from zopa.simulate.generate import random_scenario
from zopa.simulate.protocols import SessionSettings
from zopa.simulate.session import play
from zopa.simulate.tournament import TournamentSettings, run_tournament
from zopa.space import compile_space

ROUNDS = 100


def negmas_session(scenario: Scenario) -> tuple[bool, int]:
    """One NegMAS session on ``scenario``, built from scratch as NegMAS users do."""
    from negmas import SAOMechanism, make_issue
    from negmas.outcomes import make_os
    from negmas.preferences import LinearAdditiveUtilityFunction
    from negmas.preferences.value_fun import TableFun
    from negmas.sao import BoulwareTBNegotiator, ConcederTBNegotiator

    space = compile_space(scenario)
    issues = [make_issue([str(o) for o in opts], name=iid)
              for iid, opts in zip(space.issues, space.options, strict=True)]
    outcome_space = make_os(issues)

    def ufun(p: int) -> Any:
        prefs = scenario.preferences[space.parties[p]]
        total = sum(float(w) for w in prefs.weights.values())  # type: ignore[arg-type]
        weights = [float(prefs.weights[iid]) / total for iid in space.issues]  # type: ignore[arg-type]
        values = [TableFun({str(o): float(v) for o, v in zip(opts, space.values[i][:, p],
                                                            strict=True)})
                  for i, opts in enumerate(space.options)]
        return LinearAdditiveUtilityFunction(values=values, weights=weights,
                                             outcome_space=outcome_space,
                                             reserved_value=float(space.reservations[p]))

    mechanism = SAOMechanism(outcome_space=outcome_space, n_steps=ROUNDS)
    mechanism.add(BoulwareTBNegotiator(name="a"), ufun=ufun(0))
    mechanism.add(ConcederTBNegotiator(name="b"), ufun=ufun(1))
    state = mechanism.run()
    return state.agreement is not None, int(state.step)


def time_negmas(scenario: Scenario, seconds: float, most: int) -> tuple[int, float, float,
                                                                         float]:
    done, deals, rounds = 0, 0, 0
    start = time.perf_counter()
    while done < most and (done == 0 or time.perf_counter() - start < seconds):
        agreed, steps = negmas_session(scenario)
        done += 1
        deals += agreed
        rounds += steps
    elapsed = time.perf_counter() - start
    return done, elapsed, deals / done, rounds / done


def time_zopa_batch(scenario: Scenario, sessions: int) -> tuple[int, float, float, float]:
    arena_module._CACHE.clear()
    settings = TournamentSettings(("boulware:e=0.25", "conceder:e=4"),
                                  repetitions=sessions // 2, seed=1,
                                  session=SessionSettings(rounds=ROUNDS))
    start = time.perf_counter()
    result = run_tournament([scenario], settings)
    elapsed = time.perf_counter() - start
    table = result.tables[0]
    out = len(table), elapsed, float((table.end == 0).mean()), float(table.rounds.mean())
    arena_module._CACHE.clear()
    return out


def time_zopa_one(scenario: Scenario, seconds: float) -> tuple[int, float]:
    arena_module._CACHE.clear()
    start = time.perf_counter()
    arena = Arena.build(scenario)
    done = 0
    while done == 0 or time.perf_counter() - start < seconds:
        names = ["boulware:e=0.25", "conceder:e=4"] if done % 2 == 0 else [
            "conceder:e=4", "boulware:e=0.25"]
        play(arena, names, SessionSettings(rounds=ROUNDS), seed=done)
        done += 1
    elapsed = time.perf_counter() - start
    arena_module._CACHE.clear()
    return done, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--issues", type=int, nargs="+", default=[3, 4, 5, 6, 7],
                        help="issues of 10 options each (10^k outcomes)")
    parser.add_argument("--sessions", type=int, default=10_000,
                        help="zopa sessions per size (batched)")
    parser.add_argument("--negmas-seconds", type=float, default=20.0,
                        help="NegMAS time budget per size (at least one session)")
    parser.add_argument("--negmas-most", type=int, default=200)
    parser.add_argument("--negmas-max-issues", type=int, default=7,
                        help="skip NegMAS above this many issues")
    args = parser.parse_args()
    time_zopa_batch(random_scenario(issues=2, options=3, seed=0), 10)  # warm up imports
    print(f"{'outcomes':>10} | {'NegMAS n':>8} {'s/session':>9} {'sess/s':>9} "
          f"{'deals':>5} {'rounds':>6} | {'zopa n':>7} {'sess/s':>9} {'deals':>5} "
          f"{'rounds':>6} {'ratio':>8} | {'one-by-one/s':>12} {'ratio':>7}")
    for k in args.issues:
        scenario = random_scenario(issues=k, options=10, seed=k, reservation=0.1)
        if k <= args.negmas_max_issues:  # NegMAS first, on a clean heap
            n_n, n_t, n_deals, n_rounds = time_negmas(scenario, args.negmas_seconds,
                                                      args.negmas_most)
        z_n, z_t, z_deals, z_rounds = time_zopa_batch(scenario, args.sessions)
        o_n, o_t = time_zopa_one(scenario, 5.0)
        z_rate, o_rate = z_n / z_t, o_n / o_t
        if k <= args.negmas_max_issues:
            n_rate = n_n / n_t
            negmas = (f"{n_n:>8} {n_t / n_n:>9.3f} {n_rate:>9.3f} {n_deals:>5.0%} "
                      f"{n_rounds:>6.1f}")
            ratio, ratio_one = f"{z_rate / n_rate:>7.0f}x", f"{o_rate / n_rate:>6.0f}x"
        else:
            negmas, ratio, ratio_one = f"{'skipped':>43}", f"{'-':>8}", f"{'-':>7}"
        print(f"{10**k:>10,} | {negmas} | {z_n:>7} {z_rate:>9.0f} {z_deals:>5.0%} "
              f"{z_rounds:>6.1f} {ratio} | {o_rate:>12.1f} {ratio_one}", flush=True)



if __name__ == "__main__":
    main()
