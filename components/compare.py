"""Compare view: one indicator × measure ranked across the chosen districts (horizontal bars)."""
from __future__ import annotations

import math
import statistics
from html import escape
from dataclasses import dataclass, field

import pandas as pd
from dash import dcc, html

from components.chart_spec import ChartSpec
from components.export_panel import export_panel
from components.i18n import (NBSP, fmt_number, fmt_percent, fmt_value, measure_label, place_label, qualifier_label,
                             scope_label, t, unit_label)
from components.labels import indicator_label, lower_is_better, measure_unit
from components.passage import fact_link
from etl.period_grammar import period_label, period_sort_key
from etl.catalogue import is_count_unit
from components.selection import MIN_COMPARED, comparable_rows, display_names, public_rows
from components.theme import (GRID, INK, MEDIAN_COLOR, NO_DATA, OKABE_ITO, TICK_FONT, base_layout, count_axis,
                              figure_height, graph_config, make_figure, nice_step, province_colors,
                              province_patterns)
from components.wrap import wrap_lines

COMPARE_CHART_ID = "compare"
QUOTE_CHARS = 140
MAX_NO_DATA_BARS = 25
ROW_HEIGHT = 26
BARGAP = 0.25
# at phone width each row is the district's name above its bar (a name column would leave the bars a third of a
# phone's width): the name in the upper part of the row, the bar below it, in category units of one row
PHONE_ROW_HEIGHT = 50
PHONE_BAR = (0.02, 0.48)      # the bar's band: from the row's centre downwards (the y axis runs top to bottom)
PHONE_NAME_TOP = 0.32         # the name's text reaches this far above the row's centre
PHONE_TICKS = 3               # about this many steps on a phone's x axis (more do not fit 390 px as labels)
BRIEFING_HEIGHT = 600
MAX_LEGEND_PROVINCES = 12
# a chart with more bars than this carries no quotes in its hover (≈ 190 bytes a bar, 65% of a 700-bar figure):
# its hover says to click, and the click opens the passage with the quote (callbacks/passage.py)
QUOTE_HOVER_MAX_BARS = 60
# an outside bar label's width, estimated: px per character of the 12 px label font (Noto Sans averages ~6.6) and
# padding; the labels beyond the longest bar go into a right margin of that many pixels, so no plot width cuts them
LABEL_CHAR_PX = 7
LABEL_PAD_PX = 14


@dataclass
class CompareResult:
    spec: ChartSpec | None
    missing: list[str] = field(default_factory=list)     # display names of places without a figure
    message: str | None = None                            # shown instead of a chart
    share: bool = False                                   # values are x/y shares
    note: str = ""                                        # which way is better
    shown: int = 0                                        # districts drawn
    total: int = 0                                        # districts ranked (with a figure)
    left_out: str = ""                                    # figures of another target set / period kind, named
    left_out_key: str = "compare.left_out"                # the sentence that names them


def _wrap_quote(quote: str | None, width: int = 60) -> str:
    """The quote for a hover label: whitespace collapsed, cut at QUOTE_CHARS, broken into lines of ~`width`."""
    if not quote:
        return ""
    q = " ".join(str(quote).split())
    if len(q) > QUOTE_CHARS:
        q = q[: QUOTE_CHARS - 1].rstrip() + "…"
    return "<br>".join(wrap_lines(q, width))


@dataclass
class RankedRows:
    rows: pd.DataFrame            # one row per place, best first, with the plotted value in `_v`
    missing: pd.DataFrame         # places (places-table rows) without a comparable figure
    share: bool                   # values are x/y shares
    left_out: pd.DataFrame        # figures of another target set or period kind, not in this ranking


def plotted_values(rows: pd.DataFrame, *, value: str = "value", denominator: str = "denominator",
                   measure: str = "level") -> tuple[bool, pd.Series]:
    """(share, values): levels stated as x of y ("17/18 chỉ tiêu") are compared as shares in %, so districts with
    different numbers of targets or communes compare; anything else as stated. The one copy of this rule: the
    ranking, the map and the scatter plot what it returns."""
    share = bool(len(rows)) and measure == "level" and rows[denominator].notna().all() and (rows[denominator] > 0).all()
    return share, (rows[value] / rows[denominator] * 100 if share else rows[value])


def compare_rows(facts: pd.DataFrame, places: pd.DataFrame, *, indicator: str, measure: str,
                 period: str) -> RankedRows:
    """The like-with-like ranking of `places` on indicator × measure in `period` (see selection.comparable_group)."""
    rows, left_out = comparable_rows(facts, indicator=indicator, measure=measure, period=period,
                                     place_ids=places["place_id"])
    share, plot_value = plotted_values(rows, measure=measure)
    rows = rows.assign(_v=plot_value).dropna(subset=["_v"])
    ascending = lower_is_better(indicator, measure)
    # rank: best first; ties broken by name so the order is stable
    rows = rows.sort_values(["_v", "place_name"], ascending=[ascending, True], kind="mergesort")
    have = set(rows["place_id"])
    missing = places[~places["place_id"].isin(have)]
    return RankedRows(rows, missing, share, left_out)


UNREVIEWED_MARK = "○"   # t("review.mark_explained") says what it means


def left_out_kinds(left_out: pd.DataFrame, *, lang: str) -> list[tuple[str, str]]:
    """[(place_id, 'chỉ tiêu nhiệm kỳ, năm 2023'), …]: the target set and period of each figure a like-with-like
    ranking did not compare, in the order of `left_out`."""
    return [(pid, ", ".join(x for x in (scope_label(scope, lang) if isinstance(scope, str) else "",
                                        period_label(per, lang)) if x))
            for pid, scope, per in zip(left_out["place_id"], left_out["target_scope"], left_out["period"])]


def left_out_text(left_out: pd.DataFrame, names: dict, *, lang: str) -> str:
    """'Huyện Trần Đề (chỉ tiêu nhiệm kỳ, năm 2023); …': what a like-with-like ranking did not compare."""
    return "; ".join(f"{names.get(pid, pid)} ({what})" for pid, what in left_out_kinds(left_out, lang=lang))


def build_compare(facts: pd.DataFrame, places: pd.DataFrame, *, indicator: str, measure: str = "level",
                  period: str = "latest", lang: str = "vi", briefing: bool = False, limit: int | None = None,
                  figure_type: str = "go", mark_unreviewed: bool = False,
                  hide_missing: bool = False, change_from: str | None = None, phone: bool = False) -> CompareResult:
    """The ranked bar chart of `indicator`/`measure` for `places` (a places-table slice) in `period`.

    limit: show only the best and worst limit/2 of a longer ranking (ranks and median still over all of it);
    briefing=True sizes it for a 16:9 frame; figure_type="dict" leaves the figure as plain dicts (page);
    mark_unreviewed=True marks each figure nobody has reviewed yet with ○ and says so in the subtitle;
    hide_missing=True draws no "no data" rows (the districts are still named under the chart);
    change_from: the rows' values are changes since this period (compare_change): labels carry their sign and the
    hover names both periods; phone=True lays each row out as the name above a bar as wide as the phone."""
    names = display_names(places, lang=lang)
    ranked = compare_rows(facts, places, indicator=indicator, measure=measure, period=period)
    rows, missing_places, share = ranked.rows, ranked.missing, ranked.share
    left_out = left_out_text(ranked.left_out, names, lang=lang)
    # a place with only figures of another set or period kind is not "without data": it is named as left out
    other = set(ranked.left_out["place_id"])
    missing = [names[p] for p in missing_places["place_id"] if p not in other]
    ind_label = indicator_label(indicator, lang)
    m_label = measure_label(measure, lang)
    if rows.empty:
        msg = t("msg.no_data_for", lang, indicator=ind_label, measure=m_label, period=period_label(period, lang))
        return CompareResult(None, missing, msg, share, "", left_out=left_out)

    unit = "%" if share else (rows["unit"].dropna().mode().iloc[0] if rows["unit"].notna().any()
                              else measure_unit(indicator, measure))
    p_text, mixed = _period_text(rows, period, lang)
    unit_text = t("unit.share", lang) if share else unit_label(unit, lang)
    title = t("compare.title", lang, indicator=ind_label)
    subtitle = t("compare.subtitle", lang, measure=m_label, unit=unit_text, period=p_text)
    lower = lower_is_better(indicator, measure)
    direction_note = t("compare.lower_better" if lower else "compare.higher_better", lang)

    total = len(rows)
    med = statistics.median(rows["_v"].tolist()) if total >= MIN_COMPARED else None
    rows, gap = _limit_ranking(rows.assign(_rank=range(1, total + 1)), limit, lang)
    labels, hover_value = _bar_labels(rows, share=share, unit=unit, mixed=mixed, signed=change_from is not None,
                                      lang=lang)
    if mark_unreviewed and "review_status" in rows:
        labels, subtitle = _mark_unreviewed(rows, labels, subtitle, lang)
    y = [names.get(p, p) for p in rows["place_id"]]
    data, n_provinces = _bar_traces(rows, y, labels, hover_value, total=total, ind_label=ind_label,
                                    selection=places["province_code"], change_from=change_from, lang=lang)
    categories = list(y)
    if gap:
        half = limit // 2
        categories = categories[:half] + [gap] + categories[half:]
    n_ranked = len(categories)
    shown_missing = missing if len(missing) <= MAX_NO_DATA_BARS and not hide_missing else []
    if shown_missing:
        categories += shown_missing
        leftwards = max(rows["_v"]) <= 0
        data.append(_no_data_trace(shown_missing, leftwards=leftwards, phone=phone and not briefing,
                                   reach=min(rows["_v"]) if leftwards else max(rows["_v"]), lang=lang))
    med_text, axis_title = _median_texts(med, share=share, unit=unit, unit_text=unit_text, lang=lang)
    layout = _bar_layout(rows["_v"].tolist(), labels, categories, lang=lang, n_ranked=n_ranked, med=med,
                         axis_title=axis_title, legend=n_provinces <= MAX_LEGEND_PROVINCES)
    whole = not share and is_count_unit(unit)
    if whole:
        layout["xaxis"].update(count_axis(*layout["xaxis"]["range"]))
    if phone and not briefing:
        _fit_phone(data, layout, len(categories), med=med, n_ranked=n_ranked, lang=lang, whole=whole)
    if briefing:
        _fit_briefing(data, layout, len(categories), med=med, n_ranked=n_ranked)
    fig = make_figure({"data": data, "layout": layout}, figure_type)

    top, bottom = y[0], y[-1]
    alt = t("compare.alt", lang, n=total, indicator=ind_label, period=p_text, top=top, top_value=hover_value[0],
            bottom=bottom, bottom_value=hover_value[-1], median=med_text,
            missing=t("compare.alt_missing", lang, n=len(missing)) if missing else "")
    data = public_rows(rows)
    spec = ChartSpec(
        chart_id=COMPARE_CHART_ID, title=title, subtitle=subtitle, figure=fig, data=data,
        source_ids=list(dict.fromkeys(data["source_id"])),
        takeaway=t("compare.takeaway" if med is not None else "compare.takeaway_few", lang, top=top,
                   top_value=hover_value[0], n=total, median=med_text),
        alt_text=f"{title}. {subtitle}. {direction_note} {alt}",
    )
    return CompareResult(spec, missing, None, share, direction_note, shown=len(rows), total=total, left_out=left_out)


def _period_text(rows: pd.DataFrame, period: str, lang: str) -> tuple[str, bool]:
    """(the period for the subtitle, whether the latest figures of the places are of different periods): with
    period='latest' each place shows its latest figure, so the subtitle names every period drawn."""
    periods = sorted(set(rows["period"]), key=period_sort_key)
    mixed = len(periods) > 1
    if period == "latest":
        p_text = period_label(periods[0], lang) if not mixed else t(
            "period.mixed", lang, periods=", ".join(period_label(p, lang) for p in periods))
    else:
        p_text = period_label(period, lang)
    return p_text, mixed


def _limit_ranking(rows: pd.DataFrame, limit: int | None, lang: str) -> tuple[pd.DataFrame, str | None]:
    """The best and worst limit/2 rows of a longer ranking, and the line that stands for the rows between."""
    total = len(rows)
    if not limit or total <= limit:
        return rows, None
    half = limit // 2
    return pd.concat([rows.iloc[:half], rows.iloc[total - half:]]), t("compare.gap", lang, n=total - 2 * half)


def _bar_labels(rows: pd.DataFrame, *, share: bool, unit, mixed: bool, signed: bool = False,
                lang: str) -> tuple[list[str], list[str]]:
    """(the label beside each bar, the value its hover shows): qualifier, target set when sets mix, period when
    periods mix; the bar label leaves out a long unit."""
    labels, hover_value = [], []
    scopes = rows["target_scope"] if "target_scope" in rows else pd.Series([None] * len(rows), index=rows.index)
    # Term progress and an annual result are different target sets: say which set each bar is when they mix.
    mixed_sets = scopes.dropna().nunique() > 1
    for v, raw, den, q, u, per, scope in zip(rows["_v"].tolist(), rows["value"], rows["denominator"],
                                             rows["qualifier"], rows["unit"], rows["period"], scopes):
        if share:
            main = f"{fmt_value(raw, None, lang, denominator=den, with_unit=False)} ({fmt_percent(v, lang, decimals=1)})"
        else:
            main = fmt_value(raw, u or unit, lang, signed=signed)
        # the bar's own label leaves out a long unit (it is in the subtitle and the axis title): labels stay
        # inside a phone-width chart; the hover keeps the full value with its unit
        short = main if share else fmt_value(raw, u or unit, lang, with_unit=False, signed=signed)
        if q:
            main = f"{qualifier_label(q, lang)} {main}"
            short = f"{qualifier_label(q, lang)} {short}"
        if mixed_sets and isinstance(scope, str):
            main = f"{main}{NBSP}· {scope_label(scope, lang)}"
            short = f"{short}{NBSP}· {scope_label(scope, lang)}"
        hover_value.append(main)
        labels.append(f"{short}{NBSP}· {period_label(per, lang)}" if mixed else short)
    return labels, hover_value


def _mark_unreviewed(rows: pd.DataFrame, labels: list[str], subtitle: str, lang: str) -> tuple[list[str], str]:
    """○ after the label of each figure nobody has reviewed yet, and the subtitle says what ○ means."""
    unreviewed = (rows["review_status"].fillna("unreviewed") == "unreviewed").tolist()
    labels = [f"{label}{NBSP}{UNREVIEWED_MARK}" if flag else label for label, flag in zip(labels, unreviewed)]
    if any(unreviewed):
        subtitle = f"{subtitle} · {t('review.mark_explained', lang)}"
    return labels, subtitle


def _bar_traces(rows: pd.DataFrame, y: list[str], labels: list[str], hover_value: list[str], *, total: int,
                selection, ind_label: str, change_from: str | None = None, lang: str) -> tuple[list[dict], int]:
    """(the traces, the number of provinces): one bar trace in rank order, coloured per bar by province of the
    `selection` (the places in scope's province codes: the same colour in every view and export) (fast to
    build and to send for 700 districts); legend entries are empty traces, one per province, while there are
    few enough to tell apart."""
    prov_codes = list(rows["province_code"])
    prov_names = dict(zip(rows["province_code"], (place_label(p, lang) for p in rows["province"])))
    order = sorted(prov_names, key=lambda c: str(prov_names[c]))       # the legend's order: by name
    colors, pattern_of = province_colors(selection), province_patterns(selection)   # the selection's: theme.py
    customdata, hovertemplate = _bar_hover(rows, hover_value, prov_names, total=total, change_from=change_from,
                                           lang=lang)
    marker = {"color": [colors[c] for c in prov_codes], "line": {"width": 0}}
    if len(colors) > len(OKABE_ITO):          # the colours cycle: shapes tell the provinces apart
        marker["pattern"] = {"shape": [pattern_of[c] for c in prov_codes]}
    data = [{
        "type": "bar", "orientation": "h", "x": rows["_v"].tolist(), "y": y, "text": labels, "textposition": "outside",
        "cliponaxis": False, "textfont": {"size": 12}, "customdata": customdata, "hovertemplate": hovertemplate,
        "marker": marker, "showlegend": False, "name": ind_label,
    }]
    if len(order) <= MAX_LEGEND_PROVINCES:
        for c in order:
            data.append({"type": "bar", "orientation": "h", "x": [None], "y": [None], "name": prov_names[c],
                         "marker": {"color": colors[c], "pattern": {"shape": pattern_of[c]}},
                         "showlegend": True, "hoverinfo": "skip"})
    return data, len(order)


def _bar_hover(rows: pd.DataFrame, hover_value: list[str], prov_names: dict, *, total: int,
               change_from: str | None = None, lang: str) -> tuple[list[list], str]:
    """(customdata, hovertemplate) of the bars: value, qualifier, period (of a change: both periods), rank, province
    and the quote, or on a chart with many bars a hint to click for it (the quotes would make the figure too
    heavy)."""
    with_quotes = len(rows) <= QUOTE_HOVER_MAX_BARS
    none_text = t("qualifier.none", lang)
    period_text = {per: period_label(per, lang) if change_from is None else t(
        "compare.hover_change_periods", lang, base=period_label(change_from, lang), period=period_label(per, lang))
        for per in set(rows["period"])}
    period_key = "compare.hover_period" if change_from is None else "compare.hover_change"
    quotes = [_wrap_quote(q) for q in rows["quote"]] if with_quotes else [""] * len(rows)
    customdata = [
        [hv, qualifier_label(q, lang) or none_text, period_text[per], quote, f"{rank}/{total}",
         prov_names.get(pc, ""), fid]
        for rank, hv, q, per, quote, pc, fid in zip(rows["_rank"], hover_value, rows["qualifier"], rows["period"],
                                                    quotes, rows["province_code"], rows["fact_id"])
    ]
    quote_line = f"{t('compare.hover_quote', lang)}: <i>%{{customdata[3]}}</i>" if with_quotes else \
        f"<i>{t('compare.click_hint', lang)}</i>"
    hovertemplate = (
        "<b>%{y}</b> · %{customdata[5]}<br>"
        f"{t('compare.hover_value', lang)}: %{{customdata[0]}}<br>"
        f"{t('compare.hover_qualifier', lang)}: %{{customdata[1]}}<br>"
        f"{t(period_key, lang)}: %{{customdata[2]}}<br>"
        f"{t('compare.hover_rank', lang)}: %{{customdata[4]}}<br>"
        f"{quote_line}<extra></extra>"
    )
    return customdata, hovertemplate


def _no_data_trace(shown_missing: list[str], *, leftwards: bool, phone: bool = False, reach: float = 0.0,
                   lang: str) -> dict:
    """'No data' written from the zero line into the plot, one row per place without a figure: rightwards, or
    leftwards when every bar is negative. On a phone it takes the band a bar would take under the name (inside an
    unpainted bar reaching `reach`, the axis's far end), so it stands as far from the name as a value row's bar."""
    text = t("compare.no_data", lang)
    if phone:
        return {"type": "bar", "orientation": "h", "x": [reach] * len(shown_missing), "y": shown_missing,
                "width": PHONE_BAR[1] - PHONE_BAR[0], "offset": PHONE_BAR[0], "text": [text] * len(shown_missing),
                "textposition": "inside", "insidetextanchor": "start", "constraintext": "none",
                "textfont": {"color": NO_DATA, "size": 12}, "cliponaxis": False,
                "marker": {"color": "rgba(0,0,0,0)", "line": {"width": 0}},
                "hoverinfo": "skip", "showlegend": False, "name": text}
    side = "left" if leftwards else "right"
    return {"type": "scatter", "x": [0] * len(shown_missing), "y": shown_missing, "mode": "text",
            "text": [(text + "  ") if leftwards else ("  " + text)] * len(shown_missing),
            "textposition": f"middle {side}",
            "textfont": {"color": NO_DATA, "size": 12}, "cliponaxis": False,
            "hoverinfo": "skip", "showlegend": False, "name": text}


def _median_texts(med, *, share: bool, unit, unit_text: str, lang: str) -> tuple[str, str]:
    """(the median as the alt text and takeaway say it, the x-axis title, which carries the median's value: there
    it never collides with bars, labels or the legend)."""
    if med is None:
        return t("compare.median_few", lang, n=MIN_COMPARED), unit_text
    med_text = fmt_percent(med, lang, decimals=1) if share else fmt_value(med, unit, lang)
    med_axis = med_text if share else fmt_value(med, unit, lang, with_unit=False)   # the unit opens the title
    # on two lines: one line is wider than a phone's plot
    return med_text, f"{unit_text}<br>{t('compare.median', lang, value=med_axis)}"


def label_width_px(label: str) -> int:
    """The estimated width of an outside bar label in pixels."""
    return LABEL_CHAR_PX * len(label) + LABEL_PAD_PX


def median_path(med: float, n_ranked: int, *, bargap: float | None = None,
                busy: tuple[float, float] | None = None) -> dict:
    """The median as a dashed line drawn only in the gaps between the rows' contents (one SVG path): never through
    a bar's value label, which sits in its bar's row, nor (on a phone) a name, at any plot width; and never beside
    the "no data" rows below. busy: the band (from, to) of each row its contents take, around the row's centre;
    default the bar's band of `bargap`."""
    if busy is None:
        half = (1 - bargap) / 2
        busy = (-half, half)
    edges = [-0.5] + [y for i in range(n_ranked) for y in (i + busy[0], i + busy[1])] + [n_ranked - 0.5]
    path = " ".join(f"M{med},{a} L{med},{b}" for a, b in zip(edges[::2], edges[1::2]))
    return {"type": "path", "path": path, "xref": "x", "yref": "y", "layer": "below",
            "line": {"color": MEDIAN_COLOR, "width": 1.5}}


def _bar_layout(values: list, labels: list[str], categories: list[str], *, lang: str, n_ranked: int, med,
                axis_title: str, legend: bool) -> dict:
    """The layout of the ranking as a plain dict (validated in the tests; skipping plotly's per-property
    validation keeps a 700-district chart fast): a row per category, the median as a dashed line, room for the
    outside value labels on both sides (on the right a margin in pixels: no plot width cuts them)."""
    lo = min(0.0, min(values))
    hi = max(0.0, max(values))
    span = (hi - lo) or 1.0
    label_room = 0.12 + 0.007 * max(len(x) for x in labels)   # room on the left for negative bars' labels
    right = max(30, max(label_width_px(x) for x in labels)) if hi > 0 else 30
    return base_layout(
        lang,
        height=max(260, 110 + ROW_HEIGHT * len(categories)),
        barmode="overlay",
        bargap=BARGAP,
        showlegend=legend,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "xanchor": "left", "font": {"size": 12},
                "title": {"text": ""}},
        margin={"l": 10, "r": right, "t": 40, "b": 64 if med is not None else 50},
        uniformtext={"minsize": 10, "mode": "show"},
        shapes=[] if med is None else [median_path(med, n_ranked, bargap=BARGAP)],
        yaxis={"categoryorder": "array", "categoryarray": categories, "autorange": "reversed", "automargin": True,
               "title": {"text": ""}, "ticks": "", "showgrid": False, "fixedrange": True, "ticklabelstandoff": 8},
        # the median's value goes in the axis title: it never collides with bars, labels or the legend
        xaxis={"title": {"text": axis_title, "font": {"size": 12}},
               # outside labels of negative bars sit left of the bar end: room on that side too, or they run
               # into the district names
               "range": [lo - span * label_room if lo < 0 else 0, hi + span * 0.02],
               "gridcolor": GRID,
               "zeroline": True, "zerolinecolor": NO_DATA, "fixedrange": True, "showgrid": True, "side": "bottom"},
    )


def nice_ticks(lo: float, hi: float, steps: int = PHONE_TICKS, *, whole: bool = False) -> list[float]:
    """Round tick values from lo to hi (0 among them when the range holds it), about `steps` steps apart: a
    step of 1, 2, 2.5 or 5 times a power of ten (theme.nice_step; whole=True, a count: a whole step)."""
    step = nice_step((hi - lo) or 1.0, steps, whole=whole)
    first = math.ceil(lo / step - 1e-9)
    return [round(k * step, 10) for k in range(first, math.floor(hi / step + 1e-9) + 1)]


def _fit_phone(data: list[dict], layout: dict, n_cat: int, *, med, n_ranked: int, lang: str,
               whole: bool = False) -> None:
    """A phone's rows: the district's name on the left and its value on the right, inside the plot, above a bar
    that may take the phone's whole width (a name column and outside value labels would leave the bars a third of
    it); the median in the gaps between a bar and the next row's texts. The values are the tick labels of a
    second y axis on the right, over the same rows. The x axis gets a few round ticks of its own, 0 among them,
    and margins of half its end labels (plotly hides a tick label that passes the chart's edge). They are drawn by
    a second x axis over the first, in a subplot with a hidden y axis: plotly hides the x labels (and grid lines)
    that lie under the inside labels of an axis sharing their subplot, here the names' and the values' columns,
    which dropped 0 and the last tick."""
    bars = data[0]
    values = {"tickmode": "array", "tickvals": list(bars["y"]), "ticktext": list(bars["text"])}
    bars.update(width=PHONE_BAR[1] - PHONE_BAR[0], offset=PHONE_BAR[0], text=None, textposition="none")
    # an empty trace on the right axis: plotly draws an axis only with a trace on it
    data.append({"type": "scatter", "x": [None] * len(bars["y"]), "y": list(bars["y"]), "yaxis": "y2",
                 "mode": "markers", "hoverinfo": "skip", "showlegend": False})
    layout.update(height=max(260, 120 + PHONE_ROW_HEIGHT * n_cat))
    ticks = nice_ticks(*layout["xaxis"]["range"], whole=whole)
    tick_text = [fmt_number(v, lang) for v in ticks]
    layout["xaxis2"] = {**layout["xaxis"], "tickmode": "array", "tickvals": ticks, "ticktext": tick_text,
                        "tickfont": {"size": TICK_FONT}, "overlaying": "x", "anchor": "y3"}
    layout["xaxis"].update(showticklabels=False, showgrid=False, zeroline=False, title={"text": ""})
    layout["yaxis3"] = {"overlaying": "y", "visible": False, "fixedrange": True}
    data.append({"type": "scatter", "x": [None], "y": [None], "xaxis": "x2", "yaxis": "y3", "mode": "markers",
                 "hoverinfo": "skip", "showlegend": False})
    half = [label_width_px(x) // 2 for x in (tick_text[0], tick_text[-1])]
    layout["margin"].update(l=max(4, half[0]), r=max(4, half[1]))
    inside = {"ticklabelposition": "inside top", "ticklabelstandoff": 0, "automargin": False, "ticks": "",
              "tickfont": {"size": 13}, "showgrid": False, "fixedrange": True}
    layout["yaxis"].update(inside)
    layout["yaxis2"] = {**inside, **values, "matches": "y", "overlaying": "y", "side": "right",
                        "tickfont": {"size": 13, "color": INK}}
    if med is not None:
        layout["shapes"] = [median_path(med, n_ranked, busy=(-PHONE_NAME_TOP, PHONE_BAR[1]))]


def _fit_briefing(data: list[dict], layout: dict, n_cat: int, *, med, n_ranked: int) -> None:
    """A 16:9 frame's fixed height: tighter or looser bars by their number, smaller text for many (the median's
    gaps follow the bars)."""
    bargap = 0.15 if n_cat > 30 else (0.45 if n_cat < 8 else 0.3)
    layout.update(height=BRIEFING_HEIGHT, bargap=bargap)
    if med is not None:
        layout["shapes"] = [median_path(med, n_ranked, bargap=bargap)]
    if n_cat > 30:
        data[0]["textfont"] = {"size": 9}
        layout["yaxis"]["tickfont"] = {"size": 9}



# ---------------------------------------------------------------- layout


def chart_block(spec: ChartSpec, *, lang: str, graph_id, extra=None, briefing: bool = False,
                modebar: bool = True, fill: bool = False):
    """A chart with its title, subtitle, visually-hidden text alternative and the export panel under it.

    fill=True: the graph takes the height of its container (briefing frames) instead of the figure's own."""
    alt_id = f"alt-{spec.chart_id}"
    return html.Figure(
        className="chart-block" + (" fill" if fill else ""),
        children=[
            html.Figcaption([
                html.H2(spec.title, className="chart-title"),
                html.P(spec.subtitle, className="chart-subtitle"),
            ]),
            html.Div(
                dcc.Graph(id=graph_id, figure=spec.figure,
                          config={**graph_config(lang), "displayModeBar": "hover" if modebar and not briefing else False},
                          className="chart-graph", responsive=True,
                          style={"height": "100%" if fill else f"{figure_height(spec.figure)}px"}),
                role="img", className="graph-wrap" + (" fill" if fill else ""),
                **{"aria-label": spec.alt_text or spec.title, "aria-describedby": alt_id},
            ),
            html.P(spec.alt_text, id=alt_id, className="visually-hidden"),
            *(extra or []),
            export_panel(spec.chart_id, lang=lang),
        ],
    )


def message_block(text: str, *, color: str = "secondary"):
    return html.Div(text, className=f"alert alert-{color} view-message", role="status")


def bar_points(figure) -> list[tuple[str, str, str]]:
    """(district, value as the hover says it, fact_id) of each plotted bar, in rank order, read from the figure
    (a plain dict on the page, a go.Figure for the exports)."""
    data = figure.get("data") if isinstance(figure, dict) else figure.data
    if not data:
        return []
    bars = data[0]
    get = bars.get if isinstance(bars, dict) else (lambda k, d=None: getattr(bars, k, d))
    names, custom = get("y") or [], get("customdata")
    custom = [] if custom is None else custom
    return [(str(name), str(c[0]), str(c[-1])) for name, c in zip(names, custom) if c is not None and len(c)]


def _one_line(text: str) -> str:
    """Every kind of line break (Markdown counts \\r, str.splitlines a few more) as a space."""
    return " ".join(text.splitlines())


def value_links(spec: ChartSpec, *, lang: str):
    """The plotted values as a compact list of links to their source passages (#fact=<id>, as the tables' quote
    links): what clicking a bar does, reachable by keyboard and read by screen readers."""
    points = bar_points(spec.figure)
    if not points:
        return None
    # one HTML string, not a component per link: for 700 districts the list was larger than the chart itself.
    # Names and values are the app's own text, escaped and on one line (no line break can end Markdown's HTML
    # block, so nothing in them is ever read as Markdown)
    def item(name: str, value: str, fid: str) -> str:
        inner = escape(_one_line(name)) + ":" + NBSP + '<span class="num">' + escape(_one_line(value)) + "</span>"
        return "<li>" + fact_link(fid, inner) + "</li>"

    items = "".join(item(name, value, fid) for name, value, fid in points)
    return html.Div([
        html.Span(t("compare.values_list", lang), id="compare-values-title", className="compare-values-title"),
        dcc.Markdown(f'<ul class="compare-values-list">{items}</ul>', dangerously_allow_html=True,
                     className="compare-values-wrap"),
    ], id="compare-values", className="compare-values", role="group",
        **{"aria-labelledby": "compare-values-title"})


def compare_layout(result: CompareResult, *, lang: str, briefing: bool = False, table=None):
    if result.spec is None:
        children = [message_block(result.message or t("msg.no_selection", lang), color="info")]
        if result.missing:
            children.append(html.P(t("compare.no_data_list", lang, n=len(result.missing),
                                     places=", ".join(result.missing)), className="no-data-list"))
        if result.left_out:
            children.append(html.P(t(result.left_out_key, lang, items=result.left_out), className="no-data-list",
                                   id="compare-left-out"))
        return html.Div(children, className="view view-compare")
    extras = []
    notes = [result.note]
    if result.share:
        notes.append(t("compare.share_note", lang))
    if not briefing:
        notes.append(t("compare.click_hint", lang))
    extras.append(html.P(" ".join(notes), className="chart-note"))
    if not briefing:
        links = value_links(result.spec, lang=lang)
        if links is not None:
            extras.append(links)
    if result.left_out:
        extras.append(html.P(t(result.left_out_key, lang, items=result.left_out), className="no-data-list",
                             id="compare-left-out"))
    if result.missing:
        extras.append(html.P(t("compare.no_data_list", lang, n=len(result.missing), places=", ".join(result.missing)),
                             className="no-data-list", id="compare-no-data"))
    head = [message_block(t("compare.limited", lang, shown=result.shown, total=result.total), color="info")] \
        if result.total > result.shown and not briefing else []
    if table is not None:   # written out instead of drawn: same title, notes, lists and export panel
        spec = result.spec
        block = html.Figure([html.Figcaption([html.H2(spec.title, className="chart-title"),
                                              html.P(spec.subtitle, className="chart-subtitle")]),
                             table, *[e for e in extras if getattr(e, "id", None) != "compare-values"],
                             export_panel(spec.chart_id, lang=lang)], className="chart-block")
    else:
        block = chart_block(result.spec, lang=lang, graph_id="compare-graph", extra=extras, briefing=briefing,
                            fill=briefing)
    return html.Div(head + [block], className="view view-compare")
