"""Period strings of the facts table ("2023", "2023-Q1", "2023-H1", "2023-9M", "2020-2025"): order, span, labels.

Positions are fractional years on a line where the END of year Y sits at Y. A year Y spans (Y-1, Y];
quarter q of Y spans (Y-1+(q-1)/4, Y-1+q/4]; a term "A-B" spans (A, B] — a term's congress sits late in
year A, so at the end of 2023 three of the five years of 2020–2025 are gone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from components.i18n import t

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_NINE = re.compile(r"^(\d{4})-9M$")
_TERM = re.compile(r"^(\d{4})-(\d{4})$")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@lru_cache(maxsize=4096)
def period_kind(period: str | None) -> str | None:
    if not period:
        return None
    if _YEAR.match(period):
        return "year"
    if _QUARTER.match(period):
        return "quarter"
    if _HALF.match(period):
        return "half_year"
    if _NINE.match(period):
        return "nine_months"
    if _TERM.match(period):
        return "term"
    return None


@lru_cache(maxsize=4096)
def period_bounds(period: str | None) -> tuple[float, float] | None:
    """(start, end) positions of a period; None when it cannot be read."""
    if not period:
        return None
    if m := _YEAR.match(period):
        y = int(m.group(1))
        return (y - 1.0, float(y))
    if m := _QUARTER.match(period):
        y, q = int(m.group(1)), int(m.group(2))
        return (y - 1 + (q - 1) / 4, y - 1 + q / 4)
    if m := _HALF.match(period):
        y, h = int(m.group(1)), int(m.group(2))
        return (y - 1 + (h - 1) / 2, y - 1 + h / 2)
    if m := _NINE.match(period):
        y = int(m.group(1))
        return (y - 1.0, y - 0.25)
    if m := _TERM.match(period):
        a, b = int(m.group(1)), int(m.group(2))
        if b > a:
            return (float(a), float(b))
    return None


_KIND_PRIORITY = {"year": 4, "nine_months": 3, "half_year": 2, "quarter": 1, "term": 0, None: -1}


@lru_cache(maxsize=4096)
def period_sort_key(period: str | None) -> tuple:
    """Ascending = older. Terms are cumulative and rank below any dated period; a year beats a quarter ending with it."""
    kind = period_kind(period)
    bounds = period_bounds(period)
    if kind == "term":
        return (0, bounds[1] if bounds else 0.0, 0)
    if bounds is None:
        return (-1, 0.0, 0)
    return (1, bounds[1], _KIND_PRIORITY[kind])


def term_for_year(year: int, length: int = 5) -> str:
    """The five-year Party term a report year belongs to: 2021–2025 → '2020-2025', 2016–2020 → '2015-2020'."""
    start = 2020 + ((year - 2021) // length) * length
    return f"{start}-{start + length}"


@lru_cache(maxsize=4096)
def period_label(period: str | None, lang: str = "vi") -> str:
    if not period:
        return ""
    if period == "latest":
        return t("period.latest", lang)
    if m := _YEAR.match(period):
        return t("period.year", lang, y=m.group(1))
    if m := _QUARTER.match(period):
        q = int(m.group(2))
        return t("period.quarter", lang, y=m.group(1), q=ROMAN[q] if lang == "vi" else q)
    if m := _HALF.match(period):
        return t("period.half_year", lang, y=m.group(1))
    if m := _NINE.match(period):
        return t("period.nine_months", lang, y=m.group(1))
    if m := _TERM.match(period):
        return t("period.term", lang, a=m.group(1), b=m.group(2))
    return period


def elapsed_share(target_period: str | None, as_of: str | None) -> float | None:
    """Share of `target_period` gone at the end of `as_of` (clamped to 0..1); None when either is unreadable."""
    tb, ab = period_bounds(target_period), period_bounds(as_of)
    if tb is None or ab is None:
        return None
    start, end = tb
    share = (ab[1] - start) / (end - start)
    return max(0.0, min(1.0, share))
