"""exports/formatting.py: numbers, places and values in both languages; the exports' periods and labels are the
page's (etl/period_grammar.py, components/labels.py)."""
import pytest

from components.labels import indicator_label, lower_is_better
from etl.period_grammar import period_label as format_period
from etl.period_grammar import period_sort_key
from exports.formatting import format_number, format_value, lower_first, short_place


@pytest.mark.parametrize("value,vi,en", [
    (62, "62", "62"), (2.5, "2,5", "2.5"), (1234.5, "1.234,5", "1,234.5"), (-2.5, "\u22122,5", "\u22122.5"),
    (3.18, "3,18", "3.18"), (45600, "45.600", "45,600"), (None, "", ""), (float("nan"), "", ""),
])
def test_numbers(value, vi, en):
    assert format_number(value, "vi") == vi
    assert format_number(value, "en") == en


@pytest.mark.parametrize("period,vi,en", [
    ("2023", "năm 2023", "2023"), ("2023-Q1", "quý I/2023", "Q1 2023"), ("2023-H1", "6 tháng đầu năm 2023", "H1 2023"),
    ("2023-9M", "9 tháng năm 2023", "9 months 2023"), ("2020-2025", "nhiệm kỳ 2020–2025", "2020–2025 term"),
    ("latest", "số liệu mới nhất", "latest available"), ("odd", "odd", "odd"), ("2023-H2", "6 tháng cuối năm 2023", "H2 2023"),
])
def test_periods(period, vi, en):
    assert format_period(period, "vi") == vi
    assert format_period(period, "en") == en


def test_period_order_is_chronological():
    periods = ["2020-2025", "2023", "2023-9M", "2022", "2023-Q1", "2023-H1"]
    # a term is cumulative: every dated period is newer for "latest"
    assert sorted(periods, key=period_sort_key) == ["2020-2025", "2022", "2023-Q1", "2023-H1", "2023-9M", "2023"]


def test_places_and_labels():
    assert short_place("Huyện Trà Cú") == "Trà Cú"
    assert short_place("Thành phố Sóc Trăng") == "Sóc Trăng"
    assert short_place("Thị xã Vĩnh Châu") == "Vĩnh Châu"
    assert short_place("Trần Đề") == "Trần Đề"
    assert indicator_label("income_per_capita", "en") == "Income per capita"
    assert indicator_label("poverty_rate", "vi") == "Tỷ lệ hộ nghèo"
    assert indicator_label("not_in_catalogue", "vi") == "not_in_catalogue"
    assert lower_is_better("poverty_rate", "level") and lower_is_better("poverty_rate", "target")
    assert not lower_is_better("poverty_rate", "pct_of_target") and not lower_is_better("income_per_capita")
    assert lower_first("Income per capita") == "income per capita"
    assert lower_first("OCOP products") == "OCOP products"


def test_values_with_units_qualifiers_and_denominators():
    # as the charts write values (components.i18n.fmt_value): non-breaking space before the unit and "%" (vi)
    assert format_value(62, "million VND/person", "vi") == "62\u00a0triệu đồng/người"
    assert format_value(62, "million VND/person", "en") == "62\u00a0million VND/person"
    assert format_value(2.1, "%", "vi") == "2,1\u00a0%"
    assert format_value(2.1, "%", "en") == "2.1%"
    assert format_value(-2.14, "pp", "vi") == "\u22122,14\u00a0điểm %"
    assert format_value(8, "targets", "vi", denominator=18) == "8/18\u00a0chỉ tiêu"
    assert format_value(2.6, "%", "en", qualifier="approx") == "approx. 2.6%"
    assert format_value(58.5, "million VND/person", "vi", qualifier="estimate") == "ước 58,5\u00a0triệu đồng/người"
    assert format_value(None, "%", "vi") == ""
