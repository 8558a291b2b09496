"""Shared fixtures: the bundled examples and a few hand-checked scenarios.

Nothing the tests write reaches the user's data folder: for the whole session
``ZOPA_DATA_DIR`` (where the default database lives) points into a temporary folder and
``ZOPA_DATABASE_URL`` is unset, before any test runs.

Hypothesis draws its examples from a seed derived from each test under CI (the ``ci``
profile: every run tests the same examples, so a result never depends on the run), and
afresh on every run elsewhere (``explore``), where a rare failure is a finding to fix.
``ZOPA_HYPOTHESIS=ci|explore`` chooses.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(
    os.environ.get("ZOPA_HYPOTHESIS", "ci" if os.environ.get("CI") else "explore"))

DATA = Path(__file__).parent / "data"
_PRIVATE: dict[str, str] = {}


def pytest_configure(config: pytest.Config) -> None:
    folder = tempfile.mkdtemp(prefix="zopa-test-data-")
    _PRIVATE["folder"] = folder
    for name in ("ZOPA_DATA_DIR", "ZOPA_DATABASE_URL"):
        if name in os.environ:
            _PRIVATE[f"saved:{name}"] = os.environ[name]
    os.environ["ZOPA_DATA_DIR"] = folder
    os.environ.pop("ZOPA_DATABASE_URL", None)


def pytest_unconfigure(config: pytest.Config) -> None:
    for name in ("ZOPA_DATA_DIR", "ZOPA_DATABASE_URL"):
        saved = _PRIVATE.pop(f"saved:{name}", None)
        if saved is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = saved
    folder = _PRIVATE.pop("folder", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def data_dir() -> Path:
    return DATA
