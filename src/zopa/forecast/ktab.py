"""KTAB's SMP input files: the CSV and the XML scenario (``smpSchema.xsd``), read and
written.

KTAB (KAPSARC's Toolkit for Behavioral Analysis, repository ``lsyaseen/KTAB``, MIT) reads
them in ``examples/smp/libsrc/smpread.cpp``:

* **CSV**: line 1 ``name, description, actors, dimensions``; line 2 the header
  ``Actor, Description, Power, <dim 1>, <sal 1>, ...`` (the position columns name the
  dimensions); then one line per actor: name, description, capability, then a position
  (0-100) and a salience (0-100) per dimension. An actor's saliences add up to at most 100.
  Lines may end with a comma.
* **XML**: ``Scenario`` with ``name``, ``desc``, ``prngSeed``, optional ``ModelParameters``
  (the nine SMP options), optional ``Dimensions`` (``dName``), ``Actors`` (``Actor``:
  ``name``, ``description``, ``capability`` 0-1000, ``Position`` of ``dCoord`` 0-100,
  ``Salience`` of ``dSal`` 0-100) and an optional ``IdealAdjustment`` of ``iaPair``
  (``adjustingIdeal``, ``referencePos``, ``adjust``), checked against the schema's rules.

Positions stay in the file's 0-100 units (axes of 0-100); saliences are divided by 100.
Any problem is a :class:`~zopa.errors.ScenarioError` naming the file, the line and the
place.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "t.csv").write_text("T,demo,3,1,\\nActor,Description,Power,Pstn1,Sal1,\\n"
...                             "A,,10,20,50,\\nB,,30,80,40,\\nC,,5,50,90,\\n")
>>> k = read_ktab(d / "t.csv")
>>> k.model.actors, k.model.position.tolist(), k.model.salience.tolist()
(('A', 'B', 'C'), [[20.0], [80.0], [50.0]], [[0.5], [0.4], [0.9]])
>>> read_ktab(d / "t.csv").params.voting_rule
'Proportional'
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

import numpy as np

from ..errors import ScenarioError
from ..interop._shared import write_files
from ..interop._xml import Element, parse_xml
from ..scenario.load import read_file, read_text
from .smp import (
    BargnModel,
    BigRAdjust,
    BigRRange,
    InterVecBrgn,
    PCEModel,
    SMPParameters,
    StateTransitions,
    ThirdPartyCommit,
    VictoryProbModel,
    VotingRule,
)
from .spatial import SpatialModel

__all__ = ["KtabInput", "read_ktab", "write_ktab_csv"]

_MIN_ACTORS, _MAX_ACTORS = 3, 250   # KBase::Model::minNumActor, maxNumActor
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_FLOAT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


@dataclass(frozen=True)
class KtabInput:
    """What a KTAB file says: the spatial model and the SMP's parameters."""

    model: SpatialModel
    params: SMPParameters


def read_ktab(path: str | os.PathLike[str]) -> KtabInput:
    """Read a KTAB SMP CSV or XML file (by extension, else by content)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return _read_xml(path)
    if suffix == ".csv":
        return _read_csv(path)
    head = read_file(path)[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    return _read_xml(path) if head.startswith(b"<") else _read_csv(path)


# ---------------------------------------------------------------- CSV

def _cells(line: str) -> list[str]:
    cells = [c.strip() for c in line.split(",")]
    if cells and cells[-1] == "":
        cells.pop()
    return [c[1:-1] if len(c) >= 2 and c[0] == c[-1] == '"' else c for c in cells]


def _csv_number(cell: str, *, file: str, line: int, where: str, what: str) -> float:
    if cell == "":
        raise ScenarioError(f"{where}: the {what} is missing", file=file, line=line)
    if not _FLOAT.match(cell):
        raise ScenarioError(f"{where}: the {what} {cell!r} is not a number", file=file,
                            line=line)
    return float(cell)


def _read_csv(path: Path) -> KtabInput:
    file = str(path)
    lines = [(n + 1, text) for n, text in enumerate(read_text(path).splitlines())
             if text.strip(" \t,")]
    if len(lines) < 2:
        raise ScenarioError("a KTAB CSV needs a title line, a header line and actors",
                            file=file, line=lines[0][0] if lines else None)
    (title_no, title), (header_no, header) = lines[0], lines[1]
    head = _cells(title)
    if len(head) < 4:
        raise ScenarioError("the first line must be: name, description, number of actors, "
                            "number of dimensions", file=file, line=title_no)
    counts = []
    for cell, what in ((head[2], "number of actors"), (head[3], "number of dimensions")):
        if not re.fullmatch(r"\d+", cell):
            raise ScenarioError(f"the {what} {cell!r} is not a whole number", file=file,
                                line=title_no)
        counts.append(int(cell))
    n, d = counts
    if d < 1:
        raise ScenarioError("a KTAB scenario needs at least one dimension", file=file,
                            line=title_no)
    if not _MIN_ACTORS <= n <= _MAX_ACTORS:
        raise ScenarioError(f"KTAB takes {_MIN_ACTORS} to {_MAX_ACTORS} actors, the first line "
                            f"says {n}", file=file, line=title_no)
    columns = _cells(header)
    if len(columns) < 3 + 2 * d:
        raise ScenarioError(f"the header has {len(columns)} columns; {d} dimensions need "
                            f"{3 + 2 * d}", file=file, line=header_no)
    dims = [columns[3 + 2 * k] or f"Dim{k + 1}" for k in range(d)]
    sal_names = [columns[4 + 2 * k] or f"Sal{k + 1}" for k in range(d)]
    rows = lines[2:]
    if len(rows) != n:
        raise ScenarioError(f"the first line says {n} actors, the file has {len(rows)}",
                            file=file, line=rows[n][0] if len(rows) > n else title_no)
    names, caps, pos, sal = [], [], [], []
    for line_no, text in rows:
        cells = _cells(text)
        name = cells[0] if cells else ""
        where = f"actor {name!r}"
        if not name:
            raise ScenarioError("an actor has no name", file=file, line=line_no)
        if name in names:
            raise ScenarioError(f"{where} appears twice", file=file, line=line_no)
        if len(cells) < 3 + 2 * d:
            raise ScenarioError(f"{where}: {len(cells)} columns, {3 + 2 * d} expected",
                                file=file, line=line_no)
        cap = _csv_number(cells[2], file=file, line=line_no, where=where, what="capability")
        if cap <= 0:
            raise ScenarioError(f"{where}: capability {cells[2]} must be positive",
                                file=file, line=line_no)
        p_row, s_row = [], []
        for k in range(d):
            p = _csv_number(cells[3 + 2 * k], file=file, line=line_no,
                            where=f"{where}, {dims[k]}", what="position")
            s = _csv_number(cells[4 + 2 * k], file=file, line=line_no,
                            where=f"{where}, {sal_names[k]}", what="salience")
            if not 0 <= p <= 100:
                raise ScenarioError(f"{where}, {dims[k]}: position {cells[3 + 2 * k]} is "
                                    "outside 0-100", file=file, line=line_no)
            if s < 0:
                raise ScenarioError(f"{where}, {sal_names[k]}: salience {cells[4 + 2 * k]} "
                                    "is negative", file=file, line=line_no)
            if s > 100:
                raise ScenarioError(f"{where}, {sal_names[k]}: salience {cells[4 + 2 * k]} "
                                    "is over 100", file=file, line=line_no)
            p_row.append(p)
            s_row.append(s)
        if sum(s_row) > 100:
            raise ScenarioError(f"{where}: the saliences add up to {sum(s_row):g}, over 100",
                                file=file, line=line_no)
        if sum(s_row) <= 0:
            raise ScenarioError(f"{where}: every salience is 0", file=file, line=line_no)
        names.append(name)
        caps.append(cap)
        pos.append(p_row)
        sal.append(s_row)
    model = SpatialModel.build(actors=names, dimensions=dims, capability=caps, position=pos,
                               salience=np.array(sal) / 100.0, name=head[0],
                               description=head[1])
    return KtabInput(model=model, params=SMPParameters())


# ---------------------------------------------------------------- XML

_PARAMETERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("VictoryProbModel", "victory_prob_model", get_args(VictoryProbModel)),
    ("PCEModel", "pce_model", get_args(PCEModel)),
    ("StateTransitions", "state_transitions", get_args(StateTransitions)),
    ("VotingRule", "voting_rule", get_args(VotingRule)),
    ("BigRAdjust", "big_r_adjust", get_args(BigRAdjust)),
    ("BigRRange", "big_r_range", get_args(BigRRange)),
    ("ThirdPartyCommit", "third_party_commit", get_args(ThirdPartyCommit)),
    ("InterVecBrgn", "inter_vec_brgn", get_args(InterVecBrgn)),
    ("BargnModel", "bargn_model", get_args(BargnModel)),
)
#: KTAB's own spellings (``kmodel.h``) besides the schema's
_ALIASES = {("VotingRule", "Prop"): "Proportional", ("BigRAdjust", "None"): "No"}


class _Xml:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, element: Element, message: str) -> ScenarioError:
        return ScenarioError(message, file=self.file, line=element.line)

    def sequence(self, parent: Element, spec: tuple[tuple[str, int, int | None], ...],
                 where: str) -> dict[str, list[Element]]:
        """Check the children against a schema sequence of (tag, min, max)."""
        found: dict[str, list[Element]] = {tag: [] for tag, _, _ in spec}
        order = [tag for tag, _, _ in spec]
        last = -1
        for kid in parent.kids:
            if kid.tag not in found:
                raise self.fail(kid, f"{where}: unexpected element <{kid.tag}>")
            at = order.index(kid.tag)
            if at < last:
                raise self.fail(kid, f"{where}: <{kid.tag}> is out of the schema's order")
            last = at
            found[kid.tag].append(kid)
        for tag, low, high in spec:
            if len(found[tag]) < low:
                what = f"at least {low} <{tag}>" if low > 1 else f"<{tag}>"
                raise self.fail(parent, f"{where}: {what} is required")
            if high is not None and len(found[tag]) > high:
                raise self.fail(found[tag][high], f"{where}: only {high} <{tag}> allowed")
        return found

    def text(self, element: Element, where: str, *, required: bool = False) -> str:
        if element.kids:
            raise self.fail(element.kids[0], f"{where}: <{element.tag}> holds elements, "
                            "text expected")
        value = element.text.strip()
        if required and not value:
            raise self.fail(element, f"{where}: <{element.tag}> is empty")
        return value

    def decimal(self, element: Element, where: str, low: float | None,
                high: float | None) -> float:
        value = self.text(element, where)
        if not value:
            raise self.fail(element, f"{where}: <{element.tag}> is empty, a number expected")
        if not _DECIMAL.match(value):
            raise self.fail(element, f"{where}: <{element.tag}> {value!r} is not a decimal "
                            "number")
        number = float(value)
        if low is not None and number < low:
            raise self.fail(element, f"{where}: {element.tag} {value} is below {low:g}")
        if high is not None and number > high:
            raise self.fail(element, f"{where}: {element.tag} {value} is over {high:g}")
        return number


def _read_xml(path: Path) -> KtabInput:
    file = str(path)
    x = _Xml(file)
    root = parse_xml(read_file(path), file=file)
    if root.tag != "Scenario":
        raise x.fail(root, f"the root element is <{root.tag}>, KTAB's is <Scenario>")
    top = x.sequence(root, (("name", 1, 1), ("desc", 1, 1), ("prngSeed", 1, 1),
                            ("ModelParameters", 0, 1), ("Dimensions", 0, 1),
                            ("Actors", 1, 1), ("IdealAdjustment", 0, 1)), "Scenario")
    name = x.text(top["name"][0], "Scenario")
    desc = x.text(top["desc"][0], "Scenario")
    seed_el = top["prngSeed"][0]
    seed_text = x.text(seed_el, "Scenario", required=True)
    if re.fullmatch(r"\d+", seed_text):
        seed = int(seed_text)
    elif re.fullmatch(r"0[xX][0-9a-fA-F]+", seed_text):   # KTAB's older files
        seed = int(seed_text, 16)
    else:
        seed = 2**64
    if seed >= 2**64:
        raise x.fail(seed_el, f"Scenario: prngSeed {seed_text!r} is not a 64-bit unsigned "
                     "integer")
    options: dict[str, str] = {}
    if top["ModelParameters"]:
        block = top["ModelParameters"][0]
        spec = tuple((tag, 1, 1) for tag, _, _ in _PARAMETERS)
        found = x.sequence(block, spec, "ModelParameters")
        for tag, field_name, allowed in _PARAMETERS:
            element = found[tag][0]
            value = x.text(element, "ModelParameters", required=True)
            value = _ALIASES.get((tag, value), value)
            if value not in allowed:
                raise x.fail(element, f"ModelParameters: {tag} {value!r} is not one of "
                             f"{', '.join(allowed)}")
            options[field_name] = value
    actors_found = x.sequence(top["Actors"][0], (("Actor", _MIN_ACTORS, _MAX_ACTORS),),
                              "Actors")["Actor"]
    names: list[str] = []
    caps: list[float] = []
    pos: list[list[float]] = []
    sal: list[list[float]] = []
    for actor in actors_found:
        parts = x.sequence(actor, (("name", 1, 1), ("description", 1, 1),
                                   ("capability", 1, 1), ("Position", 1, 1),
                                   ("Salience", 1, 1)), "Actor")
        actor_name = x.text(parts["name"][0], "Actor", required=True)
        where = f"actor {actor_name!r}"
        if actor_name in names:
            raise x.fail(actor, f"{where} appears twice")
        cap = x.decimal(parts["capability"][0], where, 0.0, 1000.0)
        if cap <= 0:
            raise x.fail(parts["capability"][0], f"{where}: capability must be positive")
        coords = x.sequence(parts["Position"][0], (("dCoord", 1, None),),
                            f"{where}, Position")["dCoord"]
        sals = x.sequence(parts["Salience"][0], (("dSal", 1, None),),
                          f"{where}, Salience")["dSal"]
        p_row = [x.decimal(c, f"{where}, Position", 0.0, 100.0) for c in coords]
        s_row = [x.decimal(s, f"{where}, Salience", 0.0, 100.0) for s in sals]
        if pos and len(p_row) != len(pos[0]):
            raise x.fail(parts["Position"][0], f"{where}: {len(p_row)} coordinates, the "
                         f"first actor has {len(pos[0])}")
        if len(s_row) != len(p_row):
            raise x.fail(parts["Salience"][0], f"{where}: {len(s_row)} saliences for "
                         f"{len(p_row)} coordinates")
        if sum(s_row) <= 0:
            raise x.fail(parts["Salience"][0], f"{where}: every salience is 0")
        names.append(actor_name)
        caps.append(cap)
        pos.append(p_row)
        sal.append(s_row)
    d = len(pos[0])
    dims = [f"Dim{k + 1}" for k in range(d)]
    if top["Dimensions"]:
        dim_els = x.sequence(top["Dimensions"][0], (("dName", 1, None),),
                             "Dimensions")["dName"]
        if len(dim_els) != d:
            raise x.fail(top["Dimensions"][0], f"Dimensions: {len(dim_els)} names for "
                         f"{d} coordinates per actor")
        dims = [x.text(e, "Dimensions", required=True) for e in dim_els]
    n = len(names)
    accommodation = None
    if top["IdealAdjustment"]:
        accommodation = np.eye(n)
        pairs = x.sequence(top["IdealAdjustment"][0], (("iaPair", 1, None),),
                           "IdealAdjustment")["iaPair"]
        for pair in pairs:
            bits = x.sequence(pair, (("adjustingIdeal", 1, 1), ("referencePos", 1, 1),
                                     ("adjust", 1, 1)), "iaPair")
            who = []
            for tag in ("adjustingIdeal", "referencePos"):
                actor_name = x.text(bits[tag][0], "iaPair", required=True)
                if actor_name not in names:
                    raise x.fail(bits[tag][0], f"iaPair: {tag} {actor_name!r} is not an actor")
                who.append(names.index(actor_name))
            rate = x.decimal(bits["adjust"][0], "iaPair", 0.0, 1.0)
            accommodation[who[0], who[1]] = rate
        totals = accommodation.sum(axis=1)
        for i in np.nonzero(totals > 1 + 1e-10)[0]:
            raise x.fail(top["IdealAdjustment"][0], f"IdealAdjustment: actor {names[i]!r}'s "
                         f"rates add up to {totals[i]:g}, over 1")
    model = SpatialModel.build(actors=names, dimensions=dims, capability=caps, position=pos,
                               salience=np.array(sal) / 100.0, name=name, description=desc)
    params = SMPParameters(**options, accommodation=accommodation,  # type: ignore[arg-type]
                           seed=seed)
    return KtabInput(model=model, params=params)


# ---------------------------------------------------------------- writing

def _cell(text: str) -> str:
    return " ".join(text.replace(",", " ").split())


def write_ktab_csv(model: SpatialModel, path: Path, *, description: str = "") -> None:
    """Write ``model`` as KTAB's SMP CSV, atomically. Positions are rescaled from each
    axis's bounds to 0-100 and saliences to 0-100; commas in names become spaces (KTAB's
    reader has no quoting)."""
    path = Path(path)
    lo, span = model.bounds[:, 0], model.bounds[:, 1] - model.bounds[:, 0]
    pos = (model.position - lo) / span * 100.0
    lines = [f"{_cell(model.name) or 'zopa'},{_cell(description or model.description)},"
             f"{model.n_actors},{model.n_dimensions},"]
    header = ["Actor", "Description", "Power"]
    for k, dim in enumerate(model.dimensions):
        header += [_cell(dim) or f"Pstn{k + 1}", f"Sal{k + 1}"]
    lines.append(",".join(header) + ",")
    for i, actor in enumerate(model.actors):
        role = model.roles[i] if i < len(model.roles) else ""
        row = [_cell(actor), _cell(role), f"{model.capability[i]:.10g}"]
        for k in range(model.n_dimensions):
            row += [f"{pos[i, k]:.10g}", f"{model.salience[i, k] * 100.0:.10g}"]
        lines.append(",".join(row) + ",")
    write_files(path.parent if str(path.parent) else Path("."),
                {path.name: ("\n".join(lines) + "\n").encode("utf-8")}, force=True)
