"""Which places and which fact rows a view shows: pure functions on the facts/places tables."""
from __future__ import annotations

import numpy as np
import pandas as pd

from components.i18n import place_label, short_province
from data_access import SCOPE_ORDER
from etl.period_grammar import period_kind, period_sort_key

# fewer figures than this give no median and no best or worst: of one or two values a reader sees the order at a
# glance, and the "best" of two is only the other's "worst" (the compare median, the scorecard's colours)
MIN_COMPARED = 3
KIND_ORDER = {"year": 0, "nine_months": 1, "half_year": 2, "quarter": 3, "term": 4, None: 5}


def scope_places(places: pd.DataFrame, *, provinces=(), districts=()) -> tuple[pd.DataFrame, bool]:
    """The places in scope and whether the user chose them.

    districts chosen → those (in the places table's order); else provinces chosen → every place of those
    provinces (with or without data); else every place with at least one fact.
    """
    if places.empty:
        return places, False
    if districts:
        wanted = set(districts)
        sel = places[places["place_id"].isin(wanted)]
        if provinces:
            # a district outside the chosen provinces is still shown: the user picked it by name
            pass
        return sel, True
    if provinces:
        return places[places["province_code"].isin(set(provinces))], True
    return places[places["n_facts"] > 0], False


def _rank_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Preference among several figures of one place: newest period, curated, annual target set, exact, stable.

    Uses the table's precomputed `_pref` column when present (data_access adds it once at load time)."""
    if rows.empty:
        return rows
    if "_order" in rows.columns:
        return rows.sort_values("_order", kind="stable")
    if "_pref" in rows.columns:
        return rows.sort_values(["_pref", "source_id", "char_start"], kind="mergesort")
    # rank periods once (few distinct values), then sort on plain numbers
    periods = sorted(set(rows["period"].dropna()), key=period_sort_key)
    period_rank = {p: i for i, p in enumerate(periods)}
    keyed = rows.assign(
        __p=rows["period"].map(period_rank).fillna(-1),
        __c=~rows["curated"].fillna(False).astype(bool),
        __s=rows["target_scope"].map(lambda s: SCOPE_ORDER.get(s, 5)) if rows["target_scope"].notna().any() else 4,
        __q=rows["qualifier"].notna().astype("int8"),
    )
    keyed = keyed.sort_values(["__p", "__c", "__s", "__q", "source_id", "char_start"],
                              ascending=[False, True, True, True, True, True], kind="mergesort")
    return keyed.drop(columns=["__p", "__c", "__s", "__q"])


def first_per_group(rows: pd.DataFrame, keys) -> pd.DataFrame:
    """The preferred row of each group of `keys`, in preference order. Sorts a narrow frame (keys + order) and
    slices the winners out, instead of reordering every column of a large table."""
    keys = list(keys)
    if rows.empty:
        return rows
    if "_order" in rows.columns:
        narrow = rows[keys + ["_order"]].reset_index(drop=True).sort_values("_order", kind="stable")
        return rows.iloc[narrow.drop_duplicates(keys, keep="first").index]   # positions: safe with any index
    return _rank_rows(rows).drop_duplicates(keys, keep="first")


def pick_rows(facts: pd.DataFrame, *, indicator: str, measure: str, period: str, place_ids) -> pd.DataFrame:
    """One row per place for indicator × measure in `period` ("latest" = each place's most recent figure)."""
    rows = facts[(facts["indicator"] == indicator) & (facts["measure"] == measure)]
    return pick_from(rows, period=period, place_ids=place_ids)


def pick_from(rows: pd.DataFrame, *, period: str, place_ids) -> pd.DataFrame:
    rows = rows[rows["place_id"].isin(set(place_ids))]
    if period and period != "latest":
        rows = rows[rows["period"] == period]
    if rows.empty:
        return rows
    return first_per_group(rows, ["place_id"])


def comparable_group(rows: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows a ranking may compare, rows it must leave out): one target set (`target_scope`) and one period kind.

    A year-end result and a first-quarter one, or an annual target set and a five-year term's, are different
    things; ranked together they mislead. The group kept is the one covering the most places (ties: the longer
    period kind, then the annual set, then the group seen first). `rows` may hold several candidates per place.
    Vectorised: the period kind is worked out once per distinct period, groups are integer codes."""
    if rows.empty:
        return rows, rows
    period_codes, periods = pd.factorize(rows["period"].to_numpy(dtype=object), use_na_sentinel=False)
    kind_codes, kinds = pd.factorize(np.array([period_kind(p) for p in periods], dtype=object),
                                     use_na_sentinel=False)
    scope_codes, scopes = pd.factorize(rows["target_scope"].to_numpy(dtype=object), use_na_sentinel=False)
    group = kind_codes[period_codes].astype("int64") * len(scopes) + scope_codes
    place_codes, _ = pd.factorize(rows["place_id"].to_numpy(dtype=object), use_na_sentinel=False)
    pairs = pd.DataFrame({"g": group, "p": place_codes}).drop_duplicates()
    cover = pairs.groupby("g", sort=False).size()        # groups in order of first appearance, as before
    kinds = [None if _missing(k) else k for k in kinds]        # factorize gives NaN for None
    scopes = [None if _missing(s) else s for s in scopes]
    best = min(cover.index, key=lambda g: (-cover[g], KIND_ORDER.get(kinds[g // len(scopes)], 6),
                                           SCOPE_ORDER.get(scopes[g % len(scopes)], 5)))
    keep = group == best
    return rows[keep], rows[~keep]


def comparable_rows(facts: pd.DataFrame, *, indicator: str, measure: str, period: str, place_ids):
    """(one like-with-like row per place, the preferred row of each place × set left out) for a ranking."""
    rows = facts[(facts["indicator"] == indicator) & (facts["measure"] == measure)]
    rows = rows[rows["place_id"].isin(set(place_ids))]
    if period and period != "latest":
        rows = rows[rows["period"] == period]
    kept, left = comparable_group(rows)
    kept = first_per_group(kept, ["place_id"]) if len(kept) else kept
    if len(left):
        left = first_per_group(left.assign(_kind=left["period"].map(period_kind)),
                               ["place_id", "_kind", "target_scope"]).drop(columns="_kind")
    return kept, left


def display_names(places: pd.DataFrame, *, lang: str = "vi") -> dict:
    """place_id → label in `lang` (i18n.place_label: 'Giồng Trôm District' in English), with the province added
    where two selected places share a name (Huyện Châu Thành (Sóc Trăng))."""
    if places.empty:
        return {}
    dup = places["place_name"].duplicated(keep=False)
    out = {}
    for pid, name, prov, d in zip(places["place_id"], places["place_name"], places["province"], dup):
        name = place_label(name, lang)
        if d:
            name = f"{name} ({short_province(prov)})"
        out[pid] = name
    return out


def latest_per_group(rows: pd.DataFrame, keys) -> pd.DataFrame:
    """Most recent (preferred) row per group of `keys`."""
    return first_per_group(rows, keys)


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and v != v)


def preferred_first(records: list[dict]) -> list[dict]:
    """The same preference as `_rank_rows`, on plain records (fast for the handful of rows of one district)."""
    out = sorted(records, key=lambda r: (r.get("source_id") or "", r.get("char_start") or 0))
    out.sort(key=lambda r: 0 if _missing(r.get("qualifier")) else 1)
    out.sort(key=lambda r: SCOPE_ORDER.get(None if _missing(r.get("target_scope")) else r.get("target_scope"), 5))
    out.sort(key=lambda r: 0 if r.get("curated") is True else 1)
    out.sort(key=lambda r: period_sort_key(r.get("period")), reverse=True)
    return out


def latest_records(records: list[dict], keys) -> list[dict]:
    """Most recent (preferred) record per group of `keys`, in preference order."""
    seen, out = set(), []
    for r in preferred_first(records):
        k = tuple(r.get(key) for key in keys)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def public_rows(rows: pd.DataFrame, *, drop=()) -> pd.DataFrame:
    """The facts-table columns only (internal helpers such as `_pref` removed), index reset: a ChartSpec's data."""
    cols = [c for c in rows.columns if not str(c).startswith("_") and c not in set(drop)]
    return rows[cols].reset_index(drop=True)
