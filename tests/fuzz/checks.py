"""What every reader must do with any input: the right answer, or one clean line."""

from __future__ import annotations

import time
from typing import Any

from zopa.errors import ScenarioError, one_line

#: Seconds any one input may take, read and checked (the issue: "within seconds").
SECONDS = 10.0


def clean_failure(error: ScenarioError) -> None:
    """A refusal is one printable line that names what is wrong."""
    text = str(error)
    assert text == one_line(text), text
    assert "\n" not in text and "\x1b" not in text
    assert len(text) < 4000, text[:200]
    text.encode("utf-8")  # printable: no lone surrogates reach a terminal


def outcome(read: Any, name: str, data: bytes) -> Any:
    """Read ``data``: return what was read, or ``None`` after a clean refusal. Anything
    else (another exception, a crash while writing the result out) fails the test."""
    started = time.monotonic()
    try:
        result = read(name, data)
    except ScenarioError as error:
        clean_failure(error)
        result = None
    else:
        _writable(result)
    took = time.monotonic() - started
    assert took < SECONDS, f"{name}: {took:.1f} s"
    return result


def _writable(result: Any) -> None:
    from zopa.scenario import Scenario, dump_scenario

    scenario = getattr(result, "scenario", result)
    if isinstance(scenario, Scenario):
        dump_scenario(scenario).encode("utf-8")
        dump_scenario(scenario, fmt="json").encode("utf-8")
