"""Waiting on a child process without ever hanging the suite: on a timeout the child's
stacks are dumped (``faulthandler``, enabled in it by ``PYTHONFAULTHANDLER``) and shown in
the failure, so a future hang says where it stood."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")


def zopa_process(args: Sequence[str], env: Mapping[str, str] | None = None
                 ) -> subprocess.Popen[str]:
    """``zopa ARGS`` as the console script runs it, in a child with faulthandler on."""
    environment = {**os.environ, **(env or {}), "PYTHONFAULTHANDLER": "1"}
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (SRC, environment.get("PYTHONPATH", "")) if p)
    return subprocess.Popen([sys.executable, "-c", "from zopa.cli import main; main()",
                             *args], env=environment, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def communicate(process: subprocess.Popen[str], timeout: float) -> tuple[str, str]:
    """The child's output once it ends; after ``timeout`` seconds, its stacks and a
    failure instead of a hang."""
    try:
        return process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)  # faulthandler prints every thread's stack
        try:
            _, err = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            _, err = process.communicate()
        pytest.fail(f"the process did not end within {timeout} s; its stacks:\n{err[-6000:]}")
