"""What the web benchmarks share: a case library in a temporary SQLite file with the March
2022 example in it, behind FastAPI's in-process client."""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def example_case(name: str = "ukraine-russia-2022-03") -> Iterator[tuple[Any, int]]:
    """The API client and the id of a new case holding the bundled example ``name``."""
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

    from zopa.store.db import connect
    from zopa.web import create_app

    folder = Path(tempfile.mkdtemp(prefix="zopa-bench-"))
    db = connect(f"sqlite:///{folder / 'zopa.db'}")
    try:
        client = TestClient(create_app(db))
        yield client, client.post("/api/examples", json={"name": name}).json()["case_id"]
    finally:
        db.dispose()
