"""The one call app.py makes: every Flask-level protection of web/ on the Dash app (after its callbacks)."""
from __future__ import annotations

from dash import Dash

from web.guard import install_request_guard
from web.headers import install_security_headers


def harden(app: Dash) -> Dash:
    """Security headers and request limits on `app` (see web/headers.py, web/guard.py). Call it last."""
    install_request_guard(app)
    install_security_headers(app)
    return app
