"""The rules of the format that look across the document: what refers to what.

Pydantic has already checked shapes and types; :func:`check` checks that every weight,
value and red line names an issue and options that exist, that numbers lie in their
ranges, and that there is something to negotiate. It raises :class:`ScenarioError` at the
first problem, with the path to it.
"""

from __future__ import annotations

from fractions import Fraction

from ..errors import ScenarioError
from .model import (
    SLUG,
    Interaction,
    Interval,
    Issue,
    NumericBound,
    Points,
    Preferences,
    RedLine,
    Scenario,
    exact,
    midpoint,
)

__all__ = ["check", "grid_index"]


def check(scenario: Scenario) -> None:
    """Raise :class:`ScenarioError` unless ``scenario`` follows every rule of the format."""
    _check_ids(scenario)
    issues = {i.id: i for i in scenario.issues}
    parties = {p.id for p in scenario.parties}
    for k, party in enumerate(scenario.parties):
        _unit_interval(party.reservation, ("parties", k, "reservation"), "reservation")
    for pid, prefs in scenario.preferences.items():
        if pid not in parties:
            raise ScenarioError(
                f"'{pid}' is not a party of the scenario (parties: {_listing(parties)})",
                path=("preferences", pid),
            )
        _check_preferences(prefs, issues, ("preferences", pid))
    for party in scenario.negotiators:
        if party.id not in scenario.preferences:
            raise ScenarioError(
                f"party '{party.id}' has role 'party' but no preferences: "
                "give it weights and values",
                path=("preferences",),
            )


def _check_ids(scenario: Scenario) -> None:
    seen: set[str] = set()
    for k, party in enumerate(scenario.parties):
        _slug(party.id, ("parties", k, "id"))
        if party.id in seen:
            raise ScenarioError(f"duplicate party id '{party.id}'", path=("parties", k, "id"))
        seen.add(party.id)
    if len(scenario.negotiators) < 2:
        raise ScenarioError(
            f"a scenario needs at least two parties with role 'party', "
            f"got {len(scenario.negotiators)}",
            path=("parties",),
        )
    if not scenario.issues:
        raise ScenarioError("a scenario needs at least one issue", path=("issues",))
    seen = set()
    for k, issue in enumerate(scenario.issues):
        _slug(issue.id, ("issues", k, "id"))
        if issue.id in seen:
            raise ScenarioError(f"duplicate issue id '{issue.id}'", path=("issues", k, "id"))
        seen.add(issue.id)
        options: set[str] = set()
        for j, option in enumerate(issue.options or ()):
            if option.id in options:
                raise ScenarioError(
                    f"duplicate option id '{option.id}' in issue '{issue.id}'",
                    path=("issues", k, "options", j),
                )
            options.add(option.id)


def _slug(value: str, path: tuple[str | int, ...]) -> None:
    if not SLUG.match(value):
        raise ScenarioError(
            f"'{value}' is not a valid id: use lower-case letters, digits, '-' and '_', "
            "starting with a letter or digit",
            path=path,
        )


def _check_preferences(
    prefs: Preferences, issues: dict[str, Issue], path: tuple[str | int, ...]
) -> None:
    for iid, weight in prefs.weights.items():
        _known_issue(iid, issues, (*path, "weights", iid))
        low = weight.low if isinstance(weight, Interval) else weight
        if low < 0:
            raise ScenarioError(f"a weight must be >= 0, got {_fmt(weight)}",
                                path=(*path, "weights", iid))
    if sum(midpoint(w) for w in prefs.weights.values()) <= 0 and not any(
            midpoint(t.weight) > 0 for t in prefs.interactions):
        raise ScenarioError(
            "all weights are 0: give at least one issue a positive weight",
            path=(*path, "weights"),
        )
    for iid, spec in prefs.values.items():
        issue = _known_issue(iid, issues, (*path, "values", iid))
        vpath = (*path, "values", iid)
        if isinstance(spec, Points):
            if not issue.numeric:
                raise ScenarioError(
                    f"'points' are for numeric issues; '{iid}' is discrete: "
                    "give a value for each option",
                    path=vpath,
                )
            for j, (_, value) in enumerate(spec.points):
                _unit_interval(value, (*vpath, "points", j), "value")
            continue
        for key, value in spec.items():
            if issue.numeric:
                if grid_index(issue, key) is None:
                    raise ScenarioError(
                        f"{key} is not an option of numeric issue '{iid}' "
                        f"(its grid: {_grid_text(issue)}); or give 'points'",
                        path=(*vpath, key),
                    )
            elif key not in issue.option_ids:
                raise ScenarioError(
                    f"'{key}' is not an option of issue '{iid}' "
                    f"(options: {_listing(issue.option_ids)})",
                    path=(*vpath, key),
                )
            _unit_interval(value, (*vpath, key), "value")
    for k, red_line in enumerate(prefs.red_lines):
        _check_red_line(red_line, issues, (*path, "red_lines", k))
    for k, term in enumerate(prefs.interactions):
        _check_interaction(term, issues, (*path, "interactions", k))


def _check_interaction(term: Interaction, issues: dict[str, Issue],
                       path: tuple[str | int, ...]) -> None:
    """An interaction term: a box on two or more known issues, options that exist,
    intervals inside the issue's range, a value in [0, 1] and a weight >= 0."""
    if len(term.when) < 2:
        raise ScenarioError(
            f"an interaction names at least two issues, got {len(term.when)}: a value of "
            "one issue's options belongs in 'values'", path=(*path, "when"))
    _unit_interval(term.value, (*path, "value"), "value")
    low = term.weight.low if isinstance(term.weight, Interval) else term.weight
    if low < 0:
        raise ScenarioError(f"a weight must be >= 0, got {_fmt(term.weight)}",
                            path=(*path, "weight"))
    for iid, spec in term.when.items():
        issue = _known_issue(iid, issues, (*path, "when", iid))
        wpath = (*path, "when", iid)
        if isinstance(spec, NumericBound):
            if not issue.numeric:
                raise ScenarioError(
                    f"an interval {{min, max}} is for numeric issues; '{iid}' is discrete: "
                    "list the options", path=wpath)
            assert issue.range is not None
            lo, hi = issue.range.min, issue.range.max
            if (spec.min is not None and spec.min > hi) or (spec.max is not None
                                                             and spec.max < lo):
                raise ScenarioError(
                    f"the interval [{_fmt_bound(spec.min)}, {_fmt_bound(spec.max)}] lies "
                    f"outside the range of '{iid}' ({_grid_text(issue)})", path=wpath)
            if (spec.min is not None and spec.min < lo) or (spec.max is not None
                                                             and spec.max > hi):
                raise ScenarioError(
                    f"the interval [{_fmt_bound(spec.min)}, {_fmt_bound(spec.max)}] reaches "
                    f"beyond the range of '{iid}' ({_grid_text(issue)})", path=wpath)
            continue
        if not spec:
            raise ScenarioError("the list of options is empty", path=wpath)
        _check_options(spec, issue, wpath)


def _check_red_line(
    red_line: RedLine, issues: dict[str, Issue], path: tuple[str | int, ...]
) -> None:
    for iid, spec in red_line.forbid.items():
        issue = _known_issue(iid, issues, (*path, "forbid", iid))
        fpath = (*path, "forbid", iid)
        if isinstance(spec, NumericBound):
            if not issue.numeric:
                raise ScenarioError(
                    f"an interval {{min, max}} is for numeric issues; '{iid}' is discrete: "
                    "list the forbidden options",
                    path=fpath,
                )
            continue
        if not spec:
            raise ScenarioError("the list of forbidden options is empty", path=fpath)
        _check_options(spec, issue, fpath)


def _check_options(spec: tuple[str | float, ...], issue: Issue,
                   path: tuple[str | int, ...]) -> None:
    for j, option in enumerate(spec):
        if issue.numeric:
            if isinstance(option, str) or grid_index(issue, option) is None:
                raise ScenarioError(
                    f"{option!r} is not an option of numeric issue '{issue.id}' "
                    f"(its grid: {_grid_text(issue)}); or give {{min, max}}",
                    path=(*path, j),
                )
        elif str(option) not in issue.option_ids:
            raise ScenarioError(
                f"'{option}' is not an option of issue '{issue.id}' "
                f"(options: {_listing(issue.option_ids)})",
                path=(*path, j),
            )


def grid_index(issue: Issue, key: str | float) -> int | None:
    """The position of a number (or a number written as a string) on a numeric issue's
    grid, or ``None`` when it is not one of its options."""
    assert issue.range is not None
    try:
        target = Fraction(key) if isinstance(key, str) else exact(key)
    except (ValueError, ZeroDivisionError):
        return None
    for k, value in enumerate(issue.range.values()):
        if exact(value) == target:
            return k
    return None


def _known_issue(iid: str, issues: dict[str, Issue], path: tuple[str | int, ...]) -> Issue:
    if iid not in issues:
        raise ScenarioError(
            f"'{iid}' is not an issue of the scenario (issues: {_listing(issues)})", path=path
        )
    return issues[iid]


def _unit_interval(value: float | Interval, path: tuple[str | int, ...], what: str) -> None:
    low, high = (value.low, value.high) if isinstance(value, Interval) else (value, value)
    if low < 0 or high > 1:
        raise ScenarioError(f"{what} {_fmt(value)} is outside [0, 1]", path=path)


def _fmt_bound(value: float | None) -> str:
    return "" if value is None else f"{value}"


def _fmt(value: float | Interval) -> str:
    return f"[{value.low}, {value.high}]" if isinstance(value, Interval) else f"{value}"


def _listing(names: object) -> str:
    items = [str(n) for n in names]  # type: ignore[attr-defined]
    shown = ", ".join(items[:12])
    return shown + (", ..." if len(items) > 12 else "")


def _grid_text(issue: Issue) -> str:
    assert issue.range is not None
    r = issue.range
    return f"{r.min} to {r.max} in steps of {r.step}"
