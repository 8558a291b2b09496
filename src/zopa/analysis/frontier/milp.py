"""``method="milp"``: the two-party frontier of a space whose interaction terms tie too
many issues together for stages, by the epsilon-constraint method over a mixed-integer
programme (Haimes, Lasdon and Wismer, "On a bicriterion formulation of the problems of
integrated system identification and system optimization", IEEE Trans. SMC 1(3), 1971;
Chankong and Haimes, *Multiobjective Decision Making*, 1983, ch. 4), each programme solved
by HiGHS's branch and bound (Huangfu and Hall, Math. Prog. Comp. 10, 2018, through
:func:`scipy.optimize.milp`), whose bounds come from the linear relaxation.

The programme: a binary ``x[i, o]`` per issue and option, one per issue; per interaction
term a ``y[t]`` in [0, 1] with ``y[t] <= sum of x[i, o] over o in the box`` for each issue
of the box (``y[t] <= sum over issues of the options outside``, for an outside term), so
``y[t]`` can be 1 only where the term's value is really added (values are >= 0, so a
maximum takes it whenever it can). Red lines: a forbidden option is fixed to 0; a red
line on ``k`` issues allows at most ``k - 1`` of its forbidden options together.
Reservations bound each party's utility from below.

The sweep: maximise the first party's utility subject to the second's being at least
``eps`` (then the second's, the first held at its best), which gives one frontier point;
raise ``eps`` just past that point's second utility (1e-9, the format's grid); stop when
infeasible. The solver's integrality tolerance (1e-6) can let a fractional solution fake
a little utility: every outcome is checked on its true utilities and, if it falls short,
cut off (``sum of its x <= issues - 1``) and the programme solved again; where that does
not settle within a few cuts, ``eps`` steps by the most such slack can add instead, and
the frontier is approximate with that bound. When every programme is solved to
optimality the points found are the whole frontier (``exact``); when one hits the time
limit, the frontier is reported as approximate with ``bound``: no missed point improves
on the points found by more than that in a party's utility.

Unlike the other methods it reports one outcome per point, not always the first.

>>> from zopa.scenario import parse_scenario
>>> from zopa.space import compile_space
>>> s = compile_space(parse_scenario({"zopa": 1, "parties": [{"id": "a"}, {"id": "b"}],
...     "issues": [{"id": "x", "options": ["p", "q"]}, {"id": "y", "options": ["p", "q"]}],
...     "preferences": {
...         "a": {"weights": {"x": 1}, "values": {"x": {"p": 1}},
...               "interactions": [{"when": {"x": ["q"], "y": ["p"]}, "value": 1,
...                                 "weight": 2}]},
...         "b": {"weights": {"y": 1}, "values": {"y": {"q": 1}}}}}))
>>> sweep = milp_frontier(s, s.reservations, None)
>>> sweep.exact, s.utilities(sweep.outcomes).round(3).tolist()
(True, [[0.667, 0.0], [0.333, 1.0]])
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ...space import Space
from .._tolerance import TOL

__all__ = ["MILP_SECONDS", "Sweep", "milp_frontier"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

#: The time the whole sweep may take before it reports an approximate frontier.
MILP_SECONDS = 90.0
_SCALE = 1e3  # utilities in [0, 1] as [0, 1000] where no whole-number scale exists
_STEP = 1e-9
_CUTS_PER_SOLVE = 60


class _TooManyCuts(Exception):
    pass


@contextlib.contextmanager
def _quiet_stdout() -> Iterator[None]:
    """HiGHS's C++ code can print a diagnostic line to the process's standard output
    (``HighsMipSolverData::transformNewIntegerFeasibleSolution``), which would break
    ``zopa analyze --json``: send file descriptor 1 to the null device meanwhile."""
    sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:  # no real standard output (some embedding): nothing to protect
        yield
        return
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


@dataclass(frozen=True)
class Sweep:
    """The outcomes of the points found, whether they are the whole frontier, and the
    bound on what was missed (0 when exact)."""

    outcomes: IntArray
    exact: bool
    bound: float
    solves: int


def milp_frontier(space: Space, r: FloatArray, active: Sequence[int] | None,
                  seconds: float = MILP_SECONDS) -> Sweep:
    """The two-party frontier by the epsilon-constraint sweep (see the module's doc)."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import csr_array

    if space.party_count != 2:
        raise ValueError("method 'milp' needs two parties")
    offsets = np.cumsum((0, *space.sizes))
    n_x = int(offsets[-1])
    terms = space.interactions
    n = n_x + len(terms)
    gain = np.zeros((2, n))  # each party's utility as a row over the variables
    for i, table in enumerate(space.contributions):
        gain[:, offsets[i]:offsets[i + 1]] = table.T
    for t, term in enumerate(terms):
        gain[term.column, n_x + t] = term.amount
    scale = _scales(space, gain)
    gain *= scale[:, None]
    rows: list[dict[int, float]] = []
    low: list[float] = []
    high: list[float] = []
    for i in range(len(space.sizes)):
        rows.append({int(j): 1.0 for j in range(offsets[i], offsets[i + 1])})
        low.append(1.0)
        high.append(1.0)
    for t, term in enumerate(terms):
        if term.outside:
            row = {n_x + t: 1.0}
            for issue, mask in zip(term.issues, term.inside, strict=True):
                row.update({int(offsets[issue] + o): -1.0 for o in np.flatnonzero(~mask)})
            rows.append(row)
            low.append(-np.inf)
            high.append(0.0)
            continue
        for issue, mask in zip(term.issues, term.inside, strict=True):
            row = {n_x + t: 1.0}
            row.update({int(offsets[issue] + o): -1.0 for o in np.flatnonzero(mask)})
            rows.append(row)
            low.append(-np.inf)
            high.append(0.0)
    upper = np.ones(n)
    lines = space.red_lines if active is None else [space.red_lines[k] for k in active]
    for line in lines:
        if line.single_issue:
            upper[offsets[line.issues[0]] + np.flatnonzero(line.forbidden[0])] = 0.0
            continue
        row = {}
        for issue, mask in zip(line.issues, line.forbidden, strict=True):
            row.update({int(offsets[issue] + o): 1.0 for o in np.flatnonzero(mask)})
        rows.append(row)
        low.append(-np.inf)
        high.append(len(line.issues) - 1.0)
    matrix = np.zeros((len(rows), n))
    for k, row in enumerate(rows):
        for j, v in row.items():
            matrix[k, j] = v
    base = LinearConstraint(csr_array(matrix), np.array(low), np.array(high))
    integrality = np.concatenate([np.ones(n_x), np.zeros(len(terms))])
    bounds = Bounds(np.zeros(n), upper)
    whole = bool(np.all(scale != _SCALE))
    # On whole numbers, one programme per point: the first party's sum, ties to the
    # second's (``spread`` exceeds any second sum); otherwise two, one after the other.
    spread = float(gain[1].clip(min=0).sum()) + 1.0
    deadline = time.monotonic() + seconds

    cuts: list[IntArray] = []  # outcomes the solver's tolerances let through wrongly
    n_issues = len(space.sizes)

    def solve(objective: NDArray[np.float64], least: FloatArray
              ) -> tuple[IntArray | None, float, bool]:
        """The best outcome whose true utilities meet ``least`` (unscaled), the gap,
        and whether optimality (or infeasibility) was proven. Raises :class:`_TooManyCuts`
        when the solver keeps returning outcomes its tolerances let through."""
        made = 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None, np.inf, False
            if made >= _CUTS_PER_SOLVE:
                raise _TooManyCuts
            constraints = [base, LinearConstraint(gain, least * scale, np.inf)]
            if cuts:
                rows = np.zeros((len(cuts), n))
                for k, outcome in enumerate(cuts):
                    rows[k, offsets[:-1] + outcome] = 1.0
                constraints.append(LinearConstraint(csr_array(rows), -np.inf, n_issues - 1.0))
            with _quiet_stdout():
                result = milp(-objective, integrality=integrality, bounds=bounds,
                              constraints=constraints,
                              options={"time_limit": left,
                                       "mip_rel_gap": 0.0 if whole else 1e-9})
            if result.x is None:
                proven = result.status == 2  # infeasible
                return None, (0.0 if proven else np.inf), proven
            outcome = _outcome(result.x, offsets)
            true = space.utilities(outcome)[0]
            # A fractional x within the solver's integrality tolerance can fake a few
            # units of a term's value: check the outcome itself, and cut it off if so.
            if (true >= least - 1e-12).all():
                dual = getattr(result, "mip_dual_bound", None)
                gap = 0.0 if dual is None else max(0.0, float(result.fun) - float(dual))
                return outcome, gap, result.status == 0
            cuts.append(outcome)
            made += 1

    found: list[IntArray] = []
    exact, bound, solves = True, 0.0, 0
    # The most a fractional x within HiGHS's integrality tolerance (1e-6) can add to a
    # party's utility: where the cuts do not settle it, the sweep steps by this instead.
    slop = 2e-6 * np.abs(gain).sum(axis=1) / scale
    r0, eps = float(r[0]) - TOL, float(r[1]) - TOL
    while True:
        objective = gain[0] * spread + gain[1] if whole else gain[0]
        try:
            outcome, gap, proven = solve(objective, np.array([r0, eps]))
        except _TooManyCuts:
            exact, bound = False, max(bound, float(slop[1]))
            eps += float(slop[1])
            continue
        solves += 1
        if outcome is None:
            if not proven:
                exact, bound = False, 1.0  # the rest of the frontier is unexplored
            break
        if whole:
            gap = gap / spread
        else:
            first = float(space.utilities(outcome)[0, 0])
            try:
                better, _, proven2 = solve(gain[1], np.array([first, eps]))
            except _TooManyCuts:
                better, proven2 = None, False
                bound = max(bound, float(slop.max()))
            solves += 1
            if better is not None:
                outcome = better
            proven = proven and proven2
        if not proven:
            exact = False
        bound = max(bound, gap / scale[0])
        found.append(outcome)
        second = float(space.utilities(outcome)[0, 1])
        eps = (np.floor(second * scale[1] + 0.5) + 0.5) / scale[1] if whole else second + _STEP
    outcomes = np.array(found, dtype=np.int64).reshape(-1, len(space.sizes))
    return Sweep(outcomes, exact, 0.0 if exact else bound, solves)


def _scales(space: Space, gain: NDArray[np.float64]) -> NDArray[np.float64]:
    """Per party, the factor that turns its utilities into whole numbers (its total
    weight, where every weight times value is a whole number, as in GENIUS's ANAC 2014
    files), or else :data:`_SCALE`."""
    out = np.full(2, _SCALE)
    for p, pid in enumerate(space.parties):
        total = space.scenario.preferences[pid].total_weight()
        row = gain[p] * total
        if total < 1e7 and np.all(np.abs(row - np.rint(row)) <= 1e-6):
            out[p] = total
    return out


def _outcome(x: NDArray[np.float64], offsets: NDArray[np.int64]) -> IntArray:
    return np.array([int(np.argmax(x[offsets[i]:offsets[i + 1]]))
                     for i in range(len(offsets) - 1)], dtype=np.int64)
