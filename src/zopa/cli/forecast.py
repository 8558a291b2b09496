"""``zopa forecast``: where the outcome lands, by a spatial bargaining model.

FILE is a zopa scenario, a KTAB SMP file (CSV or XML) or an EUM CSV
(:mod:`zopa.forecast.inputs`). The brief says where each issue lands, who prevails, who
must move and what lands across whose red line; ``--json`` prints the documented JSON
(``docs/scenario-format.md``); ``--html`` writes the figures; ``--samples`` runs Monte
Carlo over the intervals.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._app import app
from ._common import console, print_json


@app.command()
def forecast(
    file: Annotated[Path | None, typer.Argument(
        help="A zopa scenario (YAML/JSON), a KTAB SMP file (CSV/XML) or an EUM CSV "
             "(Actor,Capability,Position,Salience). Default: the bundled March 2022 "
             "example.", show_default=False)] = None,
    model: Annotated[str, typer.Option(
        "--model", help="smp (KTAB), eum (Bueno de Mesquita), mean, median or nash.")
    ] = "smp",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of the brief.")
                       ] = False,
    html: Annotated[Path | None, typer.Option(
        "--html", help="Also write the figures to this HTML file.")] = None,
    samples: Annotated[int | None, typer.Option(
        min=1, help="Monte Carlo samples over the intervals.")] = None,
    seed: Annotated[int, typer.Option(min=0, help="Seed of the samples.")] = 0,
    backend: Annotated[str, typer.Option(
        help="Where samples run: inprocess, processes or ray.")] = "inprocess",
    workers: Annotated[int | None, typer.Option(min=1, help="Processes or Ray CPUs.")] = None,
    address: Annotated[str | None, typer.Option(help="Ray cluster address.")] = None,
) -> None:
    """Forecast where positions converge and who prevails (SMP, EUM or a baseline)."""
    from ..errors import ScenarioError
    from ..examples import example_path
    from ..forecast.brief import read_forecast
    from ..forecast.inputs import read_input
    from ..forecast.models import MODELS, run_model
    from ..parallel import BACKENDS, ExecutionSettings

    if model not in MODELS:
        raise typer.BadParameter(f"unknown model {model!r} (use {', '.join(MODELS)})",
                                 param_hint="--model")
    if backend not in BACKENDS:
        raise typer.BadParameter(f"unknown backend {backend!r} (use {', '.join(BACKENDS)})",
                                 param_hint="--backend")
    path = file if file is not None else example_path()
    data = read_input(path)
    data.check(model)
    params = data.ktab_params if model == "smp" else None
    spatial = data.model.midpoint()
    try:   # what a model cannot run (e.g. an actor KTAB refuses) names the file
        result = run_model(spatial, model, params=params)
        brief = read_forecast(result, spatial, data.scenario)
        simulation = None
        if samples is not None:
            from ..forecast.montecarlo import monte_carlo

            simulation = monte_carlo(
                data.model, model, samples=samples, seed=seed, params=params,
                settings=ExecutionSettings(backend=backend, workers=workers, address=address))
    except ScenarioError as exc:
        raise exc if exc.file else exc.with_source(str(path)) from None
    if html is not None:
        from ..render.forecast import write_forecast_html

        write_forecast_html(html, result, spatial, brief, simulation)
    if as_json:
        out = result.to_dict()
        out["brief"] = brief.to_dict()
        if simulation is not None:
            out["monte_carlo"] = simulation.to_dict()
        print_json(out)
        return
    from ..render.forecast import forecast_text

    console().print(forecast_text(brief, simulation), markup=False)
    if html is not None:
        console().print(f"wrote {html}", markup=False)
