"""Interrupts that always land: SIGINT, SIGTERM, SIGHUP, a double Ctrl-C, a signal during
the imports and a database another connection keeps locked each end a tournament within
seconds, with the signal's status, the run marked ``interrupted`` and its finished
sessions kept."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect

from tests._process import SRC, communicate, zopa_process
from zopa.scenario import dump_scenario
from zopa.simulate.generate import random_scenario
from zopa.store.db import Database, connect
from zopa.store.runs import RunInfo, list_runs

SCENARIO = random_scenario(issues=3, options=4, seed=1, reservation=0.2)
#: An interrupt must end the command within this many seconds (the issue's promise).
PROMPT = 5.0


def _start(tmp_path: Path) -> tuple[object, Path]:
    scenario = tmp_path / "s.yaml"
    scenario.write_text(dump_scenario(SCENARIO))
    process = zopa_process(["tournament", str(scenario), "-s", "tit-for-tat,frequency",
                            "-n", "100000", "--rounds", "50"],
                           env={"ZOPA_DATA_DIR": str(tmp_path / "data"),
                                "ZOPA_DATABASE_URL": ""})
    return process, tmp_path / "data" / "zopa.db"


def _wait_for_sessions(path: Path, process: object) -> Database:
    deadline = time.monotonic() + 60
    db = None
    while time.monotonic() < deadline:
        time.sleep(0.1)
        if db is None and path.exists():
            db = connect(f"sqlite:///{path}", migrate=False)
        if db is not None and "runs" in inspect(db.engine).get_table_names():
            runs = list_runs(db)
            if runs and runs[0].stored > 0:
                return db
    communicate(process, 0.1)  # type: ignore[arg-type]
    raise AssertionError("the tournament stored nothing within 60 s")


def _interrupted(db: Database) -> RunInfo:
    info = list_runs(db)[0]
    db.dispose()
    return info


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143),
                                                (signal.SIGHUP, 129)])
def test_a_signal_ends_the_tournament_and_marks_the_run(tmp_path: Path, signum: int,
                                                          status: int):
    process, path = _start(tmp_path)
    db = _wait_for_sessions(path, process)
    sent = time.monotonic()
    process.send_signal(signum)  # type: ignore[attr-defined]
    _, err = communicate(process, 30)  # type: ignore[arg-type]
    took = time.monotonic() - sent
    assert process.returncode == status, err  # type: ignore[attr-defined]
    assert took < PROMPT, took
    info = _interrupted(db)
    assert info.status == "interrupted"
    assert 0 < info.stored < info.planned
    assert "Traceback" not in err and f"run {info.id} keeps" in err


def test_a_double_ctrl_c_still_marks_the_run(tmp_path: Path):
    process, path = _start(tmp_path)
    db = _wait_for_sessions(path, process)
    for _ in range(2):
        process.send_signal(signal.SIGINT)  # type: ignore[attr-defined]
        time.sleep(0.005)
    _, err = communicate(process, 30)  # type: ignore[arg-type]
    assert process.returncode == 130, err  # type: ignore[attr-defined]
    assert _interrupted(db).status == "interrupted"
    assert "Traceback" not in err


def test_an_interrupt_lands_while_another_connection_holds_the_lock(tmp_path: Path):
    process, path = _start(tmp_path)
    db = _wait_for_sessions(path, process)
    holder = sqlite3.connect(path, timeout=30, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the write lock, held until released below
    try:
        time.sleep(0.5)  # the tournament now waits for the lock to store its next task
        sent = time.monotonic()
        process.send_signal(signal.SIGINT)  # type: ignore[attr-defined]
        _, err = communicate(process, 30)  # type: ignore[arg-type]
        took = time.monotonic() - sent
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert process.returncode == 130, err  # type: ignore[attr-defined]
    assert took < PROMPT, took
    assert "Traceback" not in err
    # The lock was never released: the run could not be marked, and the message says so.
    assert "locked" in err
    assert _interrupted(db).stored > 0


_EARLY = """
import os, signal, sys
signum, delay = int(sys.argv[1]), float(sys.argv[2])
# An alarm, not a timer thread: starting a thread could itself be where the signal lands.
signal.signal(signal.SIGALRM, lambda *_: os.kill(os.getpid(), signum))
signal.setitimer(signal.ITIMER_REAL, delay)
sys.argv[1:] = ["analyze"]
from zopa.cli import main
main()
"""


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143),
                                                (signal.SIGHUP, 129)])
@pytest.mark.parametrize("delay", [0.01, 0.03, 0.08])
def test_a_signal_during_the_imports_exits_quietly(signum: int, status: int, delay: float):
    # The signal comes from an alarm set just before ``import zopa``: it lands in the
    # imports (or, on a fast machine, in the command): either way no traceback.
    process = subprocess.Popen([sys.executable, "-c", _EARLY, str(int(signum)), str(delay)],
                               env={**os.environ, "PYTHONPATH": SRC, "PYTHONFAULTHANDLER": "1"},
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, err = communicate(process, 30)
    if "Traceback" in err and "zopa" not in err:
        pytest.skip("the signal landed in the test's own script, before zopa started")
    # On a loaded machine the alarm may fire before Python has run any of zopa: then the
    # signal's default action ends the process, quietly too (the shell shows 128 + signal).
    assert process.returncode in (status, -signum), err
    assert "Traceback" not in err, err


def test_sigterm_stops_the_workbench_at_once(tmp_path: Path):
    import socket
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = zopa_process(["serve", "--port", str(port)],
                           env={"ZOPA_DATA_DIR": str(tmp_path / "data"),
                                "ZOPA_DATABASE_URL": ""})
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/examples", timeout=2):
                break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                communicate(process, 1)
                raise AssertionError("the workbench did not start") from None
            time.sleep(0.2)
    sent = time.monotonic()
    process.send_signal(signal.SIGTERM)
    _, err = communicate(process, 30)
    assert time.monotonic() - sent < PROMPT
    assert process.returncode in (0, 143), err  # a server's clean shutdown, or the signal's
    assert "Traceback" not in err


_SWALLOWED = """
import sys, types
import zopa
from zopa._quiet import exit_if_swallowed
# The quiet imports are over: the hook is Python's again, and ours keeps what it is handed.
assert sys.unraisablehook is not zopa._swallowed
zopa._swallowed(types.SimpleNamespace(exc_value=SystemExit(143)))  # as during the imports
exit_if_swallowed()
print("ran on")
"""


def test_a_stop_signal_python_swallows_still_ends_the_run() -> None:
    # A signal whose handler runs inside a weakref callback of the import system raises
    # its SystemExit where Python can only print "Exception ignored in ..." and go on.
    done = subprocess.run([sys.executable, "-c", _SWALLOWED], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": SRC}, timeout=60)
    assert done.returncode == 143, done.stderr
    assert "Traceback" not in done.stderr and "ran on" not in done.stdout
