"""What every export needs to know about the view besides the chart: language, URL, vintage, sources, filters."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

import pandas as pd

from components.registry import VIEW_NAMES, view_def

from .formatting import is_missing
from components.labels import indicator_label
from components.i18n import measure_label
from etl.period_grammar import period_label
from components.i18n import fmt_timestamp, norm_lang, t
from components.strings import coded
from components.grid_model import decode_grid
from components.strings.keys import COLUMN, FILTER_NAME, REVIEWED_FILTER, SORT_DIRECTION

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
# URL-state keys that are not filters (presentation only); left out of the README's filter list.
NON_FILTER_KEYS = {"lang", "mode", "show"}   # how a view is drawn, not which figures it holds


@dataclass
class ExportContext:
    """context_for_state(state) as a typed object: lang 'vi'|'en', the view's URL, the data vintage, documents used."""

    lang: str = "vi"
    url: str = ""
    vintage: str = ""
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)
    filters: dict = field(default_factory=dict)      # readable {label: value} or the raw URL state
    now: datetime = field(default_factory=lambda: datetime.now(VN_TZ))

    @classmethod
    def from_any(cls, context=None, state: dict | None = None, *, now: datetime | None = None,
                 frames=()) -> "ExportContext":
        """Accepts an ExportContext, or the dict context_for_state returns (lang, url, vintage, sources[, filters]).

        Without a readable `filters` in the context, they are made from `state` (names looked up in the sources
        and in `frames`, e.g. the charts' rows)."""
        if isinstance(context, ExportContext):
            return context
        context = dict(context or {})
        sources = context.get("sources")
        if not isinstance(sources, pd.DataFrame):
            sources = pd.DataFrame(sources or [])
        lang = norm_lang(context.get("lang") or (state or {}).get("lang"))
        filters = context.get("filters")
        if filters is None:
            filters = readable_filters(state or {}, lang, sources=sources, frames=frames)
        return cls(
            lang=lang,
            url=str(context.get("url") or ""),
            vintage=str(context.get("vintage") or ""),
            sources=sources,
            filters=dict(filters),
            now=now or context.get("now") or datetime.now(VN_TZ),
        )

    def with_lang(self, lang: str) -> "ExportContext":
        return ExportContext(norm_lang(lang), self.url, self.vintage, self.sources, self.filters, self.now)

    @property
    def date_text(self) -> str:
        """When it was exported, written like the table's build time beside it (components.i18n.fmt_timestamp,
        UTC): '22/11/2025 03:30 UTC' (vi), '22 Nov 2025 03:30 UTC' (en)."""
        return fmt_timestamp(self.now, self.lang)

    @property
    def timestamp_text(self) -> str:
        """Download time with its offset: '2025-11-22 10:30 (UTC+07:00)'."""
        offset = self.now.strftime("%z")
        offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
        return f"{self.now.strftime('%Y-%m-%d %H:%M')} ({offset})"


def _items(value) -> list:
    if isinstance(value, (list, tuple, set)):
        return [v for v in value if not is_missing(v) and v != ""]
    if is_missing(value) or value == "":
        return []
    return [value]


def _lookups(sources: pd.DataFrame | None, frames=()) -> dict[str, dict]:
    """id → readable name for place ids and province codes, from the documents table and any facts rows."""
    places: dict[str, str] = {}
    provinces: dict[str, str] = {}
    for frame in (sources, *frames):
        if not isinstance(frame, pd.DataFrame):
            continue
        if {"place_id", "place_name"} <= set(frame.columns):
            for pid, name in zip(frame["place_id"], frame["place_name"]):
                if not is_missing(pid) and not is_missing(name):
                    places.setdefault(str(pid), str(name))
        if {"province_code", "province"} <= set(frame.columns):
            for code, name in zip(frame["province_code"], frame["province"]):
                if not is_missing(code) and not is_missing(name):
                    provinces.setdefault(str(code), str(name))
    return {"places": places, "provinces": provinces}


def readable_filters(state: dict, lang: str, *, sources: pd.DataFrame | None = None, frames=()) -> dict[str, str]:
    """URL state → {readable label: readable value}: names for place ids, province codes, indicators, measures,
    periods; presentation keys (lang, mode), keys the state's view does not apply (its ViewDef.filters) and empty
    values left out. Names come from `sources` and `frames` (any table with place_id/place_name or
    province_code/province columns, e.g. the dataset's places, so a chosen district without rows is named too)."""
    look = _lookups(sources, frames)
    view = str((state or {}).get("view") or "")
    applies = view_def(view).filters if view in VIEW_NAMES else None
    out: dict[str, str] = {}
    for key, value in (state or {}).items():
        if key in NON_FILTER_KEYS or (applies is not None and key not in applies):
            continue
        items = _items(value)
        names = _readable_values(key, value, items, lang, look) if items else []
        if names:
            out[coded(FILTER_NAME, key, lang)] = ", ".join(names)
    return out


def _readable_values(key: str, value, items: list, lang: str, look: dict) -> list[str]:
    """One filter's values as a reader names them; [] for a default that filters nothing."""
    if key in ("districts", "places", "place"):
        return [look["places"].get(str(v), str(v)) for v in items]
    if key in ("provinces", "province"):
        return [look["provinces"].get(str(v), str(v)) for v in items]
    if key in ("indicator", "indicators"):
        return [indicator_label(v, lang) for v in items]
    if key in ("measure", "measures"):
        return [measure_label(v, lang) for v in items]
    if key in ("period", "periods", "base"):
        return [period_label(v, lang, bare=True) for v in items]
    if key == "view":
        return [t(view_def(v).label_key, lang) if v in VIEW_NAMES else str(v) for v in items]
    if key == "reviewed":
        return [] if value == "all" else [coded(REVIEWED_FILTER, v, lang) for v in items]
    if key == "nodata":
        return [t("filter_value.nodata.hide", lang)] if value == "hide" else []
    if key == "grid":
        return _grid_text(str(value), lang)
    return [f"{k}={v}" for k, v in value.items()] if isinstance(value, dict) else [str(v) for v in items]


def _grid_text(raw: str, lang: str) -> list[str]:
    """The Data grid's filter and sort from the URL: 'filtered on District; sorted by Value (descending)'."""
    filters, sort = decode_grid(raw)
    parts = []
    if filters:
        parts.append(t("filter_value.grid_filter", lang, columns=", ".join(coded(COLUMN, c, lang) for c in filters)))
    if sort:
        parts.append(t("filter_value.grid_sort", lang, columns=", ".join(
            f"{coded(COLUMN, c, lang)} ({t(SORT_DIRECTION[d], lang)})" for c, d in sort)))
    return ["; ".join(parts)] if parts else []
