"""web/hardening.py: the one call app.py makes puts the security headers and the request limits on a Dash app
(here a bare one: the real app's headers, limits and bodies have their own tests, test_headers.py, test_guard.py)."""
from __future__ import annotations

from dash import Dash, html

from web.guard import MAX_QUERY_BYTES, UPLOAD_BODY_BYTES
from web.hardening import harden


def bare_app() -> Dash:
    app = Dash(__name__)
    app.layout = html.Div("x")
    return app


def test_harden_installs_the_limits_and_the_headers_even_on_refusals():
    app = bare_app()
    assert harden(app) is app
    client = app.server.test_client()
    assert app.server.config["MAX_CONTENT_LENGTH"] == UPLOAD_BODY_BYTES
    refused = client.get("/?view=" + "a" * MAX_QUERY_BYTES)
    assert refused.status_code == 414 and refused.headers["X-Frame-Options"] == "DENY"
    page = client.get("/")
    assert page.status_code == 200 and "script-src" in page.headers["Content-Security-Policy"]
    assert "python_version" not in page.get_data(as_text=True)


def test_an_unhardened_app_has_neither():
    client = bare_app().server.test_client()
    assert client.get("/?view=" + "a" * MAX_QUERY_BYTES).status_code == 200
    assert "Content-Security-Policy" not in client.get("/").headers
