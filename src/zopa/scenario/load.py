"""Reading scenario files: YAML or JSON in, a checked :class:`Scenario` out.

Parsing happens once, at the edge. Every problem becomes one :class:`ScenarioError`
naming the file, the line where it can be known, the path inside the document and what is
wrong. YAML is read with the safe loader (no code runs from a file).
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..errors import PathPart, ScenarioError
from .model import Scenario, describe
from .validate import check

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "MAX_ITEMS", "MAX_NODES", "decode_text", "dump_scenario",
           "load_scenario", "parse_scenario", "read_document", "read_file", "read_json",
           "read_text"]

MAX_FILE_BYTES = 20 * 1024 * 1024
#: How deep lists and mappings may nest (a scenario needs six levels).
MAX_DEPTH = 64
#: How many values a document may hold once its aliases are expanded (the "billion laughs"
#: file holds 10^9).
MAX_NODES = 2_000_000
#: The most items a list may hold (a discrete issue has at most 100,000 options).
MAX_ITEMS = 100_000
#: The most digits an integer may have (the format's numbers stay within 1e15).
MAX_INT_DIGITS = 30


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """Read and check a scenario file (``.yaml``, ``.yml`` or ``.json``).

    >>> from zopa.examples import example_path
    >>> load_scenario(example_path("ukraine-russia-2022-03")).parties[2].role
    'mediator'
    """
    return parse_scenario(read_text(path), file=str(path))


def read_file(path: str | os.PathLike[str], *, limit: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, or a :class:`ScenarioError` saying why not (a folder, missing,
    unreadable, larger than ``limit``: :data:`MAX_FILE_BYTES` by default). Every reader of
    files uses it. The size is checked before reading, and no more than ``limit + 1`` bytes
    are ever read, so ``/dev/zero`` or a pipe that never ends is refused at once."""
    file = str(path)
    p = Path(path)
    if p.is_dir():
        raise ScenarioError("is a folder, not a file", file=file)
    too_large = f"the file is larger than {_size(limit)}"
    try:
        with p.open("rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise ScenarioError(too_large, file=file)
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ScenarioError("no such file", file=file) from None
    except OSError as exc:
        raise ScenarioError(f"cannot read the file: {exc.strerror or exc}", file=file) from None
    if len(data) > limit:
        raise ScenarioError(too_large, file=file)
    return data


def _size(limit: int) -> str:
    return f"{limit // 2**20} MiB" if limit >= 2**20 else f"{limit:,} bytes"


def read_text(path: str | os.PathLike[str]) -> str:
    """A text file's content as UTF-8 (a byte-order mark allowed), checked as
    :func:`read_file` does."""
    return decode_text(read_file(path), file=str(path))


def decode_text(data: bytes, *, file: str | None = None) -> str:
    """Bytes as UTF-8 text (a byte-order mark allowed), or one :class:`ScenarioError` that
    names the line of the first byte that is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ScenarioError(f"not UTF-8 text (byte {exc.start})", file=file,
                            line=line) from None


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


def read_document(text: str, *, file: str | None = None
                  ) -> tuple[Any, Mapping[tuple[PathPart, ...], int]]:
    """Parse YAML (JSON is YAML) and map each path in the document to its line (the map
    is built on first use: only an error needs it).

    The one guarded reader of YAML and JSON text: nesting deeper than :data:`MAX_DEPTH`,
    more than :data:`MAX_NODES` values once aliases are expanded, a recursive alias, a
    duplicate key, an integer of more than :data:`MAX_INT_DIGITS` digits, an impossible
    date and text that holds control characters or lone surrogates are each refused with
    one :class:`ScenarioError` naming the line.

    >>> data, lines = read_document("a: 1\\nb: [x, y]\\n")
    >>> data, dict(lines)
    ({'a': 1, 'b': ['x', 'y']}, {(): 1, ('a',): 1, ('b',): 2, ('b', 0): 2, ('b', 1): 2})
    >>> read_document("a: 1\\na: 2\\n", file="f.yaml")
    Traceback (most recent call last):
    ...
    zopa.errors.ScenarioError: f.yaml:2: duplicate key 'a'
    """
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        return read_json(text, file=file), {}
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        raise ScenarioError(f"the text holds a lone surrogate (not a character) "
                            f"U+{ord(surrogate.group()):04X}", file=file,
                            line=text.count("\n", 0, surrogate.start()) + 1)
    loader = _GuardedLoader(text, file)
    try:
        node = loader.get_single_node()
        if node is None:
            raise ScenarioError("the file is empty", file=file)
        if loader.aliases:
            _expanded(node, file)
        data = loader.construct_document(node)
    except _BadDate as bad:
        raise ScenarioError(f"{_quoted(str(bad.node.value))} is not a date of the calendar",
                            file=file, path=_path_of(node, bad.node),
                            line=bad.node.start_mark.line + 1) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "cannot parse"
        raise ScenarioError(
            f"invalid YAML: {problem}", file=file, line=mark.line + 1 if mark else None
        ) from None
    except yaml.YAMLError as exc:
        raise ScenarioError(f"invalid YAML: {exc}", file=file) from None
    finally:
        loader.dispose()
    if data is None:
        raise ScenarioError("the file is empty", file=file)
    lines = _Lines(node)
    _check_text(data, file, lines)
    return data, lines


class _Lines(Mapping[tuple[PathPart, ...], int]):
    """The line of each path of a composed document, collected on first use."""

    def __init__(self, root: yaml.Node) -> None:
        self._root: yaml.Node | None = root
        self._lines: dict[tuple[PathPart, ...], int] = {}

    def _table(self) -> dict[tuple[PathPart, ...], int]:
        if self._root is not None:
            _collect_lines(self._root, self._lines)
            self._root = None
        return self._lines

    def __getitem__(self, key: tuple[PathPart, ...]) -> int:
        return self._table()[key]

    def __iter__(self) -> Iterator[tuple[PathPart, ...]]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


def read_json(text: str, *, file: str | None = None) -> Any:
    """Parse JSON text under the same guards as YAML (:func:`read_document`): duplicate
    keys, ``NaN``/``Infinity``, integers of more than :data:`MAX_INT_DIGITS` digits,
    nesting deeper than :data:`MAX_DEPTH` and bad text are refused.

    >>> read_json('{"a": [1, 2.5]}')
    {'a': [1, 2.5]}
    >>> read_json('{"a": 1, "a": 2}', file="f.json")
    Traceback (most recent call last):
    ...
    zopa.errors.ScenarioError: f.json: duplicate key 'a'
    """
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                raise ScenarioError(f"duplicate key {_quoted(key)}", file=file)
            out[key] = value
        return out

    def integer(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_INT_DIGITS:
            raise ScenarioError(f"an integer of {len(digits.lstrip('-')):,} digits is outside "
                                "the format's bounds (at most 1e15 in magnitude)", file=file)
        return int(digits)

    def constant(name: str) -> Any:
        raise ScenarioError(f"{name} is not a number the format allows", file=file)

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_int=integer,
                          parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise ScenarioError(f"invalid JSON: {exc.msg}", file=file, line=exc.lineno) from None
    except RecursionError:
        raise ScenarioError(f"lists and mappings nest deeper than {MAX_DEPTH} levels",
                            file=file) from None
    _check_text(data, file, {})
    return data


_CParser: Any
try:
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _CParser = None


class _CLoader(yaml.composer.Composer, _CParser or object,  # type: ignore[misc]
               yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
    """libyaml's C parser (ten times faster) under PyYAML's own composer, so that the
    composing can be guarded (libyaml's C composer cannot)."""

    def __init__(self, text: str) -> None:
        _CParser.__init__(self, text)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)


_Loader: type = _CLoader if _CParser is not None else yaml.SafeLoader


class _GuardedLoader(_Loader):  # type: ignore[misc]
    """PyYAML's safe loader with limits: depth, recursive aliases, big integers, dates."""

    def __init__(self, text: str, file: str | None) -> None:
        super().__init__(text)
        self.file = file
        self.depth = 0
        self.nodes = 0
        self.aliases = 0
        self.open_anchors: list[str | None] = []

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent):
            if event.anchor in self.open_anchors:
                raise ScenarioError(f"the alias *{event.anchor} refers to a value that "
                                    "contains it (a recursive alias)", file=self.file, line=line)
            self.aliases += 1
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        if isinstance(index, int) and index >= MAX_ITEMS:
            raise ScenarioError(f"a list holds more than {MAX_ITEMS:,} items", file=self.file,
                                line=line)
        self.depth += 1
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ScenarioError(f"the document holds more than {MAX_NODES:,} values",
                                file=self.file, line=line)
        if self.depth > MAX_DEPTH:
            raise ScenarioError(f"lists and mappings nest deeper than {MAX_DEPTH} levels",
                                file=self.file, line=line)
        self.open_anchors.append(getattr(event, "anchor", None))
        try:
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self.open_anchors.pop()
            self.depth -= 1

    def compose_mapping_node(self, anchor: str | None) -> yaml.MappingNode:
        node: yaml.MappingNode = super().compose_mapping_node(anchor)
        _no_duplicates(node, self.file)
        return node

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        digits = sum(c.isdigit() for c in str(node.value))
        if digits > MAX_INT_DIGITS:
            raise ScenarioError(f"an integer of {digits:,} digits is outside the format's "
                                "bounds (at most 1e15 in magnitude)", file=self.file,
                                line=node.start_mark.line + 1)
        return super().construct_yaml_int(node)  # type: ignore[no-any-return]

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            raise _BadDate(node) from None


class _BadDate(Exception):
    """A timestamp that names no day of the calendar; :func:`read_document` says where."""

    def __init__(self, node: yaml.ScalarNode) -> None:
        super().__init__(node.value)
        self.node = node


def _path_of(root: yaml.Node | None, target: yaml.Node) -> tuple[PathPart, ...]:
    """Where ``target`` stands in the document (the first place, breadth first)."""
    seen: set[int] = set()
    queue: list[tuple[yaml.Node, tuple[PathPart, ...]]] = [(root, ())] if root else []
    while queue:
        node, path = queue.pop(0)
        if node is target:
            return path
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            queue.extend((v, (*path, k.value if isinstance(k, yaml.ScalarNode) else str(k)))
                         for k, v in node.value)
        elif isinstance(node, yaml.SequenceNode):
            queue.extend((v, (*path, k)) for k, v in enumerate(node.value))
    return ()


_GuardedLoader.add_constructor("tag:yaml.org,2002:int", _GuardedLoader.construct_yaml_int)
_GuardedLoader.add_constructor("tag:yaml.org,2002:timestamp",
                               _GuardedLoader.construct_yaml_timestamp)


def _expanded(root: yaml.Node, file: str | None) -> None:
    """Count the values of a document that uses aliases as if they were expanded, and
    measure its depth so: the "billion laughs" file is ten lines that expand to 10^9
    values. Iterative, and each node is visited once."""
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if key in size:
            continue
        kids = _kids(node)
        if not done:
            stack.append((node, True))
            stack.extend((k, False) for k in kids if id(k) not in size)
            continue
        size[key] = 1 + sum(size[id(k)] for k in kids)
        depth[key] = 1 + max((depth[id(k)] for k in kids), default=0)
        line = node.start_mark.line + 1
        if size[key] > MAX_NODES:
            raise ScenarioError(f"the document expands to more than {MAX_NODES:,} values "
                                "(its aliases expanded)", file=file, line=line)
        if depth[key] > MAX_DEPTH:
            raise ScenarioError(f"lists and mappings nest deeper than {MAX_DEPTH} levels "
                                "once aliases are expanded", file=file, line=line)


def _kids(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _no_duplicates(node: yaml.Node, file: str | None) -> None:
    if not isinstance(node, yaml.MappingNode):
        return
    seen: set[tuple[str, str]] = set()
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag == "tag:yaml.org,2002:merge":
            continue
        name = (key.tag, str(key.value))
        if name in seen:
            raise ScenarioError(f"duplicate key {_quoted(str(key.value))}", file=file,
                                line=key.start_mark.line + 1)
        seen.add(name)


def _collect_lines(root: yaml.Node, out: dict[tuple[PathPart, ...], int]) -> None:
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, tuple[PathPart, ...], int]] = [
        (root, (), root.start_mark.line + 1)]
    while stack:
        node, path, line = stack.pop()
        out.setdefault(path, line)
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                name: PathPart = key.value if isinstance(key, yaml.ScalarNode) else str(key)
                stack.append((value, (*path, name), key.start_mark.line + 1))
        elif isinstance(node, yaml.SequenceNode):
            for k in range(len(node.value) - 1, -1, -1):
                item = node.value[k]
                stack.append((item, (*path, k), item.start_mark.line + 1))


def _check_text(data: Any, file: str | None, lines: Mapping[tuple[PathPart, ...], int]) -> None:
    """Refuse keys and strings that cannot be written out (lone surrogates) or that hold
    control characters (tab, newline and carriage return are text)."""
    seen: set[int] = set()
    stack: list[tuple[Any, tuple[PathPart, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            _check_string(value, path, file, lines)
        elif isinstance(value, dict | list):
            if id(value) in seen:
                continue
            seen.add(id(value))
            if len(path) > MAX_DEPTH:
                raise ScenarioError(f"lists and mappings nest deeper than {MAX_DEPTH} levels",
                                    file=file, path=path, line=_line_for(path, lines))
            if isinstance(value, dict):
                for key, item in value.items():
                    if isinstance(key, str):
                        _check_string(key, path, file, lines)
                    stack.append((item, (*path, str(key))))
            else:
                stack.extend((item, (*path, k)) for k, item in enumerate(value))


_SURROGATE = re.compile("[\ud800-\udfff]")
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _check_string(text: str, path: tuple[PathPart, ...], file: str | None,
                  lines: Mapping[tuple[PathPart, ...], int]) -> None:
    found = _BAD_CHARACTER.search(text)
    if found is None:
        return
    code = ord(found.group())
    what = ("a lone surrogate (not a character)" if 0xD800 <= code <= 0xDFFF
            else "a control character")
    raise ScenarioError(f"the text holds {what} U+{code:04X} at position {found.start()}",
                        file=file, path=path, line=_line_for(path, lines))


def _quoted(text: str) -> str:
    shown = text if len(text) <= 60 else text[:57] + "..."
    return "'" + shown.encode("unicode_escape").decode("ascii") + "'"


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
    elif kind == "literal_error" and path and path[-1] == "kind":
        message = f"kind must be red_line, demand, offer or other, got {best.get('input')!r}"
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
    "author", "statements", "speaker", "side", "quote", "kind", "evidence", "file", "start",
    "end", "interactions", "when", "value", "weight", "outside", "utility_max",
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
