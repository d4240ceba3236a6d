"""Change over time: each indicator of one or several districts across the periods the table holds.

One panel per indicator (units differ), one dot-and-line series per district and period kind: a first-quarter
figure is never joined to full-year figures. A target is drawn at its horizon as a hollow diamond. An
indicator the table holds for one period only is named, not drawn as a lonely dot.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
from dash import html

from components.chart_spec import ChartSpec
from components.compare import chart_block, message_block
from components.i18n import fmt_value, t, unit_label
from components.labels import indicator_label, lower_is_better, measure_unit
from components.strings.keys import TREND_KIND
from etl.catalogue import is_count_unit
from etl.period_grammar import period_bounds, period_kind, period_label, period_sort_key, term_for_year
from components.selection import display_names, first_per_group, public_rows
from components.theme import GRID, MUTED, OKABE_ITO, TICK_FONT, base_layout, count_axis, make_figure
from components.wrap import wrap_html

TREND_CHART_ID = "trend"
PANEL_HEIGHT = 210
PANEL_GAP = 70
# a phone: a panel's title is its name wrapped to the plot's width with its better end on a line of its own (one
# line of both ran past a 390 px plot), so the gap above each panel holds up to three lines over the x labels
PHONE_TITLE_WRAP = 30
PHONE_PANEL_GAP = 100
PHONE_TOP = 90
PHONE_PLOT_PX = 270          # a phone's plot: 390 px less the card's padding, the y axis' labels and title, the margins
CHAR_PX = 0.6                # a character of Noto Sans is about 0.6 of its font size wide
MAX_PANELS = 8
DASH_BY_KIND = {"year": "solid", "nine_months": "dash", "half_year": "dash", "quarter": "dot"}


@dataclass
class TrendResult:
    spec: ChartSpec | None
    message: str | None = None                             # shown instead of a chart
    single_period: list[str] = field(default_factory=list)  # "indicator (period)" held for one period only
    changes: list[str] = field(default_factory=list)        # "since the start of the term" lines
    indicators: list[str] = field(default_factory=list)     # indicator ids drawn, in panel order


def _dated(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows with a period on the time line (a whole-term figure has no single point in time)."""
    kinds = rows["period"].map(period_kind)
    return rows[kinds.notna() & (kinds != "term")]


def trend_rows(facts: pd.DataFrame, place_ids, *, indicator: str, measure: str = "level") -> pd.DataFrame:
    """The preferred figure of each district × period for `indicator`/`measure`, oldest period first."""
    rows = facts[(facts["indicator"] == indicator) & (facts["measure"] == measure)
                 & facts["place_id"].isin(set(place_ids))]
    rows = _dated(rows.dropna(subset=["value"]))
    if rows.empty:
        return rows
    rows = first_per_group(rows, ["place_id", "period"])
    return rows.assign(_key=rows["period"].map(period_sort_key)).sort_values(
        ["place_id", "_key"], kind="mergesort").drop(columns="_key")


def target_rows(facts: pd.DataFrame, place_ids, *, indicator: str) -> pd.DataFrame:
    """The preferred stated target of each district × horizon for `indicator`."""
    rows = facts[(facts["indicator"] == indicator) & (facts["measure"] == "target")
                 & facts["place_id"].isin(set(place_ids))].dropna(subset=["value"])
    rows = rows[rows["period"].map(period_bounds).notna()]
    return first_per_group(rows, ["place_id", "period"]) if len(rows) else rows


def term_change(rows: pd.DataFrame) -> tuple[str, str, float] | None:
    """(base period, latest year, latest − base) for one district's yearly rows when the table holds the value of
    the year the term started (2020 for the 2020–2025 term); else None."""
    years = rows[rows["period"].map(period_kind) == "year"]
    if len(years) < 2:
        return None
    latest = years.iloc[-1]
    base = str(term_for_year(int(latest["period"])).split("-")[0])
    at_base = years[years["period"] == base]
    if at_base.empty or base == latest["period"]:
        return None
    return base, str(latest["period"]), float(latest["value"]) - float(at_base.iloc[0]["value"])


def _axis_suffix(n: int) -> str:
    return "" if n == 1 else str(n)


def _panel(rows, targets, *, indicator, measure, lang, names, colors, axis_n):
    """Traces of one indicator's panel (plain dicts) on axes x{n}/y{n}."""
    xa, ya = "x" + _axis_suffix(axis_n), "y" + _axis_suffix(axis_n)
    traces = []
    unit = measure_unit(indicator, measure)
    for (pid, kind), g in rows.groupby(["place_id", rows["period"].map(period_kind)], sort=False):
        name = names.get(pid, pid)
        label = name if kind == "year" else f"{name} · {t(TREND_KIND[kind], lang)}"
        text = [fmt_value(v, u or unit, lang, qualifier=q) for v, u, q in zip(g["value"], g["unit"], g["qualifier"])]
        traces.append({
            "type": "scatter", "mode": "lines+markers", "xaxis": xa, "yaxis": ya, "name": label,
            "legendgroup": pid, "showlegend": axis_n == 1 and kind == "year",
            "x": [period_bounds(p)[1] for p in g["period"]], "y": list(g["value"]),
            "line": {"color": colors[pid], "width": 2, "dash": DASH_BY_KIND.get(kind, "solid")},
            "marker": {"color": colors[pid], "size": 8},
            "customdata": [[period_label(p, lang), tx, fid] for p, tx, fid in zip(g["period"], text, g["fact_id"])],
            "hovertemplate": f"<b>{name}</b><br>%{{customdata[0]}}: %{{customdata[1]}}<extra></extra>",
        })
    for pid, g in targets.groupby("place_id", sort=False):
        name = names.get(pid, pid)
        text = [fmt_value(v, u or unit, lang) for v, u in zip(g["value"], g["unit"])]
        traces.append({
            "type": "scatter", "mode": "markers+text", "xaxis": xa, "yaxis": ya,
            "name": f"{name} · {t('trend.target', lang)}", "legendgroup": pid, "showlegend": False,
            "x": [period_bounds(p)[1] for p in g["period"]], "y": list(g["value"]),
            "text": [t("trend.target_at", lang, period=period_label(p, lang)) for p in g["period"]],
            "textposition": "top center", "textfont": {"size": 11, "color": MUTED},
            "marker": {"symbol": "diamond-open", "size": 11, "color": colors[pid], "line": {"width": 2}},
            "customdata": [[period_label(p, lang), tx, fid] for p, tx, fid in zip(g["period"], text, g["fact_id"])],
            "hovertemplate": f"<b>{name}</b><br>{t('trend.target', lang)} %{{customdata[0]}}: "
                             "%{customdata[1]}<extra></extra>",
        })
    return traces


def thin_ticks(ticks: list[tuple[float, str]], x_range, *, width_px: float = PHONE_PLOT_PX,
               font_px: int = TICK_FONT) -> list[tuple[float, str]]:
    """The period ticks with the label blanked of each one that would run into the label kept before it on a plot
    `width_px` wide (the end of a year and of the next first quarter are a quarter of a year apart); its grid line
    stays."""
    lo, hi = x_range
    out, right = [], None
    for x, label in ticks:
        centre, half = (x - lo) / (hi - lo) * width_px, len(label) * font_px * CHAR_PX / 2
        if right is not None and centre - half < right + 4:
            out.append((x, ""))
            continue
        out.append((x, label))
        right = centre + half
    return out


def _layout(panels, *, lang, ticks, x_range, briefing, phone=False, ranges=None):
    """Stacked panels sharing one time axis; each panel titled with its indicator, unit and better end. ranges:
    each panel's (lowest, highest) value; an axis of counts gets whole steps. phone=True: titles wrapped to the
    plot's width, 12 px tick labels."""
    n = len(panels)
    gap, top_margin = (PHONE_PANEL_GAP, PHONE_TOP) if phone else (PANEL_GAP, 70)
    height = n * PANEL_HEIGHT + (n - 1) * gap + top_margin + 90
    plot_h = height - top_margin - 90
    # the legend (one entry per district) sits under the last panel, clear of the panel titles
    layout = base_layout(lang, height=height, showlegend=True, hovermode="closest",
                         margin={"l": 10, "r": 20, "t": top_margin, "b": 90},
                         legend={"orientation": "h", "x": 0, "xanchor": "left", "y": -40 / plot_h,
                                 "yanchor": "top", "font": {"size": 12}})
    annotations = []
    ticks_font = {"tickfont": {"size": TICK_FONT}} if phone else {}
    for i, (ind, measure, unit) in enumerate(panels):
        top = 1 - i * (PANEL_HEIGHT + gap) / plot_h
        bottom = top - PANEL_HEIGHT / plot_h
        sfx = _axis_suffix(i + 1)
        layout["xaxis" + sfx] = {
            "anchor": "y" + sfx, "tickvals": [x for x, _ in ticks], "ticktext": [lbl for _, lbl in ticks],
            "range": x_range, "gridcolor": GRID, "showgrid": True, "zeroline": False, "fixedrange": True,
            **ticks_font, **({"matches": "x"} if i else {})}
        layout["yaxis" + sfx] = {"domain": [max(0.0, bottom), min(1.0, top)], "anchor": "x" + sfx,
                                 "gridcolor": GRID, "zeroline": False, "fixedrange": True, "automargin": True,
                                 "title": {"text": unit_label(unit, lang), "font": {"size": 12}}, **ticks_font}
        if is_count_unit(unit) and ranges:
            layout["yaxis" + sfx].update(count_axis(*ranges[i]))
        better = t("trend.lower_better" if lower_is_better(ind, measure) else "trend.higher_better", lang)
        name = indicator_label(ind, lang)
        title = (f"<b>{wrap_html(name, PHONE_TITLE_WRAP)}</b><br>{better}" if phone
                 else f"<b>{name}</b> · {better}")
        annotations.append({"text": title, "xref": "paper", "align": "left",
                            "yref": "paper", "x": 0, "y": min(1.0, top), "yanchor": "bottom", "xanchor": "left",
                            "showarrow": False, "yshift": 6, "font": {"size": 15 if briefing else 13}})
    layout["annotations"] = annotations
    return layout


def build_trend(facts: pd.DataFrame, places: pd.DataFrame, *, indicators=None, measure: str = "level",
                lang: str = "vi", briefing: bool = False, figure_type: str = "go", phone: bool = False) -> TrendResult:
    """Dot-and-line panels of `indicators` (default: every indicator with data) for the districts of `places`;
    phone=True: the panels' titles wrapped to a phone's width (see _layout)."""
    place_ids = list(places["place_id"])
    names = display_names(places, lang=lang)
    colors = {pid: OKABE_ITO[i % len(OKABE_ITO)] for i, pid in enumerate(place_ids)}
    chosen = list(indicators) if indicators else list(dict.fromkeys(
        facts.loc[facts["place_id"].isin(set(place_ids)) & (facts["measure"] == measure), "indicator"]))
    panels, traces, plotted, single, changes, periods, ranges = [], [], [], [], [], set(), []
    for ind in chosen:
        rows = trend_rows(facts, place_ids, indicator=ind, measure=measure)
        if rows.empty:
            continue
        held = sorted(set(rows["period"]), key=period_sort_key)
        # a line needs one district with two periods of one kind: two districts' single dots are no change
        series = rows.groupby([rows["place_id"], rows["period"].map(period_kind)])["period"].nunique()
        if series.max() < 2:
            single.append(t("trend.single_item", lang, indicator=indicator_label(ind, lang),
                            period=", ".join(period_label(p, lang) for p in held)))
            continue
        if len(panels) >= MAX_PANELS:
            continue
        targets = target_rows(facts, place_ids, indicator=ind) if measure == "level" else rows.iloc[0:0]
        panels.append((ind, measure, measure_unit(ind, measure)))
        values = pd.concat([rows["value"], targets["value"]]).astype(float)
        ranges.append((values.min(), values.max()))
        traces += _panel(rows, targets, indicator=ind, measure=measure, lang=lang, names=names, colors=colors,
                         axis_n=len(panels))
        plotted += [rows, targets]
        periods |= set(rows["period"]) | set(targets["period"])
        for pid, g in rows.groupby("place_id", sort=False):
            change = term_change(g)
            if change:
                base, latest, diff = change
                unit = "pp" if measure_unit(ind, measure) == "%" else (g["unit"].dropna().iloc[0]
                                                                         if g["unit"].notna().any() else "")
                changes.append(t("trend.since_term", lang, place=names.get(pid, pid),
                                 indicator=indicator_label(ind, lang, mid_sentence=True),
                                 base=period_label(base, lang),
                                 latest=period_label(latest, lang),
                                 change=fmt_value(diff, unit, lang) if unit == "pp" else
                                 ("+" if diff > 0 else "") + fmt_value(diff, unit, lang)))
    if not panels:
        msg = t("trend.single_period", lang) if single else t("trend.no_data", lang)
        return TrendResult(None, msg, single, changes)

    ordered = sorted(periods, key=period_sort_key)
    # a phone writes a year bare on the time axis ('2023', not 'năm 2023') and leaves out labels that would collide
    ticks = sorted({(period_bounds(p)[1], period_label(p, lang, bare=phone)) for p in ordered})
    xs = [x for x, _ in ticks]
    pad = max(0.3, (max(xs) - min(xs)) * 0.06)
    if phone and not briefing:
        ticks = thin_ticks(ticks, (min(xs) - pad, max(xs) + pad))
    layout = _layout(panels, lang=lang, ticks=ticks, x_range=[min(xs) - pad, max(xs) + pad], briefing=briefing,
                     phone=phone and not briefing, ranges=ranges)
    fig = make_figure({"data": traces, "layout": layout}, figure_type)
    data = public_rows(pd.concat([r for r in plotted if len(r)], ignore_index=True))
    title = t("trend.title", lang)
    n = data["place_id"].nunique()
    subtitle = t("trend.subtitle", lang, n=n,
                 first=period_label(ordered[0], lang), last=period_label(ordered[-1], lang))
    labels = ", ".join(indicator_label(i, lang) for i, _, _ in panels)
    return TrendResult(
        ChartSpec(chart_id=TREND_CHART_ID, title=title, subtitle=subtitle, figure=fig, data=data,
                  source_ids=list(dict.fromkeys(data["source_id"])),
                  alt_text=t("trend.alt", lang, indicators=labels, subtitle=subtitle)),
        None, single, changes, [i for i, _, _ in panels])


def trend_layout(result: TrendResult, *, lang: str, briefing: bool = False):
    """The panels with the "since the start of the term" lines and the one-period indicators named under them."""
    notes = []
    if result.changes:
        notes.append(html.Ul([html.Li(c) for c in result.changes], className="trend-changes", id="trend-changes"))
    if result.single_period and result.spec is not None:
        notes.append(html.P(t("trend.single_list", lang, items="; ".join(result.single_period)),
                            className="no-data-list", id="trend-single"))
    if result.spec is None:
        body = [message_block(result.message or t("trend.no_data", lang), color="info")]
        if result.single_period:
            body.append(html.P(t("trend.single_list", lang, items="; ".join(result.single_period)),
                               className="no-data-list", id="trend-single"))
        return html.Div(body, className="view view-trend")
    return html.Div([chart_block(result.spec, lang=lang, graph_id="trend-graph", extra=notes, briefing=briefing,
                                 fill=briefing)], className="view view-trend")
