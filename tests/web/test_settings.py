"""web/settings.py: the base URL of links comes from $NQ_BASE_URL, never from the request's Host header."""
from __future__ import annotations

import json
import logging

import pytest

from tests.web.bodies import page_body, post
from web.settings import DEFAULT_BASE_URL, base_url


def test_links_use_the_configured_base_url_not_the_host_header(client, dependencies, monkeypatch):
    monkeypatch.setenv("NQ_BASE_URL", "https://nghiquyet.example.vn")
    response = post(client, page_body(dependencies), headers={"Host": "evil.example"})
    text = json.dumps(response.get_json(), ensure_ascii=False)       # (Dash writes "/" as \u002f)
    assert response.status_code == 200
    assert "https://nghiquyet.example.vn/?view=compare" in text and "evil.example" not in text


@pytest.mark.parametrize("configured,used", [
    ("https://nghiquyet.example.vn", "https://nghiquyet.example.vn/"),
    ("  https://nghiquyet.example.vn/bao-cao//  ", "https://nghiquyet.example.vn/bao-cao/"),
    ("http://10.0.0.5:8050/", "http://10.0.0.5:8050/"),
    ("", DEFAULT_BASE_URL),
])
def test_the_base_url_has_one_trailing_slash(monkeypatch, configured, used):
    monkeypatch.setenv("NQ_BASE_URL", configured)
    assert base_url() == used


def test_unset_is_the_local_default(monkeypatch):
    monkeypatch.delenv("NQ_BASE_URL", raising=False)
    assert base_url() == DEFAULT_BASE_URL == "http://127.0.0.1:8050/"


@pytest.mark.parametrize("configured", ["ftp://files.example.vn/", "nghiquyet.example.vn", "https://x.vn/?a=1",
                                        "https://x.vn/#top", "javascript:alert(1)"])
def test_anything_but_a_plain_http_address_falls_back_with_a_warning(monkeypatch, caplog, configured):
    monkeypatch.setenv("NQ_BASE_URL", configured)
    with caplog.at_level(logging.WARNING, logger="dashboard"):
        assert base_url() == DEFAULT_BASE_URL
    assert "NQ_BASE_URL" in caplog.text
