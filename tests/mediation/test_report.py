"""The HTML report: one self-contained file, every section present, the same file for the
same input and seed, and scenarios of other shapes (an agreement, three parties, no
concession that helps)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zopa.examples import load_example
from zopa.render.report import build_report, write_report
from zopa.scenario import parse_scenario

from .oracle import LOGROLL

SECTIONS = ["assumptions", "brief", "preferences", "space", "concessions", "adjusted-winner",
            "single-text", "trades", "sensitivity", "glossary"]


@pytest.fixture(scope="module")
def march_html() -> str:
    return build_report(load_example(), samples=300, seed=1)


def test_every_section_is_there(march_html: str) -> None:
    for section in SECTIONS:
        assert re.search(f'<section id="{section}"[ >]', march_html), section
    # Every section opens with a plain sentence.
    for section in re.findall(r"<section id=[^>]*>\s*<h2>[^<]*</h2>\s*(<[a-z]+[^>]*>)",
                              march_html):
        assert 'class="lead' in section, section
    # The assumptions come first, the glossary last, with its definitions.
    assert march_html.index('id="assumptions"') < march_html.index('id="brief"')
    assert "9 uncertain numbers (written as intervals) are read at their midpoints" in march_html
    assert "<dt>reservation</dt><dd>What a party gets if there is no deal" in march_html
    charts = re.findall(r'<div class="chart" id="chart-([a-z-]+)"', march_html)
    assert charts == ["preferences", "frontier", "concessions", "adjusted-winner",
                      "sensitivity", "solutions", "nash-spread", "forecast-trajectories",
                      "forecast-map"]
    for name in charts:
        assert f'id="chart-{name}-data"' in march_html
    assert "No agreement is possible as things stand: Status of the Donetsk" in march_html
    assert "Assuming the first minimal concession (russia#0 + russia#1)" in march_html
    assert "If Russia dropped russia#0" in march_html


def test_self_contained(march_html: str) -> None:
    assert len(march_html.encode()) < 10 * 2**20
    assert "<link" not in march_html
    assert not re.search(r"<script[^>]+src=", march_html)
    assert not re.search(r"<img[^>]+src=\"?https?:", march_html)
    assert "@import" not in march_html
    # plotly.js itself (the cartesian partial bundle) is inlined.
    assert "Plotly.newPlot" in march_html
    assert len(march_html) > 1_000_000
    # Nothing in a script element closes it early: every script runs to its own end tag.
    assert march_html.count("<script") == march_html.lower().count("</script>")
    bodies = re.findall(r"<script>(.*?)</script>", march_html, flags=re.S)
    assert max(len(b) for b in bodies) > 1_000_000


def test_same_input_same_file(march_html: str) -> None:
    assert build_report(load_example(), samples=300, seed=1) == march_html


def test_text_is_escaped() -> None:
    data = parse_scenario(LOGROLL).to_dict()
    data["name"] = "<script>alert(1)</script> & co"
    html = build_report(parse_scenario(data), samples=50)
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html


def test_scenario_with_an_agreement() -> None:
    html = build_report(parse_scenario(LOGROLL), samples=50)
    assert "An agreement is possible" in html
    assert '<section id="concessions">' not in html
    assert "Solution packages" in html


THREE = """
zopa: 1
parties: [{id: a}, {id: b}, {id: c, reservation: 0.2}]
issues:
  - {id: x, options: [o1, o2, o3]}
  - {id: y, range: {min: 0, max: 100, step: 5}}
preferences:
  a: {weights: {x: 1, y: [1, 2]}, values: {x: {o1: 1, o2: 0.5}, y: {points: [[0, 0], [100, 1]]}}}
  b: {weights: {x: 2, y: 1}, values: {x: {o3: 1, o2: 0.6}, y: {points: [[0, 1], [100, 0]]}}}
  c: {weights: {x: 1}, values: {x: {o2: 1, o1: 0.3}}}
"""


def test_three_parties_and_a_wide_numeric_issue() -> None:
    html = build_report(parse_scenario(THREE), samples=50)
    assert '<section id="adjusted-winner">' not in html
    assert "first two" not in html
    assert "Utility space: each pair of the 3 parties" in html
    # The interval weight is stated; c's reservation is a line, the others' too.
    assert "1 uncertain number (written as intervals) is read at its midpoint" in html
    # What a chart leaves out is stated with the assumptions.
    assert "The preferences chart shows 12 of the 21 options of y, evenly spread." in html


def test_a_disabled_red_line_is_stated_at_the_top() -> None:
    data = parse_scenario(LOGROLL).to_dict()
    party = next(iter(data["preferences"]))
    data["preferences"][party]["red_lines"] = [
        {"forbid": {data["issues"][0]["id"]: [data["issues"][0]["options"][0]["id"]]},
         "disabled": True, "id": "first-option", "label": "Never the first option"}]
    html = build_report(parse_scenario(data), samples=50)
    top = html.split('id="brief"')[0]
    assert (f"{party}#0 &#39;Never the first option&#39; is switched off (disabled: true)"
            in top)
    assert "given the red lines set aside (see the assumptions)" in html


HOPELESS = """
zopa: 1
parties: [{id: p, reservation: 0.9}, {id: q, reservation: 0.9}]
issues: [{id: x, options: [a, b]}]
preferences:
  p: {weights: {x: 1}, values: {x: {a: 1, b: 0}}, red_lines: [{forbid: {x: [b]}}]}
  q: {weights: {x: 1}, values: {x: {a: 0, b: 1}}}
"""


def test_no_concession_helps() -> None:
    html = build_report(parse_scenario(HOPELESS), samples=50)
    assert "there is no first draft to write" in html
    assert "None: dropping up to that many red lines is not enough" in html


def test_write_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old")
    size = write_report(parse_scenario(LOGROLL), target, samples=20)
    assert target.stat().st_size == size
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]
    with pytest.raises(FileNotFoundError):
        write_report(parse_scenario(LOGROLL), tmp_path / "missing" / "r.html", samples=20)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_a_shared_script_makes_a_small_file(tmp_path: Path) -> None:
    inline = write_report(load_example(), tmp_path / "inline.html", samples=50)
    shared = write_report(load_example(), tmp_path / "shared.html", samples=50,
                          shared_script=True)
    html = (tmp_path / "shared.html").read_text()
    assert '<script src="plotly.min.js"></script>' in html
    assert (tmp_path / "plotly.min.js").stat().st_size > 1_000_000
    assert shared < inline / 5
