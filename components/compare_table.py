"""Compare as a table: the ranked bars' rows written out (rank, district, value, period, source passage).

The same rows as the chart (the ChartSpec's data, in rank order) and the same words as its hover, so a reader
who cannot or will not read a bar chart gets every figure, and a copy-paste keeps them."""
from __future__ import annotations

from dash import html

from components.chart_spec import ChartSpec
from components.compare import bar_points
from components.i18n import t
from components.passage import passage_link
from etl.period_grammar import period_label


def compare_table(spec: ChartSpec, *, lang: str):
    """A table of the ranked rows of `spec` (a Compare ChartSpec); None when it plots nothing."""
    points = bar_points(spec.figure)
    if not points:
        return None
    periods = dict(zip(spec.data["fact_id"], spec.data["period"])) if "fact_id" in spec.data else {}
    head = html.Thead(html.Tr([html.Th(t(k, lang), scope="col") for k in
                               ("compare.hover_rank", "table.district", "compare.hover_value",
                                "compare.hover_period", "compare.hover_quote")]))
    body = []
    total = len(spec.data)
    for rank, (name, value, fid) in enumerate(points, start=1):
        body.append(html.Tr([
            html.Td(f"{rank}/{total}", className="num"), html.Th(name, scope="row"),
            html.Td(value, className="num"), html.Td(period_label(periods.get(fid), lang)),
            html.Td(passage_link(fid, t("table.read_source", lang))),
        ]))
    return html.Div(html.Table([html.Caption(f"{spec.title} · {spec.subtitle}"), head, html.Tbody(body)],
                               className="table compare-table", id="compare-table"),
                    className="table-responsive")
