"""Which places and which fact rows a view shows: pure functions on the facts/places tables."""
from __future__ import annotations

import pandas as pd

from data_access import SCOPE_ORDER
from etl.period_grammar import period_sort_key



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


def display_names(places: pd.DataFrame) -> dict:
    """place_id → label, with the province added where two selected places share a name (Huyện Châu Thành)."""
    if places.empty:
        return {}
    dup = places["place_name"].duplicated(keep=False)
    out = {}
    for pid, name, prov, d in zip(places["place_id"], places["place_name"], places["province"], dup):
        if d:
            short = str(prov or "").replace("Thành phố ", "TP ").replace("Tỉnh ", "")
            name = f"{name} ({short})"
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
