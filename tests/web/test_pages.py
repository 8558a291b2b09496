"""The HTML pages and their HTMX fragments, through the test client."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from zopa.examples import example_path
from zopa.scenario import parse_scenario
from zopa.web.forms import apply_action, data_from_form, field_of_error, form_view

HX = {"HX-Request": "true"}
EXAMPLE_TEXT = example_path().read_text(encoding="utf-8")


def start(client: TestClient) -> int:
    response = client.post("/cases/new/example", data={"example": "ukraine-russia-2022-03"},
                           follow_redirects=False)
    assert response.status_code == 303
    return int(response.headers["location"].rsplit("/", 1)[1])


def count_versions(client: TestClient, case_id: int) -> int:
    return len(client.get(f"/api/cases/{case_id}/versions").json())


def chart(html: str, name: str) -> dict[str, Any]:
    """The figure of a chart as the page embeds it (``_chart.html.j2``)."""
    assert f'<div class="chart" id="chart-{name}" data-chart="{name}" role="img"' in html, name
    match = re.search(rf'<script type="application/json" id="chart-{name}-data">(.*?)</script>',
                      html, re.S)
    assert match, name
    figure: dict[str, Any] = json.loads(match.group(1))
    return figure


def status_in(html: str, issue: str) -> str:
    match = re.search(rf'data-issue="{issue}">.*?status-(\w+)', html, re.S)
    assert match, issue
    return match.group(1)


def form_fields(html: str) -> dict[str, str]:
    """The values a browser would submit from the rendered scenario form."""
    import html as h

    fields: dict[str, str] = {}
    for tag in re.findall(r"<input[^>]*>", html):
        name = re.search(r'name="([^"]+)"', tag)
        if not name:
            continue
        value = re.search(r'value="([^"]*)"', tag)
        if 'type="checkbox"' in tag and "checked" not in tag:
            continue
        fields[name.group(1)] = h.unescape(value.group(1)) if value else ""
    for name, text in re.findall(r'<textarea name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        fields[name] = h.unescape(text)
    for name, body in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.search(r"<option selected>([^<]*)</option>", body)
        fields[name] = chosen.group(1) if chosen else "party"
    return fields


def test_library_and_case_pages(client: TestClient) -> None:
    assert "The library is empty" in client.get("/").text
    case_id = start(client)
    library = client.get("/").text
    assert "crimea" in library
    assert "donbas" in library
    assert "0 packages" in library
    page = client.get(f"/cases/{case_id}").text
    assert status_in(page, "crimea") == "blocked"
    assert status_in(page, "donbas") == "blocked"
    assert "If Russia dropped russia#0" in page
    # The report's charts, embedded as the report embeds them; the detailed utility space
    # (every package, the frontiers the concessions would open).
    frontier = chart(page, "frontier")
    names = [trace.get("name") for trace in frontier["data"]]
    assert "crosses a red line" in names
    assert "frontier if russia#0 + russia#1 dropped" in names
    assert "frontier without red lines" in names
    heatmap = chart(page, "preferences")
    assert [t["type"] for t in heatmap["data"]] == ["heatmap", "scatter", "scatter"] * 2
    # The mediation results come after the page, from their own fragment.
    assert f'hx-get="/cases/{case_id}/mediation?version=1"' in page
    assert "window.zopaDrawCharts = function" in page
    assert 'id="adjusted-winner"' not in page
    assert '<script src="/vendor/plotly.min.js">' in page
    assert "http://" not in re.sub(r'href="http[^"]*"', "", page.split("<main>")[0])
    missing = client.get("/cases/77")
    assert missing.status_code == 404
    assert "no case 77" in missing.text
    assert client.get(f"/cases/{case_id}?version=5").status_code == 404


def test_upload_form_shows_errors_in_place(client: TestClient, example_text: str) -> None:
    bad = client.post("/cases/new/upload", files=[("files", ("t.yaml", "zopa: 1\nparties: 3"))])
    assert bad.status_code == 422
    assert 'id="upload-error"' in bad.text
    assert "t.yaml" in bad.text
    good = client.post("/cases/new/upload", files=[("files", ("t.yaml", example_text))],
                       data={"name": "Mine"}, follow_redirects=False)
    assert good.status_code == 303
    assert client.get("/api/cases").json()[0]["name"] == "Mine"
    assert client.post("/cases/new/example", data={"example": "x"}).status_code == 422


def test_form_editor_round_trip_saves_a_version(client: TestClient) -> None:
    case_id = start(client)
    page = client.get(f"/cases/{case_id}/edit").text
    fields = form_fields(page.split('id="yaml-editor"')[0])
    assert parse_scenario(data_from_form(fields)) == parse_scenario(
        client.get(f"/api/cases/{case_id}/versions/1").json()["scenario"])
    fields.update({"action": "save", "w-1-5": "35", "note": "Crimea matters more to Russia"})
    saved = client.post(f"/cases/{case_id}/edit/form", data=fields, headers=HX)
    assert saved.headers["HX-Redirect"] == f"/cases/{case_id}?version=2"
    new = client.get(f"/api/cases/{case_id}/versions/2").json()
    assert parse_scenario(new["scenario"]).preferences["russia"].weights["crimea"] == 35
    assert new["parent"] == 1
    assert new["note"] == "Crimea matters more to Russia"


def test_form_editor_errors_in_place_save_nothing(client: TestClient) -> None:
    case_id = start(client)
    fields = form_fields(client.get(f"/cases/{case_id}/edit").text.split('id="yaml-editor"')[0])
    for field, value, where in [("w-0-0", "-5", "w-0-0"), ("party-1-reservation", "2", ""),
                                ("issue-2-options", "only-one", "issue-2-options"),
                                ("party-0-id", "Not A Slug", "party-0-id")]:
        broken = {**fields, field: value, "action": "save"}
        response = client.post(f"/cases/{case_id}/edit/form", data=broken, headers=HX)
        assert response.status_code == 422, field
        assert 'id="form-error"' in response.text
        if where:
            assert f'data-error-for="{where}"' in response.text, (field, response.text[:500])
    assert count_versions(client, case_id) == 1


def test_form_actions_add_and_remove(client: TestClient) -> None:
    case_id = start(client)
    fields = form_fields(client.get(f"/cases/{case_id}/edit").text.split('id="yaml-editor"')[0])
    for action, needle in [("add-party", 'name="party-3-id"'),
                           ("add-issue", 'name="issue-6-id"'),
                           ("add-red-line:0", 'id="rl-0-4"'),
                           ("remove-red-line:0-0", 'id="rl-0-2"')]:
        response = client.post(f"/cases/{case_id}/edit/form", data={**fields, "action": action})
        assert response.status_code == 200
        assert needle in response.text, action
    removed = client.post(f"/cases/{case_id}/edit/form",
                          data={**fields, "action": "remove-issue:5"})
    assert 'name="issue-5-id"' not in removed.text
    after = form_fields(removed.text)
    after["action"] = "check"
    checked = client.post(f"/cases/{case_id}/edit/form", data=after)
    assert checked.status_code == 200
    assert 'id="form-ok"' in checked.text
    assert count_versions(client, case_id) == 1


def test_yaml_editor(client: TestClient, example_text: str) -> None:
    case_id = start(client)
    url = f"/cases/{case_id}/edit/yaml"
    bad = client.post(url, data={"scenario": "zopa: 1\nparties: [}", "action": "save"})
    assert bad.status_code == 422
    assert 'id="yaml-error"' in bad.text
    assert ":2:" in bad.text
    ok = client.post(url, data={"scenario": example_text, "action": "check"})
    assert ok.status_code == 200
    assert 'id="yaml-ok"' in ok.text
    assert count_versions(client, case_id) == 1
    saved = client.post(url, data={"scenario": example_text, "action": "save", "parent": "1",
                                   "note": "same again"}, headers=HX)
    assert saved.headers["HX-Redirect"] == f"/cases/{case_id}?version=2"
    assert count_versions(client, case_id) == 2


def test_whatif_fragment_and_save(client: TestClient) -> None:
    case_id = start(client)
    page = client.get(f"/cases/{case_id}/whatif").text
    active = re.findall(r'name="active" value="([^"]+)"', page)
    assert "russia#0" in active
    assert len(active) == 8
    form: dict[str, Any] = {"version": "1",
                            "active": [name for name in active if name != "russia#0"]}
    fragment = client.post(f"/cases/{case_id}/whatif", data=form)
    assert fragment.status_code == 200
    assert "<html" not in fragment.text
    # The cheap utility space: no cloud of packages, no concession frontiers.
    names = [t.get("name") for t in chart(fragment.text, "frontier")["data"]]
    assert "frontier without red lines" in names
    assert not any(n in names for n in ("crosses a red line", "agreement space"))
    assert chart(fragment.text, "preferences")["data"]
    assert status_in(fragment.text, "crimea") == "open"
    assert status_in(fragment.text, "donbas") == "blocked"
    # Sliders left where they were change nothing; one moved counts.
    same = client.post(f"/cases/{case_id}/whatif",
                       data={**form, "r:ukraine": "0.35", "w:russia:crimea": "20"}).text
    assert "weights" not in same.split('id="headline"')[0]
    moved = client.post(f"/cases/{case_id}/whatif", data={**form, "r:ukraine": "0.9"}).text
    assert "ukraine reservation [0.85, 0.95]" in moved  # the interval keeps its width
    assert count_versions(client, case_id) == 1
    bad = client.post(f"/cases/{case_id}/whatif", data={**form, "w:russia:crimea": "-4"})
    assert bad.status_code == 422
    assert "after the what-if" in bad.text
    saved = client.post(f"/cases/{case_id}/whatif/save", data=form, headers=HX)
    assert saved.headers["HX-Redirect"] == f"/cases/{case_id}?version=2"
    assert client.get(f"/api/cases/{case_id}/versions/2").json()["note"] == (
        "what-if: red lines off: russia#0")


def test_history_page(client: TestClient) -> None:
    case_id = start(client)
    client.post(f"/api/cases/{case_id}/whatif/save", json={"disabled_red_lines": ["russia#0"]})
    page = client.get(f"/cases/{case_id}/history").text
    assert 'data-version="2"' in page
    assert "red line switched off: crimea" in page
    same = client.get(f"/cases/{case_id}/history?old=2&new=2").text
    assert "No difference" in same
    assert chart(page, "timeline")["data"][1]["y"] == [2, 1]
    upload = client.post(f"/cases/{case_id}/upload", files=[("files", ("x.yaml", "zopa: 1"))])
    assert upload.status_code == 422
    assert 'id="upload-error"' in upload.text
    assert count_versions(client, case_id) == 2


def test_mediation_fragment(client: TestClient) -> None:
    case_id = start(client)
    fragment = client.get(f"/cases/{case_id}/mediation?version=1")
    assert fragment.status_code == 200
    html = fragment.text
    assert "<html" not in html
    # The report's sections, with the same data: Adjusted Winner's table ...
    table = html.split('id="adjusted-winner-table"')[1].split("</table>")[0]
    rows = re.findall(r"<tr><td>(.*?)</td>.*?<td>(.*?)</td><td>", table, re.S)
    goes = {issue: to for issue, to in rows}
    assert goes["Status of Crimea"] == "blocked"
    assert goes["Neutrality and NATO"] == "settled"
    assert goes["Status of the Donetsk and Luhansk regions"] == "blocked"
    assert goes["Disarmament, a ceiling on Ukraine&#39;s peacetime armed forces"] == "Ukraine"
    assert "Each side gets 50.0 of its own 100 points (exactly 50)." in html
    # ... the single text's drafts, on the space the first minimal concession opens ...
    assert 'id="draft-1"' in html
    assert "Assuming the first minimal concession (russia#0 + russia#1)" in html
    # ... the trades and the sensitivity, with their charts.
    assert '<section id="trades">' in html
    assert "1,000 samples (seed 1)" in html
    for name in ("adjusted-winner", "sensitivity", "solutions", "nash-spread"):
        assert chart(html, name)["data"], name
    assert f'href="/api/cases/{case_id}/mediation?version=1"' in html
    assert client.get(f"/cases/{case_id}/mediation?version=3").status_code == 404


def test_mediation_fragment_escapes_the_scenario(client: TestClient, example_text: str) -> None:
    data = parse_scenario(example_text).to_dict()
    data["issues"][5]["name"] = "<script>alert(1)</script>"
    data["parties"][0]["name"] = "Ukraine & <b>co</b>"
    case_id = client.post("/api/cases", json={"scenario": data}).json()["case_id"]
    html = client.get(f"/cases/{case_id}/mediation").text
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>co</b>" not in html
    assert "Ukraine &amp; &lt;b&gt;co&lt;/b&gt;" in html


def test_form_helpers_on_odd_data() -> None:
    view = form_view({"parties": ["x", {"id": 3}], "issues": [7], "preferences": []})
    assert [p["id"] for p in view["parties"]] == ["", "3"]
    data = apply_action({"parties": [], "issues": []}, "add-party")
    assert data["parties"][0]["id"] == "party-1"
    assert field_of_error(("preferences", "ghost", "weights"), data) == ""
    assert field_of_error(("issues", 0, "range", "step"), data) == "issue-0-step"
    assert field_of_error(("parties", 0), data) == "party-0-id"


def test_cases_are_renamed_and_deleted_softly(client: TestClient) -> None:
    case_id = start(client)
    renamed = client.post(f"/cases/{case_id}/rename", data={"name": "Istanbul round"})
    assert renamed.status_code == 200  # followed the redirect to the case page
    assert "Istanbul round" in client.get("/").text
    assert client.post(f"/cases/{case_id}/rename", data={"name": "  "}).status_code == 422
    client.post(f"/cases/{case_id}/delete")
    library = client.get("/").text
    assert f'data-case="{case_id}"' not in library
    assert 'id="deleted-cases"' in library and "Istanbul round" in library
    # Deleted softly: the versions are still there, and it comes back.
    page = client.get(f"/cases/{case_id}").text
    assert 'id="deleted-banner"' in page
    assert client.get(f"/api/cases/{case_id}/versions/1").status_code == 200
    client.post(f"/cases/{case_id}/restore")
    assert f'data-case="{case_id}"' in client.get("/").text
    assert client.post("/cases/999/delete").status_code == 404


def test_report_downloads_for_any_version(client: TestClient,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = start(client)
    assert "/report?version=1&amp;format=pdf" in client.get(f"/cases/{case_id}").text
    assert f"/cases/{case_id}/report?version=1&amp;format=html" in client.get(
        f"/cases/{case_id}/history").text
    report = client.get(f"/cases/{case_id}/report?version=1&format=html")
    assert report.status_code == 200
    assert report.headers["content-disposition"] == (
        f'attachment; filename="case-{case_id}-v1-report.html"')
    assert report.text.startswith("<!DOCTYPE html>") and 'id="assumptions"' in report.text
    assert client.get(f"/cases/{case_id}/report?version=7").status_code == 404
    assert client.get(f"/cases/{case_id}/report?format=docx").status_code == 422
    # No renderer: a clear message, not a traceback.
    import zopa.render.pdf as pdf

    monkeypatch.setattr(pdf, "chromium_path", lambda: None)
    missing = client.get(f"/cases/{case_id}/report?format=pdf")
    assert missing.status_code == 503
    assert "PDF reports need Chromium: apt install chromium" in missing.text


def test_form_editor_keeps_red_line_ids_labels_and_switches(client: TestClient) -> None:
    data = parse_scenario(EXAMPLE_TEXT).to_dict()
    lines = data["preferences"]["russia"]["red_lines"]
    lines[0].update(id="crimea-russian", label="Crimea is Russian")
    lines[1]["disabled"] = True
    case_id = client.post("/api/cases", json={"scenario": data}).json()["case_id"]
    page = client.get(f"/cases/{case_id}/edit").text
    fields = form_fields(page.split('id="yaml-editor"')[0])
    back = data_from_form(fields)
    assert parse_scenario(back) == parse_scenario(data)
    kept = back["preferences"]["russia"]["red_lines"]
    assert (kept[0]["id"], kept[0]["label"], kept[1]["disabled"]) == (
        "crimea-russian", "Crimea is Russian", True)
    # A bad id is shown at its field.
    broken = {**fields, "rl-1-0-id": "Not An Id", "action": "check"}
    response = client.post(f"/cases/{case_id}/edit/form", data=broken, headers=HX)
    assert response.status_code == 422
    assert 'data-error-for="rl-1-0-id"' in response.text
