"""Reading conflict files: zopa's YAML (``docs/conflict-format.md``) and ``.gmcr`` JSON.

Both become one immutable :class:`~zopa.conflict.model.Conflict`, checked at the edge:
every problem is a :class:`~zopa.errors.ScenarioError` naming the file, the line where
YAML can tell it, the place in the document and what is wrong. The YAML reading (and its
line numbers) is the negotiation format's own (:func:`zopa.scenario.load.read_document`).

A ``.gmcr`` file (the save file of gmcr-py / GMCR+) is JSON with ``options`` (``name``,
``permittedDirection``: ``both`` | ``fwd`` | ``back``), ``decisionMakers`` (``name``,
``options`` as indices, ``preferences`` as prioritised statements: a list of
``[option index, "Y"|"N"]`` conditions, all of which must hold, or ``{"compound": true,
"members": [...]}``, any member of which must hold; with ``useManualPreferenceRanking``
/ ``useManualPreferenceVectors`` true, ``preferenceRanking`` / ``preferenceVector`` give
state numbers, most preferred first, ties as inner lists), ``infeasibles`` (lists of
conditions), ``coalitions``, ``program`` and ``version``.

>>> c = parse_conflict('''
... zopa: 1
... name: toy
... options: [{id: go}]
... decision_makers: [{id: a, options: [go], statements: [go]}]
... ''')
>>> c.decision_makers[0].options
(0,)
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import PathPart, ScenarioError
from ..scenario.load import read_document, read_text
from .expr import And, Expr, Literal, Or, parse_statement
from .model import Conflict, DecisionMaker, Direction, Option, check_conflict, pattern_code

__all__ = ["is_conflict_document", "load_conflict", "parse_any", "parse_conflict", "parse_gmcr"]

Lines = Mapping[tuple[PathPart, ...], int]
_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_DIRECTIONS = ("both", "fwd", "back")


def load_conflict(path: str | os.PathLike[str]) -> Conflict:
    """Read a conflict file: ``.gmcr`` (or JSON with ``decisionMakers``) or zopa YAML."""
    return parse_any(read_text(path), file=str(path))


def parse_any(text: str, *, file: str | None = None) -> Conflict:
    """Conflict text in either form: ``.gmcr`` (by the file name, or JSON with
    ``decisionMakers``) or zopa's YAML."""
    if (file or "").endswith(".gmcr") or _looks_gmcr(text):
        return parse_gmcr(text, file=file)
    return parse_conflict(text, file=file)


def _looks_gmcr(text: str) -> bool:
    return text.lstrip().startswith("{") and '"decisionMakers"' in text


def is_conflict_document(data: object) -> bool:
    """Whether parsed YAML/JSON data is a conflict (it has ``decision_makers``)."""
    return isinstance(data, dict) and ("decision_makers" in data or "decisionMakers" in data)


class _Reader:
    """Type checks with the path and line of the offending key."""

    def __init__(self, file: str | None, lines: Lines) -> None:
        self.file = file
        self.lines = lines

    def error(self, message: str, path: Sequence[PathPart]) -> ScenarioError:
        return ScenarioError(message, file=self.file, path=path, line=self.line(path))

    def line(self, path: Sequence[PathPart]) -> int | None:
        for end in range(len(path), -1, -1):
            key = tuple(path[:end])
            if key in self.lines:
                return self.lines[key]
        return None

    def mapping(self, value: object, path: Sequence[PathPart],
                keys: Sequence[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(f"expected a mapping of keys, got {_kind(value)}", path)
        for key in value:
            if key not in keys:
                raise self.error(f"unknown key '{key}' (expected one of: {', '.join(keys)})",
                                 (*path, str(key)))
        return value

    def listing(self, value: object, path: Sequence[PathPart]) -> list[Any]:
        if not isinstance(value, list):
            raise self.error(f"expected a list, got {_kind(value)}", path)
        return value

    def text(self, value: object, path: Sequence[PathPart]) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"expected text, got {_kind(value)}", path)
        return value

    def integer(self, value: object, path: Sequence[PathPart]) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f"expected a whole number, got {_kind(value)}", path)
        return value

    def require(self, data: Mapping[str, Any], key: str, path: Sequence[PathPart]) -> Any:
        if key not in data:
            raise self.error(f"missing required key '{key}'", path)
        return data[key]


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, str):
        return f"text {value!r}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


# --- zopa's YAML -------------------------------------------------------------------------

_TOP = ("zopa", "kind", "name", "description", "sources", "options", "decision_makers",
        "infeasible", "status_quo", "coalitions")


def parse_conflict(source: str | Mapping[str, Any], *, file: str | None = None) -> Conflict:
    """Check a conflict in zopa's YAML (text or parsed data)."""
    if isinstance(source, str):
        data, lines = read_document(source, file=file)
    else:
        data, lines = dict(source), {}
    r = _Reader(file, lines)
    if isinstance(data, dict) and "parties" in data and "decision_makers" not in data:
        raise r.error("this is a negotiation scenario, not a conflict: read it with "
                      "--from-negotiation", ())
    top = r.mapping(data, (), _TOP)
    version = r.require(top, "zopa", ())
    if version != 1 or isinstance(version, bool):
        raise r.error(f"unsupported format version {version!r}: this zopa reads version 1",
                      ("zopa",))
    if top.get("kind", "conflict") != "conflict":
        raise r.error("kind must be 'conflict'", ("kind",))
    name = r.text(top.get("name", "conflict"), ("name",))
    description = top.get("description", "")
    if not isinstance(description, str):
        raise r.error(f"expected text, got {_kind(description)}", ("description",))
    options: list[Option] = []
    for k, raw in enumerate(r.listing(r.require(top, "options", ()), ("options",))):
        where: tuple[PathPart, ...] = ("options", k)
        item = r.mapping(raw, where, ("id", "label", "direction", "note"))
        oid = r.text(r.require(item, "id", where), (*where, "id"))
        if not _ID.match(oid) or oid in ("and", "or", "not", "if"):
            raise r.error(f"option id {oid!r} must be a word of letters, digits and '_' "
                          "(not and/or/not/if)", (*where, "id"))
        direction = item.get("direction", "both")
        if direction not in _DIRECTIONS:
            raise r.error(f"direction must be both, fwd or back, got {direction!r}",
                          (*where, "direction"))
        label = item.get("label", "")
        if not isinstance(label, str):
            raise r.error(f"expected text, got {_kind(label)}", (*where, "label"))
        options.append(Option(oid, label, _direction(direction)))
    ids = [o.id for o in options]
    index = {o: k for k, o in enumerate(ids)}

    def statement(value: object, path: tuple[PathPart, ...]) -> Expr:
        try:
            return parse_statement(r.text(value, path), ids)
        except ValueError as exc:
            raise r.error(str(exc), path) from None

    dms: list[DecisionMaker] = []
    raw_dms = r.listing(r.require(top, "decision_makers", ()), ("decision_makers",))
    pending_rankings: list[tuple[int, list[Any]]] = []
    for i, raw in enumerate(raw_dms):
        where = ("decision_makers", i)
        item = r.mapping(raw, where, ("id", "label", "options", "statements", "ranking",
                                      "note"))
        did = r.text(r.require(item, "id", where), (*where, "id"))
        owned: list[int] = []
        for t, oid in enumerate(r.listing(r.require(item, "options", where),
                                          (*where, "options"))):
            if oid not in index:
                raise r.error(f"no option with id {oid!r}", (*where, "options", t))
            owned.append(index[oid])
        stmts = tuple(statement(s, (*where, "statements", t)) for t, s in
                      enumerate(r.listing(item.get("statements", []), (*where, "statements"))))
        if "ranking" in item and stmts:
            raise r.error("give statements or a ranking, not both", (*where, "ranking"))
        if "ranking" in item:
            pending_rankings.append((i, r.listing(item["ranking"], (*where, "ranking"))))
        label = item.get("label", "")
        if not isinstance(label, str):
            raise r.error(f"expected text, got {_kind(label)}", (*where, "label"))
        dms.append(DecisionMaker(did, tuple(owned), label, stmts))
    infeasible = tuple(statement(s, ("infeasible", t)) for t, s in
                       enumerate(r.listing(top.get("infeasible", []), ("infeasible",))))
    dm_index = {dm.id: i for i, dm in enumerate(dms)}
    coalitions: list[tuple[int, ...]] = []
    for t, group in enumerate(r.listing(top.get("coalitions", []), ("coalitions",))):
        members = []
        for u, did in enumerate(r.listing(group, ("coalitions", t))):
            if did not in dm_index:
                raise r.error(f"no decision maker with id {did!r}", ("coalitions", t, u))
            members.append(dm_index[did])
        coalitions.append(tuple(members))
    status_quo = None
    if "status_quo" in top:
        status_quo = _pattern(r, top["status_quo"], ("status_quo",), len(ids))
    conflict = Conflict(name, tuple(options), tuple(dms), infeasible, status_quo,
                        tuple(coalitions), description)
    conflict = _with_rankings(r, conflict, pending_rankings, "decision_makers")
    try:
        check_conflict(conflict)
        _some_feasible(conflict)
    except ScenarioError as exc:
        raise r.error(exc.message, exc.path) from None
    return conflict


def _some_feasible(conflict: Conflict) -> None:
    """An empty feasible set is bad input (checked here up to 2**16 states; larger
    conflicts are checked when compiled)."""
    from .model import compile_states

    if len(conflict.options) <= 16 and not any(
            dm.ranking is not None for dm in conflict.decision_makers):
        compile_states(conflict)


def _direction(value: str) -> Direction:
    if value == "fwd":
        return "fwd"
    if value == "back":
        return "back"
    return "both"


def _pattern(r: _Reader, value: object, path: tuple[PathPart, ...], m: int) -> int:
    text = r.text(value, path)
    try:
        code = pattern_code(text)
    except ValueError as exc:
        raise r.error(str(exc), path) from None
    if len(text) != m:
        raise r.error(f"pattern {text!r} has {len(text)} letters; the conflict has {m} "
                      "options", path)
    return code


def _with_rankings(r: _Reader, conflict: Conflict, pending: list[tuple[int, list[Any]]],
                   key: str) -> Conflict:
    """Turn rankings written as patterns or state numbers into codes (state numbers need
    the feasible states, so this comes after the rest is read)."""
    if not pending:
        return conflict
    from .model import compile_states  # the numbering needs the feasible set

    probe = Conflict(conflict.name, conflict.options, tuple(
        DecisionMaker(dm.id, dm.options, dm.label, dm.statements or (Literal(dm.options[0]),)
                      if dm.options else ()) for dm in conflict.decision_makers),
        conflict.infeasible)
    try:
        codes = compile_states(probe).codes
    except ScenarioError as exc:
        raise r.error(exc.message, exc.path) from None
    m = len(conflict.options)
    dms = list(conflict.decision_makers)
    for i, groups in pending:
        out: list[tuple[int, ...]] = []
        for g, group in enumerate(groups):
            items = group if isinstance(group, list) else [group]
            row = []
            for u, item in enumerate(items):
                path: tuple[PathPart, ...] = (key, i, "ranking", g) if not isinstance(
                    group, list) else (key, i, "ranking", g, u)
                if isinstance(item, str):
                    row.append(_pattern(r, item, path, m))
                else:
                    n = r.integer(item, path)
                    if not 1 <= n <= codes.size:
                        raise r.error(f"state number {n} is out of range (1..{codes.size})",
                                      path)
                    row.append(int(codes[n - 1]))
            out.append(tuple(row))
        dm = dms[i]
        dms[i] = DecisionMaker(dm.id, dm.options, dm.label, (), tuple(out))
    return Conflict(conflict.name, conflict.options, tuple(dms), conflict.infeasible,
                    conflict.status_quo, conflict.coalitions, conflict.description)


# --- .gmcr -------------------------------------------------------------------------------

def parse_gmcr(text: str, *, file: str | None = None) -> Conflict:
    """Read a ``.gmcr`` save file (JSON; see the module docstring)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScenarioError(f"invalid JSON: {exc.msg} (column {exc.colno})", file=file,
                            line=exc.lineno) from None
    r = _Reader(file, {})
    top = r.mapping(data, (), ("options", "decisionMakers", "infeasibles", "coalitions",
                               "program", "version", "name", "description", "statusQuo",
                               "initialState", "misperceptions"))
    options: list[Option] = []
    slugs: list[str] = []
    for k, raw in enumerate(r.listing(r.require(top, "options", ()), ("options",))):
        where: tuple[PathPart, ...] = ("options", k)
        if not isinstance(raw, dict):
            raise r.error(f"expected a mapping of keys, got {_kind(raw)}", where)
        name = r.text(r.require(raw, "name", where), (*where, "name"))
        direction = raw.get("permittedDirection", "both")
        if direction not in _DIRECTIONS:
            raise r.error(f"permittedDirection must be both, fwd or back, got {direction!r}",
                          (*where, "permittedDirection"))
        slugs.append(_slug(name, k, slugs))
        options.append(Option(slugs[-1], name, _direction(direction)))
    m = len(options)

    def conditions(value: object, path: tuple[PathPart, ...]) -> Expr:
        items = r.listing(value, path)
        if not items:
            raise r.error("a statement needs at least one condition", path)
        lits: list[Expr] = []
        for t, cond in enumerate(items):
            cpath = (*path, t)
            if not isinstance(cond, list) or len(cond) != 2:
                raise r.error("a condition is [option index, \"Y\" or \"N\"], got "
                              f"{_kind(cond)}", cpath)
            k = r.integer(cond[0], (*cpath, 0))
            if not 0 <= k < m:
                raise r.error(f"option index {k} is out of range (0..{m - 1})", (*cpath, 0))
            if cond[1] not in ("Y", "N"):
                raise r.error(f"a condition's value is \"Y\" or \"N\", got {_kind(cond[1])}",
                              (*cpath, 1))
            lits.append(Literal(k, cond[1] == "Y"))
        return lits[0] if len(lits) == 1 else And(tuple(lits))

    def statement(value: object, path: tuple[PathPart, ...]) -> Expr:
        if isinstance(value, dict):
            members = r.listing(r.require(value, "members", path), (*path, "members"))
            if not members:
                raise r.error("a compound statement needs members", (*path, "members"))
            parts = tuple(conditions(mem, (*path, "members", u))
                          for u, mem in enumerate(members))
            return parts[0] if len(parts) == 1 else Or(parts)
        return conditions(value, path)

    dms: list[DecisionMaker] = []
    pending: list[tuple[int, list[Any]]] = []
    for i, raw in enumerate(r.listing(r.require(top, "decisionMakers", ()),
                                      ("decisionMakers",))):
        where = ("decisionMakers", i)
        if not isinstance(raw, dict):
            raise r.error(f"expected a mapping of keys, got {_kind(raw)}", where)
        name = r.text(r.require(raw, "name", where), (*where, "name"))
        owned = tuple(r.integer(k, (*where, "options", t)) for t, k in
                      enumerate(r.listing(r.require(raw, "options", where),
                                          (*where, "options"))))
        for t, k in enumerate(owned):
            if not 0 <= k < m:
                raise r.error(f"option index {k} is out of range (0..{m - 1})",
                              (*where, "options", t))
        stmts = tuple(statement(s, (*where, "preferences", t)) for t, s in
                      enumerate(r.listing(raw.get("preferences", []), (*where, "preferences"))))
        ranking_key = None
        if raw.get("useManualPreferenceRanking") is True:
            ranking_key = "preferenceRanking"
        elif raw.get("useManualPreferenceVectors") is True:
            ranking_key = "preferenceVector"
        if ranking_key is not None:
            pending.append((i, r.listing(r.require(raw, ranking_key, where),
                                         (*where, ranking_key))))
        dms.append(DecisionMaker(_slug(name, i, []), owned, name, stmts))
    infeasible = tuple(conditions(c, ("infeasibles", t)) for t, c in
                       enumerate(r.listing(top.get("infeasibles", []), ("infeasibles",))))
    coalitions: list[tuple[int, ...]] = []
    for t, raw in enumerate(r.listing(top.get("coalitions", []), ("coalitions",))):
        members = raw.get("members") if isinstance(raw, dict) else raw
        if isinstance(members, int) and not isinstance(members, bool):
            continue
        group = tuple(r.integer(x, ("coalitions", t, u)) for u, x in
                      enumerate(r.listing(members, ("coalitions", t))))
        for u, x in enumerate(group):
            if not 0 <= x < len(dms):
                raise r.error(f"decision maker index {x} is out of range (0..{len(dms) - 1})",
                              ("coalitions", t, u))
        if len(group) > 1:
            coalitions.append(group)
    title = top.get("name") if isinstance(top.get("name"), str) else None
    conflict = Conflict(title or (os.path.basename(file) if file else "conflict"),
                        tuple(options), tuple(dms), infeasible, None, tuple(coalitions))
    conflict = _with_rankings(r, conflict, pending, "decisionMakers")
    try:
        check_conflict(conflict)
        _some_feasible(conflict)
    except ScenarioError as exc:
        path = tuple("decisionMakers" if p == "decision_makers" else p for p in exc.path)
        raise r.error(exc.message, path) from None
    return conflict


def _slug(name: str, k: int, taken: list[str]) -> str:
    word = re.sub(r"[^A-Za-z0-9_]+", "_", name).strip("_").lower() or f"option_{k}"
    if word[0].isdigit():
        word = f"o_{word}"
    if word in ("and", "or", "not", "if"):
        word = f"{word}_"
    return f"{word}_{k}" if word in taken else word
