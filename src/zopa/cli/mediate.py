"""The mediator's commands: ``adjusted-winner``, ``single-text``, ``improve``, ``trades``,
``sensitivity`` and ``report``.

Each reads a scenario (the bundled March 2022 example by default), calls one procedure of
:mod:`zopa.mediation` and renders it: a brief for the terminal, ``--json`` for programs.
A package is written ``issue=option,issue=option,...``; a wrong issue or option is bad
input (exit 2).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ._app import app
from ._common import console, print_json, read_scenario

if TYPE_CHECKING:
    from ..space import Space

ScenarioFile = Annotated[
    Path | None,
    typer.Argument(help="Scenario file (YAML or JSON). Default: the bundled March 2022 "
                        "Russia-Ukraine example.", show_default=False),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of the brief.")]
Drop = Annotated[str, typer.Option(
    "--drop", help="Red lines to set aside first, as if conceded: russia#0,russia#1.")]


def _space(file: Path | None, drop: str = "") -> Space:
    from ..mediation.packages import relax
    from ..space import compile_space

    space = compile_space(read_scenario(file))
    names = [n.strip() for n in drop.split(",") if n.strip()]
    try:
        return relax(space, names)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--drop") from None


def _package(space: Space, text: str, option: str) -> object:
    from ..mediation.packages import parse_package

    try:
        return parse_package(space, text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


@app.command("adjusted-winner")
def adjusted_winner(
    file: Annotated[Path | None, typer.Argument(
        help="A points table (parties: [a, b]; points: {issue: [pa, pb]}) or a scenario "
             "with two parties, whose weights become the points; on a scenario no issue "
             "goes to a side whose way the other's red lines forbid, and only issues "
             "marked 'divisible: true' are split. Default: the bundled March 2022 "
             "example.", show_default=False)] = None,
    as_json: AsJson = False,
) -> None:
    """Divide the issues between two parties by Adjusted Winner (Brams and Taylor)."""
    from ..examples import example_path
    from ..mediation.adjusted_winner import adjusted_winner as divide_points
    from ..mediation.adjusted_winner import load_points
    from ..mediation.division import divide
    from ..scenario.load import read_document, read_text
    from ..space import compile_space

    path = file if file is not None else example_path()
    data, _ = read_document(read_text(path), file=str(path))
    if isinstance(data, dict) and "zopa" in data:
        space = compile_space(read_scenario(path))
        division = divide(space)
        if as_json:
            print_json(division.to_dict())
            return
        from ..render.mediation import division_view

        console().print(division_view(division, space))
        return
    result = divide_points(load_points(path))
    if as_json:
        print_json(result.to_dict())
        return
    from ..render.mediation import adjusted_winner_view

    console().print(adjusted_winner_view(result))


@app.command("single-text")
def single_text(
    file: ScenarioFile = None,
    as_json: AsJson = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the drafts as "
                                           "Markdown.")] = False,
    start: Annotated[str, typer.Option(
        "--start", help="First draft, issue=option,... (default: the acceptable package "
        "that maximises the smallest gain over the reservations).")] = "",
    drop: Drop = "",
) -> None:
    """Run the single negotiating text procedure (Camp David) and print the drafts."""
    from ..mediation.single_text import NoAcceptablePackageError
    from ..mediation.single_text import single_text as run

    space = _space(file, drop)
    first = _package(space, start, "--start") if start else None
    dropped = [n.strip() for n in drop.split(",") if n.strip()]
    try:
        result = run(space, first, dropped=dropped)  # type: ignore[arg-type]
    except NoAcceptablePackageError as exc:
        _no_first_draft(space, str(exc))
        return
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--start") from None
    if as_json:
        print_json(result.to_dict())
        return
    from ..render.markdown import single_text_markdown

    text = single_text_markdown(result, space.scenario)
    if markdown:
        typer.echo(text, nl=False)
        return
    from rich.markdown import Markdown

    console().print(Markdown(text))


def _no_first_draft(space: Space, message: str) -> None:
    from ..analysis import minimal_concession_sets

    names = [r.name for r in space.red_lines]
    sets = minimal_concession_sets(space)
    hint = ""
    if sets:
        hint = (" Set aside a minimal concession with --drop, for instance --drop "
                + ",".join(names[k] for k in sets[0]) + ".")
    console(stderr=True).print(f"[bold red]no first draft:[/] {message}.{hint}",
                               soft_wrap=True)
    raise typer.Exit(1)


@app.command()
def improve(
    file: ScenarioFile = None,
    baseline: Annotated[str, typer.Option(
        "--baseline", help="The package the parties hold: issue=option,... (every "
        "issue).", show_default=False)] = "",
    as_json: AsJson = False,
    drop: Drop = "",
) -> None:
    """Improve on a baseline package (Raiffa's post-settlement settlement).

    The packages that leave every party at least as well off as the baseline, and among
    them the one that maximises the smallest gain.
    """
    from ..mediation.improve import improve as run

    if not baseline:
        raise typer.BadParameter("give the package the parties hold, issue=option,...",
                                 param_hint="--baseline")
    space = _space(file, drop)
    row = _package(space, baseline, "--baseline")
    result = run(space, row)  # type: ignore[arg-type]
    if as_json:
        print_json(result.to_dict())
        return
    from ..render.mediation import improvement_view

    console().print(improvement_view(result, space.scenario))


@app.command()
def trades(
    file: ScenarioFile = None,
    as_json: AsJson = False,
    baseline: Annotated[str, typer.Option(
        "--baseline", help="Measure gains against this package (issue=option,...) instead "
        "of against the reverse exchange.")] = "",
    limit: Annotated[int, typer.Option(min=1, help="How many trades to show.")] = 10,
) -> None:
    """Trades (logrolling): pairs of issues where the parties' priorities differ most."""
    from ..mediation.trades import trades as run

    space = _space(file)
    row = _package(space, baseline, "--baseline") if baseline else None
    found = run(space, row, limit=limit)  # type: ignore[arg-type]
    if as_json:
        print_json({"parties": list(space.parties), "trades": [t.to_dict() for t in found]})
        return
    from ..render.mediation import trades_view

    console().print(trades_view(found, space.scenario))


@app.command()
def sensitivity(
    file: ScenarioFile = None,
    samples: Annotated[int, typer.Option(min=1, help="Monte Carlo samples.")] = 10_000,
    seed: Annotated[int, typer.Option(min=0, help="Seed of the samples.")] = 0,
    backend: Annotated[str, typer.Option(
        help="Where blocks of samples run: inprocess, processes or ray.")] = "inprocess",
    workers: Annotated[int | None, typer.Option(min=1, help="Processes or Ray CPUs.")] = None,
    address: Annotated[str | None, typer.Option(help="Ray cluster address.")] = None,
    method: Annotated[str, typer.Option(
        help="auto, enumerate (vectorised over samples) or merge (per sample).")] = "auto",
    drop: Annotated[str, typer.Option(
        "--drop", help="Red lines set aside for the solution statistics: russia#0,...")] = "",
    as_json: AsJson = False,
) -> None:
    """Monte Carlo over what the analyst is unsure of (the intervals).

    How often a deal exists, what blocks it, what each concession opens, which packages
    the solutions choose, and how each party's utility at the Nash package spreads.
    """
    from ..mediation.sensitivity import sensitivity as run
    from ..parallel import BACKENDS, ExecutionSettings
    from ..space import compile_space

    if backend not in BACKENDS:
        raise typer.BadParameter(f"unknown backend {backend!r} (use {', '.join(BACKENDS)})",
                                 param_hint="--backend")
    if method not in ("auto", "enumerate", "merge"):
        raise typer.BadParameter(f"unknown method {method!r}", param_hint="--method")
    space = compile_space(read_scenario(file))
    dropped = [n.strip() for n in drop.split(",") if n.strip()]
    settings = ExecutionSettings(backend=backend, workers=workers, address=address)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    err = console(stderr=True)
    with Progress("[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), TimeRemainingColumn(), console=err, transient=True,
                  disable=not err.is_terminal or samples < 2000) as bar:
        task = bar.add_task("sampling", total=samples)
        try:
            result = run(space, samples=samples, seed=seed, drop=dropped,
                         method=method,  # type: ignore[arg-type]
                         settings=settings,
                         progress=lambda done: bar.update(task, completed=done))
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--drop") from None
    if as_json:
        print_json(result.to_dict())
        return
    from ..render.mediation import sensitivity_view

    console().print(sensitivity_view(result, space.scenario))


@app.command()
def report(
    file: ScenarioFile = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")
                      ] = Path("report.html"),
    samples: Annotated[int, typer.Option(min=1, help="Monte Carlo samples for the "
                                         "sensitivity charts.")] = 2000,
    seed: Annotated[int, typer.Option(min=0, help="Seed of the samples.")] = 1,
    shared_script: Annotated[bool, typer.Option(
        "--shared-script", help="Write plotly.js once beside the report (plotly.min.js) "
        "instead of inside it: a much smaller file; reports in one folder share it.")
    ] = False,
) -> None:
    """Write the self-contained HTML report a mediator's team circulates.

    One file that works offline: the brief, the charts, Adjusted Winner, the single
    negotiating text, the trades and the sensitivity analysis.
    """
    from ..render.report import write_report

    if not output.resolve().parent.is_dir():
        raise typer.BadParameter(f"no folder {output.parent} to write the report in",
                                 param_hint="--output")
    scenario = read_scenario(file)
    started = time.perf_counter()
    size = write_report(scenario, output, samples=samples, seed=seed,
                        shared_script=shared_script)
    elapsed = time.perf_counter() - started
    console().print(f"wrote {output} ({size / 1e6:.1f} MB, {elapsed:.1f} s)")
