"""The files ``zopa forecast`` reads: a zopa scenario, a KTAB CSV or XML, an EUM CSV.

- ``.yaml``, ``.yml``, ``.json``: a zopa scenario (:mod:`zopa.forecast.from_scenario`).
- ``.xml``: KTAB's SMP XML (:func:`zopa.forecast.ktab.read_ktab`).
- ``.csv``: an **EUM CSV** when its header row has the columns ``Actor``, ``Capability``,
  ``Position`` and ``Salience`` (the layout of the replications of Bueno de Mesquita's
  model; any order, other columns ignored); otherwise KTAB's SMP CSV.

An EUM CSV's saliences are on 0-100 (divided by 100), capabilities any non-negative
number, positions any number; the axis runs from the smallest position to the largest.

>>> from pathlib import Path
>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     p = Path(d, "x.csv")
...     _ = p.write_text("Actor,Capability,Position,Salience\\nA,1,0,50\\nB,2,10,100\\n")
...     m = read_eum_csv(p)
>>> m.actors, m.salience.tolist(), m.bounds.tolist()
(('A', 'B'), [[0.5], [1.0]], [[0.0, 10.0]])
"""

from __future__ import annotations

import csv
import io
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ScenarioError
from ..scenario.load import read_text
from ..scenario.model import Scenario
from .spatial import SpatialModel
from .uncertain import UncertainModel

__all__ = ["EUM_COLUMNS", "ForecastInput", "is_eum_csv", "read_eum_csv", "read_input"]

EUM_COLUMNS = ("Actor", "Capability", "Position", "Salience")


@dataclass(frozen=True)
class ForecastInput:
    """What a file gives a forecast: the model (with its intervals), the scenario it
    came from (zopa files only), KTAB's parameters (KTAB files only) and the kind of file
    (``"scenario"``, ``"ktab"`` or ``"eum"``)."""

    model: UncertainModel
    kind: str
    scenario: Scenario | None = None
    ktab_params: Any = None
    file: str | None = None

    def check(self, model: str) -> None:
        """What ``model`` needs of a zopa scenario's actors, as an error at the party's
        line: KTAB's SMP weighs every actor's votes by its capability and salience and
        refuses a zero weight, so a forecast actor (an observer too) with capability 0,
        or no salience on any issue, is an error for ``smp`` (the other models give it no
        weight). KTAB and EUM files are checked as they are read."""
        if model != "smp" or self.scenario is None:
            return
        from .from_scenario import smp_actors

        try:
            smp_actors(self.scenario, self.model.midpoint())
        except ScenarioError as exc:
            raise _at_line(exc, self.file or "") from None


def read_input(path: str | os.PathLike[str]) -> ForecastInput:
    """Read any file ``zopa forecast`` accepts (see the module docstring)."""
    file = str(path)
    suffix = Path(path).suffix.lower()
    if suffix in (".yaml", ".yml", ".json"):
        return _scenario_input(file)
    if suffix == ".csv" and is_eum_csv(read_text(path)):
        return ForecastInput(UncertainModel.exact(read_eum_csv(path)), "eum")
    if suffix in (".csv", ".xml"):
        from .ktab import read_ktab

        ktab = read_ktab(path)
        return ForecastInput(UncertainModel.exact(ktab.model), "ktab", ktab_params=ktab.params)
    raise ScenarioError(
        f"cannot tell what '{suffix or 'no extension'}' is: give a zopa scenario "
        "(.yaml, .json), a KTAB file (.csv, .xml) or an EUM CSV (.csv)", file=file)


def _scenario_input(file: str) -> ForecastInput:
    from ..scenario.load import parse_scenario
    from .from_scenario import uncertain_model

    text = read_text(file)
    scenario = parse_scenario(text, file=file)
    try:
        model = uncertain_model(scenario)
    except ScenarioError as exc:
        raise _at_line(exc, file, text) from None
    return ForecastInput(model, "scenario", scenario=scenario, file=file)


def _at_line(exc: ScenarioError, file: str, text: str | None = None) -> ScenarioError:
    """``exc`` (a path in the scenario) at the line of ``file`` the path names."""
    from ..scenario.load import read_document

    _, lines = read_document(read_text(file) if text is None else text, file=file)
    line = next((lines[exc.path[:k]] for k in range(len(exc.path), 0, -1)
                 if exc.path[:k] in lines), None)
    return exc.with_source(file, line)


def _header(text: str) -> list[str]:
    for row in csv.reader(io.StringIO(text)):
        if any(cell.strip() for cell in row):
            return [cell.strip() for cell in row]
    return []


def is_eum_csv(text: str) -> bool:
    """Whether the first row of a CSV text names the EUM columns."""
    return set(EUM_COLUMNS) <= set(_header(text))


def read_eum_csv(path: str | os.PathLike[str]) -> SpatialModel:
    """Read an EUM CSV (``Actor,Capability,Position,Salience``) as a one-axis model."""
    file = str(path)
    text = read_text(path)
    rows = list(csv.reader(io.StringIO(text)))
    start = next((k for k, row in enumerate(rows) if any(c.strip() for c in row)), None)
    if start is None:
        raise ScenarioError("the file is empty", file=file)
    header = [c.strip() for c in rows[start]]
    missing = [c for c in EUM_COLUMNS if c not in header]
    if missing:
        raise ScenarioError(f"the header has no column {missing[0]!r} (an EUM CSV has "
                            f"{', '.join(EUM_COLUMNS)})", file=file, line=start + 1)
    col = {name: header.index(name) for name in EUM_COLUMNS}
    actors: list[str] = []
    numbers: dict[str, list[float]] = {"Capability": [], "Position": [], "Salience": []}
    for k, row in enumerate(rows[start + 1:], start=start + 2):
        if not any(c.strip() for c in row):
            continue
        cells = [c.strip() for c in row] + [""] * len(header)
        name = cells[col["Actor"]]
        if not name:
            raise ScenarioError("the actor has no name", file=file, line=k, path=("Actor",))
        if name in actors:
            raise ScenarioError(f"duplicate actor {name!r}", file=file, line=k,
                                path=("Actor",))
        actors.append(name)
        for column, values in numbers.items():
            values.append(_cell(cells[col[column]], column, name, file, k))
    if not actors:
        raise ScenarioError("the file has a header but no actors", file=file, line=start + 1)
    positions = numbers["Position"]
    low, high = min(positions), max(positions)
    return SpatialModel.build(
        actors=actors, dimensions=["position"], capability=numbers["Capability"],
        position=[[x] for x in positions],
        salience=[[s / 100] for s in numbers["Salience"]],
        bounds=[[low, high if high > low else low + 1.0]],
        name=Path(path).stem, roles=None)


def _cell(text: str, column: str, actor: str, file: str, line: int) -> float:
    if not text:
        raise ScenarioError(f"{actor!r} has no {column.lower()}", file=file, line=line,
                            path=(column,))
    try:
        value = float(text)
    except ValueError:
        raise ScenarioError(f"{text!r} is not a number ({actor!r})", file=file, line=line,
                            path=(column,)) from None
    if not math.isfinite(value):
        raise ScenarioError(f"{text!r} is not a finite number ({actor!r})", file=file,
                            line=line, path=(column,))
    if column == "Salience" and not 0 <= value <= 100:
        raise ScenarioError(f"salience {text} of {actor!r} is outside [0, 100]", file=file,
                            line=line, path=(column,))
    if column == "Capability" and value < 0:
        raise ScenarioError(f"capability {text} of {actor!r} is negative", file=file,
                            line=line, path=(column,))
    return value
