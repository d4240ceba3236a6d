"""Never a stack trace on the page: errors in callbacks are logged and shown as a friendly, localised message."""
from __future__ import annotations

import functools
import logging
from urllib.parse import parse_qs, urlparse

from components.i18n import norm_lang, t
from web.errors import log_failure

log = logging.getLogger("dashboard")


def lang_from_search(search: str | None) -> str:
    if not search:
        return "vi"
    q = search[1:] if search.startswith("?") else search
    return norm_lang((parse_qs(q).get("lang") or ["vi"])[0])


def lang_from_context() -> str:
    """The page language of the request being served: from url.search among the callback's inputs/states, else the
    Referer header (the page URL, kept current by history.pushState)."""
    try:
        from dash import ctx

        for group in (getattr(ctx, "inputs", {}) or {}, getattr(ctx, "states", {}) or {}):
            for key, value in group.items():
                if key.startswith("url.") and key.endswith("search") and isinstance(value, str):
                    return lang_from_search(value)
    except Exception:  # noqa: BLE001
        pass
    try:
        from flask import request

        ref = request.headers.get("Referer")
        if ref:
            return lang_from_search(urlparse(ref).query)
    except Exception:  # noqa: BLE001
        pass
    return "vi"


def on_callback_error(err: Exception):
    """Dash `on_error` hook: log one line with an id (web.errors; no traceback per request), show the localised
    alert; outputs of the failed callback stay as they were."""
    log_failure("callback", err)
    try:
        from dash import set_props

        set_props("error-alert", {"children": t("msg.error", lang_from_context())})
        set_props("error-alert-wrap", {"className": "error-alert open"})
    except Exception:  # noqa: BLE001 - the handler itself must never raise
        log.exception("could not show the error alert")
    return None


def friendly(fallback):
    """Decorator for builders called inside callbacks: on error, log and return `fallback(lang, exc)` instead."""

    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                log.exception("%s failed", fn.__name__)
                return fallback(kwargs.get("lang") or lang_from_context(), exc)

        return inner

    return wrap
