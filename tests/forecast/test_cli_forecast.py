"""``zopa forecast`` as a user runs it: the brief, the JSON contract, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.cli import app

from .test_eum import EC

runner = CliRunner()
KEYS = {"model", "actors", "dimensions", "steps", "history", "probabilities", "forecast",
        "first_round"}


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["forecast", *args])
    return result.exit_code, result.stdout, result.stderr


def test_eum_csv_json_contract() -> None:
    code, out, _ = _run(str(EC), "--model", "eum", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= KEYS
    assert data["model"] == "eum" and data["dimensions"] == ["position"]
    assert data["actors"][0] == "Netherlands" and len(data["actors"]) == 10
    assert data["rounds"][0]["median"] == 7.0
    assert data["rounds"][0]["mean"] == pytest.approx(7.38996, abs=5e-6)
    assert len(data["history"]) == 10 and len(data["history"][0][0]) == data["steps"] + 1
    assert len(data["probabilities"][0]) == data["steps"] + 1
    assert set(data["first_round"]) == {"values", "risk"}
    assert data["brief"]["lines"]


@pytest.mark.parametrize("model", ["eum", "mean", "median", "nash"])
def test_the_march_2022_example_reads_in_words(model: str) -> None:
    code, out, _ = _run("--model", model)
    assert code == 0
    assert "Who must move" in out and "Status of Crimea" in out
    assert "red line" in out


def test_html_and_samples(tmp_path: Path) -> None:
    target = tmp_path / "forecast.html"
    code, out, _ = _run("--model", "mean", "--samples", "40", "--seed", "3",
                        "--html", str(target), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["monte_carlo"]["samples"] == 40 and data["monte_carlo"]["seed"] == 3
    assert set(data["monte_carlo"]["quantiles"]) == set(data["dimensions"])
    html = target.read_text()
    assert html.startswith("<!DOCTYPE html>") and html.count("plotly-graph-div") >= 3
    assert [p.name for p in tmp_path.iterdir()] == ["forecast.html"]


@pytest.mark.parametrize(("text", "where", "message"), [
    ("Actor,Capability,Position,Salience\nA,,4,50\nB,2,5,50\n", ":2:", "no capability"),
    ("Actor,Capability,Position,Salience\nA,1,four,50\nB,2,5,50\n", ":2:", "not a number"),
    ("Actor,Capability,Position,Salience\nA,1,4,50\nB,2,5,150\n", ":3:", "outside [0, 100]"),
    ("Actor,Capability,Position,Salience\n", ":1:", "no actors"),
])
def test_bad_eum_csv(tmp_path: Path, text: str, where: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text)
    code, out, err = _run(str(path), "--model", "eum")
    assert code == 2 and out == ""
    line = " ".join(err.split())
    assert f"{path}{where}" in line and message in line
    assert "Traceback" not in err


def test_a_discrete_issue_with_no_order(tmp_path: Path) -> None:
    path = tmp_path / "nominal.yaml"
    path.write_text("""zopa: 1
parties: [{id: a}, {id: b}]
issues:
  - id: x
    ordered: false
    options: [p, q, r]
preferences:
  a: {weights: {x: 1}, values: {x: {p: 1}}}
  b: {weights: {x: 1}, values: {x: {r: 1}}}
""")
    code, _, err = _run(str(path), "--model", "mean")
    assert code == 2
    line = " ".join(err.split())
    assert f"{path}:5:" in line and "issues[0].ordered" in line and "no order" in line


def test_unknown_model_and_file_kind(tmp_path: Path) -> None:
    code, _, _ = _run("--model", "oracle")
    assert code == 2
    path = tmp_path / "x.txt"
    path.write_text("hello")
    code, _, err = _run(str(path), "--model", "mean")
    assert code == 2 and "cannot tell" in err
