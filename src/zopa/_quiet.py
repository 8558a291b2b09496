"""Quiet imports: a stop signal while zopa is still importing ends the process with the
signal's status and no traceback. The first module zopa runs, so it imports nothing but
:mod:`signal` (see :mod:`zopa.interrupts` for the rest of the story).

The handler raises ``SystemExit``. When the signal lands while Python runs code whose
exceptions it can only report (a weakref callback of the import system, seen once in
twenty CI runs), Python prints "Exception ignored in ..." and goes on; ``zopa/__init__``'s
``sys.unraisablehook`` (installed with the quiet handlers and removed with them) keeps the
status instead, and :func:`exit_if_swallowed` exits with it once the imports are done.

>>> restore = quiet_imports()
>>> restore()
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from types import FrameType

__all__ = ["STOP_SIGNALS", "adopt", "exit_if_swallowed", "quiet_imports"]

#: The signals that stop a command.
STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def _exit_quietly(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def quiet_imports() -> Callable[[], None]:
    """While a module imports, a stop signal exits with its status and no traceback
    (nothing has started, nothing needs saving). Returns the function that puts the
    previous handlers back; only default handlers are replaced, so a program that
    handles these signals itself keeps its own. ``zopa`` and ``zopa.cli`` call it first
    and undo it last."""
    replaced = {}
    try:
        for s in STOP_SIGNALS:
            handler = signal.getsignal(s)
            if handler in (signal.default_int_handler, signal.SIG_DFL):
                signal.signal(s, _exit_quietly)
                replaced[s] = handler
    except ValueError:  # not the main thread: signals are not ours to handle
        pass

    def restore() -> None:
        for s, previous in replaced.items():
            if signal.getsignal(s) is _exit_quietly:
                signal.signal(s, previous)

    return restore


def adopt(handler: Callable[[int, FrameType | None], None] | Callable[[int, object], None],
          previous: dict[int, object], then: Callable[[], None] = lambda: None) -> None:
    """End the quiet imports ``zopa/__init__`` began (with ``handler``, replacing
    ``previous``, and ``then`` to run after): at once, unless ``zopa.cli`` is being
    imported right after (the command line), which then ends them when its own imports
    are done."""
    import importlib._bootstrap as bootstrap

    def restore() -> None:
        for s, old in previous.items():
            if signal.getsignal(s) is handler:
                signal.signal(s, old)  # type: ignore[arg-type]
        then()

    if "zopa.cli" in getattr(bootstrap, "_module_locks", {}):
        _pending.append(restore)
    else:
        restore()


def exit_if_swallowed() -> None:
    """Exit with the status of a stop signal whose ``SystemExit`` Python swallowed while
    zopa imported (``zopa._SWALLOWED``: the handler ran inside a weakref callback of the
    import system, whose exceptions Python only reports): the signal still ends the run."""
    import sys

    statuses: list[int] = getattr(sys.modules.get("zopa"), "_SWALLOWED", [])
    if statuses:
        raise SystemExit(statuses[0])


#: What ``zopa/__init__`` left for ``zopa.cli`` to undo.
_pending: list[Callable[[], None]] = []


def finish_pending() -> None:
    """Undo what :func:`adopt` left for later."""
    while _pending:
        _pending.pop()()
