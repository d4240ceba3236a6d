"""Formatting only the exports need (numbers with more decimals, short place names, values as cells); labels come
from components (labels.py, i18n.py) and periods from etl/period_grammar.py, as on the page."""
from __future__ import annotations

import math

from babel.numbers import format_decimal

from components.i18n import MINUS, fmt_number, fmt_value, is_missing, norm_lang
from components.labels import mid_sentence_case

_LOCALES = {"vi": "vi_VN", "en": "en_US"}
_PLACE_PREFIXES = (
    "huyện ", "thị xã ", "thành phố ", "thị trấn ", "quận ", "tỉnh ", "xã ", "phường ",
    "h. ", "tx. ", "tp. ",
)


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


def lower_first(label: str) -> str:
    """'Income per capita' → 'income per capita', 'Tỷ lệ hộ nghèo' → 'tỷ lệ hộ nghèo'; keeps 'OCOP products': the
    page's rule for a name inside a sentence (components.labels.mid_sentence_case)."""
    return mid_sentence_case(label)


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
