"""etl/extract/units.py: the catalogue's unit of an indicator decides which figures fit it and how it is scaled."""
import pytest

from etl.extract.quantities import Quantity
from etl.extract.units import fits, is_rate, level_value, table_value, unit_of


def q(kind, value=1.0, per_area=False):
    return Quantity(0, 1, 0, kind, value, per_area)


def test_units_and_rates_come_from_the_catalogue():
    assert unit_of("poverty_rate") == "%" and is_rate("poverty_rate")
    assert unit_of("budget_revenue") == "billion VND" and not is_rate("budget_revenue")


def test_tonnes_never_go_to_a_money_indicator_and_percentages_fit_any():
    assert not fits("budget_revenue", q("tonnes"))
    assert fits("rice_output", q("tonnes")) and not fits("rice_output", q("money"))
    assert fits("rice_output", q("pct")) and fits("budget_revenue", q("pp"))
    assert fits("", q("tonnes"))   # a quantity outside the catalogue takes any figure


def test_money_per_hectare_is_neither_a_total_nor_an_income():
    assert not fits("budget_revenue", q("money", per_area=True))
    assert not fits("income_per_capita", q("money", per_area=True))
    assert fits("output_per_ha", q("money", per_area=True))


def test_levels_in_the_indicators_unit():
    assert level_value("budget_revenue", q("money", 797_000.0)) == (797.0, "billion VND")
    assert level_value("income_per_capita", q("money", 65.2)) == (65.2, "million VND/person")
    assert level_value("poverty_rate", q("pct", 2.5)) == (2.5, "%")


def test_table_values_scaled_by_the_rows_unit_cell():
    assert table_value("budget_revenue", "nghìn tỷ đồng", 1.2) == (pytest.approx(1200.0), "billion VND")
    assert table_value("budget_revenue", "tỷ đồng", 797) == (797.0, "billion VND")
    assert table_value("budget_revenue", "triệu đồng", 5000) == (pytest.approx(5.0), "billion VND")
    assert table_value("rice_output", "nghìn tấn", 12.5) == (12500.0, "tonnes")
    assert table_value("budget_revenue", "ha", 3) is None
