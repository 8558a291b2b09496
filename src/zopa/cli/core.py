"""``zopa validate`` and ``zopa analyze``: the core analysis from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import ScenarioError
from ._app import app
from ._common import console, print_json, read_scenario

ScenarioFile = Annotated[
    Path | None,
    typer.Argument(help="Scenario file (YAML or JSON). Default: the bundled March 2022 "
                        "Russia-Ukraine example.", show_default=False),
]


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(help="Scenario file (YAML or JSON).")],
) -> None:
    """Check a scenario file against the format; exit 2 with the problem if it breaks it."""
    scenario = read_scenario(file)
    parties = len(scenario.negotiators)
    statements = len(scenario.statements or ())
    cited = f", {statements} statements" if statements else ""
    console().print(f"{file}: valid ({parties} parties, {len(scenario.issues)} issues{cited})")


@app.command()
def analyze(
    file: ScenarioFile = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the documented JSON "
                                          "object instead of the brief.")] = False,
    max_concessions: Annotated[int, typer.Option(
        "--max-concessions", min=0, help="Largest set of red lines reported as a minimal "
        "concession.")] = 3,
    method: Annotated[str, typer.Option(
        help="How to build the frontier: auto, merge (over stages), enumerate or milp "
        "(two parties, interacting values).",
    )] = "auto",
    drop: Annotated[str, typer.Option(
        "--drop", help="Red lines to set aside first, as if conceded (names or ids): "
        "russia#0,russia#1. The brief states it among its assumptions.")] = "",
    budget: Annotated[int | None, typer.Option(
        "--budget", min=1, help="Units of work the exact analysis (frontier, gaps, "
        "concessions) may take (default 200,000,000).", show_default=False)] = None,
) -> None:
    """Where the parties can agree, what blocks them, and what would open a deal."""
    from ..brief import make_brief

    if method not in ("auto", "merge", "enumerate", "milp"):
        raise typer.BadParameter(f"unknown method {method!r}: use auto, merge, enumerate or "
                                 "milp", param_hint="--method")
    scenario = read_scenario(file)
    names = [n.strip() for n in drop.split(",") if n.strip()]
    reference = None
    if file is not None and file.is_dir():
        from ..interop.genius import read_reference

        found = read_reference(file, len(scenario.negotiators))
        reference = None if found is None else found.points
    try:
        result = make_brief(scenario, drop=names, max_concessions=max_concessions,
                            method=method, reference=reference,
                            reference_source="pareto.xml", budget=budget)
    except ScenarioError as exc:  # a budget exceeded names the file it was reading
        if exc.file is not None:
            raise
        from ..examples import example_path

        raise exc.with_source(str(file if file is not None else example_path())) from None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--drop") from None
    if as_json:
        print_json(result.to_dict())
        return
    from ..render.text import brief

    console().print(brief(result))
