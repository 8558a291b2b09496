"""How a case moves across versions: what changed between two scenarios, and where each
version stands.

The article that seeded zopa reports convergence ("four of the six points are close");
an analyst records it as successive versions of a scenario. :func:`diff_scenarios` lists
what changed between two of them, in the terms the format uses (parties, issues, the
parties' positions: weights, values and reservations, and their red lines);
:func:`standing` condenses an analysis into the few numbers a timeline plots (the size of
the agreement space, the blocked issues, the Nash package). Both only compare and read:
the analysis itself is :func:`zopa.analysis.analyze`.

>>> from zopa.examples import load_example
>>> from zopa.whatif import WhatIf, apply_whatif
>>> old = load_example("ukraine-russia-2022-03")
>>> new = apply_whatif(old, WhatIf(disabled=("russia#0",), reservations={"russia": 0.3}))
>>> for change in diff_scenarios(old, new.scenario).changes:
...     print(change.describe())
russia: reservation [0.3, 0.4] -> 0.3
russia: red line switched off: crimea in [ukrainian-sovereignty, consultations-15-years]
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from .analysis import Analysis, Package
from .scenario import Scenario

__all__ = ["Change", "ScenarioDiff", "Standing", "diff_scenarios", "standing"]

Section = Literal["scenario", "parties", "issues", "positions", "red_lines", "statements"]
Kind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class Change:
    """One difference: in which section, at which path (party, what, issue, option), what
    kind, and the values before and after (as written in the file; ``None`` when absent)."""

    section: Section
    path: tuple[str, ...]
    kind: Kind
    old: Any
    new: Any

    def describe(self) -> str:
        """One line a person reads: ``russia: weight of crimea 20 -> 25``."""
        who = self.path[0] if self.path else ""
        if self.section == "red_lines":
            line = self.new if self.kind == "added" else self.old
            text = _forbid_text(line["forbid"])
            if self.kind == "changed":
                was, now = bool(self.old.get("disabled")), bool(self.new.get("disabled"))
                if was != now:
                    return f"{who}: red line switched {'off' if now else 'back on'}: {text}"
                return f"{who}: red line on {text}: note, source, evidence, id or label changed"
            off = " (switched off)" if line.get("disabled") else ""
            return f"{who}: red line {self.kind}{off}: {text}"
        if self.section == "statements" and self.kind != "changed":
            st = self.new if self.kind == "added" else self.old
            return (f"{who} {self.kind}: {st.get('speaker')}, {st.get('date', 'undated')}: "
                    f"\u201c{st.get('quote')}\u201d")
        what = " ".join(self.path[1:])
        if self.section == "positions" and len(self.path) >= 3:
            what = f"{self.path[1].rstrip('s')} of {'.'.join(self.path[2:])}"
        label = f"{who}: {what}" if what else who
        if self.kind == "changed":
            return f"{label} {_show(self.old)} -> {_show(self.new)}"
        return f"{label} {self.kind}"

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "path": list(self.path), "kind": self.kind,
                "old": self.old, "new": self.new, "text": self.describe()}


@dataclass(frozen=True)
class ScenarioDiff:
    """Every change from one scenario to another, section by section, in file order."""

    changes: tuple[Change, ...]

    def section(self, name: Section) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.section == name)

    def to_dict(self) -> dict[str, Any]:
        return {"changes": [c.to_dict() for c in self.changes]}


@dataclass(frozen=True)
class Standing:
    """Where one version stands: the agreement space's size (``None`` when too large to
    count, then ``estimate`` holds the estimate), the blocked issues, the frontier's size
    and the Nash package (``None`` when no agreement exists)."""

    parties: tuple[str, ...]
    agreement_space: int | None
    estimate: float | None
    blocked: tuple[str, ...]
    frontier: int
    nash: Package | None

    def to_dict(self) -> dict[str, Any]:
        return {"parties": list(self.parties), "agreement_space": self.agreement_space,
                "agreement_space_estimate": self.estimate, "blocked": list(self.blocked),
                "frontier": self.frontier,
                "nash": self.nash.to_dict() if self.nash is not None else None}


def standing(analysis: Analysis) -> Standing:
    """The timeline's numbers for one analysis."""
    return Standing(
        parties=analysis.parties,
        agreement_space=analysis.agreement_space,
        estimate=analysis.estimate.value if analysis.estimate is not None else None,
        blocked=tuple(i.id for i in analysis.blocked),
        frontier=len(analysis.frontier),
        nash=analysis.solutions.get("nash"),
    )


def diff_scenarios(old: Scenario, new: Scenario) -> ScenarioDiff:
    """What changed from ``old`` to ``new``: the scenario's name and date; parties (added,
    removed, name, role, reservation); issues (added, removed, name, options, range);
    positions (weights and values); red lines (added, removed, switched off or back on
    (``disabled``), note, source, evidence, id or label changed, matched by what they
    forbid); statements (added, removed, changed, by id)."""
    a, b = old.to_dict(), new.to_dict()
    changes: list[Change] = []
    for key in ("name", "date"):
        if a.get(key) != b.get(key):
            changes.append(Change("scenario", (key,), "changed", a.get(key), b.get(key)))
    changes += _keyed("parties", a["parties"], b["parties"], ("name", "role", "reservation"))
    changes += _keyed("issues", a["issues"], b["issues"], ("name", "options", "range"))
    pa, pb = a.get("preferences", {}), b.get("preferences", {})
    parties = _ordered(pa, pb)
    for party in parties:
        for part in ("weights", "values"):
            changes += _mapping(party, part, pa.get(party, {}).get(part, {}),
                                pb.get(party, {}).get(part, {}))
    for party in parties:
        changes += _red_lines(party, pa.get(party, {}).get("red_lines", []),
                              pb.get(party, {}).get("red_lines", []))
    changes += _keyed("statements", a.get("statements", []), b.get("statements", []),
                      ("speaker", "side", "title", "date", "quote", "kind", "issues", "source"))
    return ScenarioDiff(tuple(changes))


def _ordered(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    return [*a, *(k for k in b if k not in a)]


def _keyed(section: Section, old: list[dict[str, Any]], new: list[dict[str, Any]],
           fields: tuple[str, ...]) -> list[Change]:
    a = {item["id"]: item for item in old}
    b = {item["id"]: item for item in new}
    out: list[Change] = []
    for key in _ordered(a, b):
        if key not in b:
            out.append(Change(section, (key,), "removed", a[key], None))
        elif key not in a:
            out.append(Change(section, (key,), "added", None, b[key]))
        else:
            out += [Change(section, (key, f), "changed", a[key].get(f), b[key].get(f))
                    for f in fields if a[key].get(f) != b[key].get(f)]
    return out


def _mapping(party: str, part: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out: list[Change] = []
    for issue in _ordered(old, new):
        before, after = old.get(issue), new.get(issue)
        if before == after:
            continue
        if isinstance(before, dict) and isinstance(after, dict) and "points" not in before \
                and "points" not in after:
            out += _mapping(party, part, {f"{issue}.{k}": v for k, v in before.items()},
                            {f"{issue}.{k}": v for k, v in after.items()})
            continue
        kind: Kind = "added" if before is None else "removed" if after is None else "changed"
        out.append(Change("positions", (party, part, issue), kind, before, after))
    return out


def _red_lines(party: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[Change]:
    def key(line: dict[str, Any]) -> str:
        return json.dumps(line["forbid"], sort_keys=True)

    a = {key(line): line for line in old}
    b = {key(line): line for line in new}
    out: list[Change] = []
    for k in _ordered(a, b):
        if k not in b:
            out.append(Change("red_lines", (party,), "removed", a[k], None))
        elif k not in a:
            out.append(Change("red_lines", (party,), "added", None, b[k]))
        elif a[k] != b[k]:
            out.append(Change("red_lines", (party,), "changed", a[k], b[k]))
    return out


def _forbid_text(forbid: dict[str, Any]) -> str:
    parts = []
    for issue, spec in forbid.items():
        if isinstance(spec, dict):
            bounds = [f">= {spec['min']}" if "min" in spec else "",
                      f"<= {spec['max']}" if "max" in spec else ""]
            parts.append(f"{issue} {' and '.join(x for x in bounds if x)}")
        else:
            parts.append(f"{issue} in [{', '.join(str(o) for o in spec)}]")
    return " together with ".join(parts)


def _show(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False).replace('"', "")
    return str(value)
