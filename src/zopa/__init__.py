"""zopa: where parties in a multi-issue negotiation can agree, and what blocks them.

Read a scenario, analyse it::

    >>> import zopa
    >>> result = zopa.analyze(zopa.load_example())
    >>> [issue.id for issue in result.blocked]
    ['donbas', 'crimea']

The names below are imported on first use, so that ``zopa --help`` starts fast.
"""

from __future__ import annotations

import _signal  # type: ignore[import-not-found]  # built in: nothing to find on disk first
import sys as _sys


def _exit_quietly(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


# A stop signal while zopa imports exits with the signal's status and no traceback (see
# zopa._quiet; only default handlers are replaced, and they come back at the end).
_QUIET = {s: _signal.getsignal(s) for s in (2, 15, 1) if s in _signal.valid_signals()}
for _s, _h in _QUIET.items():
    if _h in (_signal.default_int_handler, _signal.SIG_DFL):
        try:
            _signal.signal(_s, _exit_quietly)
        except ValueError:  # not the main thread
            break

#: The statuses of stop signals whose ``SystemExit`` Python swallowed during the imports: the
#: handler ran while Python ran code whose exceptions it can only report (a weakref callback
#: of the import system), so the exit did not happen. zopa exits with the status once its
#: imports are done (:func:`zopa._quiet.exit_if_swallowed`); the hook is ours only as long
#: as the quiet handlers are.
_SWALLOWED: list[int] = []
_STATUSES = frozenset(128 + s for s in _QUIET)
_unraisable = _sys.unraisablehook


def _swallowed(args: object) -> None:
    exc = getattr(args, "exc_value", None)
    if isinstance(exc, SystemExit) and exc.code in _STATUSES:
        _SWALLOWED.append(int(exc.code))  # no "Exception ignored" traceback: zopa exits
        return
    _unraisable(args)  # type: ignore[arg-type]


def _end_swallowing() -> None:
    if _sys.unraisablehook is _swallowed:
        _sys.unraisablehook = _unraisable


_sys.unraisablehook = _swallowed

import importlib  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

__version__ = "0.1.0"

_EXPORTS = {
    "Analysis": "zopa.analysis",
    "ScenarioError": "zopa.errors",
    "Scenario": "zopa.scenario",
    "Space": "zopa.space",
    "analyze": "zopa.analysis",
    "compile_space": "zopa.space",
    "dump_scenario": "zopa.scenario",
    "frontier_points": "zopa.analysis",
    "load_example": "zopa.examples",
    "load_scenario": "zopa.scenario",
    "parse_scenario": "zopa.scenario",
}

__all__ = ["__version__", *sorted(_EXPORTS)]

if TYPE_CHECKING:
    from .analysis import Analysis, analyze, frontier_points
    from .errors import ScenarioError
    from .examples import load_example
    from .scenario import Scenario, dump_scenario, load_scenario, parse_scenario
    from .space import Space, compile_space


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'zopa' has no attribute {name!r}")


from ._quiet import adopt as _adopt  # noqa: E402
from ._quiet import exit_if_swallowed as _exit_if_swallowed  # noqa: E402

_adopt(_exit_quietly, _QUIET, _end_swallowing)
_exit_if_swallowed()
