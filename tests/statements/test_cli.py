"""``zopa cases add-statements``: a new version only when something is accepted, its note
citing the sources. The reader is replaced by a hand-written reading (its JSON contract)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.examples import example_path
from zopa.scenario import parse_scenario
from zopa.store.cases import create_case, get_version, list_versions
from zopa.store.db import Database, connect

READING: dict[str, Any] = {
    "documents": [{"file": "lavrov.txt", "title": "Lavrov in Antalya", "date": "2022-03-10"}],
    "actors": [{"id": "moscow", "name": "Russia", "kind": "party", "aliases": []}],
    "issues": [{"id": "crimea", "name": "Crimea", "evidence": []}],
    "statements": [
        {"id": "s1", "speaker": "Sergei Lavrov", "side": "moscow", "date": "2022-03-10",
         "quote": "We will never accept Ukrainian sovereignty there", "kind": "red_line",
         "issues": ["crimea"], "source": {"file": "lavrov.txt", "start": 5, "end": 53},
         "title": "Foreign Minister"},
    ],
}


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Database, Path]:
    url = f"sqlite:///{tmp_path / 'zopa.db'}"
    db = connect(url)
    create_case(db, example_path().read_text(encoding="utf-8"), note="first")
    article = tmp_path / "lavrov.txt"
    article.write_text("News text.", encoding="utf-8")
    seen: list[list[Path]] = []

    def fake(paths: list[Path]) -> dict[str, Any]:
        seen.append(paths)
        return READING

    monkeypatch.setattr("zopa.cli.cases.read_news", fake)
    return url, db, article


def run(*args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(app, list(args), input=stdin)


def test_accepted_proposals_become_a_version_citing_sources(
        setup: tuple[str, Database, Path]) -> None:
    url, db, article = setup
    result = run("cases", "add-statements", "1", str(article), "--accept", "p2",
                 "--author", "analyst", "--database-url", url)
    assert result.exit_code == 0, result.output
    assert "p1 statement: Record s10: Sergei Lavrov (Foreign Minister)" in result.output
    assert "version 2 (from version 1), accepted p1, p2" in result.output
    version = get_version(db, 1)
    assert version.info.number == 2 and version.info.parent == 1
    assert version.info.author == "analyst"
    assert version.info.note == ("add-statements from lavrov.txt: p1 statement, p2 red line. "
                                 "Statements: s10 Sergei Lavrov, 2022-03-10.")
    s = parse_scenario(version.text)
    assert s.preferences["russia"].red_lines[-1].evidence == ("s10",)
    assert "# no deal: a long war with Western support" in version.text  # comments kept


def test_nothing_saved_without_acceptance(setup: tuple[str, Database, Path]) -> None:
    url, db, article = setup
    result = run("cases", "add-statements", "1", str(article), "--database-url", url)
    assert result.exit_code == 0
    assert "Nothing accepted, nothing saved (not on a terminal" in result.output
    assert len(list_versions(db, 1)) == 1


def test_interactive_confirmation_per_proposal(setup: tuple[str, Database, Path],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    url, db, article = setup
    monkeypatch.setattr("zopa.cli.cases.interactive", lambda: True)
    result = run("cases", "add-statements", "1", str(article), "--database-url", url,
                 stdin="y\nn\n")
    assert result.exit_code == 0, result.output
    assert "Accept p1" in result.output and "Accept p2" in result.output
    version = get_version(db, 1)
    assert version.info.number == 2 and "p1 statement." in version.info.note
    s = parse_scenario(version.text)
    assert s.statement("s10").speaker == "Sergei Lavrov"
    assert len(s.preferences["russia"].red_lines) == 4  # p2 was rejected


def test_interactive_rejecting_everything_saves_nothing(
        setup: tuple[str, Database, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    url, db, article = setup
    monkeypatch.setattr("zopa.cli.cases.interactive", lambda: True)
    result = run("cases", "add-statements", "1", str(article), "--database-url", url,
                 stdin="n\nn\n")
    assert result.exit_code == 0 and "nothing saved" in result.output
    assert len(list_versions(db, 1)) == 1


def test_json_output(setup: tuple[str, Database, Path]) -> None:
    url, _, article = setup
    result = run("cases", "add-statements", "1", str(article), "--accept", "all", "--json",
                 "--database-url", url)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [p["kind"] for p in data["proposals"]] == ["statement", "red_line"]
    assert data["accepted"] == ["p1", "p2"] and data["version"] == 2
    assert data["from_version"] == 1 and data["note"].startswith("add-statements from")


def test_unknown_proposal_or_case_exits_2_and_saves_nothing(
        setup: tuple[str, Database, Path]) -> None:
    url, db, article = setup
    bad = run("cases", "add-statements", "1", str(article), "--accept", "p7",
              "--database-url", url)
    assert bad.exit_code == 2 and "no proposal 'p7' (proposals: p1, p2)" in bad.output
    assert len(list_versions(db, 1)) == 1
    missing = run("cases", "add-statements", "9", str(article), "--accept", "all",
                  "--database-url", url)
    assert missing.exit_code == 2 and "no case 9" in missing.output
