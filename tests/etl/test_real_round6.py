"""Language classes found on a sixth held-out set of real district reports (paraphrased sentences, not copies)."""
from tests.etl.extract_helpers import facts_after, pick

LEAD = "Huyện Phú Ninh, tỉnh Quảng Nam tổng kết năm 2020.\n"


def facts(body: str, lead: str = LEAD):
    return facts_after(lead, body)


def test_a_sector_named_in_a_trong_do_sentence_never_beats_the_whole_before_it():
    body = ("Tổng giá trị sản xuất của huyện ước đạt 5.100 tỷ đồng, tăng 9% so với cùng kỳ. Trong đó, ngành nông "
            "nghiệp do thời tiết bất lợi nên tổng giá trị sản xuất chỉ đạt 1.200,5 tỷ đồng; dịch vụ đạt 900 tỷ đồng.")
    found = facts(body)
    assert [f["value"] for f in pick(found, "production_value", "level")] == [5100]


def test_a_plan_without_a_year_takes_the_later_year_that_opens_its_paragraph():
    body = ("Năm 2021, huyện phấn đấu thu nhập bình quân đầu người đạt 50 triệu đồng. Đồng thời phấn đấu "
            "không còn hộ nghèo; giảm tỷ lệ hộ cận nghèo còn dưới 2,1%.")
    found = facts(body)
    assert [(f["value"], f["period"]) for f in pick(found, "near_poverty_rate", "target")] == [(2.1, "2021")]


def test_capital_raised_for_development_investment_is_the_total_investment():
    found = facts("Các nguồn vốn huy động để đầu tư phát triển ước đạt 4.200 tỷ đồng, tăng 12,5% so với cùng kỳ.")
    assert [f["value"] for f in pick(found, "investment", "level")] == [4200]
    assert [f["value"] for f in pick(found, "investment", "growth_pct")] == [12.5]
