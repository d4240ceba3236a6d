"""web/: security headers, request limits, well-formed callback bodies, the configured base URL — on the real
app's Flask server (Flask's test client: no network)."""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import re

import pytest

from tests.web.bodies import body_for, page_callback, server_callbacks
from web.guard import ANONYMOUS_BODY_BYTES, MAX_QUERY_BYTES, MAX_QUERY_PARAMS

CALLBACK = "/_dash-update-component"


@pytest.fixture(scope="module")
def dashboard(sample_data_dir):
    import os

    os.environ.setdefault("EXPORTS_WARM_RENDERER", "0")
    old = os.environ.get("NQ_DATA_DIR")
    os.environ["NQ_DATA_DIR"] = str(sample_data_dir)
    import app as app_module

    yield app_module
    if old is None:
        os.environ.pop("NQ_DATA_DIR", None)
    else:
        os.environ["NQ_DATA_DIR"] = old


@pytest.fixture
def client(dashboard):
    return dashboard.server.test_client()


@pytest.fixture(scope="module")
def dependencies(dashboard):
    return dashboard.server.test_client().get("/_dash-dependencies").get_json()


def post(client, body, **kwargs):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(CALLBACK, data=data, content_type="application/json", **kwargs)


def page_body(dependencies, search="?view=compare&lang=en"):
    return body_for(page_callback(dependencies), {"url.search": search}, changed="url.search")


# ------------------------------------------------------------------ headers

@pytest.mark.parametrize("path", ["/", "/_dash-layout", "/_dash-dependencies", "/assets/style.css", "/login",
                                  "/_dash-component-suites/nope/x.js"])
def test_every_route_carries_the_security_headers(client, path):
    headers = client.get(path).headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"
    policy = dict(part.strip().split(" ", 1) for part in headers["Content-Security-Policy"].split(";"))
    assert policy["frame-ancestors"] == "'none'" and policy["object-src"] == "'none'"
    assert "unsafe-inline" not in policy["script-src"] and "unsafe-eval" not in policy["script-src"]


def test_only_the_pages_own_inline_scripts_may_run(client):
    """Every executable inline script of the page is allowed by its hash; nothing else inline is."""
    page = client.get("/")
    script_src = next(p for p in page.headers["Content-Security-Policy"].split(";") if "script-src" in p)
    allowed = set(re.findall(r"'(sha256-[^']+)'", script_src))
    html = re.sub(r"<!--.*?-->", "", page.get_data(as_text=True), flags=re.S)   # (IE's conditional comment)
    inline = [m.group(2) for m in re.finditer(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", html, re.S)
              if "application/json" not in m.group(1)]
    assert inline
    hashes = {"sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in inline}
    assert hashes <= allowed


def test_the_page_config_does_not_tell_the_python_version(client):
    page = client.get("/").get_data(as_text=True)
    config = json.loads(re.search(r'<script id="_dash-config" type="application/json">(.*?)</script>', page,
                                  re.S).group(1))
    assert "python_version" not in config and "dash_version" in config


# ------------------------------------------------------------------ limits and malformed requests

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


# ------------------------------------------------------------------ base URL and errors

def test_links_use_the_configured_base_url_not_the_host_header(client, dependencies, monkeypatch):
    monkeypatch.setenv("NQ_BASE_URL", "https://nghiquyet.example.vn")
    response = post(client, page_body(dependencies), headers={"Host": "evil.example"})
    text = json.dumps(response.get_json(), ensure_ascii=False)       # (Dash writes "/" as \u002f)
    assert response.status_code == 200
    assert "https://nghiquyet.example.vn/?view=compare" in text and "evil.example" not in text


def test_a_failing_callback_logs_one_line_with_an_id_and_shows_the_alert(client, dependencies, monkeypatch,
                                                                         caplog):
    import callbacks.page

    def boom(*args, **kwargs):
        raise RuntimeError("builder broke")

    monkeypatch.setattr(callbacks.page, "page_update", boom)
    with caplog.at_level(logging.DEBUG, logger="dashboard"):
        response = post(client, page_body(dependencies))
    assert response.status_code == 200 and "error-alert" in response.get_data(as_text=True)
    records = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(records) == 1 and records[0].exc_info is None
    assert re.search(r"callback failed \[id [0-9a-f]{8}\] RuntimeError: builder broke at test_hardening.py:\d+",
                     records[0].getMessage())


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


# ------------------------------------------------------------------ compression (web/compression.py)

def _decoded(response):
    import gzip

    import brotli

    encoding = response.headers.get("Content-Encoding")
    data = response.get_data()
    return brotli.decompress(data) if encoding == "br" else gzip.decompress(data) if encoding == "gzip" else data


@pytest.mark.parametrize("accept,encoding", [("gzip, deflate, br", "br"), ("gzip", "gzip"), ("br;q=0, gzip", "gzip"),
                                             ("identity", None)])
def test_callback_json_is_compressed_as_the_browser_accepts_and_keeps_its_headers(client, dependencies, accept,
                                                                                 encoding):
    plain = post(client, page_body(dependencies))
    packed = post(client, page_body(dependencies), headers={"Accept-Encoding": accept})
    assert packed.status_code == 200
    assert packed.headers.get("Content-Encoding") == encoding
    assert "Accept-Encoding" in packed.headers["Vary"]
    assert json.loads(_decoded(packed)) == json.loads(plain.get_data())
    assert "script-src" in packed.headers["Content-Security-Policy"]
    assert packed.headers["X-Content-Type-Options"] == "nosniff"
    if encoding:
        assert len(packed.get_data()) < len(plain.get_data()) / 3


def test_bundles_and_fonts_are_compressed_once_and_served_equal(client):
    page = client.get("/").get_data(as_text=True)
    bundle = re.search(r'src="(/_dash-component-suites/[^"]+plotly[^"]*\.js[^"]*)"', page).group(1)
    raw = client.get(bundle)
    for _ in range(2):   # the second answer comes from the worker's cache of compressed files
        packed = client.get(bundle, headers={"Accept-Encoding": "br"})
        assert packed.headers["Content-Encoding"] == "br"
        assert _decoded(packed) == raw.get_data()
        assert int(packed.headers["Content-Length"]) == len(packed.get_data()) < len(raw.get_data()) / 2
        assert "script-src" in packed.headers["Content-Security-Policy"]
    font = client.get("/assets/fonts/NotoSans-Regular.ttf", headers={"Accept-Encoding": "gzip"})
    assert font.headers["Content-Encoding"] == "gzip"
    assert _decoded(font) == client.get("/assets/fonts/NotoSans-Regular.ttf").get_data()


def test_missing_files_are_not_compressed(client):
    response = client.get("/_dash-component-suites/nope/x.js", headers={"Accept-Encoding": "br"})
    assert response.status_code == 404
    assert "Content-Encoding" not in response.headers
