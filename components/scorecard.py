"""Scorecard view: districts × indicators, each cell the value and its rank within the selection, coloured by
rank (lower-is-better indicators ranked accordingly); plus the profile of one district with every figure."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from dash import html

from components.chart_spec import ChartSpec
from components.compare import chart_block, left_out_text, message_block
from components.i18n import (body_label, fmt_value, measure_label, qualifier_label, scope_label, t,
                             unit_label)
from components.labels import catalogue_records, indicator_label, lower_is_better, measure_unit
from components.no_data import no_data_note, swipe_hint
from components.passage import excerpt_children, passage_link
from components.strings import coded
from components.strings.keys import COLUMN, EXPORT_SCOPE
from etl.catalogue import is_total_unit
from etl.period_grammar import period_kind, period_label, period_sort_key
from components.selection import MIN_COMPARED, comparable_group, display_names, first_per_group, public_rows
from components.theme import base_layout, make_figure
from components.wrap import wrap_html

SCORECARD_CHART_ID = "scorecard"
# drawn as 1 - score (1 = best, on top of the colour bar): Okabe-Ito orange → neutral → blue (colour-blind safe),
# dark text readable on all
RANK_COLORSCALE = [[0.0, "#f0a53a"], [0.5, "#f2f2f2"], [1.0, "#4a98d3"]]
CELL_HEIGHT = 44
BRIEFING_MAX_ROWS = 16   # rows of two-line cells that stay legible in a 16:9 frame
CELL_WIDTH = 118
# a phone (390 px): row labels wrapped narrower in smaller type and narrower cells, so the labels and two district
# columns fit the screen; the labels stay in view while the cells scroll (assets/sticky_labels.js) and the colour
# legend is a line above the grid (rank_legend), not a colour bar at the grid's far right
PHONE_CELL_WIDTH = 96
PHONE_LABEL_WRAP = 16
ACROSS_MAX = 10
MAX_PLACES = 60
CELL_COLS = ["place_id", "indicator", "value", "unit", "qualifier", "denominator", "period", "target_scope", "rank",
             "rank_hi", "n_ranked", "score", "unranked"]
# why a cell has no rank (scorecard_table's `unranked`): fewer than MIN_COMPARED districts have a figure
UNRANKED_FEW = "few"
# … or its figure is a total (etl/units.yaml, total): a bigger district has more of it, not a better result
UNRANKED_TOTAL = "total"
# … or its figure is of another kind of period or target set than the row's ranking (Q1 among years)
UNRANKED_OTHER = "other"


@dataclass
class ScorecardResult:
    spec: ChartSpec | None
    message: str | None = None
    min_width: int = 0
    shown: int = 0
    total: int = 0
    missing: list = field(default_factory=list)   # names of places in scope without any figure in the grid
    mixed_periods: bool = False                     # "latest" took figures from more than one period
    left_out: str = ""                              # figures of another target set / period kind, not ranked
    unranked: frozenset = frozenset()               # the reasons (UNRANKED_*) some cells have no rank
    open_ranks: bool = False                        # a bound left some ranks open (rank 1–2/3)
    phone: bool = False                             # laid out for a phone: the legend is rank_legend's line


def rank_values(values: pd.Series, *, lower_better: bool) -> pd.Series:
    """Rank 1 = best; ties share the better rank."""
    return values.rank(ascending=lower_better, method="min").astype("Int64")


def scorecard_table(facts: pd.DataFrame, places: pd.DataFrame, *, indicators, measure: str, period: str) -> pd.DataFrame:
    """Long table: one picked fact per place × indicator with `rank` … `rank_hi` (one rank, or the ranks a bound
    may take), `n_ranked`, `score` (0 best … 1 worst, 0.5 neutral) and `unranked` (None, or why the cell is neither
    best nor worst: UNRANKED_*).

    Vectorised: one filter, one preference sort, one de-duplication and a grouped rank for all indicators."""
    rows = facts[(facts["measure"] == measure) & facts["place_id"].isin(set(places["place_id"]))]
    if indicators:
        rows = rows[rows["indicator"].isin(set(indicators))]
    if period and period != "latest":
        rows = rows[rows["period"] == period]
    rows = rows[rows["value"].notna()]
    if rows.empty:
        return facts.iloc[0:0].assign(rank=pd.Series(dtype="Int64"), rank_hi=pd.Series(dtype="Int64"), n_ranked=pd.Series(dtype="int64"),
                                      score=pd.Series(dtype="float64"), unranked=pd.Series(dtype=object))
    # like with like: per indicator one target set and one period kind (selection.comparable_group)
    parts = [comparable_group(g) for _, g in rows.groupby("indicator", sort=False)]
    rows = pd.concat([kept for kept, _ in parts])
    left = pd.concat([lo for _, lo in parts])
    picked = first_per_group(rows, ["indicator", "place_id"])
    # shares (x/y) rank fairly across districts with different denominators, where every district has one
    with_den = picked["denominator"].notna() & (picked["denominator"] > 0)
    all_den = with_den.groupby(picked["indicator"]).transform("all") if measure == "level" else with_den & False
    basis = picked["value"].where(~all_den, picked["value"] / picked["denominator"])
    signs = {i: (1.0 if lower_is_better(i, measure) else -1.0) for i in pd.unique(picked["indicator"])}
    sign = picked["indicator"].map(signs)
    rank, rank_hi = bounded_ranks(basis * sign, picked["qualifier"], sign, picked["indicator"])
    n = picked.groupby("indicator")["place_id"].transform("size").astype("int64")
    # of fewer than MIN_COMPARED figures none is best or worst (the best of two is only the other's worst): neutral
    reasons = {(i, k, s): unranked_reason(i, measure, n=k, shares=s)
               for i, k, s in set(zip(picked["indicator"], n, all_den))}
    unranked = pd.Series([reasons[key] for key in zip(picked["indicator"], n, all_den)], index=picked.index,
                         dtype=object)
    # a rank a bound leaves open ('over 62' against 70: 1st or 2nd) is neither best nor worst either
    score = ((rank.astype(float) - 1) / (n - 1).clip(lower=1)).where(unranked.isna() & (rank == rank_hi), 0.5)
    table = picked.assign(rank=rank, rank_hi=rank_hi, n_ranked=n, score=score, unranked=unranked) \
        .reset_index(drop=True)
    table.attrs["left_out"] = first_per_group(left, ["indicator", "place_id", "period", "target_scope"]) \
        if len(left) else left
    return table


def unranked_reason(indicator: str, measure: str, *, n: int, shares: bool) -> str | None:
    """Why `n` figures of indicator × measure get no best and worst (UNRANKED_*), or None: a total (revenue, tonnes,
    a count; etl/units.yaml) unless compared as shares (x of y), a bigger district has more of it; and of fewer
    than MIN_COMPARED figures the best is only the other's worst. The rule the scorecard and the slides' 'ranks
    first' finding share."""
    if not shares and is_total_unit(measure_unit(indicator, measure)):
        return UNRANKED_TOTAL
    return UNRANKED_FEW if n < MIN_COMPARED else None


def bounded_ranks(key: pd.Series, qualifier: pd.Series, sign: pd.Series, groups: pd.Series
                  ) -> tuple[pd.Series, pd.Series]:
    """(best, worst) rank of each value within its group, 1 = best, lower `key` better (key = value × sign).

    An exact (or approximate) value is a point; 'over x' is every value from x up, 'under x' every value up to x.
    A place is surely behind another whose values all beat all of its own, surely ahead of one all of whose values
    it beats: its rank runs from 1 + the surely-ahead to that plus the undecided ('over 62' against 70 may be
    either's better). Equal exact values share the better rank. Points only: the plain rank (method 'min')."""
    over, under = qualifier.eq("over").to_numpy(), qualifier.eq("under").to_numpy()
    up = sign.to_numpy() > 0
    k = key.to_numpy(dtype=float)
    lo = np.where((over & ~up) | (under & up), -np.inf, k)     # the bound's open end, in key terms
    hi = np.where((over & up) | (under & ~up), np.inf, k)
    point = lo == hi
    best, worst = np.zeros(len(k), dtype="int64"), np.zeros(len(k), dtype="int64")
    for idx in groups.groupby(groups.to_numpy(), sort=False).indices.values():
        lo_g, hi_g, pt = lo[idx], hi[idx], point[idx]
        ahead = np.searchsorted(np.sort(hi_g), lo_g, side="left")                       # hi_j < lo_i
        behind = len(idx) - np.searchsorted(np.sort(lo_g), hi_g, side="right")          # lo_j > hi_i
        same = pd.Series(k[idx][pt]).value_counts()
        ties = np.where(pt, pd.Series(k[idx]).map(same).fillna(1).to_numpy() - 1, 0)
        best[idx] = ahead + 1
        worst[idx] = len(idx) - behind - ties
    return (pd.Series(best, index=key.index, dtype="Int64"), pd.Series(worst, index=key.index, dtype="Int64"))


def build_scorecard(facts: pd.DataFrame, places: pd.DataFrame, *, indicators=(), measure: str = "level",
                    period: str = "latest", lang: str = "vi", figure_type: str = "go",
                    briefing: bool = False, phone: bool = False) -> ScorecardResult:
    """Districts × indicators, value and rank per cell. briefing=True: at most BRIEFING_MAX_ROWS rows in smaller
    type, so the grid fits a 16:9 frame (the subtitle says when rows were left out). phone=True: narrower labels
    and cells, no colour bar (scorecard_layout's rank_legend says what the colours mean)."""
    table = scorecard_table(facts, places, indicators=indicators, measure=measure, period=period)
    names = display_names(places, lang=lang)
    left = table.attrs.get("left_out")
    left_out = "; ".join(f"{indicator_label(ind, lang)}: {left_out_text(g, names, lang=lang)}"
                         for ind, g in left.groupby("indicator", sort=False)) if left is not None and len(left) else ""
    # a place whose figures were all left out (another kind of period) still has its column, saying so
    have = set(table["place_id"]) | (set(left["place_id"]) if left is not None and len(left) else set()) \
        if not table.empty else set()
    missing = [names.get(p, p) for p in places["place_id"] if p not in have]
    if table.empty:
        return ScorecardResult(None, t("msg.no_selection", lang), missing=missing)
    cols = _scorecard_columns(table, indicators)
    table, place_order, total_places = _best_places_first(table, cols)
    lookup = {(r["place_id"], r["indicator"]): r for r in table[CELL_COLS].to_dict("records")}
    left_cells = _left_out_cells(table, left, lookup, cols, lang=lang)
    only_left = [p for p in places["place_id"] if p in {pid for pid, _ in left_cells} and p not in set(place_order)]
    total_places += len(only_left)
    place_order = (place_order + only_left)[:MAX_PLACES]
    lookup.update(left_cells)
    # few districts: districts across, indicators down (reads on a phone); many: districts down
    across = len(place_order) <= ACROSS_MAX
    rows_keys = cols if across else place_order
    cols_keys = place_order if across else cols
    all_rows = len(rows_keys)
    if briefing and all_rows > BRIEFING_MAX_ROWS:
        rows_keys = rows_keys[:BRIEFING_MAX_ROWS]
        table = table[table["indicator" if across else "place_id"].isin(set(rows_keys))]   # data shown = drawn
    # "latest" can mix periods: a cell from a period other than the most common one says which it is
    usual_period = table["period"].mode().iloc[0] if len(table) else None
    cells = _grid_cells(lookup, rows_keys, cols_keys, across=across, usual_period=usual_period, measure=measure,
                        lang=lang)
    place_notes = _period_notes(lookup, place_order, usual_period, lang)
    x_labels, y_labels = _grid_ticks(rows_keys, cols_keys, names, across=across, briefing=briefing,
                                     measure=measure, lang=lang, place_notes=place_notes, phone=phone)
    fig = _scorecard_figure(cells, x_labels, y_labels, briefing=briefing, lang=lang, figure_type=figure_type,
                            phone=phone)

    title = t("scorecard.title", lang)
    subtitle = t("scorecard.subtitle", lang, measure=measure_label(measure, lang),
                 period=_scorecard_period_text(table, period, usual_period, lang))
    if len(rows_keys) < all_rows:
        subtitle += " · " + t("scorecard.rows_shown", lang, shown=len(rows_keys), total=all_rows)
    firsts = table[(table["rank_hi"] == 1) & table["unranked"].isna()].groupby("place_id").size().sort_values(ascending=False)
    best = t("scorecard.best", lang, place=names.get(firsts.index[0], firsts.index[0]), n=int(firsts.iloc[0])) \
        if len(firsts) else ""
    # the data is what is drawn: the ranked figures, then the unranked ones of another period shown in their cells
    drawn = {(p, i) for p in place_order for i in rows_keys if across} | \
        {(p, i) for p in rows_keys for i in cols if not across}
    shown_left = left[[(p, i) in drawn and (p, i) in left_cells for p, i in zip(left["place_id"], left["indicator"])]] \
        if left_cells else None
    if shown_left is not None:
        shown_left = first_per_group(shown_left, ["place_id", "indicator"])
    drawn_rows = table
    if shown_left is not None and len(shown_left):                     # in plotted order, place by place
        drawn_rows = pd.concat([table, shown_left]).pipe(lambda d: d.assign(
            _r=d["place_id"].map({p: i for i, p in enumerate(place_order)}),
            _c=d["indicator"].map({c: i for i, c in enumerate(cols)})).sort_values(["_r", "_c"], kind="mergesort"))
    data = public_rows(drawn_rows, drop=("rank", "rank_hi", "n_ranked", "score", "unranked"))
    spec = ChartSpec(
        chart_id=SCORECARD_CHART_ID, title=title, subtitle=subtitle, figure=fig, data=data,
        source_ids=list(dict.fromkeys(data["source_id"])), takeaway=best or None,
        alt_text=f"{title}. {subtitle}. " + t("scorecard.alt", lang, rows=len(place_order), cols=len(cols), best=best)
        + " " + _ranks_text(lookup, place_order[:20], cols, names, lang),
    )
    min_width = (130 if across else 110) + PHONE_CELL_WIDTH * len(cols_keys) if phone \
        else (300 if across else 160) + CELL_WIDTH * len(cols_keys)
    return ScorecardResult(spec, None, min_width=min_width, phone=phone,
                           shown=len(place_order), total=total_places, missing=missing,
                           mixed_periods=table["period"].nunique() > 1, left_out=left_out,
                           unranked=frozenset(table["unranked"].dropna()),
                           open_ranks=bool((table["unranked"].isna() & (table["rank"] != table["rank_hi"])).any()))


def _left_out_cells(table: pd.DataFrame, left, lookup: dict, cols: list[str], *, lang: str) -> dict:
    """The cells of figures a row's ranking left out (another kind of period or target set) where the place has no
    ranked figure: the figure, unranked, and what it is of ('Q1 2023', 'term targets') instead of a blank."""
    if left is None or not len(left):
        return {}
    kept_kind = {ind: period_kind(p) for ind, p in zip(table["indicator"], table["period"])}
    cells = {}
    for r in first_per_group(left[left["indicator"].isin(set(cols))], ["place_id", "indicator"]).to_dict("records"):
        key = (r["place_id"], r["indicator"])
        if key in lookup:
            continue
        other_period = period_kind(r["period"]) != kept_kind.get(r["indicator"])
        what = period_label(r["period"], lang) if other_period or not isinstance(r["target_scope"], str) \
            else coded(EXPORT_SCOPE, r["target_scope"], lang)            # the short word: 'term', 'nhiệm kỳ'
        cells[key] = {c: r.get(c) for c in CELL_COLS} | dict(
            rank=pd.NA, rank_hi=pd.NA, n_ranked=0, score=0.5, unranked=UNRANKED_OTHER, what=what)
    return cells


def _period_notes(lookup: dict, place_order: list, usual_period, lang: str) -> dict:
    """place → '(Q1 2023 only)' for a place none of whose figures is of the grid's usual kind of period: its column
    says why it is not ranked with the others."""
    usual_kind = period_kind(usual_period) if usual_period else None
    periods: dict = {}
    for (pid, _), r in lookup.items():
        periods.setdefault(pid, set()).add(r["period"])
    notes = {}
    for pid in place_order:
        own = sorted(periods.get(pid, ()), key=period_sort_key)
        if own and all(period_kind(p) != usual_kind for p in own):
            notes[pid] = t("scorecard.only_period", lang, periods=", ".join(period_label(p, lang) for p in own))
    return notes


def _scorecard_columns(table: pd.DataFrame, indicators) -> list[str]:
    """The indicators of the grid: the requested order, else catalogue order of first appearance."""
    present = list(dict.fromkeys(table["indicator"]))
    if indicators:
        return [i for i in indicators if i in present]
    order = {k: i for i, k in enumerate(catalogue_records())}
    return sorted(present, key=lambda i: order.get(i, 999))


def _best_places_first(table: pd.DataFrame, cols: list[str]) -> tuple[pd.DataFrame, list, int]:
    """(the cells of the places shown, in row and column order; the places, best mean rank score first; how many
    places were ranked): a long selection keeps its ranks but shows the first MAX_PLACES."""
    mean_score = table.groupby("place_id")["score"].mean().sort_values(kind="mergesort")
    place_order = [p for p in mean_score.index][:MAX_PLACES]
    table = table[table["place_id"].isin(set(place_order))]
    table = table.assign(_r=table["place_id"].map({p: i for i, p in enumerate(place_order)}),
                         _c=table["indicator"].map({c: i for i, c in enumerate(cols)}))
    return table.dropna(subset=["_c"]).sort_values(["_r", "_c"], kind="mergesort"), place_order, len(mean_score)


def _grid_cells(lookup: dict, rows_keys: list, cols_keys: list, *, across: bool, usual_period, measure: str,
                lang: str) -> tuple[list, list, list]:
    """(z, text, hover) of the heatmap: colour by rank score, value and rank in the cell (a star when the figure
    is of another period than the grid's usual one), full value and period in the hover; '–' where none."""
    z, text, hover = [], [], []
    for rk in rows_keys:
        zr, tr, hr = [], [], []
        for ck in cols_keys:
            pid, ind = (ck, rk) if across else (rk, ck)
            r = lookup.get((pid, ind))
            if r is None:
                zr.append(None)
                tr.append("–")
                hr.append(t("compare.no_data", lang))
                continue
            val = fmt_value(r["value"], r["unit"] or measure_unit(ind, measure), lang, qualifier=r["qualifier"],
                            denominator=r["denominator"], with_unit=False)
            rank_txt = rank_text(r, lang)
            if r["unranked"] == UNRANKED_OTHER:
                zr.append(0.5)
                tr.append(f"<b>{val}</b><br>{rank_txt}")
                hr.append(f"{fmt_value(r['value'], r['unit'], lang, qualifier=r['qualifier'], denominator=r['denominator'])}"
                          f"<br>{t('scorecard.other_hover', lang)} · {r['what']}")
                continue
            zr.append(1.0 - float(r["score"]))
            # a figure from another period than the grid's usual one carries a star; the subtitle names the periods
            star = "*" if r["period"] != usual_period else ""
            tr.append(f"<b>{val}</b>{star}<br>{rank_txt}")
            hr.append(f"{fmt_value(r['value'], r['unit'], lang, qualifier=r['qualifier'], denominator=r['denominator'])}"
                      f"<br>{rank_txt} · {period_label(r['period'], lang)}")
        z.append(zr)
        text.append(tr)
        hover.append(hr)
    return z, text, hover


def rank_text(cell: dict, lang: str) -> str:
    """A cell's rank as its second line says it ('rank 2/5'), or why it has none ('2 districts: no rank')."""
    if cell["unranked"] == UNRANKED_OTHER:
        return t("scorecard.unranked_other", lang, what=cell["what"])
    if cell["unranked"] == UNRANKED_TOTAL:
        return t("scorecard.unranked_total", lang)
    if cell["unranked"] == UNRANKED_FEW:
        return t("scorecard.unranked_few", lang, n=int(cell["n_ranked"]))
    if cell["rank_hi"] != cell["rank"]:
        return t("scorecard.rank_open", lang, rank=int(cell["rank"]), rank_hi=int(cell["rank_hi"]),
                 n=int(cell["n_ranked"]))
    return t("scorecard.rank", lang, rank=int(cell["rank"]), n=int(cell["n_ranked"]))


def _indicator_tick(ind: str, width: int, *, measure: str, lang: str) -> str:
    """An indicator's name wrapped to `width` characters (three lines at most), its unit, ↓ if lower is better."""
    unit = unit_label(measure_unit(ind, measure), lang)
    label = wrap_html(indicator_label(ind, lang), width, max_lines=3)
    mark = " ↓" if lower_is_better(ind, measure) else ""
    return f"{label}<br>({unit}){mark}" if unit else label + mark


def _grid_ticks(rows_keys: list, cols_keys: list, names: dict, *, across: bool, briefing: bool, measure: str,
                lang: str, place_notes: dict | None = None, phone: bool = False) -> tuple[list[str], list[str]]:
    """(x, y) tick labels: indicators wrapped to the room they have, districts by name (and, in smaller type, a
    note such as '(Q1 2023 only)')."""
    notes = {p: f"<br><span style='font-size:10px'>{n}</span>" for p, n in (place_notes or {}).items()}
    if across:
        # narrow enough that a phone still shows the first district column beside the labels; a briefing frame
        # (16 rows in 16:9) needs them on at most two lines instead
        width = 34 if briefing else PHONE_LABEL_WRAP if phone else 24
        y_labels = [_indicator_tick(c, width, measure=measure, lang=lang).replace("<br>(", " (")
                    for c in rows_keys]
        x_labels = [wrap_html(names.get(p, p), 12 if phone else 14, max_lines=2) + notes.get(p, "")
                    for p in cols_keys]
    else:
        x_labels = [_indicator_tick(c, 18, measure=measure, lang=lang) for c in cols_keys]
        y_labels = [names.get(p, p) + notes.get(p, "") for p in rows_keys]
    return x_labels, y_labels


def _scorecard_figure(cells: tuple, x_labels: list[str], y_labels: list[str], *, briefing: bool, lang: str,
                      figure_type: str, phone: bool = False):
    """The heatmap and its layout, as plain dicts (unvalidated on the hot path; the tests validate them)."""
    z, text, hover = cells
    heatmap = dict(
        type="heatmap", z=z, x=x_labels, y=y_labels, text=text, texttemplate="%{text}", customdata=hover,
        hovertemplate="<b>%{y}</b><br>%{x}<br>%{customdata}<extra></extra>",
        colorscale=RANK_COLORSCALE, zmin=0, zmax=1, xgap=2, ygap=2, hoverongaps=False, showscale=not phone,
        textfont=dict(size=10 if briefing or phone else 11, color="#1f2933"),
        colorbar=dict(title=dict(text=t("scorecard.colorbar", lang), side="top"), tickvals=[0, 1],
                      ticktext=[t("scorecard.worst_label", lang), t("scorecard.best_label", lang)],
                      lenmode="pixels", len=160, thickness=12, y=1, yanchor="top"),
    )
    layout = base_layout(
        lang, height=120 + CELL_HEIGHT * len(y_labels), margin=dict(l=10, r=10, t=10, b=10), plot_bgcolor="#f7f8fa",
        xaxis=dict(side="top", tickangle=0, automargin=True, tickfont=dict(size=11), fixedrange=True, showgrid=False,
                   zeroline=False),
        yaxis=dict(autorange="reversed", automargin=True, fixedrange=True, tickfont=dict(size=10 if phone else 11),
                   ticklabelstandoff=6, showgrid=False, zeroline=False),
    )
    return make_figure({"data": [heatmap], "layout": layout}, figure_type)


def _scorecard_period_text(table: pd.DataFrame, period: str, usual_period, lang: str) -> str:
    """The period for the subtitle: with 'latest', the usual period and the other periods the starred cells are
    of (named when they are few)."""
    p_used = sorted(set(table["period"]), key=period_sort_key)
    others = [p for p in p_used if p != usual_period]
    if period != "latest":
        return period_label(period, lang)
    if not others:
        return period_label(usual_period, lang)
    if len(others) <= 3:
        return t("scorecard.periods_starred", lang, usual=period_label(usual_period, lang),
                 others=", ".join(period_label(p, lang) for p in others))
    return t("scorecard.periods_starred", lang, usual=period_label(usual_period, lang),
             others=period_label("latest", lang).lower())


def _ranks_text(lookup: dict, places: list, cols: list[str], names: dict, lang: str) -> str:
    """'Trần Đề: Tỷ lệ hộ nghèo 1/3, …; …' — every place's ranks, for the text alternative."""
    return "; ".join(f"{names.get(p, p)}: " + ", ".join(
        f"{indicator_label(ind, lang)} {rank_text(lookup[(p, ind)], lang)}"
        for ind in cols if (p, ind) in lookup) for p in places)



# ---------------------------------------------------------------- profile


def profile_rows(facts: pd.DataFrame, *, place_id: str) -> pd.DataFrame:
    order = {k: i for i, k in enumerate(catalogue_records())}
    rows = facts[facts["place_id"] == place_id]
    measure_order = {"level": 0, "target": 1, "pct_of_target": 2, "growth_pct": 3, "change": 4}
    return rows.assign(_i=rows["indicator"].map(lambda i: order.get(i, 999)),
                       _m=rows["measure"].map(lambda m: measure_order.get(m, 9)),
                       _p=rows["period"].map(period_sort_key)).sort_values(
        ["_i", "_m", "_p"], ascending=[True, True, False], kind="mergesort").drop(columns=["_i", "_m", "_p"])


def profile_layout(facts: pd.DataFrame, documents_by_id: dict, *, place_id: str | None, place_name: str,
                   lang: str = "vi"):
    if not place_id:
        return html.Div(message_block(t("profile.empty", lang)), className="profile")
    rows = profile_rows(facts, place_id=place_id)
    head = html.H2(t("profile.title", lang, place=place_name), className="view-title", id="profile-title")
    if rows.empty:
        return html.Div([head, message_block(t("profile.none", lang))], className="profile")
    cols = ["indicator", "value", "period", "quote", "source"]
    source_no = {sid: i + 1 for i, sid in enumerate(dict.fromkeys(rows["source_id"]))}
    # components, not an HTML string through Markdown: the quotes are document text (and Markdown dropped
    # the rows of an HTML table holding <br>, which left the table empty)
    header = html.Thead(html.Tr([html.Th(t(COLUMN[c], lang), scope="col") for c in cols]))
    open_text = t("passage.open", lang)
    body = []
    for r in rows.to_dict("records"):
        doc = documents_by_id.get(r["source_id"]) or {}
        scope = " · ".join(p for p in (scope_label(r["target_scope"], lang) if r["target_scope"] else "",
                                       body_label(r["target_body"], lang)) if p)
        value = fmt_value(r["value"], r["unit"], lang, qualifier=r["qualifier"], denominator=r["denominator"])
        quote = excerpt_children(doc.get("text"), r["char_start"], r["char_end"], context=60, fallback=r["quote"])
        link = passage_link(r["fact_id"], f"[{source_no[r['source_id']]}] {open_text}",
                            title=doc.get("title") or r["source_id"])
        body.append(html.Tr([
            html.Td([indicator_label(r["indicator"], lang), html.Br(),
                     html.Small(measure_label(r["measure"], lang), className="text-muted")]),
            html.Td(value, className="num"),
            html.Td([period_label(r["period"], lang)]
                    + ([html.Br(), html.Small(scope, className="text-muted")] if scope else [])),
            html.Td(quote, className="quote-cell"),
            html.Td(link),
        ]))
    table = html.Table([header, html.Tbody(body)], className="table profile-table", id="profile-table")
    sources = html.Ol([html.Li(f"{(documents_by_id.get(sid) or {}).get('title') or sid} "
                               f"({(documents_by_id.get(sid) or {}).get('file_name') or sid})")
                       for sid in source_no], className="profile-sources")
    return html.Div([head, html.Div(table, className="table-responsive"),
                     html.H3(t("col.source", lang), className="h6"), sources], className="profile")


def rank_legend(lang: str):
    """What the cells' colours mean, as one line of HTML (a phone's grid has no room for the colour bar at its
    right): 'Rank: best ▭ worst' over the grid's own colour scale."""
    stops = ", ".join(color for _, color in reversed(RANK_COLORSCALE))           # best (z = 1) on the left
    return html.Div([html.Span(t("scorecard.colorbar", lang), className="rank-legend-title"),
                     html.Span(t("scorecard.best_label", lang)),
                     html.Span(className="rank-legend-bar", style={"background": f"linear-gradient(to right, {stops})"}),
                     html.Span(t("scorecard.worst_label", lang))], className="rank-legend", id="scorecard-legend")


def scorecard_layout(result: ScorecardResult, profile, *, lang: str, briefing: bool = False):
    notes = []
    if result.spec is None:
        main = message_block(result.message or t("msg.no_selection", lang), color="info")
    else:
        # a briefing frame gives the grid its whole height (the figure's own height would be cut off)
        main = html.Div(chart_block(result.spec, lang=lang, graph_id="scorecard-graph", briefing=briefing,
                                    fill=briefing),
                        className="fill-wrap" if briefing else "scroll-x",
                        style={"--min-chart-width": f"{result.min_width}px"})
        if result.total > result.shown:
            notes.append(message_block(t("scorecard.too_many", lang, shown=result.shown, total=result.total),
                                       color="warning"))
    if result.spec is not None:
        # what the ↓ beside an indicator means, and that cells from another period name it
        notes_below = [t("scorecard.lower_mark", lang) + "."]
        if result.mixed_periods:
            notes_below.append(t("scorecard.period_mark", lang))
        if result.open_ranks:
            notes_below.append(t("scorecard.open_note", lang))
        if UNRANKED_TOTAL in result.unranked:
            notes_below.append(t("scorecard.total_note", lang))
        if UNRANKED_FEW in result.unranked:
            notes_below.append(t("scorecard.few_note", lang, n=MIN_COMPARED))
        main.children = [swipe_hint(lang), main.children, html.P(" ".join(notes_below), className="chart-note")] \
            if not briefing else main.children
        if result.phone and not briefing:
            notes.append(rank_legend(lang))         # outside the sideways scroll: it stays on screen
    missing = None if briefing else no_data_note(result.missing, lang=lang, element_id="scorecard-no-data")
    if result.left_out and not briefing:
        notes_left = html.P(t("compare.left_out", lang, items=result.left_out), className="no-data-list",
                            id="scorecard-left-out")
        missing = html.Div([notes_left] + ([missing] if missing is not None else []))
    return html.Div(notes + [main] + ([missing] if missing is not None else [])
                    + ([profile] if profile is not None else []), className="view view-scorecard")


__all__ = ["build_scorecard", "scorecard_table", "rank_values", "profile_layout", "profile_rows", "scorecard_layout",
           "qualifier_label"]
