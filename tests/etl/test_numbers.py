"""Vietnamese number forms as they appear in district reports."""
import re

import pytest

from etl.numbers import MONEY_RE, NUMBER_RE, millions_to_billions, money_in_millions, parse_number


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("45.600", 45600),
        ("1,59", 1.59),
        ("3.800.019", 3800019),
        ("106,811", 106.811),
        ("02", 2),
        ("0,5", 0.5),
        ("70,59", 70.59),
        ("1 899", 1899),          # space grouping from web counters
        ("12\u00a0345", 12345),   # non-breaking space grouping
        ("5.1", 5.1),             # English-style decimal seen in web copy: a dot not followed by 3 digits
        ("2023", 2023),
    ],
)
def test_parse_number_reads_vietnamese_forms(raw, expected):
    assert parse_number(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", ["", "abc", "1,2,3"])
def test_parse_number_refuses_non_numbers(raw):
    with pytest.raises(ValueError):
        parse_number(raw)


@pytest.mark.parametrize(
    "text, billions",
    [
        ("39.740 tỷ 200 triệu đồng", 39740.2),
        ("16.817 tỷ 500 triệu đồng", 16817.5),
        ("8.100 tỉ đồng", 8100),
        ("3.800.019 triệu đồng", 3800.019),
        ("106,811 tỷ đồng", 106.811),
        ("1,2 nghìn tỷ đồng", 1200),
        ("2 ngàn tỉ", 2000),
    ],
)
def test_money_amounts_in_billions(text, billions):
    match = MONEY_RE.search(text)
    assert match is not None
    assert millions_to_billions(money_in_millions(match)) == pytest.approx(billions)


def test_per_capita_money_stays_in_millions():
    assert money_in_millions(MONEY_RE.search("đạt 62 triệu đồng/người/năm")) == 62


def test_number_pattern_splits_fractions_and_keeps_grouped_numbers_whole():
    found = [m.group() for m in NUMBER_RE.finditer("7/9 xã, 45.600 tấn, 1,59%, năm 2023")]
    assert found == ["7", "9", "45.600", "1,59", "2023"]



@pytest.mark.parametrize("raw, expected", [
    # read without babel (plain digits, decimal comma, dot groups of three): as babel's strict vi parsing reads them
    ("0", 0.0), ("012", 12.0), ("1,5", 1.5), ("1.234", 1234.0), ("12.345.678", 12345678.0), ("1.234,56", 1234.56),
    # left to babel: a decimal part ending in 0, a lone comma, and the shapes it refuses (then the English decimal)
    ("1.234,50", 1234.5), ("12,", 12.0), (",5", 0.5), ("30.00", 30.0), ("0.5", 0.5), ("1.23", 1.23), ("1.2345", 1.2345),
])
def test_fast_shapes_and_babel_shapes_read_alike(raw, expected):
    from babel.numbers import NumberFormatError, parse_decimal
    assert parse_number(raw) == expected
    try:
        assert float(parse_decimal(raw, locale="vi", strict=True)) == expected
    except NumberFormatError:
        assert raw in ("30.00", "0.5", "1.23", "1.2345")   # babel refuses: the English-decimal fallback read it


def test_a_first_group_with_a_leading_zero_is_no_number():
    with pytest.raises(ValueError):
        parse_number("01.234")
