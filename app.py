"""Dashboard: Vietnamese districts compared on the targets of their resolutions.

    python app.py [--debug] [--port 8050]       # development server, http://127.0.0.1:8050
    gunicorn app:server -w 4 --no-control-socket -b 127.0.0.1:8050

Data: $NQ_DATA_DIR (default ./data) — indicators.parquet, indicators.documents.parquet, etl_report.json.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from functools import lru_cache
from urllib.parse import urlsplit

import pandas as pd
from dash import Dash
from dash.exceptions import PreventUpdate
from flask import has_request_context, request

from callbacks.errors import on_callback_error
from callbacks.exports import register_export_callbacks
from callbacks.page import first_page, register_page_callbacks
from callbacks.passage import register_passage_callbacks
from callbacks.review import register_review_callbacks
from callbacks.upload import register_upload_callbacks
from components.i18n import t
from components.layout import app_shell, vintage_text
from components.state import parse_state, state_to_query
from components.views import figures_for, places_in_scope, render_view, used_source_ids, view_specs
from data_access import load_dataset
from exports.context import readable_filters
from web.auth import init_auth, users_command
from web.hardening import harden
from web.settings import base_url

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"),
                    format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("dashboard")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8050


def get_dataset():
    """The process-wide dataset (cached in data_access; re-read when the facts file changes)."""
    return load_dataset()


def _full_state(state: dict) -> dict:
    """Fill a partial state (e.g. from the exports) with defaults through the same parser the page uses."""
    ds = get_dataset()
    opts = ds.state_options() if ds.ok else None
    parsed, _ = parse_state(state_to_query(state or {}), options=opts)
    return parsed


@lru_cache(maxsize=32)
def _specs_for_query(dataset_key: tuple, query: str):
    ds = get_dataset()
    state, _ = parse_state(query, options=ds.state_options() if ds.ok else None)
    return tuple(view_specs(ds, state))


def specs_for_state(state: dict):
    """The ChartSpecs of the view described by `state`, rebuilt with the same builders the page uses.

    Cached per dataset and canonical URL query: an export asks for the specs and the context of the same view
    in turn. The specs are shared; treat them as read-only (the exports copy figures before changing them)."""
    ds = get_dataset()
    return list(_specs_for_query((id(ds), ds.source, ds.built_at), state_to_query(_full_state(state))))


def _base_url() -> str:
    return base_url()       # $NQ_BASE_URL, never the Host header


def context_for_state(state: dict) -> dict:
    """What an export needs around the charts: language, the view's URL, data vintage, the documents behind every
    row an export can contain (the charts' and the full data's), and the view's filters with readable names."""
    ds = get_dataset()
    full = _full_state(state)
    lang = full["lang"]
    specs = specs_for_state(full)
    ids = used_source_ids(ds, full, specs)
    if full["view"] in ("compare", "targets", "scorecard", "data"):
        rows = full_data_for_state(full)
        if "source_id" in rows:
            ids += list(rows["source_id"].dropna())
    ids = list(dict.fromkeys(str(i) for i in ids))
    docs = ds.documents
    sources = docs[docs["source_id"].isin(set(ids))].drop(columns=["text"], errors="ignore") if not docs.empty \
        else pd.DataFrame({"source_id": ids})
    places = ds.places if ds.ok else None
    return {
        "lang": lang,
        "url": _base_url().rstrip("/") + "/" + state_to_query(full),
        "vintage": vintage_text(ds.vintage, lang),
        "sources": sources.reset_index(drop=True),
        "filters": readable_filters(full, lang, sources=sources, frames=[places] if places is not None else []),
    }


def full_data_for_state(state: dict) -> pd.DataFrame:
    """"Full data" behind a view, like public data portals offer: every period and measure of the indicators the
    view plots, for every place in the current province/district filter (the chart shows one slice of it)."""
    ds = get_dataset()
    if not ds.ok:
        return pd.DataFrame()
    full = _full_state(state)
    ds = figures_for(ds, full)
    indicators = {full["indicator"]} if full["view"] == "compare" else set()
    for spec in specs_for_state(full):
        if isinstance(spec.data, pd.DataFrame) and "indicator" in spec.data:
            indicators.update(spec.data["indicator"].dropna())
    places = places_in_scope(ds, full)
    facts = ds.facts
    rows = facts[facts["place_id"].isin(set(places["place_id"])) & facts["indicator"].isin(indicators)]
    return rows.sort_values(["indicator", "place_id", "period", "measure"], kind="stable").reset_index(drop=True)


def _page_search() -> str | None:
    """The query string ("?view=…" or "") of the page whose layout is being requested, else None.

    The renderer fetches /_dash-layout from the page itself, so the request's Referer is the page's address
    (browsers send the full same-origin URL by default). Without it (a Referrer-Policy that strips it, another
    host, any other request) the caller falls back to the static shell and the page callback fills it."""
    if not has_request_context() or not request.path.endswith("/_dash-layout"):
        return None
    referrer = request.referrer
    if not referrer:
        return None
    parts = urlsplit(referrer)
    if parts.netloc != request.host:
        return None
    return f"?{parts.query}" if parts.query else ""


def page_layout():
    """Dash layout function. For a page's layout request: the whole first page of its address (header, filters,
    content: what the page callback would produce), so the first chart needs no callback round trip and no second
    render. Otherwise, or if that fails: the static shell, which the page callback fills as before."""
    search = _page_search()
    if search is not None:
        try:
            return first_page(get_dataset(), search, shell=app_shell(), url_root=base_url())
        except PreventUpdate:
            pass
        except Exception:  # noqa: BLE001 - logged; the callback renders the page instead
            log.exception("first page for %r failed; serving the shell", search)
    return app_shell()


def create_app() -> Dash:
    app = Dash(
        __name__,
        title=t("app.title", "vi"),
        suppress_callback_exceptions=True,
        on_error=on_callback_error,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"},
                   {"name": "description", "content": t("app.tagline", "vi")}],
        update_title=None,
    )
    app.layout = page_layout
    # plotly.js with the page's other scripts (fingerprinted URL, cached for a year) instead of fetched by the
    # first dcc.Graph once the layout is rendered: dcc.Graph uses window.Plotly when it is already there
    app.scripts.append_script({"relative_package_path": "package_data/plotly.min.js", "namespace": "plotly"})
    register_page_callbacks(app, get_dataset=get_dataset)
    register_passage_callbacks(app, get_dataset=get_dataset)
    init_auth(app.server)
    register_upload_callbacks(app)
    register_review_callbacks(app, get_dataset=get_dataset)
    register_export_callbacks(app, specs_for_state=specs_for_state, context_for_state=context_for_state,
                              full_data_for_state=full_data_for_state, view_exports_slot=True)
    harden(app)
    return app


app = create_app()
server = app.server


def main(argv=None):
    if (argv if argv is not None else sys.argv[1:])[:1] == ["users"]:   # python -m app users add NAME
        raise SystemExit(users_command((argv if argv is not None else sys.argv[1:])[1:]))
    parser = argparse.ArgumentParser(description="Serve the dashboard.")
    parser.add_argument("--debug", action="store_true", help="Dash debug mode (also DASH_DEBUG=1)")
    parser.add_argument("--host", default=os.environ.get("HOST", DEFAULT_HOST))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", DEFAULT_PORT)))
    args = parser.parse_args(argv)
    debug = args.debug or os.environ.get("DASH_DEBUG") == "1"
    ds = get_dataset()
    if ds.ok:
        log.info("data: %s (%s)", ds.source, vintage_text(ds.vintage, "en"))
    else:
        log.warning("no data table: %s", ds.error)
    print(f"Dashboard running on http://{args.host}:{args.port}/", flush=True)
    app.run(host=args.host, port=args.port, debug=debug)


if __name__ == "__main__":
    main()


__all__ = ["app", "server", "specs_for_state", "context_for_state", "render_view"]
