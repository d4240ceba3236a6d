"""etl/extract/measure.py: the measure of a figure from the words right before (`pre`) and after (`post`) it."""
import pytest

from etl.extract.indicator import KeywordHit
from etl.extract.measure import measure_of, qualifier_before
from etl.extract.quantities import find_quantities
from etl.lexicon import matching_text
from tests.etl.extract.contexts import LEAD, context_of

CTX = context_of(LEAD)


def measure(indicator, pre, figure, post, growth=False):
    text = matching_text(figure)
    [q] = find_quantities(text, 0, len(text))
    found = measure_of(CTX, KeywordHit(0, 0, indicator, growth), indicator, q, matching_text(pre), matching_text(post))
    return None if found is None else found[:3]


@pytest.mark.parametrize("indicator, pre, figure, post, expected", [
    ("budget_revenue", "đạt ", "105%", " dự toán", ("pct_of_target", 105.0, "%")),
    ("budget_revenue", "vượt ", "15%", " dự toán", ("pct_of_target", 115.0, "%")),
    ("budget_revenue", "giảm ", "4%", " so với kế hoạch", ("pct_of_target", 96.0, "%")),
    ("retail_sales", "bằng ", "108%", " so với cùng kỳ", ("growth_pct", 8.0, "%")),
    ("retail_sales", "tăng ", "9,2%", " so với cùng kỳ", ("growth_pct", 9.2, "%")),
    ("poverty_rate", "giảm ", "0,7%", "", ("change", -0.7, "pp")),
    ("poverty_rate", "giảm còn ", "1,2%", "", ("level", 1.2, "%")),
    ("budget_revenue", "đạt ", "797 tỷ đồng", "", ("level", 797.0, "billion VND")),
    ("budget_revenue", "tăng ", "50 tỷ đồng", "", ("change", 50.0, "billion VND")),
    ("budget_revenue", ", KH ", "900 tỷ đồng", "", ("target", 900.0, "billion VND")),
    ("retail_sales", " / ", "1.922 tỷ đồng", "", ("target", 1922.0, "billion VND")),
    ("production_value", "đạt ", "8,5%", "", ("growth_pct", 8.5, "%")),   # a growth phrase: its % is growth
    # a money total over its span said as a bare percentage: its share of the term's target
    ("budget_revenue", " giai đoạn 2015-2020 đạt ", "142%", "", ("pct_of_target", 142.0, "%")),
])
def test_the_words_around_a_figure_give_its_measure(indicator, pre, figure, post, expected):
    growth = indicator == "production_value"
    assert measure(indicator, pre, figure, post, growth=growth) == expected


@pytest.mark.parametrize("indicator, pre, figure, post", [
    ("poverty_rate", "vượt ", "1,31%", " kế hoạch"),     # a gap in points of a rate: no measure holds it
    ("budget_revenue", "đạt ", "12%", ""),               # a share of an amount, of what unsaid
    ("budget_revenue", "chiếm ", "30%", " so với toàn tỉnh"),
])
def test_unsaid_measures_give_no_fact(indicator, pre, figure, post):
    assert measure(indicator, pre, figure, post) is None


def test_the_qualifier_said_before_a_figure_within_its_window():
    text = matching_text("Thu ngân sách đạt gần 800 tỷ đồng")
    assert qualifier_before(text, text.index("800"), 0) == "approx"
    assert qualifier_before(text, text.index("800"), text.index("800")) is None   # window starts at the figure
