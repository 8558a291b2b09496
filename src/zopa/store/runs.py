"""Tournament runs in the database: their settings, scenarios and every session's result.

A run is written as it goes: :func:`create_run` first (status ``running``), then each
batch of finished sessions with :func:`add_sessions` (committed at once, so an interrupted
run keeps every session already finished), then :func:`finish_run` (``finished`` or
``interrupted``). :func:`list_runs`, :func:`get_run`, :func:`run_summary` and
:func:`export_run` read them back. The schema is migration ``0002``.

>>> from zopa.store.db import connect
>>> db = connect("sqlite://")  # in memory
>>> list_runs(db)
[]
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import (
    BigInteger,
    Connection,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Mapped, Session, mapped_column

from .db import WRITE_PATIENCE, Base, Database, write

if TYPE_CHECKING:
    from ..parallel import ExecutionSettings
    from ..scenario import Scenario
    from ..simulate.results import SessionTable, StrategySummary
    from ..simulate.tournament import Task, Tournament, TournamentSettings

__all__ = [
    "RunInfo",
    "RunInterrupted",
    "RunRow",
    "RunScenarioRow",
    "RunSessionRow",
    "add_sessions",
    "create_run",
    "export_run",
    "finish_run",
    "get_run",
    "list_runs",
    "record_tournament",
    "run_sessions",
    "run_summary",
]


class RunRow(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    seed: Mapped[int] = mapped_column(BigInteger)
    settings: Mapped[str] = mapped_column(Text)
    planned: Mapped[int] = mapped_column(Integer)
    zopa_version: Mapped[str] = mapped_column(String(32))


class RunScenarioRow(Base):
    __tablename__ = "run_scenarios"

    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"),
                                        primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)


class RunSessionRow(Base):
    __tablename__ = "run_sessions"

    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"),
                                        primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    scenario: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(BigInteger)
    protocol: Mapped[str] = mapped_column(String(32))
    strategies: Mapped[str] = mapped_column(Text)
    agreement: Mapped[str | None] = mapped_column(Text, nullable=True)
    rounds: Mapped[int] = mapped_column(Integer)
    end_reason: Mapped[str] = mapped_column(String(32))
    utilities: Mapped[str] = mapped_column(Text)
    pareto_distance: Mapped[float | None] = mapped_column(Float, nullable=True)
    nash_distance: Mapped[float | None] = mapped_column(Float, nullable=True)
    welfare: Mapped[float] = mapped_column(Float)


@dataclass(frozen=True)
class RunInfo:
    """A stored run, without its sessions."""

    id: int
    kind: str
    status: str
    created: datetime
    finished: datetime | None
    seed: int
    settings: dict[str, Any]
    scenarios: tuple[tuple[str, str], ...]
    planned: int
    stored: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "created": self.created.isoformat(),
            "finished": self.finished.isoformat() if self.finished else None,
            "seed": self.seed,
            "settings": self.settings,
            "scenarios": [{"name": n, "sha256": h} for n, h in self.scenarios],
            "planned": self.planned,
            "stored": self.stored,
        }


def create_run(db: Database, settings: TournamentSettings, scenarios: Sequence[Scenario],
               planned: int, kind: str = "tournament") -> int:
    """Record a new run (status ``running``) and return its id."""
    from .. import __version__
    from ..simulate.arena import scenario_hash

    def insert_run(connection: Connection) -> int:
        with Session(bind=connection) as session:
            row = RunRow(kind=kind, status="running", created=datetime.now(UTC),
                         finished=None, seed=settings.seed,
                         settings=json.dumps(settings.to_dict()), planned=planned,
                         zopa_version=__version__)
            session.add(row)
            session.flush()
            for k, scenario in enumerate(scenarios):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)
                    content = json.dumps(scenario.to_dict(), ensure_ascii=False, default=str)
                session.add(RunScenarioRow(run_id=row.id, position=k, name=scenario.name,
                                           sha256=scenario_hash(scenario), content=content))
            session.flush()
            return int(row.id)

    return write(db, insert_run)


def add_sessions(db: Database, run_id: int, first: int, scenario: int,
                 table: SessionTable) -> None:
    """Store sessions ``first ..`` of a run (one task's table), in one transaction."""
    strategies: dict[tuple[int, ...], str] = {}
    agreements: dict[tuple[int, ...], str | None] = {}
    rows = []
    seats = table.strategy.tolist()
    deals = table.agreement.tolist()
    utilities = table.utilities.tolist()
    welfare = table.utilities.sum(axis=1).tolist()
    pareto = [None if np.isnan(x) else x for x in table.pareto_distance.tolist()]
    nash = [None if np.isnan(x) else x for x in table.nash_distance.tolist()]
    ends = [_end(int(e)) for e in table.end.tolist()]
    for k, (seed, rounds) in enumerate(zip(table.seed.tolist(), table.rounds.tolist(),
                                           strict=True)):
        seat, deal = tuple(seats[k]), tuple(deals[k])
        if seat not in strategies:
            strategies[seat] = json.dumps([table.names[s] for s in seat])
        if deal not in agreements:
            agreements[deal] = None if deal[0] < 0 else json.dumps(
                {i: _plain(o[x]) for i, o, x in zip(table.issues, table.options, deal,
                                                    strict=True)}, ensure_ascii=False)
        rows.append({
            "run_id": run_id, "position": first + k, "scenario": scenario, "seed": seed,
            "protocol": table.protocol, "strategies": strategies[seat],
            "agreement": agreements[deal], "rounds": rounds, "end_reason": ends[k],
            "utilities": "[" + ", ".join(map(repr, utilities[k])) + "]",
            "pareto_distance": pareto[k], "nash_distance": nash[k], "welfare": welfare[k],
        })
    if rows:
        write(db, lambda connection: connection.execute(insert(RunSessionRow), rows))


def finish_run(db: Database, run_id: int, status: str = "finished", *,
               patience: float = WRITE_PATIENCE) -> None:
    """Mark a run ``finished`` or ``interrupted`` (waiting at most ``patience`` seconds
    for a database another connection keeps locked)."""
    write(db, lambda connection: connection.execute(
        update(RunRow).where(RunRow.id == run_id)
        .values(status=status, finished=datetime.now(UTC))), patience=patience)


def list_runs(db: Database) -> list[RunInfo]:
    """Every stored run, newest first."""
    with db.session() as session:
        ids = session.scalars(select(RunRow.id).order_by(RunRow.id.desc())).all()
    return [get_run(db, int(i)) for i in ids]


def get_run(db: Database, run_id: int) -> RunInfo:
    """One run; ``KeyError`` when there is none with that id."""
    with db.session() as session:
        row = session.get(RunRow, run_id)
        if row is None:
            raise KeyError(f"no run with id {run_id}")
        scenarios = session.execute(
            select(RunScenarioRow.name, RunScenarioRow.sha256)
            .where(RunScenarioRow.run_id == run_id).order_by(RunScenarioRow.position)).all()
        stored = session.scalar(select(func.count()).select_from(RunSessionRow)
                                .where(RunSessionRow.run_id == run_id))
        return RunInfo(row.id, row.kind, row.status, row.created, row.finished, row.seed,
                       json.loads(row.settings), tuple((n, h) for n, h in scenarios),
                       row.planned, int(stored or 0))


def run_sessions(db: Database, run_id: int) -> Iterator[dict[str, Any]]:
    """The stored sessions of a run, in order, as plain rows (lists and mappings decoded,
    the scenario by name)."""
    get_run(db, run_id)
    with db.session() as session:
        names = dict(session.execute(select(RunScenarioRow.position, RunScenarioRow.name)
                                     .where(RunScenarioRow.run_id == run_id)).all())
        rows = session.execute(select(RunSessionRow).where(RunSessionRow.run_id == run_id)
                               .order_by(RunSessionRow.position)
                               .execution_options(yield_per=10_000)).scalars()
        for r in rows:
            yield {
                "run": r.run_id,
                "session": r.position,
                "scenario": names.get(r.scenario, str(r.scenario)),
                "seed": r.seed,
                "protocol": r.protocol,
                "strategies": json.loads(r.strategies),
                "agreement": None if r.agreement is None else json.loads(r.agreement),
                "rounds": r.rounds,
                "end": r.end_reason,
                "utilities": json.loads(r.utilities),
                "pareto_distance": r.pareto_distance,
                "nash_distance": r.nash_distance,
                "welfare": r.welfare,
            }


def run_summary(db: Database, run_id: int) -> list[StrategySummary]:
    """The per-strategy summary of the sessions stored for a run (the same numbers as the
    tournament printed, grouped and summed in the same order)."""
    from ..simulate.results import END_REASONS, summarize_columns

    get_run(db, run_id)
    groups: dict[int, list[RunSessionRow]] = {}
    with db.session() as session:
        rows = session.execute(select(RunSessionRow).where(RunSessionRow.run_id == run_id)
                               .order_by(RunSessionRow.position)).scalars()
        for row in rows:
            groups.setdefault(row.scenario, []).append(row)
    columns = []
    for scenario in sorted(groups):
        group = groups[scenario]
        seats = [json.loads(r.strategies) for r in group]
        names = tuple(dict.fromkeys(n for s in seats for n in s))
        where = {n: k for k, n in enumerate(names)}
        columns.append((
            names,
            np.array([[where[n] for n in s] for s in seats], dtype=np.int64),
            np.array([END_REASONS.index(r.end_reason) for r in group], dtype=np.int64),
            np.array([json.loads(r.utilities) for r in group], dtype=float),
            np.array([r.rounds for r in group], dtype=np.int64),
            np.array([np.nan if r.pareto_distance is None else r.pareto_distance
                      for r in group]),
            np.array([np.nan if r.nash_distance is None else r.nash_distance
                      for r in group]),
        ))
    return summarize_columns(columns)


class RunInterrupted(KeyboardInterrupt):
    """A run stopped by an interrupt; the sessions finished before it are stored.
    ``status`` is the exit status the signal asks for (130 for Ctrl-C, 143 for SIGTERM);
    ``marked`` says whether the run could be marked ``interrupted`` in time."""

    def __init__(self, run_id: int, stored: int, planned: int, status: int = 130,
                 marked: bool = True) -> None:
        super().__init__(f"run {run_id} interrupted: {stored} of {planned} sessions stored")
        self.run_id, self.stored, self.planned = run_id, stored, planned
        self.status, self.marked = status, marked


#: How long an interrupted run waits to be marked ``interrupted`` when another connection
#: holds the database's lock: an interrupt must end the command within seconds.
MARK_PATIENCE = 3.0


def record_tournament(db: Database, scenarios: Sequence[Scenario],
                      settings: TournamentSettings, execution: ExecutionSettings | None = None,
                      on_progress: Callable[[int, int], None] | None = None
                      ) -> tuple[int, Tournament]:
    """Play a tournament (:func:`~zopa.simulate.tournament.run_tournament`) and store it
    as it goes; return the run's id and the result.

    ``on_progress(done, planned)`` is called after each stored task. Each task's sessions
    are stored in one transaction that a signal never cuts (:func:`zopa.interrupts.shielded`).
    An interrupt (or any error) marks the run ``interrupted`` with every finished session
    kept, and is raised again as :class:`RunInterrupted` (for an interrupt) or as it was.
    """
    from ..interrupts import Interrupted, shielded
    from ..simulate.tournament import plan_tasks, run_tournament

    planned = sum(task.count for task in plan_tasks(scenarios, settings))
    run_id = create_run(db, settings, scenarios, planned)
    done = 0

    def store(task: Task, table: SessionTable) -> None:
        nonlocal done
        with shielded():
            add_sessions(db, run_id, task.first, task.scenario_index, table)
            done += len(table)
            if on_progress is not None:
                on_progress(done, planned)

    try:
        result = run_tournament(scenarios, settings, execution, on_table=store)
    except KeyboardInterrupt as stop:
        status = stop.status if isinstance(stop, Interrupted) else 130
        marked = _mark_interrupted(db, run_id)
        raise RunInterrupted(run_id, done, planned, status, marked) from None
    except BaseException:
        _mark_interrupted(db, run_id)
        raise
    finish_run(db, run_id, "finished")
    return run_id, result


def _mark_interrupted(db: Database, run_id: int) -> bool:
    try:
        finish_run(db, run_id, "interrupted", patience=MARK_PATIENCE)
    except OperationalError:
        return False
    return True


def export_run(db: Database, run_id: int, path: str | Path) -> int:
    """Write a run's sessions to ``path`` (``.csv``, or ``.parquet`` with the ``parquet``
    extra), atomically; return how many were written. Lists and mappings are JSON text."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise ValueError(f"{path}: export to a .csv or .parquet file")
    rows = [{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v)
             for k, v in row.items()} for row in run_sessions(db, run_id)]
    fields = ["run", "session", "scenario", "seed", "protocol", "strategies", "agreement",
              "rounds", "end", "utilities", "pareto_distance", "nash_distance", "welfare"]
    from ..files import write_atomically

    def write(temp: Path) -> None:
        if suffix == ".csv":
            import csv

            with open(temp, "w", newline="", encoding="utf-8") as out:
                writer = csv.DictWriter(out, fieldnames=fields)
                writer.writeheader()
                writer.writerows(rows)
            return
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise RuntimeError("Parquet export needs pyarrow: pip install "
                               "'zopa[parquet]'") from exc
        pq.write_table(pa.table({f: [r[f] for r in rows] for f in fields}), temp)

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, write)
    return len(rows)


def _plain(option: object) -> object:
    return option.item() if isinstance(option, np.generic) else option


def _end(code: int) -> str:
    from ..simulate.results import END_REASONS

    return END_REASONS[code]
