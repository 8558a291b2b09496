"""The ``zopa`` command: a thin layer that parses arguments, calls the library, renders.

Each command group lives in its own module and registers itself on :data:`app`. Modules
import the heavy parts of the library inside the commands, so that ``zopa --help`` and
every command start fast.
"""

from __future__ import annotations

import sys

from .._quiet import exit_if_swallowed, finish_pending, quiet_imports

_restore_signals = quiet_imports()  # undone at the end of this module

from ..interrupts import Interrupted, stop_on_signals, stopped_by  # noqa: E402
from ._app import app, debug, error_line, fail  # noqa: E402

__all__ = ["app", "debug", "error_line", "fail", "main"]

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
_restore_signals()
finish_pending()
exit_if_swallowed()


def main() -> None:
    """Entry point of the console script: SIGINT, SIGTERM and SIGHUP stop a command with
    status 130, 143 or 129 and one line, never a traceback (:mod:`zopa.interrupts`)."""
    with stop_on_signals(then_exit=True):
        try:
            app()
        except Interrupted as stop:  # outside a command: while parsing, while exiting
            sys.exit(stop.status)
        except SystemExit as ending:
            # Outside a command typer turns any interrupt into 130; say which signal it was.
            signum = stopped_by()
            if signum is not None and ending.code in (1, 130):
                sys.exit(128 + signum)
            raise


if __name__ == "__main__":  # pragma: no cover
    main()
