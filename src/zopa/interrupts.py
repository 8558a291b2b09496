"""Interrupts that always land, and never in the middle of a write.

A long command (a tournament, a sensitivity run) is stopped by Ctrl-C (SIGINT), by
SIGTERM or by SIGHUP. Python raises ``KeyboardInterrupt`` at whatever bytecode runs when
the signal arrives; if that is inside a database write, the connection can be left holding
its transaction, and the run can then never be marked ``interrupted``. So:

- :func:`stop_on_signals` installs one handler for the three signals. Outside a shielded
  section it raises :class:`Interrupted` at once (a ``KeyboardInterrupt`` that knows its
  signal and its exit status: 130, 143, 129). Later signals, a second Ctrl-C included,
  are recorded and ignored while the first one is being handled, so the clean-up runs
  to its end.
- :func:`shielded` marks a section that must not be cut in two (a transaction, a progress
  update): a signal arriving inside it is raised as soon as the section ends.
- :func:`checkpoint` raises a signal that arrived in a shielded section, for code that
  waits in slices inside one (SQLite's busy wait, :func:`zopa.store.db.write`).

Without :func:`stop_on_signals` (the library used from Python), nothing changes: Ctrl-C
raises ``KeyboardInterrupt`` wherever it lands, as usual.

>>> try:
...     with stop_on_signals(), shielded():
...         signal.raise_signal(signal.SIGTERM)
...         inside = "finished"
... except Interrupted as stop:
...     print(inside, stop.status)
finished 143
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

__all__ = ["STOP_SIGNALS", "Interrupted", "checkpoint", "quiet_imports", "shielded",
           "stop_on_signals"]

from ._quiet import STOP_SIGNALS, quiet_imports


class Interrupted(KeyboardInterrupt):
    """A command stopped by a signal; :attr:`status` is the exit status that says so."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        self.signum = int(signum)
        super().__init__(f"stopped by {signal.Signals(self.signum).name}")

    @property
    def status(self) -> int:
        """``128 + signal``: 130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP."""
        return 128 + self.signum


@dataclass
class _State:
    active: int = 0
    depth: int = 0
    pending: int | None = None
    stopping: bool = False
    signum: int | None = None


_state = _State()


def _handle(signum: int, frame: FrameType | None) -> None:
    if _state.stopping:
        return
    if _state.depth:
        if _state.pending is None:
            _state.pending = signum
        return
    _state.stopping, _state.signum = True, signum
    raise Interrupted(signum)


@contextmanager
def stop_on_signals(*, then_exit: bool = False) -> Iterator[None]:
    """Turn SIGINT, SIGTERM and SIGHUP into :class:`Interrupted` inside the block (in the
    main thread; elsewhere, and nested, it changes nothing).

    ``then_exit``: the process ends after the block (the command line). Once a signal
    stopped it, later ones are then ignored to the end of the process: Python's shutdown
    puts the default handlers back, and a second Ctrl-C there would kill the process by
    the signal instead of letting it exit with its status."""
    if threading.current_thread() is not threading.main_thread() or _state.active:
        yield
        return
    previous = {s: signal.getsignal(s) for s in STOP_SIGNALS}
    _state.active, _state.depth, _state.pending, _state.stopping = 1, 0, None, False
    _state.signum = None
    for s in STOP_SIGNALS:
        signal.signal(s, _handle)
    try:
        yield
    finally:
        ignore = then_exit and _state.stopping
        for s, handler in previous.items():
            signal.signal(s, signal.SIG_IGN if ignore else handler)
        _state.active, _state.depth, _state.pending = 0, 0, None


@contextmanager
def shielded() -> Iterator[None]:
    """A section a signal must not cut: a signal that arrives inside is raised at its end."""
    _state.depth += 1
    try:
        yield
    finally:
        _state.depth -= 1
        if not _state.depth:
            checkpoint()


def checkpoint() -> None:
    """Raise :class:`Interrupted` now if a signal arrived while shielded."""
    if _state.pending is not None and not _state.stopping:
        signum, _state.pending, _state.stopping = _state.pending, None, True
        _state.signum = signum
        raise Interrupted(signum)


def stopping() -> bool:
    """Whether a signal is stopping the command (its clean-up is running)."""
    return _state.stopping


def stopped_by() -> int | None:
    """The signal that stopped the last command run under :func:`stop_on_signals`."""
    return _state.signum
