"""etl/extract/figures.py: prose figures, clause by clause: a figure goes to the indicator named before it in its
clause whose unit fits it."""
from etl.extract.figures import quantity_facts
from etl.extract.indicator import find_keywords
from tests.etl.extract.contexts import LEAD, context_of


def figures(body):
    ctx = context_of(LEAD + body)
    return [(f["indicator"], f["measure"], f["value"], f["unit"])
            for f in quantity_facts(ctx, find_keywords(ctx.folded, ctx.spans), ctx.spans)]


def test_each_figure_of_a_clause_to_its_indicator():
    assert figures("Thu ngân sách trên địa bàn đạt 797 tỷ đồng, tăng 12% so với cùng kỳ.") == [
        ("budget_revenue", "level", 797.0, "billion VND"), ("budget_revenue", "growth_pct", 12.0, "%")]


def test_the_nearest_indicator_whose_unit_fits_wins():
    found = figures("Sản lượng lúa và thu ngân sách tăng, thu ngân sách đạt 797 tỷ đồng, sản lượng lúa 60.000 tấn.")
    assert ("budget_revenue", "level", 797.0, "billion VND") in found
    assert ("rice_output", "level", 60000.0, "tonnes") in found
    assert not [f for f in found if f[0] == "budget_revenue" and f[3] == "tonnes"]


def test_a_figure_without_an_indicator_named_before_it_gives_nothing():
    assert figures("Năm nay có nhiều khó khăn, đạt 797 tỷ đồng.") == []


def test_a_range_is_no_figure():
    assert not [f for f in figures("Thu nhập bình quân đầu người tăng 9 - 10%.") if f[2] in (9.0, 10.0)]
