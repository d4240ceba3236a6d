"""Two indicators against each other (e.g. poverty rate against income per head), one dot per district.

Like with like: a district is drawn only when both of its figures describe the same period; districts left
out for a missing figure or for figures of different periods are named, never dropped silently.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
from dash import html

from components.chart_spec import ChartSpec
from components.compare import chart_block, message_block, plotted_values
from components.no_data import no_data_note
from components.i18n import fmt_value, measure_label, place_label, t, unit_label
from components.labels import indicator_label, lower_is_better, measure_unit
from etl.catalogue import is_count_unit
from etl.period_grammar import period_label, period_sort_key
from components.selection import display_names, pick_rows, public_rows
from components.theme import GRID, base_layout, count_axis, make_figure, province_colors

SCATTER_CHART_ID = "scatter"
MAX_POINT_LABELS = 30


@dataclass
class ScatterResult:
    spec: ChartSpec | None
    message: str | None = None
    missing: list[str] = field(default_factory=list)         # without one of the two figures
    other_period: list[str] = field(default_factory=list)    # the two figures describe different periods


def scatter_pairs(facts: pd.DataFrame, places: pd.DataFrame, *, x: str, y: str, x_measure: str = "level",
                  y_measure: str = "level", period: str = "latest"):
    """(pairs with x_*/y_* columns, place ids missing a figure, place ids whose two figures differ in period)."""
    ids = list(places["place_id"])
    xs = pick_rows(facts, indicator=x, measure=x_measure, period=period, place_ids=ids)
    ys = pick_rows(facts, indicator=y, measure=y_measure, period=period, place_ids=ids)
    both = xs.merge(ys, on="place_id", suffixes=("_x", "_y"))
    same = both[both["period_x"] == both["period_y"]]
    missing = [p for p in ids if p not in set(xs["place_id"]) or p not in set(ys["place_id"])]
    other = list(both.loc[both["period_x"] != both["period_y"], "place_id"])
    return same.reset_index(drop=True), missing, other


def _axis_title(indicator, measure, unit, lang, *, phone: bool = False, share: bool = False) -> str:
    """'Income per capita (million VND/person) · higher is better', on a phone in two lines, the name above the
    unit (one line is wider than its plot); x/y counts plotted as shares say so ('% met')."""
    better = t("scatter.lower_better" if lower_is_better(indicator, measure) else "scatter.higher_better", lang)
    unit_text = t("unit.share", lang) if share else unit_label(unit, lang)
    return f"{indicator_label(indicator, lang)}" + ("<br>" if phone else " ") + f"({unit_text}) · {better}"


def name_positions(x: list) -> list[str]:
    """Where each dot's name goes: above it, towards the plot's inside for a dot in the outer quarter of the x
    range (a centred name of a dot at the edge is cut by the chart's edge)."""
    lo, hi = min(x), max(x)
    span = (hi - lo) or 1.0
    return ["top left" if v > hi - span / 4 else "top right" if v < lo + span / 4 else "top center"
            for v in x] if hi > lo else ["top center"] * len(x)


def build_scatter(facts: pd.DataFrame, places: pd.DataFrame, *, x: str, y: str, x_measure: str = "level",
                  y_measure: str = "level", period: str = "latest", lang: str = "vi",
                  briefing: bool = False, figure_type: str = "go", phone: bool = False) -> ScatterResult:
    """Scatter of `x` against `y` for `places`, coloured by province, each dot named when few; phone=True breaks
    the axis titles into two lines."""
    names = display_names(places, lang=lang)
    pairs, missing, other = scatter_pairs(facts, places, x=x, y=y, x_measure=x_measure, y_measure=y_measure,
                                          period=period)
    missing_names, other_names = [names[p] for p in missing], [names[p] for p in other]
    if pairs.empty:
        return ScatterResult(None, t("scatter.no_pairs", lang, x=indicator_label(x, lang, mid_sentence=True),
                                               y=indicator_label(y, lang, mid_sentence=True)),
                             missing_names, other_names)
    x_share, x_values = plotted_values(pairs, value="value_x", denominator="denominator_x", measure=x_measure)
    y_share, y_values = plotted_values(pairs, value="value_y", denominator="denominator_y", measure=y_measure)
    x_unit = "%" if x_share else pairs["unit_x"].dropna().mode().iloc[0] if pairs["unit_x"].notna().any() \
        else measure_unit(x, x_measure)
    y_unit = "%" if y_share else pairs["unit_y"].dropna().mode().iloc[0] if pairs["unit_y"].notna().any() \
        else measure_unit(y, y_measure)
    colors = province_colors(places["province_code"])     # the selection's provinces (theme.province_order)
    label = [names[p] for p in pairs["place_id"]]
    custom = [[fmt_value(vx, ux or x_unit, lang, qualifier=qx), fmt_value(vy, uy or y_unit, lang, qualifier=qy),
               period_label(per, lang), prov]
              for vx, ux, qx, vy, uy, qy, per, prov in zip(
                  pairs["value_x"], pairs["unit_x"], pairs["qualifier_x"], pairs["value_y"], pairs["unit_y"],
                  pairs["qualifier_y"], pairs["period_x"], (place_label(p, lang) for p in pairs["province_x"]))]
    data = [{
        "type": "scatter", "mode": "markers+text" if len(pairs) <= MAX_POINT_LABELS else "markers",
        "x": list(x_values), "y": list(y_values), "text": label,
        "textposition": name_positions(list(x_values)),
        "textfont": {"size": 12}, "cliponaxis": False, "customdata": custom, "showlegend": False,
        "marker": {"size": 12, "color": [colors.get(c, "#000000") for c in pairs["province_code_x"]],
                   "line": {"color": "white", "width": 1}},
        "hovertemplate": (f"<b>%{{text}}</b> · %{{customdata[3]}}<br>{indicator_label(x, lang)}: %{{customdata[0]}}<br>"
                          f"{indicator_label(y, lang)}: %{{customdata[1]}}<br>"
                          f"{t('compare.hover_period', lang)}: %{{customdata[2]}}<extra></extra>"),
    }]
    provinces = dict(zip(pairs["province_code_x"], (place_label(p, lang) for p in pairs["province_x"])))
    for code, color in colors.items():
        if code not in provinces:          # a province of the selection without a dot: no legend entry
            continue
        data.append({"type": "scatter", "mode": "markers", "x": [None], "y": [None], "name": provinces[code],
                     "marker": {"size": 12, "color": color}, "showlegend": True, "hoverinfo": "skip"})
    axis = {"gridcolor": GRID, "zeroline": False, "fixedrange": True, "automargin": True}
    title_size = 12 if phone else 13
    layout = base_layout(
        lang, height=600 if briefing else 520, margin={"l": 10, "r": 30, "t": 40, "b": 10},
        legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom", "font": {"size": 12}},
        xaxis={**axis, "title": {"text": _axis_title(x, x_measure, x_unit, lang, phone=phone, share=x_share), "font": {"size": title_size}}},
        yaxis={**axis, "title": {"text": _axis_title(y, y_measure, y_unit, lang, phone=phone, share=y_share),
                                 "font": {"size": title_size}}},
    )
    for key, unit, values in (("xaxis", x_unit, pairs["value_x"]), ("yaxis", y_unit, pairs["value_y"])):
        if is_count_unit(unit):
            layout[key].update(count_axis(float(values.min()), float(values.max())))
    fig = make_figure({"data": data, "layout": layout}, figure_type)
    periods = sorted(set(pairs["period_x"]), key=period_sort_key)
    title = t("scatter.title", lang, x=indicator_label(x, lang, mid_sentence=True), y=indicator_label(y, lang))
    measures = measure_label(y_measure, lang) if x_measure == y_measure else t(
        "scatter.measures", lang, x_measure=measure_label(x_measure, lang), y_measure=measure_label(y_measure, lang))
    subtitle = t("scatter.subtitle", lang, measures=measures,
                 periods=", ".join(period_label(p, lang) for p in periods), n=len(pairs))
    rows = pd.concat([_side(pairs, "_x"), _side(pairs, "_y")], ignore_index=True)
    plotted = public_rows(rows)
    spec = ChartSpec(chart_id=SCATTER_CHART_ID, title=title, subtitle=subtitle, figure=fig, data=plotted,
                     source_ids=list(dict.fromkeys(plotted["source_id"])),
                     alt_text=t("scatter.alt", lang, title=title, subtitle=subtitle))
    return ScatterResult(spec, None, missing_names, other_names)


def _side(pairs: pd.DataFrame, suffix: str) -> pd.DataFrame:
    """One indicator's facts-table rows out of the merged pairs (the "data shown" download holds both)."""
    cols = {c: c[: -len(suffix)] for c in pairs.columns if c.endswith(suffix)}
    return pairs[["place_id", *cols]].rename(columns=cols)


def scatter_layout(result: ScatterResult, *, lang: str, briefing: bool = False):
    notes = []
    if result.other_period:
        notes.append(html.P(t("scatter.other_period", lang, n=len(result.other_period),
                              places=", ".join(result.other_period)), className="no-data-list",
                            id="scatter-other-period"))
    if result.missing:
        notes.append(no_data_note(result.missing, lang=lang, element_id="scatter-no-data"))
    if result.spec is None:
        return html.Div([message_block(result.message or t("msg.no_selection", lang), color="info"), *notes],
                        className="view view-scatter")
    return html.Div([chart_block(result.spec, lang=lang, graph_id="scatter-graph", extra=notes, briefing=briefing,
                                 fill=briefing)], className="view view-scatter")
