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

from dash import Dash

from callbacks.errors import on_callback_error
from callbacks.data_grid import register_data_grid_callbacks
from callbacks.exports import register_export_callbacks
from callbacks.page import page_layout, register_page_callbacks
from callbacks.passage import register_passage_callbacks
from callbacks.review import register_review_callbacks
from callbacks.upload import register_upload_callbacks
from components.i18n import t
from components.layout import vintage_text
from data_access import load_dataset
from web.auth import init_auth, users_command
from web.compression import install_compression
from web.hardening import harden

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"),
                    format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("dashboard")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8050


def get_dataset():
    """The process-wide dataset (cached in data_access; re-read when the facts file changes)."""
    return load_dataset()


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
    app.layout = page_layout(get_dataset)   # the first page of the address, built by the page callback's path
    # plotly.js with the page's other scripts (fingerprinted URL, cached for a year) instead of fetched by the
    # first dcc.Graph once the layout is rendered: dcc.Graph uses window.Plotly when it is already there
    app.scripts.append_script({"relative_package_path": "package_data/plotly.min.js", "namespace": "plotly"})
    register_page_callbacks(app, get_dataset=get_dataset)
    register_passage_callbacks(app, get_dataset=get_dataset)
    register_data_grid_callbacks(app)
    init_auth(app.server)
    register_upload_callbacks(app)
    register_review_callbacks(app, get_dataset=get_dataset)
    register_export_callbacks(app, view_exports_slot=True)
    harden(app)
    install_compression(app)   # brotli/gzip for JSON, JS, CSS and fonts (web/compression.py)
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


__all__ = ["app", "server", "create_app"]
