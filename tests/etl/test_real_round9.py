"""Language classes of the ninth held-out set of real district articles (issue 14).

Every sentence here is a short paraphrase written for the test (names and numbers changed), never a copy of an
article; the articles themselves stay outside the repository (benchmarks/real_eval.py reads them from a folder).
"""
from etl.extract import extract_document
from tests.etl.extract_helpers import facts_after, pick, period_values as values

LEAD = "Huyện Long Phú, tỉnh Sóc Trăng tổng kết năm 2023.\n"


def facts(body: str, lead: str = LEAD, **kwargs):
    if kwargs:
        return extract_document(lead + body, source_id="t", **kwargs).facts
    return facts_after(lead, body)


# --- periods -----------------------------------------------------------------------------------------------------

def test_figures_to_a_day_that_ends_no_quarter_belong_to_no_period_of_the_table():
    # ten months ("đến ngày 31/10") are neither the year nor nine months: no fact, and the year's estimate wins
    found = facts("Thu ngân sách nhà nước đến ngày 31/10/2023 đạt gần 190 tỷ đồng, đạt 105% dự toán tỉnh, giảm 12% so "
                  "cùng kỳ. Ước thu ngân sách nhà nước năm 2023 đạt hơn 220 tỷ đồng, giảm 8,5% so cùng kỳ.")
    assert values(found, "budget_revenue", "level") == [("2023", 220)]
    assert values(found, "budget_revenue", "growth_pct") == [("2023", -8.5)]
    assert pick(found, "budget_revenue", "pct_of_target") == []
    found = facts("Tính đến hết tháng 10/2023, tổng thu ngân sách trên địa bàn đạt 150 tỷ đồng.")
    assert pick(found, "budget_revenue", "level") == []


def test_figures_to_a_quarters_last_day_keep_their_period():
    lead = "Huyện Long Phú, tỉnh Sóc Trăng sơ kết 9 tháng năm 2023.\n"
    found = facts("Tổng thu ngân sách đến ngày 30/9/2023 đạt 160 tỷ đồng.", lead)
    assert values(found, "budget_revenue", "level") == [("2023-9M", 160)]


def test_a_headline_figure_restating_the_body_takes_the_bodys_period():
    lead = "Năm 2023, huyện Long Phú thu ngân sách đạt gần 190 tỷ đồng\n"
    found = facts("Huyện Long Phú, tỉnh Sóc Trăng tổng kết năm 2023. Tổng thu ngân sách nhà nước đến ngày 31/10/2023 "
                  "là gần 190 tỷ đồng. Ước thu ngân sách năm 2023 đạt 220 tỷ đồng.", lead)
    assert values(found, "budget_revenue", "level") == [("2023", 220)]


def test_the_year_of_a_starting_level_never_dates_the_report():
    # "giảm từ 30,2% năm 2023 xuống còn 26,1%": 2023 is where the fall started, not the year of 26,1%
    found = facts("Tỷ lệ hộ nghèo giảm từ 30,2% năm 2023, xuống còn 26,1%.",
                  lead="Chương trình giảm nghèo ở huyện Sốp Cộp\n")
    assert [f for f in pick(found, "poverty_rate", "level") if f["period"] == "2023"] == []


def test_a_sentence_opening_with_hien_is_the_time_of_writing():
    lead = "Huyện Thoại Sơn, tỉnh An Giang đạt chuẩn nông thôn mới\n"
    found = facts("Hiện huyện có 12/12 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo đến cuối năm 2018 còn 2,9%.", lead,
                  published="2019-08-01")
    assert [(f["period"], f["value"], f["denominator"]) for f in pick(found, "ntm_communes", "level")] == [("2019", 12, 12)]
    assert values(found, "poverty_rate", "level") == [("2018", 2.9)]


# --- measures ----------------------------------------------------------------------------------------------------

def test_an_amount_in_brackets_right_after_a_share_of_plan_restates_the_result():
    lead = "Thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu sơ kết 9 tháng năm 2021.\n"
    found = facts("Giá trị sản xuất công nghiệp - TTCN đạt 70,5% kế hoạch (12.400 tỷ đồng), tăng 4,2% so cùng kỳ.", lead)
    assert values(found, "industrial_output", "level") == [("2021-9M", 12400)]
    assert pick(found, "industrial_output", "target") == []
    # the plan's own figure, named inside the brackets, stays a target
    found = facts("Tổng thu ngân sách thực hiện 80 tỷ đồng, bằng 115% dự toán (KH giao 70,5 tỷ đồng).")
    assert [f["value"] for f in pick(found, "budget_revenue", "target")] == [70.5]


def test_economic_growth_said_as_reaching_a_pace():
    found = facts("Kinh tế vẫn tăng trưởng khá đạt tốc độ 5,2%, tổng giá trị sản xuất ước đạt 7.500 tỷ đồng.")
    assert values(found, "production_value", "growth_pct") == [("2023", 5.2)]
    assert values(found, "production_value", "level") == [("2023", 7500)]
    found = facts("Kinh tế duy trì tăng trưởng ổn định, đạt mức 5,2%; tỷ trọng dịch vụ chiếm 40%.")
    assert values(found, "production_value", "growth_pct") == [("2023", 5.2)]


def test_the_report_of_a_second_quarter_heading_its_results_by_the_half_year_is_the_half_years():
    lead = ("Báo cáo tình hình kinh tế - xã hội quý II và nhiệm vụ trọng tâm 6 tháng cuối năm 2019\n"
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2019 CỦA THỊ XÃ HƯƠNG TRÀ:\n")
    found = facts("Tổng mức bán lẻ hàng hóa và dịch vụ đạt 900 tỷ đồng, tăng 5,2% so với cùng kỳ.", lead)
    assert values(found, "retail_sales", "level") == [("2019-H1", 900)]
    # a quarter's report that never says "6 tháng đầu năm" stays the quarter's
    lead = "Báo cáo tình hình kinh tế - xã hội quý II năm 2019 của thị xã Hương Trà\n"
    found = facts("Tổng mức bán lẻ hàng hóa và dịch vụ đạt 450 tỷ đồng.", lead)
    assert values(found, "retail_sales", "level") == [("2019-Q2", 450)]


def test_a_count_of_targets_met_said_with_uoc_is_an_estimate():
    found = facts("Năm 2023, huyện ước thực hiện đạt và vượt 19 chỉ tiêu/22 chỉ tiêu kinh tế - xã hội.")
    assert [(f["value"], f["denominator"], f["qualifier"]) for f in pick(found, "targets_met", "level")] == [(19, 22, "estimate")]
    found = facts("Năm 2023, huyện thực hiện đạt và vượt 19/22 chỉ tiêu kinh tế - xã hội.")
    assert [f["qualifier"] for f in pick(found, "targets_met", "level")] == [None]


def test_the_capital_of_registered_projects_is_no_total_investment():
    found = facts("Có 40 doanh nghiệp đăng ký đầu tư với tổng vốn đầu tư theo dự án khoảng 2.500 tỷ đồng. "
                  "Dự án khu dân cư có tổng vốn đầu tư 300 tỷ đồng.")
    assert pick(found, "investment", "level") == []
    found = facts("Tổng vốn đầu tư phát triển trên địa bàn đạt 3.100 tỷ đồng.")
    assert values(found, "investment", "level") == [("2023", 3100)]


def test_capital_construction_is_no_total_investment():
    found = facts("Tổng vốn đầu tư xây dựng cơ bản đạt 520 tỷ đồng, tăng 8%. Tổng vốn đầu tư XDCB giải ngân 300 tỷ đồng.")
    assert pick(found, "investment", "level") == [] and pick(found, "investment", "growth_pct") == []


# --- places ------------------------------------------------------------------------------------------------------

def test_a_headline_over_several_districts_leaves_the_place_to_the_body():
    text = ("HĐND các huyện Anh Sơn, Con Cuông, Tân Kỳ tổ chức kỳ họp cuối năm\n"
            "Cũng trong ngày 15/12, HĐND huyện Tân Kỳ khai mạc kỳ họp thứ 14. Năm 2020, tổng giá trị sản xuất trên "
            "địa bàn Tân Kỳ đạt 6.100 tỷ đồng.")
    found = extract_document(text, source_id="t").facts
    assert {f["place_id"] for f in found} == {"nghe-an/huyen-tan-ky"}


def test_a_count_in_the_headline_and_again_in_the_body_is_one_fact():
    text = ("Năm 2020, huyện Yên Định có 21/26 chỉ tiêu đạt và vượt kế hoạch\n"
            "Năm 2020, huyện Yên Định, tỉnh Thanh Hóa có 21/26 chỉ tiêu đạt và vượt so Nghị quyết HĐND huyện.")
    found = pick(extract_document(text, source_id="t").facts, "targets_met", "level")
    assert [(f["value"], f["denominator"]) for f in found] == [(21, 26)]


def test_targets_hoped_to_be_met_by_the_years_end_are_not_met():
    found = facts("Năm 2023 có 20 chỉ tiêu đạt và vượt; 05 chỉ tiêu phấn đấu đến cuối năm đạt và vượt; 04 chỉ tiêu không đạt.")
    assert pick(found, "targets_met", "level") == []   # met, hoped for, missed: 20 of a whole of 29 unsaid


def test_a_base_named_by_the_time_of_a_review_is_no_period():
    found = facts("Tỷ lệ hộ nghèo còn 12,1%, giảm 1,5% so với thời điểm rà soát năm 2022; hộ cận nghèo còn 9,4%, giảm "
                  "0,6% so với thời điểm rà soát năm 2022.")
    assert values(found, "near_poverty_rate", "level") == [("2023", 9.4)]
    assert values(found, "poverty_rate", "level") == [("2023", 12.1)]


# --- figures -----------------------------------------------------------------------------------------------------

def test_an_amount_written_in_dong_and_the_balanced_revenue_beside_the_total():
    lead = "Huyện Long Phú, tỉnh Sóc Trăng sơ kết 6 tháng đầu năm 2024.\n"
    found = facts("Tổng thu ngân sách nhà nước đạt 610.450.120.000 đồng (đạt 98,2% dự toán tỉnh giao); thu cân đối "
                  "ngân sách trên địa bàn 35.200.500.000 đồng (đạt 51,3% dự toán tỉnh giao).", lead)
    assert values(found, "budget_revenue", "level") == [("2024-H1", 35.2005)]
    assert values(found, "budget_revenue", "pct_of_target") == [("2024-H1", 51.3)]
    found = facts("Tổng thu ngân sách trên địa bàn đạt 120.500.000.000 đồng.")
    assert values(found, "budget_revenue", "level") == [("2023", 120.5)]
