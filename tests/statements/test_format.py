"""Statements in the scenario format: the model, every check ``zopa validate`` makes (with
file, line and path), old files, and the round trip."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.errors import ScenarioError
from zopa.examples import example_path, load_example
from zopa.scenario import dump_scenario, parse_scenario

SEED = Path(__file__).parents[1] / "data" / "statements" / "seed-article-2022-03-20.txt"

BASE = """\
zopa: 1
parties:
  - id: a
  - id: b
issues:
  - id: x
    options: [p, q, r]
preferences:
  a:
    weights: {x: 1}
    values: {x: {p: 1, q: 0.5}}
    evidence:
      weights: {x: [s1]}
      values: {x: [s1, s2]}
    red_lines:
      - forbid: {x: [r]}
        evidence: [s1, s2]
  b:
    weights: {x: 1}
    values: {x: {r: 1}}
statements:
  - id: s1
    speaker: Ann
    side: a
    date: 2022-03-20
    quote: We will never accept r
    kind: red_line
    issues: [x]
    source: {title: T, file: t.txt, start: 3, end: 25}
  - id: s2
    speaker: Bob
    quote: r is off the table
"""


def load(text: str) -> None:
    parse_scenario(text, file="talks.yaml")


def test_base_is_valid_and_reads_every_field() -> None:
    s = parse_scenario(BASE)
    assert s.statements is not None and len(s.statements) == 2
    first = s.statement("s1")
    assert (first.speaker, first.side, first.date, first.kind, first.issues) == (
        "Ann", "a", datetime.date(2022, 3, 20), "red_line", ("x",))
    assert first.source is not None and (first.source.start, first.source.end) == (3, 25)
    assert s.statement("s2").kind == "other" and s.statement("s2").side is None
    assert s.preferences["a"].red_lines[0].evidence == ("s1", "s2")
    evidence = s.preferences["a"].evidence
    assert evidence is not None and evidence.values == {"x": ("s1", "s2")}


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("evidence: [s1, s2]", "evidence: [s1, s9]",
     "talks.yaml:17: preferences.a.red_lines[0].evidence[1]: 's9' is not a statement id "
     "(statements: s1, s2)"),
    ("weights: {x: [s1]}", "weights: {x: [s7]}",
     "talks.yaml:13: preferences.a.evidence.weights.x[0]: 's7' is not a statement id"),
    ("values: {x: [s1, s2]}", "values: {y: [s1]}",
     "talks.yaml:14: preferences.a.evidence.values.y: 'y' is not an issue of the scenario"),
    ("  - id: s2\n", "  - id: s1\n",
     "talks.yaml:30: statements[1].id: duplicate statement id 's1'"),
    ("  - id: s2\n", "  - id: S 2\n", "talks.yaml:30: statements[1].id: 'S 2' is not a valid id"),
    ("side: a", "side: c", "talks.yaml:24: statements[0].side: 'c' is not a party id "
                           "(parties: a, b)"),
    ("date: 2022-03-20", "date: 2022-02-30",
     "talks.yaml:25: statements[0].date: '2022-02-30' is not a date"),
    ("date: 2022-03-20", "date: March 20",
     "talks.yaml:25: statements[0].date: 'March 20' is not a date: write YYYY-MM-DD"),
    ("start: 3, end: 25", "start: 30, end: 25",
     "talks.yaml:29: statements[0].source.start: the quote cannot start (at 30) after it "
     "ends (at 25)"),
    ("start: 3,", "start: -1,", "talks.yaml:29: statements[0].source.start: Input should be "
                                "greater than or equal to 0"),
    ("kind: red_line", "kind: threat",
     "talks.yaml:27: statements[0].kind: kind must be red_line, demand, offer or other, "
     "got 'threat'"),
    ("quote: r is off the table", "quote: '  '", "talks.yaml:32: statements[1].quote: the "
                                                "quote is empty"),
    ("    speaker: Bob\n", "", "talks.yaml:30: statements[1]: missing required key 'speaker'"),
    ("issues: [x]", "issues: [x, z]",
     "talks.yaml:28: statements[0].issues[1]: 'z' is not an issue of the scenario"),
    ("    speaker: Ann\n", "    speaker: Ann\n    titel: Minister\n",
     "talks.yaml:24: statements[0].titel: unknown key 'titel' (did you mean 'title'?)"),
])
def test_every_error_names_file_line_and_path(old: str, new: str, expected: str) -> None:
    assert old in BASE
    with pytest.raises(ScenarioError) as caught:
        load(BASE.replace(old, new, 1))
    assert expected in str(caught.value)


def test_citing_without_statements() -> None:
    text = BASE.split("statements:")[0]
    expected = (r"talks.yaml:17: preferences\.a\.red_lines\[0\]\.evidence\[0\]: 's1' is not a "
                r"statement id \(the scenario has no statements\)")
    with pytest.raises(ScenarioError, match=expected):
        load(text)


def test_validate_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "talks.yaml"
    path.write_text(BASE.replace("evidence: [s1, s2]", "evidence: [s1, s9]"), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert "preferences.a.red_lines[0].evidence[1]: 's9' is not a statement id" in (
        result.stderr or result.output)
    assert "Traceback" not in result.output


def test_old_files_stay_valid_and_dump_no_new_keys() -> None:
    text = BASE.split("statements:")[0].replace(
        "    evidence:\n      weights: {x: [s1]}\n      values: {x: [s1, s2]}\n", "").replace(
        "        evidence: [s1, s2]\n", "")
    s = parse_scenario(text)
    assert s.statements is None and s.preferences["a"].red_lines[0].evidence is None
    dumped = dump_scenario(s)
    assert "statements" not in dumped and "evidence" not in dumped


def test_round_trip_keeps_statements_and_evidence() -> None:
    s = parse_scenario(BASE)
    for fmt in ("yaml", "json"):
        again = parse_scenario(dump_scenario(s, fmt=fmt))
        assert again == s, fmt
    example = load_example()
    assert parse_scenario(dump_scenario(example)) == example


def test_the_example_quotes_the_seed_article_verbatim() -> None:
    example = load_example()
    seed = SEED.read_text(encoding="utf-8-sig")
    assert example.statements is not None
    from_seed = [s for s in example.statements if s.source and s.source.start is not None]
    assert len(from_seed) == 5
    for st in from_seed:
        assert st.source is not None and st.source.start is not None
        assert seed[st.source.start:st.source.end] == st.quote, st.id
    # Every red line resting on a statement cites one that exists, with speaker and date.
    for prefs in example.preferences.values():
        for red_line in prefs.red_lines:
            for sid in red_line.evidence or ():
                assert example.statement(sid).date is not None
    zelensky = example.statement("s3")
    assert (zelensky.speaker, zelensky.side, zelensky.kind) == (
        "Volodymyr Zelensky", "ukraine", "red_line")
    assert example_path().read_text(encoding="utf-8").count("evidence: [") == 7


def test_validate_counts_the_statements() -> None:
    result = CliRunner().invoke(app, ["validate", str(example_path())])
    assert result.exit_code == 0
    assert "valid (2 parties, 6 issues, 9 statements)" in " ".join(result.output.split())
