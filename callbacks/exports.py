"""Download callbacks for every export panel (components/export_panel.py), by pattern-matching ids.

Thin: the URL state is parsed, the view's charts and context rebuilt by the dashboard's functions, and the file
made by exports.make_export. Failures become a friendly message in the panel's status line (never a traceback)
and are logged.
"""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from urllib.parse import parse_qs

import pandas as pd
from dash import ALL, MATCH, Input, Output, State, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate

from components.export_panel import EXPORT_ACTIONS, FULL_DATA_ACTIONS, VIEW_EXPORTS_ID
from components.layout import view_exports
from exports.actions import make_export
from exports.context import ExportContext
from exports.errors import ExportError, user_message
from exports.image_renderer import warm_up
from exports.view_context import context_for_state as view_context_for_state
from exports.view_context import full_data_for_state as view_full_data
from exports.view_context import has_charts, state_for_search
from exports.view_context import specs_for_state as view_specs_for_state
from web.settings import base_url
from components.i18n import norm_lang, t

log = logging.getLogger(__name__)

# Escape closes an open export menu and returns focus to its button; a click elsewhere closes it too.
_INSTALL_KEYS_JS = """
function(_data) {
    if (!window.__exportMenusInstalled) {
        window.__exportMenusInstalled = true;
        document.addEventListener('keydown', function(e) {
            if (e.key !== 'Escape') { return; }
            document.querySelectorAll('details.export-menu[open]').forEach(function(d) {
                d.removeAttribute('open');
                var s = d.querySelector('summary');
                if (s) { s.focus(); }
            });
        });
        document.addEventListener('click', function(e) {
            document.querySelectorAll('details.export-menu[open]').forEach(function(d) {
                if (!d.contains(e.target)) { d.removeAttribute('open'); }
            });
        });
    }
    return window.dash_clientside.no_update;
}
"""
# After choosing an item, close its menu (the download starts on its own).
_CLOSE_MENUS_JS = """
function(_clicks) {
    document.querySelectorAll('details.export-menu[open]').forEach(function(d) { d.removeAttribute('open'); });
    return window.dash_clientside.no_update;
}
"""


def _query_lang(search: str | None) -> str:
    """The language a URL asks for, read before anything else can fail (for the error message itself)."""
    return norm_lang((parse_qs((search or "").lstrip("?")).get("lang") or [None])[0])


def _default_parse_state(search: str) -> dict:
    return state_for_search(search)


def _as_state(parsed) -> dict:
    if isinstance(parsed, tuple):  # parse_state may return (state, notices)
        parsed = parsed[0]
    return dict(parsed or {})


def configured_context_for_state(state: dict) -> dict:
    """The export context of `state`, its links under the configured base URL (never the request's Host)."""
    return view_context_for_state(state, url_root=base_url())


def export_response(action: str, chart_id: str, search: str | None, *,
                    specs_for_state: Callable = view_specs_for_state,
                    context_for_state: Callable = configured_context_for_state, parse_state: Callable | None = None,
                    full_data_for_state: Callable = view_full_data):
    """(download data or no_update, status children) for one click; never raises."""
    parse_state = parse_state or _default_parse_state
    lang = _query_lang(search)
    started = time.perf_counter()
    try:
        if action not in EXPORT_ACTIONS:
            raise ExportError(f"unknown action {action!r}")
        state = _as_state(parse_state(search or ""))
        context = context_for_state(state)
        lang = norm_lang((context or {}).get("lang") or lang)
        specs = list(specs_for_state(state) or [])
        export_ctx = ExportContext.from_any(context, state, frames=[s.data for s in specs])
        full = full_data_for_state(state) if action in FULL_DATA_ACTIONS else None
        payload, filename = make_export(action, chart_id, specs, export_ctx, full_data=full)
    except ExportError as exc:
        log.warning("export %s of chart %r failed: %s", action, chart_id, exc, exc_info=exc.__cause__ is not None)
        return no_update, _error(user_message(exc, lang))
    except Exception as exc:  # noqa: BLE001 - the user gets a message, the log gets the traceback
        log.exception("export %s of chart %r failed", action, chart_id)
        return no_update, _error(user_message(exc, lang))
    log.info("export %s of chart %r: %s (%d bytes, %.2fs)", action, chart_id, filename, len(payload),
             time.perf_counter() - started)
    status = html.Span(t("done", lang, filename=filename), className="export-done text-muted")  # for screen readers
    return dcc.send_bytes(payload, filename, type=EXPORT_ACTIONS[action].mime), status


def _error(message: str):
    return html.Span(message, className="export-error text-danger", role="alert",
                     style={"color": "#b42318", "whiteSpace": "normal"})


def register_export_callbacks(app, *, specs_for_state=view_specs_for_state, context_for_state=configured_context_for_state,
                              parse_state=None, full_data_for_state=view_full_data, warm_renderer: bool | None = None,
                              view_exports_slot: bool = False):
    """Serve every export panel of `app`.

    specs_for_state(state) -> list[ChartSpec] (the view's charts); context_for_state(state) -> dict(lang, url,
    vintage, sources[, filters]); parse_state(search) -> state dict (default: components.state.parse_state);
    full_data_for_state(state) -> DataFrame of all rows for the current filters (defaults: exports/view_context.py).
    The app needs dcc.Location(id="url"). warm_renderer starts Chromium in the background so the first image is
    fast (default: yes, unless $EXPORTS_WARM_RENDERER=0). view_exports_slot=True: the layout holds
    components.export_panel.view_exports_slot() (the app shell does), filled with the view's Export briefing.
    """

    @app.callback(
        Output({"type": "export-download", "chart": MATCH}, "data"),
        Output({"type": "export-status", "chart": MATCH}, "children"),
        Input({"type": "export-action", "chart": MATCH, "action": ALL}, "n_clicks"),
        State("url", "search"),
        prevent_initial_call=True,
    )
    def run_export(_clicks, search):
        trigger = ctx.triggered_id
        if not isinstance(trigger, dict) or not any(item.get("value") for item in ctx.triggered):
            raise PreventUpdate  # panels (re)rendered, nothing clicked
        return export_response(
            trigger["action"], trigger["chart"], search,
            specs_for_state=specs_for_state, context_for_state=context_for_state,
            parse_state=parse_state, full_data_for_state=full_data_for_state,
        )

    app.clientside_callback(
        _CLOSE_MENUS_JS,
        Output({"type": "export-ui", "chart": MATCH}, "data", allow_duplicate=True),
        Input({"type": "export-action", "chart": MATCH, "action": ALL}, "n_clicks"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        _INSTALL_KEYS_JS,
        Output({"type": "export-ui", "chart": MATCH}, "data"),
        Input({"type": "export-ui", "chart": MATCH}, "id"),
    )

    if view_exports_slot:
        # the view-level "Export briefing" action (one per view), rendered for the URL's view and language
        @app.callback(Output(VIEW_EXPORTS_ID, "children"), Input("url", "search"))
        def fill_view_exports(search):
            state = _as_state((parse_state or _default_parse_state)(search or ""))
            return view_exports(state, has_charts=has_charts(state))

    if warm_renderer is None:
        warm_renderer = os.environ.get("EXPORTS_WARM_RENDERER", "1") != "0"
    if warm_renderer:
        warm_up(background=True)
    return run_export
