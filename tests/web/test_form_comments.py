"""The form editor saves in the file's own text where it can, so the analyst's comments
and layout survive (:func:`zopa.web.forms.edited_text`); where it cannot (something
removed), it writes the scenario out anew and says so."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from zopa.scenario import parse_scenario
from zopa.web.forms import data_from_form

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


def test_a_removal_writes_the_file_anew_and_says_so(client: TestClient) -> None:
    case_id = new_case(client)
    fields = form_of(client, case_id)
    drawn = client.post(f"/cases/{case_id}/edit/form",
                        data={**fields, "action": "remove-red-line:0-0"}).text
    fields = form_fields(drawn)
    checked = client.post(f"/cases/{case_id}/edit/form", data={**fields, "action": "check"})
    assert "will not be kept" in checked.text
    saved = client.post(f"/cases/{case_id}/edit/form", data={**fields, "action": "save"},
                        headers=HX)
    target = saved.headers["HX-Redirect"]
    assert target == f"/cases/{case_id}?version=2&written=anew"
    text = client.get(f"/api/cases/{case_id}/versions/2").json()["scenario"]
    assert comments(text) == []
    assert parse_scenario(text).preferences["upstream"].red_lines == ()
    page = client.get(target).text
    assert 'id="save-notice"' in page and "comments and layout are gone" in page
