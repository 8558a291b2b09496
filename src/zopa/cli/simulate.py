"""``zopa simulate``, ``zopa tournament`` and ``zopa runs``: negotiations played out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..strategy_names import strategy_list
from ._app import app, error_line
from ._common import console, print_json, read_scenario

if TYPE_CHECKING:
    from rich.progress import Progress

    from ..simulate.protocols import Played, SessionSettings
    from ..simulate.tournament import Tournament
    from ..store.db import Database

runs_app = typer.Typer(name="runs", help="Stored tournament runs: list, show, export.",
                       no_args_is_help=True)
app.add_typer(runs_app)

Strategies = Annotated[str, typer.Option(
    "--strategies", "-s", help=f"Comma-separated strategy names: {strategy_list()}; "
    "parameters after colons (boulware:e=0.1).")]
Rounds = Annotated[int, typer.Option("--rounds", min=1, help="Deadline, in rounds.")]
Seed = Annotated[int, typer.Option("--seed", help="Seed: the same seed, the same play.")]
Protocol = Annotated[str, typer.Option(
    "--protocol", help="alternating (offers in turn, two or more parties) or mediated "
    "(single negotiating text).")]
TimeLimit = Annotated[float | None, typer.Option(
    "--time-limit", min=0.0, help="Wall-clock limit per session, in seconds (sessions "
    "played turn by turn; batched ones take milliseconds).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
Plot = Annotated[Path | None, typer.Option("--plot", help="Write a self-contained HTML "
                                           "figure to this file.")]
DatabaseUrl = Annotated[str | None, typer.Option(
    "--database-url", help="Database URL (default: $ZOPA_DATABASE_URL, else SQLite in the "
    "zopa data directory).", show_default=False)]


def _names(strategies: str) -> list[str]:
    names = [s.strip() for s in strategies.split(",") if s.strip()]
    if not names:
        raise typer.BadParameter("name at least one strategy", param_hint="--strategies")
    from ..simulate.strategies import StrategyError, make

    for name in names:
        try:
            make(name)
        except StrategyError as exc:
            raise typer.BadParameter(str(exc), param_hint="--strategies") from None
    return names


def _session_settings(rounds: int, protocol: str, time_limit: float | None
                      ) -> SessionSettings:
    from ..simulate.protocols import PROTOCOLS, SessionSettings

    for name in PROTOCOLS:
        if protocol == name:
            return SessionSettings(rounds=rounds, protocol=name, time_limit=time_limit)
    raise typer.BadParameter(f"unknown protocol {protocol!r}; use one of "
                             f"{', '.join(PROTOCOLS)}", param_hint="--protocol")


@app.command()
def simulate(
    file: Annotated[Path | None, typer.Argument(
        help="Scenario file (YAML or JSON). Default: the bundled March 2022 example.",
        show_default=False)] = None,
    strategies: Strategies = "boulware,conceder",
    rounds: Rounds = 100,
    seed: Seed = 0,
    protocol: Protocol = "alternating",
    time_limit: TimeLimit = None,
    as_json: AsJson = False,
    plot: Plot = None,
    offers: Annotated[bool, typer.Option(
        "--offers", help="Print every offer (default: the first and last few).")] = False,
) -> None:
    """Play one negotiation session and print a summary of the offers and the result.

    Give one strategy per party, in the file's order of parties (or one for all).
    """
    from ..simulate.arena import Arena
    from ..simulate.session import play

    names = _names(strategies)
    scenario = read_scenario(file)
    parties = len(scenario.negotiators)
    if len(names) == 1:
        names = names * parties
    if len(names) != parties:
        raise typer.BadParameter(f"the scenario has {parties} parties; give {parties} "
                                 f"strategies (or one for all), not {len(names)}",
                                 param_hint="--strategies")
    settings = _session_settings(rounds, protocol, time_limit)
    arena = Arena.build(scenario)
    played = play(arena, names, settings, seed)
    if plot is not None:
        from ..render.simulation import session_figure, write_html

        write_html(session_figure(played, arena), plot)
    if as_json:
        print_json(played.to_dict())
        return
    _print_session(played, every=offers)
    if plot is not None:
        console().print(f"figure written to {plot}")


#: Moves shown at each end of a session when not every offer is asked for.
SHOWN = 4


def _print_session(played: Played, *, every: bool = True) -> None:
    from rich.table import Table

    result = played.result
    parties = result.parties
    table = Table(title=f"{result.scenario}: {' vs '.join(result.strategies)} "
                        f"({result.protocol}, seed {result.seed})")
    table.add_column("round", justify="right")
    table.add_column("who")
    table.add_column("move")
    for p in parties:
        table.add_column(f"u({p})", justify="right")
    moves = list(zip(played.events, played.utilities, strict=True))
    hidden = 0 if every or len(moves) <= 2 * SHOWN + 1 else len(moves) - 2 * SHOWN
    for k, (event, row) in enumerate(moves):
        if hidden and k == SHOWN:
            table.add_row("…", "", f"{hidden:,} more moves (--offers shows every one)",
                          *([""] * len(parties)))
        if hidden and SHOWN <= k < len(moves) - SHOWN:
            continue
        who = parties[event.party] if event.party >= 0 else "mediator"
        cells = ["" if event.outcome is None else f"{u:.3f}" for u in row]
        shown = event.turn // len(parties) if result.protocol == "alternating" else event.turn
        table.add_row(str(shown + 1), who, event.move, *cells)
    out = console()
    out.print(table)
    if result.agreement is not None:
        deal = ", ".join(f"{k}={v}" for k, v in result.agreement.items())
        out.print(f"[bold green]agreement[/] in round {result.rounds}: {deal}")
    else:
        out.print(f"[bold red]no agreement[/] ({result.end}, round {result.rounds})")
    utilities = ", ".join(f"{p} {u:.3f}" for p, u in zip(parties, result.utilities,
                                                          strict=True))
    out.print(f"utilities: {utilities}; welfare {result.welfare:.3f}")
    if result.pareto_distance is not None and result.nash_distance is not None:
        out.print(f"distance to the Pareto frontier {result.pareto_distance:.3f}, "
                  f"to the Nash point {result.nash_distance:.3f}")
    else:
        out.print("the agreement space is empty: no frontier to measure against")


@app.command()
def tournament(
    files: Annotated[list[Path], typer.Argument(help="Scenario files (YAML or JSON).")],
    strategies: Strategies = "boulware,linear,conceder,hardliner,tit-for-tat,random",
    repetitions: Annotated[int, typer.Option("--repetitions", "-n", min=1,
                                             help="Sessions per assignment and scenario."
                                             )] = 1,
    seed: Seed = 0,
    rounds: Rounds = 100,
    protocol: Protocol = "alternating",
    time_limit: TimeLimit = None,
    self_play: Annotated[bool, typer.Option("--self-play", help="Also play each strategy "
                                            "against itself.")] = False,
    backend: Annotated[str, typer.Option(help="inprocess, processes or ray.")] = "inprocess",
    workers: Annotated[int | None, typer.Option(min=1, help="Worker processes (processes, "
                                                "local ray).")] = None,
    address: Annotated[str | None, typer.Option(help="Ray cluster address (ray backend).")
                       ] = None,
    database_url: DatabaseUrl = None,
    as_json: AsJson = False,
    plot: Plot = None,
) -> None:
    """Play a tournament: every assignment of the strategies on every scenario.

    Both orders of every pairing, repeated; the run is stored as it goes and the
    per-strategy summary printed. Ctrl-C stops it; the sessions already finished stay
    stored.
    """
    from ..parallel import BACKENDS, ExecutionSettings
    from ..simulate.tournament import TournamentSettings
    from ..store.db import connect
    from ..store.runs import RunInterrupted, record_tournament

    names = _names(strategies)
    if backend not in BACKENDS:
        raise typer.BadParameter(f"unknown backend {backend!r}; use one of "
                                 f"{', '.join(BACKENDS)}", param_hint="--backend")
    session = _session_settings(rounds, protocol, time_limit)
    scenarios = [read_scenario(f) for f in files]
    settings = TournamentSettings(tuple(names), repetitions=repetitions, seed=seed,
                                  session=session, self_play=self_play)
    execution = ExecutionSettings(BACKENDS[BACKENDS.index(backend)],
                                  workers, address)
    db = connect(database_url)
    progress = _progress()
    task = progress.add_task("sessions", total=None)

    def advance(done: int, planned: int) -> None:
        progress.update(task, completed=done, total=planned)

    try:
        with progress:
            run_id, result = record_tournament(db, scenarios, settings, execution, advance)
    except RunInterrupted as stop:
        kept = (f"run {stop.run_id} keeps the {stop.stored:,} of {stop.planned:,} sessions "
                f"finished (zopa runs show {stop.run_id})")
        if not stop.marked:
            kept += "; the database was locked, so the run still reads 'running'"
        error_line("interrupted:", kept, style="bold yellow")
        raise typer.Exit(stop.status) from None
    finally:
        db.dispose()
    if plot is not None:
        from ..render.simulation import tournament_figure, write_html

        write_html(tournament_figure(result), plot)
    if as_json:
        print_json({"run": run_id, **result.to_dict()})
        return
    _print_summary(result, run_id)
    if plot is not None:
        console().print(f"figure written to {plot}")


def _progress() -> Progress:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(TextColumn("[bold]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                    console=console(stderr=True), transient=True)


def _print_summary(result: Tournament, run_id: int) -> None:
    from ..render.simulation import summary_table

    out = console()
    out.print(summary_table(result.summary, title=f"run {run_id}: {len(result):,} sessions "
                            f"on {', '.join(result.scenarios)}"))


@runs_app.command("list")
def runs_list(database_url: DatabaseUrl = None, as_json: AsJson = False) -> None:
    """The stored runs, newest first."""
    from rich.table import Table

    from ..store.runs import list_runs

    with _Database(database_url) as db:
        runs = list_runs(db)
    if as_json:
        print_json([r.to_dict() for r in runs])
        return
    table = Table(title="runs")
    for column in ("id", "created", "status", "sessions", "strategies", "scenarios", "seed"):
        table.add_column(column)
    for r in runs:
        table.add_row(str(r.id), r.created.strftime("%Y-%m-%d %H:%M:%S"), r.status,
                      f"{r.stored:,}/{r.planned:,}", ",".join(r.settings.get("strategies", [])),
                      ", ".join(n for n, _ in r.scenarios), str(r.seed))
    console().print(table)


@runs_app.command("show")
def runs_show(run_id: Annotated[int, typer.Argument(help="Run id (see zopa runs list).")],
              database_url: DatabaseUrl = None, as_json: AsJson = False) -> None:
    """A stored run: its settings, scenarios and per-strategy summary."""
    from ..store.runs import get_run, run_summary

    with _Database(database_url) as db:
        info = _run(db, run_id, get_run)
        summary = run_summary(db, run_id)
    if as_json:
        print_json({**info.to_dict(), "summary": [s.to_dict() for s in summary]})
        return
    from ..render.simulation import summary_table

    out = console()
    out.print(f"run {info.id} ({info.kind}, {info.status}), created "
              f"{info.created:%Y-%m-%d %H:%M:%S}, seed {info.seed}: "
              f"{info.stored:,} of {info.planned:,} sessions stored")
    for name, digest in info.scenarios:
        out.print(f"  scenario {name} (sha256 {digest[:12]})")
    settings = ", ".join(f"{k}={v}" for k, v in info.settings.items())
    out.print(f"  settings: {settings}")
    out.print(summary_table(summary, title="per strategy"))


@runs_app.command("export")
def runs_export(
    run_id: Annotated[int, typer.Argument(help="Run id (see zopa runs list).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="A .csv or .parquet file.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Write a run's sessions to CSV or Parquet."""
    from ..store.runs import export_run

    if output.suffix.lower() not in (".csv", ".parquet"):
        raise typer.BadParameter("write to a .csv or .parquet file", param_hint="--output")
    with _Database(database_url) as db:
        count = _run(db, run_id, lambda d, i: export_run(d, i, output))
    console().print(f"{count:,} sessions written to {output}")


class _Database:
    def __init__(self, url: str | None) -> None:
        self.url = url

    def __enter__(self) -> Database:
        from ..store.db import connect

        self.db = connect(self.url)
        return self.db

    def __exit__(self, *_: object) -> None:
        self.db.dispose()


def _run(db: Database, run_id: int, fn):  # type: ignore[no-untyped-def]
    try:
        return fn(db, run_id)
    except KeyError:
        error_line("error:", f"no run with id {run_id}")
        raise typer.Exit(2) from None
