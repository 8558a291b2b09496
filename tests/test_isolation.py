"""The tests never write to the user's data folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from zopa.store.db import database_url, default_data_dir


def test_the_default_database_is_in_a_temporary_folder():
    folder = default_data_dir()
    assert folder.resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert "zopa-test-data-" in str(folder)
    assert "ZOPA_DATABASE_URL" not in os.environ
    assert database_url() == f"sqlite:///{folder / 'zopa.db'}"
