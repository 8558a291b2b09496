"""Tournaments: every assignment of strategies to seats, on every scenario, repeated.

With two negotiators the assignments are every ordered pair of distinct strategies (both
orders), and every strategy against itself with ``self_play``; with more, every tuple of
strategies over the seats (all the same only with ``self_play``). Each assignment is
played ``repetitions`` times on each scenario.

Seeds: session number ``j`` (counted over scenarios, then assignments, then repetitions)
has a seed derived from the tournament's through ``SeedSequence(seed)``
(:func:`session_seeds`), so the same command gives the same results. Sessions are grouped
in tasks of up to ``chunk`` sessions of one scenario and assignment; a task whose
strategies are all non-reactive is played as one batch
(:func:`~zopa.simulate.protocols.play_batch`), others session by session. Tasks run through
:func:`zopa.parallel.run_tasks`, in-process, on local processes or on Ray, and come back
in order, so the results do not depend on the backend.

>>> from zopa.simulate.generate import random_scenario
>>> t = run_tournament([random_scenario(issues=3, options=6, seed=1)],
...                    TournamentSettings(("boulware", "conceder"), repetitions=2))
>>> len(t), [s.strategy for s in t.summary]
(4, ['boulware', 'conceder'])
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..parallel import ExecutionSettings, run_tasks
from ..scenario import Scenario
from .arena import arena_for
from .protocols import SessionSettings, batchable, play_batch
from .results import END_REASONS, SessionResult, SessionTable, StrategySummary, summarize
from .session import play
from .strategies import make

__all__ = [
    "STEP_CHUNK",
    "Task",
    "Tournament",
    "TournamentSettings",
    "assignments",
    "collect",
    "iter_tournament",
    "plan_tasks",
    "play_task",
    "run_tournament",
    "session_seeds",
]

IntArray = NDArray[np.int64]

#: The most sessions in a task that is played session by session.
STEP_CHUNK = 32


@dataclass(frozen=True)
class TournamentSettings:
    """What a tournament plays: the strategies (by name), the repetitions of each
    assignment, the seed, how each session is played, and whether a strategy also meets
    itself. ``chunk`` is the most sessions in one task."""

    strategies: tuple[str, ...]
    repetitions: int = 1
    seed: int = 0
    session: SessionSettings = field(default_factory=SessionSettings)
    self_play: bool = False
    chunk: int = 2048

    def __post_init__(self) -> None:
        if not self.strategies:
            raise ValueError("a tournament needs at least one strategy")
        if self.repetitions < 1:
            raise ValueError(f"repetitions must be at least 1, got {self.repetitions}")
        for name in self.strategies:
            make(name)  # unknown names fail here, before anything runs

    def to_dict(self) -> dict[str, Any]:
        return {
            "strategies": list(self.strategies),
            "repetitions": self.repetitions,
            "seed": self.seed,
            "rounds": self.session.rounds,
            "protocol": self.session.protocol,
            "time_limit": self.session.time_limit,
            "self_play": self.self_play,
        }


@dataclass(frozen=True)
class Task:
    """Sessions ``first .. first + count - 1`` of the tournament: one scenario, one
    assignment of strategies to seats."""

    scenario_index: int
    scenario: Scenario
    seats: tuple[str, ...]
    session: SessionSettings
    seed: int
    first: int
    count: int


def assignments(strategies: Sequence[str], parties: int, self_play: bool
                ) -> list[tuple[str, ...]]:
    """Who sits where, in every session of one scenario.

    >>> assignments(["a", "b"], 2, self_play=False)
    [('a', 'b'), ('b', 'a')]
    >>> len(assignments(["a", "b"], 3, self_play=True))
    8
    """
    out = []
    for seats in itertools.product(strategies, repeat=parties):
        if self_play or len(set(seats)) > 1 or (len(strategies) == 1 and self_play):
            out.append(tuple(seats))
    return out


def session_seeds(seed: int, first: int, count: int) -> IntArray:
    """The seeds of sessions ``first .. first + count - 1`` (63-bit integers).

    Session ``j``'s seed is the first word of block ``j`` of the counter-based generator
    ``Philox`` keyed by ``SeedSequence(seed)`` (Salmon et al. 2011): any session's seed is
    computed directly from its number, so a task needs no other session's.

    >>> session_seeds(7, 2, 3).tolist() == session_seeds(7, 0, 5)[2:].tolist()
    True
    """
    generator = np.random.Philox(np.random.SeedSequence(seed))
    generator.advance(first)
    words = generator.random_raw(4 * count).reshape(count, 4)[:, 0]
    return (words >> np.uint64(1)).astype(np.int64)


def plan_tasks(scenarios: Sequence[Scenario], settings: TournamentSettings) -> list[Task]:
    """The tasks of a tournament, in session order. Batched tasks hold up to ``chunk``
    sessions; tasks played session by session at most :data:`STEP_CHUNK`, so that
    progress (and what an interrupt keeps) moves in small steps."""
    tasks = []
    j = 0
    batched = settings.session.protocol == "alternating"
    for s, scenario in enumerate(scenarios):
        for seats in assignments(settings.strategies, len(scenario.negotiators),
                                 settings.self_play):
            size = settings.chunk if batched and batchable([make(n) for n in seats]) else (
                min(settings.chunk, STEP_CHUNK))
            for start in range(0, settings.repetitions, size):
                count = min(size, settings.repetitions - start)
                tasks.append(Task(s, scenario, seats, settings.session, settings.seed, j, count))
                j += count
    return tasks


def play_task(task: Task) -> SessionTable:
    """Play the sessions of one task (in a worker, for the parallel backends)."""
    arena = arena_for(task.scenario)
    strategies = [make(name) for name in task.seats]
    seeds = session_seeds(task.seed, task.first, task.count)
    settings = task.session
    if settings.protocol == "alternating" and batchable(strategies):
        return play_batch(arena, strategies, settings.rounds, seeds)
    results = [play(arena, [make(name) for name in task.seats], settings, int(seed)).result
               for seed in seeds]
    return _table(arena.space.issues, arena.space.options, results)


def iter_tournament(tasks: Sequence[Task], execution: ExecutionSettings | None = None
                    ) -> Iterator[tuple[Task, SessionTable]]:
    """Play the tasks (:func:`plan_tasks`), yielding each with its sessions as they
    finish, in order. Stopping early, or an interrupt, leaves the yielded ones valid."""
    execution = execution or ExecutionSettings()
    execution = ExecutionSettings(execution.backend, execution.workers, execution.address,
                                  batch=1)
    yield from zip(tasks, run_tasks(play_task, tasks, execution), strict=True)


@dataclass(frozen=True, eq=False)
class Tournament:
    """A finished tournament: its settings, the sessions per scenario, the summary."""

    settings: TournamentSettings
    scenarios: tuple[str, ...]
    tables: tuple[SessionTable, ...]
    summary: tuple[StrategySummary, ...]

    def __len__(self) -> int:
        return sum(len(t) for t in self.tables)

    def results(self) -> list[SessionResult]:
        return [r for t in self.tables for r in t.results()]

    def to_dict(self) -> dict[str, Any]:
        return {
            "settings": self.settings.to_dict(),
            "scenarios": list(self.scenarios),
            "sessions": [r.to_dict() for r in self.results()],
            "summary": [s.to_dict() for s in self.summary],
        }


def run_tournament(scenarios: Sequence[Scenario], settings: TournamentSettings,
                   execution: ExecutionSettings | None = None,
                   on_table: Callable[[Task, SessionTable], None] | None = None
                   ) -> Tournament:
    """Play the whole tournament; ``on_table`` sees every task's sessions as they come
    (to store them, to show progress)."""
    per_scenario: dict[int, list[SessionTable]] = {}
    for task, table in iter_tournament(plan_tasks(scenarios, settings), execution):
        per_scenario.setdefault(task.scenario_index, []).append(table)
        if on_table is not None:
            on_table(task, table)
    return collect(scenarios, settings, per_scenario)


def collect(scenarios: Sequence[Scenario], settings: TournamentSettings,
            per_scenario: dict[int, list[SessionTable]]) -> Tournament:
    """A :class:`Tournament` from the tables of each scenario."""
    tables = tuple(SessionTable.concat(per_scenario[s]) for s in sorted(per_scenario))
    return Tournament(settings, tuple(s.name for s in scenarios), tables,
                      tuple(summarize(tables)))


def _table(issues: tuple[str, ...], options: tuple[tuple[Any, ...], ...],
           results: Sequence[SessionResult]) -> SessionTable:
    first = results[0]
    names = tuple(dict.fromkeys(n for r in results for n in r.strategies))
    lookup = [{o: k for k, o in enumerate(opts)} for opts in options]
    agreement = np.array([
        [-1] * len(issues) if r.agreement is None else
        [lookup[i][r.agreement[iid]] for i, iid in enumerate(issues)] for r in results],
        dtype=np.int64).reshape(len(results), len(issues))
    nan = float("nan")
    return SessionTable(
        scenario=first.scenario, protocol=first.protocol, parties=first.parties,
        issues=issues, options=options, names=names,
        strategy=np.array([[names.index(n) for n in r.strategies] for r in results],
                          dtype=np.int64),
        seed=np.array([r.seed for r in results], dtype=np.int64),
        agreement=agreement,
        rounds=np.array([r.rounds for r in results], dtype=np.int64),
        end=np.array([END_REASONS.index(r.end) for r in results], dtype=np.int64),
        utilities=np.array([r.utilities for r in results], dtype=float),
        pareto_distance=np.array([nan if r.pareto_distance is None else r.pareto_distance
                                  for r in results]),
        nash_distance=np.array([nan if r.nash_distance is None else r.nash_distance
                                for r in results]))
