"""``zopa conflict``: the brief, the JSON contract and the HTML report."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from zopa.cli import app

DATA = Path(__file__).resolve().parent.parent / "data" / "conflict"


def test_json_contract() -> None:
    result = CliRunner().invoke(app, ["conflict", str(DATA / "syria-iraq-1975.yaml"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["options"] == ["Syria releases more water", "Syria escalates the conflict",
                               "Iraq attacks the dam"]
    assert [d["id"] for d in data["decision_makers"]] == ["syria", "iraq"]
    assert data["states"][0] == {"number": 1, "pattern": "NNN",
                                 "ranks": {"syria": 1, "iraq": 4}}
    assert set(data["equilibria"]) == {"nash", "gmr", "smr", "seq", "sim", "seq_sim"}
    assert data["equilibria"]["gmr"] == ["NNN", "NYY"]
    assert set(data["by_decision_maker"]) == {"syria", "iraq"}
    assert "NYY" in data["by_decision_maker"]["iraq"]["nash"]
    assert data["status_quo"] == "NNN"
    assert {p["to"] for p in data["paths"]} == {"NNN", "NYY"}


def test_brief_and_inverse_in_words() -> None:
    result = CliRunner().invoke(app, ["conflict", str(DATA / "syria-iraq-1975.gmcr"),
                                      "--inverse", "1"])
    assert result.exit_code == 0, result.output
    assert "Equilibria" in result.output and "Inverse GMCR" in result.output
    bad = CliRunner().invoke(app, ["conflict", str(DATA / "syria-iraq-1975.gmcr"),
                                   "--inverse", "YYY"])
    assert bad.exit_code == 2


def test_html_report_is_written_atomically(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["conflict", str(DATA / "elmira-reconstructed.yaml"), "--html",
                                      str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    for chart in ("conflict-graph", "conflict-equilibria", "conflict-paths"):
        assert f'id="chart-{chart}"' in html
    assert "The moves in words" in html          # the graph's text alternative
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
