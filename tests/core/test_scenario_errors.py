"""Bad scenario files: one clear error naming the file, the place and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from zopa.errors import ScenarioError
from zopa.scenario import load_scenario, parse_scenario

GOOD = """\
zopa: 1
name: Test
parties:
  - id: ukraine
  - id: russia
issues:
  - id: crimea
    options: [ukrainian, deferred, recognised]
  - id: army
    range: {min: 50000, max: 250000, step: 50000}
preferences:
  ukraine:
    weights: {crimea: 3, army: 1}
    values:
      crimea: {ukrainian: 1.0, deferred: 0.4}
      army: {points: [[50000, 0], [250000, 1]]}
    red_lines:
      - forbid: {crimea: [recognised]}
  russia:
    weights: {crimea: 1}
    values:
      crimea: {recognised: 1.0, deferred: 0.3}
"""

# (replace this, with that, expected path, expected line, words the message must contain)
CASES = [
    ("recognised: 1.0, deferred: 0.3}", "recognized: 1.0, deferred: 0.3}",
     "preferences.russia.values.crimea.recognized", 22, "not an option of issue 'crimea'"),
    ("weights: {crimea: 1}", "weights: {crimea: 1, navy: 2}",
     "preferences.russia.weights.navy", 20, "not an issue"),
    ("weights: {crimea: 3, army: 1}", "weights: {crimea: -3, army: 1}",
     "preferences.ukraine.weights.crimea", 13, "must be >= 0"),
    ("recognised: 1.0, deferred: 0.3}", "recognised: 1.5, deferred: 0.3}",
     "preferences.russia.values.crimea.recognised", 22, "outside [0, 1]"),
    ("  - id: russia\n", "",
     "parties", 3, "at least two parties"),
    ("  - id: russia\n", "  - id: ukraine\n",
     "parties[1].id", 5, "duplicate party id"),
    ("options: [ukrainian, deferred, recognised]", "options: [ukrainian, deferred, ukrainian]",
     "issues[0].options[2]", 8, "duplicate option id"),
    ("{ukrainian: 1.0, deferred: 0.4}", "{ukrainian: 1.0, deferred: [0.6, 0.4]}",
     "preferences.ukraine.values.crimea.deferred", 15, "reversed interval"),
    ("step: 50000", "step: 0",
     "issues[1].range", 10, "step must be > 0"),
    ("forbid: {crimea: [recognised]}", "forbid: {crimea: [annexed]}",
     "preferences.ukraine.red_lines[0].forbid.crimea[0]", 18, "not an option"),
    ("- id: crimea\n", "- id: Crimea!\n",
     "issues[0].id", 7, "not a valid id"),
    ("  - id: ukraine\n", "  - id: ukraine\n    role: chair\n",
     "parties[0].role", 5, "party, mediator or observer"),
    ("weights: {crimea: 1}", "weights: {crimea: 0}",
     "preferences.russia.weights", 20, "all weights are 0"),
    ("    red_lines:", "    red_line:", "preferences.ukraine.red_line", 17,
     "did you mean 'red_lines'"),
]


@pytest.mark.parametrize(("old", "new", "path", "line", "words"), CASES)
def test_bad_files(tmp_path: Path, old: str, new: str, path: str, line: int,
                   words: str) -> None:
    assert old in GOOD
    file = tmp_path / "talks.yaml"
    file.write_text(GOOD.replace(old, new, 1))
    with pytest.raises(ScenarioError) as info:
        load_scenario(file)
    err = info.value
    assert err.file == str(file)
    assert err.line == line, str(err)
    assert words in err.message, str(err)
    assert str(err).startswith(f"{file}:{line}: {path}: "), str(err)


def test_good_file_loads(tmp_path: Path) -> None:
    file = tmp_path / "talks.yaml"
    file.write_text(GOOD)
    s = load_scenario(file)
    assert s.issue("army").option_ids == (50000, 100000, 150000, 200000, 250000)


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    file = tmp_path / "broken.yaml"
    file.write_text(GOOD.replace("  - id: russia\n", "  - id: [russia\n"))
    with pytest.raises(ScenarioError) as info:
        load_scenario(file)
    assert "invalid YAML" in info.value.message and info.value.line is not None


def test_missing_file() -> None:
    with pytest.raises(ScenarioError, match="no such file"):
        load_scenario("/nonexistent/talks.yaml")


def test_json_is_read_too() -> None:
    s = parse_scenario('{"zopa": 1, "parties": [{"id": "a"}, {"id": "b"}], '
                       '"issues": [{"id": "x", "options": ["p", "q"]}], '
                       '"preferences": {"a": {"weights": {"x": 1}}, "b": {"weights": {"x": 1}}}}')
    assert [p.id for p in s.negotiators] == ["a", "b"]


def test_no_code_runs_from_yaml() -> None:
    with pytest.raises(ScenarioError, match="invalid YAML"):
        parse_scenario("zopa: !!python/object/apply:os.system ['true']\n")


def test_numeric_range_grid_and_bounds() -> None:
    s = parse_scenario(GOOD.replace("step: 50000", "step: 70000"))
    assert s.issue("army").option_ids == (50000, 120000, 190000)
    with pytest.raises(ScenarioError, match="reversed range"):
        parse_scenario(GOOD.replace("min: 50000, max: 250000", "min: 250000, max: 50000"))


def test_party_without_preferences() -> None:
    with pytest.raises(ScenarioError, match="no preferences"):
        parse_scenario(GOOD.replace("  - id: russia\n", "  - id: russia\n  - id: turkey\n"))
    # A mediator needs none.
    parse_scenario(GOOD.replace("  - id: russia\n",
                                "  - id: russia\n  - id: turkey\n    role: mediator\n"))
