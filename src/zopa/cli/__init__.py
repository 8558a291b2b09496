"""The ``zopa`` command: a thin layer that parses arguments, calls the library, renders.

Each command group lives in its own module and registers itself on :data:`app`. Modules
import the heavy parts of the library inside the commands, so that ``zopa --help`` and
every command start fast.
"""

from __future__ import annotations

import os
import sys
from typing import Any, NoReturn

from .._quiet import quiet_imports

_restore_signals = quiet_imports()  # undone at the end of this module

import typer  # noqa: E402
from typer.core import TyperGroup  # noqa: E402

from ..errors import ScenarioError, one_line  # noqa: E402
from ..interrupts import Interrupted, stop_on_signals  # noqa: E402

__all__ = ["app", "error_line", "fail", "main"]


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

# Importing a command module registers its commands on ``app``.
from . import cases, core, interop, mediate, simulate  # noqa: E402, F401

#: How ``zopa --help`` groups the commands, in this order.
PANELS = {
    "Analysis": ("analyze", "validate", "report"),
    "Mediation": ("adjusted-winner", "single-text", "improve", "trades", "sensitivity"),
    "Simulation": ("simulate", "tournament", "runs"),
    "Case library and workbench": ("cases", "serve"),
    "Other tools' formats": ("import", "export"),
}


def _arrange() -> None:
    rank = {name: k for k, name in enumerate(n for names in PANELS.values() for n in names)}
    panel = {name: title for title, names in PANELS.items() for name in names}
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__.replace("_", "-")
                                if command.callback else "")
        command.rich_help_panel = panel.get(name, "Other")
    for group in app.registered_groups:
        title = group.name or (group.typer_instance.info.name if group.typer_instance else None)
        group.rich_help_panel = panel.get(str(title), "Other")
    app.registered_commands.sort(key=lambda c: rank.get(
        c.name or (c.callback.__name__.replace("_", "-") if c.callback else ""), len(rank)))


_arrange()
_restore_signals()


def main() -> None:
    """Entry point of the console script: SIGINT, SIGTERM and SIGHUP stop a command with
    status 130, 143 or 129 and one line, never a traceback (:mod:`zopa.interrupts`)."""
    with stop_on_signals():
        try:
            app()
        except Interrupted as stop:  # outside a command: while parsing, while exiting
            sys.exit(stop.status)


def debug() -> bool:
    """Whether ``ZOPA_DEBUG`` asks for tracebacks instead of one-line errors."""
    return os.environ.get("ZOPA_DEBUG", "") not in ("", "0")


if __name__ == "__main__":  # pragma: no cover
    main()
