"""In Chromium: paste an article on the case page, accept one proposal, see the new version
with its statement on the timeline. The reader is replaced by a hand-written reading (the
JSON contract of ``zopa read``); the server runs in this process, so the replacement holds.
Screenshots go to ``test-artifacts/``."""

from __future__ import annotations

import pytest

from .test_browser import ARGS, CHROMIUM, shot
from .test_browser import pytestmark as pytestmark  # skipped where Chromium is missing
from .test_statements import READING


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("zopa.web.service.read_article",
                        lambda text, *, file, date: READING)


def test_paste_an_article_and_accept_a_proposal(reader: None, live_server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(20_000)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        try:
            page.goto(live_server + "/")
            page.select_option("#example-select", "ukraine-russia-2022-03")
            page.click("#example-button")
            page.wait_for_url("**/cases/1")
            # The statements behind the red lines, and the timeline of statements.
            expect(page.locator("#bottleneck [data-statement='s3']").first).to_contain_text(
                "Volodymyr Zelensky, President of Ukraine")
            expect(page.locator("#chart-statements.drawn .main-svg").first).to_be_visible()
            expect(page.locator("#statements-table tr[data-statement]")).to_have_count(9)
            # Paste an article: its proposals come back as a list to tick.
            page.get_by_label("Article text").fill("Lavrov said in Antalya ...")
            page.get_by_label("Source name").fill("antalya.txt")
            page.get_by_label("Article date").fill("2022-03-10")
            page.click("#article-propose")
            expect(page.locator("#proposals li[data-proposal]")).to_have_count(3)
            page.get_by_label("p2 red line", exact=False).check()
            shot(page, "statements-1-proposals")
            page.click("#proposals-apply")
            page.wait_for_url("**/cases/1?version=2")
            expect(page.locator("#version-line")).to_contain_text("Version 2 of 2")
            expect(page.locator("#version-line")).to_contain_text(
                "add-statements from antalya.txt: p1 statement, p2 red line")
            row = page.locator("#statements-table tr[data-statement='s10']")
            expect(row).to_contain_text("Sergei Lavrov")
            expect(row.locator("a")).to_have_attribute("href", "/cases/1?version=2")
            # The new red line blocks Crimea too: the bottleneck shows it with its statement.
            expect(page.locator("#bottleneck [data-statement='s10']")).to_contain_text(
                "We will never accept Ukrainian sovereignty there")
            expect(page.locator("#chart-statements.drawn .main-svg").first).to_be_visible()
            shot(page, "statements-2-new-version")
            assert errors == []
        finally:
            browser.close()

