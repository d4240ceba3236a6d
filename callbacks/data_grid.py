"""The Data grid's filter and sort go into the URL (grid=…), so a copied link, the downloads, the image and its
title follow what the grid shows. Thin: the page callback re-reads the address as for any other filter."""
from __future__ import annotations

from dash import Input, Output, State
from dash.exceptions import PreventUpdate

from components.grid_model import decode_grid, encode_grid, sort_from_column_state
from components.state import parse_state, state_to_query, with_changes


def grid_query(search: str | None, filter_model, column_state) -> str | None:
    """The address with the grid's current filter and sort, or None when it already says so."""
    state, _ = parse_state(search or "")
    if state["view"] != "data":
        return None
    sort = sort_from_column_state(column_state) if column_state is not None else decode_grid(state["grid"])[1]
    grid = encode_grid(filter_model or {}, sort)
    if grid == state["grid"]:
        return None
    return state_to_query(with_changes(state, grid=grid))


def register_data_grid_callbacks(app) -> None:
    @app.callback(Output("url", "search", allow_duplicate=True),
                  Input("data-grid", "filterModel"), Input("data-grid", "columnState"),
                  State("url", "search"), prevent_initial_call=True)
    def grid_to_url(filter_model, column_state, search):
        query = grid_query(search, filter_model, column_state)
        if query is None:
            raise PreventUpdate
        return query
