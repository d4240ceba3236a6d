"""Locale-aware formatting shared by every export: numbers, periods, places, indicator labels, values with units."""
from __future__ import annotations

import math
import re
from functools import lru_cache

from babel.numbers import format_decimal

from components.i18n import MINUS, fmt_number, fmt_value
from components.i18n import measure_label as _ui_measure_label
from components.i18n import qualifier_label as _ui_qualifier_label

from etl.catalogue import load_catalogue

from .texts import norm_lang, t, unit_label

_LOCALES = {"vi": "vi_VN", "en": "en_US"}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_PLACE_PREFIXES = (
    "huyện ", "thị xã ", "thành phố ", "thị trấn ", "quận ", "tỉnh ", "xã ", "phường ",
    "h. ", "tx. ", "tp. ",
)


def is_missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN / NA
    except (TypeError, ValueError):
        return False


def format_number(value, lang: str | None = "vi", *, max_decimals: int = 2) -> str:
    """62 → '62'; 2.5 → '2,5' (vi) / '2.5' (en); 1234.5 → '1.234,5' / '1,234.5'; −2.5 with a true minus sign
    (U+2212, as on the chart's axes). Missing → ''.

    The dashboard's formatter (components.i18n.fmt_number), so an export writes numbers as its chart does."""
    if is_missing(value):
        return ""
    value = float(value)
    if math.isinf(value):
        return "∞" if value > 0 else MINUS + "∞"
    if max_decimals == 2:
        return fmt_number(value, norm_lang(lang))
    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals else "")
    text = format_decimal(value, format=pattern, locale=_LOCALES[norm_lang(lang)])
    return MINUS + text[1:] if text.startswith("-") else text


_PERIOD_RE = re.compile(r"^(\d{4})(?:-(Q([1-4])|H([12])|(9M)|(\d{4})))?$")


def period_sort_key(period) -> tuple:
    """Chronological order of period strings, by when they end: 2023-Q1 < 2023-H1 < 2023-9M < 2023 < 2020-2025."""
    if is_missing(period):
        return (9999, 99, 9, "")
    text = str(period).strip()
    m = _PERIOD_RE.match(text)
    if not m:
        return (9998, 99, 9, text)
    year = int(m.group(1))
    if m.group(3):   # quarter
        return (year, int(m.group(3)) * 3, 0, text)
    if m.group(4):   # half year
        return (year, int(m.group(4)) * 6, 1, text)
    if m.group(5):   # first nine months
        return (year, 9, 2, text)
    if m.group(6):   # term: ends with its last year
        return (int(m.group(6)), 12, 4, text)
    return (year, 12, 3, text)


def format_period(period, lang: str | None = "vi", *, bare: bool = False) -> str:
    """'2023' → 'năm 2023' / '2023'; '2023-Q1' → 'quý I/2023' / 'Q1 2023'; '2023-9M' → '9 tháng năm 2023' / '9M 2023';
    '2020-2025' → 'giai đoạn 2020–2025'; 'latest' → 'mới nhất' / 'latest'.

    bare=True drops the Vietnamese lead word for a plain year ('2023'), for compact places like ranges.
    """
    if is_missing(period):
        return ""
    text = str(period).strip()
    if text == "latest":
        return t("period_latest", lang)
    m = _PERIOD_RE.match(text)
    if not m:
        return text
    year = m.group(1)
    if m.group(3):
        q = int(m.group(3))
        return t("period_quarter", lang, q=_ROMAN[q], qn=q, year=year)
    if m.group(4):
        return t("period_half_1" if m.group(4) == "1" else "period_half_2", lang, year=year)
    if m.group(5):
        return t("period_nine_months", lang, year=year)
    if m.group(6):
        return t("period_term", lang, start=year, end=m.group(6))
    return year if bare else t("period_year", lang, year=year)


def short_place(name) -> str:
    """'Huyện Trà Cú' → 'Trà Cú'; 'Thị xã Vĩnh Châu' → 'Vĩnh Châu'; other names unchanged."""
    if is_missing(name):
        return ""
    text = str(name).strip()
    low = text.lower()
    for prefix in _PLACE_PREFIXES:
        if low.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):].strip()
    return text


@lru_cache(maxsize=1)
def _catalogue():
    try:
        return load_catalogue()
    except Exception:  # noqa: BLE001 - a broken catalogue must not break an export; ids are shown instead
        return None


def indicator_info(indicator) -> dict:
    """Catalogue entry of an indicator as a dict (label_vi, label_en, unit, direction…); {} when unknown."""
    cat = _catalogue()
    if cat is None or is_missing(indicator) or indicator not in cat.index:
        return {}
    return dict(cat.loc[indicator])


def indicator_label(indicator, lang: str | None = "vi") -> str:
    info = indicator_info(indicator)
    if not info:
        return "" if is_missing(indicator) else str(indicator)
    return str(info["label_en" if norm_lang(lang) == "en" else "label_vi"])


def indicator_direction(indicator) -> str:
    """'higher' or 'lower' (which way is better); 'higher' when unknown."""
    return str(indicator_info(indicator).get("direction") or "higher")


def lower_first(label: str) -> str:
    """'Income per capita' → 'income per capita', 'Tỷ lệ hộ nghèo' → 'tỷ lệ hộ nghèo'; keeps 'OCOP products'."""
    if len(label) >= 2 and label[0].isupper() and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label


def measure_label(measure, lang: str | None = "vi") -> str:
    """The dashboard's name of a measure (components.i18n 'measure.*'), the same in images, CSV and README."""
    if is_missing(measure) or measure == "":
        return ""
    return _ui_measure_label(str(measure), norm_lang(lang))


def qualifier_label(qualifier, lang: str | None = "vi") -> str:
    """The dashboard's word for a qualifier ('trên', 'gần'…; components.i18n 'qualifier.*')."""
    if is_missing(qualifier) or qualifier == "":
        return ""
    return _ui_qualifier_label(str(qualifier), norm_lang(lang))


def format_value(value, unit=None, lang: str | None = "vi", *, denominator=None, qualifier=None) -> str:
    """A value as the chart writes it (components.i18n.fmt_value): 62 'million VND/person' → '62 triệu đồng/người',
    1.59 '%' → '1,59 %' (vi, non-breaking space) / '1.59%' (en), 8 of 18 targets → '8/18 chỉ tiêu'. Missing → ''."""
    if is_missing(value):
        return ""
    unit = None if is_missing(unit) or unit == "" else str(unit)
    qualifier = None if is_missing(qualifier) or qualifier == "" else str(qualifier)
    denominator = None if is_missing(denominator) else denominator
    return fmt_value(value, unit, norm_lang(lang), qualifier=qualifier, denominator=denominator)


def plain_text(value) -> str:
    return "" if is_missing(value) else str(value)
