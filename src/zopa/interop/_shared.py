"""What the GENIUS and GeniusWeb converters share: results, ids, numbers, file writing."""

from __future__ import annotations

import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ScenarioError
from ..scenario import Scenario
from ..scenario.model import Interval, Points, midpoint

__all__ = [
    "Conversion",
    "Export",
    "IdMaker",
    "clamped_line_points",
    "dropped_features",
    "is_linear",
    "java_round",
    "json_document",
    "normalised_weights",
    "number",
    "slug",
    "write_files",
]

def json_document(data: bytes, file: str) -> Any:
    """The JSON of a file's bytes (GeniusWeb files, uploads), read by the one guarded
    reader of the scenario format (:func:`zopa.scenario.load.read_json`): duplicate keys,
    deep nesting, huge integers and bad text are one :class:`ScenarioError` each.

    >>> json_document(b'{"issuesValues": {}}', "d.json")
    {'issuesValues': {}}
    """
    from ..scenario.load import decode_text, read_json

    return read_json(decode_text(data, file=file), file=file)


#: Two weight sums within this of 1 are taken as 1 (the files write weights as decimals).
WEIGHT_SUM_TOL = 1e-9


@dataclass(frozen=True)
class Conversion:
    """A scenario read from another tool's files, and what could not be carried over
    exactly (one sentence each)."""

    scenario: Scenario
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"scenario": self.scenario.to_dict(), "warnings": list(self.warnings)}


@dataclass(frozen=True)
class Export:
    """The files written for another tool (name -> content), and what was dropped or
    changed on the way (one sentence each)."""

    files: Mapping[str, bytes]
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"files": sorted(self.files), "warnings": list(self.warnings)}


def slug(text: str) -> str:
    """A zopa id made of ``text``: lower case ASCII letters, digits, ``-`` and ``_``.

    >>> slug("Tow hedge2"), slug("ItexvsCypress_Cypress"), slug("  Café (new) ")
    ('tow-hedge2', 'itexvscypress_cypress', 'cafe-new')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_-]+", "-", ascii_text.lower()).strip("-_")


class IdMaker:
    """Unique slugs: the second ``"price"`` becomes ``"price-2"``."""

    def __init__(self, fallback: str) -> None:
        self._taken: set[str] = set()
        self._fallback = fallback

    def make(self, text: str) -> str:
        base = slug(text) or f"{self._fallback}-{len(self._taken) + 1}"
        candidate, k = base, 2
        while candidate in self._taken:
            candidate, k = f"{base}-{k}", k + 1
        self._taken.add(candidate)
        return candidate


def java_round(x: float) -> int:
    """Java's ``Math.round``: halves round up (``floor(x + 0.5)``), unlike Python's
    ``round``, which rounds halves to even.

    >>> java_round(2.5), round(2.5), java_round(-2.5), java_round(0.49999)
    (3, 2, -2, 0)
    """
    return math.floor(x + 0.5)


def number(text: str | None, *, what: str, file: str, line: int) -> float:
    """A finite number written in a file, or a :class:`ScenarioError` saying where."""
    if text is None:
        raise ScenarioError(f"{what} is missing", file=file, line=line)
    try:
        value = float(text.strip())
    except ValueError:
        raise ScenarioError(f"{what} must be a number, got {text!r}", file=file,
                            line=line) from None
    if not math.isfinite(value):
        raise ScenarioError(f"{what} must be a finite number, got {text!r}", file=file,
                            line=line)
    return value


def clamped_line_points(low: float, high: float, at: float, offset: float, slope: float,
                        scale: float = 1.0) -> Points:
    """The points of ``x -> scale * clamp(offset + slope * (x - at), 0, 1)`` on
    ``[low, high]``: the ends and the places where the line leaves ``[0, 1]``.

    A piecewise-linear function through these points *is* the clamped line, so it gives
    the same value at every grid point as the GENIUS evaluator it comes from.

    >>> clamped_line_points(0, 10, 0, -0.5, 0.2).points
    ((0, 0.0), (2.5, 0.0), (7.5, 1.0), (10, 1.0))
    """
    xs = {low, high}
    if slope != 0:
        for level in (0.0, 1.0):
            cross = at + (level - offset) / slope
            if low < cross < high:
                xs.add(cross)

    def value(x: float) -> float:
        return scale * min(1.0, max(0.0, offset + slope * (x - at)))

    return Points(points=tuple((x, value(x)) for x in sorted(xs)))


def is_linear(xs: Sequence[float], values: Sequence[float]) -> bool:
    """Whether ``values`` lie on one straight line over ``xs`` (within 1e-12).

    >>> is_linear([0, 1, 2], [0.2, 0.4, 0.6]), is_linear([0, 1, 2], [0.0, 1.0, 0.0])
    (True, False)
    """
    if len(xs) <= 2:
        return True
    slope = (values[-1] - values[0]) / (xs[-1] - xs[0])
    return all(abs(values[0] + slope * (x - xs[0]) - v) <= 1e-12
               for x, v in zip(xs, values, strict=True))


def dropped_features(scenario: Scenario, tool: str, *, interactions: bool = False
                     ) -> list[str]:
    """What a profile in ``tool``'s format cannot hold: non-negotiators, red lines,
    interaction terms (unless ``interactions``: the format holds them) and uncertain
    (interval) estimates, one sentence each."""
    out = []
    for party in scenario.parties:
        if party.role != "party":
            out.append(f"{party.role} '{party.id}' is not exported: {tool} has no "
                       f"{party.role}s, only negotiating parties")
    for party in scenario.negotiators:
        prefs = scenario.preferences[party.id]
        if prefs.red_lines:
            n = len(prefs.red_lines)
            out.append(f"party '{party.id}': {n} red line{'s' if n > 1 else ''} dropped "
                       f"({tool} profiles have no hard constraints), so the exported "
                       "negotiation allows agreements they forbid")
        if prefs.interactions and not interactions:
            n = len(prefs.interactions)
            out.append(f"party '{party.id}': {n} interaction term{'s' if n != 1 else ''} "
                       f"dropped ({tool}'s additive profiles have none), so the exported "
                       "profile is the additive part with its weights normalised")
        if prefs.utility_max is not None and not interactions:
            out.append(f"party '{party.id}': utility_max {prefs.utility_max:g} dropped "
                       f"({tool}'s additive profiles normalise by the sum of the weights "
                       "and cap nothing)")
        if _has_interval(party.reservation, prefs.weights, prefs.values):
            out.append(f"party '{party.id}': uncertain estimates (intervals) exported as "
                       "their midpoints")
    return out


def _has_interval(reservation: float | Interval, weights: Mapping[str, Any],
                  values: Mapping[str, Any]) -> bool:
    if isinstance(reservation, Interval):
        return True
    if any(isinstance(w, Interval) for w in weights.values()):
        return True
    for spec in values.values():
        estimates = ([v for _, v in spec.points] if isinstance(spec, Points)
                     else list(spec.values()))
        if any(isinstance(v, Interval) for v in estimates):
            return True
    return False


def normalised_weights(scenario: Scenario, party: str) -> list[float]:
    """The party's weight of each issue (midpoints), normalised to sum 1."""
    prefs = scenario.preferences[party]
    total = sum(midpoint(w) for w in prefs.weights.values())
    return [midpoint(prefs.weights.get(i.id, 0.0)) / total for i in scenario.issues]


def write_files(directory: Path, files: Mapping[str, bytes], *, force: bool = False) -> None:
    """Write ``files`` into ``directory`` (created if missing), each through a temporary
    file and a rename, so that no file is ever left half written.

    Refuses (a :class:`ScenarioError`) to overwrite an existing file unless ``force``.
    """
    if directory.exists() and not directory.is_dir():
        raise ScenarioError("exists and is not a folder", file=str(directory))
    clashes = sorted(name for name in files if (directory / name).exists())
    if clashes and not force:
        raise ScenarioError(f"would overwrite {', '.join(clashes)} (use --force)",
                            file=str(directory))
    staged: list[tuple[str, Path]] = []
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            handle, tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")
            staged.append((tmp, directory / name))
            with os.fdopen(handle, "wb") as out:
                out.write(content)
        for tmp, final in staged:
            os.replace(tmp, final)
    except OSError as exc:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise ScenarioError(f"cannot write: {exc.strerror or exc}", file=str(directory)
                            ) from None
