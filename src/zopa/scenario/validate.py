"""The rules of the format that look across the document: what refers to what.

Pydantic has already checked shapes and types; :func:`check` checks that every weight,
value and red line names an issue and options that exist, that numbers lie in their
ranges, and that there is something to negotiate. It raises :class:`ScenarioError` at the
first problem, with the path to it.
"""

from __future__ import annotations

import re
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
    _check_red_line_ids(scenario)
    for party in scenario.negotiators:
        if party.id not in scenario.preferences:
            raise ScenarioError(
                f"party '{party.id}' has role 'party' but no preferences: "
                "give it weights and values",
                path=("preferences",),
            )
    _check_forecast_keys(scenario, issues)
    _check_statements(scenario, issues)
    _check_evidence(scenario, issues)


def _check_forecast_keys(scenario: Scenario, issues: dict[str, Issue]) -> None:
    """The forecasting keys: capability, positions, salience, option positions."""
    for k, issue in enumerate(scenario.issues):
        given = [o.position is not None for o in issue.options or ()]
        if any(given) and not all(given):
            j = given.index(False)
            raise ScenarioError(
                f"option '{issue.option_ids[j]}' has no position while others of issue "
                f"'{issue.id}' have one: give every option a position on 0-100, or none",
                path=("issues", k, "options", j))
        for j, option in enumerate(issue.options or ()):
            if option.position is not None and not 0 <= option.position <= 100:
                raise ScenarioError(f"position {option.position} is outside [0, 100]",
                                    path=("issues", k, "options", j, "position"))
    for k, party in enumerate(scenario.parties):
        path: tuple[str | int, ...] = ("parties", k)
        if party.capability is not None:
            low = (party.capability.low if isinstance(party.capability, Interval)
                   else party.capability)
            if low < 0:
                raise ScenarioError(f"a capability must be >= 0, got {_fmt(party.capability)}",
                                    path=(*path, "capability"))
        for iid, value in (party.salience or {}).items():
            _known_issue(iid, issues, (*path, "salience", iid))
            _unit_interval(value, (*path, "salience", iid), "salience")
        for iid, spec in (party.positions or {}).items():
            issue = _known_issue(iid, issues, (*path, "positions", iid))
            _check_position(issue, spec, (*path, "positions", iid))


def _check_position(issue: Issue, spec: str | float | Interval,
                    path: tuple[str | int, ...]) -> None:
    if isinstance(spec, str):
        if issue.numeric:
            raise ScenarioError(
                f"'{spec}' is not a number; a position on numeric issue '{issue.id}' is a "
                "number or an interval", path=path)
        if spec not in issue.option_ids:
            raise ScenarioError(f"'{spec}' is not an option of issue '{issue.id}' "
                                f"(options: {_listing(issue.option_ids)})", path=path)
        return
    low, high = (spec.low, spec.high) if isinstance(spec, Interval) else (spec, spec)
    lo, hi = ((issue.range.min, issue.range.max) if issue.range is not None else (0, 100))
    if low < lo or high > hi:
        raise ScenarioError(f"position {_fmt(spec)} is outside the axis [{lo}, {hi}] "
                            f"of issue '{issue.id}'", path=path)


def _check_statements(scenario: Scenario, issues: dict[str, Issue]) -> None:
    """Statements: unique ids, a speaker and a quote, a side that is a party, issues that
    exist, offsets in order."""
    parties = [p.id for p in scenario.parties]
    seen: set[str] = set()
    for k, st in enumerate(scenario.statements or ()):
        path: tuple[str | int, ...] = ("statements", k)
        _slug(st.id, (*path, "id"))
        if st.id in seen:
            raise ScenarioError(f"duplicate statement id '{st.id}'", path=(*path, "id"))
        seen.add(st.id)
        for key, text in (("speaker", st.speaker), ("quote", st.quote)):
            if not text.strip():
                raise ScenarioError(f"the {key} is empty", path=(*path, key))
        if st.side is not None and st.side not in parties:
            raise ScenarioError(
                f"'{st.side}' is not a party id (parties: {_listing(parties)})",
                path=(*path, "side"),
            )
        for j, iid in enumerate(st.issues or ()):
            _known_issue(iid, issues, (*path, "issues", j))
        source = st.source
        if source is not None and source.start is not None and source.end is not None \
                and source.start > source.end:
            raise ScenarioError(
                f"the quote cannot start (at {source.start}) after it ends (at {source.end})",
                path=(*path, "source", "start"),
            )


def _check_evidence(scenario: Scenario, issues: dict[str, Issue]) -> None:
    """Every statement id cited by a red line, a weight or a value exists."""
    ids = [st.id for st in scenario.statements or ()]
    known = set(ids)
    listing = (f"statements: {_listing(ids)}" if ids
               else "the scenario has no statements")

    def cited(refs: tuple[str, ...], path: tuple[str | int, ...]) -> None:
        for j, ref in enumerate(refs):
            if ref not in known:
                raise ScenarioError(f"'{ref}' is not a statement id ({listing})",
                                    path=(*path, j))

    for pid, prefs in scenario.preferences.items():
        for k, red_line in enumerate(prefs.red_lines):
            cited(red_line.evidence or (), ("preferences", pid, "red_lines", k, "evidence"))
        if prefs.evidence is None:
            continue
        for what, table in (("weights", prefs.evidence.weights),
                            ("values", prefs.evidence.values)):
            for iid, refs in table.items():
                path = ("preferences", pid, "evidence", what, iid)
                _known_issue(iid, issues, path)
                cited(refs, path)


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
        known = set(issue.option_ids) if not issue.numeric else set()
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
            elif key not in known:
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
        wpath = (*path, "when", iid)
        issue = _check_selection(iid, spec, issues, wpath, "options")
        if isinstance(spec, NumericBound):
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


def _check_selection(iid: str, spec: NumericBound | tuple[str | float, ...],
                     issues: dict[str, Issue],
                     path: tuple[str | int, ...], what: str) -> Issue:
    """The issue a selection names (an interaction's ``when``, a red line's ``forbid``): a
    known issue, an interval only on a numeric one, else a non-empty list of its options
    (``what`` names them in the messages: "options", "forbidden options")."""
    issue = _known_issue(iid, issues, path)
    if isinstance(spec, NumericBound):
        if not issue.numeric:
            raise ScenarioError(
                f"an interval {{min, max}} is for numeric issues; '{iid}' is discrete: "
                f"list the {what}", path=path)
        return issue
    if not spec:
        raise ScenarioError(f"the list of {what} is empty", path=path)
    _check_options(spec, issue, path)
    return issue


def _check_red_line_ids(scenario: Scenario) -> None:
    """Red-line ids are slugs, unique in the scenario, and never a party's name for a red
    line (``russia#0``)."""
    seen: dict[str, str] = {}
    for pid, prefs in scenario.preferences.items():
        for k, red_line in enumerate(prefs.red_lines):
            if red_line.id is None:
                continue
            path = ("preferences", pid, "red_lines", k, "id")
            _slug(red_line.id, path)
            if red_line.id in seen:
                raise ScenarioError(f"duplicate red-line id '{red_line.id}' (also "
                                    f"{seen[red_line.id]})", path=path)
            seen[red_line.id] = f"{pid}#{k}"


#: A number as a value key may write: at most 30 digits before and after the point and an
#: exponent of at most three digits, so reading it exactly costs nothing (``1e999999999``
#: would otherwise become a billion-digit integer).
_DECIMAL = re.compile(r"[+-]?(\d{1,30}(\.\d{0,30})?|\.\d{1,30})([eE][+-]?\d{1,3})?\Z")


def _check_red_line(
    red_line: RedLine, issues: dict[str, Issue], path: tuple[str | int, ...]
) -> None:
    for iid, spec in red_line.forbid.items():
        _check_selection(iid, spec, issues, (*path, "forbid", iid), "forbidden options")


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
    grid, or ``None`` when it is not one of its options.

    >>> from zopa.scenario.model import Issue
    >>> issue = Issue.model_validate({"id": "pay", "range": {"min": 0, "max": 1, "step": 0.1}})
    >>> grid_index(issue, "0.3"), grid_index(issue, 0.3), grid_index(issue, "1e999999999")
    (3, 3, None)
    """
    assert issue.range is not None
    if isinstance(key, str):
        if not _DECIMAL.match(key.strip()):
            return None
        target = Fraction(key.strip())
    else:
        target = exact(key)
    return issue.range.position(target)


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
