"""web/compression.py: brotli or gzip as the browser accepts, callback JSON per request and static files once."""
from __future__ import annotations

import gzip
import json
import re

import brotli
import pytest

from tests.web.bodies import page_body, post
from web.compression import _accepted, _StaticCache


def _decoded(response):
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


@pytest.mark.parametrize("header,chosen", [
    ("gzip, deflate, br", "br"), ("gzip", "gzip"), ("br;q=0, gzip", "gzip"), ("BR", "br"), ("*", "br"),
    ("*;q=0", None), ("identity", None), ("", None), ("br;q=oops, gzip;q=0.5", "gzip"), ("gzip;q=0, br;q=0", None),
])
def test_the_encoding_is_brotli_then_gzip_and_q0_refuses(header, chosen):
    assert _accepted(header) == chosen


def test_the_static_cache_is_bounded_in_bytes():
    cache = _StaticCache(limit=10)
    cache.put("a", b"12345")
    cache.put("b", b"1234")
    assert cache.get("a") == b"12345" and cache.used == 9
    cache.put("c", b"123")                     # over the limit: emptied first, then kept
    assert cache.get("a") is None and cache.get("c") == b"123" and cache.used == 3
