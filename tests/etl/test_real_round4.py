"""Language classes found on a fourth held-out set of real district reports (paraphrased sentences, not copies)."""
from etl.extract import extract_document
from etl.periods import document_period, sub_year_period

LEAD = "Huyện Cư Kuin, tỉnh Đắk Lắk tổng kết năm 2021.\n"


def facts(body: str, lead: str = LEAD):
    return extract_document(lead + body, source_id="t").facts


def pick(found, indicator, measure):
    return [f for f in found if f["indicator"] == indicator and f["measure"] == measure]


def test_month_counts_written_with_a_leading_zero_or_in_words():
    assert sub_year_period("Trong 03 tháng đầu năm 2023, huyện thu được 30 tỷ đồng").label == "2023-Q1"
    assert sub_year_period("Sáu tháng đầu năm 2015, kinh tế chuyển biến").label == "2015-H1"
    assert sub_year_period("kết quả 09 tháng năm 2022").label == "2022-9M"
    text = "Huyện ủy Phú Lộc họp.\nSáu tháng đầu năm 2015, tình hình kinh tế - xã hội của huyện chuyển biến tích cực."
    assert document_period(text).label == "2015-H1"


def test_the_plan_figure_in_brackets_or_after_a_slash_is_a_target_not_a_level():
    found = facts("Tổng thu ngân sách thực hiện 80 tỷ đồng, bằng 115% dự toán (KH giao 70,5 tỷ đồng).")
    assert [f["value"] for f in pick(found, "budget_revenue", "level")] == [80]
    assert [f["value"] for f in pick(found, "budget_revenue", "target")] == [70.5]
    found = facts("Thu ngân sách địa phương là 140,2 tỷ đồng (Nghị quyết là 120 tỷ đồng), đạt 116,8% kế hoạch.")
    assert [f["value"] for f in pick(found, "budget_revenue", "level")] == [140.2]
    assert [f["value"] for f in pick(found, "budget_revenue", "target")] == [120]
    found = facts("Tốc độ tăng giá trị sản xuất ước đạt 12,05%/kế hoạch (KH) 12%.")
    assert [f["value"] for f in pick(found, "production_value", "growth_pct")] == [12.05]
    target = pick(found, "production_value", "target")
    assert [(f["value"], f["qualifier"]) for f in target] == [(12, None)]   # the plan is not estimated
    assert not [w for w in extract_document(LEAD + "Tốc độ tăng giá trị sản xuất ước đạt 12,05%/kế hoạch (KH) 12%.",
                                            source_id="t").warnings if "conflict" in w]


def test_a_ratio_to_last_year_after_a_share_of_the_plan_is_growth():
    found = facts("Thu ngân sách đạt 90 tỷ đồng, đạt 120% so với kế hoạch và bằng 103,5% so với cùng kỳ.")
    assert [f["value"] for f in pick(found, "budget_revenue", "pct_of_target")] == [120]
    assert [f["value"] for f in pick(found, "budget_revenue", "growth_pct")] == [3.5]


def test_estimate_opening_the_clause_and_approx_inside_an_estimate():
    found = facts("Ước thu ngân sách năm 2021 được 95 tỷ đồng.")
    assert [(f["value"], f["qualifier"]) for f in pick(found, "budget_revenue", "level")] == [(95, "estimate")]
    found = facts("Thu ngân sách ước đạt gần 175% dự toán.")
    assert [(f["value"], f["qualifier"]) for f in pick(found, "budget_revenue", "pct_of_target")] == [(175, "approx")]
