"""Options of the filter controls (pure): provinces, districts grouped by province with a one-click "all
districts of this province" entry, indicators grouped by family with their unit, measures, periods."""
from __future__ import annotations

import pandas as pd

from components.i18n import family_label, measure_label, place_label, short_province, t
from components.labels import catalogue_records, indicator_info, indicator_option_label
from components.state import MAX_LIST_ITEMS
from etl.period_grammar import period_label, period_sort_key
from etl.places import slugify
from etl.schema import MEASURES

ALL_PREFIX = "all:"          # district option value meaning "every district of province <code>"
HEADER_PREFIX = "family:"    # disabled group header in the indicator list


def _ascii(text: str) -> str:
    return slugify(text).replace("-", " ")


def province_options(provinces: pd.DataFrame, *, lang: str) -> list[dict]:
    out = []
    for r in provinces.to_dict("records"):
        label = t("filter.province.count", lang, name=place_label(r["province"], lang), n=r["n_with_data"],
                  total=r["n_places"])
        out.append({"label": label, "value": r["province_code"], "search": _ascii(r["province"])})
    return out


def district_options(places: pd.DataFrame, *, provinces=(), lang: str) -> list[dict]:
    """Districts grouped by province; each group starts with its "select all" entry.

    A name used in more than one province (Huyện Châu Thành: six provinces) carries its province in the label:
    while searching the group headers are gone and the entries must still tell apart."""
    sel = places[places["province_code"].isin(set(provinces))] if provinces else places
    shared = set(places.loc[places.groupby("place_name")["province_code"].transform("nunique") > 1, "place_name"])
    out = []
    for (code, prov), g in sel.groupby(["province_code", "province"], sort=False):
        out.append({"label": "▸ " + t("filter.district.all_of", lang, province=place_label(prov, lang), n=len(g)),
                    "value": f"{ALL_PREFIX}{code}", "search": _ascii(prov) + " " + prov})
        for r in g.to_dict("records"):
            label = place_label(r["place_name"], lang)   # no leading indent: a chosen district reads as its name (the CSS indents the list)
            if r["place_name"] in shared:
                label += f" ({short_province(prov)})"
            if not r["n_facts"]:
                label += f" — {t('filter.district.nodata', lang)}"
            # searched by label (with diacritics), by value, the ASCII place id ("soc-trang/huyen-tran-de": "tran de"
            # finds Trần Đề, "soc trang" its province) and by the province with its diacritics ("Sóc Trăng")
            out.append({"label": label, "value": r["place_id"], "search": prov})
    return out


def expand_districts(values, places: pd.DataFrame) -> tuple[list[str], bool]:
    """Replace "all:<province>" entries by that province's districts; (values, whether anything was expanded).

    Distinct entries in order, at most MAX_LIST_ITEMS (a set, not list scans: the cost stays linear in the
    request); the caller says when a list was cut (components.state.bounded_list)."""
    out: list[str] = []
    seen: set = set()
    expanded = False
    by_province = None
    for v in values or []:
        if len(out) >= MAX_LIST_ITEMS:
            break
        if not isinstance(v, str):
            continue
        if v.startswith(ALL_PREFIX):
            expanded = True
            if by_province is None:
                by_province = places.groupby("province_code", sort=False)["place_id"].agg(list).to_dict()
            new = [p for p in by_province.get(v[len(ALL_PREFIX):], ()) if p not in seen]
        else:
            new = [v] if v not in seen else []
        seen.update(new)
        out += new
    return out[:MAX_LIST_ITEMS], expanded


def whole_provinces(values, places: pd.DataFrame) -> list[str]:
    """The provinces whose "all:<province>" entry `values` holds, when every other entry is a district of one of
    them (so the choice is exactly those provinces, and the link can say prov= instead of every district);
    else [] (the caller expands the entries: expand_districts)."""
    codes = [v[len(ALL_PREFIX):] for v in values or () if isinstance(v, str) and v.startswith(ALL_PREFIX)]
    if not codes:
        return []
    others = {v for v in values if isinstance(v, str) and not v.startswith(ALL_PREFIX)}
    inside = set(places.loc[places["province_code"].isin(set(codes)), "place_id"])
    return list(dict.fromkeys(codes)) if others <= inside else []


def indicator_options(indicators, *, lang: str, with_headers: bool = True, coverage: dict | None = None) -> list[dict]:
    """Indicators grouped by family (catalogue order), unit in the label; family headers are disabled entries.

    coverage: indicator → number of districts with a figure of the chosen measure and period, said in the label as the
    province list says its districts with data."""
    records = catalogue_records()
    order = {k: i for i, k in enumerate(records)}
    present = sorted(set(indicators), key=lambda i: order.get(i, 999))
    families: dict[str, list[str]] = {}
    for ind in present:
        families.setdefault(indicator_info(ind).get("family", "other"), []).append(ind)
    out = []
    for fam, inds in families.items():
        if with_headers:
            out.append({"label": f"— {family_label(fam, lang)} —", "value": f"{HEADER_PREFIX}{fam}",
                        "disabled": True})
        for ind in inds:
            label = indicator_option_label(ind, lang)
            if coverage is not None:
                label = t("filter.indicator.count", lang, label=label, n=coverage.get(ind, 0))
            out.append({"label": label, "value": ind,
                        "search": f"{_ascii(indicator_option_label(ind, 'vi'))} {indicator_option_label(ind, 'en')} "
                                  f"{family_label(fam, lang)}"})
    return out


def measure_options(available, *, lang: str) -> list[dict]:
    avail = set(available)
    return [{"label": measure_label(m, lang), "value": m} for m in MEASURES if m in avail]


def period_options(periods, *, lang: str) -> list[dict]:
    out = [{"label": t("filter.period.latest", lang), "value": "latest"}]
    for p in sorted(set(periods), key=period_sort_key, reverse=True):
        label = period_label(p, lang)
        # first letter only: str.capitalize() lowercases the rest ("Quý i/2023")
        out.append({"label": label[:1].upper() + label[1:], "value": p})
    return out


def place_options(places: pd.DataFrame, *, lang: str) -> list[dict]:
    with_data = places[places["n_facts"] > 0]
    dup = with_data["place_name"].duplicated(keep=False)
    return [{"label": place_label(r["place_name"], lang) + (f" ({place_label(r['province'], lang)})" if d else ""),
             "value": r["place_id"],
             "search": r.get("search") or _ascii(r["place_name"])}
            for r, d in zip(with_data.to_dict("records"), dup)]

