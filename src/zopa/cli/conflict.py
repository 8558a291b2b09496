"""``zopa conflict``: stability analysis of a conflict by the Graph Model for Conflict
Resolution, from a conflict file (zopa's YAML or a ``.gmcr`` save file) or, with
``--from-negotiation``, from a negotiation scenario (the bridge of
:mod:`zopa.conflict.bridge`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ._app import app
from ._common import console, print_json

if TYPE_CHECKING:
    from ..conflict.model import States


@app.command("conflict")
def conflict(
    file: Annotated[Path, typer.Argument(
        help="Conflict file: zopa YAML (docs/conflict-format.md) or a .gmcr save file; "
             "with --from-negotiation, a negotiation scenario.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of the brief.")]
    = False,
    html: Annotated[Path | None, typer.Option(
        "--html", help="Also write the HTML report (figures and their text) to this file.",
        show_default=False)] = None,
    from_negotiation: Annotated[bool, typer.Option(
        "--from-negotiation", help="Read FILE as a negotiation scenario and analyse the "
        "conflict of accepting a package, walking away or escalating.")] = False,
    package: Annotated[str, typer.Option(
        "--package", help="With --from-negotiation: the package to accept, "
        "issue=option,issue=option,... (default: the Nash bargaining package).")] = "",
    inverse: Annotated[str, typer.Option(
        "--inverse", help="Inverse GMCR: which preferences would make this state (a "
        "pattern such as NYY, or a state number) stable for each decision maker.")] = "",
    budget: Annotated[int | None, typer.Option(
        "--budget", help="Units of work allowed (default: zopa's default budget).",
        show_default=False)] = None,
) -> None:
    """Which states of a conflict are stable (Nash, GMR, SMR, SEQ, SIM, SEQ+SIM), and how
    it can move there from the status quo."""
    from ..budget import DEFAULT_WORK, WorkBudget
    from ..conflict.brief import conflict_brief
    from ..conflict.load import load_conflict

    if package and not from_negotiation:
        raise typer.BadParameter("--package needs --from-negotiation", param_hint="--package")
    work = WorkBudget(budget or DEFAULT_WORK, what="a conflict analysis",
                      hint="use a smaller conflict or --budget to raise it")
    if from_negotiation:
        from ..conflict.bridge import conflict_from_scenario
        from ..scenario import load_scenario

        try:
            model = conflict_from_scenario(load_scenario(file), package or None)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--package") from None
    else:
        model = load_conflict(file)
    from ..errors import ScenarioError

    try:
        brief = conflict_brief(model, work)
    except ScenarioError as exc:
        raise exc.with_source(str(file)) from None
    answer = None
    if inverse:
        from ..conflict.inverse import inverse_gmcr
        from ..conflict.model import compile_states

        states = compile_states(model, work)
        answer = inverse_gmcr(states, _state_code(states, inverse), work)
    if html is not None:
        from ..render.conflict import write_conflict_report

        write_conflict_report(brief, html)
    if as_json:
        data = brief.to_dict()
        if answer is not None:
            data["inverse"] = answer.to_dict()
        print_json(data)
        return
    from ..render.conflict import conflict_view, inverse_view

    console().print(conflict_view(brief))
    if answer is not None:
        console().print(inverse_view(brief, answer))
    if html is not None:
        console().print(f"Report written to {html}")


def _state_code(states: States, text: str) -> int:
    from ..conflict.model import pattern_code

    text = text.strip()
    try:
        if text.isdigit():
            n = int(text)
            if not 1 <= n <= states.count:
                raise ValueError(f"state number {n} is out of range (1..{states.count})")
            return int(states.codes[n - 1])
        if len(text) != states.m:
            raise ValueError(f"a pattern has one Y or N per option ({states.m})")
        code = pattern_code(text)
        states.number(code)
        return code
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--inverse") from None
