"""web/guard.py: bounded, well-formed requests before Dash sees them (the real app's server, and the callback-body
check on its own)."""
from __future__ import annotations

import json
import re

import pytest

from tests.web.bodies import body_for, page_body, post, server_callbacks
from web.guard import ANONYMOUS_BODY_BYTES, MAX_QUERY_BYTES, MAX_QUERY_PARAMS, callback_body_problem

CALLBACKS = {"out.children": {"inputs": [{"id": "a", "property": "value"}], "state": [{"id": "b", "property": "data"}]}}
GOOD = {"output": "out.children", "outputs": {"id": "out", "property": "children"},
        "inputs": [{"id": "a", "property": "value", "value": 1}], "state": [{"id": "b", "property": "data"}],
        "changedPropIds": ["a.value"]}


def test_the_page_config_does_not_tell_the_python_version(client):
    page = client.get("/").get_data(as_text=True)
    config = json.loads(re.search(r'<script id="_dash-config" type="application/json">(.*?)</script>', page,
                                  re.S).group(1))
    assert "python_version" not in config and "dash_version" in config


@pytest.mark.parametrize("body", [b"null", b"[]", b'"text"', b"{}", b"{not json",
                                  {"output": "nowhere.children", "outputs": {"id": "nowhere", "property": "children"},
                                   "inputs": [], "changedPropIds": []}])
def test_structurally_broken_callback_bodies_get_400(client, body):
    response = post(client, body)
    assert response.status_code == 400 and "bad callback request" in response.get_json()["error"]


def test_callback_bodies_missing_or_mangling_their_inputs_get_400(client, dependencies):
    good = page_body(dependencies)
    for broken in ({k: v for k, v in good.items() if k != "inputs"}, {**good, "inputs": good["inputs"][:-1]},
                   {**good, "inputs": "x"}, {**good, "state": [{"id": 1}]}, {**good, "changedPropIds": [None]},
                   {**good, "outputs": None}):
        assert post(client, broken).status_code == 400, broken
    assert post(client, good).status_code == 200


def test_unknown_component_files_are_404(client):
    for path in ("/_dash-component-suites/nope/x.js", "/_dash-component-suites/dash/../../etc/passwd",
                 "/_dash-component-suites/dash/nothing.js", "/_dash-component-suites/dash/deps/x%00.js"):
        assert client.get(path).status_code == 404, path


def test_big_bodies_are_refused_before_they_are_read(client, dependencies):
    body = page_body(dependencies)
    body["inputs"][1]["value"] = ["x" * 100] * (ANONYMOUS_BODY_BYTES // 100)
    assert post(client, body).status_code == 413
    assert post(client, b"{" + b" " * (20 * 2**20) + b"}").status_code == 413       # the 20 MB of the issue


def test_overlong_and_crowded_addresses_are_refused(client):
    assert client.get("/?view=" + "a" * MAX_QUERY_BYTES).status_code == 414
    assert client.get("/?" + "&".join(f"x{i}=1" for i in range(MAX_QUERY_PARAMS + 1))).status_code == 400
    assert client.get("/?view=compare&lang=en").status_code == 200


def test_every_server_callback_answers_a_well_formed_empty_body_as_dash_does(client, dependencies):
    for dependency in server_callbacks(dependencies):
        response = post(client, body_for(dependency))
        assert response.status_code in (200, 204), dependency["output"]     # PreventUpdate stays 204


def test_a_signed_in_user_may_send_an_upload_sized_body(client, monkeypatch, tmp_path):
    from store.db import Store

    url = f"sqlite:///{tmp_path / 'nq.sqlite'}"
    monkeypatch.setenv("NQ_DATABASE_URL", url)
    Store(url).add_user("lan", "dung-mat-khau")
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    client.post("/login", data={"name": "lan", "password": "dung-mat-khau", "next": "/", "csrf_token": token})
    big = json.dumps({"output": "upload-results.children", "pad": "x" * (2 * ANONYMOUS_BODY_BYTES)})
    assert post(client, big).status_code == 400          # read and judged (malformed), not refused by size
    # a scanned PDF near the view's stated limit for Word/PDF/images (30 MB), base64-encoded, is read too
    from etl.read import MAX_BINARY_BYTES

    scan = json.dumps({"output": "upload-results.children", "pad": "x" * (MAX_BINARY_BYTES * 4 // 3 - 1024)})
    assert post(client, scan).status_code == 400


def test_a_well_formed_body_has_no_problem():
    assert callback_body_problem(GOOD, CALLBACKS) is None
    pattern = {**GOOD, "inputs": [[{"id": {"type": "card", "index": 1}, "property": "value"}]]}   # an ALL input
    assert callback_body_problem(pattern, CALLBACKS) is None


@pytest.mark.parametrize("body,problem", [
    (None, "the body is not a JSON object"),
    ({**GOOD, "output": 3}, "no output"),
    ({**GOOD, "output": "elsewhere.children"}, "unknown output"),
    ({**GOOD, "outputs": "x"}, "no outputs"),
    ({**GOOD, "inputs": None}, "inputs is not a list"),
    ({**GOOD, "inputs": []}, "0 inputs, the callback has 1"),
    ({**GOOD, "state": [{"id": "b", "property": "data"}] * 2}, "2 state, the callback has 1"),
    ({**GOOD, "inputs": [{"id": 5, "property": "value"}]}, "malformed inputs"),
    ({**GOOD, "state": [{"id": "b"}]}, "malformed state"),
    ({**GOOD, "changedPropIds": "a.value"}, "malformed changedPropIds"),
])
def test_what_is_wrong_with_a_body_is_named(body, problem):
    assert callback_body_problem(body, CALLBACKS) == problem


def test_a_missing_state_list_counts_as_none():
    body = {k: v for k, v in GOOD.items() if k != "state"}
    assert callback_body_problem(body, CALLBACKS) == "0 state, the callback has 1"
    assert callback_body_problem(body, {"out.children": {"inputs": CALLBACKS["out.children"]["inputs"]}}) is None
