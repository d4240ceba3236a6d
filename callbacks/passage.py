"""Clicking a bar, or a quote / source link (#fact=<id>), opens that document's passage with the quote highlighted."""
from __future__ import annotations

from urllib.parse import quote, unquote

from dash import Input, Output, State, no_update
from dash.exceptions import PreventUpdate

from callbacks.errors import lang_from_search
from components.i18n import place_label, t
from components.passage import passage_panel


OPEN = "modal-layer open"
CLOSED = "modal-layer"


def fact_from_click(click_data) -> str | None:
    """The fact_id carried in a bar's customdata (last element)."""
    try:
        point = click_data["points"][0]
        custom = point.get("customdata")
        if isinstance(custom, (list, tuple)) and custom:
            return str(custom[-1])
    except (KeyError, IndexError, TypeError):
        return None
    return None


def fact_from_hash(hash_: str | None) -> str | None:
    """'#fact=abc123' → 'abc123'."""
    if hash_ and hash_.startswith("#fact="):
        return unquote(hash_[len("#fact="):]) or None
    return None


def hash_for_fact(fact_id: str) -> str:
    """'abc123' → '#fact=abc123', the address of a fact's passage (what the tables' quote links point at)."""
    return "#fact=" + quote(str(fact_id), safe="")


def bar_click_hash(click_data) -> str:
    """The address a clicked bar opens: its fact's #fact=<id>. PreventUpdate when the click names no fact."""
    fact_id = fact_from_click(click_data)
    if not fact_id:
        raise PreventUpdate
    return hash_for_fact(fact_id)


def passage_content(ds, fact_id: str | None, *, lang: str):
    fact = ds.fact(fact_id) if fact_id else None
    doc = ds.documents_by_id.get(fact["source_id"]) if fact else None
    title = t("passage.title", lang)
    if fact:
        title = f"{title} — {place_label(fact.get('place_name'), lang)}"
    return title, passage_panel(fact, doc, lang=lang)


def register_passage_callbacks(app, *, get_dataset):
    @app.callback(
        Output("url", "hash", allow_duplicate=True),
        Output("compare-graph", "clickData"),
        Input("compare-graph", "clickData"),
        prevent_initial_call=True,
    )
    def open_from_bar(click_data):
        """A bar opens its passage exactly as a quote link does: by setting #fact=<id> (open_from_link does the
        rest), so the address, a copied link and back/forward say the same for both."""
        # clear clickData so a second click on the same bar opens it again
        return bar_click_hash(click_data), None

    @app.callback(
        Output("passage-modal", "className"),
        Output("passage-title", "children"),
        Output("passage-body", "children"),
        Input("url", "hash"),
        State("url", "search"),
    )
    def open_from_link(hash_, search):
        """Quotes and source links in tables are plain links to #fact=<id> (cheap HTML); the hash opens the
        passage, so back closes it and a link with the hash reopens it."""
        fact_id = fact_from_hash(hash_)
        if not fact_id:
            if hash_ is None:
                raise PreventUpdate
            return CLOSED, no_update, no_update
        title, body = passage_content(get_dataset(), fact_id, lang=lang_from_search(search))
        return OPEN, title, body

    @app.callback(
        Output("passage-modal", "className", allow_duplicate=True),
        Output("url", "hash"),
        Input("passage-close", "n_clicks"),
        Input("passage-x", "n_clicks"),
        Input("passage-backdrop", "n_clicks"),
        State("url", "hash"),
        prevent_initial_call=True,
    )
    def close(*args):
        *clicks, hash_ = args
        if not any(clicks):
            raise PreventUpdate
        return CLOSED, "" if fact_from_hash(hash_) else no_update

    app.clientside_callback(
        "function(n) { if (!n) { return window.dash_clientside.no_update; } return 'error-alert'; }",
        Output("error-alert-wrap", "className", allow_duplicate=True),
        Input("error-close", "n_clicks"),
        prevent_initial_call=True,
    )

    return open_from_bar, open_from_link, close


__all__ = ["register_passage_callbacks", "fact_from_click", "fact_from_hash", "hash_for_fact", "bar_click_hash",
           "passage_content", "no_update"]
