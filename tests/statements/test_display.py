"""The statements behind every red line and blocked issue: the library's lookup, the JSON,
the terminal brief and the HTML report."""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console

from zopa.analysis import analyze, blocked_evidence, red_line_evidence
from zopa.brief import make_brief
from zopa.examples import load_example
from zopa.render.report import build_report
from zopa.render.text import brief
from zopa.scenario import parse_scenario
from zopa.space import compile_space

SMALL: dict[str, Any] = {
    "zopa": 1,
    "parties": [{"id": "a"}, {"id": "b"}, {"id": "m", "role": "mediator"}],
    "issues": [{"id": "x", "options": ["p", "q"]}, {"id": "y", "options": ["u", "v"]}],
    "preferences": {
        "a": {"weights": {"x": 1, "y": 1}, "values": {"x": {"p": 1}, "y": {"u": 1}},
              "red_lines": [{"forbid": {"x": ["q"]}, "evidence": ["s2", "s1"]},
                            {"forbid": {"y": ["v"]}}]},
        "b": {"weights": {"x": 1}, "values": {"x": {"q": 1}},
              "red_lines": [{"forbid": {"x": ["p"]}, "note": "never p"}]},
        "m": {"weights": {"y": 1}, "values": {"y": {"u": 1}},
              "red_lines": [{"forbid": {"y": ["u"]}, "evidence": ["s1"]}]},
    },
    "statements": [
        {"id": "s1", "speaker": "Ann Ash", "title": "Minister", "date": "2022-01-02",
         "quote": "Never q", "kind": "red_line", "side": "a"},
        {"id": "s2", "speaker": "Al Ames", "quote": "q is out"},
    ],
}


def render(analysis: Any) -> str:
    console = Console(width=200, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(brief(make_brief(analysis.scenario)))
    return console.export_text()


def test_lookup_resolves_citations_in_order_binding_first() -> None:
    space = compile_space(parse_scenario(SMALL))
    lines = red_line_evidence(space)
    assert [(r.name, r.binding) for r in lines] == [
        ("a#0", True), ("a#1", True), ("b#0", True), ("m#0", False)]
    assert [s.id for s in lines[0].statements] == ["s2", "s1"]
    assert lines[1].statements == () and lines[3].statements[0].speaker == "Ann Ash"
    blocked = blocked_evidence(space, analyze(space).issues)
    assert [(b.issue, [r.name for r in b.red_lines]) for b in blocked] == [("x", ["a#0", "b#0"])]


def test_json_carries_the_evidence_of_every_red_line_and_blocked_issue() -> None:
    data = analyze(load_example()).to_dict()
    evidence = data["evidence"]
    assert [b["issue"] for b in evidence["blocked"]] == ["donbas", "crimea"]
    crimea = evidence["blocked"][1]["red_lines"]
    assert [r["name"] for r in crimea] == ["ukraine#0", "russia#0"]
    assert [(e["id"], e["speaker"], e["date"]) for e in crimea[1]["evidence"]] == [
        ("s6", "Dmitry Peskov", "2022-03-07"), ("s1", "Ibrahim Kalin", "2022-03-20")]
    assert crimea[0]["evidence"][0]["quote"].startswith("We will not compromise")
    names = [r["name"] for r in evidence["red_lines"]]
    assert names == [f"ukraine#{k}" for k in range(4)] + [f"russia#{k}" for k in range(4)]
    assert evidence["red_lines"][3]["evidence"] == []  # ukraine#3 rests on no statement
    # A scenario without statements has the same shape, with nothing cited.
    plain = analyze(parse_scenario({**SMALL, "statements": None, "preferences": {
        p: {k: v for k, v in prefs.items() if k != "red_lines"}
        for p, prefs in SMALL["preferences"].items()}})).to_dict()
    assert plain["evidence"] == {"red_lines": [], "blocked": []}


def test_brief_shows_the_statements_behind_each_red_line() -> None:
    text = render(analyze(load_example()))
    bottleneck = text[text.index("The bottleneck"):text.index("Other red lines")]
    for quote, who in [("We will not compromise", "Volodymyr Zelensky, President of Ukraine, "
                                                   "2022-03-20"),
                       ("Crimea must be recognised as Russian", "Dmitry Peskov, Kremlin "
                                                               "spokesman, 2022-03-07")]:
        assert quote in bottleneck and who in re.sub(r"\s+", " ", bottleneck)
    others = re.sub(r"\s+", " ", text[text.index("Other red lines"):])
    assert "s9: \u201cNeutrality only with legally verified security guarantees\u201d " \
           "(Mykhailo Podolyak, Adviser to the Ukrainian president, 2022-03-16)" in others
    assert "ukraine#3" in others and "no statement cited" in others


def test_brief_without_statements_is_unchanged() -> None:
    data = load_example().to_dict()
    data.pop("statements")
    for prefs in data["preferences"].values():
        prefs.pop("evidence", None)
        for line in prefs.get("red_lines", []):
            line.pop("evidence", None)
    text = render(analyze(parse_scenario(data)))
    assert "Other red lines" not in text and "\u201c" not in text
    assert "The bottleneck" in text


def test_report_shows_the_statements_under_the_red_lines() -> None:
    html = build_report(load_example(), samples=20)
    bottleneck = html[html.index("<h3>The bottleneck</h3>"):html.index('id="other-red-lines"')]
    assert bottleneck.count('data-statement="s3"') == 2  # under ukraine#0 and ukraine#1
    assert '<time datetime="2022-03-07">2022-03-07</time>' in bottleneck
    assert "Dmitry Peskov, Kremlin spokesman" in bottleneck
    others = html[html.index('id="other-red-lines"'):]
    others = others[:others.index("</ul>\n")]
    assert 'data-statement="s9"' in others and "No statement cited." in others


def test_report_links_only_web_urls() -> None:
    data = dict(SMALL)
    data["statements"] = [
        {**SMALL["statements"][0], "source": {"title": "Safe", "url": "https://example.org/a"}},
        {**SMALL["statements"][1], "source": {"title": "Bad", "url": "javascript:alert(1)"}}]
    html = build_report(parse_scenario(data), samples=10)
    assert 'href="https://example.org/a"' in html and "javascript:alert" not in html
