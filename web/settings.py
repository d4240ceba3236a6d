"""Where the app says it lives: the base URL of copied links, briefing footers and exports.

$NQ_BASE_URL when set (e.g. https://nghiquyet.example.vn/: the public address, behind a proxy). Unset, the address
of the server socket that took the request (the WSGI environ's SERVER_NAME and SERVER_PORT: `app.py --port 8092`
gives http://127.0.0.1:8092/), so a link at least names the port that served it. Never the request's Host header:
a forged Host would otherwise be written into every link a viewer copies or exports. Outside a request, or when
the socket has no usable address, the local default.
"""
from __future__ import annotations

import logging
import os
from urllib.parse import urlsplit

from flask import has_request_context, request

log = logging.getLogger("dashboard")

DEFAULT_BASE_URL = "http://127.0.0.1:8050/"
WILDCARD_HOSTS = {"0.0.0.0", "::", ""}   # a socket bound to every address: the link names the local one


def base_url() -> str:
    """$NQ_BASE_URL with one trailing slash; else the serving socket's address (never the Host header); the local
    default when neither is usable."""
    raw = (os.environ.get("NQ_BASE_URL") or "").strip()
    if not raw:
        return serving_url() or DEFAULT_BASE_URL
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        fallback = serving_url() or DEFAULT_BASE_URL
        log.warning("NQ_BASE_URL %r is not an http(s) address without query; using %s", raw, fallback)
        return fallback
    return raw.rstrip("/") + "/"


def serving_url() -> str | None:
    """'http://<host>:<port>/' of the socket that took the current request (from the WSGI server, not from
    anything the client sent), or None outside a request or for a socket without a TCP address."""
    if not has_request_context():
        return None
    env = request.environ
    host, port = str(env.get("SERVER_NAME") or ""), str(env.get("SERVER_PORT") or "")
    scheme = env.get("wsgi.url_scheme") if env.get("wsgi.url_scheme") in ("http", "https") else "http"
    if not port.isdigit() or "/" in host:      # a unix socket
        return None
    host = "127.0.0.1" if host in WILDCARD_HOSTS else host
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    default_port = {"http": "80", "https": "443"}[scheme]
    return f"{scheme}://{host}{'' if port == default_port else ':' + port}/"
