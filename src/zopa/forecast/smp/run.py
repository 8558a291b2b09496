"""KTAB's SMP turn by turn: assess a state, let every actor challenge its best target,
resolve each actor's bargains by a probabilistic Condorcet election, move, repeat.

One state (``SMPState::setAllAUtil`` and ``doBCN`` in KTAB) in :func:`assess` and
:func:`step`; the loop and KTAB's stopping rule (``smpStopFn``) in :func:`simulate`.
Everything is on KTAB's internal [0, 1] scale; :mod:`zopa.forecast.smp` converts.

>>> import numpy as np
>>> from zopa.forecast.smp import SMPParameters
>>> run = simulate(np.array([1.0, 1.0, 1.0]), np.array([[0.2], [0.5], [0.8]]),
...                np.full((3, 1), 0.5), None, None, SMPParameters())
>>> run.states[0].risk.shape, len(run.states) >= 2
((3,), True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from .core import (
    big_r,
    bs_util,
    challenge,
    coalitions,
    estimated_risk,
    interpolate,
    own_challenges,
    pce,
    salience_distance,
    seqsum,
)
from .prng import KTAB_DEFAULT_SEED, KtabPRNG

if TYPE_CHECKING:
    from .params import SMPParameters

__all__ = ["Bargain", "StateRecord", "Trace", "TurnRecord", "assess", "simulate"]

FloatArray = npt.NDArray[np.float64]
_MIN_SIG_EDU = 1e-5


@dataclass(frozen=True)
class StateRecord:
    """One state, as KTAB's log prints it after ``Starting Model::run iteration``.

    ``position``/``ideal`` (n, d) on [0, 1]; ``values`` the risk-neutral value matrix;
    ``risk`` the inferred risk attitudes; ``utility`` the risk-aware (objective) matrix;
    ``estimates[h]`` h's estimate of it; ``unique`` the indices of distinct positions and
    ``probability`` the probability of each actor's position prevailing (``pDist(-1)``).
    """

    position: FloatArray
    ideal: FloatArray
    values: FloatArray
    risk: FloatArray
    utility: FloatArray
    estimates: FloatArray
    unique: tuple[int, ...]
    probability: FloatArray


@dataclass(frozen=True)
class Bargain:
    """A proposed bargain: the initiator adopts ``init_position``, the receiver
    ``rcvr_position`` (the status quo when ``initiator == receiver``)."""

    initiator: int
    receiver: int
    init_position: FloatArray
    rcvr_position: FloatArray


@dataclass(frozen=True)
class TurnRecord:
    """What happened in one turn: each actor's challenge (target, own probability of
    winning, expected gain; target -1 when none pays), the bargains queued for each actor,
    the election over them and the one chosen."""

    targets: tuple[tuple[int, float, float], ...]
    queues: tuple[tuple[Bargain, ...], ...]
    bargain_utility: tuple[FloatArray, ...]
    bargain_probability: tuple[FloatArray, ...]
    chosen: tuple[int, ...]


@dataclass(frozen=True)
class Trace:
    """A whole run: ``states[0]`` the input, one more state per turn."""

    states: tuple[StateRecord, ...]
    turns: tuple[TurnRecord, ...]


def _equivalent(pos: FloatArray, tol: float) -> npt.NDArray[np.bool_]:
    diff = pos[:, None, :] - pos[None, :, :]
    return np.asarray(np.sqrt(seqsum(diff * diff, axis=-1, start=0.0)) < tol)


def _unique(equiv: npt.NDArray[np.bool_]) -> tuple[int, ...]:
    unique: list[int] = []
    for a in range(equiv.shape[0]):
        if not equiv[a, unique].any():
            unique.append(a)
    return tuple(unique)


def assess(capability: FloatArray, position: FloatArray, ideal: FloatArray,
           salience: FloatArray, params: SMPParameters) -> StateRecord:
    """``SMPState::setAllAUtil`` and ``pDist(-1)``: values, risk attitudes, utilities and
    the probability of each position for one state."""
    n = capability.shape[0]
    distance = salience_distance(ideal, position, salience)
    values = bs_util(distance, np.zeros((n, 1)))
    c = coalitions(params.voting_rule, capability, values)
    p_actor, _ = pce(params.pce_model, params.victory_prob_model, c)
    risk = big_r(p_actor, params.big_r_range)
    utility = bs_util(distance, risk[:, None])
    r_hi = estimated_risk(risk[:, None], risk[None, :], params.big_r_adjust)   # h, i
    estimates = bs_util(distance[None, :, :], r_hi[:, :, None])
    equiv = _equivalent(position, params.position_tolerance)
    unique = _unique(equiv)
    own = estimates[np.arange(n), np.arange(n), :]                            # a, b
    cu = coalitions(params.voting_rule, capability, own[:, list(unique)])
    p_unique, _ = pce(params.pce_model, params.victory_prob_model, cu)
    # KTAB's posProb: the last unique position equivalent to the actor's
    matches = equiv[:, list(unique)]
    owner = matches.shape[1] - 1 - np.argmax(matches[:, ::-1], axis=1)
    return StateRecord(position=position, ideal=ideal, values=values, risk=risk,
                       utility=utility, estimates=estimates, unique=unique,
                       probability=p_unique[owner])


def _clamp(x: FloatArray, limits: FloatArray | None, actor: int) -> FloatArray:
    if limits is None:
        return x
    return np.asarray(np.clip(x, limits[actor, :, 0], limits[actor, :, 1]))


def propose(state: StateRecord, i: int, j: int, p_iij: float, capability: FloatArray,
            salience: FloatArray, limits: FloatArray | None, params: SMPParameters,
            model: str | None = None) -> tuple[Bargain, ...]:
    """The bargains initiator i offers its target j (``SMPState::doBCN``), by
    ``params.bargn_model`` (or ``model``: "InitOnlyInterp", "InitRcvrInterp",
    "PWCompInterp", or "all" for the three of KTAB's log: i's, j's, the compromise).

    i interpolates from its estimate ``p_iij`` that it would win; j's perspective takes
    the second element of j's estimate (the expected gain, where KTAB's code reads it), and
    the power-weighted compromise weighs j's perspective by i's capability, as KTAB does.
    Each position is clamped into the limits of the actor that would adopt it.
    """
    which = params.bargn_model if model is None else model
    pos = state.position
    sal_total = seqsum(salience, axis=1)
    bi, bj = interpolate(params.inter_vec_brgn, pos[i], salience[i], p_iij, pos[j],
                         salience[j], 1 - p_iij)
    iij = Bargain(i, j, _clamp(bi, limits, i), _clamp(bj, limits, j))
    if which == "InitOnlyInterp":
        return (iij,)
    _, du_j = challenge(state.estimates, np.array([j]), np.array([i]), np.array([i]),
                        np.array([j]), sal_total * capability, sal_total, params.voting_rule,
                        params.third_party_commit)
    p_jij = float(du_j[0])
    ci, cj = interpolate(params.inter_vec_brgn, pos[i], salience[i], p_jij, pos[j],
                         salience[j], 1 - p_jij)
    jij = Bargain(i, j, _clamp(ci, limits, i), _clamp(cj, limits, j))
    if which == "InitRcvrInterp":
        return (iij, jij)
    wi = capability[i] * sal_total[i]
    wj = capability[i] * sal_total[j]
    comp = Bargain(i, j,
                   _clamp((wi * bi + wj * ci) / (wi + wj), limits, i),
                   _clamp((wi * bj + wj * cj) / (wi + wj), limits, j))
    if which == "PWCompInterp":
        return (comp,)
    return (iij, jij, comp)


def step(state: StateRecord, capability: FloatArray, salience: FloatArray,
         accommodation: FloatArray, limits: FloatArray | None, params: SMPParameters,
         rng: KtabPRNG, order: Sequence[int], draws: Sequence[int],
         ) -> tuple[TurnRecord, FloatArray, FloatArray]:
    """``SMPState::doBCN``: one turn. Returns the record, the new positions and ideals."""
    n = capability.shape[0]
    sal_total = seqsum(salience, axis=1)
    weight = sal_total * capability
    util = state.estimates
    pos = state.position
    # every actor's own estimate of challenging every other (h = k = i)
    p_own, du_own = own_challenges(util, weight, sal_total, params.voting_rule,
                                   params.third_party_commit)
    others = ~np.eye(n, dtype=bool)
    gains = np.where(others & (du_own > _MIN_SIG_EDU), du_own, -np.inf)
    best = np.argmax(gains, axis=1)          # the first of the largest, as KTAB's scan
    targets: list[tuple[int, float, float]] = []
    for i in range(n):
        j = int(best[i])
        if np.isfinite(gains[i, j]):
            targets.append((j, float(p_own[i, j]), float(du_own[i, j])))
        else:
            targets.append((-1, 0.0, -1.0))
    queues: list[list[Bargain]] = [[Bargain(a, a, pos[a], pos[a])] for a in range(n)]
    for i in order:
        j, p_iij, eu = targets[i]
        if not eu > 0:
            continue
        proposals = propose(state, i, j, p_iij, capability, salience, limits, params)
        for b in proposals:
            queues[i].append(b)
        for b in proposals:
            queues[j].append(b)
    own = util[np.arange(n), np.arange(n), :]                                  # a, b
    new_pos = pos.copy()
    utilities: list[FloatArray] = [np.zeros((n, 0))] * n
    probabilities: list[FloatArray] = [np.zeros(0)] * n
    chosen: list[int] = [0] * n
    status_quo = seqsum(own, axis=1, start=0.0) / n
    judged: dict[int, FloatArray] = {}
    for k in draws:
        queue = queues[k]
        columns = []
        for b in queue:
            if b.initiator == b.receiver:
                columns.append(status_quo)
                continue
            if id(b) in judged:
                columns.append(judged[id(b)])
                continue
            moved = np.stack([b.init_position, b.rcvr_position])
            d = salience_distance(state.ideal, moved, salience)                 # a, 2
            u_moved = bs_util(d, state.risk[:, None])
            rest = np.ones(n, dtype=bool)
            rest[[b.initiator, b.receiver]] = False
            terms = np.concatenate([u_moved, np.where(rest[None, :], own, 0.0)], axis=1)
            judged[id(b)] = seqsum(terms, axis=1) / n
            columns.append(judged[id(b)])
        u_im = np.stack(columns, axis=1)
        c = coalitions(params.voting_rule, capability, u_im)
        p, _ = pce(params.pce_model, params.victory_prob_model, c)
        if params.state_transitions == "Deterministic":
            choice = int(np.argmax(np.abs(p)))
        else:
            choice = rng.prob_select(p.tolist())
        b = queue[choice]
        if b.initiator != b.receiver:
            new_pos[k] = b.init_position if b.initiator == k else b.rcvr_position
        utilities[k] = u_im
        probabilities[k] = p
        chosen[k] = choice
    # ideals move toward the new positions (SMPState::newIdeals)
    share = np.minimum(seqsum(accommodation, axis=1), 1.0)
    moved_ideal = seqsum(accommodation[:, :, None] * new_pos[None, :, :], axis=1, start=0.0)
    new_ideal = moved_ideal + (1.0 - share)[:, None] * state.ideal
    record = TurnRecord(targets=tuple(targets), queues=tuple(tuple(q) for q in queues),
                        bargain_utility=tuple(utilities),
                        bargain_probability=tuple(probabilities), chosen=tuple(chosen))
    return record, new_pos, np.asarray(new_ideal)


def _state_distance(a: FloatArray, b: FloatArray) -> float:
    diff = a - b
    norms = np.sqrt(seqsum(diff * diff, axis=1, start=0.0))
    return float(seqsum(norms, axis=0, start=0.0))


def simulate(capability: FloatArray, position: FloatArray, salience: FloatArray,
             accommodation: FloatArray | None, limits: FloatArray | None,
             params: SMPParameters) -> Trace:
    """Run the SMP from ``position`` (n, d on [0, 1]) until KTAB's stopping rule holds:
    at least ``min_steps`` turns and the last turn's total movement under
    ``min_delta_ratio`` of the first's (plus ``min_sig_delta``), or ``max_steps`` turns."""
    n = capability.shape[0]
    acc = np.eye(n) if accommodation is None else np.asarray(accommodation, dtype=np.float64)
    rng = KtabPRNG(KTAB_DEFAULT_SEED if params.seed is None else params.seed)
    states = [assess(capability, position, position.copy(), salience, params)]
    turns: list[TurnRecord] = []
    t = 0
    while True:
        t += 1
        order: Sequence[int] = range(n)
        draws: Sequence[int] = range(n)
        if params.queue_order is not None and t - 1 < len(params.queue_order):
            order = params.queue_order[t - 1]
        if params.draw_order is not None and t - 1 < len(params.draw_order):
            draws = params.draw_order[t - 1]
        record, new_pos, new_ideal = step(states[-1], capability, salience, acc, limits,
                                          params, rng, order, draws)
        turns.append(record)
        states.append(assess(capability, new_pos, new_ideal, salience, params))
        first = _state_distance(states[0].position, states[1].position) + params.min_sig_delta
        last = _state_distance(states[-2].position, states[-1].position)
        quiet = last / first < params.min_delta_ratio
        if params.max_steps <= t or (params.min_steps <= t and quiet):
            break
    return Trace(states=tuple(states), turns=tuple(turns))
