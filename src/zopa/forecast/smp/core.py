"""The pieces of KTAB's Spatial Model of Politics, vectorised: votes, coalitions, victory
probabilities, probabilistic Condorcet elections, risk attitudes, utilities, challenges and
bargain interpolation.

Every function follows the definition in KTAB (``KTAB/kmodel/libsrc/kmodel.cpp``,
``examples/smp/libsrc/smp.cpp`` and ``smpbcn.cpp``, repository ``lsyaseen/KTAB``; MIT);
the equations are in :mod:`zopa.forecast.smp`. Sums run in KTAB's order (left to right,
through :func:`seqsum`), so that the doubles agree with KTAB's to the last bit in all but
the rarest cases and exact ties break as KTAB breaks them. Positions are on [0, 1].

>>> import numpy as np
>>> float(vote("Proportional", np.float64(2.0), np.float64(0.75), np.float64(0.5)))
0.5
>>> c = coalitions("Proportional", np.array([1.0, 1.0]), np.array([[1.0, 0.0], [0.0, 1.0]]))
>>> victory_probabilities("Linear", c).round(3).tolist()
[[0.5, 0.5], [0.5, 0.5]]
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import numpy as np
import numpy.typing as npt

__all__ = [
    "BargnModel", "BigRAdjust", "BigRRange", "InterVecBrgn", "PCEModel", "StateTransitions",
    "ThirdPartyCommit", "VictoryProbModel", "VotingRule",
    "big_r", "bs_util", "challenge", "coalitions", "estimated_risk", "interpolate",
    "own_challenges", "pce", "salience_distance", "seqsum", "victory_probabilities", "vote",
]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

VictoryProbModel = Literal["Linear", "Square", "Quartic", "Octic", "Binary"]
VotingRule = Literal["Binary", "PropBin", "Proportional", "PropCbc", "Cubic", "ASymProsp"]
PCEModel = Literal["Conditional", "MarkovIncentive", "MarkovUniform"]
StateTransitions = Literal["Deterministic", "Stochastic"]
BigRRange = Literal["Min", "Mid", "Max"]
BigRAdjust = Literal["No", "OneThird", "Half", "TwoThirds", "Full"]
ThirdPartyCommit = Literal["NoCommit", "SemiCommit", "FullCommit"]
InterVecBrgn = Literal["S1P1", "S2P2", "S2PMax"]
BargnModel = Literal["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"]

_MIN_COALITION = 1e-8      # Model::coalitions
_MIN_CHALLENGE = 1e-10     # SMPState::probEduChlg
_BINARY_TOL = 1e-8         # Model::vote, binary response
_RBP = 0.2                 # weight of the binary part of PropBin
_RPC = 0.5                 # weight of the cubic part of PropCbc


@lru_cache(maxsize=256)
def _lower(m: int) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
    """The strict lower triangle of an m x m matrix: its indices and its mask (read-only,
    cached: every step of a run asks for the same few sizes)."""
    i, j = np.tril_indices(m, -1)
    mask = np.tril(np.ones((m, m), dtype=bool), -1)
    for a in (i, j, mask):
        a.setflags(write=False)
    return i, j, mask


def seqsum(x: FloatArray, axis: int = -1, start: FloatArray | float | None = None) -> FloatArray:
    """Sum along ``axis`` strictly left to right (``start`` first, when given), as a C loop
    does; numpy's pairwise sums can differ in the last bit.

    numpy reduces a C-contiguous array over its first axis row by row, which is exactly
    that order; a lone column (where numpy would sum pairwise) goes through ``cumsum``.
    """
    array = np.asarray(x, dtype=np.float64)
    ax = axis % array.ndim if array.ndim else 0
    # the axis first (np.moveaxis's order, without its checks: this runs in every step)
    moved = array if ax == 0 else array.transpose(
        (ax, *range(ax), *range(ax + 1, array.ndim)))
    if moved.shape[0] and moved[0].size > 1 and (start is None or np.ndim(start) == 0):
        initial = 0.0 if start is None else float(np.asarray(start))
        return np.asarray(np.add.reduce(np.ascontiguousarray(moved), axis=0, initial=initial))
    if start is not None:
        first = np.broadcast_to(np.asarray(start, dtype=np.float64), moved.shape[1:])
        moved = np.concatenate([first[None, ...], moved], axis=0)
    if moved.shape[0] == 0:
        return np.zeros(moved.shape[1:])
    if moved[0].size > 1:
        return np.asarray(np.add.reduce(np.ascontiguousarray(moved), axis=0))
    return np.asarray(np.cumsum(moved, axis=0)[-1])


def vote(rule: VotingRule, weight: FloatArray | np.float64, u_for: FloatArray | np.float64,
         u_against: FloatArray | np.float64) -> FloatArray:
    """``Model::vote``: the influence an actor of ``weight`` puts behind the first option,
    given its utilities for the two (negative: for the second)."""
    du = np.asarray(u_for, dtype=np.float64) - np.asarray(u_against, dtype=np.float64)
    w = np.asarray(weight, dtype=np.float64)
    if rule == "Proportional":
        return np.asarray(w * du)
    if rule == "Binary":
        return np.asarray(w * np.clip(du / _BINARY_TOL, -1.0, 1.0))
    if rule == "PropBin":
        return np.asarray(w * ((1 - _RBP) * du + _RBP * np.clip(du / _BINARY_TOL, -1.0, 1.0)))
    if rule == "PropCbc":
        return np.asarray(w * ((1 - _RPC) * du + _RPC * (du * du * du)))
    if rule == "Cubic":
        return np.asarray(w * (du * du * du))
    if rule == "ASymProsp":
        return np.asarray(np.where(du < 0.0, w * du, np.where(du > 0.0, (2.0 * w * du) / 3.0, 0.0)))
    raise ValueError(f"unknown voting rule {rule!r}")


def coalitions(rule: VotingRule, weights: FloatArray, utils: FloatArray) -> FloatArray:
    """``Model::coalitions`` for scalar voting: ``c[i, j]`` the strength of the coalition
    for option ``i`` against ``j``, from ``utils[k, i]`` (actor ``k``, option ``i``) and
    actor weights. KTAB fills the lower triangle from ``v_k(i:j)`` (its positive part for
    ``i``, its negative part for ``j``) and puts ``1e-8`` on the diagonal."""
    m = utils.shape[1]
    lower_i, lower_j, _ = _lower(m)
    v = vote(rule, weights[:, None], utils[:, lower_i], utils[:, lower_j])   # k, pair
    c = np.zeros((m, m))
    c[lower_i, lower_j] = seqsum(np.maximum(v, 0.0), axis=0, start=_MIN_COALITION)
    c[lower_j, lower_i] = seqsum(np.maximum(-v, 0.0), axis=0, start=_MIN_COALITION)
    np.fill_diagonal(c, _MIN_COALITION)
    return c


def _power(model: VictoryProbModel, s: FloatArray) -> FloatArray:
    if model == "Linear":
        return s
    if model == "Square":
        return s * s
    if model == "Quartic":       # KBase::qrtc
        return s * s * s * s
    if model == "Octic":         # sqr(qrtc)
        q = s * s * s * s
        return q * q
    raise ValueError(f"unknown victory probability model {model!r}")


def victory_probabilities(model: VictoryProbModel, c: FloatArray) -> FloatArray:
    """``Model::vProb``: ``p[i, j]``, the probability that option ``i`` beats ``j`` given
    the coalition strengths; ``p[i, i] = 1/2``."""
    s1, s2 = c, c.T  # lower triangle: (c_ij, c_ji)
    if model == "Binary":
        thresh = 1.10
        r12 = s1 / (s1 + s2)
        mid = (r12 * (thresh + 1.0) - 1.0) / (thresh - 1.0)
        x1 = np.where(s1 >= thresh * s2, 1.0, np.where(s2 >= thresh * s1, 1e-6, mid))
        x2 = np.where(s1 >= thresh * s2, 1e-6, np.where(s2 >= thresh * s1, 1.0, 1 - mid))
    else:
        x1, x2 = _power(model, s1), _power(model, s2)
    p_lower = x1 / (x1 + x2)   # p[i, j] for i > j
    p_upper = x2 / (x1 + x2)   # p[j, i] for i > j, at [i, j]
    lower = _lower(c.shape[0])[2]
    p = np.where(lower, p_lower, p_upper.T)
    np.fill_diagonal(p, 0.5)
    return np.asarray(p)


class PCENotSettled(ArithmeticError):
    """A Markov PCE that needs KTAB's limit of 1000 iterations or more to settle: KTAB
    throws there too (``Model::markovIncentivePCE``/``markovUniformPCE``: "Iteration
    exceeded upper limit"), so the model is not defined on that input."""

    def __init__(self, model: str) -> None:
        super().__init__(f"KTAB's {model} PCE does not settle within KTAB's "
                         f"{PCE_ITERATIONS} iterations")
        self.model = model


PCE_ITERATIONS = 1000   # KTAB's iMax


def pce(model: PCEModel, vpm: VictoryProbModel, c: FloatArray) -> tuple[FloatArray, FloatArray]:
    """``Model::probCE2``: the probability of each option (the probabilistic Condorcet
    election) and the victory-probability matrix, from coalition strengths.

    KTAB iterates a Markov PCE until it settles and throws when that took
    :data:`PCE_ITERATIONS` iterations or more; here :class:`PCENotSettled` is raised at the
    same point (without iterating on)."""
    pv = victory_probabilities(vpm, c)
    m = c.shape[0]
    if model == "Conditional":
        p: FloatArray = np.asarray(np.cumprod(pv, axis=1)[:, -1], dtype=np.float64)
        return p / seqsum(p), pv
    if model == "MarkovIncentive":
        incentive = np.asarray(c * pv + np.diag(np.full(m, 1e-10)), dtype=np.float64)
        challenge_p = incentive / seqsum(incentive, axis=0)[None, :]
        p = np.full(m, 1.0 / m)
        change = 1.0
        iterations = 0
        while change > 1e-8:
            ct = p[:, None] * challenge_p.T          # ct[i, j] = p_i * P[j -> i]
            q = seqsum(pv * (ct + ct.T), axis=1)
            change = float(np.max(np.abs(q - p)))
            p = np.asarray((p + q) / 2.0, dtype=np.float64)
            iterations += 1
            if iterations >= PCE_ITERATIONS:
                raise PCENotSettled("Markov incentive")
        return p, pv
    if model == "MarkovUniform":
        p = np.full(m, 1.0 / m)
        change = 1.0
        iterations = 0
        while change > 1e-6:
            q = seqsum(pv * (p[:, None] + p[None, :]), axis=1) / m
            change = float(np.max(np.abs(q - p)))
            p = np.asarray((p + q) / 2.0, dtype=np.float64)
            iterations += 1
            if iterations >= PCE_ITERATIONS:
                raise PCENotSettled("Markov uniform")
        return p, pv
    raise ValueError(f"unknown PCE model {model!r}")


def big_r(p: FloatArray, rng: BigRRange) -> FloatArray:
    """``Model::bigRfromProb``: risk attitudes from the probabilities of the actors'
    positions, the likeliest +1 and the least likely -1 (Max), -1/2 (Mid) or 0 (Min)."""
    lo, hi = float(np.min(np.append(p, 1.0))), float(np.max(np.append(p, 0.0)))
    if hi == lo:  # every position equally likely: KTAB divides by zero; zopa: risk neutral
        return np.zeros_like(p)
    if rng == "Min":
        return (p - lo) / (hi - lo)
    if rng == "Mid":
        return (3 * p - (hi + 2 * lo)) / (2 * (hi - lo))
    if rng == "Max":
        return (2 * p - (hi + lo)) / (hi - lo)
    raise ValueError(f"unknown BigRRange {rng!r}")


def estimated_risk(r_h: FloatArray, r_i: FloatArray, adjust: BigRAdjust) -> FloatArray:
    """``Model::estNRA``: actor h's estimate of actor i's risk attitude (broadcasting)."""
    if adjust == "Full":
        return r_i + 0.0 * r_h
    if adjust == "TwoThirds":
        return (r_h + (2.0 * r_i)) / 3.0
    if adjust == "Half":
        return (r_h + r_i) / 2
    if adjust == "OneThird":
        return ((2.0 * r_h) + r_i) / 3.0
    if adjust == "No":
        return r_h + 0.0 * r_i
    raise ValueError(f"unknown BigRAdjust {adjust!r}")


def salience_distance(origins: FloatArray, targets: FloatArray, salience: FloatArray) -> FloatArray:
    """``SMPModel::bvDiff``: ``d[i, j]`` the salience-weighted distance from ``origins[i]``
    to ``targets[j]`` with actor ``i``'s saliences: sqrt(sum (s dx)^2 / sum s^2)."""
    ds = (origins[:, None, :] - targets[None, :, :]) * salience[:, None, :]
    num = seqsum(ds * ds, axis=-1, start=0.0)
    den = seqsum(salience * salience, axis=-1, start=0.0)
    return np.asarray(np.sqrt(num / den[:, None]))


def bs_util(distance: FloatArray, risk: FloatArray) -> FloatArray:
    """``SMPModel::bsUtil``: utility ``(1 - d)(1 + d R)`` of a distance ``d`` in [0, 1]
    for risk attitude ``R`` in [-1, 1] (``(1 - d)(1 + R)`` past 1)."""
    if np.all(distance <= 1):   # always, for positions and ideals on [0, 1]
        return np.asarray((1 - distance) * (1 + distance * risk))
    return np.asarray(np.where(distance <= 1, (1 - distance) * (1 + distance * risk),
                               (1 - distance) * (1 + risk)))


def _tp_states(commit: ThirdPartyCommit, uni: FloatArray, unj: FloatArray,
               unn: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    twice_i, twice_j = uni + uni, unj + unj   # sums left to right, as KTAB adds them
    if commit == "FullCommit":
        thrice_i, thrice_j = twice_i + uni, twice_j + unj
        return thrice_i, thrice_j, thrice_i, thrice_j
    if commit == "SemiCommit":
        return twice_i + unn, twice_j + unj, twice_i + uni, twice_j + unn
    if commit == "NoCommit":
        with_i, with_j = twice_i + unn, twice_j + unn
        return with_i, with_j, with_i, with_j
    raise ValueError(f"unknown ThirdPartyCommit {commit!r}")


def _third_parties(u: FloatArray, h: IntArray, i: IntArray, j: IntArray, weight: FloatArray,
                   chij: FloatArray, chji: FloatArray, rule: VotingRule,
                   commit: ThirdPartyCommit) -> tuple[FloatArray, FloatArray]:
    """The third parties' votes in each little contest (i:j), added to the coalitions."""
    n = u.shape[1]
    nn = np.arange(n)
    uni = u[h[None, :], nn[:, None], i[None, :]]
    unj = u[h[None, :], nn[:, None], j[None, :]]
    unn = u[h[None, :], nn[:, None], nn[:, None]]
    w_n = weight[:, None]
    v0 = vote(rule, w_n, uni, unj)
    cni = chij[None, :] + np.maximum(v0, 0.0)
    cnj = chji[None, :] - np.minimum(v0, 0.0)
    pin = cni / (cni + cnj)
    pjn = 1.0 - pin
    ik_j, j_ik, i_jk, jk_i = _tp_states(commit, uni, unj, unn)
    vt = vote(rule, w_n, pin * ik_j + pjn * j_ik, pin * i_jk + pjn * jk_i)
    cols = np.arange(h.shape[0])
    sums = []
    for start, sign in ((chij, 1.0), (chji, -1.0)):
        terms = np.empty((n + 1, h.shape[0]))   # the principals' sum first, then each n
        terms[0] = start
        np.maximum(sign * vt, 0.0, out=terms[1:])
        terms[1 + i, cols] = 0.0                 # i and j are not third parties
        terms[1 + j, cols] = 0.0
        sums.append(seqsum(terms, axis=0))
    return sums[0], sums[1]


def challenge(util: FloatArray, h: IntArray, k: IntArray, i: IntArray, j: IntArray,
              weight: FloatArray, sal_total: FloatArray, rule: VotingRule,
              commit: ThirdPartyCommit) -> tuple[FloatArray, FloatArray]:
    """``SMPState::probEduChlg`` for a batch of (h, k, i, j): h's estimate of the
    probability that i beats j when i challenges j, and of the expected gain to k of the
    challenge over the status quo. ``util[h, a, b]`` is h's estimate of a's utility of
    b's position; ``weight[n]`` is capability times total salience."""
    n = util.shape[1]
    u = util
    uii, uij, uji, ujj = u[h, i, i], u[h, i, j], u[h, j, i], u[h, j, j]
    ci = vote(rule, weight[i], uii, uij)
    cj = vote(rule, weight[j], uji, ujj)
    chij = (_MIN_CHALLENGE + np.maximum(ci, 0.0)) + np.maximum(cj, 0.0)
    chji = (_MIN_CHALLENGE + np.maximum(-ci, 0.0)) + np.maximum(-cj, 0.0)
    # third parties along the first axis, so that their sums run in KTAB's order; in
    # column blocks that stay in cache
    block = max(1, 2**16 // n)
    for lo in range(0, h.shape[0], block):
        cols = slice(lo, lo + block)
        chij[cols], chji[cols] = _third_parties(u, h[cols], i[cols], j[cols], weight,
                                                chij[cols], chji[cols], rule, commit)
    phij = chij / (chij + chji)
    phji = chji / (chij + chji)
    uki, ukj = u[h, k, i], u[h, k, j]
    eu_sq = uki + ukj
    eu_vict = uki + uki
    eu_lose = ukj + ukj
    sj = sal_total[j]
    eu_chlg = (1 - sj) * eu_vict + sj * (phij * eu_vict + phji * eu_lose)
    return np.asarray(phij), np.asarray(eu_chlg - eu_sq)


def own_challenges(util: FloatArray, weight: FloatArray, sal_total: FloatArray,
                   rule: VotingRule, commit: ThirdPartyCommit
                   ) -> tuple[FloatArray, FloatArray]:
    """:func:`challenge` for every (h, k, i, j) = (i, i, i, j) at once, as ``(n, n)``
    matrices ``p[i, j]``, ``gain[i, j]`` (the diagonal is meaningless): each actor's own
    estimate of challenging each other. The same arithmetic as :func:`challenge`, grouped by
    the estimating actor so that what depends only on i is computed once."""
    n = util.shape[1]
    nn = np.arange(n)
    p_out = np.zeros((n, n))
    du_out = np.zeros((n, n))
    block = max(1, 2**16 // (n * n))
    for lo in range(0, n, block):
        rows = np.arange(lo, min(n, lo + block))
        b = rows.shape[0]
        u = util[rows]                                     # (b, n, n): h = i = rows
        own_row = u[np.arange(b), rows, :]                 # u_h(i, j), (b, j)
        to_i = u[np.arange(b), :, rows]                    # u_h(n, i), (b, n)
        diag = u[:, nn, nn]                                # u_h(n, n), (b, n)
        uii = own_row[np.arange(b), rows][:, None]         # (b, 1)
        ci = vote(rule, weight[rows][:, None], uii, own_row)          # (b, j)
        cj = vote(rule, weight[None, :], to_i, diag)                  # u_h(j, i), u_h(j, j)
        chij = (_MIN_CHALLENGE + np.maximum(ci, 0.0)) + np.maximum(cj, 0.0)
        chji = (_MIN_CHALLENGE + np.maximum(-ci, 0.0)) + np.maximum(-cj, 0.0)
        uni = to_i.T[:, :, None]                           # (n, b, 1)
        unn = diag.T[:, :, None]                           # (n, b, 1)
        unj = np.transpose(u, (1, 0, 2))                   # (n, b, j)
        w_n = weight[:, None, None]
        v0 = vote(rule, w_n, uni, unj)
        cni = chij[None] + np.maximum(v0, 0.0)
        cnj = chji[None] - np.minimum(v0, 0.0)
        pin = cni / (cni + cnj)
        pjn = 1.0 - pin
        ik_j, j_ik, i_jk, jk_i = _tp_states(commit, uni, unj, unn)
        vt = vote(rule, w_n, pin * ik_j + pjn * j_ik, pin * i_jk + pjn * jk_i)
        sums = []
        for start, sign in ((chij, 1.0), (chji, -1.0)):
            terms = np.empty((n + 1, b, n))
            terms[0] = start
            np.maximum(sign * vt, 0.0, out=terms[1:])
            terms[1 + rows, np.arange(b), :] = 0.0         # n = i is no third party
            terms[1 + nn[None, :], np.arange(b)[:, None], nn[None, :]] = 0.0   # n = j
            sums.append(seqsum(terms, axis=0))
        cij, cji = sums
        phij = cij / (cij + cji)
        phji = cji / (cij + cji)
        uki = uii
        ukj = own_row
        eu_sq = uki + ukj
        eu_vict = uki + uki
        eu_lose = ukj + ukj
        sj = sal_total[None, :]
        eu_chlg = (1 - sj) * eu_vict + sj * (phij * eu_vict + phji * eu_lose)
        p_out[rows] = phij
        du_out[rows] = eu_chlg - eu_sq
    return p_out, du_out


def _round4(x: FloatArray) -> FloatArray:
    return np.asarray(np.trunc(0.5 + x * 10000.0) / 10000.0)


def interpolate(model: InterVecBrgn, ti: FloatArray, si: FloatArray, prob_i: float,
                tj: FloatArray, sj: FloatArray, prob_j: float) -> tuple[FloatArray, FloatArray]:
    """``SMPActor::interpolateBrgn``: the positions initiator i and receiver j would adopt,
    interpolated per dimension between their positions ``ti``, ``tj`` by salience and
    probability (``S1P1``, ``S2P2``: weights ``s^n p^m``, rounded to 4 decimals;
    ``S2PMax``: each moves by the other's probability advantage)."""
    min_w = 1e-6
    if model in ("S1P1", "S2P2"):
        if model == "S1P1":
            wi = si * prob_i
            wj = sj * prob_j
        else:
            wi = (si * si) * (prob_i * prob_i)
            wj = (sj * sj) * (prob_j * prob_j)
        bi = _round4(((wi + min_w) * ti + wj * tj) / (wi + min_w + wj))
        bj = _round4((wi * ti + (min_w + wj) * tj) / (wi + min_w + wj))
        return bi, bj
    if model == "S2PMax":
        di = max(prob_j - prob_i, 0.0)
        dj = max(prob_i - prob_j, 0.0)
        si2, sj2 = si * si, sj * sj
        dik = (di * sj2) / ((di * sj2) + min_w + ((1 - di) * si2))
        djk = (dj * si2) / ((dj * si2) + min_w + ((1 - dj) * sj2))
        return ti + dik * (tj - ti), tj + djk * (ti - tj)
    raise ValueError(f"unknown InterVecBrgn {model!r}")
