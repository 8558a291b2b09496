"""``draft_scenario``: a valid scenario skeleton that an analysis reads as the article does."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from zopa.analysis import analyze
from zopa.errors import ScenarioError
from zopa.evidence import draft_scenario, read_files
from zopa.evidence.model import Actor, Reading
from zopa.scenario import Scenario, parse_scenario

from .conftest import ARTICLES

SEED = ARTICLES / "seed-article-2022-03-20.txt"


def load_draft(text: str) -> Scenario:
    """The draft as a scenario. Until the statements extension (issue 9, ``statements:`` and
    ``evidence:``) is in the validator, those two keys are taken out first; once it is, the
    draft parses as written and this fallback is never used."""
    try:
        return parse_scenario(text, file="draft.yaml")
    except ScenarioError as exc:
        if not re.search(r"unknown key '(statements|evidence)'", str(exc)):
            raise
    data: dict[str, Any] = yaml.safe_load(text)
    data.pop("statements", None)
    for prefs in data.get("preferences", {}).values():
        for line in prefs.get("red_lines", []):
            line.pop("evidence", None)
    return parse_scenario(data, file="draft.yaml")


@pytest.fixture(scope="module")
def seed_draft(nlp: object) -> str:
    return draft_scenario(read_files([SEED]))


def test_the_seed_draft_shows_crimea_and_donbas_blocked(seed_draft: str) -> None:
    scenario = load_draft(seed_draft)
    assert [p.id for p in scenario.negotiators] == ["russia", "ukraine"]
    assert [p.id for p in scenario.parties if p.role == "mediator"] == ["turkey"]
    result = analyze(scenario)
    blocked = {i.id for i in result.issues if i.status == "blocked"}
    assert blocked == {"crimea", "donbas"}
    assert result.agreement_space == 0


def test_red_lines_cite_statements_that_exist(seed_draft: str) -> None:
    data = yaml.safe_load(seed_draft)
    ids = {s["id"] for s in data["statements"]}
    cited = [sid for prefs in data["preferences"].values()
             for line in prefs.get("red_lines", []) for sid in line["evidence"]]
    assert cited and set(cited) <= ids
    for s in data["statements"]:
        assert {"id", "speaker", "quote", "kind", "source"} <= set(s)
        assert {"title", "file", "start", "end"} <= set(s["source"])
        assert s.get("side") in (None, "russia", "ukraine", "turkey")


def test_every_guessed_number_is_marked(seed_draft: str) -> None:
    block = ""
    checked = 0
    for line in seed_draft.splitlines():
        if re.match(r"    (weights|values|red_lines):$", line):
            block = line.strip(" :")
        elif re.match(r"\S", line) or re.match(r"  \S", line):
            block = ""
        if "reservation:" in line or (block in ("weights", "values")
                                      and re.match(r"      [a-z0-9-]+: ", line)):
            assert "# guess: confirm" in line, line
            checked += 1
    assert checked > 20


@pytest.mark.parametrize("name", ["iran-nuclear-2015-07-14", "colombia-farc-2016-08-25",
                                  "israel-hamas-2023-11-22", "us-taliban-doha-2020-02-29"])
def test_drafts_of_other_articles_validate_and_analyze(nlp: object, name: str) -> None:
    scenario = load_draft(draft_scenario(read_files([ARTICLES / f"{name}.txt"])))
    analyze(scenario)


def test_a_reading_without_parties_still_drafts_a_valid_file() -> None:
    scenario = load_draft(draft_scenario(Reading(actors=(Actor("qatar", "Qatar", "mediator"),))))
    assert len(scenario.negotiators) == 2
    analyze(scenario)


def test_a_status_quo_the_text_names_becomes_an_option(nlp: object) -> None:
    from zopa.evidence import read_text

    reading = read_text(
        "Talks between Serbia and Kosovo on the border resumed in Brussels. The status quo on "
        "the border has held since 2013, officials said. \"We will never accept a change of "
        "the border,\" Serbian President Aleksandar Vucic said.", file="a.txt")
    scenario = load_draft(draft_scenario(reading))
    border = scenario.issue("border")
    assert "status-quo" in border.option_ids
    analyze(scenario)
