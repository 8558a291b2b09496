"""Quiet imports: a stop signal while zopa is still importing ends the process with the
signal's status and no traceback. The first module zopa runs, so it imports nothing but
:mod:`signal` (see :mod:`zopa.interrupts` for the rest of the story).

>>> restore = quiet_imports()
>>> restore()
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from types import FrameType

__all__ = ["STOP_SIGNALS", "quiet_imports"]

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
