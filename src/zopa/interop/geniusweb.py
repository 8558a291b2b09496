"""GeniusWeb JSON: linear additive profiles read into a zopa scenario, and written back.

GeniusWeb (the successor of GENIUS, used by ANAC since 2020) keeps a domain as
``{"name": ..., "issuesValues": {issue: {"values": [...]}} }`` (a numeric issue:
``{"range": {"low": .., "high": .., "step": ..}}``) and a profile as
``{"LinearAdditiveUtilitySpace": {"issueUtilities": ..., "issueWeights": ..., "domain":
..., "name": ..., "reservationBid": ...}}``. An issue's utilities are either
``{"discreteutils": {"valueUtilities": {value: u}}}`` (an unlisted value is worth 0) or
``{"numberutils": {"lowValue", "lowUtility", "highValue", "highUtility"}}``: linear between
the two values and 0 outside them (GeniusWeb's Python port writes these two as
``DiscreteValueSetUtilities`` and ``NumberValueSetUtilities``; both spellings are read).
The reservation is a bid; its utility is the reservation value. NegMAS's extensions
``reserved_value`` and ``discount_factor`` are read too. Weights are handled as for GENIUS
(see :mod:`zopa.interop.genius`).

>>> domain = {"name": "jobs", "issuesValues": {"salary": {"values": ["2000", "3000"]},
...           "fte": {"range": {"low": 0.6, "high": 1.0, "step": 0.2}}}}
>>> profile = {"LinearAdditiveUtilitySpace": {"name": "a", "domain": domain,
...     "issueWeights": {"salary": 0.5, "fte": 0.5},
...     "issueUtilities": {"salary": {"discreteutils": {"valueUtilities": {"3000": 1.0}}},
...         "fte": {"numberutils": {"lowValue": 0.6, "lowUtility": 0.0,
...                                 "highValue": 1.0, "highUtility": 1.0}}}}}
>>> converted = convert_geniusweb({"a.json": profile, "b.json": profile})
>>> converted.scenario.preferences["a"].values["fte"]
{'0.6': 0.0, '0.8': 0.5000000000000001, '1': 1.0}
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import ScenarioError
from ..scenario import Scenario, parse_scenario
from ..scenario.model import midpoint
from ..space import compile_space
from ._shared import (
    WEIGHT_SUM_TOL,
    Conversion,
    Export,
    IdMaker,
    dropped_features,
    is_linear,
    normalised_weights,
    write_files,
)

__all__ = ["convert_geniusweb", "export_geniusweb", "import_geniusweb", "write_geniusweb"]


def import_geniusweb(domain_path: str | Path | None, profile_paths: Sequence[str | Path]
                     ) -> Conversion:
    """Read GeniusWeb profiles (and their domain file, when they do not embed it)."""
    paths = ([Path(domain_path)] if domain_path is not None else []) + [Path(p)
                                                                         for p in profile_paths]
    from ..scenario.load import read_file
    from ._shared import json_document

    return convert_geniusweb({str(p): json_document(read_file(p), str(p)) for p in paths})


def convert_geniusweb(documents: Mapping[str, Any], *, name: str | None = None
                      ) -> Conversion:
    """The scenario of parsed GeniusWeb JSON documents, ``{file name: data}``: at most one
    domain (``issuesValues``), and profiles (``LinearAdditiveUtilitySpace``) in the order
    given."""
    domain: tuple[str, Mapping[str, Any]] | None = None
    profiles: list[tuple[str, Mapping[str, Any]]] = []
    for file, document in documents.items():
        if not isinstance(document, Mapping):
            raise ScenarioError("a GeniusWeb file holds a JSON object", file=file)
        if "LinearAdditiveUtilitySpace" in document:
            space = document["LinearAdditiveUtilitySpace"]
            if not isinstance(space, Mapping):
                raise ScenarioError("LinearAdditiveUtilitySpace must be an object", file=file)
            profiles.append((file, space))
        elif "issuesValues" in document:
            if domain is not None:
                raise ScenarioError(f"more than one GeniusWeb domain ({domain[0]} and {file})",
                                    file=file)
            domain = (file, document)
        else:
            raise ScenarioError("neither a GeniusWeb domain (issuesValues) nor a "
                                "LinearAdditiveUtilitySpace profile", file=file)
    if len(profiles) < 2:
        raise ScenarioError(f"found {len(profiles)} GeniusWeb profile(s); a scenario needs at "
                            "least two", file=next(iter(documents), None))
    if domain is None:
        first = profiles[0]
        if "domain" not in first[1]:
            raise ScenarioError("no GeniusWeb domain: give the domain file, or profiles that "
                                "embed it", file=first[0])
        domain = (first[0], first[1]["domain"])
    issues, grids = _issues(domain[1], domain[0])
    warnings: list[str] = []
    party_ids = IdMaker("party")
    parties: list[dict[str, Any]] = []
    preferences: dict[str, Any] = {}
    for file, space in profiles:
        stem = Path(file).stem
        pid = party_ids.make(stem)
        weights, values, reservation, discount = _profile(space, file, issues, grids, warnings)
        party: dict[str, Any] = {"id": pid, "name": stem, "reservation": reservation}
        if discount is not None:
            party["discount"] = discount
        parties.append(party)
        preferences[pid] = {"weights": weights, "values": values}
    data = {
        "zopa": 1,
        "name": name or str(domain[1].get("name") or Path(domain[0]).stem),
        "description": "Imported from GeniusWeb: " + ", ".join(Path(f).name for f, _ in
                                                                profiles) + ".",
        "parties": parties,
        "issues": issues,
        "preferences": preferences,
    }
    try:
        scenario = parse_scenario(data)
    except ScenarioError as exc:
        raise ScenarioError(f"cannot make a valid scenario of these files: {exc}",
                            file=domain[0]) from None
    return Conversion(scenario, tuple(warnings))


def _issues(domain: Mapping[str, Any], file: str
            ) -> tuple[list[dict[str, Any]], list[list[Any]]]:
    """The zopa issues of a GeniusWeb domain, and each issue's values as GeniusWeb names
    them (strings, or numbers on a range)."""
    values = domain.get("issuesValues")
    if not isinstance(values, Mapping) or not values:
        raise ScenarioError("issuesValues must be a non-empty object", file=file)
    ids = IdMaker("issue")
    issues: list[dict[str, Any]] = []
    grids: list[list[Any]] = []
    for title, spec in values.items():
        entry: dict[str, Any] = {"id": ids.make(str(title)), "name": str(title),
                                 "x-geniusweb": str(title)}
        if isinstance(spec, Mapping) and "values" in spec and isinstance(spec["values"], list):
            names = [str(v) for v in spec["values"]]
            entry["options"] = names
            grids.append(names)
        elif isinstance(spec, Mapping) and "range" in spec:
            low, high, step = _range(spec["range"], file, str(title))
            entry["range"] = {"min": low, "max": high, "step": step}
            grids.append([])
        else:
            raise ScenarioError(f"issue '{title}': expected {{\"values\": [...]}} or "
                                "{\"range\": {...}}", file=file)
        issues.append(entry)
    return issues, grids


def _range(spec: Any, file: str, title: str) -> tuple[float, float, float]:
    if isinstance(spec, Mapping):
        parts = [spec.get(k) for k in ("low", "high", "step")]
    elif isinstance(spec, list) and len(spec) == 3:
        parts = list(spec)
    else:
        parts = [None]
    try:
        low, high, step = (_num(p) for p in parts)
    except (TypeError, ValueError):
        raise ScenarioError(f"issue '{title}': a range is {{\"low\", \"high\", \"step\"}} "
                            "numbers", file=file) from None
    return low, high, step


def _num(value: Any) -> float:
    if isinstance(value, bool) or value is None:
        raise TypeError
    number = float(value)
    return int(number) if number.is_integer() and "." not in str(value) else number


def _profile(space: Mapping[str, Any], file: str, issues: list[dict[str, Any]],
             grids: list[list[Any]], warnings: list[str]
             ) -> tuple[dict[str, float], dict[str, Any], float, float | None]:
    raw_weights = space.get("issueWeights", {})
    utilities = space.get("issueUtilities", {})
    if not isinstance(raw_weights, Mapping) or not isinstance(utilities, Mapping):
        raise ScenarioError("issueWeights and issueUtilities must be objects", file=file)
    known = {issue["x-geniusweb"] for issue in issues}
    for key in [*raw_weights, *utilities]:
        if key not in known:
            raise ScenarioError(f"'{key}' is not an issue of the domain", file=file)
    weights: dict[str, float] = {}
    columns: dict[str, dict[Any, float]] = {}
    for issue, names in zip(issues, grids, strict=True):
        title = issue["x-geniusweb"]
        try:
            weights[issue["id"]] = float(raw_weights.get(title, 0.0))
        except (TypeError, ValueError):
            raise ScenarioError(f"the weight of '{title}' is not a number", file=file) from None
        columns[issue["id"]] = _utilities(utilities.get(title), issue, names, file)
    total = sum(weights.values())
    if total <= 0 or any(w < 0 for w in weights.values()):
        raise ScenarioError("the weights must be >= 0 and not all 0", file=file)
    scale, divide = 1.0, 1.0
    if total < 1 - WEIGHT_SUM_TOL:
        scale = total
        warnings.append(f"{Path(file).name}: the weights sum to {total:.12g}; each value is "
                        f"multiplied by it to keep the profile's utilities")
    elif total > 1 + WEIGHT_SUM_TOL:
        divide = total
        warnings.append(f"{Path(file).name}: the weights sum to {total:.12g} > 1; zopa "
                        "normalises them (utilities divided by the sum, reservation too)")
    values = {iid: {str(k): scale * v for k, v in column.items()}
              for iid, column in columns.items()}
    reservation = float(space.get("reserved_value") or 0.0)
    bid = space.get("reservationBid")
    if isinstance(bid, Mapping) and isinstance(bid.get("issuevalues"), Mapping):
        chosen = bid["issuevalues"]
        reservation = sum(weights[i["id"]] * columns[i["id"]].get(_key(chosen.get(
            i["x-geniusweb"]), i), 0.0) for i in issues)
    reservation = min(max(reservation / divide, 0.0), 1.0)
    discount = space.get("discount_factor")
    kept = float(discount) if isinstance(discount, int | float) and 0 < discount <= 1 else None
    return weights, values, reservation, kept


def _key(value: Any, issue: Mapping[str, Any]) -> Any:
    if "range" in issue and isinstance(value, int | float | str):
        return _num(value)
    return str(value)


def _utilities(spec: Any, issue: Mapping[str, Any], names: list[Any], file: str
               ) -> dict[Any, float]:
    """The issue's utility of each option, keyed as zopa names the option."""
    title = issue["x-geniusweb"]
    if spec is None:
        return {}
    if not isinstance(spec, Mapping):
        raise ScenarioError(f"the utilities of '{title}' must be an object", file=file)
    out: dict[Any, float] = {}
    discrete = _spelled(spec, _DISCRETE, title, file)
    number = _spelled(spec, _NUMBER, title, file)
    if discrete is not None:
        given = discrete.get("valueUtilities", {})
        if not isinstance(given, Mapping):
            raise ScenarioError(f"valueUtilities of '{title}' must be an object", file=file)
        for key, value in given.items():
            if "range" in issue:
                out[_num(key)] = _unit(value, title, file)
            elif str(key) in names:
                out[str(key)] = _unit(value, title, file)
        return out
    if number is not None and "range" in issue:
        n = number
        try:
            lo, hi = float(n["lowValue"]), float(n["highValue"])
            ulo, uhi = _unit(n["lowUtility"], title, file), _unit(n["highUtility"], title, file)
        except (KeyError, TypeError, ValueError):
            raise ScenarioError(f"numberutils of '{title}' needs lowValue, lowUtility, "
                                "highValue and highUtility", file=file) from None
        from pydantic import ValidationError

        from ..scenario.model import Range

        try:
            grid = Range.model_validate(issue["range"]).values()
        except ValidationError as exc:
            reason = str(exc.errors(include_url=False)[0]["msg"]).removeprefix("Value error, ")
            raise ScenarioError(f"the range of '{title}': {reason}", file=file) from None
        for x in grid:
            if lo <= x <= hi:
                out[x] = ulo if hi == lo else ulo + (x - lo) / (hi - lo) * (uhi - ulo)
        return out
    raise ScenarioError(f"the utilities of '{title}' are neither discreteutils nor "
                        "numberutils (for a numeric issue)", file=file)


#: The two spellings of an issue's utilities: GeniusWeb's JSON type names, and the class
#: names that GeniusWeb's Python port writes.
_DISCRETE = ("discreteutils", "DiscreteValueSetUtilities")
_NUMBER = ("numberutils", "NumberValueSetUtilities")


def _spelled(spec: Mapping[str, Any], names: tuple[str, str], title: str, file: str
             ) -> Mapping[str, Any] | None:
    """The object under either spelling of one kind of utilities, or ``None``."""
    for name in names:
        if name in spec:
            found = spec[name]
            if not isinstance(found, Mapping):
                raise ScenarioError(f"{name} of '{title}' must be an object", file=file)
            return found
    return None


def _unit(value: Any, title: str, file: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ScenarioError(f"a utility of '{title}' is not a number: {value!r}",
                            file=file) from None
    if not 0 <= number <= 1:
        raise ScenarioError(f"a utility of '{title}' is outside [0, 1]: {value!r}", file=file)
    return number


# --------------------------------------------------------------------------- writing


def export_geniusweb(scenario: Scenario) -> Export:
    """GeniusWeb files of a scenario: ``domain.json`` and one profile ``<party id>.json``
    (which embeds the domain) per negotiating party, with a warning for everything a
    GeniusWeb profile cannot hold.

    >>> from zopa.examples import load_example
    >>> sorted(export_geniusweb(load_example("ukraine-russia-2022-03")).files)
    ['domain.json', 'russia.json', 'ukraine.json']
    """
    space = compile_space(scenario)
    warnings = dropped_features(scenario, "GeniusWeb")
    negotiators = [p.id for p in scenario.negotiators]
    issues_values: dict[str, Any] = {}
    linear: list[bool] = []
    for k, issue in enumerate(scenario.issues):
        if issue.range is None:
            issues_values[issue.title] = {"values": [str(o) for o in issue.option_ids]}
            linear.append(False)
            continue
        xs = [float(x) for x in issue.option_ids]
        straight = all(is_linear(xs, [float(v) for v in space.values[k][:, p]])
                       for p in range(len(negotiators)))
        linear.append(straight)
        if straight:
            r = issue.range
            issues_values[issue.title] = {"range": {"low": r.min, "high": r.max,
                                                    "step": r.step}}
        else:
            issues_values[issue.title] = {"values": [str(o) for o in issue.option_ids]}
            warnings.append(f"issue '{issue.id}': values not linear in the number for every "
                            "party; exported as discrete values")
    if len(set(issues_values)) != len(scenario.issues):
        raise ScenarioError("two issues have the same name; GeniusWeb names issues by name")
    domain = {"name": scenario.name or "zopa", "issuesValues": issues_values}
    files = {"domain.json": _json_bytes(domain)}
    for p, pid in enumerate(negotiators):
        party = scenario.party(pid)
        utilities: dict[str, Any] = {}
        for k, issue in enumerate(scenario.issues):
            column = [float(v) for v in space.values[k][:, p]]
            if linear[k]:
                utilities[issue.title] = {"numberutils": {
                    "lowValue": issue.option_ids[0], "lowUtility": column[0],
                    "highValue": issue.option_ids[-1], "highUtility": column[-1]}}
            else:
                utilities[issue.title] = {"discreteutils": {"valueUtilities": {
                    str(o): v for o, v in zip(issue.option_ids, column, strict=True)}}}
        weights = dict(zip((i.title for i in scenario.issues),
                           normalised_weights(scenario, pid), strict=True))
        if midpoint(party.reservation) > 0:
            warnings.append(f"party '{pid}': reservation value {midpoint(party.reservation)} "
                            "not exported (a GeniusWeb profile holds a reservation bid, not a "
                            "value)")
        if party.discount is not None:
            warnings.append(f"party '{pid}': discount factor not exported (GeniusWeb "
                            "profiles have none)")
        profile = {"LinearAdditiveUtilitySpace": {
            "issueUtilities": utilities, "issueWeights": weights, "domain": domain,
            "name": pid}}
        files[f"{pid}.json"] = _json_bytes(profile)
    return Export(files, tuple(warnings))


def write_geniusweb(scenario: Scenario, directory: str | Path, *, force: bool = False
                    ) -> tuple[str, ...]:
    """Write :func:`export_geniusweb`'s files into ``directory``; returns the warnings."""
    exported = export_geniusweb(scenario)
    write_files(Path(directory), exported.files, force=force)
    return exported.warnings


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()
