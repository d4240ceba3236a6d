"""Compare as a change: each district's figure in period B minus its figure in period A, ranked as bars (the
Compare chart's own builder draws them), with the unit of the difference and the districts left out because
they have a figure for only one of the two periods."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from components.compare import CompareResult, build_compare
from components.i18n import measure_label, t, unit_label
from components.labels import indicator_label, measure_unit
from components.selection import comparable_rows, display_names
from etl.period_grammar import period_label, period_sort_key


def change_period(facts: pd.DataFrame, *, period: str) -> str | None:
    """Period B of a change: the chosen one, or for "latest" the newest period of `facts` (None without data)."""
    if period and period != "latest":
        return period
    periods = sorted(set(facts["period"].dropna()), key=period_sort_key)
    return periods[-1] if periods else None


def _plotted(rows: pd.DataFrame) -> tuple[pd.Series, bool]:
    """The value a change is taken of: the x/y share in % where every row has a denominator, else the figure."""
    share = bool(len(rows)) and rows["denominator"].notna().all() and (rows["denominator"] > 0).all()
    return (rows["value"] / rows["denominator"] * 100 if share else rows["value"]), share


def change_rows(facts: pd.DataFrame, places: pd.DataFrame, *, indicator: str, measure: str, base: str,
                period: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, str]:
    """(B's rows with `value` = B − A, A's rows of the same places, rows of places with one period only, unit).

    Each period is picked like with like (selection.comparable_rows); the difference of x/y shares is in
    percentage points, of percentages too ("pp"); otherwise in the figures' unit."""
    ids = places["place_id"]
    to_rows, _ = comparable_rows(facts, indicator=indicator, measure=measure, period=period, place_ids=ids)
    from_rows, _ = comparable_rows(facts, indicator=indicator, measure=measure, period=base, place_ids=ids)
    to_v, to_share = _plotted(to_rows)
    from_v, from_share = _plotted(from_rows)
    both = set(to_rows["place_id"]) & set(from_rows["place_id"])
    only = pd.concat([to_rows[~to_rows["place_id"].isin(both)], from_rows[~from_rows["place_id"].isin(both)]])
    old = dict(zip(from_rows["place_id"], from_v))
    kept = to_rows["place_id"].isin(both)
    diff = [v - old[p] for p, v in zip(to_rows.loc[kept, "place_id"], to_v[kept])]
    units = to_rows["unit"].dropna()
    unit = units.mode().iloc[0] if len(units) else measure_unit(indicator, measure)
    unit = "pp" if (to_share and from_share) or unit == "%" else unit
    changed = to_rows[kept].assign(value=diff, denominator=None, unit=unit, qualifier=None)
    return changed, from_rows[from_rows["place_id"].isin(both)], only, unit


def build_change(facts: pd.DataFrame, places: pd.DataFrame, *, indicator: str, measure: str = "level",
                 base: str, period: str = "latest", lang: str = "vi", **options) -> CompareResult:
    """The Compare chart of the change of indicator × measure from period `base` to `period` ("latest": the
    newest period); `options` are build_compare's (briefing, limit, figure_type, hide_missing…)."""
    period = change_period(facts, period=period) or base
    changed, _, only, unit = change_rows(facts, places, indicator=indicator, measure=measure, base=base,
                                         period=period)
    names = display_names(places, lang=lang)
    base_text, period_text = period_label(base, lang), period_label(period, lang)
    left = "; ".join(t("compare.change.only", lang, place=names.get(p, p), period=period_label(per, lang))
                     for p, per in zip(only["place_id"], only["period"]))
    without = set(changed["place_id"]) | set(only["place_id"])
    missing = [names[p] for p in places["place_id"] if p not in without]
    ind_label, m_label = indicator_label(indicator, lang), measure_label(measure, lang)
    if changed.empty:
        msg = t("compare.change.none", lang, indicator=ind_label, measure=m_label, base=base_text,
                period=period_text)
        return CompareResult(None, missing, msg, left_out=left, left_out_key="compare.change.left_out")
    result = build_compare(changed, places, indicator=indicator, measure=measure, period=period, lang=lang,
                           change_from=base, **options)
    spec = result.spec
    title = t("compare.change.title", lang, indicator=ind_label, base=base_text, period=period_text)
    subtitle = t("compare.change.subtitle", lang, measure=m_label, unit=unit_label(unit, lang), base=base_text,
                 period=period_text)
    alt = (spec.alt_text or "").replace(spec.title, title, 1).replace(spec.subtitle, subtitle, 1)
    return replace(result, spec=replace(spec, title=title, subtitle=subtitle, alt_text=alt), missing=missing,
                   left_out=left, left_out_key="compare.change.left_out", share=False)
