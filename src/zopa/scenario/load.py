"""Reading scenario files: YAML or JSON in, a checked :class:`Scenario` out.

Parsing happens once, at the edge. Every problem becomes one :class:`ScenarioError`
naming the file, the line where it can be known, the path inside the document and what is
wrong. YAML is read with the safe loader (no code runs from a file).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..errors import PathPart, ScenarioError
from .model import Scenario, describe
from .validate import check

__all__ = ["dump_scenario", "load_scenario", "parse_scenario", "read_document", "read_file",
           "read_text"]

MAX_FILE_BYTES = 20 * 1024 * 1024


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """Read and check a scenario file (``.yaml``, ``.yml`` or ``.json``).

    >>> from zopa.examples import example_path
    >>> load_scenario(example_path("ukraine-russia-2022-03")).parties[2].role
    'mediator'
    """
    return parse_scenario(read_text(path), file=str(path))


def read_file(path: str | os.PathLike[str]) -> bytes:
    """A file's bytes, or a :class:`ScenarioError` saying why not (a folder, missing,
    unreadable, larger than :data:`MAX_FILE_BYTES`). Every reader of files uses it."""
    file = str(path)
    p = Path(path)
    if p.is_dir():
        raise ScenarioError("is a folder, not a file", file=file)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ScenarioError("no such file", file=file) from None
    except OSError as exc:
        raise ScenarioError(f"cannot read the file: {exc.strerror or exc}", file=file) from None
    if len(data) > MAX_FILE_BYTES:
        raise ScenarioError(f"the file is larger than {MAX_FILE_BYTES // 2**20} MiB", file=file)
    return data


def read_text(path: str | os.PathLike[str]) -> str:
    """A text file's content as UTF-8 (a byte-order mark allowed), checked as
    :func:`read_file` does."""
    try:
        return read_file(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioError(f"not UTF-8 text (byte {exc.start})", file=str(path)) from None


def parse_scenario(source: str | Mapping[str, Any], *, file: str | None = None) -> Scenario:
    """Check a scenario given as YAML/JSON text or as already-parsed data."""
    if isinstance(source, str):
        data, lines = read_document(source, file=file)
    else:
        data, lines = dict(source), {}
    if not isinstance(data, dict):
        raise ScenarioError("a scenario is a mapping of keys (zopa, name, parties, ...)",
                            file=file, line=lines.get(()))
    if "zopa" not in data:
        raise ScenarioError("missing 'zopa: 1', the format version", file=file, line=1)
    if data["zopa"] != 1 or isinstance(data["zopa"], bool):
        raise ScenarioError(
            f"unsupported format version {data['zopa']!r}: this zopa reads version 1",
            file=file, path=("zopa",), line=lines.get(("zopa",)),
        )
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise _translate(exc, file, lines) from None
    try:
        check(scenario)
    except ScenarioError as exc:
        raise exc.with_source(file, _line_for(exc.path, lines)) from None
    return scenario


def read_document(text: str, *, file: str | None = None) -> tuple[Any, dict[tuple[PathPart, ...],
                                                                          int]]:
    """Parse YAML (JSON is YAML) and map each path in the document to its line."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            return json.loads(text), {}
        except json.JSONDecodeError as exc:
            raise ScenarioError(f"invalid JSON: {exc.msg}", file=file, line=exc.lineno) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "cannot parse"
        raise ScenarioError(
            f"invalid YAML: {problem}", file=file, line=mark.line + 1 if mark else None
        ) from None
    except yaml.YAMLError as exc:
        raise ScenarioError(f"invalid YAML: {exc}", file=file) from None
    if data is None:
        raise ScenarioError("the file is empty", file=file)
    lines: dict[tuple[PathPart, ...], int] = {}
    if node is not None:
        _collect_lines(node, (), lines)
    return data, lines


def _collect_lines(node: yaml.Node, path: tuple[PathPart, ...],
                   out: dict[tuple[PathPart, ...], int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name: PathPart = key.value if isinstance(key, yaml.ScalarNode) else str(key)
            _collect_lines(value, (*path, name), out)
            out[(*path, name)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for k, item in enumerate(node.value):
            _collect_lines(item, (*path, k), out)


def _line_for(path: tuple[PathPart, ...], lines: Mapping[tuple[PathPart, ...], int]) -> int | None:
    for end in range(len(path), -1, -1):
        key = tuple(str(p) if not isinstance(p, int) else p for p in path[:end])
        if key in lines:
            return lines[key]
    return None


# Pydantic speaks of the union members it tried; people want the key they wrote.
_NOISE = {
    "function-before[_estimate(), union[float,Interval]]",
    "function-before[_forbidden_set(), union[NumericBound,tuple[union[str,function-before["
    "_number(), union[int,float]]],...]]]",
    "function-before[_string_keys(), union[Points,dict[str,function-before[_estimate(), "
    "union[float,Interval]]]]]",
}


def _translate(exc: ValidationError, file: str | None,
               lines: Mapping[tuple[PathPart, ...], int]) -> ScenarioError:
    errors = exc.errors(include_url=False)
    # Prefer the error that reaches deepest into the document: it names the key at fault.
    best = max(errors, key=lambda e: len(_clean_loc(e["loc"])))
    path = _clean_loc(best["loc"])
    message = str(best["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    kind = best["type"]
    if kind == "missing":
        message = f"missing required key '{path[-1]}'" if path else "missing required key"
        path = path[:-1]
    elif kind == "extra_forbidden":
        message = f"unknown key '{path[-1]}'" + _did_you_mean(str(path[-1]))
    elif kind in {"model_type", "dict_type", "model_attributes_type"}:
        message = f"expected a mapping of keys, got {describe(best.get('input'))}"
    elif kind in {"tuple_type", "list_type"}:
        message = f"expected a list, got {describe(best.get('input'))}"
    elif kind == "string_type":
        message = f"expected text, got {describe(best.get('input'))}"
    elif kind == "literal_error" and path and path[-1] == "role":
        message = f"role must be party, mediator or observer, got {best.get('input')!r}"
    return ScenarioError(message, file=file, path=path, line=_line_for(path, lines))


def _clean_loc(loc: tuple[int | str, ...]) -> tuple[PathPart, ...]:
    out: list[PathPart] = []
    for part in loc:
        if isinstance(part, str) and (part in _NOISE or part.startswith(("function-", "union[")) or
                                      part in {"Points", "Interval", "NumericBound", "float",
                                               "int", "str", "tuple[...]", "bound-spec",
                                               "options-spec", "points-spec", "table-spec"} or
                                      part.startswith(("dict[", "tuple[", "lax-or-strict"))):
            continue
        out.append(part)
    return tuple(out)


_KNOWN_KEYS = (
    "zopa", "name", "description", "date", "sources", "parties", "issues", "preferences",
    "id", "label", "role", "reservation", "options", "range", "min", "max", "step", "unit",
    "weights", "values", "red_lines", "forbid", "note", "source", "points", "title", "url",
    "author", "interactions", "when", "value", "weight", "outside", "utility_max",
)


_ALIASES = {"title": "name", "label": "name", "reservation_value": "reservation"}


def _did_you_mean(key: str) -> str:
    import difflib

    if key in _ALIASES:
        return f" (did you mean '{_ALIASES[key]}'?)"
    close = difflib.get_close_matches(key, [k for k in _KNOWN_KEYS if k != key], n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def dump_scenario(scenario: Scenario, *, fmt: str = "yaml") -> str:
    """Write a scenario back as YAML (or JSON) that :func:`parse_scenario` reads again."""
    data = scenario.to_dict()
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
