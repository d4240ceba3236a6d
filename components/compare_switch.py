"""Compare's two display switches, as plain links carrying the whole state (like the review-status switch):
chart or table, and whether districts without a figure take a row in the chart."""
from __future__ import annotations

from dash import dcc, html

from components.i18n import t
from components.state import state_to_query, with_changes


def _link(state: dict, label: str, element_id: str, active: bool, **change):
    return dcc.Link(label, href="/" + state_to_query(with_changes(state, **change)), id=element_id,
                    className="tool-link" + (" active" if active else ""))


def display_switch(state: dict, *, lang: str, table: bool = True):
    """'Show: Chart · Table' (when `table`) and 'Hide districts without data' / 'Show …'."""
    parts = []
    if table:
        show = state.get("show", "chart")
        parts += [html.Span(t("compare.display", lang) + ":", className="switch-title"),
                  _link(state, t("compare.display.chart", lang), "show-chart", show == "chart", show="chart"),
                  _link(state, t("compare.display.table", lang), "show-table", show == "table", show="table")]
    hidden = state.get("nodata", "show") == "hide"
    parts.append(_link(state, t("compare.nodata.show" if hidden else "compare.nodata.hide", lang), "toggle-nodata",
                       False, nodata="show" if hidden else "hide"))
    return html.Div(parts, className="display-switch", role="group", **{"aria-label": t("compare.display", lang)})
