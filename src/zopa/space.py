"""A scenario compiled once into numpy arrays, the form every analysis reads.

Utilities are additive across issues, so the whole of a party's preferences is one small
table per issue: ``contributions[i][option, party] = w_pi * v_pi(option)`` with the
weights normalised to sum 1. Red lines become boolean masks over options, one per issue
they name. Only parties with role ``party`` have columns here (they are the ones who must
accept a deal); the preferences of mediators and observers are kept in ``others`` for
reporting.

>>> from zopa.examples import load_example
>>> space = compile_space(load_example("ukraine-russia-2022-03"))
>>> space.parties
('ukraine', 'russia')
>>> space.outcome_count
2187
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from .scenario.model import (
    Interval,
    Issue,
    NumericBound,
    OptionId,
    Points,
    Preferences,
    RedLine,
    Scenario,
    exact,
    midpoint,
)
from .scenario.validate import grid_index

__all__ = ["CompiledInteraction", "CompiledRedLine", "Space", "compile_space"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]


@dataclass(frozen=True, eq=False)
class CompiledRedLine:
    """A red line as masks: ``forbidden[k][o]`` is True when option ``o`` of issue
    ``issues[k]`` is in the set the red line names for that issue."""

    name: str
    party: str
    position: int
    issues: tuple[int, ...]
    forbidden: tuple[BoolArray, ...]
    source: RedLine

    @property
    def single_issue(self) -> bool:
        return len(self.issues) == 1

    def violated(self, outcomes: IntArray) -> BoolArray:
        """Which of the outcomes (rows of option indices) cross this red line."""
        hit = np.ones(len(outcomes), dtype=bool)
        for issue, mask in zip(self.issues, self.forbidden, strict=True):
            hit &= mask[outcomes[:, issue]]
        return hit


@dataclass(frozen=True, eq=False)
class CompiledInteraction:
    """An interaction term as masks: it adds ``amount`` (already normalised) to column
    ``column``'s utility when the outcome's option of every issue ``issues[k]`` is inside
    ``inside[k]`` (or, with ``outside``, when one of them is not)."""

    party: str
    column: int
    issues: tuple[int, ...]
    inside: tuple[BoolArray, ...]
    outside: bool
    amount: float
    exact_amount: Fraction

    def hits(self, outcomes: IntArray) -> BoolArray:
        """Which of the outcomes (rows of option indices) the term's value is added to."""
        hit = np.ones(len(outcomes), dtype=bool)
        for issue, mask in zip(self.issues, self.inside, strict=True):
            hit &= mask[outcomes[:, issue]]
        return ~hit if self.outside else hit

    def hits_choices(self, group: Sequence[int], choices: IntArray) -> BoolArray:
        """:meth:`hits` for the choices of a stage over the issues ``group``."""
        hit = np.ones(len(choices), dtype=bool)
        for issue, mask in zip(self.issues, self.inside, strict=True):
            hit &= mask[choices[:, list(group).index(issue)]]
        return ~hit if self.outside else hit


@dataclass(frozen=True, eq=False)
class Space:
    """The compiled form of a scenario. Build it with :func:`compile_space`.

    ``values[i][option, party]`` is the party's value (not weighted) of each option.
    """

    scenario: Scenario
    parties: tuple[str, ...]
    issues: tuple[str, ...]
    options: tuple[tuple[OptionId, ...], ...]
    contributions: tuple[FloatArray, ...]
    reservations: FloatArray
    red_lines: tuple[CompiledRedLine, ...]
    values: tuple[FloatArray, ...] = ()
    others: Mapping[str, tuple[FloatArray, ...]] = field(default_factory=dict)
    nonbinding_red_lines: tuple[CompiledRedLine, ...] = ()
    #: Whether ``exact_contributions`` (the file's decimals) describe ``contributions``.
    exact: bool = True
    #: The negotiators' interaction terms (a format extension); each couples its issues.
    interactions: tuple[CompiledInteraction, ...] = ()
    #: The mediators' and observers' interaction terms, by party (``column`` 0).
    other_interactions: Mapping[str, tuple[CompiledInteraction, ...]] = field(
        default_factory=dict)
    #: Columns whose utility is capped at 1 (``utility_max`` below the largest sum).
    capped: tuple[int, ...] = ()

    @cached_property
    def sizes(self) -> tuple[int, ...]:
        return tuple(len(o) for o in self.options)

    @cached_property
    def option_table(self) -> FloatArray:
        """Every option's contribution to each negotiator's utility, issue after issue
        (the ``contributions`` stacked; read-only)."""
        table = np.concatenate(self.contributions) if self.contributions else np.empty(
            (0, self.party_count))
        table.flags.writeable = False
        return table

    @cached_property
    def option_rows(self) -> tuple[tuple[tuple[float, ...], ...], ...]:
        """The ``contributions`` as Python floats (``option_rows[i][option][party]``),
        for loops over few options, where numpy's cost per call would dominate."""
        return tuple(tuple(map(tuple, table.tolist())) for table in self.contributions)

    @cached_property
    def outcome_count(self) -> int:
        """The size of the outcome space, as an exact integer."""
        return math.prod(self.sizes)

    @property
    def party_count(self) -> int:
        return len(self.parties)

    def option_index(self, issue: int, option: OptionId) -> int:
        """The position of ``option`` among the options of issue number ``issue``."""
        for k, candidate in enumerate(self.options[issue]):
            if candidate == option or str(candidate) == str(option):
                return k
        raise KeyError(f"{option!r} is not an option of issue '{self.issues[issue]}'")

    def utilities(self, outcomes: IntArray) -> FloatArray:
        """Each negotiator's utility for each outcome (rows of option indices).

        Sums over issues in file order, the canonical order every method reports in.
        """
        outcomes = np.asarray(outcomes, dtype=np.int64).reshape(-1, len(self.issues))
        total = np.zeros((len(outcomes), self.party_count))
        for i, table in enumerate(self.contributions):
            total += table[outcomes[:, i]]
        for term in self.interactions:
            total[:, term.column] += np.where(term.hits(outcomes), term.amount, 0.0)
        for column in self.capped:
            np.minimum(total[:, column], 1.0, out=total[:, column])
        return total

    @property
    def additive(self) -> bool:
        """Whether every utility is a sum over issues (no interaction terms, no cap)."""
        return not self.interactions and not self.capped

    def other_utilities(self, outcome: Sequence[int]) -> dict[str, float]:
        """The utilities of mediators and observers with preferences, for one outcome."""
        row = np.asarray(outcome, dtype=np.int64).reshape(1, -1)
        out = {}
        for pid, tables in self.others.items():
            total = float(sum(t[o, 0] for t, o in zip(tables, outcome, strict=True)))
            total += sum(t.amount for t in self.other_interactions.get(pid, ())
                         if t.hits(row)[0])
            out[pid] = total
        return out

    def outcome_dict(self, outcome: Sequence[int]) -> dict[str, OptionId]:
        """An outcome as ``issue id -> option id``."""
        return {
            iid: opts[int(k)] for iid, opts, k in zip(self.issues, self.options, outcome,
                                                      strict=True)
        }

    def violations(self, outcomes: IntArray) -> BoolArray:
        """``[n, r]``: which binding red line each outcome crosses."""
        outcomes = np.asarray(outcomes, dtype=np.int64).reshape(-1, len(self.issues))
        out = np.zeros((len(outcomes), len(self.red_lines)), dtype=bool)
        for k, red_line in enumerate(self.red_lines):
            out[:, k] = red_line.violated(outcomes)
        return out

    def without(self, red_lines: Iterable[str]) -> Space:
        """The same space with the named binding red lines (``russia#0``) set aside."""
        dropped = set(red_lines)
        return dataclasses.replace(
            self, red_lines=tuple(r for r in self.red_lines if r.name not in dropped))

    def for_party(self, party: int) -> Space:
        """The space as negotiator ``party`` alone sees it: its own utility column,
        reservation and red lines; no mediators or observers."""
        pid = self.parties[party]
        return dataclasses.replace(
            self, parties=(pid,), contributions=tuple(c[:, [party]] for c in self.contributions),
            reservations=self.reservations[[party]],
            values=tuple(v[:, [party]] for v in self.values), others={},
            red_lines=tuple(r for r in self.red_lines if r.party == pid),
            nonbinding_red_lines=(),
            interactions=tuple(dataclasses.replace(t, column=0) for t in self.interactions
                               if t.column == party),
            other_interactions={}, capped=(0,) if party in self.capped else ())

    def with_tables(self, contributions: Sequence[FloatArray], reservations: FloatArray
                    ) -> Space:
        """The same outcome space and red lines with other utility tables (a sample of
        uncertain preferences): the file's exact fractions no longer describe it, so
        counting reads the doubles."""
        return dataclasses.replace(self, contributions=tuple(contributions),
                                   reservations=np.asarray(reservations, dtype=np.float64),
                                   exact=False)

    @cached_property
    def exact_contributions(self) -> tuple[tuple[tuple[Fraction, ...], ...], ...]:
        """``[issue][option][party]`` as exact fractions of the decimals written in the file.

        Counting uses these to put utilities on an integer lattice where it can.
        """
        prefs = [self.scenario.preferences[p] for p in self.parties]
        totals = [pr.exact_total_weight() for pr in prefs]
        out = []
        for iid, issue in zip(self.issues, self.scenario.issues, strict=True):
            columns = [
                [exact(pr.weights.get(iid, 0.0)) / total * v
                 for v in _exact_value_column(pr, issue)]
                for pr, total in zip(prefs, totals, strict=True)
            ]
            out.append(tuple(zip(*columns, strict=True)))
        return tuple(out)

    @cached_property
    def exact_reservations(self) -> tuple[Fraction, ...]:
        return tuple(exact(self.scenario.party(p).reservation) for p in self.parties)


def compile_space(scenario: Scenario) -> Space:
    """Compile a checked scenario into the arrays the analyses read."""
    negotiators = tuple(p.id for p in scenario.negotiators)
    issues = scenario.issues
    options = tuple(issue.option_ids for issue in issues)
    contributions = tuple(
        _table(scenario, negotiators, issue) for issue in issues
    )
    others = {
        p.id: tuple(_table(scenario, (p.id,), issue) for issue in issues)
        for p in scenario.parties
        if p.role != "party" and p.id in scenario.preferences
    }
    values = tuple(
        np.array([_value_column(scenario.preferences[p], issue) for p in negotiators]).T
        .reshape(len(issue.option_ids), len(negotiators))
        for issue in issues
    )
    reservations = np.array([midpoint(scenario.party(p).reservation) for p in negotiators])
    binding: list[CompiledRedLine] = []
    nonbinding: list[CompiledRedLine] = []
    index = {issue.id: k for k, issue in enumerate(issues)}
    for party in scenario.parties:
        prefs = scenario.preferences.get(party.id)
        if prefs is None:
            continue
        for position, red_line in enumerate(prefs.red_lines):
            if red_line.disabled:
                continue
            compiled = _compile_red_line(red_line, party.id, position, issues, index)
            (binding if party.role == "party" else nonbinding).append(compiled)
    others_terms = {
        p.id: _compile_interactions(scenario, (p.id,), issues, index)
        for p in scenario.parties
        if p.role != "party" and p.id in scenario.preferences
    }
    return Space(
        interactions=_compile_interactions(scenario, negotiators, issues, index),
        other_interactions={k: v for k, v in others_terms.items() if v},
        capped=tuple(k for k, p in enumerate(negotiators)
                     if scenario.preferences[p].utility_max is not None),
        scenario=scenario,
        parties=negotiators,
        issues=tuple(issue.id for issue in issues),
        options=options,
        contributions=contributions,
        values=values,
        reservations=reservations,
        red_lines=tuple(binding),
        others=others,
        nonbinding_red_lines=tuple(nonbinding),
    )


def _table(scenario: Scenario, party_ids: Sequence[str], issue: Issue) -> FloatArray:
    columns = [
        np.array(_value_column(scenario.preferences[p], issue)) * _weight(scenario.preferences[p],
                                                                          issue.id)
        for p in party_ids
    ]
    return np.stack(columns, axis=1).astype(np.float64)


def _weight(prefs: Preferences, issue_id: str) -> float:
    return midpoint(prefs.weights.get(issue_id, 0.0)) / _total_weight(prefs)


def _total_weight(prefs: Preferences) -> float:
    return prefs.total_weight()


def _compile_interactions(scenario: Scenario, party_ids: Sequence[str],
                          issues: Sequence[Issue], index: Mapping[str, int]
                          ) -> tuple[CompiledInteraction, ...]:
    out = []
    for column, pid in enumerate(party_ids):
        prefs = scenario.preferences[pid]
        total, exact_total = prefs.total_weight(), prefs.exact_total_weight()
        for term in prefs.interactions:
            named = sorted(term.when, key=lambda iid: index[iid])
            out.append(CompiledInteraction(
                party=pid, column=column, issues=tuple(index[iid] for iid in named),
                inside=tuple(_option_mask(issues[index[iid]], term.when[iid]) for iid in named),
                outside=bool(term.outside),
                amount=midpoint(term.weight) * midpoint(term.value) / total,
                exact_amount=exact(term.weight) * exact(term.value) / exact_total,
            ))
    return tuple(out)


def _option_mask(issue: Issue, spec: NumericBound | tuple[str | float, ...]) -> BoolArray:
    """Which options of ``issue`` a box or red line names."""
    option_ids = issue.option_ids
    if isinstance(spec, NumericBound):
        return np.array([spec.contains(float(o)) for o in option_ids], dtype=bool)
    if issue.numeric:
        wanted = {grid_index(issue, o) for o in spec if not isinstance(o, str)}
        return np.array([k in wanted for k in range(len(option_ids))], dtype=bool)
    wanted_ids = {str(o) for o in spec}
    return np.array([o in wanted_ids for o in option_ids], dtype=bool)


def _value_column(prefs: Preferences, issue: Issue) -> list[float]:
    """The party's value for each option of the issue, midpoints taken."""
    return [float(v) for v in _estimates(prefs, issue, midpoint)]


def _exact_value_column(prefs: Preferences, issue: Issue) -> list[Fraction]:
    return [Fraction(v) for v in _estimates(prefs, issue, exact)]


def _estimates(prefs: Preferences, issue: Issue,
               read: Callable[[float | Interval], float | Fraction]) -> list[float | Fraction]:
    options = issue.option_ids
    spec = prefs.values.get(issue.id)
    if spec is None:
        return [0.0] * len(options)
    if isinstance(spec, Points):
        return [spec.exact_at(float(o)) if read is exact else spec.at(float(o)) for o in options]
    if issue.numeric:
        by_position = {grid_index(issue, key): value for key, value in spec.items()}
        return [read(by_position[k]) if k in by_position else 0.0 for k in range(len(options))]
    return [read(spec[str(o)]) if str(o) in spec else 0.0 for o in options]


def _compile_red_line(red_line: RedLine, party: str, position: int, issues: Sequence[Issue],
                      index: Mapping[str, int]) -> CompiledRedLine:
    named = sorted(red_line.forbid, key=lambda iid: index[iid])
    masks = [_option_mask(issues[index[iid]], red_line.forbid[iid]) for iid in named]
    return CompiledRedLine(
        name=f"{party}#{position}",
        party=party,
        position=position,
        issues=tuple(index[iid] for iid in named),
        forbidden=tuple(masks),
        source=red_line,
    )
