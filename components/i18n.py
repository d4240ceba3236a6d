"""Locale-aware formatting of numbers, dates and the table's coded values (measures, units, qualifiers…).

The words themselves live in components/strings/ (one module per language; `t`, `has` are re-exported here).
Numbers go through babel with the language's locale; plotly gets the matching `separators`.
Vietnamese is the default language.
"""
from __future__ import annotations

import math
from datetime import datetime, timezone
from functools import lru_cache

from babel import Locale
from babel.numbers import parse_pattern

from components.strings import DEFAULT_LANG, LANGS, STRINGS, coded, has, is_one, norm_lang, t
from components.strings import keys

NBSP = "\u00a0"
MINUS = "\u2212"  # typographic minus sign, as plotly's tick labels use

# plotly's layout.separators: decimal mark then thousands separator.
PLOTLY_SEPARATORS = {"vi": ",.", "en": ".,"}
# Percent pattern per locale: Vietnamese writes a (non-breaking) space before %, English does not.
PERCENT_PATTERN = {"vi": "#,##0.##" + NBSP + "%", "en": "#,##0.##%"}
DECIMAL_PATTERN = "#,##0.##"
SIGNED_PATTERN = "+#,##0.##;-#,##0.##"
BABEL_LOCALE = {"vi": "vi_VN", "en": "en_US"}





# ---------------------------------------------------------------- places


def _place_word(name: str) -> tuple[str | None, str]:
    """(the key of the unit word `name` starts with, the proper name after it); (None, name) without one."""
    low = name.lower()
    for word, key in keys.PLACE_WORD.items():
        if low.startswith(word + " ") and len(name) > len(word) + 1:
            return key, name[len(word) + 1:].strip()
    return None, name


def place_label(name, lang: str = DEFAULT_LANG) -> str:
    """A district's or province's name for the reader: as the table writes it in Vietnamese; in English its unit
    word translated after the proper name, which stays as it is ('Huyện Giồng Trôm' → 'Giồng Trôm District',
    'Tỉnh Hậu Giang' → 'Hậu Giang Province', 'Thành phố Cần Thơ' → 'Cần Thơ City'). Other names unchanged."""
    if is_missing(name):
        return ""
    name = str(name)
    if norm_lang(lang) != "en":
        return name
    key, proper = _place_word(name)
    return t(key, lang, name=proper) if key else name


def short_province(province) -> str:
    """A province as it reads after a district's name, to tell apart two of one name (in every language):
    'Tỉnh Tiền Giang' → 'Tiền Giang', 'Thành phố Cần Thơ' → 'Cần Thơ'."""
    return "" if is_missing(province) else _place_word(str(province))[1]


# ---------------------------------------------------------------- numbers


def is_missing(value) -> bool:
    """None, NaN / NA or an empty string: a cell that says nothing."""
    if value is None or (isinstance(value, str) and value == ""):
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def _finite(value) -> bool:
    try:
        return value is not None and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


@lru_cache(maxsize=None)
def _locale(lang: str) -> Locale:
    return Locale.parse(BABEL_LOCALE[norm_lang(lang)])


@lru_cache(maxsize=None)
def _pattern(pattern: str):
    return parse_pattern(pattern)


@lru_cache(maxsize=65536)
def _format(value: float, pattern: str, lang: str) -> str:
    # babel's own formatting with the locale's symbols; the parsed pattern and locale are reused, and
    # repeated values (many districts share round figures) are looked up. Negative numbers get the true minus
    # sign (U+2212), as plotly writes them on axes, not babel's hyphen-minus.
    text = _pattern(pattern).apply(value, _locale(lang))
    return MINUS + text[1:] if text.startswith("-") else text


def fmt_number(value, lang: str = DEFAULT_LANG, *, signed: bool = False) -> str:
    """'39.740,2' (vi) / '39,740.2' (en); up to two decimals."""
    if not _finite(value):
        return "–"
    return _format(float(value), SIGNED_PATTERN if signed else DECIMAL_PATTERN, norm_lang(lang))


def fmt_percent(value, lang: str = DEFAULT_LANG, *, ratio: bool = False, decimals: int = 2) -> str:
    """A percentage: `value` in percent (1.59 → '1,59 %' / '1.59%'), or a ratio when ratio=True (0.44 → '44 %')."""
    if not _finite(value):
        return "–"
    v = float(value) if ratio else float(value) / 100.0
    pattern = PERCENT_PATTERN[norm_lang(lang)]
    if decimals != 2:
        pattern = pattern.replace("0.##", "0" + ("." + "#" * decimals if decimals > 0 else ""))
    return _format(v, pattern, norm_lang(lang))


def unit_label(unit: str | None, lang: str = DEFAULT_LANG) -> str:
    """A unit in the reader's language ('million VND/person' → 'triệu đồng/người'); unknown units unchanged."""
    if is_missing(unit):
        return ""
    return coded(keys.UNIT, unit, lang)


def fmt_value(value, unit: str | None, lang: str = DEFAULT_LANG, *, qualifier: str | None = None,
              denominator=None, with_unit: bool = True, signed: bool = False) -> str:
    """A fact as people read it: 'trên 14.120 tỷ đồng', '1,59 %', '8/18 chỉ tiêu'; signed=True writes a change
    ('+120 tỷ đồng'; a difference in percentage points is always signed)."""
    if _finite(denominator):
        text = f"{fmt_number(value, lang)}/{fmt_number(denominator, lang)}"
        if with_unit and unit and unit not in ("%",):
            text += f"{NBSP}{unit_label(unit, lang)}"
    elif unit == "%":
        text = fmt_percent(value, lang)
    elif unit == "pp":
        text = f"{fmt_number(value, lang, signed=True)}{NBSP}{unit_label(unit, lang)}"
    else:
        text = fmt_number(value, lang, signed=signed)
        if with_unit and unit:
            text += f"{NBSP}{unit_label(unit, lang)}"
    if qualifier:
        text = f"{qualifier_label(qualifier, lang)} {text}"
    return text


def qualifier_label(qualifier: str | None, lang: str = DEFAULT_LANG) -> str:
    if is_missing(qualifier):
        return ""
    return coded(keys.QUALIFIER, qualifier, lang)


def measure_label(measure: str, lang: str = DEFAULT_LANG) -> str:
    if is_missing(measure):
        return ""
    return coded(keys.MEASURE, measure, lang)


def family_label(family: str, lang: str = DEFAULT_LANG) -> str:
    return coded(keys.FAMILY, family, lang)


def status_label(status: str, lang: str = DEFAULT_LANG) -> str:
    return t(keys.STATUS[status], lang)


def scope_label(scope: str | None, lang: str = DEFAULT_LANG) -> str:
    return coded(keys.SCOPE, scope, lang, default=t("scope.unknown", lang))


def body_label(body: str | None, lang: str = DEFAULT_LANG) -> str:
    return coded(keys.BODY, body, lang, default="")


def dropdown_labels(lang: str) -> dict:
    """Texts of dcc.Dropdown's own buttons."""
    return {name: t(key, lang) for name, key in keys.DROPDOWN.items()}


def fmt_timestamp(moment: datetime, lang: str = DEFAULT_LANG) -> str:
    """A moment as the page and the exports write it, always in UTC: '04/12/2026 14:27 UTC' (vi),
    '4 Dec 2026 14:27 UTC' (en). A naive datetime is taken to be UTC already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return f"{fmt_date(moment.date().isoformat(), lang)} {moment:%H:%M} UTC"


def fmt_date(iso: str | None, lang: str = DEFAULT_LANG) -> str:
    """'2023-03-20' → '20/03/2023' (vi) / '20 Mar 2023' (en), by babel; unreadable dates are shown as given."""
    if not iso:
        return ""
    try:
        from datetime import date

        from babel.dates import format_date

        pattern = {"vi": "dd/MM/yyyy", "en": "d MMM yyyy"}[norm_lang(lang)]
        return format_date(date.fromisoformat(str(iso)[:10]), format=pattern, locale=BABEL_LOCALE[norm_lang(lang)])
    except (ValueError, TypeError):
        return str(iso)
