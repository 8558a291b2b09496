"""The form editor saves in the file's own text where it can, so the analyst's comments
and layout survive (:func:`zopa.web.forms.edited_text`); where it cannot (a list
emptied), it writes the scenario out anew and says so."""

from __future__ import annotations

import copy
import re

import pytest
from fastapi.testclient import TestClient

from zopa.examples import example_path
from zopa.scenario import parse_scenario
from zopa.web.forms import data_from_form, edited_text

from .test_pages import HX, form_fields

COMMENTED = """\
# The analyst's own case: every comment below must survive a form save.
zopa: 1
name: Two towns and a river   # working title
parties:
  - id: upstream    # the dam's owner
    name: Upstream
    reservation: [0.25, 0.40]   # an interval, from two sources
  - id: downstream
    name: Downstream
    reservation: 0.3
issues:
  # the two questions on the table
  - id: flow
    name: Minimum flow
    options: [low, mid, high]
  - id: fund
    name: Shared fund
    options:
      - {id: none, label: no fund}
      - {id: small, label: a small fund}   # the compromise
      - {id: big, label: a big fund}
preferences:
  upstream:
    weights: {flow: 60, fund: 40}   # flow matters more
    values:
      flow: {low: 1, mid: 0.6, high: 0}
      fund: {none: 1, small: 0.5, big: 0}
    red_lines:
      - forbid: {flow: [high]}   # said in March
      - forbid: {fund: [big]}   # said in May
  downstream:
    weights: {flow: 70, fund: 30}
    values:
      flow: {low: 0, mid: 0.5, high: 1}
      fund: {none: 0, small: 0.6, big: 1}
"""


def comments(text: str) -> list[str]:
    return [m.group(0) for m in re.finditer(r"#.*", text)]


def new_case(client: TestClient) -> int:
    response = client.post("/cases/new/upload", files=[("files", ("towns.yaml", COMMENTED))],
                           data={"name": "Towns"}, follow_redirects=False)
    assert response.status_code == 303
    return int(response.headers["location"].rsplit("/", 1)[1])


def form_of(client: TestClient, case_id: int) -> dict[str, str]:
    return form_fields(client.get(f"/cases/{case_id}/edit").text.split('id="yaml-editor"')[0])


def test_a_form_save_keeps_the_comments(client: TestClient) -> None:
    case_id = new_case(client)
    fields = form_of(client, case_id)
    # A changed weight, a changed value, a red line added (through the form's button).
    fields.update({"w-1-1": "45", "v-0-1-1": "0.55"})
    drawn = client.post(f"/cases/{case_id}/edit/form",
                        data={**fields, "action": "add-red-line:1"}).text
    fields = form_fields(drawn)
    fields.update({"rl-1-0-0-0": "on", "rl-1-0-note": "said in April"})
    checked = client.post(f"/cases/{case_id}/edit/form", data={**fields, "action": "check"})
    assert "its comments and layout are kept" in checked.text
    saved = client.post(f"/cases/{case_id}/edit/form",
                        data={**fields, "action": "save", "note": "new figures"}, headers=HX)
    assert saved.headers["HX-Redirect"] == f"/cases/{case_id}?version=2"
    text = client.get(f"/api/cases/{case_id}/versions/2").json()["scenario"]
    assert comments(text) == comments(COMMENTED)
    assert "reservation: [0.25, 0.40]   # an interval, from two sources" in text
    scenario = parse_scenario(text)
    assert scenario == parse_scenario(data_from_form(fields))
    assert scenario.preferences["downstream"].weights["fund"] == 45
    assert scenario.preferences["upstream"].values["fund"]["small"] == 0.55
    lines = scenario.preferences["downstream"].red_lines
    assert len(lines) == 1 and lines[0].note == "said in April"
    assert 'id="save-notice"' not in client.get(saved.headers["HX-Redirect"]).text


def test_a_removed_issue_keeps_the_other_comments(client: TestClient) -> None:
    case_id = new_case(client)
    fields = form_fields(client.post(f"/cases/{case_id}/edit/form",
                                     data={**form_of(client, case_id),
                                           "action": "remove-issue:0"}).text)
    saved = client.post(f"/cases/{case_id}/edit/form", data={**fields, "action": "save"},
                        headers=HX)
    assert saved.headers["HX-Redirect"] == f"/cases/{case_id}?version=2"
    text = client.get(f"/api/cases/{case_id}/versions/2").json()["scenario"]
    # The issue's red line went with it, and its comment with that line; the rest stay.
    assert comments(text) == [c for c in comments(COMMENTED) if c != "# said in March"]
    assert "weights: {fund: 40}   # flow matters more" in text
    scenario = parse_scenario(text)
    assert scenario == parse_scenario(data_from_form(fields))
    assert [i.id for i in scenario.issues] == ["fund"]


def test_removing_every_red_line_keeps_the_other_comments(client: TestClient) -> None:
    case_id = new_case(client)
    fields = form_of(client, case_id)
    for _ in range(2):
        fields = form_fields(client.post(f"/cases/{case_id}/edit/form",
                                         data={**fields, "action": "remove-red-line:0-0"}).text)
    saved = client.post(f"/cases/{case_id}/edit/form", data={**fields, "action": "save"},
                        headers=HX)
    assert saved.headers["HX-Redirect"] == f"/cases/{case_id}?version=2"
    text = client.get(f"/api/cases/{case_id}/versions/2").json()["scenario"]
    assert comments(text) == [c for c in comments(COMMENTED) if "said in" not in c]
    assert "red_lines" not in text
    assert parse_scenario(text) == parse_scenario(data_from_form(fields))


def test_a_change_it_cannot_make_in_place_is_written_anew_and_said(
        client: TestClient) -> None:
    # Both parties' fund values are one YAML node (an anchor and its alias): changing one
    # party's in the text would change the other's too, so the file is written anew.
    shared = COMMENTED.replace("fund: {none: 1, small: 0.5, big: 0}",
                               "fund: &fund {none: 1, small: 0.5, big: 0}").replace(
        "fund: {none: 0, small: 0.6, big: 1}", "fund: *fund")
    response = client.post("/cases/new/upload", files=[("files", ("towns.yaml", shared))],
                           data={"name": "Towns"}, follow_redirects=False)
    assert response.status_code == 303
    case_id = int(response.headers["location"].rsplit("/", 1)[1])
    fields = {**form_of(client, case_id), "v-1-1-1": "0.7"}
    checked = client.post(f"/cases/{case_id}/edit/form", data={**fields, "action": "check"})
    assert "will not be kept" in checked.text
    saved = client.post(f"/cases/{case_id}/edit/form", data={**fields, "action": "save"},
                        headers=HX)
    target = saved.headers["HX-Redirect"]
    assert target == f"/cases/{case_id}?version=2&written=anew"
    text = client.get(f"/api/cases/{case_id}/versions/2").json()["scenario"]
    assert comments(text) == []
    values = parse_scenario(text).preferences
    assert (values["upstream"].values["fund"]["small"],
            values["downstream"].values["fund"]["small"]) == (0.5, 0.7)
    page = client.get(target).text
    assert 'id="save-notice"' in page and "comments and layout are gone" in page
    assert 'id="save-notice"' not in client.get(f"/cases/{case_id}?version=2").text


@pytest.mark.parametrize("example", ["ukraine-russia-2022-03", "nile-dam-2021", "job-offer"])
def test_every_single_weight_change_of_the_examples_is_made_in_place(example: str) -> None:
    text = example_path(example).read_text(encoding="utf-8")
    old = parse_scenario(text).to_dict()
    for party, pref in old["preferences"].items():
        for issue in pref["weights"]:
            new = copy.deepcopy(old)
            weights = new["preferences"][party]["weights"]
            weights[issue] = ([w + 1 for w in weights[issue]]
                              if isinstance(weights[issue], list) else weights[issue] + 1)
            edited = edited_text(text, old, new)
            assert edited is not None, (party, issue)
            assert comments(edited) == comments(text)
            assert parse_scenario(edited) == parse_scenario(new)
            changed = [(a, b) for a, b in zip(text.splitlines(), edited.splitlines(),
                                              strict=True) if a != b]
            assert len(changed) == 1, (party, issue)
