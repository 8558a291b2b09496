"""The command line as a user runs it: help, both forms of analyze, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from zopa.cli import app
from zopa.examples import example_path, names

runner = CliRunner()


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in getattr(group, "commands", {}).items():
        yield (*prefix, name)
        yield from _commands(command, (*prefix, name))


COMMANDS = list(_commands(typer.main.get_command(app)))


def test_every_command_is_listed() -> None:
    assert {("validate",), ("analyze",)} <= set(COMMANDS)


@pytest.mark.parametrize("command", [(), *COMMANDS], ids=lambda c: " ".join(c) or "zopa")
def test_help(command: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


@pytest.mark.parametrize("example", names())
def test_analyze_brief(example: str) -> None:
    result = runner.invoke(app, ["analyze", str(example_path(example))])
    assert result.exit_code == 0, result.output
    assert "Issues" in result.output and "possible packages" in result.output


@pytest.mark.parametrize("example", names())
def test_analyze_json(example: str) -> None:
    result = runner.invoke(app, ["analyze", str(example_path(example)), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"scenario", "parties", "outcomes", "agreement_space", "issues", "pareto_frontier",
            "solutions", "minimal_concessions", "reservation_gaps"} <= set(data)
    assert set(data["solutions"]) == {"nash", "kalai_smorodinsky", "egalitarian",
                                      "utilitarian"}


def test_default_is_the_march_2022_example() -> None:
    result = runner.invoke(app, ["analyze", "--json"])
    data = json.loads(result.stdout)
    assert data["scenario"] == "Russia-Ukraine talks, March 2022"
    status = {i["id"]: i["status"] for i in data["issues"]}
    assert status["crimea"] == status["donbas"] == "blocked"
    assert all(status[i] in ("open", "agreed") for i in
               ("neutrality", "armed-forces", "denazification", "russian-language"))
    assert data["agreement_space"] == 0
    assert data["minimal_concessions"]
    brief = runner.invoke(app, ["analyze"]).output
    assert "The bottleneck" in brief and "russia#0" in brief and "would become acceptable" in brief


def test_mediators_utilities_are_reported() -> None:
    """The format: a mediator's preferences are reported (it has no veto). At the Nile
    example's Nash package (9 years, 37 bcm, binding arbitration, real-time data, no
    restriction) the African Union gets .2 * 1 + .2 * 1 + .3 * .6 + .2 * 1 + .1 * .3 = .81.
    """
    brief = runner.invoke(app, ["analyze", str(example_path("nile-dam-2021"))],
                          env={"COLUMNS": "200"}).output
    row = next(line for line in brief.splitlines() if "African Union utility (mediator)" in line)
    cells = [cell.strip() for cell in row.split("│") if cell.strip()]
    assert cells[1] == "0.810"


def test_max_concessions_limits_the_set_size() -> None:
    result = runner.invoke(app, ["analyze", "--json", "--max-concessions", "1"])
    assert json.loads(result.stdout)["minimal_concessions"] == []


def test_methods_agree() -> None:
    outputs = {m: json.loads(runner.invoke(app, ["analyze", str(example_path("job-offer")),
                                                 "--json", "--method", m]).stdout)
               for m in ("merge", "enumerate")}
    assert outputs["merge"] == outputs["enumerate"]


def test_validate(tmp_path: Path) -> None:
    ok = runner.invoke(app, ["validate", str(example_path("job-offer"))])
    assert ok.exit_code == 0 and "valid" in ok.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("zopa: 1\nparties: [\n")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:" in result.stderr and "invalid YAML" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [["analyze", "/no/such/file.yaml"],
                                  ["validate", "/no/such/file.yaml"]])
def test_missing_file_exits_2(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_bad_option_exits_2() -> None:
    assert runner.invoke(app, ["analyze", "--method", "guess"]).exit_code == 2


def test_console_script_end_to_end(tmp_path: Path) -> None:
    """The installed entry point: one line on stderr, exit 2, no traceback."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("zopa: 1\nname: x\nparties: [{id: a}]\nissues: [{id: i, options: [p, q]}]\n"
                   "preferences: {a: {weights: {i: 1}}}\n")
    done = subprocess.run([sys.executable, "-m", "zopa", "analyze", str(bad)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert "at least two parties" in done.stderr
    assert "Traceback" not in done.stderr
