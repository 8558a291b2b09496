"""The ``zopa`` command group itself: the :data:`app` every command module registers on,
and how bad input and interrupts end a command (one line, exit status 2 or the signal's).

Command modules import it from here, not from the package, so that no module imports the
package that imports it (no import cycle).
"""

from __future__ import annotations

import os
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from ..errors import ScenarioError, one_line
from ..interrupts import Interrupted

__all__ = ["app", "debug", "error_line", "fail"]


class _Group(TyperGroup):
    """Turns a :class:`ScenarioError` raised by any command into one clear line on stderr
    and exit status 2 (``ZOPA_DEBUG=1`` shows the traceback instead)."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ScenarioError as exc:
            if debug():
                raise
            fail(str(exc))
        except Interrupted as stop:
            if debug():
                raise
            error_line("interrupted:", f"{stop}", style="bold yellow")
            raise typer.Exit(code=stop.status) from None


def fail(message: str, *, code: int = 2) -> NoReturn:
    """Stop a command on bad input: print ``message`` on stderr as one line, exit ``code``.

    The message is printed literally: brackets stay brackets, ``:100:`` is no emoji, and
    control characters from a file (ESC, line breaks) are escapes, never sent to the
    terminal."""
    error_line("error:", message)
    raise typer.Exit(code=code)


def error_line(label: str, message: str, style: str = "bold red") -> None:
    """Print ``label message`` on stderr as one literal line (see :func:`fail`)."""
    from rich.console import Console
    from rich.text import Text

    Console(stderr=True, highlight=False, soft_wrap=True, emoji=False).print(
        Text.assemble((label, style), " ", one_line(message)))


app = typer.Typer(
    name="zopa",
    cls=_Group,
    help="Find where parties in a multi-issue negotiation can agree, and what blocks them.",
    no_args_is_help=True,
    add_completion=False,
    # Help texts are read as Markdown, which shows "[a, b]" as written (rich markup would
    # take it for a style and drop it).
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)


def debug() -> bool:
    """Whether ``ZOPA_DEBUG`` asks for tracebacks instead of one-line errors."""
    return os.environ.get("ZOPA_DEBUG", "") not in ("", "0")
