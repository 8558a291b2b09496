"""GENIUS nonlinear utility spaces (ANAC 2014) and the reference frontier ``pareto.xml``.

An ANAC 2014 profile is ``<utility_space type="nonlinear">`` with integer issues and one
``<utility maxutility="M">`` holding a ``<ufun type="PlainUfun" aggregation="sum">`` of
``<hyperRectangle utility="u">`` elements, each with ``<INCLUDES index= min= max=/>`` (or
``<EXCLUDES .../>``) bounds. GENIUS's own classes (``genius.core.utility``) define the
utility of a bid:

- ``InclusiveHyperRectangle.getUtility``: ``utility * weight`` when, for every bound, the
  bid's integer value of issue ``index`` lies in ``[min, max]``, else 0; a rectangle with
  no bound at all gives ``utility * weight`` to every bid;
- ``ExclusiveHyperRectangle.getUtility``: ``utility * weight`` when some bound is not
  met, else 0;
- ``NonlinearUtilitySpace.getUtility``: the ufun's sum divided by ``maxutility`` (read
  from the file, not computed), capped at 1 (``if (result > 1) return 1``).

zopa writes this as interaction terms (``value: 1``, ``weight: utility``) with
``utility_max: M``: exactly GENIUS's normalisation. A rectangle with bounds on one issue
becomes that issue's values (weight and values that give the same sum), one without
bounds a constant on the first issue. The shipped ``pareto.xml`` files agree: their
points times ``maxutility`` are whole sums of rectangle utilities, and each party's best
point is exactly 1 (checked in ``tests/interop/test_genius_nonlinear.py``).

``pareto.xml`` (despite its name, not XML) lists one point per line, ``u1, u2``, in the
order of the profiles' file names.

>>> ref = parse_reference(b"0.5, 1.0\\n1.0, 0.25\\n", file="pareto.xml", parties=2)
>>> ref.points
((0.5, 1.0), (1.0, 0.25))
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ScenarioError
from ._shared import number
from ._xml import Element

__all__ = ["NonlinearProfile", "Rectangle", "ReferenceFrontier", "nonlinear_preferences",
           "parse_reference", "read_nonlinear"]


@dataclass(frozen=True)
class Rectangle:
    """One hyper-rectangle: ``amount`` (utility times weights) when the bid is inside
    every bound (``outside``: when it is outside one), bounds ``(issue index, min, max)``."""

    amount: float
    bounds: tuple[tuple[int, int, int], ...]
    outside: bool
    line: int


@dataclass(frozen=True)
class NonlinearProfile:
    file: str
    utility_max: float
    rectangles: tuple[Rectangle, ...]


@dataclass(frozen=True)
class ReferenceFrontier:
    """GENIUS's reference frontier: points in the order of the negotiating parties."""

    file: str
    points: tuple[tuple[float, ...], ...]


def read_nonlinear(root: Element, file: str, issues: Mapping[int, tuple[str, int, int]]
                   ) -> NonlinearProfile:
    """The rectangles of a nonlinear profile; ``issues`` maps each issue index of the
    domain to ``(name, lowest, highest)`` of an integer issue (``kind`` otherwise)."""
    utilities = [e for e in _walk(root) if e.tag == "utility"]
    if not utilities:
        raise ScenarioError("a nonlinear profile needs a <utility maxutility=...> element",
                            file=file, line=root.line)
    utility = utilities[0]
    top = number(utility.attrs.get("maxutility"), what="maxutility", file=file,
                 line=utility.line)
    if top <= 0:
        raise ScenarioError(f"maxutility must be positive, got {top:g}", file=file,
                            line=utility.line)
    ufuns = utility.children("ufun")
    if len(ufuns) != 1:
        raise ScenarioError(f"expected one <ufun> in <utility>, found {len(ufuns)}",
                            file=file, line=utility.line)
    ufun = ufuns[0]
    aggregation = (ufun.attrs.get("aggregation") or "sum").strip().lower()
    if aggregation != "sum" or ufun.children("ufun"):
        raise ScenarioError("only a flat <ufun aggregation=\"sum\"> of hyperRectangles is "
                            "supported (ANAC 2014's PlainUfun)", file=file, line=ufun.line)
    scale = number(ufun.attrs.get("weight", "1"), what="ufun weight", file=file, line=ufun.line)
    rectangles = []
    for element in ufun.children("hyperRectangle"):
        value = number(element.attrs.get("utility"), what="hyperRectangle utility",
                       file=file, line=element.line)
        weight = number(element.attrs.get("weight", "1"), what="hyperRectangle weight",
                        file=file, line=element.line)
        amount = value * weight * scale
        if amount < 0:
            raise ScenarioError(
                f"hyperRectangle utility {value:g} (times weights {weight:g}, {scale:g}) is "
                "negative: zopa's utilities stay in [0, 1], like GENIUS's ANAC spaces",
                file=file, line=element.line)
        includes, excludes = element.children("INCLUDES"), element.children("EXCLUDES")
        if includes and excludes:
            raise ScenarioError("a hyperRectangle has both INCLUDES and EXCLUDES bounds; GENIUS "
                                "reads only one kind", file=file, line=element.line)
        bounds = []
        for bound in includes or excludes:
            index = int(number(bound.attrs.get("index"), what="bound index", file=file,
                               line=bound.line))
            if index not in issues:
                raise ScenarioError(f"a bound names issue index {index}, which is not an "
                                    "integer issue of the domain", file=file, line=bound.line)
            name, low, high = issues[index]
            lo = number(bound.attrs.get("min"), what="bound min", file=file, line=bound.line)
            hi = number(bound.attrs.get("max"), what="bound max", file=file, line=bound.line)
            if lo > hi:
                raise ScenarioError(f"reversed bound on issue '{name}': min {lo:g} exceeds max "
                                    f"{hi:g}", file=file, line=bound.line)
            if lo < low or hi > high:
                raise ScenarioError(f"bound [{lo:g}, {hi:g}] on issue '{name}' lies outside its "
                                    f"range [{low}, {high}]", file=file, line=bound.line)
            bounds.append((index, math.ceil(lo), math.floor(hi)))
        rectangles.append(Rectangle(amount, tuple(bounds), bool(excludes), element.line))
    if not rectangles:
        raise ScenarioError("the nonlinear profile has no <hyperRectangle>", file=file,
                            line=ufun.line)
    return NonlinearProfile(file, top, tuple(rectangles))


def nonlinear_preferences(profile: NonlinearProfile, issues: Sequence[tuple[int, str, int, int]]
                          ) -> dict[str, Any]:
    """The zopa preferences of a nonlinear profile; ``issues`` are the domain's integer
    issues as ``(index, zopa id, lowest, highest)``, in domain order."""
    by_index = {index: (iid, low, high) for index, iid, low, high in issues}
    additive: dict[int, list[float]] = {index: [0.0] * (high - low + 1)
                                        for index, _, low, high in issues}
    terms: list[dict[str, Any]] = []
    for rect in profile.rectangles:
        merged: dict[int, tuple[int, int]] = {}
        for index, lo, hi in rect.bounds:  # two bounds on one issue: both must hold
            a, b = merged.get(index, (lo, hi))
            merged[index] = (max(a, lo), min(b, hi))
        if len(merged) >= 2:
            terms.append({
                "when": {by_index[i][0]: {"min": lo, "max": hi} for i, (lo, hi) in merged.items()},
                "value": 1, "weight": rect.amount,
                **({"outside": True} if rect.outside else {})})
            continue
        index = next(iter(merged)) if merged else issues[0][0]
        _, low, _ = by_index[index]
        column = additive[index]
        for k in range(len(column)):
            x = low + k
            inside = not merged or (merged[index][0] <= x <= merged[index][1])
            if inside != rect.outside or not merged:
                column[k] += rect.amount
    weights: dict[str, float] = {}
    values: dict[str, Any] = {}
    for index, iid, low, _ in issues:
        column = additive[index]
        top = max(column)
        if top > 0:
            weights[iid] = top
            values[iid] = {low + k: c / top for k, c in enumerate(column) if c > 0}
    if not weights:  # nothing is worth anything: a weight on values that are all 0
        weights[issues[0][1]] = 1.0
    return {"weights": weights, "values": values, "interactions": terms,
            "utility_max": profile.utility_max}


def parse_reference(data: bytes, *, file: str, parties: int) -> ReferenceFrontier:
    """GENIUS's ``pareto.xml``: one point a line, utilities separated by commas."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioError(f"not UTF-8 text (byte {exc.start})", file=file) from None
    points = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p for p in line.replace(";", ",").split(",") if p.strip()]
        if len(parts) != parties:
            raise ScenarioError(f"a reference point needs {parties} utilities separated by "
                                f"commas, got {line.strip()!r}", file=file, line=line_no)
        point = tuple(number(p, what="utility", file=file, line=line_no) for p in parts)
        if any(not 0 <= u <= 1 + 1e-9 for u in point):
            raise ScenarioError(f"utilities of a reference point lie in [0, 1], got "
                                f"{line.strip()!r}", file=file, line=line_no)
        points.append(point)
    if not points:
        raise ScenarioError("the reference frontier is empty (no 'u1, u2' line)", file=file)
    return ReferenceFrontier(Path(file).name, tuple(points))


def _walk(element: Element) -> list[Element]:
    out = [element]
    for kid in element.kids:
        out.extend(_walk(kid))
    return out
