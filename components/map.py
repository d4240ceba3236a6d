"""Map view: the districts of the selection as dots at their real position, coloured (or sized) by one indicator.

Drawn offline on a plain background, with no shapes: the gazetteer (data_access.Dataset.geometry, the pre-2025
units of `vietnamadminunits`, matched on the GSO code) has a centroid and a bounding box per district, not its
border, and no package the project can carry has real pre-2025 district borders under a licence that allows
shipping them; boxes or hulls drawn as outlines overlapped and looked like borders they were not.
Every district in view with a position is a mark: a filled dot coloured by its value (darker = better, whichever
way better runs), a hollow grey dot for "no data", a hollow grey diamond where its figure is of another target set
or kind of period (named under the map). Values, ranks, "no data" and the better end come from the same rows as
the Compare bars (`compare_rows`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd
from dash import html

from components.chart_spec import ChartSpec
from components.compare import (LABEL_CHAR_PX, QUOTE_CHARS, chart_block, compare_rows, left_out_kinds,
                                left_out_text, message_block)
from components.no_data import no_data_note
from components.i18n import fmt_percent, fmt_value, measure_label, place_label, qualifier_label, t, unit_label
from components.labels import indicator_label, lower_is_better, measure_unit
from etl.period_grammar import period_label, period_sort_key
from components.selection import display_names, public_rows
from components.theme import INK, MUTED, NO_DATA, base_layout, make_figure

MAP_CHART_ID = "map"
MAX_LABELS = 30          # name the dots while they can be told apart
# the plot area a map gets (px), for placing the dots' names where they do not collide: a desktop card, a phone
PLOT_PX = {False: (820, 500), True: (340, 360)}   # a phone's: 480 px high, less its 30 + 90 px margins
LABEL_HEIGHT_PX = 18     # a 12 px name's box is 17 px high
DOT_RADIUS_PX = 9        # a 16 px dot with its 1 px line
HOLLOW_RADIUS_PX = 6     # a 10–11 px hollow dot or diamond with its 1.5 px line
MIN_SPAN_DEG = 0.25      # a lone dot, or dots close together, still get a district's worth of map around them
EDGE_PX = 4              # kept free between a name and the plot's edge
# where a name may go around its dot, tried in this order
LABEL_SIDES = ("top center", "bottom center", "middle right", "middle left")
# light → dark blue (readable for the common colour-vision deficiencies); dark is always the better end
BETTER_DARK = [[0.0, "#deebf7"], [0.5, "#6baed6"], [1.0, "#08306b"]]


@dataclass
class MapResult:
    spec: ChartSpec | None
    missing: list[str] = field(default_factory=list)      # places in view without a figure
    unplaced: list[str] = field(default_factory=list)     # places with no known position (not on the map)
    message: str | None = None
    note: str = ""                                        # which end is better
    left_out: str = ""                                    # figures of another target set / period kind


def _quote(text) -> str:
    q = " ".join(str(text or "").split())
    return q if len(q) <= QUOTE_CHARS else q[: QUOTE_CHARS - 1].rstrip() + "…"


def place_positions(places: pd.DataFrame, geometry: pd.DataFrame) -> pd.DataFrame:
    """`places` with lat/lon and bounding box joined on the GSO district code (NaN where unknown)."""
    geo = geometry.drop(columns=["province_code"], errors="ignore").drop_duplicates("admin_code")
    return places.merge(geo, on="admin_code", how="left")


def build_map(facts: pd.DataFrame, places: pd.DataFrame, *, geometry: pd.DataFrame, indicator: str,
              measure: str = "level", period: str = "latest", lang: str = "vi", size_by_value: bool = False,
              briefing: bool = False, figure_type: str = "go", hide_missing: bool = False,
              phone: bool = False) -> MapResult:
    """Dots of `indicator`/`measure` in `period` for `places`; colour (or, size_by_value, size) by the value.

    phone=True: the colour bar under the map (beside it, it would leave the map a third of a phone's width)."""
    names = display_names(places, lang=lang)
    ranked = compare_rows(facts, places, indicator=indicator, measure=measure, period=period)
    rows, missing_places, share = ranked.rows, ranked.missing, ranked.share
    ind_label, m_label = indicator_label(indicator, lang), measure_label(measure, lang)
    other = set(ranked.left_out["place_id"])
    missing_places = missing_places[~missing_places["place_id"].isin(other)]   # named as left out instead
    left_out = left_out_text(ranked.left_out, names, lang=lang)
    missing = [names[p] for p in missing_places["place_id"]]
    if rows.empty:
        return MapResult(None, missing, [], t("msg.no_data_for", lang, indicator=ind_label, measure=m_label,
                                              period=period_label(period, lang)), left_out=left_out)
    placed = place_positions(places, geometry).set_index("place_id")
    known = placed["lat"].notna()
    unplaced = [names[p] for p in placed.index[~known]]
    rows = rows.assign(_rank=range(1, len(rows) + 1))
    total = len(rows)
    rows = rows[rows["place_id"].map(known).fillna(False).astype(bool)]
    lower = lower_is_better(indicator, measure)
    note = t("map.note_lower" if lower else "map.note_higher", lang, indicator=ind_label)
    if rows.empty:
        return MapResult(None, missing, unplaced, t("map.no_positions", lang), note, left_out)

    unit = "%" if share else (rows["unit"].dropna().mode().iloc[0] if rows["unit"].notna().any()
                              else measure_unit(indicator, measure))
    unit_text = t("unit.share", lang) if share else unit_label(unit, lang)
    periods = sorted(set(rows["period"]), key=period_sort_key)
    p_text = period_label(periods[0], lang) if len(periods) == 1 else t(
        "period.mixed", lang, periods=", ".join(period_label(p, lang) for p in periods))
    values = rows["_v"].tolist()
    pos = placed.loc[rows["place_id"]]
    customdata, hovertemplate = _dot_hover(rows, _value_texts(rows, share=share, unit=unit, lang=lang),
                                           total=total, lang=lang)
    gone = placed.loc[[p for p in missing_places["place_id"] if p in placed.index and known.get(p, False)]]
    if hide_missing:   # no hollow dots; the districts are still named under the map
        gone = gone.iloc[0:0]
    # a district whose only figure is of another target set or kind of period: a mark of its own (it is named
    # under the map as left out), never a blank where it lies
    kinds = _apart_kinds(ranked.left_out, drawn=set(rows["place_id"]), placed=placed[known], lang=lang)
    apart = placed.loc[list(kinds)]
    labelled = len(rows) <= MAX_LABELS
    name_rest = labelled and len(rows) + len(gone) + len(apart) <= MAX_LABELS
    marker = _dot_marker(values, share=share, lower=lower, size_by_value=size_by_value, unit_text=unit_text,
                         phone=phone, lang=lang)
    dot_names = [names[p] for p in rows["place_id"]]
    data = [{"type": "scatter", "mode": "markers+text" if labelled else "markers", "x": list(pos["lon"]),
             "y": list(pos["lat"]), "text": dot_names,
             "textfont": {"size": 12, "color": INK}, "marker": marker, "customdata": customdata,
             "hovertemplate": hovertemplate, "name": ind_label, "showlegend": False}]
    groups = [pos]
    if len(gone):
        data.append(_no_data_dots(gone, names, labelled=name_rest, lang=lang))
        groups.append(gone)
    if len(apart):
        data.append(_left_out_marks(apart, names, [kinds[p] for p in apart.index],
                                    labelled=name_rest, lang=lang))
        groups.append(apart)
    shown = pd.concat(groups)
    # room at the edges for the names of the dots with a figure; a hollow mark's name goes where it fits
    widths = [LABEL_CHAR_PX * len(names[p]) + 4 if labelled and i < len(pos) else 0
              for i, p in enumerate(shown.index)]
    layout = _map_frame(shown, widths_px=widths, briefing=briefing, phone=phone, lang=lang)
    if labelled:
        _name_marks(data, groups, [names[p] for p in shown.index], name_rest=name_rest, layout=layout, phone=phone)
    fig = make_figure({"data": data, "layout": layout}, figure_type)
    title = t("map.title", lang, indicator=ind_label)
    subtitle = t("compare.subtitle", lang, measure=m_label, unit=unit_text, period=p_text)
    plotted = public_rows(rows)
    spec = ChartSpec(chart_id=MAP_CHART_ID, title=title, subtitle=subtitle, figure=fig, data=plotted,
                     source_ids=list(dict.fromkeys(plotted["source_id"])),
                     alt_text=t("map.alt", lang, title=title, subtitle=subtitle, n=len(rows), better=note))
    return MapResult(spec, missing, unplaced, None, note, left_out)


def _apart_kinds(left_out: pd.DataFrame, *, drawn: set, placed: pd.DataFrame, lang: str) -> dict[str, str]:
    """{place_id: 'term targets, 2023'} of the places with a position whose figures are all left out of the
    like-with-like comparison (a place with a dot as well is not marked twice)."""
    kinds: dict[str, list[str]] = {}
    for pid, what in left_out_kinds(left_out, lang=lang):
        if pid not in drawn and pid in placed.index:
            kinds.setdefault(pid, []).append(what)
    return {pid: "; ".join(whats) for pid, whats in kinds.items()}


def _name_marks(data: list[dict], groups: list[pd.DataFrame], texts: list[str], *, name_rest: bool, layout: dict,
                phone: bool) -> None:
    """Set each trace's names' sides (label_sides): the dots with a figure first, then (name_rest: while all marks
    are few; a phone has no hover to ask which district a mark is) the hollow marks by the same rule. A figure's
    name with no side clear of every mark may cover a hollow mark; a name with no free side at all is left out
    (its hover still names it)."""
    marks = pd.concat(groups)
    n = len(marks) if name_rest else len(groups[0])
    radii = [DOT_RADIUS_PX] * len(groups[0]) + [HOLLOW_RADIUS_PX] * (len(marks) - len(groups[0]))
    sides = label_sides(list(marks["lon"][:n]), list(marks["lat"][:n]), texts[:n],
                        others=list(zip(marks["lon"][n:], marks["lat"][n:])), radii=radii,
                        soft_from=len(groups[0]),
                        x_range=layout["xaxis"]["range"], y_range=layout["yaxis"]["range"],
                        ratio=layout["yaxis"]["scaleratio"], plot_px=PLOT_PX[phone])
    sides += [None] * (len(marks) - n)
    start = 0
    for trace, group in zip(data, groups):
        part = sides[start:start + len(group)]
        start += len(group)
        trace.update(textposition=[side or "top center" for side in part],
                     texttemplate=["%{text}" if side else "" for side in part])


def _value_texts(rows: pd.DataFrame, *, share: bool, unit, lang: str) -> list[str]:
    """Each dot's value as its hover says it: with its unit (x/y shares also as a %), after its qualifier."""
    shown_text = []
    for v, raw, den, q, u in zip(rows["_v"].tolist(), rows["value"], rows["denominator"], rows["qualifier"],
                                 rows["unit"]):
        main = (f"{fmt_value(raw, None, lang, denominator=den, with_unit=False)} ({fmt_percent(v, lang, decimals=1)})"
                if share else fmt_value(raw, u or unit, lang))
        shown_text.append(f"{qualifier_label(q, lang)} {main}" if q else main)
    return shown_text


def _dot_hover(rows: pd.DataFrame, shown_text: list[str], *, total: int, lang: str) -> tuple[list[list], str]:
    """(customdata, hovertemplate) of the dots: value, qualifier, period, rank among all ranked places, province
    and the quote."""
    customdata = [[hv, qualifier_label(q, lang) or t("qualifier.none", lang), period_label(per, lang),
                   _quote(quote), f"{rank}/{total}", prov, fid]
                  for hv, q, per, quote, rank, prov, fid in zip(shown_text, rows["qualifier"], rows["period"],
                                                                rows["quote"], rows["_rank"],
                                                                (place_label(p, lang) for p in rows["province"]),
                                                                rows["fact_id"])]
    hovertemplate = (
        "<b>%{text}</b> · %{customdata[5]}<br>"
        f"{t('compare.hover_value', lang)}: %{{customdata[0]}}<br>"
        f"{t('compare.hover_qualifier', lang)}: %{{customdata[1]}}<br>"
        f"{t('compare.hover_period', lang)}: %{{customdata[2]}}<br>"
        f"{t('compare.hover_rank', lang)}: %{{customdata[4]}}<br>"
        f"{t('compare.hover_quote', lang)}: <i>%{{customdata[3]}}</i><extra></extra>")
    return customdata, hovertemplate


def label_sides(x: list, y: list, texts: list[str], *, others: list = (), radii: list | None = None,
                soft_from: int | None = None, x_range, y_range, ratio: float,
                plot_px: tuple[int, int]) -> list[str | None]:
    """Where each dot's name goes (a plotly textposition), so that no two names, and no name and dot, overlap on
    a plot of about `plot_px` pixels: the first free side of LABEL_SIDES, in the order of the dots (the best
    ranked first); None where every side is taken or would pass the plot's edge (the name would be cut).
    `others`: more dots (x, y) the names must not cover; `radii`: each dot's (then each other's) radius in px, the
    name's gap from its own dot included (DOT_RADIUS_PX where not given). soft_from: the dots from this index on
    (dots, then others) are hollow marks: the name of a dot before it that finds no side free of them all may
    cover them (never a name or a dot before it) - a figure's name matters more than a grey mark's outline."""
    width, height = plot_px
    span_x = (x_range[1] - x_range[0]) or 1.0
    span_y = ((y_range[1] - y_range[0]) or 1.0) * ratio
    scale = min(width / span_x, height / span_y)        # px per degree of longitude (the axes keep the aspect)

    def px(lon, lat):
        return lon * scale, -lat * scale * ratio

    # the plot shows `plot_px` around the ranges' centre (the longer side of the data fills it)
    mid_x, mid_y = px((x_range[0] + x_range[1]) / 2, (y_range[0] + y_range[1]) / 2)
    edges = (mid_x - width / 2, mid_y - height / 2, mid_x + width / 2, mid_y + height / 2)

    dots = [px(a, b) for a, b in list(zip(x, y)) + list(others)]
    radii = list(radii or []) + [DOT_RADIUS_PX] * (len(dots) - len(radii or []))
    taken = [(cx - r, cy - r, cx + r, cy + r) for (cx, cy), r in zip(dots, radii)]

    def box(side, cx, cy, w):
        h, gap = LABEL_HEIGHT_PX, DOT_RADIUS_PX + 1
        return {"top center": (cx - w / 2, cy - gap - h, cx + w / 2, cy - gap),
                "bottom center": (cx - w / 2, cy + gap, cx + w / 2, cy + gap + h),
                "middle right": (cx + gap, cy - h / 2, cx + gap + w, cy + h / 2),
                "middle left": (cx - gap - w, cy - h / 2, cx - gap, cy + h / 2)}[side]

    soft = set(range(len(dots))[soft_from:]) if soft_from is not None else set()

    def free(b, skip=frozenset()):
        inside = edges[0] <= b[0] and b[2] <= edges[2] and edges[1] <= b[1] and b[3] <= edges[3]
        return inside and all(b[2] <= o[0] or b[0] >= o[2] or b[3] <= o[1] or b[1] >= o[3]
                              for i, o in enumerate(taken) if i not in skip)

    sides: list[str | None] = []
    for i, ((cx, cy), text) in enumerate(zip(dots, texts)):
        w = LABEL_CHAR_PX * len(str(text)) + 4
        side = next((s for s in LABEL_SIDES if free(box(s, cx, cy, w))), None)
        if side is None and soft and i not in soft:
            side = next((s for s in LABEL_SIDES if free(box(s, cx, cy, w), soft)), None)
        if side:
            taken.append(box(side, cx, cy, w))
        sides.append(side)
    return sides


def _dot_marker(values: list, *, share: bool, lower: bool, size_by_value: bool, unit_text: str,
                phone: bool = False, lang: str) -> dict:
    """Dots coloured by value (darker is better, whichever way better runs), with a colour bar that says which
    way that is (on a phone under the map); size_by_value: area grows with a non-negative value."""
    better = t("map.lower_better" if lower else "map.higher_better", lang)
    bar = ({"orientation": "h", "x": 0.5, "xanchor": "center", "y": -0.02, "yanchor": "top", "len": 0.9,
            "title": {"text": f"{unit_text} · {better}", "side": "top"}} if phone else
           {"len": 0.6, "x": 1.0, "xanchor": "left", "title": {"text": f"{unit_text}<br>{better}", "side": "top"}})
    marker = {"color": values, "colorscale": BETTER_DARK, "reversescale": lower, "line": {"color": INK, "width": 1},
              "size": 16, "colorbar": {**bar, "thickness": 12}}
    if share:   # shares of x/y on their whole 0–100 % scale: 94 % must not look like the worst possible
        marker.update(cmin=0, cmax=100)
    if size_by_value and min(values) >= 0:
        top = max(values) or 1.0
        marker["size"] = [8 + 26 * math.sqrt(v / top) for v in values]
    return marker


def _no_data_dots(gone: pd.DataFrame, names: dict, *, labelled: bool = False, lang: str) -> dict:
    """Hollow grey dots where a place has a position but no comparable figure, in the legend as 'no data';
    labelled: named in a muted ink (the names' sides are set by the caller)."""
    no_data = t("compare.no_data", lang)
    return {"type": "scatter", "mode": "markers+text" if labelled else "markers", "x": list(gone["lon"]),
            "y": list(gone["lat"]), "textfont": {"size": 12, "color": MUTED},
            "marker": {"symbol": "circle-open", "size": 10, "color": NO_DATA, "line": {"width": 1.5}},
            "text": [names[p] for p in gone.index], "name": no_data, "showlegend": True,
            "hovertemplate": f"<b>%{{text}}</b><br>{no_data}<extra></extra>"}


def _left_out_marks(apart: pd.DataFrame, names: dict, kinds: list[str], *, labelled: bool = False,
                    lang: str) -> dict:
    """Hollow grey diamonds where a place's figures are all of another target set or kind of period (`kinds`,
    one text per place, say which); in the legend, named like the hollow dots."""
    what = t("map.left_out_legend", lang)
    return {"type": "scatter", "mode": "markers+text" if labelled else "markers", "x": list(apart["lon"]),
            "y": list(apart["lat"]), "textfont": {"size": 12, "color": MUTED},
            "marker": {"symbol": "diamond-open", "size": 11, "color": NO_DATA, "line": {"width": 1.5}},
            "text": [names[p] for p in apart.index], "customdata": [[k] for k in kinds], "name": what,
            "showlegend": True, "hovertemplate": f"<b>%{{text}}</b><br>{what}: %{{customdata[0]}}<extra></extra>"}


def fit_ranges(lon: list, lat: list, *, widths_px: list[float], plot_px: tuple[int, int],
               ratio: float) -> tuple[list[float], list[float]]:
    """(x_range, y_range) around every point, with room for its dot and for its name (`widths_px`, 0 for an
    unnamed point) above or below it, reaching half its width to each side, on a plot of about `plot_px` that
    keeps `ratio` (y scale / x scale). Dots closer together than MIN_SPAN_DEG get that span around their middle."""
    width, height = plot_px
    half = [max(w / 2, DOT_RADIUS_PX) + EDGE_PX for w in widths_px]      # px each side of a point
    pad_y = DOT_RADIUS_PX + 1 + LABEL_HEIGHT_PX + EDGE_PX                # a name above the top dot, below the lowest
    mid_x, mid_y = (min(lon) + max(lon)) / 2, (min(lat) + max(lat)) / 2
    span_x, span_y = max(max(lon) - min(lon), MIN_SPAN_DEG), max(max(lat) - min(lat), MIN_SPAN_DEG)
    lo_x, hi_x = min(min(lon), mid_x - span_x / 2), max(max(lon), mid_x + span_x / 2)
    lo_y, hi_y = min(min(lat), mid_y - span_y / 2), max(max(lat), mid_y + span_y / 2)
    scale = min(width / span_x, height / (span_y * ratio))               # px per degree of longitude
    for _ in range(50):   # the room a name needs in degrees grows as the scale shrinks: settle both
        # centred on the points' middle, as label_sides reads the plot
        half_x = max(max(mid_x - lo_x, hi_x - mid_x), *(abs(x - mid_x) + h / scale for x, h in zip(lon, half)))
        half_y = (hi_y - lo_y) / 2 + pad_y / (scale * ratio)
        fitted = min(width / (2 * half_x), height / (2 * half_y * ratio))
        if fitted >= scale:
            break
        scale = fitted * 0.999
    return [mid_x - half_x, mid_x + half_x], [mid_y - half_y, mid_y + half_y]


def _map_frame(shown: pd.DataFrame, *, widths_px: list[float], briefing: bool, phone: bool = False,
               lang: str) -> dict:
    """The layout: hidden axes around every mark drawn, with room for its name (`widths_px`) at the edges, at
    the true aspect of the latitude; room on the right for the colour bar (on a phone, under the map)."""
    # one degree of latitude is longer on the page than one of longitude, by 1/cos(latitude)
    ratio = 1 / math.cos(math.radians(float(shown["lat"].mean())))
    x_range, y_range = fit_ranges(list(shown["lon"]), list(shown["lat"]), widths_px=widths_px,
                                  plot_px=PLOT_PX[phone], ratio=ratio)
    hidden = {"visible": False, "fixedrange": True, "showgrid": False, "zeroline": False}
    return base_layout(
        # room on the right for the colour bar and its two-line title (an exported image keeps the margins)
        lang, height=600 if briefing else (480 if phone else 560),
        margin={"l": 4, "r": 4, "t": 30, "b": 90} if phone else {"l": 10, "r": 140, "t": 30, "b": 10},
        legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom", "font": {"size": 12}},
        xaxis={**hidden, "range": x_range},
        yaxis={**hidden, "range": y_range, "scaleanchor": "x", "scaleratio": ratio},
    )


def map_layout(result: MapResult, *, lang: str, briefing: bool = False):
    """The map with the better end, what was left out, the districts without data and those not placed."""
    notes = [html.P(result.note, className="chart-note")] if result.note else []
    if result.left_out:
        notes.append(html.P(t("compare.left_out", lang, items=result.left_out), className="no-data-list",
                            id="map-left-out"))
    if result.missing:
        notes.append(no_data_note(result.missing, lang=lang, element_id="map-no-data"))
    if result.unplaced:
        notes.append(html.P(t("map.unplaced", lang, n=len(result.unplaced), places=", ".join(result.unplaced)),
                            className="no-data-list", id="map-unplaced"))
    if result.spec is None:
        return html.Div([message_block(result.message or t("msg.no_selection", lang), color="info"), *notes],
                        className="view view-map")
    return html.Div([chart_block(result.spec, lang=lang, graph_id="map-graph", extra=notes, briefing=briefing,
                                 fill=briefing)], className="view view-map")
