"""The workbench's conflict page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from zopa.store.db import connect
from zopa.web import create_app

DATA = Path(__file__).resolve().parent.parent / "data" / "conflict"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    db = connect(f"sqlite:///{tmp_path / 'zopa.db'}")
    with TestClient(create_app(db)) as test_client:
        yield test_client
    db.dispose()


def test_form_page(client: TestClient) -> None:
    page = client.get("/conflict")
    assert page.status_code == 200 and 'id="conflict-form"' in page.text


@pytest.mark.parametrize("name", ["syria-iraq-1975.yaml", "syria-iraq-1975.gmcr"])
def test_upload_shows_equilibria_graph_and_paths(client: TestClient, name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    page = client.post("/conflict", files={"file": (name, text)})
    assert page.status_code == 200
    assert 'id="chart-conflict-graph"' in page.text
    assert 'id="chart-conflict-equilibria"' in page.text
    assert "NNN, NYY" in page.text            # the GMR equilibria
    if name.endswith(".yaml"):
        assert 'id="chart-conflict-paths"' in page.text
        assert "Iraq moves NNN -&gt; NNY" in page.text


def test_pasted_text_and_errors(client: TestClient) -> None:
    text = (DATA / "prisoners-dilemma.yaml").read_text(encoding="utf-8")
    assert client.post("/conflict", data={"text": text}).status_code == 200
    bad = client.post("/conflict", data={"text": text.replace("[b_coop, -a_coop]",
                                                              "[c_coop]")})
    assert bad.status_code == 422
    assert "pasted text:11" in bad.text and "c_coop" in bad.text
    assert client.post("/conflict", data={"text": ""}).status_code == 422
