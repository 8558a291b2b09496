"""``zopa read`` and ``zopa draft``: news text in, what it says and a scenario draft out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ._app import app
from ._common import console, print_json

if TYPE_CHECKING:
    from ..evidence import Reading

#: The files a folder contributes: text and HTML.
SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")

Files = Annotated[list[Path], typer.Argument(
    help="News articles: text or HTML files, or folders of them (*.txt, *.md, *.html).",
    show_default=False)]


def _expand(paths: list[Path]) -> list[Path]:
    from ..errors import ScenarioError

    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file()
                           and p.suffix.lower() in SUFFIXES)
            if not found:
                raise ScenarioError("no text or HTML files in this folder", file=str(path))
            out += found
        elif not path.exists():
            raise ScenarioError("no such file", file=str(path))
        else:
            out.append(path)
    return out


def _read(paths: list[Path]) -> Reading:
    """Read the files, with a progress bar on stderr when there are several."""
    from ..evidence import read_files

    files = _expand(paths)
    if len(files) < 2:
        return read_files(files)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress("[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), TimeRemainingColumn(), console=console(stderr=True),
                  transient=True) as bar:
        task = bar.add_task("reading", total=len(files))
        return read_files(files, progress=lambda n: bar.update(task, completed=n))


@app.command()
def read(
    files: Files,
    as_json: Annotated[bool, typer.Option("--json", help="Print the documented JSON object "
                                          "instead of the summary.")] = False,
) -> None:
    """Read news text offline: actors, issues, and who said what, for which side, when."""
    reading = _read(files)
    if as_json:
        print_json(reading.to_dict())
        return
    from ..render.reading import summary

    console().print(summary(reading))


@app.command()
def draft(
    files: Files,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the draft "
                                                "here (default: standard output).")] = None,
) -> None:
    """Draft a scenario from news text: parties, issues, red lines citing their statements,
    every guessed number marked for the analyst to confirm."""
    from ..evidence import draft_scenario

    text = draft_scenario(_read(files))
    if output is None:
        sys.stdout.write(text)
        return
    from ..interop._shared import write_files

    write_files(output.parent if str(output.parent) else Path("."),
                {output.name: text.encode()}, force=True)
    console(stderr=True).print(f"wrote {output}")
