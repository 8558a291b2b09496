"""The scenario editor's form: a scenario's plain data to form fields and back.

The form edits the parts an analyst revises (parties, issues and options, weights,
values, reservations, red lines); everything else (sources, descriptions) rides along in
a hidden copy of the data the form was drawn from. Fields are named by position
(``w-1-5``: weight of the second party on the sixth issue), so renaming an id carries
its weights and red lines with it. A cell holds what the file would hold: ``0.4`` or an
interval ``[0.3, 0.5]``; a numeric issue's values are written in YAML flow style
(``{points: [[50000, 0.0], [250000, 1.0]]}``). The data the form yields is checked by
:func:`zopa.scenario.parse_scenario` like any file; its errors are shown next to the
field at fault (:func:`field_of_error`). When the change can be made as edits of the stored text
(values set, list items and keys added or taken away), :func:`edited_text` makes it
there, so the analyst's comments and layout survive the save.

>>> data = {"zopa": 1, "parties": [{"id": "a"}], "issues": [], "preferences": {}}
>>> form = {"base": json.dumps(data), "parties": "1", "issues": "0", "party-0-id": "b",
...         "party-0-name": "B", "party-0-role": "party", "party-0-reservation": "[0.1, 0.2]"}
>>> data_from_form(form)["parties"]
[{'id': 'b', 'name': 'B', 'role': 'party', 'reservation': [0.1, 0.2]}]
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import yaml

from ..errors import PathPart, ScenarioError
from ..evidence._yamledit import Edit

__all__ = ["apply_action", "data_from_form", "edited_text", "field_of_error", "form_view"]

Data = dict[str, Any]


def _text(value: Any) -> str:
    """A cell's text for a number, an interval or a numeric issue's values."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return yaml.safe_dump(value, default_flow_style=True, width=10_000).strip()
    return str(value)


def _cell(text: str) -> Any:
    """A cell's value: YAML read safely; text that does not parse is kept for the format's
    check to report in place."""
    text = text.strip()
    if not text:
        return None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text


def form_view(data: Data) -> Data:
    """What the template draws, from possibly invalid scenario data."""
    parties = [p if isinstance(p, dict) else {} for p in _list(data.get("parties"))]
    issues = [i if isinstance(i, dict) else {} for i in _list(data.get("issues"))]
    prefs = _dict(data.get("preferences"))
    issue_views = []
    for i, issue in enumerate(issues):
        rng = issue.get("range") if isinstance(issue.get("range"), dict) else None
        options = [o if isinstance(o, dict) else {"id": str(o), "label": str(o)}
                   for o in _list(issue.get("options"))]
        issue_views.append({
            "i": i, "id": str(issue.get("id", "")), "name": issue.get("name", ""),
            "numeric": rng is not None,
            "options_text": "\n".join(f"{o.get('id', '')}: {o.get('label', '')}"
                                      if o.get("label") not in (None, "", o.get("id"))
                                      else str(o.get("id", "")) for o in options),
            "options": [str(o.get("id", "")) for o in options],
            "range": {k: _text((rng or {}).get(k)) for k in ("min", "max", "step", "unit")},
        })
    party_views = []
    for k, party in enumerate(parties):
        pref = _dict(prefs.get(str(party.get("id", ""))))
        weights = _dict(pref.get("weights"))
        values = _dict(pref.get("values"))
        red_lines = []
        for r, line in enumerate(_list(pref.get("red_lines"))):
            line = _dict(line)
            forbid = _dict(line.get("forbid"))
            cells: list[Data] = []
            for iv in issue_views:
                spec = forbid.get(iv["id"])
                if iv["numeric"]:
                    bound = _dict(spec)
                    cells.append({"min": _text(bound.get("min")), "max": _text(bound.get("max"))})
                else:
                    chosen = {str(o) for o in _list(spec)} if not isinstance(spec, dict) else set()
                    cells.append({"checked": [o in chosen for o in iv["options"]]})
            red_lines.append({"r": r, "note": line.get("note", ""),
                              "source": line.get("source", ""), "id": line.get("id", ""),
                              "label": line.get("label", ""),
                              "disabled": bool(line.get("disabled")), "cells": cells})
        value_cells: list[Data] = []
        for iv in issue_views:
            spec = values.get(iv["id"])
            if iv["numeric"]:
                value_cells.append({"text": _text(spec)})
            else:
                spec = _dict(spec)
                value_cells.append({"options": [_text(spec.get(o)) for o in iv["options"]]})
        party_views.append({
            "k": k, "id": str(party.get("id", "")), "name": party.get("name", ""),
            "role": party.get("role", "party"), "reservation": _text(party.get("reservation")),
            "weights": [_text(weights.get(iv["id"])) for iv in issue_views],
            "value_cells": value_cells, "red_lines": red_lines,
        })
    return {"name": data.get("name", ""), "date": _text(data.get("date")),
            "description": data.get("description", ""), "parties": party_views,
            "issues": issue_views, "base": json.dumps(data, ensure_ascii=False, default=str)}


def data_from_form(form: Mapping[str, str]) -> Data:
    """The scenario data the submitted form describes."""
    base = json.loads(form.get("base") or "{}")
    base = base if isinstance(base, dict) else {}
    data: Data = {k: v for k, v in base.items() if k not in ("parties", "issues", "preferences")}
    data.setdefault("zopa", 1)
    for key in ("name", "description"):
        if key in form:
            text = form[key].replace("\r\n", "\n").strip()
            if text != str(base.get(key, "")).strip():  # keep the text as written if unchanged
                data[key] = text
            if not text:
                data.pop(key, None)
    if "date" in form:
        data["date"] = form["date"].strip() or None
        if data["date"] is None:
            del data["date"]
    old_parties = _list(base.get("parties"))
    old_issues = _list(base.get("issues"))
    parties = []
    for k in range(_count(form, "parties")):
        party = dict(old_parties[k]) if k < len(old_parties) and isinstance(
            old_parties[k], dict) else {}
        party["id"] = form.get(f"party-{k}-id", "").strip()
        party["name"] = form.get(f"party-{k}-name", "").strip()
        party["role"] = form.get(f"party-{k}-role", "party")
        reservation = _cell(form.get(f"party-{k}-reservation", ""))
        party.pop("reservation", None)
        if reservation is not None:
            party["reservation"] = reservation
        parties.append(party)
    issues = []
    for i in range(_count(form, "issues")):
        old = old_issues[i] if i < len(old_issues) and isinstance(old_issues[i], dict) else {}
        issue: Data = {k: v for k, v in old.items() if k not in ("options", "range")}
        issue["id"] = form.get(f"issue-{i}-id", "").strip()
        issue["name"] = form.get(f"issue-{i}-name", "").strip()
        if f"issue-{i}-min" in form:
            rng: Data = {k: _cell(form.get(f"issue-{i}-{k}", "")) for k in ("min", "max", "step")}
            unit = form.get(f"issue-{i}-unit", "").strip()
            if unit:
                rng["unit"] = unit
            issue["range"] = rng
        else:
            described = {str(o.get("id")): o for o in _list(old.get("options"))
                         if isinstance(o, dict)}
            options = []
            for line in form.get(f"issue-{i}-options", "").splitlines():
                key, _, label = line.partition(":")
                if not key.strip():
                    continue
                option = dict(described.get(key.strip(), {}))
                option.update({"id": key.strip(), "label": label.strip() or key.strip()})
                options.append(option)
            issue["options"] = options
        issues.append(issue)
    data["parties"] = parties
    data["issues"] = issues
    data["preferences"] = _preferences(form, parties, issues, base)
    return data


def _preferences(form: Mapping[str, str], parties: list[Data], issues: list[Data],
                 base: Data) -> Data:
    out: Data = {}
    old_parties = _list(base.get("parties"))
    old_prefs = _dict(base.get("preferences"))
    for k, party in enumerate(parties):
        # What the form does not edit (a red line's evidence, a party's evidence, x- keys)
        # rides along from the data the form was drawn from, by position.
        old_id = _dict(old_parties[k]).get("id") if k < len(old_parties) else None
        old_pref = _dict(old_prefs.get(str(old_id))) if old_id is not None else {}
        old_lines = _list(old_pref.get("red_lines"))
        weights: Data = {}
        values: Data = {}
        for i, issue in enumerate(issues):
            weight = _cell(form.get(f"w-{k}-{i}", ""))
            if weight is not None:
                weights[issue["id"]] = weight
            if "range" in issue:
                spec = _cell(form.get(f"v-{k}-{i}", ""))
                if spec is not None:
                    values[issue["id"]] = spec
            else:
                cells = {}
                for o, option in enumerate(issue["options"]):
                    value = _cell(form.get(f"v-{k}-{i}-{o}", ""))
                    if value is not None:
                        cells[option["id"]] = value
                if cells:
                    values[issue["id"]] = cells
        red_lines = []
        for r in range(_count(form, f"rl-{k}")):
            forbid: Data = {}
            for i, issue in enumerate(issues):
                if "range" in issue:
                    bound = {b: _cell(form.get(f"rl-{k}-{r}-{b}-{i}", "")) for b in ("min", "max")}
                    bound = {b: v for b, v in bound.items() if v is not None}
                    if bound:
                        forbid[issue["id"]] = bound
                else:
                    chosen = [o["id"] for n, o in enumerate(issue["options"])
                              if form.get(f"rl-{k}-{r}-{i}-{n}")]
                    if chosen:
                        forbid[issue["id"]] = chosen
            # What the form does not show (x- keys) rides along from the red line it was
            # drawn from; id, label, note, source and disabled come from the form.
            old = _dict(old_lines[r]) if r < len(old_lines) else {}
            line: Data = {key: v for key, v in old.items()
                          if key not in ("forbid", "id", "label", "note", "source", "disabled")}
            line["forbid"] = forbid
            for key in ("id", "label", "note", "source"):
                text = form.get(f"rl-{k}-{r}-{key}", "").strip()
                if text:
                    line[key] = text
            if form.get(f"rl-{k}-{r}-disabled"):
                line["disabled"] = True
            red_lines.append(line)
        if weights or values or red_lines:
            pref: Data = {key: value for key, value in old_pref.items()
                          if key not in ("weights", "values", "red_lines")}
            pref.update({"weights": weights, "values": values})
            if red_lines:
                pref["red_lines"] = red_lines
            out[party["id"]] = pref
    return out


def edited_text(text: str, old: Data, new: Data) -> str | None:
    """The stored YAML ``text`` (whose scenario's data is ``old``) with the form's change
    to ``new`` made in place, its comments and layout kept; ``None`` when the change
    cannot be made so (a list emptied, a block collection replaced by a value; see
    :mod:`zopa.evidence._yamledit`), when the text is JSON, or when the edited text would
    not mean exactly the scenario ``new`` describes.

    >>> from zopa.examples import example_path
    >>> from zopa.scenario import parse_scenario
    >>> text = example_path("job-offer").read_text(encoding="utf-8")
    >>> old = parse_scenario(text).to_dict()
    >>> new = json.loads(json.dumps(old))
    >>> new["parties"][0]["reservation"] = 0.4
    >>> edited = edited_text(text, old, new)
    >>> [line for line in edited.splitlines() if "# staying" in line]
    ['    reservation: 0.4            # staying in the current job']
    >>> new["parties"][1]["reservation"] = 7  # out of bounds: the check refuses it
    >>> edited_text(text, old, new) is None
    True
    """
    from ..evidence._yamledit import edit_in_place
    from ..scenario import parse_scenario

    if text.lstrip().startswith("{"):
        return None
    edits = _edits(old, new, ())
    if edits is None:
        return None
    edited = edit_in_place(text, edits)
    if edited is None:
        return None
    try:
        same = parse_scenario(edited).to_dict() == parse_scenario(
            json.dumps(new, ensure_ascii=False)).to_dict()
    except ScenarioError:
        return None
    return edited if same else None


def _edits(old: Any, new: Any, path: tuple[str | int, ...]) -> list[Edit] | None:
    """The edits that turn ``old`` into ``new``: values set, keys and list items taken
    away, list items appended; ``None`` when a collection becomes a value. A key that
    ``new`` lacks whose value is empty is left as it is (the form leaves out what is
    empty, such as ``red_lines: []``); :func:`edited_text` checks that the edited text
    means ``new``. Of a shorter list, the items taken away are the first that differ."""
    if old == new:
        return []
    if isinstance(old, dict) and isinstance(new, dict):
        out = [Edit("delete", (*path, key), None) for key, value in old.items()
               if key not in new and value not in ([], {}, None, "")]
        for key, value in new.items():
            if key not in old:
                out.append(Edit("set", (*path, key), value))
                continue
            inner = _edits(old[key], value, (*path, key))
            if inner is None:
                return None
            out += inner
        return out
    if isinstance(old, list) and isinstance(new, list):
        kept = list(range(len(old)))
        while len(kept) > len(new):
            kept.pop(next(j for j, k in enumerate(kept) if j >= len(new) or old[k] != new[j]))
        out = [Edit("delete", (*path, k), None)
               for k in sorted(set(range(len(old))) - set(kept), reverse=True)]
        for j, k in enumerate(kept):
            inner = _edits(old[k], new[j], (*path, j))
            if inner is None:
                return None
            out += inner
        return out + [Edit("append", path, item) for item in new[len(kept):]]
    if isinstance(old, dict | list) and not isinstance(new, dict | list):
        return None
    return [Edit("set", path, new)]


def apply_action(data: Data, action: str) -> Data:
    """Add or remove a party, an issue or a red line (the form's buttons)."""
    kind, _, where = action.partition(":")
    parts = [int(x) for x in where.split("-") if x.isdigit()]
    parties, issues = data["parties"], data["issues"]
    prefs: Data = data.setdefault("preferences", {})
    if kind == "add-party":
        parties.append({"id": f"party-{len(parties) + 1}", "name": "", "role": "party"})
    elif kind == "remove-party" and parts and parts[0] < len(parties):
        gone = parties.pop(parts[0])
        prefs.pop(gone.get("id"), None)
        for statement in _list(data.get("statements")):
            if isinstance(statement, dict) and statement.get("side") == gone.get("id"):
                statement.pop("side")
    elif kind == "add-issue":
        issues.append({"id": f"issue-{len(issues) + 1}", "name": "",
                       "options": [{"id": "yes", "label": "yes"}, {"id": "no", "label": "no"}]})
    elif kind == "remove-issue" and parts and parts[0] < len(issues):
        gone_id = issues.pop(parts[0]).get("id")
        for pref in prefs.values():
            pref.get("weights", {}).pop(gone_id, None)
            pref.get("values", {}).pop(gone_id, None)
            for line in pref.get("red_lines", []):
                line.get("forbid", {}).pop(gone_id, None)
            # A red line about that issue alone goes with it.
            if "red_lines" in pref:
                pref["red_lines"] = [x for x in pref["red_lines"] if x.get("forbid")]
            for table in _dict(pref.get("evidence")).values():
                if isinstance(table, dict):
                    table.pop(gone_id, None)
        for statement in _list(data.get("statements")):
            if isinstance(statement, dict) and isinstance(statement.get("issues"), list):
                statement["issues"] = [i for i in statement["issues"] if i != gone_id]
        for party in parties:  # the forecasting keys name issues too
            for key in ("positions", "salience"):
                if isinstance(party.get(key), dict):
                    party[key].pop(gone_id, None)
    elif kind == "add-red-line" and parts and parts[0] < len(parties):
        pid = parties[parts[0]].get("id")
        prefs.setdefault(pid, {"weights": {}, "values": {}}).setdefault("red_lines", []).append(
            {"forbid": {}})
    elif kind == "remove-red-line" and len(parts) == 2 and parts[0] < len(parties):
        lines = prefs.get(parties[parts[0]].get("id"), {}).get("red_lines", [])
        if parts[1] < len(lines):
            lines.pop(parts[1])
    return data


def field_of_error(path: tuple[PathPart, ...], data: Data) -> str:
    """The form field where an error at ``path`` in the data is shown (``""``: the top)."""
    if not path:
        return ""
    head = path[0]
    if head in ("name", "date", "description") and len(path) == 1:
        return str(head)
    if head == "parties" and len(path) >= 2 and isinstance(path[1], int):
        attr = path[2] if len(path) > 2 else "id"
        return f"party-{path[1]}-{attr if attr in ('id', 'name', 'role') else 'reservation'}"
    if head == "issues" and len(path) >= 2 and isinstance(path[1], int):
        rest = path[2:]
        issues = _list(data.get("issues"))
        numeric = path[1] < len(issues) and "range" in _dict(issues[path[1]])
        if rest[:1] == ("range",) or (not rest and numeric):
            return f"issue-{path[1]}-{rest[1] if len(rest) > 1 else 'min'}"
        if rest[:1] == ("options",) or not rest:
            return f"issue-{path[1]}-options"
        return f"issue-{path[1]}-{rest[0] if rest[0] in ('id', 'name') else 'id'}"
    if head == "preferences" and len(path) >= 2:
        ids = [p.get("id") for p in _list(data.get("parties")) if isinstance(p, dict)]
        issue_ids = [i.get("id") for i in _list(data.get("issues")) if isinstance(i, dict)]
        if path[1] not in ids:
            return ""
        k = ids.index(path[1])
        part = path[2] if len(path) > 2 else ""
        if part in ("weights", "values") and len(path) > 3 and path[3] in issue_ids:
            return f"{part[0]}-{k}-{issue_ids.index(path[3])}"
        if part == "red_lines" and len(path) > 3:
            if len(path) > 4 and path[4] == "id":
                return f"rl-{k}-{path[3]}-id"
            return f"rl-{k}-{path[3]}"
        return f"pref-{k}"
    return ""


def _dict(value: Any) -> Data:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _count(form: Mapping[str, str], key: str) -> int:
    text = form.get(key, "0")
    return min(int(text), 1000) if text.isdigit() else 0
