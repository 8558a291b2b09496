"""The report as PDF, printed on A4 by a real browser: Chromium, driven by Playwright.

Why Chromium and not WeasyPrint: the report's charts are drawn by plotly.js when the page
loads, and WeasyPrint runs no JavaScript, so its PDF would have every chart blank. Chromium
prints exactly what the browser shows, with the report's print stylesheet (``@page`` A4,
no navigation bar, sections that break where they may).

The page is laid out at the printed width of an A4 sheet (210 mm less the stylesheet's
12 mm margins: 703 CSS pixels) before the charts are drawn, so that plotly sizes every
chart to the printed width; the PDF is printed once every
chart reports itself drawn (``window.zopaCharts.done``).

The browser is Debian's ``/usr/bin/chromium`` unless ``ZOPA_CHROMIUM`` names another; when
neither Playwright nor a Chromium is there, :class:`RendererMissing` says what to install.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

__all__ = ["A4_WIDTH", "RendererMissing", "chromium_path", "report_pdf"]

#: The printed width of an A4 sheet in CSS pixels: 186 mm (210 mm less two 12 mm margins,
#: the report's ``@page``) at 96 px per inch.
A4_WIDTH = 703
_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


class RendererMissing(RuntimeError):
    """No PDF renderer is installed; the message says what to install."""


def chromium_path() -> Path | None:
    """The Chromium to print with: ``ZOPA_CHROMIUM``, else ``/usr/bin/chromium``, else the
    first ``chromium`` or ``chromium-browser`` on the PATH (``None``: none found)."""
    named = os.environ.get("ZOPA_CHROMIUM")
    candidates = [named] if named else []
    candidates += ["/usr/bin/chromium", shutil.which("chromium") or "",
                   shutil.which("chromium-browser") or ""]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def report_pdf(html: str, *, timeout: float = 60.0) -> bytes:
    """Print the HTML report to PDF on A4 pages. Raises :class:`RendererMissing` when
    Playwright or Chromium is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise RendererMissing(
            "PDF reports need Playwright and Chromium: pip install 'zopa[pdf]' and install "
            "Chromium (apt install chromium), or download the HTML report and print it from "
            "a browser") from None
    browser_path = chromium_path()
    if browser_path is None:
        raise RendererMissing(
            "PDF reports need Chromium: apt install chromium (or set ZOPA_CHROMIUM to a "
            "Chromium executable); the HTML report prints on A4 from any browser meanwhile")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(browser_path), args=_ARGS)
        try:
            page = browser.new_page(viewport={"width": A4_WIDTH, "height": 1123})
            page.emulate_media(media="print")
            page.set_content(html, wait_until="load", timeout=timeout * 1000)
            page.wait_for_function("window.zopaCharts && window.zopaCharts.done",
                                   timeout=timeout * 1000)
            data: bytes = page.pdf(format="A4", print_background=True,
                                   prefer_css_page_size=True)
        finally:
            browser.close()
    return data
