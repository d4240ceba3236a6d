"""Language classes found on a fifth held-out set of real district reports (paraphrased sentences, not copies)."""
from etl.extract import extract_document

LEAD = "Huyện Nam Giang, tỉnh Quảng Nam tổng kết năm 2024.\n"


def facts(body: str, lead: str = LEAD):
    return extract_document(lead + body, source_id="t").facts


def pick(found, indicator, measure):
    return [f for f in found if f["indicator"] == indicator and f["measure"] == measure]


def test_a_plan_named_only_by_the_body_that_assigned_it():
    found = facts("Tổng thu ngân sách trên địa bàn đạt 900 tỷ đồng, vượt 25,5% so với tỉnh giao.")
    assert [f["value"] for f in pick(found, "budget_revenue", "pct_of_target")] == [125.5]
    found = facts("Thu ngân sách được 80 tỷ đồng, đạt 96% so với huyện giao.")
    assert [f["value"] for f in pick(found, "budget_revenue", "pct_of_target")] == [96]


def test_a_part_after_trong_do_loses_to_the_stated_total():
    found = facts("Thu ngân sách trên địa bàn đạt 500 tỷ đồng; trong đó, thu nội địa 320,55 tỷ đồng.")
    assert [f["value"] for f in pick(found, "budget_revenue", "level")] == [500]
    found = facts("Thu ngân sách nhà nước 410 tỷ đồng. Trong đó: thu nội địa 250,75 tỷ đồng.")
    assert [f["value"] for f in pick(found, "budget_revenue", "level")] == [410]
    assert all("_part" not in f for f in found)


def test_a_trong_do_sentence_lists_parts_of_the_unit_named_before_it():
    body = ("Thu ngân sách của huyện đạt 120 tỷ đồng, đạt 90% dự toán. Cả nước thu ngân sách 1.500.000 tỷ đồng. "
            "Trong đó, thu nội địa 1.300.000 tỷ đồng, đạt 95,5% dự toán và tăng 12% so với cùng kỳ.")
    found = facts(body)
    assert [f["value"] for f in pick(found, "budget_revenue", "level")] == [120]
    assert [f["value"] for f in pick(found, "budget_revenue", "pct_of_target")] == [90]
    assert not pick(found, "budget_revenue", "growth_pct")
