r"""KTAB's Spatial Model of Politics (SMP), faithful to KTAB, with red lines.

The SMP is the bargaining model of KAPSARC's open-source Toolkit for Behavioral Analysis
(KTAB; B. Wise, L. Lester et al., KAPSARC, MIT licence; the technical papers "An
Introduction to KTAB", "Markov Voting with Incentives in KTAB" and the SMP tutorial in the
repository). This package implements it from KTAB's source, repository ``lsyaseen/KTAB``:
``examples/smp/libsrc/smp.cpp`` (utilities, risk, ideals), ``smpbcn.cpp`` (challenges and
bargains), ``smpread.cpp`` (files), ``KTAB/kmodel/libsrc/kmodel.cpp`` (votes, coalitions,
victory probabilities, PCE, risk attitudes) and ``KTAB/kutils/libsrc/prng.cpp`` (the
generator). It reproduces KTAB's reference logs (``tests/data/ktab/``).

Positions ``x_i`` and ideals ``y_i`` are on [0, 1]^d (file units rescaled by the axis
bounds), saliences ``s_ik`` in [0, 1], capabilities ``c_i``.

*Value and utility.* ``d_ij = sqrt(sum_k s_ik^2 (y_ik - x_jk)^2 / sum_k s_ik^2)``;
``u(d, R) = (1 - d)(1 + d R)``; the risk-neutral value matrix is ``u(d_ij, 0)``.

*Votes* of weight ``w`` on utilities ``(a, b)``, ``D = a - b``: Proportional ``w D``;
Binary ``w clip(D / 1e-8, -1, 1)``; PropBin ``0.8 w D + 0.2 w bin``; PropCbc
``w (D + D^3) / 2``; Cubic ``w D^3``; ASymProsp ``w D`` below 0, ``2 w D / 3`` above.
*Coalitions* ``C_ij = 1e-8 + sum_k max(v_k(i:j), 0)``. *Victory probabilities*
``P[i > j] = f(C_ij) / (f(C_ij) + f(C_ji))``, ``f`` the identity (Linear), square,
fourth or eighth power; Binary: certain past a 10 % advantage, linear in between.
*PCE*: Conditional ``p_i ∝ prod_j P[i > j]``; MarkovIncentive iterates
``q_i = sum_j P[i > j] (p_i X_ji + p_j X_ij)`` with challenge probabilities
``X_ij ∝ C_ij P[i > j]`` (column-normalised) to a fixed point, averaging
``p <- (p + q) / 2``; MarkovUniform the same with uniform challenges.

*Risk attitudes* from the risk-neutral PCE over the actors' positions (weights ``c_i``):
Mid ``R_i = (3 p_i - p_max - 2 p_min) / (2 (p_max - p_min))`` (range [-1/2, 1]), Max
``(2 p_i - p_max - p_min) / (p_max - p_min)``, Min ``(p_i - p_min) / (p_max - p_min)``.
Actor h estimates i's attitude ``r_hi`` by BigRAdjust (OneThird: ``(2 R_h + R_i) / 3``,
Half, TwoThirds, Full ``R_i``, No ``R_h``) and so holds its own utility matrix
``U^h_ij = u(d_ij, r_hi)``.

*Challenges.* For each target j, h estimates i's chance against j: i and j vote
(weights ``c s_total``) on ``(U_ii, U_ij)`` and ``(U_ji, U_jj)``; each third party n
judges the little contest (i:j) with its own vote added, ``π_n``, and votes on the
expected sum of three position utilities, ``π_n U(ik > j) + (1 - π_n) U(j > ik)`` against
``π_n U(i > jk) + (1 - π_n) U(jk > i)`` (ThirdPartyCommit says whether n's own position
counts in each); ``p = C_ij / (C_ij + C_ji)``. The expected gain to k is
``(1 - s_j) 2U_ki + s_j (p 2U_ki + (1 - p) 2U_kj) - (U_ki + U_kj)``. Each actor challenges
the target of largest positive gain (over 1e-5).

*Bargains* interpolate per dimension (InterVecBrgn S2P2: weights ``s^2 p^2``, S1P1
``s p``, rounded to 4 decimals; S2PMax). BargnModel: the initiator's interpolation only,
both perspectives, or their power-weighted compromise. Each actor's queue (its status quo
first, then the bargains it takes part in) goes to a PCE over the utility of the state each
bargain would bring, ``(u(d_a(x'_I), R_a) + u(d_a(x'_R), R_a) + sum_{n ≠ I,R} U^a_an) / N``
with ``d_a`` the distance from a's ideal and ``R_a`` its own risk attitude (the election
votes with the coalition rule, capabilities as weights); the actor
takes the likeliest (Deterministic) or draws one with KTAB's generator (Stochastic).
*Ideals* follow ``y_i <- sum_j A_ij x_j + (1 - sum_j A_ij) y_i`` (XML
``IdealAdjustment``; identity by default). KTAB stops after ``max_steps`` turns, or after
at least 2 when a turn moves less than 2 % of the first.

*What KTAB does not have: red lines.* ``SpatialModel.limits[i, k]`` bounds what actor i
may adopt: each bargain's proposed positions are clamped into the limits of the actor that
would adopt them (before they are judged), so no actor ever moves out of its own limits.
That is the one departure from KTAB; with whole-axis limits it is a no-op and the run is
KTAB's. KTAB's quirks are kept on purpose, as its logged build has them: the receiver's
perspective of a bargain uses its expected gain where a probability belongs, and the
power-weighted compromise weighs that perspective by the initiator's capability. The
probability of each position (``Forecast.probabilities``) is the PCE over the distinct
positions with the coalition voting rule; actors sharing a position share its probability,
so a state's column can add up to more than 1. Where every position is equally likely KTAB
divides by zero when inferring risk attitudes; zopa takes them as risk neutral.

*The forecast* per dimension is the expected final position, ``sum_u p_u x_u`` over the
final state's distinct positions.

KTAB's multithreaded build queues bargains, and resolves each actor's queue, in the order
its threads finish; ``SMPParameters.queue_order`` and ``draw_order`` replay the orders read
from a log (they matter only for stochastic runs and exact ties); by default both follow
actor order, as KTAB's serial code does.

>>> import numpy as np
>>> from zopa.forecast.spatial import SpatialModel
>>> m = SpatialModel.build(actors=["a", "b", "c"], dimensions=["x"],
...                        capability=[100.0, 50.0, 50.0],
...                        position=[[20.0], [50.0], [90.0]],
...                        salience=[[0.8], [0.5], [0.5]])
>>> f = run_smp(m)
>>> f.model, f.history.shape[:2], f.steps >= 2
('smp', (3, 1), True)
>>> bool(np.all((f.history >= 0) & (f.history <= 100)))
True
"""

from __future__ import annotations

import numpy as np

from ...errors import ScenarioError
from ..spatial import FirstRound, Forecast, SpatialModel
from .core import (
    PCE_ITERATIONS,
    BargnModel,
    BigRAdjust,
    BigRRange,
    InterVecBrgn,
    PCEModel,
    PCENotSettled,
    StateTransitions,
    ThirdPartyCommit,
    VictoryProbModel,
    VotingRule,
)
from .params import SMPParameters
from .run import Trace, simulate

__all__ = [
    "BargnModel", "BigRAdjust", "BigRRange", "InterVecBrgn", "PCEModel", "SMPParameters",
    "StateTransitions", "ThirdPartyCommit", "VictoryProbModel", "VotingRule", "run_smp",
    "run_smp_trace",
]


def _check(model: SpatialModel, params: SMPParameters) -> None:
    """What KTAB needs of a model: a :class:`~zopa.errors.ScenarioError` (a ``ValueError``)
    naming the actor otherwise."""
    n = model.n_actors
    if params.accommodation is not None:
        acc = np.asarray(params.accommodation, dtype=np.float64)
        if acc.shape != (n, n) or np.any(acc < 0) or np.any(acc > 1):
            raise ScenarioError("the SMP's accommodation must be an n x n matrix of rates "
                                "in [0, 1]")
        for i in np.nonzero(acc.sum(axis=1) > 1 + 1e-10)[0]:
            raise ScenarioError(f"actor {model.actors[i]!r}: accommodation rates add up to "
                                "more than 1")
    for i in np.nonzero(model.salience.sum(axis=1) <= 0)[0]:
        raise ScenarioError(f"actor {model.actors[i]!r}: the SMP needs a positive salience "
                            "on some dimension")
    for i in np.nonzero(model.capability <= 0)[0]:
        raise ScenarioError(f"actor {model.actors[i]!r}: the SMP needs a positive "
                            "capability (KTAB refuses a zero voting weight)")
    if params.max_steps < 1 or params.min_steps < 1:
        raise ScenarioError("the SMP needs max_steps and min_steps of at least 1")
    for name, orders in (("queue_order", params.queue_order),
                         ("draw_order", params.draw_order)):
        for t, order in enumerate(orders or ()):
            if sorted(order) != list(range(n)):
                raise ScenarioError(f"the SMP's {name}[{t}] is not an order of the "
                                    f"{n} actors")


def run_smp_trace(model: SpatialModel, params: SMPParameters | None = None) -> Trace:
    """The whole run on KTAB's [0, 1] scale: every state's matrices and every turn's
    challenges, bargains and elections (what KTAB's log prints)."""
    params = SMPParameters() if params is None else params
    _check(model, params)
    lo, span = model.bounds[:, 0], model.bounds[:, 1] - model.bounds[:, 0]
    position = (model.position - lo) / span
    limits = (model.limits - lo[None, :, None]) / span[None, :, None]
    full = bool(np.all(model.limits == np.broadcast_to(model.bounds, model.limits.shape)))
    try:
        return simulate(np.array(model.capability), np.asarray(position),
                        np.array(model.salience), params.accommodation,
                        None if full else np.asarray(limits), params)
    except PCENotSettled as exc:
        raise ScenarioError(
            f"the SMP is not defined on this input: KTAB's {exc.model} PCE does not settle "
            f"within KTAB's {PCE_ITERATIONS} iterations (KTAB stops with an error there "
            "too); PCEModel Conditional, KTAB's default, runs") from None


def run_smp(model: SpatialModel, params: SMPParameters | None = None) -> Forecast:
    """Run KTAB's SMP on ``model``; positions come back in the model's units.

    A model KTAB cannot run (an actor with no capability, or no salience anywhere) raises
    :class:`~zopa.errors.ScenarioError` naming the actor; so does a run on which KTAB
    itself throws (a Markov PCE that does not settle within KTAB's 1000 iterations)."""
    trace = run_smp_trace(model, params)
    lo, span = model.bounds[:, 0], model.bounds[:, 1] - model.bounds[:, 0]
    history = np.stack([s.position for s in trace.states], axis=2)       # i, k, t
    history = lo[None, :, None] + history * span[None, :, None]
    probabilities = np.stack([s.probability for s in trace.states], axis=1)
    last = trace.states[-1]
    unique = list(last.unique)
    owner_p = np.array([last.probability[u] for u in unique])
    expected = (owner_p[:, None] * last.position[unique]).sum(axis=0) / owner_p.sum()
    forecast = {dim: float(lo[k] + expected[k] * span[k])
                for k, dim in enumerate(model.dimensions)}
    first = trace.states[0]
    return Forecast(model="smp", actors=model.actors, dimensions=model.dimensions,
                    history=history, probabilities=probabilities, forecast=forecast,
                    first_round=FirstRound(values=first.values, risk=first.risk))
