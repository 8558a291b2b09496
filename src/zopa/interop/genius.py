"""GENIUS XML: ANAC domains and profiles read into a zopa scenario, and written back.

GENIUS (Lin, Kraus, Baarslag, Tykhonov, Hindriks and Jonker, "Genius: an integrated
environment for supporting the design of generic automated negotiators", Computational
Intelligence 30(1), 2014) keeps a negotiation as one *domain* file (root
``<negotiation_template>``: the issues and their values) and one *profile* per party
(root ``<utility_space>``: weights, evaluations, reservation value, discount factor). The
ANAC competitions distribute their domains in this form.

Reading follows GENIUS's own classes, so that zopa's utility of every outcome is the one
GENIUS computes:

- a profile's issues are matched to the domain's by ``index``, discrete values by their
  text; only the ``<item>`` elements directly inside an ``<issue>`` count (the ``<item>``
  elements of a ``<similarity_function>``, as in the Car domain, are not the issue's);
- ``EvaluatorDiscrete``: when the largest evaluation, rounded to an integer (Java's
  ``Math.round``: halves up), exceeds 1, each evaluation is rounded to an integer and
  divided by that rounded maximum; otherwise the evaluations are used as written. When a
  value is given twice, the last evaluation counts (a Java ``HashMap``);
- ``EvaluatorInteger``: ``clamp(offset + slope * (x - lowerbound), 0, 1)``;
- ``EvaluatorReal``: ``clamp(parameter1 * x + parameter0, 0, 1)`` (``linear``) or
  ``parameter0`` (``constant``);
- the utility of a bid is ``sum_i w_i * e_i`` with the weights as written, capped at 1;
- a discount factor outside (0, 1] means no discounting (1), as ``validateDiscount``.

Where zopa's model differs, the import says so in its warnings:

- zopa normalises weights to sum 1. Weights that sum to ``S < 1`` are kept and every value
  is multiplied by ``S``, which gives GENIUS's utilities exactly. Weights that sum to
  ``S > 1`` make GENIUS's utility ``min(1, sum w e)``, which is not additive: zopa then
  uses the weights normalised (its utilities are GENIUS's uncapped ones divided by ``S``)
  and divides the reservation value by ``S``, which keeps exactly the same outcomes
  acceptable. (Two ANAC profiles do this: SYAgent's JapanTrip_util1, ``S = 1.1``, and
  Laptop's two, ``S = 1.0000518``.)
- GENIUS real issues are continuous; zopa's numeric issues are grids. A real issue becomes
  ``real_steps + 1`` evenly spaced points from its lower to its upper bound, both included
  (21 by default, the number of points GENIUS's own analysis uses); its linear evaluator
  gives exactly GENIUS's utility at each of them. A domain written by zopa carries the
  grid step in a ``zopa_step`` attribute (GENIUS ignores it), and is read back on it.

Party ids are the profile file names, slugified; issue ids the issue names, slugified.

>>> from pathlib import Path
>>> folder = Path(__file__).parents[3] / "tests/data/genius/anac/y2011/Laptop"
>>> scenario = read_genius_folder(folder)
>>> [p.id for p in scenario.parties], [i.id for i in scenario.issues]
(['laptop_buyer_utility', 'laptop_seller_utility'], ['laptop', 'harddisk', 'external-monitor'])
>>> scenario.preferences["laptop_buyer_utility"].values["laptop"]
{'Dell': 0.4, 'Macintosh': 0.6666666666666666, 'HP': 1.0}
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ScenarioError
from ..scenario import Scenario, parse_scenario
from ..scenario.load import MAX_FILE_BYTES, read_file
from ..scenario.model import MAX_RANGE_OPTIONS, Range, exact, midpoint
from ..space import compile_space
from ._genius_nonlinear import (
    ReferenceFrontier,
    nonlinear_preferences,
    parse_reference,
    read_nonlinear,
)
from ._shared import (
    WEIGHT_SUM_TOL,
    Conversion,
    Export,
    IdMaker,
    clamped_line_points,
    dropped_features,
    is_linear,
    java_round,
    json_document,
    normalised_weights,
    number,
    write_files,
)
from ._xml import Element, parse_xml

__all__ = [
    "DEFAULT_REAL_STEPS",
    "REFERENCE_FILE",
    "ReferenceFrontier",
    "convert_genius_files",
    "export_genius",
    "export_genius_nonlinear",
    "import_genius",
    "import_genius_folder",
    "read_genius",
    "read_genius_folder",
    "read_reference",
    "scenario_from_genius_files",
    "write_genius",
]

#: Real issues become this many intervals (so one more grid point), by default.
DEFAULT_REAL_STEPS = 20
#: The file of a GENIUS domain folder that holds the reference Pareto frontier.
REFERENCE_FILE = "pareto.xml"


# --------------------------------------------------------------------------- reading


def read_genius(domain_path: str | Path, profile_paths: Sequence[str | Path], *,
                real_steps: int = DEFAULT_REAL_STEPS) -> Scenario:
    """The scenario of a GENIUS domain file and its profiles (one party per profile, in
    the order given). See :func:`import_genius` for the warnings."""
    return import_genius(domain_path, profile_paths, real_steps=real_steps).scenario


def import_genius(domain_path: str | Path, profile_paths: Sequence[str | Path], *,
                  real_steps: int = DEFAULT_REAL_STEPS, name: str | None = None
                  ) -> Conversion:
    """Read a GENIUS domain file and its profiles; the result carries the scenario and a
    warning for each place where zopa cannot follow GENIUS exactly."""
    domain_file = str(domain_path)
    domain = _domain(parse_xml(read_file(Path(domain_path)), file=domain_file), domain_file)
    profiles = [(str(p), parse_xml(read_file(Path(p)), file=str(p))) for p in profile_paths]
    title = name if name is not None else _stem_title(Path(domain_path).stem)
    return _convert(domain, profiles, title, real_steps)


def read_genius_folder(path: str | Path, *, real_steps: int = DEFAULT_REAL_STEPS) -> Scenario:
    """The scenario of a folder of GENIUS XML files (or GeniusWeb JSON files), found by
    their content: the one domain, and every profile in file-name order."""
    return import_genius_folder(path, real_steps=real_steps).scenario


def import_genius_folder(path: str | Path, *, real_steps: int = DEFAULT_REAL_STEPS
                         ) -> Conversion:
    """:func:`read_genius_folder`, with the warnings."""
    folder = Path(path)
    if not folder.is_dir():
        raise ScenarioError("not a folder", file=str(folder))
    files = {str(p): read_file(p) for p in sorted(folder.iterdir())
             if p.is_file() and p.suffix.lower() in (".xml", ".json")}
    return convert_genius_files(files, name=folder.name, real_steps=real_steps)


def scenario_from_genius_files(files: Mapping[str, bytes], *, name: str | None = None,
                               real_steps: int = DEFAULT_REAL_STEPS) -> Scenario:
    """The scenario of uploaded GENIUS (or GeniusWeb) files, ``{file name: content}``:
    the domain and the profiles are found by their content; profiles keep the order
    given. See :func:`convert_genius_files` for the warnings."""
    return convert_genius_files(files, name=name, real_steps=real_steps).scenario


def convert_genius_files(files: Mapping[str, bytes], *, name: str | None = None,
                         real_steps: int = DEFAULT_REAL_STEPS) -> Conversion:
    """Find the domain and the profiles among ``files`` by their content (XML root
    ``<negotiation_template>`` / ``<utility_space>``, or GeniusWeb JSON) and read them.
    Files that are neither are ignored, with a warning."""
    from .geniusweb import convert_geniusweb

    domains: list[tuple[str, Element]] = []
    profiles: list[tuple[str, Element]] = []
    web: dict[str, Any] = {}
    skipped: list[str] = []
    for file, data in files.items():
        if len(data) > MAX_FILE_BYTES:
            raise ScenarioError(f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB",
                                file=file)
        if file.lower().endswith(".json"):
            document = _json(data, file)
            if isinstance(document, dict) and ("issuesValues" in document or
                                               "LinearAdditiveUtilitySpace" in document):
                web[file] = document
            else:
                skipped.append(file)
            continue
        if Path(file).name.lower() == REFERENCE_FILE:
            continue  # GENIUS's reference frontier, not XML: see read_reference
        root = parse_xml(data, file=file)
        if root.tag == "negotiation_template":
            domains.append((file, root))
        elif root.tag == "utility_space":
            profiles.append((file, root))
        else:
            skipped.append(file)
    notes = [f"{Path(f).name}: neither a GENIUS domain nor a profile; ignored" for f in skipped]
    if not domains and not profiles and web:
        converted = convert_geniusweb(web, name=name)
        return Conversion(converted.scenario, tuple(notes) + converted.warnings)
    where = ", ".join(Path(f).name for f in files) or "no files"
    if len(domains) != 1:
        found = ", ".join(Path(f).name for f, _ in domains)
        raise ScenarioError(
            "no GENIUS domain file (root element <negotiation_template>) among " + where
            if not domains else f"more than one GENIUS domain file: {found}",
            file=str(Path(next(iter(files))).parent) if files else None,
        )
    if len(profiles) < 2:
        raise ScenarioError(
            f"found {len(profiles)} GENIUS profile(s) (root element <utility_space>) among "
            f"{where}; a scenario needs at least two", file=domains[0][0])
    domain_file, domain_root = domains[0]
    title = name if name is not None else _stem_title(Path(domain_file).stem)
    converted = _convert(_domain(domain_root, domain_file), profiles, title, real_steps)
    return Conversion(converted.scenario, tuple(notes) + converted.warnings)


@dataclass(frozen=True)
class _Issue:
    """One issue of a GENIUS domain."""

    index: int
    name: str
    kind: str  # discrete | integer | real
    line: int
    items: tuple[str, ...] = ()
    descriptions: tuple[str | None, ...] = ()
    low: int | float = 0
    high: int | float = 0
    step: int | float | None = None  # the zopa_step of a domain zopa wrote


@dataclass(frozen=True)
class _Domain:
    file: str
    issues: tuple[_Issue, ...]


@dataclass
class _Profile:
    """One GENIUS profile, evaluations already turned into values in [0, 1]."""

    file: str
    weights: dict[int, float] = field(default_factory=dict)
    discrete: dict[int, dict[str, float]] = field(default_factory=dict)
    # issue index -> (offset, slope, at): value clamp(offset + slope * (x - at), 0, 1)
    linear: dict[int, tuple[float, float, float]] = field(default_factory=dict)
    reservation: float = 0.0
    discount: float | None = None
    warnings: list[str] = field(default_factory=list)


def _json(data: bytes, file: str) -> Any:
    return json_document(data, file)


def _stem_title(stem: str) -> str:
    for suffix in ("_domain", "-domain", "_template", "-template"):
        if stem.lower().endswith(suffix) and len(stem) > len(suffix):
            return stem[: -len(suffix)]
    return stem


def _int(element: Element, key: str, file: str) -> int:
    text = element.attrs.get(key)
    try:
        return int((text or "").strip())
    except ValueError:
        what = f"<{element.tag}> attribute '{key}'"
        raise ScenarioError(f"{what} must be an integer, got {text!r}" if text is not None
                            else f"{what} is missing", file=file, line=element.line) from None


def _literal(text: str | None, what: str, file: str, line: int) -> int | float:
    """A number as written: an integer stays an integer (grid values keep their type)."""
    value = number(text, what=what, file=file, line=line)
    assert text is not None
    stripped = text.strip().lstrip("+-")
    return int(value) if stripped.isdigit() else value


def _issue_kind(element: Element, file: str) -> str:
    """GENIUS's rule: ``type`` wins; no ``type`` means discrete."""
    kind = (element.attrs.get("type") or "discrete").strip().lower()
    if kind not in ("discrete", "integer", "real"):
        raise ScenarioError(f"<issue> type {kind!r} is not supported (discrete, integer or "
                            "real)", file=file, line=element.line)
    return kind


def _bounds(element: Element, kind: str, file: str) -> tuple[int | float, int | float]:
    """An integer issue's bounds are attributes, a real issue's are in ``<range>``; either
    form is accepted."""
    ranges = element.children("range")
    holders = [element, *ranges] if kind == "integer" else [*ranges, element]
    for holder in holders:
        if "lowerbound" in holder.attrs and "upperbound" in holder.attrs:
            low = _literal(holder.attrs["lowerbound"], "lowerbound", file, holder.line)
            high = _literal(holder.attrs["upperbound"], "upperbound", file, holder.line)
            if kind == "integer" and not (isinstance(low, int) and isinstance(high, int)):
                raise ScenarioError("the bounds of an integer issue must be integers",
                                    file=file, line=holder.line)
            if low > high:
                raise ScenarioError(f"reversed bounds: lowerbound {low} exceeds upperbound "
                                    f"{high}", file=file, line=holder.line)
            return low, high
    raise ScenarioError(f"the {kind} issue has no lowerbound and upperbound", file=file,
                        line=element.line)


def _domain(root: Element, file: str) -> _Domain:
    if root.tag != "negotiation_template":
        hint = " (this looks like a profile)" if root.tag == "utility_space" else ""
        raise ScenarioError(f"not a GENIUS domain: the root element is <{root.tag}>, "
                            f"expected <negotiation_template>{hint}", file=file, line=root.line)
    spaces = root.children("utility_space")
    objectives = spaces[0].children("objective") if spaces else []
    if not objectives:
        raise ScenarioError("no <utility_space><objective> in the domain", file=file,
                            line=root.line)
    issues: list[_Issue] = []
    _collect_issues(objectives[0], file, issues)
    if not issues:
        raise ScenarioError("the domain has no <issue>", file=file, line=objectives[0].line)
    seen: dict[int, _Issue] = {}
    for issue in issues:
        if issue.index in seen:
            raise ScenarioError(f"two issues have index {issue.index} ('{seen[issue.index].name}'"
                                f" and '{issue.name}')", file=file, line=issue.line)
        seen[issue.index] = issue
    return _Domain(file, tuple(issues))


def _collect_issues(objective: Element, file: str, out: list[_Issue]) -> None:
    """The issues in GENIUS's order: nested objectives first, then this level's issues."""
    for child in objective.children("objective"):
        _collect_issues(child, file, out)
    for element in objective.children("issue"):
        index = _int(element, "index", file)
        name = element.attrs.get("name")
        if not name:
            raise ScenarioError("<issue> has no name", file=file, line=element.line)
        kind = _issue_kind(element, file)
        if kind == "discrete":
            items = element.children("item")
            values = []
            for item in items:
                value = item.attrs.get("value")
                if value is None:
                    raise ScenarioError(f"an <item> of issue '{name}' has no value", file=file,
                                        line=item.line)
                values.append(value)
            out.append(_Issue(index, name, kind, element.line, tuple(values),
                              tuple(item.attrs.get("description") for item in items)))
            continue
        low, high = _bounds(element, kind, file)
        step = None
        if "zopa_step" in element.attrs:
            step = _literal(element.attrs["zopa_step"], "zopa_step", file, element.line)
        out.append(_Issue(index, name, kind, element.line, low=low, high=high, step=step))


def _profile(root: Element, file: str, domain: _Domain) -> _Profile:
    if root.tag != "utility_space":
        hint = " (this looks like a domain)" if root.tag == "negotiation_template" else ""
        raise ScenarioError(f"not a GENIUS profile: the root element is <{root.tag}>, "
                            f"expected <utility_space>{hint}", file=file, line=root.line)
    profile = _Profile(file)
    by_index = {issue.index: issue for issue in domain.issues}
    # GENIUS reads every element of the tree: its <weight> and <issue> children pair up
    # by index at the same level; <reservation> and <discount_factor> anywhere (last wins).
    for element in _walk(root):
        for child in element.children("reservation"):
            profile.reservation = number(child.attrs.get("value"), what="reservation value",
                                         file=file, line=child.line)
        for child in element.children("discount_factor"):
            profile.discount = _discount(child, file, profile.warnings)
        weights = {}
        for child in element.children("weight"):
            weights[_int(child, "index", file)] = (
                number(child.attrs.get("value"), what="weight value", file=file,
                       line=child.line), child.line)
        for issue_element in element.children("issue"):
            index = _int(issue_element, "index", file)
            if index not in weights:
                continue  # GENIUS gives it no evaluator; reported below if it is an issue
            weight, line = weights[index]
            if index not in by_index:
                raise ScenarioError(f"<issue> index {index} is not an issue of the domain "
                                    f"{Path(domain.file).name}", file=file,
                                    line=issue_element.line)
            if weight < 0:
                raise ScenarioError(f"weight {weight} of issue index {index} is negative",
                                    file=file, line=line)
            issue = by_index[index]
            kind = _issue_kind(issue_element, file)
            if kind != issue.kind:
                raise ScenarioError(f"issue '{issue.name}' is {issue.kind} in the domain but "
                                    f"{kind} here", file=file, line=issue_element.line)
            profile.weights[index] = weight
            if kind == "discrete":
                profile.discrete[index] = _discrete(issue_element, issue, file, profile.warnings)
            else:
                profile.linear[index] = _evaluator(issue_element, issue, file)
    for issue in domain.issues:
        if issue.index not in profile.weights:
            raise ScenarioError(f"issue '{issue.name}' (index {issue.index}) has no <weight> "
                                "and evaluation in this profile", file=file, line=root.line)
    return profile


def _walk(element: Element) -> list[Element]:
    out = [element]
    for kid in element.kids:
        out.extend(_walk(kid))
    return out


def _discount(element: Element, file: str, warnings: list[str]) -> float:
    value = number(element.attrs.get("value"), what="discount factor", file=file,
                   line=element.line)
    if 0 < value <= 1:
        return value
    warnings.append(f"{Path(file).name}: discount factor {value} is outside (0, 1]; GENIUS "
                    "reads it as 1 (no discounting)")
    return 1.0


def _discrete(element: Element, issue: _Issue, file: str, warnings: list[str]
              ) -> dict[str, float]:
    """``EvaluatorDiscrete``: the value of each item of the issue, in [0, 1]."""
    name = Path(file).name
    evaluations: dict[str, float] = {}
    for item in element.children("item"):  # direct children only: not similarity_function's
        value = item.attrs.get("value")
        text = item.attrs.get("evaluation")
        if value is None or text is None or text.strip() == "null":
            continue
        evaluation = number(text, what=f"evaluation of '{value}'", file=file, line=item.line)
        if evaluation < 0:
            raise ScenarioError(f"evaluation {text} of '{value}' is negative", file=file,
                                line=item.line)
        if value in evaluations:
            warnings.append(f"{name}: issue '{issue.name}' evaluates '{value}' twice; the last "
                            f"evaluation ({text}) counts, as in GENIUS")
        evaluations[value] = evaluation
    if not evaluations:
        raise ScenarioError(f"issue '{issue.name}' has no evaluated <item>", file=file,
                            line=element.line)
    top = java_round(max(evaluations.values()))
    if top > 1:
        values = {v: java_round(e) / top for v, e in evaluations.items()}
    else:
        values = dict(evaluations)
        worst = max(evaluations, key=lambda v: evaluations[v])
        if evaluations[worst] > 1:
            raise ScenarioError(
                f"evaluation {evaluations[worst]} of '{worst}' exceeds 1 while the largest "
                "evaluation rounds to 1: GENIUS uses it as written, a utility above 1 that "
                "zopa cannot represent", file=file, line=element.line)
    for value in evaluations:
        if value not in issue.items:
            warnings.append(f"{name}: issue '{issue.name}' evaluates '{value}', which is not a "
                            "value of the domain; ignored (GENIUS still counts it in the "
                            "issue's largest evaluation)")
    for value in issue.items:
        if value not in evaluations:
            warnings.append(f"{name}: issue '{issue.name}' gives no evaluation for '{value}'; "
                            "its value is 0")
    return values


def _evaluator(element: Element, issue: _Issue, file: str) -> tuple[float, float, float]:
    """``EvaluatorInteger`` / ``EvaluatorReal`` as ``(offset, slope, at)``."""
    evaluators = element.children("evaluator")
    if issue.kind == "integer":
        low = issue.low
        if "lowerbound" in element.attrs:
            low = _literal(element.attrs["lowerbound"], "lowerbound", file, element.line)
        if not evaluators:
            return 0.0, 0.0, float(low)
        ev = evaluators[0]
        slope = number(ev.attrs.get("slope", "0"), what="slope", file=file, line=ev.line)
        offset = number(ev.attrs.get("offset", "0"), what="offset", file=file, line=ev.line)
        return offset, slope, float(low)
    if not evaluators:
        raise ScenarioError(f"real issue '{issue.name}' has no <evaluator>", file=file,
                            line=element.line)
    ev = evaluators[0]
    kind = (ev.attrs.get("ftype") or "").strip().lower()
    if kind == "linear":
        offset = number(ev.attrs.get("parameter0"), what="parameter0", file=file, line=ev.line)
        slope = number(ev.attrs.get("parameter1"), what="parameter1", file=file, line=ev.line)
        return offset, slope, 0.0
    if kind == "constant":
        value = number(ev.attrs.get("parameter0"), what="parameter0", file=file, line=ev.line)
        if not 0 <= value <= 1:
            raise ScenarioError(f"constant evaluation {value} is outside [0, 1]", file=file,
                                line=ev.line)
        return value, 0.0, 0.0
    raise ScenarioError(f"evaluator ftype {kind!r} is not supported (linear or constant)",
                        file=file, line=ev.line)


def _convert(domain: _Domain, files: Sequence[tuple[str, Element]], name: str,
             real_steps: int) -> Conversion:
    nonlinear = [(file, root) for file, root in files
                 if (root.attrs.get("type") or "").strip().lower() == "nonlinear"]
    if nonlinear:
        return _convert_nonlinear(domain, files, name)
    profiles = [_profile(root, file, domain) for file, root in files]
    warnings = [w for p in profiles for w in p.warnings]
    issue_ids = IdMaker("issue")
    issues: list[dict[str, Any]] = []
    options: list[dict[str, str]] = []  # per issue: item text -> option id
    for issue in domain.issues:
        entry: dict[str, Any] = {"id": issue_ids.make(issue.name), "name": issue.name}
        if issue.kind == "discrete":
            entry["options"], ids = _options(issue, domain.file)
            options.append(ids)
        else:
            entry["range"] = _grid(issue, domain.file, real_steps)
            options.append({})
        issues.append(entry)
    party_ids = IdMaker("party")
    parties: list[dict[str, Any]] = []
    preferences: dict[str, Any] = {}
    for profile in profiles:
        stem = Path(profile.file).stem
        pid = party_ids.make(stem)
        total = sum(profile.weights.values())
        if total <= 0:
            raise ScenarioError("all weights are 0", file=profile.file)
        scale, reservation = 1.0, profile.reservation
        if total < 1 - WEIGHT_SUM_TOL:
            scale = total
            warnings.append(f"{Path(profile.file).name}: the weights sum to {total:.12g}; zopa "
                            f"normalises weights, so each value is multiplied by {total:.12g} "
                            "to keep GENIUS's utilities")
        elif total > 1 + WEIGHT_SUM_TOL:
            reservation = profile.reservation / total
            warnings.append(
                f"{Path(profile.file).name}: the weights sum to {total:.12g} > 1, so GENIUS's "
                f"utility is min(1, weighted sum), which is not additive; zopa normalises the "
                f"weights (its utilities are GENIUS's uncapped ones divided by {total:.12g}) "
                f"and divides the reservation value by it (same acceptable outcomes)")
        if reservation < 0:
            warnings.append(f"{Path(profile.file).name}: reservation value {reservation} is "
                            "below 0; read as 0 (every outcome is acceptable either way)")
            reservation = 0.0
        if reservation > 1:
            raise ScenarioError(f"reservation value {profile.reservation} is above the highest "
                                "possible utility: no outcome is acceptable", file=profile.file)
        party: dict[str, Any] = {"id": pid, "name": stem, "reservation": reservation}
        if profile.discount is not None:
            party["discount"] = profile.discount
        parties.append(party)
        weights: dict[str, float] = {}
        values: dict[str, Any] = {}
        for issue, entry, ids in zip(domain.issues, issues, options, strict=True):
            weights[entry["id"]] = profile.weights[issue.index]
            if issue.kind == "discrete":
                given = profile.discrete[issue.index]
                values[entry["id"]] = {ids[v]: scale * given[v] for v in issue.items
                                       if v in given}
            else:
                offset, slope, at = profile.linear[issue.index]
                points = clamped_line_points(issue.low, issue.high, at, offset, slope, scale)
                values[entry["id"]] = {"points": [list(p) for p in points.points]}
        preferences[pid] = {"weights": weights, "values": values}
    names = ", ".join(Path(p.file).name for p in profiles)
    data = {
        "zopa": 1,
        "name": name,
        "description": f"Imported from GENIUS: domain {Path(domain.file).name}; profiles "
                       f"{names}.",
        "parties": parties,
        "issues": issues,
        "preferences": preferences,
    }
    return _conversion(data, domain.file, warnings)


def _convert_nonlinear(domain: _Domain, files: Sequence[tuple[str, Element]], name: str
                       ) -> Conversion:
    """ANAC 2014's nonlinear spaces (see :mod:`zopa.interop._genius_nonlinear`)."""
    for file, root in files:
        if (root.attrs.get("type") or "").strip().lower() != "nonlinear":
            raise ScenarioError("this profile is linear while others of the domain are "
                                "nonlinear; zopa reads one kind per domain", file=file,
                                line=root.line)
    for issue in domain.issues:
        if issue.kind != "integer":
            raise ScenarioError(f"issue '{issue.name}' is {issue.kind}: GENIUS's nonlinear "
                                "spaces have integer issues only", file=domain.file,
                                line=issue.line)
    issue_ids = IdMaker("issue")
    issues = []
    spans = []
    for issue in domain.issues:
        iid = issue_ids.make(issue.name)
        low, high = int(issue.low), int(issue.high)
        issues.append({"id": iid, "name": issue.name,
                       "range": {"min": low, "max": high, "step": 1}})
        spans.append((issue.index, iid, low, high))
    known = {issue.index: (issue.name, int(issue.low), int(issue.high))
             for issue in domain.issues}
    party_ids = IdMaker("party")
    parties: list[dict[str, Any]] = []
    preferences: dict[str, Any] = {}
    warnings: list[str] = []
    for file, root in files:
        profile = read_nonlinear(root, file, known)
        stem = Path(file).stem
        pid = party_ids.make(stem)
        reservation, discount = 0.0, None
        for element in _walk(root):
            for child in element.children("reservation"):
                reservation = number(child.attrs.get("value"), what="reservation value",
                                     file=file, line=child.line)
            for child in element.children("discount_factor"):
                discount = _discount(child, file, warnings)
        party: dict[str, Any] = {"id": pid, "name": stem,
                                 "reservation": min(max(reservation, 0.0), 1.0)}
        if discount is not None:
            party["discount"] = discount
        parties.append(party)
        preferences[pid] = nonlinear_preferences(profile, spans)
    names = ", ".join(Path(f).name for f, _ in files)
    data = {"zopa": 1, "name": name,
            "description": f"Imported from GENIUS (nonlinear utility spaces): domain "
                           f"{Path(domain.file).name}; profiles {names}.",
            "parties": parties, "issues": issues, "preferences": preferences}
    return _conversion(data, domain.file, warnings)


def read_reference(folder: str | Path, parties: int) -> ReferenceFrontier | None:
    """GENIUS's reference frontier of a domain folder (its ``pareto.xml``), or ``None``
    when the folder has none."""
    path = Path(folder) / REFERENCE_FILE
    if not path.is_file():
        return None
    return parse_reference(read_file(path), file=str(path), parties=parties)


def _options(issue: _Issue, file: str) -> tuple[list[dict[str, str]], dict[str, str]]:
    if len(issue.items) < 2:
        raise ScenarioError(f"issue '{issue.name}' has {len(issue.items)} value(s); zopa needs "
                            "at least two options per issue", file=file, line=issue.line)
    out: list[dict[str, str]] = []
    ids: dict[str, str] = {}
    for value, description in zip(issue.items, issue.descriptions, strict=True):
        option = value.strip() or value
        if option in ids.values() or value in ids:
            raise ScenarioError(f"issue '{issue.name}' lists the value '{value}' twice",
                                file=file, line=issue.line)
        ids[value] = option
        entry = {"id": option, "label": option}
        if description and description.strip() and description.strip() != option:
            entry["description"] = description.strip()
        out.append(entry)
    return out, ids


def _grid(issue: _Issue, file: str, real_steps: int) -> dict[str, int | float]:
    """The zopa grid of an integer issue (every integer) or a real one (see module doc)."""
    low, high = issue.low, issue.high
    if issue.kind == "integer":
        grid: dict[str, int | float] = {"min": low, "max": high, "step": 1}
    elif issue.step is not None:
        grid = {"min": low, "max": high, "step": issue.step}
    elif low == high:
        grid = {"min": low, "max": high, "step": 1}
    else:
        if real_steps < 1:
            raise ScenarioError(f"real_steps must be at least 1, got {real_steps}", file=file)
        step = float((exact(high) - exact(low)) / real_steps)
        grid = {"min": low, "max": high, "step": step}
    try:
        checked = Range.model_validate(grid)
    except ValueError:
        checked = None
    if checked is None or checked.count > MAX_RANGE_OPTIONS:
        raise ScenarioError(f"issue '{issue.name}' would have more than {MAX_RANGE_OPTIONS} "
                            "options; zopa cannot hold it", file=file, line=issue.line)
    if exact(checked.values()[-1]) != exact(high):
        raise ScenarioError(f"cannot put evenly spaced points on [{low}, {high}] of issue "
                            f"'{issue.name}' exactly; try another number of real steps",
                            file=file, line=issue.line)
    return grid


# --------------------------------------------------------------------------- writing


def export_genius(scenario: Scenario, *, nonlinear: bool | None = None) -> Export:
    """The GENIUS files of a scenario: ``domain.xml`` and one profile ``<party id>.xml``
    per negotiating party, with a warning for everything GENIUS cannot hold.

    A scenario whose negotiators have interaction terms or a ``utility_max`` (or any
    scenario, with ``nonlinear=True``) is written as GENIUS nonlinear utility spaces
    (:func:`export_genius_nonlinear`); ``nonlinear=False`` forces the additive profiles,
    which drop the interaction terms (with a warning).

    Weights are written normalised, values as zopa computes them (so GENIUS uses them as
    written: none exceeds 1). A numeric issue whose values are linear for every party
    becomes an integer issue (a grid of step 1) or a real issue (any other grid, which
    GENIUS treats as continuous); one with non-linear values becomes a discrete issue
    with one value per grid point.

    >>> from zopa.examples import load_example
    >>> exported = export_genius(load_example("ukraine-russia-2022-03"))
    >>> sorted(exported.files)
    ['domain.xml', 'russia.xml', 'ukraine.xml']
    >>> any("red line" in w for w in exported.warnings)
    True
    """
    if nonlinear is None:
        nonlinear = any(scenario.preferences[p.id].interactions
                        or scenario.preferences[p.id].utility_max is not None
                        for p in scenario.negotiators)
    if nonlinear:
        return export_genius_nonlinear(scenario)
    space = compile_space(scenario)
    warnings = dropped_features(scenario, "GENIUS")
    negotiators = [p.id for p in scenario.negotiators]
    kinds: list[str] = []
    for k, issue in enumerate(scenario.issues):
        if issue.range is None:
            kinds.append("discrete")
            continue
        xs = [float(x) for x in issue.option_ids]
        linear = all(is_linear(xs, [float(v) for v in space.values[k][:, p]])
                     for p in range(len(negotiators)))
        if not linear:
            kinds.append("discrete")
            warnings.append(f"issue '{issue.id}': values not linear in the number for every "
                            "party; exported as a discrete issue with one value per grid "
                            "point (GENIUS's numeric evaluators are linear)")
        elif issue.range.integral and issue.range.step == 1:
            kinds.append("integer")
        else:
            kinds.append("real")
            warnings.append(f"issue '{issue.id}': exported as a GENIUS real issue on "
                            f"[{issue.range.min}, {issue.range.max}], which GENIUS treats as "
                            f"continuous; zopa reads it back on its grid of step "
                            f"{issue.range.step}")
    domain_name = "domain-template.xml" if "domain" in negotiators else "domain.xml"
    files = {domain_name: _xml_bytes(_domain_xml(scenario, kinds))}
    for p, pid in enumerate(negotiators):
        files[f"{pid}.xml"] = _xml_bytes(_profile_xml(scenario, space.values, kinds, p, pid))
    return Export(files, tuple(warnings))


def write_genius(scenario: Scenario, directory: str | Path, *, force: bool = False,
                 nonlinear: bool | None = None) -> tuple[str, ...]:
    """Write :func:`export_genius`'s files into ``directory``; returns the warnings."""
    exported = export_genius(scenario, nonlinear=nonlinear)
    write_files(Path(directory), exported.files, force=force)
    return exported.warnings


def export_genius_nonlinear(scenario: Scenario) -> Export:
    """The scenario as GENIUS nonlinear utility spaces (ANAC 2014's form), the inverse of
    the nonlinear reader (:mod:`zopa.interop._genius_nonlinear`).

    Every issue becomes an integer issue: a numeric issue on a grid of step 1 keeps its
    numbers; any other issue (discrete options, other grids) is numbered ``1..n`` in its
    order of options, with a warning, since GENIUS's nonlinear spaces hold integer issues
    only. A party's profile is ``<utility maxutility="M">`` with ``M`` the divisor of
    zopa's normalisation (``utility_max``, or the sum of all weights) and one
    ``hyperRectangle`` per term of the weighted sum: ``w_i * v_i(x)`` on issue ``i`` at
    ``x``, and ``w_t * value_t`` per interaction term (a box whose option sets are not
    one run of numbers is split into disjoint rectangles; an ``outside`` term is an
    ``EXCLUDES`` rectangle, or when split, the disjoint pieces of the box's complement).
    GENIUS's ``min(1, sum / M)`` is then zopa's utility of every package.

    >>> from zopa.examples import load_example
    >>> exported = export_genius_nonlinear(load_example("ukraine-russia-2022-03"))
    >>> b'type="nonlinear"' in exported.files["ukraine.xml"]
    True
    """
    space = compile_space(scenario)
    warnings = dropped_features(scenario, "GENIUS", interactions=True)
    negotiators = [p.id for p in scenario.negotiators]
    firsts: list[int] = []
    for issue in scenario.issues:
        rng = issue.range
        if rng is not None and rng.integral and rng.step == 1:
            firsts.append(int(rng.min))
            continue
        firsts.append(1)
        what = "options" if rng is None else f"grid of step {rng.step}"
        warnings.append(f"issue '{issue.id}': its {what} exported as the integers 1 to "
                        f"{len(issue.option_ids)} in their order (GENIUS's nonlinear spaces "
                        "have integer issues only)")
    domain_name = "domain-template.xml" if "domain" in negotiators else "domain.xml"
    files = {domain_name: _xml_bytes(_nonlinear_domain(scenario, firsts, False))}
    for p, pid in enumerate(negotiators):
        root = _nonlinear_domain(scenario, firsts, True)
        objective = root.find("objective")
        assert objective is not None
        prefs = scenario.preferences[pid]
        utility = ET.SubElement(objective, "utility",
                                {"maxutility": repr(prefs.total_weight())})
        ufun = ET.SubElement(utility, "ufun", {"type": "PlainUfun", "weight": "1",
                                               "aggregation": "sum"})
        for k, issue in enumerate(scenario.issues):
            weight = midpoint(prefs.weights.get(issue.id, 0.0))
            for j, value in enumerate(float(v) for v in space.values[k][:, p]):
                if weight * value > 0:
                    _rectangle(ufun, weight * value, [(k, [(j, j)])], firsts, "INCLUDES")
        for term, spec in zip((t for t in space.interactions if t.party == pid),
                              prefs.interactions, strict=True):
            amount = midpoint(spec.weight) * midpoint(spec.value)
            if amount > 0:
                _box(ufun, amount, term.issues, term.inside, term.outside, firsts)
        if not len(ufun):  # GENIUS needs a rectangle: one worth nothing, everywhere
            ET.SubElement(ufun, "hyperRectangle", {"utility": "0.0"})
        party = scenario.party(pid)
        ET.SubElement(root, "reservation", {"value": repr(midpoint(party.reservation))})
        if party.discount is not None:
            ET.SubElement(root, "discount_factor", {"value": repr(party.discount)})
        files[f"{pid}.xml"] = _xml_bytes(root)
    return Export(files, tuple(warnings))


def _nonlinear_domain(scenario: Scenario, firsts: Sequence[int], profile: bool
                      ) -> ET.Element:
    """A nonlinear domain (``profile``: the profile's ``utility_space`` head) of integer
    issues, issue ``k`` on ``firsts[k] .. firsts[k] + options - 1``."""
    space = ET.Element("utility_space", {"type": "nonlinear"} if profile
                       else {"number_of_issues": str(len(scenario.issues))})
    objective = _objective(scenario)
    space.append(objective)
    for k, issue in enumerate(scenario.issues):
        element = _issue_element(objective, k, issue.title, "integer")
        element.attrib.update({"lowerbound": str(firsts[k]),
                               "upperbound": str(firsts[k] + len(issue.option_ids) - 1)})
    if profile:
        return space
    root = ET.Element("negotiation_template")
    root.append(space)
    return root


def _runs(mask: Sequence[bool]) -> list[tuple[int, int]]:
    """The maximal runs ``(first, last)`` of true positions of ``mask``.

    >>> _runs([True, True, False, True])
    [(0, 1), (3, 3)]
    """
    out: list[tuple[int, int]] = []
    for j, flag in enumerate(mask):
        if flag and out and out[-1][1] == j - 1:
            out[-1] = (out[-1][0], j)
        elif flag:
            out.append((j, j))
    return out


def _box(ufun: ET.Element, amount: float, issues: Sequence[int], masks: Sequence[Any],
         outside: bool, firsts: Sequence[int]) -> None:
    """The rectangles worth ``amount`` in all (disjoint, so their sum is the term) of a
    package inside the box (``outside``: outside it)."""
    runs = [_runs([bool(x) for x in mask]) for mask in masks]
    if any(not r for r in runs) and not outside:
        return  # an empty box: nothing is ever inside
    if all(len(r) == 1 for r in runs):
        kind = "EXCLUDES" if outside else "INCLUDES"
        _rectangle(ufun, amount, [(k, r) for k, r in zip(issues, runs, strict=True)],
                   firsts, kind)
        return
    if not outside:
        for pieces in _product(runs):
            _rectangle(ufun, amount, [(k, [r]) for k, r in zip(issues, pieces, strict=True)],
                       firsts, "INCLUDES")
        return
    # Outside: the first issue (in order) whose option is not in the box's set decides;
    # the issues before it are inside their sets. These pieces are disjoint.
    for m in range(len(issues)):
        missing = _runs([not bool(x) for x in masks[m]])
        for pieces in _product([*runs[:m], missing]):
            _rectangle(ufun, amount,
                       [(k, [r]) for k, r in zip(issues[:m + 1], pieces, strict=True)],
                       firsts, "INCLUDES")


def _product(runs: Sequence[Sequence[tuple[int, int]]]) -> list[tuple[tuple[int, int], ...]]:
    out: list[tuple[tuple[int, int], ...]] = [()]
    for choices in runs:
        out = [(*head, r) for head in out for r in choices]
    return out


def _rectangle(ufun: ET.Element, amount: float,
               bounds: Sequence[tuple[int, Sequence[tuple[int, int]]]],
               firsts: Sequence[int], kind: str) -> None:
    """One ``hyperRectangle`` worth ``amount``; ``bounds`` are ``(issue, [(first, last)])``
    in option positions, one run per issue."""
    element = ET.SubElement(ufun, "hyperRectangle", {"utility": repr(amount)})
    for k, ((lo, hi),) in bounds:
        ET.SubElement(element, kind, {"index": str(k + 1), "min": str(firsts[k] + lo),
                                      "max": str(firsts[k] + hi)})


def _objective(scenario: Scenario) -> ET.Element:
    return ET.Element("objective", {"index": "0", "name": scenario.name or "zopa",
                                    "description": "", "type": "objective",
                                    "etype": "objective"})


def _issue_element(parent: ET.Element, k: int, title: str, kind: str) -> ET.Element:
    return ET.SubElement(parent, "issue", {"index": str(k + 1), "name": title, "type": kind,
                                           "etype": kind, "vtype": kind})


def _domain_xml(scenario: Scenario, kinds: Sequence[str]) -> ET.Element:
    root = ET.Element("negotiation_template")
    space = ET.SubElement(root, "utility_space", {"number_of_issues": str(len(kinds))})
    objective = _objective(scenario)
    space.append(objective)
    for k, (issue, kind) in enumerate(zip(scenario.issues, kinds, strict=True)):
        element = _issue_element(objective, k, issue.title, kind)
        if kind == "discrete":
            for j, option in enumerate(issue.option_ids):
                attrs = {"index": str(j + 1), "value": str(option)}
                if issue.range is None and issue.label(option) != option:
                    attrs["description"] = issue.label(option)
                ET.SubElement(element, "item", attrs)
            continue
        assert issue.range is not None
        bounds = {"lowerbound": _text(issue.range.min), "upperbound": _text(issue.range.max)}
        if kind == "integer":
            element.attrib.update(bounds)
        else:
            element.set("zopa_step", _text(issue.range.step))
            ET.SubElement(element, "range", bounds)
    return root


def _profile_xml(scenario: Scenario, values: Sequence[Any], kinds: Sequence[str], p: int,
                 pid: str) -> ET.Element:
    party = scenario.party(pid)
    root = ET.Element("utility_space")
    objective = _objective(scenario)
    root.append(objective)
    for k, (issue, kind) in enumerate(zip(scenario.issues, kinds, strict=True)):
        element = _issue_element(objective, k, issue.title, kind)
        column = [float(v) for v in values[k][:, p]]
        if kind == "discrete":
            for j, (option, value) in enumerate(zip(issue.option_ids, column, strict=True)):
                ET.SubElement(element, "item", {"index": str(j + 1), "value": str(option),
                                                "evaluation": repr(value)})
            continue
        assert issue.range is not None
        low, high = float(issue.range.min), float(issue.range.max)
        slope = (column[-1] - column[0]) / (high - low) if high > low else 0.0
        bounds = {"lowerbound": _text(issue.range.min), "upperbound": _text(issue.range.max)}
        if kind == "integer":
            element.attrib.update(bounds)
            ET.SubElement(element, "evaluator", {"ftype": "linear", "slope": repr(slope),
                                                 "offset": repr(column[0])})
        else:
            ET.SubElement(element, "range", bounds)
            ET.SubElement(element, "evaluator", {"ftype": "linear",
                                                 "parameter0": repr(column[0] - slope * low),
                                                 "parameter1": repr(slope)})
    for k, weight in enumerate(normalised_weights(scenario, pid)):
        ET.SubElement(objective, "weight", {"index": str(k + 1), "value": repr(weight)})
    ET.SubElement(root, "reservation", {"value": repr(midpoint(party.reservation))})
    if party.discount is not None:
        ET.SubElement(root, "discount_factor", {"value": repr(party.discount)})
    return root


def _text(x: int | float) -> str:
    return str(x) if isinstance(x, int) else repr(float(x))


def _xml_bytes(root: ET.Element) -> bytes:
    ET.indent(root)
    text: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return text + b"\n"


def _conversion(data: dict[str, Any], file: str, warnings: list[str]) -> Conversion:
    """The scenario two readers (additive, nonlinear) build from a domain's files."""
    try:
        scenario = parse_scenario(data)
    except ScenarioError as exc:
        raise ScenarioError(f"cannot make a valid scenario of these files: {exc}",
                            file=file) from None
    return Conversion(scenario, tuple(warnings))
