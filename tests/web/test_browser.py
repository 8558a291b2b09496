"""The workbench in a real browser (Playwright driving Debian's Chromium): the analyst's
path through the March 2022 example. Screenshots go to ``test-artifacts/``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import ARTIFACTS

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
                                reason="Chromium is installed by scripts/install-chromium.sh")


@pytest.fixture
def page(live_server: str):  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(20_000)
        requested: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: requested.append(r.url))
        page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
        page.on("console", lambda msg: errors.append(f"console: {msg.text} at {page.url}")
                if msg.type == "error" and not _expected(msg) else None)
        page.requested = requested  # type: ignore[attr-defined]
        page.errors = errors  # type: ignore[attr-defined]
        yield page
        context.close()
        browser.close()


def _expected(msg) -> bool:  # type: ignore[no-untyped-def]
    """Console errors that are not the app's: the browser's own request for
    /favicon.ico (the app has none), and htmx reporting a what-if refresh it aborted
    because a newer request on the same form replaced it (``hx-sync="this:replace"``;
    a failed request would show as ``htmx:responseError``)."""
    text: str = msg.text
    return (msg.location.get("url", "").endswith("/favicon.ico")
            or text.startswith(("htmx:sendAbort", "htmx:afterRequest")))


def shot(page, name: str) -> Path:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"web-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def status(page, issue: str) -> str:  # type: ignore[no-untyped-def]
    text: str = page.locator(f"#issues tr[data-issue='{issue}'] .status").inner_text()
    return text


def test_march_2022_case_whatif_and_timeline(page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    # The library: start a case from the bundled March 2022 example.
    page.goto(live_server + "/")
    page.select_option("#example-select", "ukraine-russia-2022-03")
    page.click("#example-button")
    page.wait_for_url("**/cases/1")
    expect(page.locator("#issues tr[data-issue='crimea'] .status")).to_have_text("blocked")
    assert status(page, "donbas") == "blocked"
    assert status(page, "neutrality") == "open"
    expect(page.locator("#chart-frontier.drawn .main-svg").first).to_be_visible()
    expect(page.locator("#chart-preferences.drawn .main-svg").first).to_be_visible()
    # The mediation results arrive after the page: the report's sections and charts.
    slot = page.locator("#mediation-slot")
    expect(slot.locator("#adjusted-winner-table")).to_contain_text("blocked")
    expect(slot.locator("#draft-1")).to_contain_text("Draft 1")
    expect(slot).to_contain_text("Assuming the first minimal concession (russia#0 + russia#1)")
    for name in ("adjusted-winner", "sensitivity", "solutions", "nash-spread"):
        expect(slot.locator(f"#chart-{name}.drawn .main-svg").first).to_be_visible()
    # So does the forecast, with its two charts.
    outlook = page.locator("#forecast-slot")
    expect(outlook).to_contain_text("Who must move")
    for name in ("forecast-trajectories", "forecast-map"):
        expect(outlook.locator(f"#chart-{name}.drawn .main-svg").first).to_be_visible()
    charts = page.evaluate("window.zopaCharts")
    assert charts["errors"] == []
    # 6, the forecast's two and the statements timeline
    assert charts["rendered"] == charts["expected"] == 9
    shot(page, "1-case-blocked")

    # What-if: switch off Russia's red line on Crimea; the issue opens, nothing is saved.
    page.click("#nav-whatif")
    page.wait_for_url("**/cases/1/whatif*")
    page.uncheck("#rl-russia-0")
    expect(page.locator("#issues tr[data-issue='crimea'] .status")).to_have_text("open")
    assert status(page, "donbas") == "blocked"
    expect(page.locator("#whatif-summary")).to_contain_text("russia#0")
    # The swapped fragment's charts are drawn too.
    expect(page.locator("#analysis #chart-frontier.drawn .main-svg").first).to_be_visible()
    expect(page.locator("#analysis #chart-preferences.drawn .main-svg").first).to_be_visible()
    shot(page, "2-whatif-crimea-open")
    page.goto(live_server + "/cases/1")
    assert status(page, "crimea") == "blocked"
    expect(page.locator("#mediation-slot #adjusted-winner-table")).to_be_visible()

    # Save the what-if as version 2; the case page then shows Crimea open.
    page.goto(live_server + "/cases/1/whatif")
    page.uncheck("#rl-russia-0")
    expect(page.locator("#issues tr[data-issue='crimea'] .status")).to_have_text("open")
    page.fill("input[name=note]", "what if Russia dropped its Crimea red line")
    page.click("#whatif-save")
    page.wait_for_url("**/cases/1?version=2")
    assert status(page, "crimea") == "open"
    expect(page.locator("#version-line")).to_contain_text("Version 2 of 2")
    expect(page.locator("#mediation-slot #adjusted-winner-table")).to_be_visible()

    # History: the timeline chart and the difference between the versions.
    page.click("#nav-history")
    page.wait_for_url("**/cases/1/history")
    expect(page.locator("#chart-timeline.drawn .main-svg").first).to_be_visible()
    expect(page.locator("#versions tr[data-version]")).to_have_count(2)
    expect(page.locator("#diff")).to_contain_text("red line switched off: crimea")
    shot(page, "3-history-timeline")

    # Every asset came from the app itself; no script failed.
    outside = [u for u in page.requested if not u.startswith(live_server)
               and not u.startswith(("data:", "blob:"))]
    assert outside == []
    assert page.errors == [], page.errors


def test_editor_shows_errors_in_place_and_saves_nothing(page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto(live_server + "/")
    page.select_option("#example-select", "ukraine-russia-2022-03")
    page.click("#example-button")
    page.wait_for_url("**/cases/1")
    page.click("#nav-edit")
    page.fill("#scenario-form input[name='w-0-0']", "-5")
    page.click("#scenario-form button[value=save]")
    expect(page.locator("#form-error")).to_contain_text("preferences.ukraine.weights")
    expect(page.locator("[data-error-for='w-0-0']")).to_be_visible()
    shot(page, "4-editor-error")
    page.fill("#yaml-text", "zopa: 1\nparties: [}")
    page.click("#yaml-form button[value=save]")
    expect(page.locator("#yaml-error")).to_contain_text("invalid YAML")
    page.goto(live_server + "/cases/1/history")
    expect(page.locator("#versions tr[data-version]")).to_have_count(1)
