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
raise ``eps`` just past that point's second utility; stop when infeasible.

Where "just past" is decides whether the sweep is exact. Each party's utilities are read
on their lattice: the least ``L`` such that every option's and term's contribution is a
whole number of ``1 / L`` steps (the whole numbers of GENIUS's ANAC 2014 files, the
decimals of a scenario file). The programme counts utilities in those steps, so every
reachable utility is a whole number there, and every threshold (past a point, at a
reservation) sits half a step from any reachable one: no tolerance of the solver can
then move an outcome across it, where a step of 1e-9 (1e-6 in the programme at the
former scale of 1e3, exactly HiGHS's tolerance) had HiGHS 1.12 fail, report a worse
outcome as optimal, or infeasible with points left. HiGHS's feasibility tolerances are
set to 1e-9, and the frontier is ``exact`` only when half a step is at least
:data:`_TRUST` of each party's largest coefficient and every programme is proven; a
finer lattice, or none (the sweep then steps by that margin), gives an approximate
frontier whose ``bound`` is the margin. When HiGHS gives no answer it is asked again
without presolve, then with its own tolerances; infeasibility is taken as proven only
when two ways of asking agree, and where none answers the sweep steps on (by a lattice
step, doubling while it runs) and reports that step as the bound. The solver's
integrality tolerance can let a fractional solution fake a little utility: every
outcome is checked on its true utilities and, if it falls short, cut off (``sum of its
x <= issues - 1``) and the programme solved again. When a programme hits the time
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
import math
import os
import sys
import time
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from numpy.typing import NDArray

from ...space import Space
from .._tolerance import TOL

__all__ = ["MILP_SECONDS", "Sweep", "milp_frontier"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

#: The time the whole sweep may take before it reports an approximate frontier.
MILP_SECONDS = 90.0
#: The finest lattice looked for: utilities in whole steps of ``1 / L``, ``L`` at most this.
_MAX_DENOMINATOR = 10**9
#: HiGHS's feasibility tolerances as the sweep sets them (1e-6 and 1e-7 by default;
#: scipy passes options it does not know to HiGHS as they are).
_TOLERANCE = {"mip_feasibility_tolerance": 1e-9, "primal_feasibility_tolerance": 1e-9}
#: The least margin between a threshold and the utilities it must tell apart, as a
#: fraction of the row's largest coefficient, at which the sweep trusts HiGHS's answer:
#: a hundred times its tolerance (it scales each row's coefficients to about 1).
_TRUST = 1e-7
#: Off a lattice: utilities scaled so that the largest coefficient is this in the programme.
_SCALE = 1e3
#: The ways each programme is asked, in turn, while HiGHS gives no answer: with the
#: tolerances above with presolve and without, then HiGHS's own tolerances with and without.
_ATTEMPTS = ((True, True), (False, True), (True, False), (False, False))
_CUTS_PER_SOLVE = 60
_OPTIMAL, _INFEASIBLE = 0, 2  # scipy.optimize.milp's statuses


class _Unsettled(Exception):
    """The programme did not settle: cut after cut, or no answer from HiGHS however asked."""


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


@dataclass(frozen=True)
class _Grid:
    """How one party's utility enters the programmes: times ``scale``; on a lattice
    (``lattice``: every reachable utility a whole number there) or not, where the sweep
    steps by ``step`` (utility) past a point and can promise no more than that."""

    scale: float
    lattice: bool
    trusted: bool
    step: float

    def past(self, value: float) -> tuple[float, float]:
        """The threshold (in the programme, and as a utility) just past a reached
        ``value``: half a step of the lattice above it, or ``step`` above it."""
        if self.lattice:
            row = float(np.rint(value * self.scale)) + 0.5
            return row, row / self.scale
        return (value + self.step) * self.scale, value + self.step

    def beyond(self, threshold: tuple[float, float], stride: float) -> tuple[float, float]:
        """The threshold ``stride`` lattice steps (or ``step``) after one the solver
        could not settle."""
        row = threshold[0] + stride * (1.0 if self.lattice else self.step * self.scale)
        return row, row / self.scale

    def reaching(self, value: float) -> tuple[float, float]:
        """The threshold that keeps every utility at least ``value``: half a step of
        the lattice below the least lattice value that reaches it."""
        if self.lattice:
            row = math.ceil(value * self.scale - 1e-6) - 0.5
            return row, value
        return value * self.scale, value


def milp_frontier(space: Space, r: FloatArray, active: Sequence[int] | None,
                  seconds: float = MILP_SECONDS) -> Sweep:
    """The two-party frontier by the epsilon-constraint sweep (see the module's doc)."""
    from scipy.optimize import Bounds, LinearConstraint, OptimizeResult, milp
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
    grids = [_grid(gain[p], len(space.sizes) + sum(t.column == p for t in terms))
             for p in range(2)]
    scaled = np.array([np.rint(gain[p] * g.scale) if g.lattice else gain[p] * g.scale
                       for p, g in enumerate(grids)])
    base = LinearConstraint(*_structure(space, offsets, n, active))
    upper = _upper(space, offsets, n, active)
    integrality = np.ones(n)  # each y[t] is 0 or 1 at an optimum: all-integer rows
    bounds = Bounds(np.zeros(n), upper)
    # On two lattices, one programme per point: the first party's sum, ties to the
    # second's (``spread`` exceeds any second sum); otherwise two, one after the other.
    spread = float(scaled[1].clip(min=0).sum()) + 1.0
    single = (grids[0].lattice and grids[1].lattice
              and spread * float(np.abs(scaled[0]).sum()) < 1e12)
    deadline = time.monotonic() + seconds

    cuts: list[IntArray] = []  # outcomes the solver's tolerances let through wrongly
    n_issues = len(space.sizes)

    def run(objective: FloatArray, rows: FloatArray, presolve: bool, tight: bool
            ) -> OptimizeResult:
        constraints = [base, LinearConstraint(scaled, rows, np.inf)]
        if cuts:
            cut = np.zeros((len(cuts), n))
            for k, outcome in enumerate(cuts):
                cut[k, offsets[:-1] + outcome] = 1.0
            constraints.append(LinearConstraint(csr_array(cut), -np.inf, n_issues - 1.0))
        options: dict[str, float | bool] = {
            "time_limit": max(deadline - time.monotonic(), 1e-3), "mip_rel_gap": 0.0,
            "presolve": presolve, **(_TOLERANCE if tight else {})}
        with _quiet_stdout(), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # "passed to HiGHS verbatim"
            return milp(-objective, integrality=integrality, bounds=bounds,
                        constraints=constraints, options=options)

    def ask(objective: FloatArray, rows: FloatArray) -> tuple[OptimizeResult | None, bool]:
        """HiGHS's first answer with an outcome, down :data:`_ATTEMPTS`; or none, and
        whether two attempts agreed the programme is infeasible (an infeasibility is
        asked again). Raises :class:`_Unsettled` when no attempt answers."""
        infeasible = 0
        for presolve, tight in _ATTEMPTS:
            if deadline - time.monotonic() <= 0:
                return None, False
            result = run(objective, rows, presolve, tight)
            if result.x is not None:
                return result, False
            infeasible += result.status == _INFEASIBLE
            if infeasible == 2:
                return None, True
        raise _Unsettled

    def solve(objective: FloatArray, rows: FloatArray, least: FloatArray
              ) -> tuple[IntArray | None, float]:
        """The best outcome whose true utilities reach ``least``, in a programme that
        asks for ``rows`` (in its units), and how far from proven its optimality (or the
        infeasibility) is: 0 when proven, else the gap in the objective (inf unknown).
        Raises :class:`_Unsettled` when HiGHS gives no answer,
        or keeps returning outcomes its tolerances let through."""
        for _ in range(_CUTS_PER_SOLVE):
            result, infeasible = ask(objective, rows)
            if result is None:
                return None, 0.0 if infeasible else np.inf
            outcome = _outcome(result.x, offsets)
            true = space.utilities(outcome)[0]
            # A fractional x within the solver's integrality tolerance can fake a few
            # units of a term's value: check the outcome itself, and cut it off if so.
            if (true >= least - 1e-12).all():
                if result.status == _OPTIMAL:
                    return outcome, 0.0
                dual = getattr(result, "mip_dual_bound", None)
                return outcome, (np.inf if dual is None
                                 else max(0.0, float(dual) - float(-result.fun)))
            cuts.append(outcome)
        raise _Unsettled

    found: list[IntArray] = []
    exact = grids[0].trusted and grids[1].trusted
    bound = 0.0 if exact else max(g.step for g in grids)
    solves, stride = 0, 1.0
    floor = [g.reaching(float(x) - TOL) for g, x in zip(grids, r, strict=True)]
    eps = floor[1]
    while True:
        objective = scaled[0] * spread + scaled[1] if single else scaled[0]
        try:
            outcome, gap = solve(objective, np.array([floor[0][0], eps[0]]),
                                 np.array([floor[0][1], eps[1]]))
        except _Unsettled:
            # Step on as if the threshold had been reached (by twice as far each time
            # running), and promise no more than that step.
            exact, bound = False, max(bound, grids[1].beyond(eps, stride)[1] - eps[1])
            eps, stride = grids[1].beyond(eps, stride), 2 * stride
            continue
        solves, stride = solves + 1, 1.0
        if outcome is None:
            if gap:
                exact, bound = False, 1.0  # the rest of the frontier is unexplored
            break
        gap = gap / (spread if single else 1.0) / grids[0].scale
        if not single:
            first = float(space.utilities(outcome)[0, 0])
            held = grids[0].reaching(first)
            try:
                better, gap2 = solve(scaled[1], np.array([max(held[0], floor[0][0]), eps[0]]),
                                     np.array([first, eps[1]]))
            except _Unsettled:
                better, gap2 = None, np.inf
            solves += 1
            if better is not None:
                outcome = better
            gap = max(gap, gap2 / grids[1].scale)
        if gap:
            exact, bound = False, max(bound, min(gap, 1.0), *(g.step for g in grids))
        found.append(outcome)
        eps = grids[1].past(float(space.utilities(outcome)[0, 1]))
    outcomes = np.array(found, dtype=np.int64).reshape(-1, len(space.sizes))
    return Sweep(outcomes, exact, 0.0 if exact else bound, solves)


def _grid(row: FloatArray, summands: int) -> _Grid:
    """A party's lattice: the least ``L`` (at most :data:`_MAX_DENOMINATOR`) such that
    every coefficient of its ``row`` is a whole number of ``1 / L`` steps, to within what
    the rounding of ``summands`` doubles can add up to; the programme then reads
    utilities in those steps, and the sweep's thresholds sit half a step from any
    reachable utility. The lattice is ``trusted`` when half a step is at least
    :data:`_TRUST` of the largest coefficient. Off a lattice, utilities are scaled to
    :data:`_SCALE` and the sweep steps by the trusted margin."""
    largest = float(np.abs(row).max(initial=0.0))
    if largest == 0.0:
        return _Grid(1.0, True, True, 0.0)
    denominator = 1
    for c in np.unique(np.abs(row[row != 0])):
        denominator = math.lcm(denominator, Fraction(float(c)).limit_denominator(
            _MAX_DENOMINATOR).denominator)
        if denominator > _MAX_DENOMINATOR:
            break
    units = row * denominator
    if (denominator <= _MAX_DENOMINATOR
            and float(np.abs(units - np.rint(units)).max()) * summands <= 1e-3):
        trusted = _TRUST * largest * denominator <= 0.5
        return _Grid(float(denominator), True, trusted,
                     0.0 if trusted else 2 * _TRUST * largest)
    return _Grid(_SCALE / largest, False, False, 2 * _TRUST * largest)


def _structure(space: Space, offsets: IntArray, n: int, active: Sequence[int] | None
               ) -> tuple[object, FloatArray, FloatArray]:
    """The rows every programme shares, as (matrix, lower, upper): one option per issue,
    each term's ``y[t]`` at most what its box allows, the multi-issue red lines."""
    from scipy.sparse import csr_array

    n_x = int(offsets[-1])
    rows: list[dict[int, float]] = []
    low: list[float] = []
    high: list[float] = []
    for i in range(len(space.sizes)):
        rows.append({int(j): 1.0 for j in range(offsets[i], offsets[i + 1])})
        low.append(1.0)
        high.append(1.0)
    for t, term in enumerate(space.interactions):
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
    lines = space.red_lines if active is None else [space.red_lines[k] for k in active]
    for line in lines:
        if line.single_issue:
            continue  # a bound of the options' variables: see _upper
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
    return csr_array(matrix), np.array(low), np.array(high)


def _upper(space: Space, offsets: IntArray, n: int, active: Sequence[int] | None
           ) -> FloatArray:
    """Each variable's upper bound: 0 for an option a one-issue red line forbids."""
    upper = np.ones(n)
    lines = space.red_lines if active is None else [space.red_lines[k] for k in active]
    for line in lines:
        if line.single_issue:
            upper[offsets[line.issues[0]] + np.flatnonzero(line.forbidden[0])] = 0.0
    return upper


def _outcome(x: NDArray[np.float64], offsets: NDArray[np.int64]) -> IntArray:
    return np.array([int(np.argmax(x[offsets[i]:offsets[i + 1]]))
                     for i in range(len(offsets) - 1)], dtype=np.int64)
