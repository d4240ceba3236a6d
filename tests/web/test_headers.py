"""web/headers.py: the security headers and Content-Security-Policy, on the real app and on a bare Dash app."""
from __future__ import annotations

import base64
import hashlib
import re

import pytest
from dash import Dash, html
from flask import Response

from web.headers import HEADERS, content_security_policy, install_security_headers


def policy_of(header: str) -> dict:
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


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


def test_the_policy_runs_scripts_of_this_origin_and_the_given_hashes_only():
    policy = policy_of(content_security_policy(["'sha256-abc='", "'sha256-def='"]))
    assert policy["script-src"] == "'self' 'sha256-abc=' 'sha256-def='"
    assert policy["default-src"] == "'self'" and policy["connect-src"] == "'self'"
    assert policy_of(content_security_policy([]))["script-src"] == "'self'"


def test_a_bare_dash_app_gets_every_header_and_a_route_keeps_its_own():
    app = Dash(__name__)
    app.layout = html.Div("x")

    @app.server.route("/framed")
    def framed():
        return Response("x", headers={"X-Frame-Options": "SAMEORIGIN"})

    install_security_headers(app)
    client = app.server.test_client()
    page = client.get("/")
    assert all(page.headers[name] == value for name, value in HEADERS.items())
    assert "sha256-" in policy_of(page.headers["Content-Security-Policy"])["script-src"]   # Dash's inline scripts
    assert client.get("/framed").headers["X-Frame-Options"] == "SAMEORIGIN"
