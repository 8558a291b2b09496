"""Mutation fuzzing: valid files of every kind, mutated the ways the reliability probe did
(deleted keys, wrong types, huge and non-finite numbers, deep nesting, aliases, bad bytes,
duplicate keys, unicode, giant grids). Every mutant is either read correctly (and then
analysed and printed without a crash) or refused with one clean line, within seconds."""

from __future__ import annotations

import io
import json
import math
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.checks import outcome
from tests.fuzz.readers import READERS, Reader
from zopa.errors import ScenarioError

#: Modest counts: the whole fuzz suite runs in about a minute on two cores.
FUZZ = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

def _nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


HOSTILE: list[Any] = [
    None, True, "", "x" * 5000, -1, 0, 1.5, 1e308, -1e308, 10**400, 2**63, [], {},
    _nested(70),
    "\x1b[2J", "a\nb", "😀", "\u202e", "2022-02-30", "1e999999999", "NaN", float("inf"),
    {"x-r": "&r"}, ["a"] * 1000, {"min": 0, "max": 10**12, "step": 1},
]


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(data, list):
        for k, v in enumerate(data):
            out += _paths(v, (*prefix, k))
    return out


def _mutate(data: Any, path: tuple[Any, ...], how: str, value: Any) -> Any:
    if not path:
        return value if how == "replace" else data
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        copy = dict(data)
        if rest:
            copy[head] = _mutate(copy[head], rest, how, value)
        elif how == "delete":
            del copy[head]
        elif how == "wrap":
            copy[head] = [[[[[[copy[head]]]]]]]
        else:
            copy[head] = value
        return copy
    copy_list = list(data)
    if rest:
        copy_list[head] = _mutate(copy_list[head], rest, how, value)
    elif how == "delete":
        del copy_list[head]
    else:
        copy_list[head] = value
    return copy_list


@st.composite
def mutated_documents(draw: st.DrawFn, reader: Reader) -> tuple[str, bytes]:
    seeds = reader.seeds()
    name = draw(st.sampled_from(sorted(seeds)))
    text = seeds[name].decode("utf-8")
    data = yaml.safe_load(text) if name.endswith((".yaml", ".yml")) else json.loads(text)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        how = draw(st.sampled_from(["replace", "delete", "wrap", "replace"]))
        data = _mutate(data, path, how, draw(st.sampled_from(HOSTILE)))
    if name.endswith(".json"):
        return name, json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
    out = io.StringIO()
    yaml.safe_dump(data, out, allow_unicode=True, sort_keys=False)
    return name, out.getvalue().encode("utf-8", "surrogatepass")


@st.composite
def mutated_bytes(draw: st.DrawFn, reader: Reader) -> tuple[str, bytes]:
    seeds = reader.seeds()
    name = draw(st.sampled_from(sorted(seeds)))
    data = bytearray(seeds[name])
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["insert", "delete", "duplicate", "number", "nest"]))
        if kind == "insert":
            data[at:at] = draw(st.sampled_from([b"\x00", b"\xff\xfe", b"\x1b[31m", b"&a ",
                                                b"*a", b"<!DOCTYPE x>", b"\xed\xa0\x80",
                                                b"{", b"]", b'"', b"\t", b"\r"]))
        elif kind == "delete":
            end = draw(st.integers(at, min(len(data), at + 200)))
            del data[at:end]
        elif kind == "duplicate":
            end = draw(st.integers(at, min(len(data), at + 400)))
            data[end:end] = data[at:end]
        elif kind == "number":
            data[at:at] = draw(st.sampled_from([b"9" * 5000, b"1e999999999", b"1.0e+308",
                                                b"-0", b"NaN", b".inf"]))
        else:
            depth = draw(st.integers(50, 3000))
            data[at:at] = b"[" * depth + b"]" * depth
    return name, bytes(data)


def _used(result: Any) -> None:
    """A file that was read must also analyse and print without a crash."""
    from zopa.brief import make_brief
    from zopa.render.text import brief
    from zopa.scenario import Scenario

    scenario = getattr(result, "scenario", result)
    if not isinstance(scenario, Scenario):
        return
    if math.prod(len(i.option_ids) for i in scenario.issues) > 50_000:
        return  # the analysis of a big space is the budget tests' business
    try:
        result = make_brief(scenario)
    except ScenarioError:
        return
    from rich.console import Console

    console = Console(file=io.StringIO(), width=100)
    console.print(brief(result))
    console.file.getvalue().encode("utf-8")


@pytest.mark.timeout(120)
@pytest.mark.parametrize("reader", READERS, ids=[r.name for r in READERS])
def test_mutated_documents(reader: Reader):
    if not any(s in (".yaml", ".json") for s in reader.suffixes):
        pytest.skip("not a YAML or JSON reader")

    @FUZZ
    @given(mutated_documents(reader))
    def check(case: tuple[str, bytes]) -> None:
        name, data = case
        result = outcome(reader.read, name, data)
        if result is not None:
            _used(result)

    check()


@pytest.mark.timeout(120)
@pytest.mark.parametrize("reader", READERS, ids=[r.name for r in READERS])
def test_mutated_bytes(reader: Reader):
    @FUZZ
    @given(mutated_bytes(reader))
    def check(case: tuple[str, bytes]) -> None:
        name, data = case
        result = outcome(reader.read, name, data)
        if result is not None:
            _used(result)

    check()
