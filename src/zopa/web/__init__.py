"""The analyst's workbench: a web app (FastAPI, Jinja2, HTMX, Plotly) over the case
library, started by ``zopa serve``. Every page is also a JSON API under ``/api``.

Needs the ``web`` extra. Every asset is served by the app itself (htmx vendored in
``static/vendor``, plotly.js from the ``plotly`` package): nothing is fetched from a network.
"""

from .app import WebSettings, create_app, is_loopback

__all__ = ["WebSettings", "create_app", "is_loopback"]
