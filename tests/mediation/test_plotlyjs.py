"""The vendored plotly.js partial bundle: its version is the plotly Python package's, and
every trace type the report, the conflict report, the forecast page and the workbench use
is in it (the browser tests show that it draws them)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import plotly.offline
import pytest

from zopa.examples import load_example
from zopa.render import figures, plotlyjs
from zopa.render.report import build_report

SRC = Path(__file__).resolve().parents[2] / "src" / "zopa"
#: The tournament page draws a table, which the bundle lacks: it keeps the full plotly.js.
FULL_BUNDLE = {SRC / "render" / "simulation.py"}
CONSTRUCTOR = re.compile(r"\bgo\.([A-Z][A-Za-z0-9]*)\(")
NOT_TRACES = {"Figure", "Layout"}
DATA_TYPE = re.compile(r"\{\s*\"type\":\s*\"([a-z0-9]+)\"")
NOT_TRACE_TYPES = {"rect", "line", "date", "category", "linear", "log"}


def test_the_bundle_is_the_plotly_packages_version() -> None:
    assert plotlyjs.bundle_version() == plotly.offline.get_plotlyjs_version()


def test_the_bundle_is_a_third_of_the_full_plotly_js() -> None:
    assert len(plotlyjs.bundle_code()) < len(plotly.offline.get_plotlyjs()) / 2


def test_every_trace_the_source_builds_is_in_the_bundle() -> None:
    used: dict[str, set[str]] = {}
    for path in sorted({*SRC.glob("render/*.py"), *SRC.glob("web/*.py")} - FULL_BUNDLE):
        text = path.read_text(encoding="utf-8")
        for name in CONSTRUCTOR.findall(text):
            if name not in NOT_TRACES:
                used.setdefault(name.lower(), set()).add(path.name)
        for name in DATA_TYPE.findall(text):
            if name not in NOT_TRACE_TYPES:
                used.setdefault(name, set()).add(path.name)
    assert {"scatter", "bar", "heatmap", "violin", "box"} <= set(used)
    missing = {name: files for name, files in used.items() if name not in plotlyjs.TRACE_TYPES}
    assert missing == {}


@pytest.mark.parametrize("example", ["ukraine-russia-2022-03", "nile-dam-2021"])
def test_every_chart_of_the_report_is_in_the_bundle(
        example: str, monkeypatch: pytest.MonkeyPatch) -> None:
    types: set[str] = set()
    original = figures.chart_json

    def recording(figure: Any) -> str:
        text = original(figure)
        types.update(trace.get("type", "scatter") for trace in json.loads(text)["data"])
        return text

    monkeypatch.setattr(figures, "chart_json", recording)
    html = build_report(load_example(example), samples=30)
    assert types and types <= plotlyjs.TRACE_TYPES
    assert f"plotly.js {plotlyjs.bundle_version()}" in html
    assert "plotly.js (cartesian - minified) v" in html
