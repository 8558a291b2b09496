"""``draft_scenario``: a valid scenario skeleton that an analysis reads as the article does."""

from __future__ import annotations

import re
from pathlib import Path
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


# Options drawn from the statements ------------------------------------------------------

def _options(text: str, issue: str) -> dict[str, str]:
    data = yaml.safe_load(text)
    item = next(i for i in data["issues"] if i["id"] == issue)
    return {o["id"]: o["label"] for o in item["options"]}


def _forbidden(text: str, party: str, issue: str) -> set[str]:
    data = yaml.safe_load(text)
    return {o for line in data["preferences"][party].get("red_lines", [])
            for o in line["forbid"].get(issue, [])}


def test_the_seed_options_read_as_a_mediator_would_put_them(seed_draft: str) -> None:
    crimea = _options(seed_draft, "crimea")
    assert crimea == {
        "recognize-crimean-peninsula-belonging": "Recognize the Crimean peninsula belonging "
                                                 "to Russia",
        "crimea-remains-part-ukraine": "Crimea remains part of Ukraine (territorial integrity)",
        "compromise": "A compromise or deferral between the positions (to confirm)"}
    donbas = _options(seed_draft, "donbas")
    assert donbas["recognize-independence-two-breakaway"] == (
        "Recognize the independence of two breakaway regions in the Donbass")
    # the red lines forbid the other side's derived option and the compromise
    assert _forbidden(seed_draft, "ukraine", "crimea") == {
        "recognize-crimean-peninsula-belonging", "compromise"}
    assert _forbidden(seed_draft, "russia", "crimea") == {
        "crimea-remains-part-ukraine", "compromise"}
    # issues no statement bears on keep the generic positions
    assert set(_options(seed_draft, "neutrality")) == {
        "russia-position", "ukraine-position", "compromise"}


def test_each_derived_option_names_its_statement_in_a_comment(seed_draft: str) -> None:
    lines = seed_draft.splitlines()
    k = lines.index("      - id: recognize-crimean-peninsula-belonging")
    assert lines[k + 2] == ("        # from Ibrahim Kalin, Turkish presidential spokesman, "
                            "2022-03-20 (s4)")
    k = lines.index("      - id: crimea-remains-part-ukraine")
    assert "(s8)" in lines[k + 2] and "Zelensky" in lines[k + 2]


def test_the_values_follow_the_new_ids(seed_draft: str) -> None:
    data = yaml.safe_load(seed_draft)
    values = data["preferences"]["russia"]["values"]["crimea"]
    assert values == {"recognize-crimean-peninsula-belonging": 1.0,
                      "crimea-remains-part-ukraine": 0.0, "compromise": 0.5}


@pytest.mark.parametrize(("name", "issue", "party", "label", "ruled_out_by"), [
    # what Israel rules out becomes the other side's option
    ("camp-david-2000-07-25", "refugees", "palestine", "The return of refugees to Israel",
     "israel"),
    ("camp-david-2000-07-25", "jerusalem", "palestine", "Palestine keeps Jerusalem", None),
    ("iran-nuclear-2015-07-14", "inspections", "p5-plus-1",
     "Foreign inspectors to roam freely in our military bases", "iran"),
    ("brexit-2019-10-17", "border", "european-union", "No hard border on the island of Ireland",
     None),
    ("tigray-pretoria-2022-11-02", "tigray", "ethiopia",
     "Tigray remains part of Ethiopia (the territorial integrity of Ethiopia)", None),
])
def test_options_of_other_articles(nlp: object, name: str, issue: str, party: str, label: str,
                                   ruled_out_by: str | None) -> None:
    text = draft_scenario(read_files([ARTICLES / f"{name}.txt"]))
    options = _options(text, issue)
    oid = next(k for k, v in options.items() if v == label)
    data = yaml.safe_load(text)
    values = data["preferences"][party]["values"][issue]
    assert values[oid] == 1.0, "the option is the party's own"
    if ruled_out_by:
        assert oid in _forbidden(text, ruled_out_by, issue)
        assert f"{ruled_out_by}-position" in options
    analyze(load_draft(text))


def test_a_red_line_that_only_refuses_leaves_the_party_its_generic_position(nlp: object) -> None:
    text = draft_scenario(read_files([ARTICLES / "camp-david-2000-07-25.txt"]))
    options = _options(text, "refugees")
    assert options["israel-position"] == "Israel's position (to confirm)"


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_gold_article_drafts_a_valid_scenario(nlp: object, path: Path) -> None:
    text = draft_scenario(read_files([path]))
    scenario = parse_scenario(text, file="draft.yaml")
    analyze(scenario)
    data = yaml.safe_load(text)
    for item in data["issues"]:
        ids = [o["id"] for o in item["options"]]
        assert len(ids) == len(set(ids))
        assert all(len(o["label"]) <= 80 for o in item["options"])
    lines = text.splitlines()
    for k, line in enumerate(lines):
        m = re.match(r"      - id: (\S+)$", line)
        if m and not m.group(1).endswith("-position") and m.group(1) not in (
                "compromise", "status-quo") and k + 2 < len(lines):
            assert re.match(r"        # (from|what) .*\(s\d+\)$", lines[k + 2]), lines[k:k + 3]


def test_an_issue_a_red_line_bears_on_is_kept_in_the_draft(nlp: object) -> None:
    # ten issues read, eight drafted: "The unity of Nigeria is not negotiable" bears on the
    # last of them, which is kept rather than the red line spread over Nigeria's others
    text = draft_scenario(read_files([ARTICLES / "kampala-nigeria-biafra-talks-1968-05-31.txt"]))
    data = yaml.safe_load(text)
    assert "unity" in [i["id"] for i in data["issues"]]
    forbids = [line["forbid"] for line in data["preferences"]["nigeria"]["red_lines"]]
    assert [list(f) for f in forbids] == [["unity"]]
