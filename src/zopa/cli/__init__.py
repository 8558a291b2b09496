"""The ``zopa`` command: a thin layer that parses arguments, calls the library, renders.

Each command group lives in its own module and registers itself on :data:`app`. Modules
import the heavy parts of the library inside the commands, so that ``zopa --help`` and
every command start fast.
"""

from __future__ import annotations

import os
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from ..errors import ScenarioError

__all__ = ["app", "fail", "main"]


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


def fail(message: str) -> NoReturn:
    """Stop a command on bad input: print ``message`` on stderr, exit 2."""
    from rich.console import Console
    from rich.markup import escape

    Console(stderr=True, highlight=False, soft_wrap=True).print(
        f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code=2)


app = typer.Typer(
    name="zopa",
    cls=_Group,
    help="Find where parties in a multi-issue negotiation can agree, and what blocks them.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)

# Importing a command module registers its commands on ``app``.
from . import cases, core, forecast, interop, mediate, simulate  # noqa: E402, F401

#: How ``zopa --help`` groups the commands, in this order.
PANELS = {
    "Analysis": ("analyze", "validate", "report"),
    "Mediation": ("adjusted-winner", "single-text", "improve", "trades", "sensitivity"),
    "Simulation": ("simulate", "tournament", "runs"),
    "Forecasting": ("forecast",),
    "Case library and workbench": ("cases", "serve"),
    "Conflict": ("conflict",),
    "Other tools' formats": ("import", "export"),
    "Reading news text": ("read", "draft"),
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


# Conflict analysis (Graph Model for Conflict Resolution).
from . import conflict as _conflict  # noqa: E402, F401

# Reading news text (zopa read, zopa draft): spaCy is imported only inside the commands.
from . import evidence  # noqa: E402, F401

_arrange()


def main() -> None:
    """Entry point of the console script."""
    app()


def debug() -> bool:
    """Whether ``ZOPA_DEBUG`` asks for tracebacks instead of one-line errors."""
    return os.environ.get("ZOPA_DEBUG", "") not in ("", "0")


if __name__ == "__main__":  # pragma: no cover
    main()
