"""KTAB's SMP options (:class:`SMPParameters`), apart from the model so that every module
of the package can name them without importing the package back."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .core import (
    BargnModel,
    BigRAdjust,
    BigRRange,
    InterVecBrgn,
    PCEModel,
    StateTransitions,
    ThirdPartyCommit,
    VictoryProbModel,
    VotingRule,
)

__all__ = ["SMPParameters"]


@dataclass(frozen=True)
class SMPParameters:
    """KTAB's SMP options, with KTAB's names and defaults (``smp.h``, ``kmodel.h``).

    ``accommodation[i, j]`` is the rate at which i's ideal moves toward j's position
    (KTAB's XML ``IdealAdjustment``; ``None`` is the identity: ideals are positions).
    ``seed`` seeds KTAB's generator (``None``: KTAB's default seed), used by stochastic
    transitions only. ``max_steps``, ``min_steps``, ``min_delta_ratio`` and
    ``min_sig_delta`` are KTAB's stopping rule; ``position_tolerance`` (on [0, 1]) when two
    positions count as the same. ``queue_order[t]`` optionally lists the order in which
    initiators queue their bargains in turn ``t``, ``draw_order[t]`` the order in which
    actors resolve theirs (and so draw from the generator); see the module docstring.
    """

    victory_prob_model: VictoryProbModel = "Linear"
    voting_rule: VotingRule = "Proportional"
    pce_model: PCEModel = "Conditional"
    state_transitions: StateTransitions = "Deterministic"
    big_r_range: BigRRange = "Mid"
    big_r_adjust: BigRAdjust = "OneThird"
    third_party_commit: ThirdPartyCommit = "SemiCommit"
    inter_vec_brgn: InterVecBrgn = "S2P2"
    bargn_model: BargnModel = "InitOnlyInterp"
    accommodation: npt.NDArray[np.float64] | None = None
    seed: int | None = None
    max_steps: int = 100
    min_steps: int = 2
    min_delta_ratio: float = 0.02
    min_sig_delta: float = 1e-4
    position_tolerance: float = 1e-3
    queue_order: tuple[tuple[int, ...], ...] | None = None
    draw_order: tuple[tuple[int, ...], ...] | None = None
