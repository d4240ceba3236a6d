"""Language classes found on a fourth held-out set of real district reports (paraphrased sentences, not copies)."""
from etl.extract import extract_document
from tests.etl.extract_helpers import facts_after, pick
from etl.periods import document_period, sub_year_period

LEAD = "Huyện Cư Kuin, tỉnh Đắk Lắk tổng kết năm 2021.\n"


def facts(body: str, lead: str = LEAD):
    return facts_after(lead, body)


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


def test_poverty_rate_stated_after_household_counts():
    found = facts("Trong năm giảm 210 hộ nghèo (giảm 4,12%), huyện hiện còn 1.904 hộ nghèo (chiếm 31,5%).")
    assert [f["value"] for f in pick(found, "poverty_rate", "change")] == [-4.12]
    assert [f["value"] for f in pick(found, "poverty_rate", "level")] == [31.5]
    found = facts("Hộ nghèo giảm từ 2.410 hộ, chiếm 9,8% xuống còn 1.990 hộ, chiếm 7,6%.")
    assert [f["value"] for f in pick(found, "poverty_rate", "level")] == [7.6]
    found = facts("Hộ nghèo của huyện dưới 3%.")
    assert [(f["value"], f["qualifier"]) for f in pick(found, "poverty_rate", "level")] == [(3, "under")]
    found = facts("Đến cuối năm, số hộ nghèo, cận nghèo giảm 5,2% so với cuối năm trước.")
    assert [f["value"] for f in pick(found, "poor_near_poor_rate", "change")] == [-5.2]


def test_shapes_of_other_catalogue_indicators():
    assert [f["value"] for f in pick(facts("Có 95% người dân tham gia BHYT."), "health_insurance_coverage", "level")] == [95]
    found = facts("Giá trị thu trên 1 héc-ta đất canh tác đạt 120 triệu đồng.")
    assert [f["value"] for f in pick(found, "output_per_ha", "level")] == [120]
    found = facts("Thu ngân sách được 41 tỷ đồng (khoảng 60%) so dự toán.")
    assert [f["value"] for f in pick(found, "budget_revenue", "pct_of_target")] == [60]
    found = facts("Năm 2021 phát triển 61 đảng viên mới, đạt hơn 110% chỉ tiêu Nghị quyết.")
    assert [f["value"] for f in pick(found, "new_party_members", "level")] == [61]
    assert [(f["value"], f["qualifier"]) for f in pick(found, "new_party_members", "pct_of_target")] == [(110, "over")]
    found = facts("Tổng giá trị sản suất đạt 1.500,5 tỷ đồng, tăng 10,5% so với năm 2020.")   # misspelt "xuất"
    assert [f["value"] for f in pick(found, "production_value", "level")] == [1500.5]
    found = facts("Tổng giá trị sản xuất đạt 4.000 tỷ đồng, tăng 8,1%. Giá trị sản xuất lĩnh vực công nghiệp - xây "
                  "dựng đạt 1.200 tỷ đồng, tăng 9,9% so với cùng kỳ.")
    assert [f["value"] for f in pick(found, "production_value", "growth_pct")] == [8.1]
    # issue 14 §3: industry with construction is a sector of the economy, not the industrial output
    assert pick(found, "industrial_output", "level") == []
    found = facts("Tổng kinh phí đầu tư phát triển toàn xã hội khoảng 900 tỷ đồng.")
    assert [f["value"] for f in pick(found, "investment", "level")] == [900]
    found = facts("Năm 2022, huyện phấn đấu tốc độ giá trị sản xuất đạt 15,5%.")
    assert [(f["value"], f["period"]) for f in pick(found, "production_value", "target")] == [(15.5, "2022")]


def test_exceeding_the_plan_of_a_rate_change_is_no_share_of_plan():
    found = facts("Cuối năm, số hộ nghèo, cận nghèo giảm 4,2% so với cuối năm 2020, vượt 0,7% kế hoạch.")
    assert [f["value"] for f in pick(found, "poor_near_poor_rate", "change")] == [-4.2]
    assert not pick(found, "poor_near_poor_rate", "pct_of_target")


def test_headline_skips_date_banners_section_breadcrumbs_and_page_tools():
    from etl.read import find_published_date, guess_title, remove_boilerplate

    assert guess_title("Thứ bảy, 02/03/2024, 08:10[GMT+7]\n\nHuyện Yên Lập tổ chức kỳ họp cuối năm\n") == \
        "Huyện Yên Lập tổ chức kỳ họp cuối năm"
    assert guess_title("Kinh tế Nông nghiệp – Nông thôn\n\nHuyện Yên Lập: thu ngân sách tăng 9%\n") == \
        "Huyện Yên Lập: thu ngân sách tăng 9%"
    text = remove_boilerplate("Banner trang chủ\n\nBAOPHUTHO.VN trên Google News\n\nHuyện Yên Lập đạt chuẩn nông thôn mới\n")
    assert guess_title(text) == "Huyện Yên Lập đạt chuẩn nông thôn mới"
    assert find_published_date("Tiêu đề bài viết ở đây\n09:15 AM 05/03/2021 In bài viết\nNội dung") == "2021-03-05"
    assert find_published_date("Tiêu đề bài viết ở đây\n07/04/2022 10:05 SA Xem cỡ chữ\nNội dung") == "2022-04-07"


def test_a_paragraph_opened_about_the_province_stays_the_provinces():
    body = ("Trong năm 2021, thu ngân sách trên địa bàn tỉnh vẫn khả quan. Tổng thu đạt 2.900 tỷ đồng; thu nội địa "
            "2.100,5 tỷ đồng, tăng 12,5% so với cùng kỳ.\nThu ngân sách của huyện đạt 45 tỷ đồng.")
    found = pick(facts(body), "budget_revenue", "level")
    assert sorted((f["value"], f["place_type"]) for f in found) == [(45, "district"), (2100.5, "province")]
    # the province named as a yardstick in the first sentence does not take the paragraph
    body = "Cư Kuin là đơn vị đầu tiên của tỉnh về đích sớm. Thu nhập đầu người 50,5 triệu đồng/năm."
    assert [f["place_type"] for f in pick(facts(body), "income_per_capita", "level")] == ["district"]


def test_figures_to_a_quarters_last_day_in_the_lead_are_cumulative():
    text = ("Ia Pa: Thu ngân sách tăng 9%\nTheo UBND huyện, ước tính đến ngày 30-9, diện tích gieo trồng đạt 40 ngàn ha, "
            "tăng 1% so với cùng kỳ năm 2022.")
    assert document_period(text).label == "2023-9M"
    text = "Huyện Ia Pa họp.\nTính đến 30/6, thu ngân sách của huyện đạt 20 tỷ đồng, tăng 3% so với cùng kỳ năm 2022."
    assert document_period(text).label == "2023-H1"


def test_a_five_year_total_in_a_term_review_is_the_terms():
    lead = "Đại hội Đảng bộ huyện Cư Kuin nhìn lại nhiệm kỳ 2015-2020.\nNăm 2020, huyện đạt nhiều kết quả.\n"
    found = facts("Tổng vốn đầu tư phát triển huy động 5 năm đạt 21.500 tỷ đồng.\nKết nạp trên 1.200 đảng viên mới.",
                  lead=lead)
    assert [(f["value"], f["period"]) for f in pick(found, "investment", "level")] == [(21500, "2015-2020")]
    assert [(f["value"], f["qualifier"]) for f in pick(found, "new_party_members", "level")] == [(1200, "over")]


def test_term_targets_listed_with_a_yearly_average_or_a_span_of_years():
    text = ("Đảng bộ huyện Cư Kuin - nhìn lại một nhiệm kỳ\nNăm 2020, huyện Cư Kuin (tỉnh Đắk Lắk) tổ chức Đại hội.\n"
            "CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025 1. Tỷ lệ tăng thu ngân sách bình quân hàng năm: 11%. "
            "2. Tổng số doanh nghiệp mới được thành lập thời kỳ 2021-2025: 80 doanh nghiệp.")
    found = extract_document(text, source_id="t").facts
    assert [(f["value"], f["period"]) for f in pick(found, "budget_revenue", "target")] == [(11, "2020-2025")]
    assert [(f["value"], f["period"]) for f in pick(found, "new_enterprises", "target")] == [(80, "2020-2025")]
    # "hàng năm 12%" is no typo year "năm 12"
    assert not [w for w in extract_document(LEAD + "Thu ngân sách tăng bình quân hàng năm 12%.", source_id="t").warnings
                if "cannot be one" in w]


def test_hard_wrapped_lines_are_joined_before_offsets_are_taken():
    from etl.read import normalise_text

    raw = ("Huyện Cư Kuin tổng kết năm 2021\n\nNăm 2021, huyện đạt và vượt 15 trong tổng số 17 chỉ tiêu chủ yếu của\n"
           "Nghị quyết năm 2021. Thu ngân sách đạt 130 tỷ đồng, các xã, thị\ntrấn đều hoàn thành dự toán.\n"
           "Dòng một của bài\nDòng hai của bài\nKỳ họp HĐND huyện Cư Kuin\ndate 2021-12")
    text = normalise_text(raw)
    assert "chủ yếu của Nghị quyết năm 2021." in text
    assert "các xã, thị trấn đều" in text
    assert "Dòng một của bài\nDòng hai của bài\nKỳ họp HĐND huyện Cư Kuin\ndate 2021-12" in text
    found = extract_document(text, source_id="t").facts
    for f in found:
        assert text[f["char_start"]:f["char_end"]] == f["quote"]
    assert [f["value"] for f in pick(found, "budget_revenue", "level")] == [130]
