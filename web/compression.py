"""Compressed responses: brotli where the browser accepts it, else gzip, for HTML, JSON, JS, CSS and fonts.

Levels chosen by measurement (benchmarks/app_latency.py prints the sizes; 2 shared cores):
  * callback and layout JSON, made anew per request: brotli 4 (508 KB compare-all body → 55 KB in 5.9 ms CPU;
    brotli 5 gains 7% for twice the time), gzip 4 for browsers without brotli (73 KB in 7.5 ms; gzip 6 is 13.8 ms);
  * the same files every time (Dash's component bundles, /assets/): compressed once per worker at brotli 6 /
    gzip 9 and kept (plotly.min.js 4.7 MB → 1.24 MB in 0.34 s once; brotli 11 would be 15 s).
WOFF2 fonts and images are already compressed and pass through.
"""
from __future__ import annotations

import gzip
import threading

import brotli
from dash import Dash
from flask import Response, request
from flask_compress import Compress

DYNAMIC_BROTLI_LEVEL = 4
DYNAMIC_GZIP_LEVEL = 4
STATIC_BROTLI_LEVEL = 6
STATIC_GZIP_LEVEL = 9
MIN_BYTES = 500                      # smaller bodies are not worth a Content-Encoding
STATIC_CACHE_BYTES = 32 * 2**20      # compressed static files kept per worker (all bundles are ≈ 3 MB)
STATIC_PREFIXES = ("/_dash-component-suites/", "/assets/")
MIMETYPES = [
    "text/html", "text/css", "text/plain", "text/javascript", "application/javascript",
    "application/x-javascript", "application/json", "image/svg+xml",
    "font/ttf", "font/otf", "application/x-font-ttf", "application/font-sfnt",
]


def _accepted(accept_encoding: str) -> str | None:
    """'br' or 'gzip' if the request accepts it (q=0 refuses), else None."""
    offered = {}
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        offered[name.strip()] = q
    for name in ("br", "gzip"):
        if offered.get(name, offered.get("*", 0.0)) > 0:
            return name
    return None


class _StaticCache:
    """Compressed bodies of unchanging files by (encoding, path, query, ETag, length); bounded in bytes."""

    def __init__(self, limit: int):
        self.limit, self.used, self.items, self.lock = limit, 0, {}, threading.Lock()

    def get(self, key):
        return self.items.get(key)

    def put(self, key, body: bytes) -> None:
        with self.lock:
            if self.used + len(body) > self.limit:
                self.items.clear()
                self.used = 0
            self.items[key] = body
            self.used += len(body)


def _compress_static(response: Response, cache: _StaticCache) -> Response:
    encoding = _accepted(request.headers.get("Accept-Encoding", ""))
    if (encoding is None or response.status_code != 200 or response.mimetype not in MIMETYPES
            or "Content-Encoding" in response.headers):
        return response
    response.direct_passthrough = False
    key = (encoding, request.path, request.query_string, response.headers.get("ETag"),
           response.headers.get("Last-Modified"), response.content_length)
    body = cache.get(key)
    if body is None:
        data = response.get_data()
        if len(data) < MIN_BYTES:
            return response
        body = brotli.compress(data, quality=STATIC_BROTLI_LEVEL) if encoding == "br" else \
            gzip.compress(data, compresslevel=STATIC_GZIP_LEVEL)
        cache.put(key, body)
    response.set_data(body)
    response.headers["Content-Encoding"] = encoding
    etag, weak = response.get_etag()
    if etag and not weak:
        response.set_etag(f"{etag}:{encoding}")
    return response


def install_compression(app: Dash) -> Dash:
    """Compress every eligible response of `app`'s server (see the module docstring for the levels)."""
    server = app.server
    server.config.update(
        COMPRESS_REGISTER=False, COMPRESS_ALGORITHM=["br", "gzip"], COMPRESS_BR_LEVEL=DYNAMIC_BROTLI_LEVEL,
        COMPRESS_LEVEL=DYNAMIC_GZIP_LEVEL, COMPRESS_MIN_SIZE=MIN_BYTES, COMPRESS_MIMETYPES=MIMETYPES,
        COMPRESS_STREAMS=False)
    dynamic = Compress(server)
    static = _StaticCache(STATIC_CACHE_BYTES)

    def compress(response: Response) -> Response:
        vary = response.headers.get("Vary")
        if request.method == "GET" and request.path.startswith(STATIC_PREFIXES):
            if not vary:
                response.headers["Vary"] = "Accept-Encoding"
            elif "accept-encoding" not in vary.lower():
                response.headers["Vary"] = f"{vary}, Accept-Encoding"
            return _compress_static(response, static)
        return dynamic.after_request(response)

    server.after_request(compress)
    return app


__all__ = ["install_compression", "DYNAMIC_BROTLI_LEVEL", "DYNAMIC_GZIP_LEVEL", "STATIC_BROTLI_LEVEL",
           "STATIC_GZIP_LEVEL"]
