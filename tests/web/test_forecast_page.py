"""The forecast on the workbench's case page: a fragment fetched after the page loads."""

from __future__ import annotations

from fastapi.testclient import TestClient

from .test_pages import chart, start


def test_case_page_fetches_the_forecast(client: TestClient) -> None:
    case_id = start(client)
    page = client.get(f"/cases/{case_id}").text
    assert f'hx-get="/cases/{case_id}/forecast?version=1"' in page
    fragment = client.get(f"/cases/{case_id}/forecast?version=1")
    assert fragment.status_code == 200
    html = fragment.text
    assert "<html" not in html and '<section id="forecast">' in html
    assert "Who must move" in html and "Status of Crimea" in html
    trajectories = chart(html, "forecast-trajectories")
    assert len(trajectories["data"]) == 6 * 6      # six actors on six issues
    assert chart(html, "forecast-map")["data"]


def test_unknown_case_is_404(client: TestClient) -> None:
    assert client.get("/cases/999/forecast").status_code == 404
