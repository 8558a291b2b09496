"""The mediation commands: help, JSON output, and bad input (one clear line, exit 2)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from zopa.cli import main

COMMANDS = ["adjusted-winner", "single-text", "improve", "trades", "sensitivity", "report"]
MARCH_RELAXED_START = ("neutrality=neutral-guaranteed,armed-forces=100000,"
                       "denazification=no-provision,russian-language=second-state-language,"
                       "donbas=separate-track,crimea=consultations-15-years")


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["zopa", *args])
    monkeypatch.setenv("COLUMNS", "200")
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", COMMANDS)
def test_help(command: str, capsys: pytest.CaptureFixture[str],
              monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, monkeypatch, command, "--help")
    assert code == 0
    assert "Usage" in out


def test_adjusted_winner_json_on_a_points_table(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "divorce.yaml"
    path.write_text("parties: [carol, bob]\npoints:\n  retirement-account: [50, 40]\n"
                    "  home: [20, 30]\n  summer-cottage: [15, 10]\n  investments: [10, 10]\n"
                    "  other: [5, 10]\n")
    code, out, _ = run(capsys, monkeypatch, "adjusted-winner", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["split"] == {"issue": "retirement-account",
                             "share": {"carol": "5/6", "bob": "1/6"}}
    assert data["totals"] == {"carol": "170/3", "bob": "170/3"}
    assert data["allocation"]["home"] == "bob"
    code, out, _ = run(capsys, monkeypatch, "adjusted-winner", str(path))
    assert code == 0
    assert "56.67 of its own 100 points" in out


def test_adjusted_winner_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("parties: [a, b]\npoints: {x: [1, -2]}\n")
    code, out, err = run(capsys, monkeypatch, "adjusted-winner", str(path))
    assert code == 2
    assert out == ""
    assert "points.x[1]" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("baseline", "message"), [
    ("crimea=nowhere", "'nowhere' is not an option of issue 'crimea'"),
    ("atlantis=deferred", "'atlantis' is not an issue"),
    ("crimea=recognised-russian", "gives no option for neutrality"),
    ("crimea", "not of the form issue=option"),
])
def test_improve_bad_baseline(baseline: str, message: str, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, "improve", "--baseline", baseline)
    assert code == 2
    assert out == ""
    assert message in " ".join(err.split())
    assert "Traceback" not in err


def test_improve_json(capsys: pytest.CaptureFixture[str],
                      monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "improve", "--drop", "russia#0,russia#1",
                       "--baseline", MARCH_RELAXED_START, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["on_frontier"] is False
    assert all(g > 0 for g in data["gains"])


def test_single_text_on_a_blocked_scenario_suggests_a_concession(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, "single-text")
    assert code == 1
    assert out == ""
    assert "--drop russia#0,russia#1" in " ".join(err.split())


def test_single_text_markdown_and_json(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["single-text", "--drop", "russia#0,russia#1", "--start", MARCH_RELAXED_START]
    code, out, _ = run(capsys, monkeypatch, *args, "--markdown")
    assert code == 0
    assert out.startswith("# Single negotiating text")
    assert "## Draft 2" in out
    code, out, _ = run(capsys, monkeypatch, *args, "--json")
    data = json.loads(out)
    assert data["dropped_red_lines"] == ["russia#0", "russia#1"]
    assert len(data["drafts"]) >= 2
    code, _, err = run(capsys, monkeypatch, "single-text", "--drop", "russia#9")
    assert code == 2
    assert "'russia#9' is not a red line" in err


def test_trades_json(capsys: pytest.CaptureFixture[str],
                     monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "trades", "--json", "--limit", "1")
    assert code == 0
    (trade,) = json.loads(out)["trades"]
    assert trade["exchange"]["ukraine"]["issue"] == "russian-language"


def test_sensitivity_json_is_reproducible(capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["sensitivity", "--samples", "300", "--seed", "1", "--drop", "russia#0,russia#1",
            "--json"]
    code, first, _ = run(capsys, monkeypatch, *args)
    assert code == 0
    code, second, _ = run(capsys, monkeypatch, *args)
    assert first == second
    data = json.loads(first)
    assert data["samples"] == 300
    assert data["relaxed_agreement"] == 1.0
    code, _, err = run(capsys, monkeypatch, "sensitivity", "--backend", "gpu")
    assert code == 2
    assert "unknown backend" in err


def test_report_writes_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.html"
    code, out, _ = run(capsys, monkeypatch, "report", "-o", str(target), "--samples", "200")
    assert code == 0
    assert "wrote" in out
    assert target.stat().st_size > 1_000_000
    assert [p.name for p in tmp_path.iterdir()] == ["out.html"]
