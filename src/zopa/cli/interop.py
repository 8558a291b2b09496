"""``zopa import`` and ``zopa export``: GENIUS XML and GeniusWeb JSON files in and out.

Warnings (what the other format cannot hold, or where zopa cannot follow it exactly) go
to standard error, one line each; the scenario or the files are still written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ._app import app
from ._common import console, read_folder, read_scenario
from ._common import warn as _warn

if TYPE_CHECKING:
    from ..scenario import Scenario

__all__ = ["read_folder"]

import_app = typer.Typer(name="import", no_args_is_help=True,
                         help="Read another tool's files into a zopa scenario (YAML).")
export_app = typer.Typer(name="export", no_args_is_help=True,
                         help="Write a zopa scenario as another tool's files.")
app.add_typer(import_app, name="import")
app.add_typer(export_app, name="export")

Output = Annotated[Path | None, typer.Option("-o", "--output", help="Scenario file to write "
                                             "(YAML). Default: standard output.")]
RealSteps = Annotated[int, typer.Option("--real-steps", min=1, help="Intervals a GENIUS real "
                                        "(continuous) issue is cut into; its grid has one "
                                        "more point.")]
Folder = Annotated[Path, typer.Option("-o", "--output", help="Folder to write the files into "
                                      "(created if missing).")]
Force = Annotated[bool, typer.Option("--force", help="Overwrite files of the same names.")]


@import_app.command("genius")
def import_genius(
    domain: Annotated[Path, typer.Argument(help="GENIUS domain file (root "
                                           "<negotiation_template>), or a folder holding "
                                           "the domain and its profiles.")],
    profiles: Annotated[list[Path] | None, typer.Argument(
        help="Profile files (root <utility_space>), one party each, in this order.",
        show_default=False)] = None,
    output: Output = None,
    real_steps: RealSteps = 20,
) -> None:
    """Read a GENIUS domain and its profiles into a zopa scenario."""
    from ..interop import import_genius as read_files
    from ..interop import import_genius_folder

    if domain.is_dir() and not profiles:
        converted = import_genius_folder(domain, real_steps=real_steps)
    elif not profiles:
        raise typer.BadParameter("give the profile files after the domain file (or a "
                                 "folder)", param_hint="PROFILES")
    else:
        converted = read_files(domain, profiles, real_steps=real_steps)
    _warn(converted.warnings)
    _emit(converted.scenario, output)


@import_app.command("geniusweb")
def import_geniusweb(
    files: Annotated[list[Path], typer.Argument(
        help="GeniusWeb profiles (LinearAdditiveUtilitySpace JSON), and the domain JSON "
             "when the profiles do not embed it.")],
    output: Output = None,
) -> None:
    """Read GeniusWeb linear additive profiles into a zopa scenario."""
    from ..interop import convert_genius_files
    from ..scenario.load import read_file

    converted = convert_genius_files({str(f): read_file(f) for f in files})
    _warn(converted.warnings)
    _emit(converted.scenario, output)


@export_app.command("genius")
def export_genius(
    scenario: Annotated[Path, typer.Argument(help="Scenario file (YAML or JSON), or a folder "
                                             "of GENIUS files.")],
    output: Folder,
    force: Force = False,
    nonlinear: Annotated[bool | None, typer.Option(
        "--nonlinear/--additive",
        help="Write GENIUS nonlinear utility spaces (hyper-rectangles; the default when a "
             "party has interaction terms) or additive profiles.")] = None,
) -> None:
    """Write a scenario as a GENIUS domain and one profile per negotiating party."""
    from ..interop import export_genius as export

    _write(export(read_scenario(scenario), nonlinear=nonlinear), output, force)


@export_app.command("geniusweb")
def export_geniusweb(
    scenario: Annotated[Path, typer.Argument(help="Scenario file (YAML or JSON).")],
    output: Folder,
    force: Force = False,
) -> None:
    """Write a scenario as GeniusWeb JSON: a domain and one profile per negotiating party."""
    from ..interop import export_geniusweb as export

    _write(export(read_scenario(scenario)), output, force)


def _emit(scenario: Scenario, output: Path | None) -> None:
    from ..interop._shared import write_files
    from ..scenario import dump_scenario

    text = dump_scenario(scenario)
    if output is None:
        sys.stdout.write(text)
        return
    write_files(output.parent, {output.name: text.encode()}, force=True)
    console(stderr=True).print(f"wrote {output}")


def _write(exported: object, output: Path, force: bool) -> None:
    from ..interop import Export
    from ..interop._shared import write_files

    assert isinstance(exported, Export)
    _warn(exported.warnings)
    write_files(output, exported.files, force=force)
    console(stderr=True).print(f"wrote {', '.join(sorted(exported.files))} to {output}")
