"""The brief: everything a reader of ``zopa analyze``, the report or the workbench sees,
computed once into one typed result.

:func:`make_brief` runs the analysis (:func:`zopa.analysis.analyze`) on the scenario, with
the red lines named in ``drop`` set aside as if conceded, and adds what the three outputs
used to work out each on its own:

- the **assumptions** the result rests on, stated first by every output: red lines switched
  off in the file (``disabled: true``) or set aside here (``drop``), red lines of mediators
  and observers (not binding: they have no veto), and the uncertain numbers (intervals)
  read at their midpoints;
- every red line with its name (``russia#0``), its own ``id`` and ``label`` when it has
  them, its party, and whether it is in force;
- the utilities of mediators and observers for each solution package;
- for a blocked scenario, the space each of the first minimal concessions would open: its
  frontier and its solution packages (what the frontier chart draws; the figures take them
  from here and never recompute them).

``to_dict()`` is the JSON of ``zopa analyze --json``: the documented object of
:meth:`zopa.analysis.Analysis.to_dict`, plus ``assumptions``, ``red_lines``,
``other_utilities``, ``dropped_red_lines`` and ``opened``.

>>> from zopa.examples import load_example
>>> brief = make_brief(load_example())
>>> [a.kind for a in brief.assumptions]
['midpoints']
>>> brief.assumptions[0].text.startswith("9 uncertain numbers")
True
>>> [o.red_lines for o in brief.opened][:1]
[('russia#0', 'russia#1')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .analysis import Analysis, Package, analyze, frontier_points
from .analysis.solutions import SolutionName
from .budget import DEFAULT_WORK, WorkBudget
from .scenario.model import Interval, Points, Scenario
from .space import Space, compile_space

__all__ = ["Assumption", "Brief", "OpenedSpace", "RedLineInfo", "make_brief",
           "red_line_infos", "scenario_assumptions"]

AssumptionKind = Literal["red-line-disabled", "concession-assumed", "midpoints",
                         "nonbinding-red-line", "packages-left-out"]


@dataclass(frozen=True)
class Assumption:
    """One thing a result takes for granted, in a sentence (``text``), with what it is
    about (``subjects``: red-line names, or the paths of the uncertain numbers)."""

    kind: AssumptionKind
    text: str
    subjects: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "subjects": list(self.subjects)}


@dataclass(frozen=True)
class RedLineInfo:
    """A red line as outputs name it: ``name`` (``russia#0``), its own ``id`` and ``label``
    (when written), its party, the issues it names, its note and source, and whether it is
    in force (``binding``: a negotiator's and not switched off)."""

    name: str
    id: str | None
    label: str | None
    party: str
    issues: tuple[str, ...]
    note: str | None
    source: str | None
    disabled: bool
    binding: bool

    @property
    def title(self) -> str:
        """The label, else the id, else the name."""
        return self.label or self.id or self.name

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "id": self.id, "label": self.label, "party": self.party,
                "issues": list(self.issues), "note": self.note, "source": self.source,
                "disabled": self.disabled, "binding": self.binding}


@dataclass(frozen=True)
class OpenedSpace:
    """The space a minimal concession (``red_lines`` set aside) would open: its frontier
    and its solution packages."""

    red_lines: tuple[str, ...]
    frontier: tuple[Package, ...]
    solutions: Mapping[SolutionName, Package | None]

    def to_dict(self) -> dict[str, Any]:
        return {"red_lines": list(self.red_lines), "frontier_size": len(self.frontier),
                "solutions": {n: (p.to_dict() if p is not None else None)
                              for n, p in self.solutions.items()}}


@dataclass(frozen=True, eq=False)
class Brief:
    """The analysis and what every output states beside it (see the module docstring)."""

    analysis: Analysis
    assumptions: tuple[Assumption, ...]
    red_lines: tuple[RedLineInfo, ...]
    other_utilities: Mapping[SolutionName, Mapping[str, float]]
    opened: tuple[OpenedSpace, ...]
    dropped: tuple[str, ...] = ()
    #: The utilities of the frontier with every red line set aside (reservations kept):
    #: what the parties' preferences alone would allow, one row per point.
    free_frontier: tuple[tuple[float, ...], ...] = ()

    @property
    def space(self) -> Space:
        return self.analysis.space

    @property
    def scenario(self) -> Scenario:
        return self.analysis.scenario

    def red_line(self, name: str) -> RedLineInfo:
        """A red line by its name or its own id."""
        for info in self.red_lines:
            if name in (info.name, info.id):
                return info
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        data = self.analysis.to_dict()
        data["assumptions"] = [a.to_dict() for a in self.assumptions]
        data["red_lines"] = [r.to_dict() for r in self.red_lines]
        data["other_utilities"] = {n: dict(u) for n, u in self.other_utilities.items()}
        data["dropped_red_lines"] = list(self.dropped)
        data["opened"] = [o.to_dict() for o in self.opened]
        return data


def make_brief(scenario: Scenario | Space, *, drop: Sequence[str] = (),
               max_concessions: int = 3, opened: int = 3, method: str = "auto",
               reference: Sequence[Sequence[float]] | None = None,
               reference_source: str = "reference", budget: int | None = None) -> Brief:
    """The brief of ``scenario`` with the red lines in ``drop`` (names or ids) set aside;
    ``opened`` is how many minimal concessions get their opened space computed.
    ``reference``, ``reference_source`` and ``budget`` go to :func:`zopa.analysis.analyze`
    (another tool's frontier to compare with; the work an enumeration may take).

    Raises :class:`ValueError` on a name in ``drop`` that is no red line in force.
    """
    from .mediation.packages import relax

    space = scenario if isinstance(scenario, Space) else compile_space(scenario)
    space = relax(space, drop)
    names = _canonical(space.scenario, drop)
    analysis = analyze(space, max_concessions=max_concessions,
                       method=method,  # type: ignore[arg-type]
                       reference=reference, reference_source=reference_source, budget=budget)
    others = {name: space.other_utilities(p.indices)
              for name, p in analysis.solutions.items() if p is not None and space.others}
    spaces = []
    if not analysis.has_agreement:
        for c in analysis.concessions[:opened]:
            result = analyze(relax(space, c.red_lines), max_concessions=0,
                             method=method, budget=budget)  # type: ignore[arg-type]
            spaces.append(OpenedSpace(c.red_lines, result.frontier, result.solutions))
    if space.red_lines:
        free = frontier_points(space, active=[], method=method,  # type: ignore[arg-type]
                               budget=WorkBudget(budget or DEFAULT_WORK,
                                                 what="an exact frontier"))
        unconstrained = tuple(tuple(float(u) for u in row) for row in free.utility)
    else:  # no red line in force: the frontier without them is the analysis's own
        unconstrained = tuple(p.utilities for p in analysis.frontier)
    return Brief(analysis=analysis,
                 free_frontier=unconstrained,
                 assumptions=scenario_assumptions(space.scenario, dropped=names),
                 red_lines=red_line_infos(space.scenario, dropped=names),
                 other_utilities=others, opened=tuple(spaces), dropped=names)


def _canonical(scenario: Scenario, names: Sequence[str]) -> tuple[str, ...]:
    infos = red_line_infos(scenario)
    by_id = {i.id: i.name for i in infos if i.id is not None}
    return tuple(by_id.get(n, n) for n in names)


def red_line_infos(scenario: Scenario, dropped: Sequence[str] = ()) -> tuple[RedLineInfo, ...]:
    """Every red line of the scenario, switched off or not, in file order of the parties."""
    out = []
    for party in scenario.parties:
        prefs = scenario.preferences.get(party.id)
        if prefs is None:
            continue
        for k, r in enumerate(prefs.red_lines):
            name = f"{party.id}#{k}"
            out.append(RedLineInfo(
                name=name, id=r.id, label=r.label, party=party.id, issues=tuple(r.forbid),
                note=r.note, source=r.source, disabled=bool(r.disabled) or name in dropped,
                binding=party.role == "party" and not r.disabled and name not in dropped))
    return tuple(out)


def scenario_assumptions(scenario: Scenario,
                         dropped: Sequence[str] = ()) -> tuple[Assumption, ...]:
    """What any analysis of ``scenario`` assumes (red lines ``dropped`` set aside as a
    concession): see the module docstring."""
    out: list[Assumption] = []
    infos = red_line_infos(scenario)
    off = [i for i in infos if i.disabled and i.name not in dropped]
    for info in off:
        out.append(Assumption(
            "red-line-disabled",
            f"{_who(scenario, info)} is switched off (disabled: true) and not taken into "
            "account: the results hold only if it is dropped.", (info.name,)))
    for name in dropped:
        info = next(i for i in infos if i.name == name)
        out.append(Assumption(
            "concession-assumed",
            f"{_who(scenario, info)} is assumed dropped, as a concession.", (name,)))
    nonbinding = [i for i in infos if scenario.party(i.party).role != "party"
                  and not i.disabled]
    if nonbinding:
        out.append(Assumption(
            "nonbinding-red-line",
            f"{_join([_who(scenario, i) for i in nonbinding])} "
            f"{'does' if len(nonbinding) == 1 else 'do'} not bind: mediators and observers "
            "have no veto over a deal.", tuple(i.name for i in nonbinding)))
    uncertain = uncertain_numbers(scenario)
    if uncertain:
        n = len(uncertain)
        example = uncertain[0]
        out.append(Assumption(
            "midpoints",
            f"{n} uncertain number{'s' if n != 1 else ''} (written as intervals) "
            f"{'is' if n == 1 else 'are'} read at {'its' if n == 1 else 'their'} "
            f"midpoint{'s' if n != 1 else ''}, e.g. {example[1]}.",
            tuple(p for p, _ in uncertain)))
    return tuple(out)


def uncertain_numbers(scenario: Scenario) -> list[tuple[str, str]]:
    """Every interval of the scenario: its path (``ukraine.weights.donbas``) and a phrase
    saying how it is read (``Ukraine's weight on donbas [20, 30] as 25``)."""
    out: list[tuple[str, str]] = []

    def add(path: str, what: str, value: object) -> None:
        if isinstance(value, Interval):
            out.append((path, f"{what} [{value.low:g}, {value.high:g}] as {value.mid:g}"))

    for party in scenario.parties:
        add(f"{party.id}.reservation", f"{party.title}'s reservation", party.reservation)
    for pid, prefs in scenario.preferences.items():
        title = scenario.party(pid).title
        for iid, w in prefs.weights.items():
            add(f"{pid}.weights.{iid}", f"{title}'s weight on {iid}", w)
        for iid, spec in prefs.values.items():
            if isinstance(spec, Points):
                for x, v in spec.points:
                    add(f"{pid}.values.{iid}.{x}", f"{title}'s value of {iid} {x}", v)
            else:
                for option, v in spec.items():
                    add(f"{pid}.values.{iid}.{option}", f"{title}'s value of {option}", v)
    return out


def _who(scenario: Scenario, info: RedLineInfo) -> str:
    party = scenario.party(info.party).title
    shown = f" '{info.label or info.id}'" if (info.label or info.id) else ""
    return f"{party}'s red line {info.name}{shown}"


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
