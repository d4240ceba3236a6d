"""Numbers and amounts as Vietnamese writes them: `45.600` = 45600, `1,59` = 1.59, `39.740 tỷ 200 triệu đồng`.

Vietnamese uses `.` for thousands and `,` for decimals; babel's `vi` locale knows that, so strict
parsing goes through it. Web text also carries English-style decimals (`5.1%`) and space grouping
(`1 899`); those are read as the only sensible alternative when strict parsing refuses them.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from babel.numbers import NumberFormatError, parse_decimal

# One number: 1.234.567,89 | 1 234 567 | 1234,5 | 5.1 | 02. Spaces/NBSP as thousands separators only in groups of 3.
NUMBER_PATTERN = r"(?<![\d.,])\d{1,3}(?:(?:\.\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:,\d+)?(?![\d])|(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])"
NUMBER_RE = re.compile(NUMBER_PATTERN)

_SPACES = re.compile(r"[ \u00a0\u202f]")


# The shapes babel's strict `vi` parsing accepts as they are, read without it (a babel call costs ~94 µs, most of
# it re-formatting the number to check its grouping): plain digits, a decimal comma, and dot groups of three after a
# first group without a leading zero (a decimal part ending in 0 is left to babel, which has its own rule for it).
_PLAIN_RE = re.compile(r"\d+(?:,\d+)?")
_GROUPED_RE = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d*[1-9])?")


@lru_cache(maxsize=4096)
def parse_number(raw: str) -> float:
    """Parse one Vietnamese-formatted number; raise ValueError when it is not one."""
    compact = _SPACES.sub("", raw.strip())
    if not compact:
        raise ValueError("empty number")
    if _PLAIN_RE.fullmatch(compact) or _GROUPED_RE.fullmatch(compact):
        return float(Decimal(compact.replace(".", "").replace(",", ".")))
    try:
        return float(parse_decimal(compact, locale="vi", strict=True))
    except NumberFormatError:
        pass
    # `5.1`, `12.34`: a dot followed by other than 3 digits cannot be Vietnamese grouping → decimal point.
    if re.fullmatch(r"\d+\.\d{1,2}|\d+\.\d{4,}", compact):
        return float(Decimal(compact))
    raise ValueError(f"not a Vietnamese number: {raw!r}")


# Money: "39.740 tỷ 200 triệu đồng", "8.100 tỉ đồng", "1,2 nghìn tỷ", "246 triệu đồng", "3.800.019 triệu đồng".
_N = r"(?:\d{1,3}(?:(?:\.\d{3})+|(?:[ \u00a0]\d{3})+)(?:,\d+)?|\d+(?:[.,]\d+)?)"
MONEY_PATTERN = (
    rf"(?P<big>{_N})\s*(?P<big_unit>nghìn\s+tỷ|ngàn\s+tỷ|nghìn\s+tỉ|ngàn\s+tỉ|tỷ|tỉ)"
    rf"(?:\s+(?P<small>{_N})\s*triệu)?"
    rf"|(?P<million>{_N})\s*(?:triệu|tr\.?\s?đ\b|trđ\b)"
    # "832.270.966.973 đồng": a whole amount written in đồng (a million or more, every group of three written)
    r"|(?P<dong>\d{1,3}(?:\.\d{3}){2,})\s*(?:đồng|VNĐ|VND)\b"
)
MONEY_RE = re.compile(MONEY_PATTERN)

_BILLION_SCALE = {"tỷ": 1_000.0, "tỉ": 1_000.0}


def money_in_millions(match: re.Match) -> float:
    """Value of a MONEY_RE match in million VND (exact for the forms reports use)."""
    if match.group("big") is not None:
        unit = re.sub(r"\s+", " ", match.group("big_unit"))
        scale = 1_000_000.0 if unit.startswith(("nghìn", "ngàn")) else _BILLION_SCALE[unit]
        # Compute in Decimal so 39.740 tỷ 200 triệu is exactly 39740200 million.
        total = Decimal(str(parse_number(match.group("big")))) * Decimal(str(scale))
        if match.group("small") is not None:
            total += Decimal(str(parse_number(match.group("small"))))
        return float(total)
    if match.group("dong") is not None:
        return float(Decimal(match.group("dong").replace(".", "")) / Decimal(1_000_000))
    return parse_number(match.group("million"))


def millions_to_billions(value_in_millions: float) -> float:
    return float(Decimal(str(value_in_millions)) / Decimal(1000))
