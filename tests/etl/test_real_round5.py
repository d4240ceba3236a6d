"""Language classes found on a fifth held-out set of real district reports (paraphrased sentences, not copies)."""
from etl.extract import extract_document
from tests.etl.extract_helpers import facts_after, pick

LEAD = "Huyện Nam Giang, tỉnh Quảng Nam tổng kết năm 2024.\n"


def facts(body: str, lead: str = LEAD):
    return facts_after(lead, body)


def test_a_plan_named_only_by_the_body_that_assigned_it():
    found = facts("Tổng thu ngân sách trên địa bàn đạt 900 tỷ đồng, vượt 25,5% so với tỉnh giao.")
    assert [f["value"] for f in pick(found, "budget_revenue", "pct_of_target")] == [125.5]
    found = facts("Thu ngân sách được 80 tỷ đồng, đạt 96% so với huyện giao.")
    assert [f["value"] for f in pick(found, "budget_revenue", "pct_of_target")] == [96]


def test_a_part_after_trong_do_loses_to_the_stated_total():
    found = facts("Thu ngân sách trên địa bàn đạt 500 tỷ đồng; trong đó, thu nội địa 320,55 tỷ đồng.")
    assert [f["value"] for f in pick(found, "budget_revenue", "level")] == [500]
    found = facts("Thu ngân sách trên địa bàn 410 tỷ đồng. Trong đó: thu nội địa 250,75 tỷ đồng.")
    assert [f["value"] for f in pick(found, "budget_revenue", "level")] == [410]
    assert all("_part" not in f for f in found)


def test_revenue_collected_in_the_district_wins_over_an_all_sources_total():
    # the all-sources total counts transfers from the budgets above; budget_revenue is what the district collects
    found = facts("Tổng thu ngân sách nhà nước hơn 700 tỷ đồng, đạt 180% kế hoạch; trong đó thu nội địa 40 tỷ đồng, đạt 130,5% kế hoạch.")
    assert [f["value"] for f in pick(found, "budget_revenue", "level")] == [40]
    assert [f["value"] for f in pick(found, "budget_revenue", "pct_of_target")] == [130.5]


def test_a_trong_do_sentence_lists_parts_of_the_unit_named_before_it():
    body = ("Thu ngân sách của huyện đạt 120 tỷ đồng, đạt 90% dự toán. Cả nước thu ngân sách 1.500.000 tỷ đồng. "
            "Trong đó, thu nội địa 1.300.000 tỷ đồng, đạt 95,5% dự toán và tăng 12% so với cùng kỳ.")
    found = facts(body)
    assert [f["value"] for f in pick(found, "budget_revenue", "level")] == [120]
    assert [f["value"] for f in pick(found, "budget_revenue", "pct_of_target")] == [90]
    assert not pick(found, "budget_revenue", "growth_pct")


def test_a_past_term_named_at_the_paragraph_head_dates_its_averages_and_changes():
    lead = "Đại hội Đảng bộ huyện Châu Đức lần thứ VI, nhiệm kỳ 2020-2025 khai mạc.\n"
    body = ("Nhiệm kỳ qua, dù còn khó khăn, huyện đã đạt nhiều kết quả. Thu ngân sách tăng bình quân 11,5%/năm; "
            "giá trị sản xuất tăng bình quân 9,2%/năm.")
    found = extract_document(lead + body, source_id="t", published="2020-07-10").facts
    assert [(f["value"], f["period"]) for f in pick(found, "budget_revenue", "growth_pct")] == [(11.5, "2015-2020")]
    assert [(f["value"], f["period"]) for f in pick(found, "production_value", "growth_pct")] == [(9.2, "2015-2020")]


def test_a_heading_over_five_years_of_results_dates_a_growth_below_it_to_the_term():
    body = "Kết quả 5 năm 2016 - 2020\nThu ngân sách trên địa bàn tăng 18,5% so với đầu nhiệm kỳ, đạt 2.400 tỷ đồng."
    found = facts(body, lead="Huyện Châu Đức tổng kết nhiệm kỳ.\n")
    assert [(f["value"], f["period"]) for f in pick(found, "budget_revenue", "growth_pct")] == [(18.5, "2015-2020")]


def test_industrial_value_named_by_its_sector_without_the_word_production():
    found = facts("Giá trị ngành công nghiệp – tiểu thủ công nghiệp 410 tỷ đồng, tăng 8,5% so với cùng kỳ.")
    assert [f["value"] for f in pick(found, "industrial_output", "level")] == [410]
    assert [f["value"] for f in pick(found, "industrial_output", "growth_pct")] == [8.5]
