"""Where the app says it lives: the base URL of copied links, briefing footers and exports.

From configuration ($NQ_BASE_URL, e.g. https://nghiquyet.example.vn/), never from the request's Host header:
a forged Host would otherwise be written into every link a viewer copies or exports.
"""
from __future__ import annotations

import logging
import os
from urllib.parse import urlsplit

log = logging.getLogger("dashboard")

DEFAULT_BASE_URL = "http://127.0.0.1:8050/"


def base_url() -> str:
    """$NQ_BASE_URL with one trailing slash; the local default when unset or not an http(s) address."""
    raw = (os.environ.get("NQ_BASE_URL") or "").strip()
    if not raw:
        return DEFAULT_BASE_URL
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        log.warning("NQ_BASE_URL %r is not an http(s) address without query; using %s", raw, DEFAULT_BASE_URL)
        return DEFAULT_BASE_URL
    return raw.rstrip("/") + "/"
