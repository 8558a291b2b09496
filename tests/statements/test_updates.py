"""Proposals from a reading (the JSON contract of ``zopa read``, written by hand here) and
applying them: a pure function of the text, in place where it can be, never losing data."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zopa.errors import ScenarioError
from zopa.evidence._yamledit import Edit, apply_edits, edit_data
from zopa.evidence.updates import match_options, propose_updates
from zopa.examples import example_path, load_example
from zopa.scenario import parse_scenario

TEXT = example_path().read_text(encoding="utf-8")


def statement(sid: str, speaker: str, side: str | None, kind: str, issues: list[str],
              quote: str, date: str | None = "2022-03-25", **extra: Any) -> dict[str, Any]:
    return {"id": sid, "speaker": speaker, "side": side, "date": date, "quote": quote,
            "kind": kind, "issues": issues,
            "source": {"file": "istanbul.txt", "start": 10, "end": 10 + len(quote)}, **extra}


READING: dict[str, Any] = {
    "documents": [{"file": "istanbul.txt", "title": "Talks in Istanbul", "date": "2022-03-29"}],
    "actors": [
        {"id": "kyiv", "name": "Ukrainian delegation", "kind": "party",
         "aliases": ["Ukraine", "Kiev"]},
        {"id": "moscow", "name": "Russian Federation", "kind": "party", "aliases": ["Russia"]},
        {"id": "ankara", "name": "Turkey", "kind": "mediator", "aliases": []},
        {"id": "united-nations", "name": "United Nations", "kind": "other", "aliases": []},
    ],
    "issues": [{"id": "crimean-peninsula", "name": "the Crimean peninsula", "evidence": []},
               {"id": "nato", "name": "neutrality", "evidence": []},
               {"id": "army", "name": "disarmament, armed forces", "evidence": []}],
    "statements": [
        # Already in the example (s3): recorded, not proposed again.
        statement("s1", "Volodymyr  Zelensky", "kyiv", "red_line", ["crimean-peninsula"],
                  "We will not compromise on any issues related to sovereignty and "
                  "territorial integrity"),
        # A refusal of what it names: forbid recognised-russian (Ukraine already has it).
        statement("s2", "Mykhailo Podolyak", "kyiv", "red_line", ["crimean-peninsula"],
                  "Kyiv will never accept that Crimea is recognised as Russian",
                  title="Adviser to the president"),
        # An insistence: forbid the other options (a new red line for Russia).
        statement("s3", "Vladimir Medinsky", "moscow", "red_line", ["nato"],
                  "Neutrality must come without third-party guarantees"),
        # The same red line again: merged into the proposal above.
        statement("s4", "Sergei Lavrov", "moscow", "red_line", ["nato"],
                  "Only neutrality on the Austrian model, without guarantees", date=None),
        # A demand for an option that is not Ukraine's best: a position change.
        statement("s5", "David Arakhamia", "kyiv", "demand", ["nato"],
                  "Ukraine proposes permanent neutrality with binding guarantees"),
        # A red line on a numeric issue: left to the analyst.
        statement("s6", "Vladimir Medinsky", "moscow", "red_line", ["army"],
                  "The army must be cut to 50,000"),
        # Names no option: left to the analyst.
        statement("s7", "Dmitry Peskov", "moscow", "red_line", ["crimean-peninsula"],
                  "This is non-negotiable"),
        # A mediator, another actor, no side: recorded only.
        statement("s8", "Mevlut Cavusoglu", "ankara", "other", [], "Progress was made"),
        statement("s9", "Antonio Guterres", "united-nations", "other", [], "We welcome the talks"),
        statement("s10", "Unnamed official", None, "demand", ["nato"], "Neutrality first"),
    ],
}


@pytest.fixture(scope="module")
def found() -> Any:
    return propose_updates(load_example(), READING)


def test_option_matching_and_direction() -> None:
    s = load_example()
    crimea, donbas = s.issue("crimea"), s.issue("donbas")
    assert match_options(crimea, "Crimea must be recognised as Russian") == (
        ["recognised-russian"], "insist")
    assert match_options(crimea, "We will not compromise on sovereignty") == (
        ["ukrainian-sovereignty"], "insist")
    assert match_options(crimea, "We reject fifteen years of consultations") == (
        ["consultations-15-years"], "refuse")
    assert match_options(donbas, "The independence of the republics is non-negotiable") == (
        ["independence-recognised"], "insist")
    assert match_options(crimea, "The weather is fine") == ([], None)
    assert match_options(crimea, "consultations") == (["consultations-15-years"], None)


def test_proposals_of_a_reading(found: Any) -> None:
    kinds = [(p.id, p.kind) for p in found.proposals]
    statements = [p for p in found.proposals if p.kind == "statement"]
    # Every statement but the one already recorded is proposed, numbered after s9.
    assert [p.statements[0] for p in statements] == [f"s{k}" for k in range(10, 19)]
    assert any("s3 (Volodymyr  Zelensky" in k and "already recorded" in k for k in found.known)
    by_kind = {k: [p for p in found.proposals if p.kind == k] for _, k in kinds}
    (evidence,) = by_kind["evidence"]
    assert "s10 backs ukraine#0" in evidence.description and evidence.requires == ("p1",)
    (red_line,) = by_kind["red_line"]
    assert red_line.statements == ("s11", "s12") and len(red_line.requires) == 2
    assert "rule out neutrality nato-path, neutral-guaranteed" in red_line.description
    (position,) = by_kind["position"]
    assert position.statements == ("s13",)
    assert "neutral-guaranteed" in position.description and "to 1" in position.description
    assert any("s14" in u and "numeric" in u for u in found.unresolved)
    assert any("s15" in u and "names none of its options" in u for u in found.unresolved)


def test_nothing_accepted_changes_nothing(found: Any) -> None:
    assert found.apply(TEXT, []) == TEXT


def test_applying_everything_in_place(found: Any) -> None:
    new = found.apply(TEXT, [p.id for p in found.proposals])
    s = parse_scenario(new)
    # The rest of the file is untouched: every comment line survives, numbers unchanged.
    for line in TEXT.splitlines():
        if line.lstrip().startswith("#") or "# " in line:
            assert line in new.splitlines(), line
    assert s.statement("s11").side == "russia" and s.statement("s11").date is not None
    assert s.statement("s12").date.isoformat() == "2022-03-29"  # the document's date
    assert s.statement("s16").side == "turkey" and s.statement("s17").side is None
    assert s.statement("s10").source is not None
    assert s.statement("s10").source.title == "Talks in Istanbul"
    russia = s.preferences["russia"]
    assert russia.red_lines[-1].forbid == {"neutrality": ("nato-path", "neutral-guaranteed")}
    assert russia.red_lines[-1].evidence == ("s11", "s12")
    assert s.preferences["ukraine"].red_lines[0].evidence == ("s3", "s10")
    ukraine = s.preferences["ukraine"]
    assert ukraine.values["neutrality"]["neutral-guaranteed"] == 1.0
    assert ukraine.evidence is not None and ukraine.evidence.values == {"neutrality": ("s13",)}
    expected = edit_data(yaml.safe_load(TEXT), [e for p in found.proposals for e in p.edits])
    assert yaml.safe_load(new) == expected


def test_a_proposal_brings_the_statements_it_cites(found: Any) -> None:
    red_line = next(p for p in found.proposals if p.kind == "red_line")
    new = parse_scenario(found.apply(TEXT, [red_line.id]))
    assert new.statements is not None
    assert [st.id for st in new.statements][-2:] == ["s11", "s12"]
    assert [p.id for p in found.closure([red_line.id])] == sorted(
        [red_line.id, *red_line.requires], key=lambda x: int(x[1:]))


def test_unknown_proposal_id(found: Any) -> None:
    with pytest.raises(ScenarioError, match=r"no proposal 'p99' \(proposals: p1, p2"):
        found.apply(TEXT, ["p99"])


def test_note_cites_files_statements_speakers_dates(found: Any) -> None:
    red_line = next(p for p in found.proposals if p.kind == "red_line")
    note = found.note([red_line.id])
    assert note.startswith("add-statements from istanbul.txt: ")
    assert "s11 Vladimir Medinsky, 2022-03-25" in note
    assert "s12 Sergei Lavrov, 2022-03-29" in note and "red line" in note


def test_json_text_and_flow_layout_fall_back_without_losing_data(found: Any) -> None:
    data = yaml.safe_load(TEXT)
    data["x-tool"] = {"kept": True}
    as_json = json.dumps(data, default=str)
    ids = [p.id for p in found.proposals]
    edits = [e for p in found.closure(ids) for e in p.edits]
    out = found.apply(as_json, ids)
    assert json.loads(out)["x-tool"] == {"kept": True}
    parse_scenario(out)
    flow = yaml.safe_dump(data, default_flow_style=True, width=10**6)
    again = found.apply(flow, ids)
    assert yaml.safe_load(again) == edit_data(yaml.safe_load(flow), edits)


def test_reading_of_unknown_shape_proposes_nothing() -> None:
    s = load_example()
    for reading in ({}, {"statements": "x"}, {"statements": [1, {"quote": 3}]}):
        found = propose_updates(s, reading)
        assert found.proposals == () and found.apply(TEXT, []) == TEXT


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_accepted_subset_applies_to_a_valid_scenario(found: Any, data: st.DataObject) -> None:
    ids = [p.id for p in found.proposals]
    accepted = data.draw(st.lists(st.sampled_from(ids), unique=True))
    new = found.apply(TEXT, accepted)
    chosen = found.closure(accepted)
    assert yaml.safe_load(new) == edit_data(yaml.safe_load(TEXT),
                                            [e for p in chosen for e in p.edits])
    s = parse_scenario(new)
    cited = {sid for p in chosen for sid in p.statements}
    assert cited <= {x.id for x in s.statements or ()}
    assert (new == TEXT) == (not accepted)
    # Applying is a pure function: the same input, the same text.
    assert found.apply(TEXT, accepted) == new


_scalars = st.one_of(st.integers(-5, 5), st.sampled_from(["a", "b c", "x: y", "#", "1"]),
                     st.booleans())
_keys = st.sampled_from(["k", "m", "n", "p"])
_docs = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, min_size=1, max_size=3),
                            st.dictionaries(_keys, inner, min_size=1, max_size=3)),
    max_leaves=8)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(_keys, _docs, min_size=1, max_size=3), st.booleans(), st.data())
def test_text_edits_match_the_same_edits_on_data(doc: dict[str, Any], flow: bool,
                                                 data: st.DataObject) -> None:
    """Whatever the layout, an edit of the text reads back as the edit of the data."""
    text = "# head\n" + yaml.safe_dump(doc, default_flow_style=flow, sort_keys=False)
    paths: list[tuple[str | int, ...]] = []

    def walk(value: Any, path: tuple[str | int, ...]) -> None:
        paths.append(path)
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, (*path, k))
        elif isinstance(value, list):
            for k, v in enumerate(value):
                walk(v, (*path, k))

    walk(doc, ())
    lists = [p for p in paths if isinstance(_at(doc, p), list)]
    maps = [p for p in paths if isinstance(_at(doc, p), dict)]
    edits = []
    if lists and data.draw(st.booleans()):
        edits.append(Edit("append", data.draw(st.sampled_from(lists)), data.draw(_docs)))
    where = data.draw(st.sampled_from(maps))
    edits.append(Edit("set", (*where, "new", "deep"), data.draw(_docs)))
    scalars = [p for p in paths if p and not isinstance(_at(doc, p), dict | list)]
    if scalars:
        edits.append(Edit("set", data.draw(st.sampled_from(scalars)), data.draw(_scalars)))
    out = apply_edits(text, edits)
    assert yaml.safe_load(out) == edit_data(doc, edits)
    assert out.startswith("# head\n")  # edited in place: the comment is kept


def _at(doc: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def test_a_statement_tied_to_no_issue_is_matched_by_the_issues_it_names() -> None:
    reading = {"actors": [{"id": "russia", "name": "Russia", "kind": "party", "aliases": []}],
               "statements": [statement("s1", "Maria Zakharova", "russia", "red_line", [],
                                        "Crimea must be recognised as Russian")]}
    found = propose_updates(load_example(), reading)
    assert [p.kind for p in found.proposals] == ["statement", "evidence"]
    assert "backs russia#0" in found.proposals[1].description
    new = parse_scenario(found.apply(TEXT, ["p2"]))
    assert new.statement("s10").issues == ("crimea",)
    assert new.preferences["russia"].red_lines[0].evidence == ("s6", "s1", "s10")


def test_reading_issues_map_by_words_but_not_by_party_names() -> None:
    reading = {
        "actors": [{"id": "russia", "name": "Russia", "kind": "party", "aliases": []}],
        "issues": [{"id": "russia-s-request", "name": "Russia's request", "evidence": []},
                   {"id": "language", "name": "Language rights", "evidence": []}],
        "statements": [statement("s1", "A", "russia", "demand", ["russia-s-request"], "x"),
                       statement("s2", "B", "russia", "demand", ["language"], "y")]}
    found = propose_updates(load_example(), reading)
    new = parse_scenario(found.apply(TEXT, [p.id for p in found.proposals]))
    assert new.statement("s10").issues is None
    assert new.statement("s11").issues == ("russian-language",)
