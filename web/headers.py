"""Security headers on every response: a Content-Security-Policy the app, Dash and Plotly work under (scripts
only from this origin plus the hashes of Dash's own inline scripts; no inline or injected script runs), no
framing, no MIME sniffing, no Referer sent to other sites.

Styles may be inline (Plotly writes <style> elements and the sign-in page has one); images and fonts may be
data:/blob: URLs (Plotly's image export, the bundled fonts).
"""
from __future__ import annotations

from dash import Dash
from flask import Response

STATIC_POLICY = {
    "default-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # same-origin: the page's own requests keep the full Referer (app.py reads the page address from it for
    # the first render); other sites get none
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def content_security_policy(script_hashes: list[str]) -> str:
    policy = {**STATIC_POLICY, "script-src": ["'self'", *script_hashes]}
    return "; ".join(f"{name} {' '.join(values)}" for name, values in policy.items())


def install_security_headers(app: Dash) -> None:
    """Add the headers to every response of `app`'s server. The inline-script hashes are taken at the first
    response, when every clientside callback is registered."""
    cached: list[str] = []

    def add_headers(response: Response) -> Response:
        if not cached:
            cached.append(content_security_policy(app.csp_hashes()))
        response.headers.setdefault("Content-Security-Policy", cached[0])
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.server.after_request(add_headers)
