"""What a session and a tournament produce, as typed, frozen results.

Per session (:class:`SessionResult`): the agreement (issue -> option, ``None`` when
there is none), the round it ended in, why it ended, each negotiator's utility (its
reservation when there is no agreement: the utility of no deal), the Euclidean distance
in utility space to the nearest point of the Pareto frontier of the agreement space and
to its Nash point (``None`` when the agreement space is empty), and the welfare (the sum
of utilities). Per strategy (:class:`StrategySummary`): means over the sessions it
played, from its own seat.

Tournaments produce sessions by the hundred thousand, so they travel as a
:class:`SessionTable` (one numpy column per field), and become :class:`SessionResult`
objects only when asked.

>>> END_REASONS
('agreement', 'deadline', 'walk-away', 'no-acceptable-offer')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from ..scenario.model import OptionId

__all__ = [
    "END_REASONS",
    "EndReason",
    "SessionResult",
    "SessionTable",
    "StrategySummary",
    "pairwise",
    "summarize",
    "summarize_columns",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

EndReason = Literal["agreement", "deadline", "walk-away", "no-acceptable-offer"]
END_REASONS: tuple[EndReason, ...] = ("agreement", "deadline", "walk-away",
                                      "no-acceptable-offer")


def _number(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


@dataclass(frozen=True)
class SessionResult:
    """One session, measured (see the module's docstring)."""

    scenario: str
    protocol: str
    parties: tuple[str, ...]
    strategies: tuple[str, ...]
    seed: int
    agreement: Mapping[str, OptionId] | None
    rounds: int
    end: EndReason
    utilities: tuple[float, ...]
    pareto_distance: float | None
    nash_distance: float | None
    welfare: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario,
            "protocol": self.protocol,
            "parties": list(self.parties),
            "strategies": list(self.strategies),
            "seed": self.seed,
            "agreement": dict(self.agreement) if self.agreement is not None else None,
            "rounds": self.rounds,
            "end": self.end,
            "utilities": list(self.utilities),
            "pareto_distance": self.pareto_distance,
            "nash_distance": self.nash_distance,
            "welfare": self.welfare,
        }


@dataclass(frozen=True, eq=False)
class SessionTable:
    """Many sessions of one scenario and one protocol, a column per field.

    ``strategy[k, p]`` indexes ``names`` (the strategy in seat ``p`` of session ``k``);
    ``agreement[k]`` is the agreed outcome as option indices, ``-1`` everywhere when
    there is none; ``end[k]`` indexes :data:`END_REASONS`; NaN distances mean ``None``.
    """

    scenario: str
    protocol: str
    parties: tuple[str, ...]
    issues: tuple[str, ...]
    options: tuple[tuple[OptionId, ...], ...]
    names: tuple[str, ...]
    strategy: IntArray
    seed: IntArray
    agreement: IntArray
    rounds: IntArray
    end: IntArray
    utilities: FloatArray
    pareto_distance: FloatArray
    nash_distance: FloatArray

    def __len__(self) -> int:
        return len(self.seed)

    @property
    def welfare(self) -> FloatArray:
        return np.asarray(self.utilities.sum(axis=1))

    def result(self, k: int) -> SessionResult:
        """Session ``k`` as a :class:`SessionResult`."""
        row = self.agreement[k]
        agreement = None if row[0] < 0 else {
            iid: opts[int(o)] for iid, opts, o in zip(self.issues, self.options, row,
                                                      strict=True)}
        return SessionResult(
            scenario=self.scenario,
            protocol=self.protocol,
            parties=self.parties,
            strategies=tuple(self.names[int(s)] for s in self.strategy[k]),
            seed=int(self.seed[k]),
            agreement=agreement,
            rounds=int(self.rounds[k]),
            end=END_REASONS[int(self.end[k])],
            utilities=tuple(float(u) for u in self.utilities[k]),
            pareto_distance=_number(float(self.pareto_distance[k])),
            nash_distance=_number(float(self.nash_distance[k])),
            welfare=float(self.utilities[k].sum()),
        )

    def results(self) -> list[SessionResult]:
        return [self.result(k) for k in range(len(self))]

    @staticmethod
    def concat(tables: Sequence[SessionTable]) -> SessionTable:
        """Tables of the same scenario and protocol, one after the other (their
        strategy names merged)."""
        first = tables[0]
        names = tuple(dict.fromkeys(n for t in tables for n in t.names))
        where = {n: k for k, n in enumerate(names)}
        strategy = np.concatenate([
            np.array([where[n] for n in t.names], dtype=np.int64)[t.strategy]
            if len(t) else t.strategy for t in tables])
        return SessionTable(
            first.scenario, first.protocol, first.parties, first.issues, first.options, names,
            strategy,
            *(np.concatenate([getattr(t, f) for t in tables])
              for f in ("seed", "agreement", "rounds", "end", "utilities", "pareto_distance",
                        "nash_distance")))


@dataclass(frozen=True)
class StrategySummary:
    """How one strategy did over the sessions it played, from its own seat(s)."""

    strategy: str
    sessions: int
    agreements: int
    mean_utility: float
    mean_welfare: float
    mean_rounds: float
    mean_pareto_distance: float | None
    mean_nash_distance: float | None

    @property
    def agreement_rate(self) -> float:
        return self.agreements / self.sessions if self.sessions else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "strategy": self.strategy,
            "sessions": self.sessions,
            "agreements": self.agreements,
            "agreement_rate": self.agreement_rate,
            "mean_utility": self.mean_utility,
            "mean_welfare": self.mean_welfare,
            "mean_rounds": self.mean_rounds,
            "mean_pareto_distance": self.mean_pareto_distance,
            "mean_nash_distance": self.mean_nash_distance,
        }


def summarize(tables: Sequence[SessionTable]) -> list[StrategySummary]:
    """One summary per strategy, in the order strategies first appear; a session counts
    once for each seat the strategy held in it."""
    return summarize_columns([(t.names, t.strategy, t.end, t.utilities, t.rounds,
                               t.pareto_distance, t.nash_distance) for t in tables])


Columns = tuple[tuple[str, ...], IntArray, IntArray, FloatArray, IntArray, FloatArray,
                FloatArray]


def summarize_columns(groups: Sequence[Columns]) -> list[StrategySummary]:
    """:func:`summarize` over plain columns: for each group, the strategy names, then per
    session the strategy index of each seat, the end code, the utilities, the rounds and
    the two distances (NaN for none)."""
    acc: dict[str, list[FloatArray]] = {}
    for names, strategy, end, utilities, rounds, pareto, nash in groups:
        welfare = utilities.sum(axis=1)
        for seat in range(utilities.shape[1]):
            for s, name in enumerate(names):
                mine = strategy[:, seat] == s
                if not mine.any():
                    continue
                acc.setdefault(name, []).append(np.stack([
                    (end[mine] == 0).astype(float), utilities[mine, seat], welfare[mine],
                    rounds[mine].astype(float), pareto[mine], nash[mine]], axis=1))
    out = []
    for name, parts in acc.items():
        data = np.concatenate(parts)
        out.append(StrategySummary(
            strategy=name, sessions=len(data), agreements=int(data[:, 0].sum()),
            mean_utility=float(data[:, 1].mean()), mean_welfare=float(data[:, 2].mean()),
            mean_rounds=float(data[:, 3].mean()), mean_pareto_distance=_mean(data[:, 4]),
            mean_nash_distance=_mean(data[:, 5])))
    return out


def pairwise(tables: Sequence[SessionTable]) -> tuple[tuple[str, ...], FloatArray, IntArray]:
    """The strategy-by-strategy table: ``mean[i, j]`` is the mean utility strategy ``i``
    got in sessions where strategy ``j`` held another seat (NaN where they never met),
    ``count[i, j]`` how many such seat pairs there were."""
    names = tuple(dict.fromkeys(n for t in tables for n in t.names))
    where = {n: k for k, n in enumerate(names)}
    total = np.zeros((len(names), len(names)))
    count = np.zeros((len(names), len(names)), dtype=np.int64)
    for t in tables:
        codes = np.array([where[n] for n in t.names], dtype=np.int64)[t.strategy]
        seats = t.utilities.shape[1]
        for a in range(seats):
            for b in range(seats):
                if a != b:
                    np.add.at(total, (codes[:, a], codes[:, b]), t.utilities[:, a])
                    np.add.at(count, (codes[:, a], codes[:, b]), 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    return names, mean, count


def _mean(column: FloatArray) -> float | None:
    kept = column[~np.isnan(column)]
    return float(kept.mean()) if len(kept) else None
