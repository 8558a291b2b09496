"""The plotly.js that zopa's pages carry: the vendored cartesian partial bundle
(``vendor/plotly-cartesian.min.js``, plotly.js 4.1.1, MIT licence; see
``vendor/README.md``), a third of the full plotly.js, which holds every trace type the
report, the conflict report, the forecast page and the workbench draw.

>>> "violin" in TRACE_TYPES and "table" not in TRACE_TYPES
True
>>> bundle_version()
'4.1.1'
>>> script_code("a = '</script>'; // <!--")
"a = '<\\\\/script>'; // <\\\\!--"
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

#: The vendored bundle's file.
BUNDLE = Path(__file__).resolve().parent / "vendor" / "plotly-cartesian.min.js"

#: The trace types the bundle holds (its package's README).
TRACE_TYPES = frozenset({
    "bar", "box", "contour", "heatmap", "histogram", "histogram2d", "histogram2dcontour",
    "image", "pie", "scatter", "scatterternary", "violin",
})


@cache
def bundle_code() -> str:
    """The bundle's JavaScript."""
    return BUNDLE.read_text(encoding="utf-8")


def bundle_version() -> str:
    """The plotly.js version the bundle's header names."""
    head = bundle_code()[:200]
    found = re.search(r"plotly\.js \(cartesian - minified\) v(\S+)", head)
    if found is None:  # pragma: no cover - the vendored file is fixed
        raise RuntimeError(f"{BUNDLE} names no plotly.js version")
    return found.group(1)


@cache
def bundle_script() -> str:
    """The bundle as it goes inside a ``<script>`` element (:func:`script_code`)."""
    return script_code(bundle_code())


def script_code(text: str) -> str:
    """JavaScript that is safe inside a ``<script>`` element: only a closing script tag
    (or a comment opener) would end or confuse it, and plotly.js has them only in
    strings, where the escaped form means the same."""
    text = re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)
    return text.replace("<!--", "<\\!--")
