"""web/settings.py: the base URL of links comes from $NQ_BASE_URL, else from the serving socket, never from the
request's Host header."""
from __future__ import annotations

import json
import logging

import pytest

from tests.web.bodies import page_body, post
from flask import Flask

from web.settings import DEFAULT_BASE_URL, base_url, serving_url


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


def test_unset_outside_a_request_is_the_local_default(monkeypatch):
    monkeypatch.delenv("NQ_BASE_URL", raising=False)
    assert base_url() == DEFAULT_BASE_URL == "http://127.0.0.1:8050/"


@pytest.mark.parametrize("configured", ["ftp://files.example.vn/", "nghiquyet.example.vn", "https://x.vn/?a=1",
                                        "https://x.vn/#top", "javascript:alert(1)"])
def test_anything_but_a_plain_http_address_falls_back_with_a_warning(monkeypatch, caplog, configured):
    monkeypatch.setenv("NQ_BASE_URL", configured)
    with caplog.at_level(logging.WARNING, logger="dashboard"):
        assert base_url() == DEFAULT_BASE_URL
    assert "NQ_BASE_URL" in caplog.text


def _request(**environ):
    return Flask(__name__).test_request_context("/", headers={"Host": "evil.example:666"}, environ_overrides=environ)


@pytest.mark.parametrize("environ,used", [
    ({"SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8092"}, "http://127.0.0.1:8092/"),
    ({"SERVER_NAME": "0.0.0.0", "SERVER_PORT": "8081"}, "http://127.0.0.1:8081/"),
    ({"SERVER_NAME": "10.0.0.5", "SERVER_PORT": "443", "wsgi.url_scheme": "https"}, "https://10.0.0.5/"),
    ({"SERVER_NAME": "::1", "SERVER_PORT": "8050"}, "http://[::1]:8050/"),
])
def test_unset_the_serving_socket_is_named_not_the_host_header(monkeypatch, environ, used):
    """The review's links said 127.0.0.1:8050 for an app served on 8081; a forged Host never gets in."""
    monkeypatch.delenv("NQ_BASE_URL", raising=False)
    with _request(**environ):
        assert serving_url() == used
        assert base_url() == used and "evil" not in base_url()


def test_a_unix_socket_gives_the_local_default(monkeypatch):
    monkeypatch.delenv("NQ_BASE_URL", raising=False)
    with _request(SERVER_NAME="/run/nq.sock", SERVER_PORT=""):
        assert serving_url() is None and base_url() == DEFAULT_BASE_URL


def test_configured_wins_over_the_serving_socket(monkeypatch):
    monkeypatch.setenv("NQ_BASE_URL", "https://nghiquyet.example.vn")
    with _request(SERVER_NAME="127.0.0.1", SERVER_PORT="8092"):
        assert base_url() == "https://nghiquyet.example.vn/"
