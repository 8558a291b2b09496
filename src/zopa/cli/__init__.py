"""The ``zopa`` command: a thin layer that parses arguments, calls the library, renders.

Each command group lives in its own module and registers itself on :data:`app`. Modules
import the heavy parts of the library inside the commands, so that ``zopa --help`` and
every command start fast.
"""

from __future__ import annotations

import os
import sys

import typer

from ..errors import ScenarioError

__all__ = ["app", "main"]

app = typer.Typer(
    name="zopa",
    help="Find where parties in a multi-issue negotiation can agree, and what blocks them.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)

# Importing a command module registers its commands on ``app``.
from . import (  # noqa: E402
    core,  # noqa: F401
    simulate,  # noqa: F401
)


def main() -> None:
    """Entry point of the console script: bad input exits 2 with one clear line."""
    try:
        app(standalone_mode=True)
    except ScenarioError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted", code=130)


def _fail(message: str, code: int = 2) -> None:
    from rich.console import Console

    Console(stderr=True).print(f"[bold red]error:[/] {message}", highlight=False,
                               soft_wrap=True)
    raise SystemExit(code)


def debug() -> bool:
    """Whether ``ZOPA_DEBUG`` asks for tracebacks instead of one-line errors."""
    return os.environ.get("ZOPA_DEBUG", "") not in ("", "0")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
