"""Runs in the database: written as they go, read back, exported, kept when interrupted."""

from __future__ import annotations

import csv
import json
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect

from tests._process import communicate, zopa_process
from zopa.scenario import dump_scenario
from zopa.simulate.generate import random_scenario
from zopa.simulate.protocols import SessionSettings
from zopa.simulate.tournament import TournamentSettings
from zopa.store.db import connect, database_url
from zopa.store.runs import (
    RunInterrupted,
    export_run,
    get_run,
    list_runs,
    record_tournament,
    run_sessions,
    run_summary,
)

SCENARIOS = [random_scenario(issues=3, options=4, seed=1, reservation=0.2)]
SETTINGS = TournamentSettings(("boulware", "tit-for-tat", "random"), repetitions=40, seed=4,
                              session=SessionSettings(rounds=20))


def test_the_default_database_lives_in_the_data_dir(tmp_path: Path):
    assert database_url() == f"sqlite:///{tmp_path / 'zopa-data' / 'zopa.db'}"


def test_the_migration_creates_and_drops_the_tables(tmp_path: Path):
    db = connect(f"sqlite:///{tmp_path}/m.db")
    assert {"runs", "run_scenarios", "run_sessions"} <= set(inspect(db.engine).get_table_names())
    from alembic import command
    from alembic.config import Config

    from zopa.store import db as dbmod

    config = Config()
    config.set_main_option("script_location", str(dbmod._MIGRATIONS))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert "runs" not in inspect(db.engine).get_table_names()
    db.dispose()


def test_a_run_is_stored_and_read_back(tmp_path: Path):
    db = connect()
    run_id, result = record_tournament(db, SCENARIOS, SETTINGS)
    info = get_run(db, run_id)
    assert info.status == "finished"
    assert info.stored == info.planned == len(result) == 240
    assert info.settings["strategies"] == list(SETTINGS.strategies)
    assert info.seed == 4
    assert info.scenarios[0][0] == SCENARIOS[0].name
    assert len(info.scenarios[0][1]) == 64
    assert [r.id for r in list_runs(db)] == [run_id]
    rows = list(run_sessions(db, run_id))
    assert [r["seed"] for r in rows] == [r.seed for r in result.results()]
    first = result.results()[0]
    assert rows[0]["agreement"] == (dict(first.agreement) if first.agreement else None)
    assert rows[0]["utilities"] == list(first.utilities)
    assert run_summary(db, run_id) == list(result.summary)
    with pytest.raises(KeyError):
        get_run(db, run_id + 1)
    db.dispose()


def test_export_to_csv_and_parquet(tmp_path: Path):
    db = connect()
    run_id, result = record_tournament(db, SCENARIOS, SETTINGS)
    assert export_run(db, run_id, tmp_path / "out.csv") == len(result)
    with open(tmp_path / "out.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(result)
    assert json.loads(rows[0]["strategies"]) == [
        "boulware", "tit-for-tat"]
    pq = pytest.importorskip("pyarrow.parquet")
    assert export_run(db, run_id, tmp_path / "out.parquet") == len(result)
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.num_rows == len(result)
    assert "welfare" in table.column_names
    with pytest.raises(ValueError, match=r"csv or \.parquet"):
        export_run(db, run_id, tmp_path / "out.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    db.dispose()


def test_an_interrupted_run_keeps_the_finished_sessions():
    db = connect()
    calls = []

    def stop(done: int, planned: int) -> None:
        calls.append(done)
        if len(calls) == 3:
            raise KeyboardInterrupt

    with pytest.raises(RunInterrupted) as stopped:
        record_tournament(db, SCENARIOS, SETTINGS, on_progress=stop)
    info = get_run(db, stopped.value.run_id)
    assert info.status == "interrupted"
    assert info.stored == calls[-1] == stopped.value.stored
    assert 0 < info.stored < info.planned
    assert len(list(run_sessions(db, info.id))) == info.stored
    db.dispose()


def test_ctrl_c_on_the_command_line_keeps_what_was_finished(tmp_path: Path):
    scenario = tmp_path / "s.yaml"
    scenario.write_text(dump_scenario(SCENARIOS[0]))
    process = zopa_process(["tournament", str(scenario), "-s", "tit-for-tat,frequency",
                            "-n", "100000", "--rounds", "50"],
                           env={"ZOPA_DATA_DIR": str(tmp_path / "zopa-data")})
    path = tmp_path / "zopa-data" / "zopa.db"
    deadline = time.monotonic() + 60
    db = None
    while time.monotonic() < deadline:
        time.sleep(0.2)
        if db is None and path.exists():
            db = connect(f"sqlite:///{path}", migrate=False)
        if db is not None and "runs" in inspect(db.engine).get_table_names():
            runs = list_runs(db)
            if runs and runs[0].stored > 0:
                break
    assert db is not None
    process.send_signal(signal.SIGINT)
    _, err = communicate(process, 60)  # on a hang: the child's stacks, not a bare timeout
    assert process.returncode == 130, err
    info = list_runs(db)[0]
    assert info.status == "interrupted"
    assert 0 < info.stored < info.planned
    assert f"run {info.id} keeps" in err
    db.dispose()
