"""Packages as the mediation procedures pass them around: read from text, checked, shown.

A package is one outcome: an option for every issue, held as a row of option indices
(the form :class:`zopa.space.Space` computes with) and shown as a
:class:`zopa.analysis.Package` (``issue -> option`` and each negotiator's utility).

>>> from zopa.examples import load_example
>>> from zopa.space import compile_space
>>> space = compile_space(load_example())
>>> row = parse_package(space, "neutrality=neutral-guaranteed, armed-forces=150000, "
...     "denazification=anti-extremism-law, russian-language=regional-protection, "
...     "donbas=separate-track, crimea=consultations-15-years")
>>> crossed(space, row)
('russia#0', 'russia#1')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from numpy.typing import NDArray

from ..analysis import Package
from ..analysis._tolerance import keys, meets
from ..scenario.model import OptionId
from ..space import Space

__all__ = [
    "acceptable",
    "crossed",
    "package",
    "parse_package",
    "relax",
    "utility_keys",
]

IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]


def parse_package(space: Space, spec: str | Mapping[str, OptionId]) -> IntArray:
    """The row of a package written ``issue=option,issue=option,...`` (or given as a
    mapping). Every issue must be named once; raises :class:`ValueError` saying what is
    wrong otherwise."""
    if isinstance(spec, str):
        pairs: list[tuple[str, str]] = []
        for part in (p.strip() for p in spec.split(",")):
            if not part:
                continue
            if "=" not in part:
                raise ValueError(f"'{part}' is not of the form issue=option")
            name, written = (s.strip() for s in part.split("=", 1))
            pairs.append((name, written))
        seen: set[str] = set()
        for name, _ in pairs:
            if name in seen:
                raise ValueError(f"issue '{name}' is named twice")
            seen.add(name)
        mapping: Mapping[str, OptionId] = dict(pairs)
    else:
        mapping = spec
    row = np.full(len(space.issues), -1, dtype=np.int64)
    for issue, option in mapping.items():
        if issue not in space.issues:
            raise ValueError(f"'{issue}' is not an issue of the scenario "
                             f"(issues: {', '.join(space.issues)})")
        i = space.issues.index(issue)
        try:
            row[i] = space.option_index(i, _option_value(option))
        except KeyError:
            options = ", ".join(str(o) for o in space.options[i][:12])
            more = ", ..." if len(space.options[i]) > 12 else ""
            raise ValueError(f"'{option}' is not an option of issue '{issue}' "
                             f"(options: {options}{more})") from None
    missing = [iid for iid, k in zip(space.issues, row, strict=True) if k < 0]
    if missing:
        raise ValueError(f"the package gives no option for {', '.join(missing)}: name one "
                         "option for every issue")
    return row


def _option_value(option: OptionId) -> OptionId:
    """Numbers written as text (``150000``, ``2.5``) match numeric options."""
    if isinstance(option, str):
        for kind in (int, float):
            try:
                return kind(option)
            except ValueError:
                continue
    return option


def relax(space: Space, names: Iterable[str]) -> Space:
    """The same space with the named red lines (``russia#0``, or a red line's own ``id``)
    set aside, as if conceded."""
    by_id = {r.source.id: r.name for r in space.red_lines if r.source.id is not None}
    dropped = {by_id.get(n, n) for n in names}
    known = {r.name for r in space.red_lines}
    unknown = sorted(dropped - known)
    if unknown:
        raise ValueError(f"'{unknown[0]}' is not a red line of the scenario "
                         f"(red lines: {', '.join(sorted(known))})")
    if not dropped:
        return space
    return space.without(dropped)


def crossed(space: Space, row: Sequence[int] | IntArray) -> tuple[str, ...]:
    """The names of the binding red lines the package crosses."""
    hits = space.violations(np.asarray(row, dtype=np.int64).reshape(1, -1))[0]
    return tuple(r.name for r, hit in zip(space.red_lines, hits, strict=True) if hit)


def acceptable(space: Space, rows: IntArray) -> BoolArray:
    """Which packages (rows) are acceptable to every negotiator: no red line crossed and
    every reservation reached (within the format's 1e-9)."""
    rows = np.asarray(rows, dtype=np.int64).reshape(-1, len(space.issues))
    ok = ~space.violations(rows).any(axis=1)
    return np.asarray(ok & meets(space.utilities(rows), space.reservations))


def package(space: Space, row: Sequence[int] | IntArray) -> Package:
    """A row as a :class:`zopa.analysis.Package`, utilities in the canonical order."""
    row = np.asarray(row, dtype=np.int64)
    utility = space.utilities(row.reshape(1, -1))[0]
    return Package(outcome=space.outcome_dict([int(k) for k in row]),
                   utilities=tuple(float(u) for u in utility),
                   indices=tuple(int(k) for k in row))


def utility_keys(space: Space, row: Sequence[int] | IntArray) -> IntArray:
    """The format's integer keys (``round(u * 1e9)``) of a package's utilities."""
    out: IntArray = keys(space.utilities(np.asarray(row, dtype=np.int64).reshape(1, -1)))[0]
    return out
