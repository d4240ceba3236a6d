"""Bounded, well-formed requests before Dash sees them: nothing a client sends can make a worker run long or
answer 500.

- Bodies: at most UPLOAD_BODY_BYTES (Flask's MAX_CONTENT_LENGTH: a signed-in upload of two reports at the
  readers' largest size limit, base64-encoded), at most ANONYMOUS_BODY_BYTES without sign-in (a page callback with
  every district is ~40 KB) -> 413.
- URLs: at most MAX_QUERY_BYTES of query and MAX_QUERY_PARAMS parameters -> 414 / 400.
- Callback bodies (/_dash-update-component) that are not a JSON object naming a registered output, with
  lists of inputs and states of the registered lengths -> 400; anything Dash itself then fails on in its own
  dispatch -> 400 too, logged on one line with an id (app errors are handled earlier by callbacks/errors.py).
- /_dash-component-suites/ paths Dash cannot serve -> 404.
- _dash-config without the Python version.
"""
from __future__ import annotations

import math

from dash import Dash
from flask import Response, jsonify, request
from werkzeug.exceptions import HTTPException, NotFound

from etl.read import MAX_BINARY_BYTES, MAX_BYTES
from web.auth import signed_in_user
from web.errors import log_failure

UPLOAD_FILES_PER_REQUEST = 2
# a Word/PDF/image file may be larger than a text file: the body must hold the larger one the view promises
UPLOAD_BODY_BYTES = UPLOAD_FILES_PER_REQUEST * math.ceil(max(MAX_BYTES, MAX_BINARY_BYTES) * 4 / 3) + 256 * 1024
ANONYMOUS_BODY_BYTES = 1024 * 1024
MAX_QUERY_BYTES = 64 * 1024
MAX_QUERY_PARAMS = 1_000
CALLBACK_PATH = "_dash-update-component"
SUITES_PATH = "_dash-component-suites"
HIDDEN_CONFIG = ("python_version",)


def install_request_guard(app: Dash) -> None:
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = UPLOAD_BODY_BYTES
    prefix = app.config.routes_pathname_prefix
    callback_path = prefix + CALLBACK_PATH

    @server.before_request
    def check_request():
        query = request.query_string
        if len(query) > MAX_QUERY_BYTES:
            return _refuse(414, f"the address is longer than {MAX_QUERY_BYTES} bytes")
        if query.count(b"&") >= MAX_QUERY_PARAMS:
            return _refuse(400, f"the address has more than {MAX_QUERY_PARAMS} parameters")
        length = request.content_length or 0
        if length > ANONYMOUS_BODY_BYTES and not signed_in_user():
            return _refuse(413, f"requests over {ANONYMOUS_BODY_BYTES // 1024} KB need sign-in")
        if request.method == "POST" and request.path == callback_path:
            problem = callback_body_problem(request.get_json(silent=True), app.callback_map)
            if problem:
                return _refuse(400, f"bad callback request: {problem}")
        return None

    _wrap_view(server, callback_path, _callback_failure)
    _wrap_view(server, prefix + SUITES_PATH, _not_found)

    @server.errorhandler(Exception)
    def unexpected(error):
        if isinstance(error, HTTPException):
            return error
        error_id = log_failure(f"{request.method} {request.path[:120]}", error)
        return _refuse(500, f"internal error (id {error_id})")

    config = app._config          # Dash's page config, minus what tells an attacker the exact runtime
    app._config = lambda: {k: v for k, v in config().items() if k not in HIDDEN_CONFIG}


def callback_body_problem(body, callback_map: dict) -> str | None:
    """Why `body` is not a callback request Dash can dispatch, or None."""
    if not isinstance(body, dict):
        return "the body is not a JSON object"
    output = body.get("output")
    if not isinstance(output, str):
        return "no output"
    spec = callback_map.get(output)
    if spec is None:
        return "unknown output"
    if not isinstance(body.get("outputs"), (dict, list)):
        return "no outputs"
    for key in ("inputs", "state"):
        items = body.get(key, [] if key == "state" else None)
        if not isinstance(items, list):
            return f"{key} is not a list"
        if len(items) != len(spec.get(key) or []):
            return f"{len(items)} {key}, the callback has {len(spec.get(key) or [])}"
        if not all(_is_prop(item) or (isinstance(item, list) and all(_is_prop(i) for i in item)) for item in items):
            return f"malformed {key}"
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        return "malformed changedPropIds"
    return None


def _is_prop(item) -> bool:
    return isinstance(item, dict) and isinstance(item.get("id"), (str, dict)) and \
        isinstance(item.get("property"), str)


def _refuse(status: int, message: str) -> Response:
    response = jsonify({"error": message})
    response.status_code = status
    return response


def _callback_failure(error: Exception) -> Response:
    error_id = log_failure("callback request", error)
    return _refuse(400, f"bad callback request (id {error_id})")


def _not_found(error: Exception) -> Response:
    return _refuse(404, "no such file")


def _wrap_view(server, rule_prefix: str, on_error) -> None:
    """Wrap the view of every URL rule starting with `rule_prefix`: exceptions other than HTTP ones (which
    keep their status) become `on_error(exc)`."""
    for rule in list(server.url_map.iter_rules()):
        if not rule.rule.startswith(rule_prefix):
            continue
        view = server.view_functions[rule.endpoint]

        def guarded(*args, _view=view, **kwargs):
            try:
                return _view(*args, **kwargs)
            except NotFound:
                return on_error(NotFound())
            except HTTPException:
                raise
            except Exception as error:  # noqa: BLE001 - answered with a 4xx and logged on one line
                if _has_own_handler(server, error):      # Dash's own answers (PreventUpdate: 204, ...)
                    raise
                return on_error(error)

        server.view_functions[rule.endpoint] = guarded


def _has_own_handler(server, error: Exception) -> bool:
    """A Flask error handler registered for a class of `error` more specific than Exception (Dash registers
    PreventUpdate -> 204 and InvalidResourceError -> 404)."""
    handlers = (server.error_handler_spec.get(None) or {}).get(None) or {}
    return any(cls is not Exception and isinstance(error, cls) for cls in handlers)
