"""Export controls: under every chart Download image and Download data; once per view Export briefing.

"Export briefing" builds one deck of all the view's charts, so it is a view-level action (`briefing_action`):
in interactive mode in the bar under the page header (`view_exports_slot`, filled by callbacks/exports.py), in
briefing mode in the briefing header (components/layout.py). Per-chart panels carry images and data only.

Native <details>/<summary> menus of plain buttons: reachable with Tab, opened with Enter/Space, closed with
Escape (see callbacks/exports.py), readable by screen readers, and independent of any CSS framework (Bootstrap
classes are added, so they look right when the app loads a Bootstrap theme). Every id is pattern-matching,
{"type": ..., "chart": chart_id}, so any number of panels coexist; callbacks/exports.py serves them all.
"""
from __future__ import annotations

from dataclasses import dataclass

from dash import dcc, html

from components.i18n import norm_lang, t

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class ExportAction:
    """One button of the export menus; exports/actions.py makes its file."""

    id: str
    menu: str        # "image" | "data" | "briefing"
    label_key: str   # key in components/i18n.py
    mime: str


EXPORT_ACTIONS: dict[str, ExportAction] = {a.id: a for a in (
    ExportAction("png-standard", "image", "export.image_png_standard", "image/png"),
    ExportAction("png-slide", "image", "export.image_png_slide", "image/png"),
    ExportAction("svg-standard", "image", "export.image_svg_standard", "image/svg+xml"),
    ExportAction("svg-slide", "image", "export.image_svg_slide", "image/svg+xml"),
    ExportAction("csv-shown", "data", "export.data_shown_csv", "text/csv"),
    ExportAction("xlsx-shown", "data", "export.data_shown_xlsx", XLSX_MIME),
    ExportAction("csv-full", "data", "export.data_full_csv", "text/csv"),
    ExportAction("xlsx-full", "data", "export.data_full_xlsx", XLSX_MIME),
    ExportAction("zip", "data", "export.data_zip", "application/zip"),
    ExportAction("pptx", "briefing", "export.briefing_button",
                 "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
)}
# Actions that export every row behind the chart (the view's "full data"), not only the plotted ones
FULL_DATA_ACTIONS = frozenset({"csv-full", "xlsx-full", "zip"})

BUTTON_CLASS = "btn btn-sm btn-outline-secondary export-button"
ITEM_CLASS = "btn btn-sm btn-light text-start export-item"

# Inline styles so the panel looks finished whatever CSS the app loads (no Bootstrap needed); the class names
# above let an app restyle it.
_CONTROL_STYLE = {
    "display": "inline-block", "border": "1px solid #c9d1d9", "borderRadius": "6px", "padding": "3px 10px",
    "background": "#fff", "color": "#1f2933", "font": "inherit", "fontSize": "0.875rem", "lineHeight": "1.5",
    "cursor": "pointer", "userSelect": "none", "whiteSpace": "nowrap",
}
_MENU_STYLE = {"position": "relative", "display": "inline-block"}
_POPUP_STYLE = {
    "position": "absolute", "zIndex": 1050, "top": "100%", "left": 0, "marginTop": "4px", "minWidth": "290px",
    "display": "flex", "flexDirection": "column", "gap": "1px", "padding": "6px", "background": "#fff",
    "border": "1px solid rgba(0,0,0,.18)", "borderRadius": "6px", "boxShadow": "0 6px 18px rgba(0,0,0,.15)",
}
_HEADING_STYLE = {"fontSize": "0.75rem", "color": "#52606d", "margin": "6px 10px 2px", "fontWeight": 600,
                  "textTransform": "uppercase", "letterSpacing": "0.02em"}
_ITEM_STYLE = {
    "display": "block", "width": "100%", "textAlign": "left", "whiteSpace": "nowrap", "border": 0,
    "background": "transparent", "color": "#1f2933", "font": "inherit", "fontSize": "0.875rem",
    "padding": "5px 10px", "borderRadius": "4px", "cursor": "pointer",
}
_STATUS_STYLE = {"minHeight": "1.2em", "fontSize": "0.8125rem", "color": "#52606d", "alignSelf": "center"}


def action_id(chart_id: str, action: str) -> dict:
    return {"type": "export-action", "chart": chart_id, "action": action}


def _item(chart_id: str, action: str, lang: str):
    return html.Button(
        t(EXPORT_ACTIONS[action].label_key, lang), id=action_id(chart_id, action), n_clicks=0, type="button",
        className=ITEM_CLASS, style=_ITEM_STYLE,
    )


def _menu(chart_id: str, menu: str, label: str, items: list, lang: str):
    return html.Details(
        [
            html.Summary([label, html.Span(" ▾", **{"aria-hidden": "true"})], className=BUTTON_CLASS,
                         style=_CONTROL_STYLE,
                         id={"type": "export-summary", "chart": chart_id, "menu": menu}),
            html.Div(items, className="export-menu-items", style=_POPUP_STYLE,
                     role="group", **{"aria-label": label}),
        ],
        id={"type": "export-menu", "chart": chart_id, "menu": menu},
        className="export-menu", style=_MENU_STYLE,
    )


VIEW_CHART_ID = "view"                    # the view-level action in interactive mode
BRIEFING_CHART_ID = "view-briefing"      # ...and in the briefing header (both may not share a DOM id)


def briefing_action(*, lang: str = "vi", chart_id: str = VIEW_CHART_ID):
    """The one "Export briefing" button of a view (a deck of every chart on it), with its status line and download.

    Same pattern-matching ids as a chart panel (`chart` = VIEW_CHART_ID or BRIEFING_CHART_ID), so the export
    callback serves it; the action ignores the chart id and takes every chart of the view."""
    lang = norm_lang(lang)
    return html.Div(
        [
            html.Button(
                t("export.briefing_button", lang), id=action_id(chart_id, "pptx"), n_clicks=0, type="button",
                className=BUTTON_CLASS + " briefing-action", title=t("export.briefing_hint", lang), style=_CONTROL_STYLE,
            ),
            *_status_and_download(chart_id),
        ],
        id={"type": "view-export", "chart": chart_id},
        className="view-export d-flex flex-wrap align-items-start gap-2",
        style={"display": "flex", "flexWrap": "wrap", "gap": "0.5rem", "alignItems": "flex-start"},
        role="group", **{"aria-label": t("export.briefing_hint", lang)},
    )


def _status_and_download(chart_id: str) -> list:
    """What every export control group carries besides its buttons: the live status line, the download
    target and the menu state, all keyed by the chart so the export callbacks match them."""
    return [
        dcc.Loading(
            html.Div(id={"type": "export-status", "chart": chart_id}, role="status",
                     className="export-status small", style=_STATUS_STYLE, **{"aria-live": "polite"}),
            type="dot", delay_show=250,
            parent_style={"display": "inline-flex", "minWidth": "2rem", "alignSelf": "center"},
        ),
        dcc.Download(id={"type": "export-download", "chart": chart_id}),
        dcc.Store(id={"type": "export-ui", "chart": chart_id}),
    ]


VIEW_EXPORTS_ID = "view-exports"


def view_exports_slot():
    """The (empty) bar under the page header that callbacks/exports.py fills with the view's Export briefing."""
    return html.Div(id=VIEW_EXPORTS_ID, className="view-exports",
                    style={"display": "flex", "justifyContent": "flex-end", "padding": "0.25rem 1rem 0"})


def export_panel(chart_id: str, *, lang: str = "vi"):
    """The control group for one chart (images and data); `chart_id` is ChartSpec.chart_id (URL-safe)."""
    lang = norm_lang(lang)
    image_items = [_item(chart_id, a, lang) for a in ("png-standard", "png-slide", "svg-standard", "svg-slide")]
    data_items = [
        html.Div(t("export.data_shown_heading", lang), style=_HEADING_STYLE, **{"aria-hidden": "true"}),
        _item(chart_id, "csv-shown", lang),
        _item(chart_id, "xlsx-shown", lang),
        html.Div(t("export.data_full_heading", lang), style=_HEADING_STYLE, **{"aria-hidden": "true"}),
        _item(chart_id, "csv-full", lang),
        _item(chart_id, "xlsx-full", lang),
        _item(chart_id, "zip", lang),
    ]
    return html.Div(
        [
            _menu(chart_id, "image", t("export.image_menu", lang), image_items, lang),
            _menu(chart_id, "data", t("export.data_menu", lang), data_items, lang),
            *_status_and_download(chart_id),
        ],
        id={"type": "export-panel", "chart": chart_id},
        className="export-panel d-flex flex-wrap align-items-start gap-2 mt-1",
        style={"display": "flex", "flexWrap": "wrap", "gap": "0.5rem", "alignItems": "flex-start"},
        role="group",
        **{"aria-label": t("export.panel_label", lang)},
    )
