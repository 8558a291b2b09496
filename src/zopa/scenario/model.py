"""The scenario: one negotiation as an analyst sees it, as an immutable value.

The classes mirror the file format (``shared/SCENARIO_FORMAT.md``) one to one. Pydantic
checks the shapes and the ranges of numbers; :func:`zopa.scenario.validate.check`
checks what refers to what (every weight names an issue, every option exists). A
:class:`Scenario` is frozen: analyses compile it once and only read it.

A weight, a value or a reservation may be an :class:`Interval` when the analyst is unsure;
every analysis uses its midpoint (:func:`midpoint`), sensitivity analysis samples it.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Annotated, Any, Literal, TypeAlias

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PlainSerializer,
    Tag,
    model_validator,
)

__all__ = [
    "Estimate",
    "Interaction",
    "Interval",
    "Issue",
    "NumericBound",
    "Option",
    "OptionId",
    "Party",
    "Points",
    "PositionSpec",
    "PreferenceEvidence",
    "Preferences",
    "Range",
    "RedLine",
    "Scenario",
    "Source",
    "Statement",
    "StatementSource",
    "describe",
    "exact",
    "midpoint",
]

SLUG = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")
MAX_RANGE_OPTIONS = 100_000
#: The largest magnitude of a number in a scenario: amounts up to a quadrillion keep every
#: sum of weights and every grid step far from overflow and exact in a double.
MAX_MAGNITUDE = 10**15

#: An option of a discrete issue is named by a string; one of a numeric issue by its number.
OptionId: TypeAlias = str | int | float


def _number(value: Any) -> int | float:
    """Accept an int or a finite float, never a bool or a string that looks like one."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"expected a number, got {describe(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"expected a finite number, got {value}")
    if abs(value) > MAX_MAGNITUDE:
        shown = (f"{value:.3g}" if isinstance(value, float)
                 else f"an integer of {_digits(value)} digits")
        raise ValueError(f"{shown} is outside the format's bounds (at most 1e15 in magnitude)")
    return value


def _digits(value: int) -> int:
    """How many decimal digits ``value`` has, without converting a huge integer to text."""
    return max(1, math.floor(abs(value).bit_length() * math.log10(2)) + 1)


def describe(value: Any) -> str:
    """A value as an error message names it: ``got 'x'``, ``got a list``...

    >>> describe(True), describe([1]), describe(None), describe("a")
    ('true (a boolean; quote it if it is a name)', 'a list', 'nothing (null)', "'a'")
    """
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean; quote it if it is a name)"
    if value is None:
        return "nothing (null)"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"the number {value}" if isinstance(value, int | float) else str(value)


Number = Annotated[int | float, BeforeValidator(_number)]


@dataclass(frozen=True)
class Interval:
    """An uncertain number: the analyst believes it lies in ``[low, high]``.

    >>> Interval(0.2, 0.4).mid
    0.30000000000000004
    """

    low: float
    high: float

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2


def _estimate(value: Any) -> float | Interval:
    if isinstance(value, Interval):
        return value
    if isinstance(value, list | tuple):
        if len(value) != 2:
            raise ValueError(
                f"an interval is a list of two numbers [low, high], got {len(value)} items"
            )
        low, high = (_number(v) for v in value)
        if low > high:
            raise ValueError(f"reversed interval [{low}, {high}]: low must not exceed high")
        return Interval(low, high)
    return _number(value)


def _dump_estimate(value: float | Interval) -> float | list[float]:
    return [value.low, value.high] if isinstance(value, Interval) else value


#: A number, or an interval ``[low, high]`` written where the analyst is unsure.
Estimate = Annotated[
    float | Interval, BeforeValidator(_estimate), PlainSerializer(_dump_estimate, return_type=Any)
]


def _position(value: Any) -> Any:
    return value if isinstance(value, str) else _estimate(value)


def _dump_position(value: str | float | Interval) -> Any:
    return value if isinstance(value, str) else _dump_estimate(value)


#: An actor's position on an issue (forecasting): an option id of a discrete issue, or a
#: number (or an interval) on the issue's axis.
PositionSpec = Annotated[
    str | float | Interval, BeforeValidator(_position),
    PlainSerializer(_dump_position, return_type=Any),
]


def midpoint(value: float | Interval) -> float:
    """The number an analysis uses for an estimate: the midpoint of an interval.

    >>> midpoint(0.5), midpoint(Interval(0.0, 1.0))
    (0.5, 0.5)
    """
    return value.mid if isinstance(value, Interval) else float(value)


def exact(value: float | Interval) -> Fraction:
    """The estimate as an exact fraction, reading each number as the decimal written.

    >>> exact(0.1), exact(Interval(0.3, 0.4))
    (Fraction(1, 10), Fraction(7, 20))
    """
    if isinstance(value, Interval):
        return (exact(value.low) + exact(value.high)) / 2
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(repr(float(value)))


def _drop_extensions(data: Any) -> Any:
    """Keys starting with ``x-`` are free for tools and people to use; zopa ignores them."""
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if not (isinstance(k, str) and k.startswith("x-"))}
    return data


def _option_key(value: Any) -> str:
    """The id of an option as written: YAML may read ``- 1`` as a number."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"an option id must be a string, got {describe(value)}")
    return str(value)


def _string_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {(_option_key(k) if not isinstance(k, str) else k): v for k, v in value.items()}
    return value


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _extensions(cls, data: Any) -> Any:
        return _drop_extensions(data)


class Source(_Model):
    """Where the positions come from."""

    title: str
    date: datetime.date | None = None
    url: str | None = None
    author: str | None = None


class Option(_Model):
    """One option of a discrete issue. A bare string in the file is an option whose id and
    label are that string."""

    id: str
    label: str = ""
    description: str | None = None
    #: Forecasting: where the option lies on the issue's 0-100 axis (default: by order).
    position: Number | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, data: Any) -> Any:
        if isinstance(data, str | int | float) and not isinstance(data, bool):
            key = _option_key(data)
            return {"id": key, "label": key}
        if isinstance(data, dict):
            data = _drop_extensions(dict(data))
            if "id" in data:
                data["id"] = _option_key(data["id"])
                data.setdefault("label", data["id"])
        return data


class Range(_Model):
    """A numeric issue: its options are ``min, min + step, ...`` up to ``max``."""

    min: Number
    max: Number
    step: Number
    unit: str | None = None

    @model_validator(mode="after")
    def _grid(self) -> Range:
        if self.step <= 0:
            raise ValueError(f"step must be > 0, got {self.step}")
        if self.min > self.max:
            raise ValueError(f"reversed range: min {self.min} exceeds max {self.max}")
        count = self.count
        if count > MAX_RANGE_OPTIONS:
            raise ValueError(
                f"the range has {count} options; at most {MAX_RANGE_OPTIONS} are supported "
                "(use a larger step)"
            )
        return self

    @property
    def count(self) -> int:
        """How many grid points lie in ``[min, max]``."""
        span = (Fraction(repr(self.max)) - Fraction(repr(self.min))) / Fraction(repr(self.step))
        return math.floor(span) + 1

    @property
    def integral(self) -> bool:
        return all(isinstance(v, int) for v in (self.min, self.max, self.step))

    def values(self) -> tuple[int | float, ...]:
        """The options, exactly on the decimal grid (``0.1 + 0.2`` is written ``0.3``)."""
        return _grid(self.min, self.max, self.step)

    def position(self, target: Fraction) -> int | None:
        """The index of the exact number ``target`` on the grid, or ``None``."""
        return _grid_positions(self.min, self.max, self.step).get(target)


# A grid is built once per (min, max, step), not once per value key that names it: a
# file may name all of a 100,000-point grid's options. ``typed`` keeps 1 and 1.0 apart.
@functools.lru_cache(maxsize=64, typed=True)
def _grid(low: int | float, high: int | float, step: int | float) -> tuple[int | float, ...]:
    lo, delta = Fraction(repr(low)), Fraction(repr(step))
    count = math.floor((Fraction(repr(high)) - lo) / delta) + 1
    grid = (lo + k * delta for k in range(count))
    if all(isinstance(v, int) for v in (low, high, step)):
        return tuple(int(v) for v in grid)
    return tuple(_decimal(v) for v in grid)


@functools.lru_cache(maxsize=64, typed=True)
def _grid_positions(low: int | float, high: int | float, step: int | float
                    ) -> dict[Fraction, int]:
    return {exact(v): k for k, v in enumerate(_grid(low, high, step))}


def _decimal(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


class Issue(_Model):
    """What is being negotiated: a discrete list of options, or a numeric range."""

    id: str
    name: str = ""
    description: str | None = None
    options: tuple[Option, ...] | None = None
    range: Range | None = None
    #: Forecasting: ``false`` says the options' order means nothing (a nominal issue);
    #: a forecast then needs a ``position`` for each option. Not given: ordered.
    ordered: bool | None = None
    #: ``true`` when the issue can be shared out between the parties (money, time, land by
    #: area): only then may a fair division (Adjusted Winner) split it.
    divisible: bool | None = None

    @model_validator(mode="before")
    @classmethod
    def _not_too_many(cls, data: Any) -> Any:
        options = data.get("options") if isinstance(data, dict) else None
        if isinstance(options, list | tuple) and len(options) > MAX_RANGE_OPTIONS:
            raise ValueError(f"the issue has {len(options):,} options; at most "
                             f"{MAX_RANGE_OPTIONS:,} are supported")
        return data

    @model_validator(mode="after")
    def _one_kind(self) -> Issue:
        if (self.options is None) == (self.range is None):
            raise ValueError("an issue has either 'options' (discrete) or 'range' (numeric)")
        if self.options is not None and len(self.options) < 2:
            raise ValueError(f"a discrete issue needs 2 or more options, got {len(self.options)}")
        return self

    @property
    def title(self) -> str:
        return self.name or self.id

    @property
    def numeric(self) -> bool:
        return self.range is not None

    @property
    def option_ids(self) -> tuple[OptionId, ...]:
        if self.range is not None:
            return self.range.values()
        assert self.options is not None
        return tuple(o.id for o in self.options)

    def label(self, option: OptionId) -> str:
        """A readable name for one of this issue's options."""
        if self.range is not None:
            unit = f" {self.range.unit}" if self.range.unit else ""
            return f"{option:,}{unit}" if isinstance(option, int) else f"{option}{unit}"
        assert self.options is not None
        for o in self.options:
            if o.id == option:
                return o.label
        raise KeyError(option)


class Party(_Model):
    """Someone at the table. Only parties with role ``party`` have a veto."""

    id: str
    name: str = ""
    role: Literal["party", "mediator", "observer"] = "party"
    reservation: Estimate = 0.0
    description: str | None = None
    #: GENIUS discount factor, in (0, 1]; kept from imported files and shown. The static
    #: analysis has no time, so it changes nothing.
    discount: Annotated[float, Field(gt=0, le=1)] | None = None
    #: Forecasting (``docs/scenario-format.md``): influence, its position per issue (default
    #: its best option) and its salience per issue in [0, 1] (default its weights, summing
    #: to 1). None of them changes the negotiation analysis.
    capability: Estimate | None = None
    positions: dict[str, PositionSpec] | None = None
    salience: dict[str, Estimate] | None = None

    @property
    def title(self) -> str:
        return self.name or self.id


class NumericBound(_Model):
    """A closed interval of a numeric issue's options, open on a side that is not given."""

    min: Number | None = None
    max: Number | None = None

    @model_validator(mode="after")
    def _bounds(self) -> NumericBound:
        if self.min is None and self.max is None:
            raise ValueError("give 'min', 'max' or both")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"reversed interval: min {self.min} exceeds max {self.max}")
        return self

    def contains(self, x: float) -> bool:
        return (self.min is None or x >= self.min) and (self.max is None or x <= self.max)


def _forbidden_set(value: Any) -> Any:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return [value]
    return value


ForbidSpec = Annotated[
    Annotated[NumericBound, Tag("bound-spec")] | Annotated[tuple[str | Number, ...],
                                                           Tag("options-spec")],
    Discriminator(lambda v: "bound-spec" if isinstance(v, dict | NumericBound)
                  else "options-spec"),
    BeforeValidator(_forbidden_set),
]


class RedLine(_Model):
    """Outcomes a party will never accept: those that, on every issue named, take one of
    the options listed there (or lie in the interval, for a numeric issue)."""

    forbid: dict[str, ForbidSpec]
    #: A short name of one's own (``crimea-sovereignty``), unique in the scenario; outputs
    #: show it beside the positional name (``russia#0``), and ``--drop`` accepts either.
    id: str | None = None
    #: A few words saying what the red line is about ("Crimea stays Ukrainian").
    label: str | None = None
    note: str | None = None
    source: str | None = None
    #: The ids of the statements (top-level ``statements``) this red line rests on.
    evidence: tuple[str, ...] | None = None
    #: ``true`` keeps the red line on record without it being in force (a what-if, or a
    #: position a party has stepped back from); it keeps its place in the party's list,
    #: so the names of the others do not change.
    disabled: bool | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> RedLine:
        if not self.forbid:
            raise ValueError("'forbid' names no issue")
        return self


class Points(_Model):
    """A numeric issue's values: piecewise-linear through the points, constant beyond."""

    points: tuple[tuple[Number, Estimate], ...]

    @model_validator(mode="after")
    def _sorted(self) -> Points:
        if not self.points:
            raise ValueError("'points' is empty: give at least one [x, value] pair")
        xs = [p[0] for p in self.points]
        if any(b <= a for a, b in itertools.pairwise(xs)):
            raise ValueError("the points must be in strictly increasing order of x")
        return self

    def at(self, x: float) -> float:
        """The value at ``x`` (midpoints of intervals).

        >>> Points(points=[(0, 0.0), (10, 1.0)]).at(2.5)
        0.25
        """
        return float(self.exact_at(x))

    def exact_at(self, x: float) -> Fraction:
        xs = [exact(p[0]) for p in self.points]
        vs = [exact(p[1]) for p in self.points]
        fx = exact(x)
        if fx <= xs[0]:
            return vs[0]
        if fx >= xs[-1]:
            return vs[-1]
        for (x0, v0), (x1, v1) in itertools.pairwise(zip(xs, vs, strict=True)):
            if x0 <= fx <= x1:
                return v0 + (v1 - v0) * (fx - x0) / (x1 - x0)
        raise AssertionError("unreachable")


ValueSpec = Annotated[
    Annotated[Points, Tag("points-spec")] | Annotated[dict[str, Estimate], Tag("table-spec")],
    Discriminator(lambda v: "points-spec" if isinstance(v, Points) or (
        isinstance(v, dict) and "points" in v) else "table-spec"),
    BeforeValidator(_string_keys),
]


def _iso_date(value: Any) -> Any:
    """A date as YAML reads it, or ``YYYY-MM-DD`` text that names a real day."""
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a date: write YYYY-MM-DD") from None
    return value


class StatementSource(_Model):
    """Where a statement was read: a document (its title, a url or a file) and the
    character offsets of the quote in it (``start <= end``)."""

    title: str | None = None
    url: str | None = None
    file: str | None = None
    start: Annotated[int, Field(ge=0)] | None = None
    end: Annotated[int, Field(ge=0)] | None = None


class Statement(_Model):
    """Something a named person said, on the record: the raw material of red lines,
    values and weights, which cite it by id (``evidence: [s3]``)."""

    id: str
    speaker: str
    side: str | None = None
    title: str | None = None
    date: Annotated[datetime.date, BeforeValidator(_iso_date)] | None = None
    quote: str
    kind: Literal["red_line", "demand", "offer", "other"] = "other"
    issues: tuple[str, ...] | None = None
    source: StatementSource | None = None


class PreferenceEvidence(_Model):
    """The statements behind a party's numbers: ``weights`` and ``values``, each by issue
    (``values: {crimea: [s2]}``)."""

    weights: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    values: dict[str, tuple[str, ...]] = Field(default_factory=dict)
class Interaction(_Model):
    """A value that depends on several issues at once: ``value`` (in [0, 1], times
    ``weight`` on the scale of the issue weights) is added when a package falls inside
    the box ``when`` (options, or an interval of a numeric issue, on two or more issues),
    or, with ``outside: true``, when it falls outside it. See the format's section on
    interaction terms for the normalisation."""

    when: dict[str, ForbidSpec]
    value: Estimate
    weight: Estimate = 1.0
    outside: bool | None = None
    note: str | None = None
    source: str | None = None


class Preferences(_Model):
    """What one party wants: weights per issue, values per option, and its red lines."""

    weights: dict[str, Estimate] = Field(default_factory=dict)
    values: dict[str, ValueSpec] = Field(default_factory=dict)
    red_lines: tuple[RedLine, ...] = ()
    #: The statements the numbers rest on, issue by issue.
    evidence: PreferenceEvidence | None = None
    #: Interaction terms (a format extension): values of combinations of options.
    interactions: tuple[Interaction, ...] = ()
    #: The weighted sum that counts as utility 1, in place of the sum of all weights
    #: (GENIUS's ``maxutility``); utilities above it are capped at 1.
    utility_max: Annotated[float, Field(gt=0)] | None = None

    def total_weight(self) -> float:
        """The divisor of the weighted sum: ``utility_max``, or the sum of the weights of
        the issues and of the interaction terms (midpoints)."""
        if self.utility_max is not None:
            return float(self.utility_max)
        return (sum(midpoint(w) for w in self.weights.values())
                + sum(midpoint(t.weight) for t in self.interactions))

    def exact_total_weight(self) -> Fraction:
        """:meth:`total_weight` as an exact fraction of the file's decimals."""
        if self.utility_max is not None:
            return exact(self.utility_max)
        return (sum((exact(w) for w in self.weights.values()), Fraction(0))
                + sum((exact(t.weight) for t in self.interactions), Fraction(0)))


class Scenario(_Model):
    """One negotiation at one moment: who sits at the table, what is negotiated, what
    each side wants and what each has said it will never accept."""

    zopa: Literal[1]
    name: str = ""
    description: str | None = None
    date: datetime.date | None = None
    sources: tuple[Source, ...] = ()
    parties: tuple[Party, ...]
    issues: tuple[Issue, ...]
    preferences: dict[str, Preferences] = Field(default_factory=dict)
    #: What the parties said on the record (see "Statements and evidence" in the format).
    statements: tuple[Statement, ...] | None = None

    def statement(self, statement_id: str) -> Statement:
        for st in self.statements or ():
            if st.id == statement_id:
                return st
        raise KeyError(statement_id)

    def party(self, party_id: str) -> Party:
        for p in self.parties:
            if p.id == party_id:
                return p
        raise KeyError(party_id)

    def issue(self, issue_id: str) -> Issue:
        for i in self.issues:
            if i.id == issue_id:
                return i
        raise KeyError(issue_id)

    @property
    def negotiators(self) -> tuple[Party, ...]:
        """The parties with role ``party``, in file order: those who must accept a deal."""
        return tuple(p for p in self.parties if p.role == "party")

    def to_dict(self) -> dict[str, Any]:
        """The scenario as the plain data of its file (intervals as lists)."""
        data: dict[str, Any] = self.model_dump(mode="json", exclude_none=True)
        return data

