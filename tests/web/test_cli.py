"""``zopa cases import|list|export`` and ``zopa serve``'s access secret."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.examples import example_path
from zopa.scenario import load_scenario, parse_scenario
from zopa.store.access import verify_secret
from zopa.store.db import connect

runner = CliRunner()


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize("command", [["cases"], ["cases", "import"], ["cases", "list"],
                                     ["cases", "export"], ["cases", "rename"], ["cases", "delete"],
                                     ["serve"]])
def test_help(command: list[str]) -> None:
    code, out = run(*command, "--help")
    assert code == 0
    assert "Usage" in out


def test_import_list_export(url: str, tmp_path: Path) -> None:
    code, out = run("cases", "import", str(example_path()), "--author", "ana",
                    "--note", "after Kalin's interview, 20 March", "--database-url", url)
    assert code == 0
    assert "case 1, version 1" in out
    code, out = run("cases", "import", str(example_path()), "--case", "1", "--note", "again",
                    "--database-url", url)
    assert code == 0
    assert "case 1, version 2" in out
    code, out = run("cases", "list", "--json", "--database-url", url)
    (listed,) = json.loads(out)
    assert listed["versions"] == 2
    assert listed["latest"]["note"] == "again"
    code, out = run("cases", "list", "--database-url", url)
    assert code == 0
    assert "Russia-Ukraine" in out
    code, out = run("cases", "export", "1", "--version", "1", "--database-url", url)
    assert code == 0
    assert out == example_path().read_text(encoding="utf-8")
    target = tmp_path / "out.json"
    code, _ = run("cases", "export", "1", "-o", str(target), "--format", "json",
                  "--database-url", url)
    assert code == 0
    assert load_scenario(target) == load_scenario(example_path())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_environment_chooses_the_database(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZOPA_DATABASE_URL", raising=False)
    monkeypatch.setenv("ZOPA_DATA_DIR", str(tmp_path / "data"))
    assert run("cases", "import", str(example_path()))[0] == 0
    assert (tmp_path / "data" / "zopa.db").is_file()
    monkeypatch.setenv("ZOPA_DATABASE_URL", f"sqlite:///{tmp_path / 'other.db'}")
    assert json.loads(run("cases", "list", "--json")[1]) == []


def test_bad_input_exits_2_and_writes_nothing(url: str, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from zopa.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("zopa: 1\nparties: 3\n")
    for args in (["cases", "import", str(bad)], ["cases", "import", str(tmp_path / "none.yaml")],
                 ["cases", "export", "4"], ["cases", "import", str(example_path()), "--case", "9"],
                 ["cases", "export", "1", "--format", "xml"]):
        monkeypatch.setattr("sys.argv", ["zopa", *args, "--database-url", url])
        with pytest.raises(SystemExit) as stop:
            main()
        assert stop.value.code == 2, args
    assert json.loads(run("cases", "list", "--json", "--database-url", url)[1]) == []


def test_secret_is_set_once_and_stored_hashed(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from zopa.cli.cases import _ensure_secret

    db = connect(url)
    monkeypatch.setenv("ZOPA_SECRET", "first secret, long enough")
    _ensure_secret(db, reset=False)
    assert verify_secret(db, "first secret, long enough")
    monkeypatch.setenv("ZOPA_SECRET", "second secret, long enough")
    _ensure_secret(db, reset=False)  # already set: kept
    assert verify_secret(db, "first secret, long enough")
    _ensure_secret(db, reset=True)
    assert verify_secret(db, "second secret, long enough")
    monkeypatch.delenv("ZOPA_SECRET")
    _ensure_secret(db, reset=True)  # no terminal, no variable: one is generated
    assert not verify_secret(db, "second secret, long enough")
    db.dispose()


def test_stored_json_round_trip(url: str, tmp_path: Path) -> None:
    source = tmp_path / "talks.json"
    source.write_text(json.dumps(load_scenario(example_path()).to_dict()))
    assert run("cases", "import", str(source), "--database-url", url)[0] == 0
    _code, out = run("cases", "export", "1", "--database-url", url)
    assert parse_scenario(out) == load_scenario(example_path())


def test_serve_off_loopback_requires_the_secret(url: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from fastapi.testclient import TestClient

    started: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.update(app=app, **kw))
    monkeypatch.setenv("ZOPA_SECRET", "a secret for the whole team")
    code, out = run("serve", "--host", "0.0.0.0", "--port", "8123", "--database-url", url)
    assert code == 0, out
    assert (started["host"], started["port"]) == ("0.0.0.0", 8123)
    client = TestClient(started["app"])  # type: ignore[arg-type]
    assert client.get("/api/cases").status_code == 401
    authorised = {"Authorization": "Bearer a secret for the whole team"}
    assert client.get("/api/cases", headers=authorised).status_code == 200

    started.clear()
    code, out = run("serve", "--database-url", url)
    assert code == 0
    assert started["host"] == "127.0.0.1"
    local = TestClient(started["app"], base_url="http://127.0.0.1:8000")  # type: ignore[arg-type]
    assert local.get("/api/cases").status_code == 200
    rebinding = TestClient(started["app"], base_url="http://attacker.example")  # type: ignore[arg-type]
    assert rebinding.get("/api/cases").status_code == 400


def test_rename_and_delete_softly(url: str) -> None:
    run("cases", "import", str(example_path()), "--database-url", url)
    code, out = run("cases", "rename", "1", "Istanbul [round]", "--database-url", url)
    assert code == 0 and "case 1 is now 'Istanbul [round]'" in out
    code, out = run("cases", "delete", "1", "--database-url", url)
    assert code == 0 and "its versions are kept" in out
    _, out = run("cases", "list", "--json", "--database-url", url)
    assert json.loads(out) == []
    code, out = run("cases", "export", "1", "--database-url", url)
    assert code == 0 and out == example_path().read_text(encoding="utf-8")
    code, _ = run("cases", "delete", "1", "--restore", "--database-url", url)
    _, out = run("cases", "list", "--json", "--database-url", url)
    assert [c["name"] for c in json.loads(out)] == ["Istanbul [round]"]
    assert run("cases", "rename", "9", "x", "--database-url", url)[0] == 2
    assert run("cases", "rename", "1", " ", "--database-url", url)[0] == 2
