"""The one grammar of the facts table's period strings, used by the ETL, the page and the exports.

Spellings: "2023" (year), "2023-Q1" (quarter), "2023-H1" / "2023-H2" (half year), "2023-9M" (first nine months),
"2020-2025" (a term). `period_kind` names them with etl/schema.py's PERIOD_TYPES.

Positions are fractional years on a line where the END of year Y sits at Y. A year Y spans (Y-1, Y];
quarter q of Y spans (Y-1+(q-1)/4, Y-1+q/4]; a term "A-B" spans (A, B] — a term's congress sits late in
year A, so at the end of 2023 three of the five years of 2020–2025 are gone.

Order (`period_sort_key`, ascending = older): a term is cumulative and ranks below every dated period, so
"latest" picks a dated figure over a term's; among dated periods the one ending later is newer, and a year
beats a quarter, half or nine months ending with it.
"""
from __future__ import annotations

import re
from functools import lru_cache

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_NINE = re.compile(r"^(\d{4})-9M$")
_TERM = re.compile(r"^(\d{4})-(\d{4})$")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
LATEST = "latest"   # the page's "each place's most recent figure"; not a period of the table
SPELLINGS = "2023, 2023-Q1, 2023-H1, 2023-9M, 2020-2025"

# How a period reads, per language (the grammar's own words: the page and the exports both use these)
LABELS = {
    "vi": {"year": "năm {y}", "quarter": "quý {q}/{y}", "half_year_1": "6 tháng đầu năm {y}",
           "half_year_2": "6 tháng cuối năm {y}", "nine_months": "9 tháng năm {y}", "term": "nhiệm kỳ {a}–{b}",
           "latest": "số liệu mới nhất"},
    "en": {"year": "{y}", "quarter": "Q{q} {y}", "half_year_1": "H1 {y}", "half_year_2": "H2 {y}",
           "nine_months": "9 months {y}", "term": "{a}–{b} term", "latest": "latest available"},
}


def _text(period) -> str | None:
    if period is None or not isinstance(period, str):
        return None if period is None or period != period else str(period).strip()
    return period.strip() or None


@lru_cache(maxsize=4096)
def _kind(text: str | None) -> str | None:
    if not text:
        return None
    if _YEAR.match(text):
        return "year"
    if _QUARTER.match(text):
        return "quarter"
    if _HALF.match(text):
        return "half_year"
    if _NINE.match(text):
        return "nine_months"
    if (m := _TERM.match(text)) and int(m.group(2)) > int(m.group(1)):
        return "term"
    return None


def period_kind(period) -> str | None:
    """'year' | 'quarter' | 'half_year' | 'nine_months' | 'term', or None when `period` is not a period."""
    return _kind(_text(period))


@lru_cache(maxsize=4096)
def _bounds(text: str | None) -> tuple[float, float] | None:
    if not text:
        return None
    if m := _YEAR.match(text):
        y = int(m.group(1))
        return (y - 1.0, float(y))
    if m := _QUARTER.match(text):
        y, q = int(m.group(1)), int(m.group(2))
        return (y - 1 + (q - 1) / 4, y - 1 + q / 4)
    if m := _HALF.match(text):
        y, h = int(m.group(1)), int(m.group(2))
        return (y - 1 + (h - 1) / 2, y - 1 + h / 2)
    if m := _NINE.match(text):
        y = int(m.group(1))
        return (y - 1.0, y - 0.25)
    if m := _TERM.match(text):
        a, b = int(m.group(1)), int(m.group(2))
        if b > a:
            return (float(a), float(b))
    return None


def period_bounds(period) -> tuple[float, float] | None:
    """(start, end) positions of a period; None when it cannot be read."""
    return _bounds(_text(period))


_KIND_PRIORITY = {"year": 4, "nine_months": 3, "half_year": 2, "quarter": 1, "term": 0, None: -1}


@lru_cache(maxsize=4096)
def _sort_key(text: str | None) -> tuple:
    kind = _kind(text)
    bounds = _bounds(text)
    if kind == "term":
        return (0, bounds[1], 0, text)
    if bounds is None:
        return (-1, 0.0, 0, text or "")
    return (1, bounds[1], _KIND_PRIORITY[kind], text)


def period_sort_key(period) -> tuple:
    """Ascending = older; terms below every dated period, unreadable or missing periods below everything."""
    return _sort_key(_text(period))


def latest_period(periods) -> str | None:
    """The newest of `periods` by `period_sort_key` (None when there is none)."""
    readable = [p for p in periods if period_kind(p)]
    return max(readable, key=period_sort_key) if readable else None


def term_for_year(year: int, length: int = 5) -> str:
    """The five-year Party term a report year belongs to: 2021–2025 → '2020-2025', 2016–2020 → '2015-2020'."""
    start = 2020 + ((year - 2021) // length) * length
    return f"{start}-{start + length}"


def _lang(lang) -> str:
    return "en" if isinstance(lang, str) and lang.lower().startswith("en") else "vi"


@lru_cache(maxsize=4096)
def _label(text: str | None, lang: str, bare: bool) -> str:
    if not text:
        return ""
    words = LABELS[lang]
    if text == LATEST:
        return words["latest"]
    if m := _YEAR.match(text):
        return m.group(1) if bare else words["year"].format(y=m.group(1))
    if m := _QUARTER.match(text):
        q = int(m.group(2))
        return words["quarter"].format(y=m.group(1), q=ROMAN[q] if lang == "vi" else q)
    if m := _HALF.match(text):
        return words[f"half_year_{m.group(2)}"].format(y=m.group(1))
    if m := _NINE.match(text):
        return words["nine_months"].format(y=m.group(1))
    if _kind(text) == "term":
        m = _TERM.match(text)
        return words["term"].format(a=m.group(1), b=m.group(2))
    return text


def period_label(period, lang: str = "vi", *, bare: bool = False) -> str:
    """'2023' → 'năm 2023' / '2023'; '2023-Q1' → 'quý I/2023' / 'Q1 2023'; '2020-2025' → 'nhiệm kỳ 2020–2025' /
    '2020–2025 term'; 'latest' → the page's word for it. bare=True writes a plain year as '2023' (ranges)."""
    return _label(_text(period), _lang(lang), bare)


def elapsed_share(target_period, as_of) -> float | None:
    """Share of `target_period` gone at the end of `as_of` (clamped to 0..1); None when either is unreadable."""
    tb, ab = period_bounds(target_period), period_bounds(as_of)
    if tb is None or ab is None:
        return None
    start, end = tb
    share = (ab[1] - start) / (end - start)
    return max(0.0, min(1.0, share))
