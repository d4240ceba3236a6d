"""ASCII file names that say what an export is: indicator, measure, places, period, language, variant."""
from __future__ import annotations

import re
import unicodedata

import pandas as pd

from .formatting import is_missing, short_place
from etl.period_grammar import period_sort_key
from components.i18n import norm_lang

MAX_PLACES_IN_NAME = 3
MAX_NAME_LENGTH = 150
_SPECIAL = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE"})


def ascii_slug(text, *, sep: str = "-") -> str:
    """'Huyện Trần Đề' → 'huyen-tran-de'; 'poverty_rate' → 'poverty-rate'; never empty for non-empty input."""
    if is_missing(text):
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_SPECIAL))
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", sep, ascii_text).strip(sep)
    return slug


def _unique(values) -> list:
    seen, out = set(), []
    for v in values:
        if is_missing(v) or v in seen:
            continue
        seen.add(v)
        out.append(v)
    return out


def _places_part(data: pd.DataFrame) -> str:
    col = "place_name" if "place_name" in data.columns else ("place_id" if "place_id" in data.columns else None)
    if col is None:
        return ""
    names = _unique(data[col].tolist())
    slugs = [ascii_slug(short_place(n) if col == "place_name" else str(n).rsplit("/", 1)[-1]) for n in names]
    slugs = [s for s in slugs if s]
    if len(slugs) > MAX_PLACES_IN_NAME:
        return "-".join(slugs[:2]) + f"-and-{len(slugs) - 2}-more"
    return "-".join(slugs)


def _period_part(data: pd.DataFrame) -> str:
    if "period" not in data.columns:
        return ""
    periods = sorted(_unique(data["period"].tolist()), key=period_sort_key)
    if not periods:
        return ""
    if len(periods) == 1:
        return ascii_slug(periods[0])
    first, last = ascii_slug(periods[0]), ascii_slug(periods[-1])
    if re.fullmatch(r"\d{4}", first) and re.fullmatch(r"\d{4}", last):
        return f"{first}-{last}"            # 2021-2023
    return f"{first}-to-{last}"             # 2023-q1-to-2023, 2023-to-2020-2025


def _what_part(data: pd.DataFrame, fallback: str) -> str:
    parts = []
    if "indicator" in data.columns:
        indicators = _unique(data["indicator"].tolist())
        if 1 <= len(indicators) <= 2:
            parts.append("-".join(ascii_slug(i) for i in indicators))
        elif indicators:
            parts.append(f"{ascii_slug(fallback) or 'chart'}-{len(indicators)}-indicators")
    if "measure" in data.columns:
        measures = _unique(data["measure"].tolist())
        if len(measures) == 1:
            parts.append(ascii_slug(measures[0]))
    if not parts:
        parts.append(ascii_slug(fallback) or "chart")
    return "_".join(parts)


def describe(data: pd.DataFrame | None, *, fallback: str = "chart") -> str:
    """The 'what' of a file name from the plotted rows: 'poverty-rate_level_tran-de-tra-cu_2023'."""
    data = data if isinstance(data, pd.DataFrame) else pd.DataFrame()
    parts = [_what_part(data, fallback), _places_part(data), _period_part(data)]
    return "_".join(p for p in parts if p)


def places_period(data: pd.DataFrame | None) -> str:
    """'tran-de-tra-cu_2023': the places and period part of a file name."""
    data = data if isinstance(data, pd.DataFrame) else pd.DataFrame()
    return "_".join(p for p in (_places_part(data), _period_part(data)) if p)


def export_filename(data: pd.DataFrame | None, *, lang: str | None, variant: str, ext: str,
                    fallback: str = "chart") -> str:
    """'poverty-rate_level_tran-de-tra-cu_2023_vi_standard.png' — ASCII only, at most MAX_NAME_LENGTH chars."""
    what = describe(data, fallback=fallback)
    tail = "_".join(p for p in (norm_lang(lang), ascii_slug(variant, sep="-")) if p)
    ext = ascii_slug(ext) or "bin"
    room = MAX_NAME_LENGTH - len(tail) - len(ext) - 2
    if len(what) > room:
        what = what[:room].rstrip("-_")
    return f"{what}_{tail}.{ext}"
