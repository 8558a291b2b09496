"""Bad conflict files: one clear error naming the file and the place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.conflict.load import load_conflict
from zopa.errors import ScenarioError

GOOD = """zopa: 1
options:
  - {id: a}
  - {id: b}
decision_makers:
  - id: x
    options: [a]
    statements: [b]
  - id: y
    options: [b]
    statements: [a]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "needle", "line"), [
    (GOOD.replace("options: [b]", "options: [a]"), "controlled by two decision makers", 10),
    (GOOD.replace("statements: [a]", "statements: [c and a]"), "'c'", 11),
    (GOOD + "infeasible: [a, -a]\n", "no state is feasible", 12),
    (GOOD.replace("options: [b]", "options: [z]"), "no option with id 'z'", 10),
    (GOOD.replace("{id: b}", "{id: b, direction: up}"), "direction must be", 4),
    (GOOD + "status_quo: NNN\n", "has 3 letters", 12),
])
def test_yaml_errors(tmp_path: Path, text: str, needle: str, line: int) -> None:
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(ScenarioError) as info:
        load_conflict(path)
    assert needle in str(info.value)
    assert info.value.file == str(path)
    assert info.value.line == line


GMCR = {
    "options": [{"name": "a", "permittedDirection": "both"}, {"name": "b"}],
    "decisionMakers": [
        {"name": "X", "options": [0], "preferences": [[[1, "Y"]]]},
        {"name": "Y", "options": [1], "preferences": [[[0, "Y"]]]},
    ],
    "infeasibles": [],
}


def broken(change: str) -> str:
    data = json.loads(json.dumps(GMCR))
    if change == "index":
        data["decisionMakers"][0]["preferences"] = [[[5, "Y"]]]
    elif change == "type":
        data["decisionMakers"][1]["options"] = ["one"]
    elif change == "value":
        data["infeasibles"] = [[[0, "maybe"]]]
    elif change == "twice":
        data["decisionMakers"][1]["options"] = [0]
    elif change == "ranking":
        data["decisionMakers"][0].update(useManualPreferenceRanking=True,
                                         preferenceRanking=[1, 2, 3, 9])
    return json.dumps(data)


@pytest.mark.parametrize(("change", "needle"), [
    ("index", "decisionMakers[0].preferences[0][0][0]: option index 5 is out of range"),
    ("type", "decisionMakers[1].options[0]: expected a whole number"),
    ("value", "infeasibles[0][0][1]"),
    ("twice", "controlled by two decision makers"),
    ("ranking", "state number 9 is out of range"),
])
def test_gmcr_errors(tmp_path: Path, change: str, needle: str) -> None:
    path = write(tmp_path, "bad.gmcr", broken(change))
    with pytest.raises(ScenarioError) as info:
        load_conflict(path)
    assert needle in str(info.value)
    assert str(path) in str(info.value)


def test_gmcr_bad_json_has_a_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.gmcr", '{"options": [\n  {"name": "a"},\n  oops\n]}')
    with pytest.raises(ScenarioError) as info:
        load_conflict(path)
    assert info.value.line == 3 and "invalid JSON" in str(info.value)


def test_cli_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.gmcr", broken("index"))
    result = CliRunner().invoke(app, ["conflict", str(path)])
    assert result.exit_code == 2
    assert "option index 5 is out of range" in result.output
    assert "Traceback" not in result.output


def test_oversized_conflict_is_refused(tmp_path: Path) -> None:
    options = "\n".join(f"  - {{id: o{k}}}" for k in range(24))
    owned = [", ".join(f"o{j}" for j in range(6 * k, 6 * k + 6)) for k in range(4)]
    dms = "\n".join(f"  - {{id: d{k}, options: [{owned[k]}], statements: [o{(6 * k + 7) % 24}]}}"
                    for k in range(4))
    path = write(tmp_path, "big.yaml", f"zopa: 1\noptions:\n{options}\ndecision_makers:\n{dms}\n")
    result = CliRunner().invoke(app, ["conflict", str(path), "--budget", "1000000"])
    assert result.exit_code == 2
    assert "too large" in result.output
