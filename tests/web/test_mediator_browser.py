"""What reaches the mediator, replayed in Chromium (issue 12's stories): Adjusted Winner
within the red lines, a what-if that keeps the intervals, a disabled red line stated at the
top, the Nile report with all three parties, and the report downloaded from the workbench
and printed on A4. Screenshots go to ``test-artifacts/``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from zopa.scenario import parse_scenario

from . import test_browser
from .conftest import ARTIFACTS
from .test_browser import CHROMIUM, shot

page = test_browser.page  # the browser fixture

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Chromium is installed by scripts/install-chromium.sh")]

#: A case of the analyst's own: reservations as intervals, two red lines, one of them off.
INTERVALS = """\
zopa: 1
name: Intervals kept
parties:
  - id: north
    name: North
    reservation: [0.25, 0.40]
  - id: south
    name: South
    reservation: 0.2
issues:
  - id: border
    options: [north-line, middle-line, south-line]
  - id: water
    options: [north-share, even, south-share]
preferences:
  north:
    weights: {border: [50, 70], water: 40}
    values:
      border: {north-line: 1, middle-line: 0.5, south-line: 0}
      water: {north-share: 1, even: 0.6, south-share: 0}
    red_lines:
      - id: no-south-line
        label: The border never runs along the southern line
        forbid: {border: [south-line]}
  south:
    weights: {border: 50, water: 50}
    values:
      border: {north-line: 0, middle-line: 0.5, south-line: 1}
      water: {north-share: 0, even: 0.5, south-share: 1}
    red_lines:
      - forbid: {border: [north-line, middle-line]}
        note: Only the southern line
      - forbid: {water: [north-share]}
        disabled: true
        note: No northern share of the water
"""


def _start(page, live_server: str, text: str) -> int:  # type: ignore[no-untyped-def]
    response = page.request.post(live_server + "/api/cases", data={"scenario": text})
    assert response.status == 201, response.text()
    case_id: int = response.json()["case_id"]
    return case_id


def _example(page, live_server: str, name: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_server + "/")
    page.select_option("#example-select", name)
    page.click("#example-button")
    page.wait_for_url("**/cases/*")


def test_adjusted_winner_respects_the_red_lines(page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    _example(page, live_server, "ukraine-russia-2022-03")
    table = page.locator("#mediation-slot #adjusted-winner-table")
    expect(table).to_be_visible()
    rows = {r.locator("td").nth(0).inner_text(): r.locator("td").nth(3).inner_text()
            for r in table.locator("tr:has(td)").all()}
    assert rows["Status of Crimea"] == "blocked"
    assert rows["Status of the Donetsk and Luhansk regions"] == "blocked"
    assert rows["Neutrality and NATO"] == "settled"
    assert not any(v.startswith("split") for v in rows.values())
    expect(page.locator("#mediation-slot #adjusted-winner")).to_contain_text(
        "Set aside as blocked (no option both sides accept)")
    page.locator("#mediation-slot #adjusted-winner").screenshot(
        path=str(ARTIFACTS / "web-adjusted-winner-red-lines.png"))
    assert page.errors == [], page.errors


def test_whatif_keeps_the_intervals(page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    case_id = _start(page, live_server, INTERVALS)
    # The disabled red line is stated at the top of the case page.
    page.goto(f"{live_server}/cases/{case_id}")
    assumptions = page.locator("#assumptions")
    expect(assumptions).to_contain_text("south#1 is switched off (disabled: true)")
    assert page.locator("#assumptions").bounding_box()["y"] < page.locator(  # type: ignore[index]
        "#issues").bounding_box()["y"]  # type: ignore[index]
    shot(page, "assumptions-disabled-red-line")
    # Untick one red line in the what-if: it shows beside the saved version.
    page.goto(f"{live_server}/cases/{case_id}/whatif")
    page.uncheck("#rl-south-0")
    comparison = page.locator("#whatif-comparison")
    expect(comparison).to_contain_text("Agreement space")
    expect(comparison.locator("tr.changed").first).to_be_visible()
    shot(page, "whatif-beside-baseline")
    page.click("#whatif-save")
    page.wait_for_url(f"**/cases/{case_id}?version=2")
    stored = page.request.get(f"{live_server}/api/cases/{case_id}/versions/2").json()
    before = yaml.safe_load(INTERVALS)
    after = yaml.safe_load(stored["scenario"])
    # The interval stays, and nothing but the unticked red line changed.
    assert after["parties"][0]["reservation"] == [0.25, 0.40]
    assert after["preferences"]["north"]["weights"] == {"border": [50, 70], "water": 40}
    before["preferences"]["south"]["red_lines"][0]["disabled"] = True
    assert parse_scenario(after).to_dict() == parse_scenario(before).to_dict()
    diff = page.request.get(f"{live_server}/api/cases/{case_id}/diff?old=1&new=2").json()
    assert [c["text"] for c in diff["changes"]] == [
        "south: red line switched off: border in [north-line, middle-line]"]
    assert page.errors == [], page.errors


def _pdf_pages(data: bytes) -> list[tuple[float, float]]:
    """The size of every page of a PDF (points), read from its page objects."""
    sizes = []
    for match in re.finditer(rb"/Type\s*/Page[^s].*?/MediaBox\s*\[([^\]]*)\]", data, re.S):
        x0, y0, x1, y1 = (float(v) for v in match.group(1).split())
        sizes.append((x1 - x0, y1 - y0))
    return sizes


def test_nile_report_downloads_and_prints_on_a4(page, live_server: str,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    from playwright.sync_api import expect

    _example(page, live_server, "nile-dam-2021")
    expect(page.locator("#download-html")).to_be_visible()
    with page.expect_download() as html_download:
        page.click("#download-html")
    report = tmp_path / "nile.html"
    html_download.value.save_as(report)
    # The report shows all three parties: one utility panel for each pair.
    page.goto(report.as_uri())
    page.wait_for_function("window.zopaCharts && window.zopaCharts.done", timeout=60_000)
    frontier = page.locator("#chart-frontier")
    for party in ("Ethiopia", "Sudan", "Egypt"):
        expect(frontier).to_contain_text(f"utility of {party}")
    assert "first two" not in page.content()
    page.locator("#space").screenshot(path=str(ARTIFACTS / "report-nile-utility-space.png"))
    page.locator("#glossary").screenshot(path=str(ARTIFACTS / "report-glossary.png"))
    # The PDF, printed by Chromium on A4 pages.
    page.goto(live_server + "/")
    page.goto(page.url)  # back to the workbench
    response = page.request.get(f"{live_server}/cases/1/report?format=pdf", timeout=120_000)
    assert response.status == 200, response.text()[:300]
    assert response.headers["content-type"] == "application/pdf"
    data = response.body()
    (ARTIFACTS / "report-nile.pdf").write_bytes(data)
    sizes = _pdf_pages(data)
    assert len(sizes) >= 3
    assert all(abs(w - 595.92) < 2 and abs(h - 842.88) < 2 for w, h in sizes), sizes
    assert page.errors == [], page.errors


def test_api_docs_are_served_locally(page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto(live_server + "/docs")
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible()
    outside = [u for u in page.requested if not u.startswith(live_server)
               and not u.startswith(("data:", "blob:"))]
    assert outside == []
    shot(page, "api-docs-offline")
