"""etl/period_grammar.py: the period strings of the facts table — kinds, order, labels, terms."""
import pytest

from etl.period_grammar import (LATEST, latest_period, period_kind, period_label, period_sort_key,
                                term_for_year)


@pytest.mark.parametrize("period, kind", [
    ("2023", "year"), ("2023-Q1", "quarter"), ("2023-H2", "half_year"), ("2023-9M", "nine_months"),
    ("2020-2025", "term"), ("2023-Q5", None), ("năm 2023", None), (None, None), (2023, "year"),
])
def test_kinds(period, kind):
    assert period_kind(period) == kind


def test_order_later_end_is_newer_a_year_beats_its_parts_and_terms_rank_below_dated_periods():
    periods = ["2020-2025", "2023-Q3", "2023", "2022", "2023-H1"]
    assert sorted(periods, key=period_sort_key) == ["2020-2025", "2022", "2023-H1", "2023-Q3", "2023"]
    assert period_sort_key("2023-9M") > period_sort_key("2023-H1") and period_sort_key("2023-9M") < period_sort_key("2023")
    assert latest_period(periods) == "2023"
    assert latest_period(["2020-2025", "bad"]) == "2020-2025"
    assert latest_period(["bad"]) is None


@pytest.mark.parametrize("period, vi, en", [
    ("2023", "năm 2023", "2023"), ("2023-Q1", "quý I/2023", "Q1 2023"), ("2023-H1", "6 tháng đầu năm 2023", "H1 2023"),
    ("2023-9M", "9 tháng năm 2023", "9 months 2023"), ("2020-2025", "nhiệm kỳ 2020–2025", "2020–2025 term"),
    (LATEST, "số liệu mới nhất", "latest available"),
])
def test_labels_in_both_languages(period, vi, en):
    assert (period_label(period, "vi"), period_label(period, "en")) == (vi, en)


def test_bare_years_and_unknown_spellings():
    assert period_label("2023", "vi", bare=True) == "2023"
    assert period_label("sometime", "en") == "sometime"


@pytest.mark.parametrize("year, term", [(2016, "2015-2020"), (2020, "2015-2020"), (2021, "2020-2025"),
                                        (2026, "2025-2030")])
def test_the_term_of_a_report_year(year, term):
    assert term_for_year(year) == term
