"""Data view: every filtered fact in a sortable, filterable dash-ag-grid, with its quote and source."""
from __future__ import annotations

import dash_ag_grid as dag
import pandas as pd
import plotly.graph_objects as go
from dash import html

from components.chart_spec import ChartSpec
from components.compare import message_block
from components.grid_model import column_state_for
from components.no_data import swipe_hint
from components.export_panel import export_panel
from components.i18n import (body_label, fmt_number, measure_label, place_label, qualifier_label, scope_label, t,
                             unit_label)
from components.labels import catalogue_records, indicator_label
from components.strings.keys import COLUMN, REVIEW_STATUS
from etl.period_grammar import period_label, period_sort_key
from components.selection import first_per_group, public_rows
from components.theme import base_layout

DATA_CHART_ID = "data-table"
GRID_LOCALE_VI = {
    "noRowsToShow": "Không có dòng nào", "loadingOoo": "Đang tải…", "filterOoo": "Lọc…", "contains": "Chứa",
    "notContains": "Không chứa", "equals": "Bằng", "notEqual": "Khác", "startsWith": "Bắt đầu bằng",
    "endsWith": "Kết thúc bằng", "lessThan": "Nhỏ hơn", "greaterThan": "Lớn hơn", "lessThanOrEqual": "Nhỏ hơn hoặc bằng",
    "greaterThanOrEqual": "Lớn hơn hoặc bằng", "inRange": "Trong khoảng", "blank": "Trống", "notBlank": "Không trống",
    "andCondition": "VÀ", "orCondition": "HOẶC", "page": "Trang", "of": "của", "to": "đến", "more": "thêm",
    "next": "Sau", "last": "Cuối", "first": "Đầu", "previous": "Trước", "applyFilter": "Áp dụng",
    "resetFilter": "Đặt lại", "clearFilter": "Xóa", "searchOoo": "Tìm…", "selectAll": "Chọn tất cả",
    "inRangeStart": "Từ", "inRangeEnd": "Đến", "ariaFilterInput": "Ô lọc", "pageSizeSelectorLabel": "Số dòng:",
}


def data_rows(facts: pd.DataFrame, places: pd.DataFrame, *, period: str = "latest", indicators=()) -> pd.DataFrame:
    """The facts of the places in scope, optionally some indicators: one period, or for "latest" each place's most
    recent figure of every indicator, measure and target set (as the filter says, and as the charts pick)."""
    rows = facts[facts["place_id"].isin(set(places["place_id"]))]
    if indicators:
        rows = rows[rows["indicator"].isin(set(indicators))]
    if period and period != "latest":
        rows = rows[rows["period"] == period]
    elif not rows.empty:
        keys = [c for c in ("place_id", "indicator", "measure", "unit", "target_scope", "target_body", "term")
                if c in rows.columns]
        rows = first_per_group(rows, keys)
    order = {k: i for i, k in enumerate(catalogue_records())}
    return rows.assign(_pl=rows["place_name"], _i=rows["indicator"].map(lambda i: order.get(i, 999)),
                       _p=rows["period"].map(period_sort_key)).sort_values(
        ["province", "_pl", "_i", "measure", "_p"], ascending=[True, True, True, True, False],
        kind="mergesort").drop(columns=["_pl", "_i", "_p"]).reset_index(drop=True)


MAX_GRID_ROWS = 5000
PAGE_SIZES = (20, 50, 100, 500)   # the grid's "Rows:" choice under it; 50 at first


def _labels(series: pd.Series, fn) -> list:
    """Label each value once (columns repeat few distinct values), then map."""
    uniq = {v: fn(v) for v in pd.unique(series)}
    return [uniq[v] for v in series]


def _num(series: pd.Series) -> list:
    return [None if pd.isna(v) else float(v) for v in series]


def grid_records(rows: pd.DataFrame, documents_by_id: dict, *, lang: str) -> list[dict]:
    titles = _labels(rows["source_id"], lambda s: (documents_by_id.get(s) or {}).get("title") or s)
    cols = {
        "fact_id": list(rows["fact_id"]),
        "place": _labels(rows["place_name"], lambda v: place_label(v, lang)),
        "province": _labels(rows["province"], lambda v: place_label(v, lang)),
        "indicator": _labels(rows["indicator"], lambda v: indicator_label(v, lang)),
        "measure": _labels(rows["measure"], lambda v: measure_label(v, lang)),
        "value": _num(rows["value"]),
        "value_text": [fmt_number(v, lang) if v == v and v is not None else "" for v in rows["value"]],
        "denominator": _num(rows["denominator"]),
        "denominator_text": [fmt_number(v, lang) if v == v and v is not None else "" for v in rows["denominator"]],
        "unit": _labels(rows["unit"], lambda v: unit_label(v, lang)),
        "period": _labels(rows["period"], lambda v: period_label(v, lang)),
        "qualifier": _labels(rows["qualifier"], lambda v: qualifier_label(v, lang)),
        "scope": _labels(rows["target_scope"], lambda v: scope_label(v, lang) if v else ""),
        "body": _labels(rows["target_body"], lambda v: body_label(v, lang)),
        "quote": [q or "" for q in rows["quote"]],
        "source": titles,
        "review_status": [t(REVIEW_STATUS[v or "unreviewed"], lang)
                          for v in (rows["review_status"] if "review_status" in rows else [None] * len(rows))],
    }
    keys = list(cols)
    return [dict(zip(keys, vals)) for vals in zip(*cols.values())]


DATA_IMAGE_COLUMNS = ["place", "indicator", "measure", "value_text", "unit", "period", "qualifier", "quote"]
# relative column widths of the table image: the quote, the indicator and the place need the room
DATA_IMAGE_WIDTHS = [1.25, 1.7, 1.15, 0.75, 0.95, 0.9, 0.9, 2.7]


def build_data_spec(rows: pd.DataFrame, *, lang: str, period: str = "latest") -> ChartSpec:
    """The filtered rows as a table figure, so the export panel can offer them (data shown = these rows).

    Values are the grid's localised text ('37,5', '−2,14'), right-aligned; an exported image shows the rows that
    fit its size and says so (exports/image_layout.py)."""
    recs = grid_records(rows, {}, lang=lang)
    cols = DATA_IMAGE_COLUMNS
    headers = [t(COLUMN["value" if c == "value_text" else c], lang) for c in cols]
    align = ["right" if c == "value_text" else "left" for c in cols]
    fig = go.Figure(go.Table(
        columnwidth=DATA_IMAGE_WIDTHS,
        header=dict(values=headers, align=align, font=dict(size=12)),
        cells=dict(values=[[r[c] for r in recs] for c in cols], align=align, font=dict(size=11)),
    ))
    fig.update_layout(**base_layout(lang, height=600, margin=dict(l=10, r=10, t=10, b=10)))
    title = t("data.title", lang, n=len(rows))
    return ChartSpec(chart_id=DATA_CHART_ID, title=title, subtitle=period_label(period, lang), figure=fig,
                     data=public_rows(rows), source_ids=list(dict.fromkeys(rows["source_id"])),
                     alt_text=title)


# The grid's columns in order, each named by components/strings/keys.py's COLUMN. What a reader scans first
# (place, indicator, value, unit, period) fits a 1400 px screen without scrolling; AG Grid sizes columns in
# JavaScript, so the widths are set here, not in CSS. Numbers are formatted by babel on the server
# (value_text); the grid sorts and filters the raw number.
GRID_COLUMNS = (
    ("place", {"pinned": "left", "width": 170}),
    ("indicator", {"width": 240, "tooltipField": "indicator"}),
    ("value", {"filter": "agNumberColumnFilter", "valueFormatter": {"function": "params.data.value_text"},
               "type": "rightAligned", "width": 110}),
    ("denominator", {"filter": "agNumberColumnFilter", "valueFormatter": {"function": "params.data.denominator_text"},
                     "type": "rightAligned", "width": 90}),
    ("unit", {"width": 130}),
    ("period", {"width": 110}),
    ("measure", {"width": 140}),
    ("qualifier", {"width": 90}),
    ("review_status", {"width": 130}),
    ("province", {"width": 140}),
    ("scope", {"width": 130}),
    ("body", {"width": 150}),
    ("quote", {"minWidth": 420, "flex": 1, "wrapText": True, "autoHeight": True, "cellClass": "quote-cell",
               "tooltipField": "quote"}),
    ("source", {"minWidth": 240, "tooltipField": "source"}),
)


# a phone (390 px, about 360 of it for the grid): the District column stays pinned on the left while the others
# scroll under it, and District, Indicator and Value fit beside each other — each of the three narrower, its text and
# header wrapped onto more lines instead of cut ('Communes meeting the New …')
PHONE_COLUMNS = {
    "place": {"width": 112, "minWidth": 96, "wrapText": True, "autoHeight": True},
    "indicator": {"width": 150, "minWidth": 120, "wrapText": True, "autoHeight": True},
    "value": {"width": 84, "minWidth": 72},
}


def grid_column_defs(*, lang: str, phone: bool = False) -> list[dict]:
    """AG Grid's columnDefs in the reader's language; phone=True: the narrower first columns (PHONE_COLUMNS)."""
    return [{"field": name, "headerName": t(COLUMN[name], lang), **options,
             **(PHONE_COLUMNS.get(name, {}) if phone else {})} for name, options in GRID_COLUMNS]


def data_layout(rows: pd.DataFrame, documents_by_id: dict, *, lang: str, spec: ChartSpec | None = None,
                briefing: bool = False, filter_model: dict | None = None, sort: list | None = None,
                n_shown: int | None = None, phone: bool = False):
    """The grid of `rows`, opened with the URL's filter and sort (filter_model, sort); the title counts the
    n_shown rows they leave. phone=True: columns for a phone's width, headers wrapped (grid_column_defs)."""
    if rows.empty:
        return html.Div(message_block(t("msg.no_selection", lang), color="info"), className="view view-data")
    shown = rows.iloc[:MAX_GRID_ROWS]
    grid = dag.AgGrid(
        id="data-grid",
        rowData=grid_records(shown, documents_by_id, lang=lang),
        columnDefs=grid_column_defs(lang=lang, phone=phone),
        defaultColDef={"sortable": True, "filter": True, "floatingFilter": True, "resizable": True,
                       **({"wrapHeaderText": True, "autoHeaderHeight": True} if phone else {})},
        dashGridOptions={"localeText": GRID_LOCALE_VI if lang == "vi" else {}, "pagination": True,
                         "paginationPageSize": 50, "paginationPageSizeSelector": list(PAGE_SIZES), "animateRows": False, "enableCellTextSelection": True,
                         "ensureDomOrder": True},
        getRowId="params.data.fact_id",
        filterModel=filter_model or {},
        **({"columnState": column_state_for(sort)} if sort else {}),
        className="ag-theme-quartz data-grid",
        style={"height": "70vh", "width": "100%"},
    )
    children = [html.H2(t("data.title", lang, n=len(rows) if n_shown is None else n_shown), className="view-title",
                        id="data-title"),
                html.P(t("data.hint", lang), className="chart-note"),
                swipe_hint(lang)]
    if len(rows) > len(shown):
        children.append(message_block(t("data.too_many", lang, shown=len(shown), total=len(rows)), color="warning"))
    children.append(grid)
    if not briefing:
        children.append(export_panel(DATA_CHART_ID, lang=lang))
    return html.Div(children, className="view view-data")
