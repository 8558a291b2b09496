"""The report in a real browser: Debian's headless Chromium, driven by Playwright, opens the
file offline, and every chart must render (no script error, plot elements present, no
request beyond the file itself). A screenshot goes to ``test-artifacts/report.png``.

``scripts/install-chromium.sh`` (run by ``make test``) installs the browser;
``playwright install`` cannot download browsers here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zopa.examples import load_example
from zopa.render.report import write_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

#: For each chart, a selector of the elements plotly draws for its data.
DRAWN = {
    "preferences": ".heatmaplayer image, .hm image",
    "frontier": ".scatterlayer .trace .point, .scatterlayer .trace path.js-line",
    "concessions": ".barlayer .point",
    "adjusted-winner": ".barlayer .point",
    "sensitivity": ".barlayer .point",
    "solutions": ".barlayer .point",
    "nash-spread": ".violinlayer .trace path",
    "forecast-trajectories": ".scatterlayer .trace path.js-line, .scatterlayer .trace .point",
    "forecast-map": ".scatterlayer .trace .point",
}


@pytest.mark.skipif(not CHROMIUM.exists(),
                    reason="Debian's Chromium is missing: run scripts/install-chromium.sh")
def test_report_renders_offline_in_chromium(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    report = tmp_path / "report.html"
    write_report(load_example(), report, samples=500, seed=1)
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
            page.on("console", lambda msg: errors.append(f"console: {msg.text}")
                    if msg.type == "error" else None)
            page.on("request", lambda request: requests.append(request.url))
            page.goto(report.as_uri())
            page.wait_for_function("window.zopaCharts && window.zopaCharts.done",
                                   timeout=60_000)
            state = page.evaluate("window.zopaCharts")
            drawn = {name: page.locator(f"#chart-{name} .main-svg").count() for name in DRAWN}
            marks = {name: page.locator(f"#chart-{name} :is({selector})").count()
                     for name, selector in DRAWN.items()}
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
        finally:
            browser.close()
    assert errors == []
    assert state["errors"] == []
    assert state["rendered"] == state["expected"] == len(DRAWN)
    assert all(n > 0 for n in drawn.values()), drawn
    assert all(n > 0 for n in marks.values()), marks
    assert requests == [report.as_uri()]
    assert (ARTIFACTS / "report.png").stat().st_size > 50_000
