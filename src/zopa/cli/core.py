"""``zopa validate`` and ``zopa analyze``: the core analysis from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import app
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
    console().print(f"{file}: valid ({parties} parties, {len(scenario.issues)} issues)")


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
    budget: Annotated[int | None, typer.Option(
        "--budget", min=1, help="Units of work an exact frontier by enumeration may take "
        "(default 200,000,000).", show_default=False)] = None,
) -> None:
    """Where the parties can agree, what blocks them, and what would open a deal."""
    from ..analysis import analyze as run

    if method not in ("auto", "merge", "enumerate", "milp"):
        raise typer.BadParameter(f"unknown method {method!r}: use auto, merge, enumerate or "
                                 "milp", param_hint="--method")
    scenario = read_scenario(file)
    reference = None
    if file is not None and file.is_dir():
        from ..interop.genius import read_reference

        found = read_reference(file, len(scenario.negotiators))
        reference = None if found is None else found.points
    result = run(scenario, max_concessions=max_concessions, method=method,  # type: ignore[arg-type]
                 reference=reference, reference_source="pareto.xml", budget=budget)
    if as_json:
        print_json(result.to_dict())
        return
    from ..render.text import brief

    console().print(brief(result))
