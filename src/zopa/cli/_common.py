"""What the commands share: reading the scenario a user names, and printing results."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from ..scenario import Scenario

__all__ = ["console", "print_json", "read_folder", "read_scenario", "warn"]


def read_scenario(path: Path | None) -> Scenario:
    """The scenario at ``path`` (a folder: GENIUS files, found by their content); the
    bundled March 2022 example when ``path`` is None."""
    from ..examples import example_path
    from ..scenario import load_scenario

    if path is not None and path.is_dir():
        return read_folder(path)
    return load_scenario(path if path is not None else example_path())


def read_folder(path: Path) -> Scenario:
    """The scenario of a folder of GENIUS (or GeniusWeb) files, its warnings printed to
    standard error: what ``zopa analyze FOLDER`` reads."""
    from ..interop import import_genius_folder

    converted = import_genius_folder(path)
    warn(converted.warnings)
    return converted.scenario


def warn(warnings: Sequence[str]) -> None:
    """Print each warning on standard error, one line each, as written."""
    from rich.text import Text

    from ..errors import one_line

    err = console(stderr=True)
    for warning in warnings:
        err.print(Text.assemble(("warning:", "yellow"), " ", one_line(warning)),
                  soft_wrap=True, emoji=False)


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def print_json(data: Any) -> None:
    """Write ``data`` as JSON to standard output (doubles printed in full)."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
