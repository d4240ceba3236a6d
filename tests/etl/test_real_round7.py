"""Language classes of issue 14 §3 and of the seventh held-out set of real district articles.

Every sentence here is a short paraphrase written for the test (names and numbers changed), never a copy of an
article; the articles themselves stay outside the repository (benchmarks/real_eval.py reads them from a folder).
"""
from etl.extract import extract_document
from tests.etl.extract_helpers import facts_after, pick

LEAD = "Huyện Hữu Lũng, tỉnh Lạng Sơn tổng kết năm 2022.\n"


def facts(body: str, lead: str = LEAD):
    return facts_after(lead, body)


def values(found, indicator, measure):
    return [f["value"] for f in pick(found, indicator, measure)]


# --- periods -----------------------------------------------------------------------------------------------------

def test_a_yearly_average_over_a_named_term_is_that_terms_growth():
    lead = "Đại hội đại biểu Đảng bộ huyện Hữu Lũng, tỉnh Lạng Sơn nhiệm kỳ 2020 - 2025.\n"
    found = facts("Nổi bật, tốc độ tăng giá trị sản xuất giai đoạn 2015 - 2020 ước tăng bình quân 9,5%.", lead)
    assert [(f["value"], f["period"]) for f in pick(found, "production_value", "growth_pct")] == [(9.5, "2015-2020")]


def test_a_yearly_average_over_half_a_term_is_not_one_years_growth():
    lead = "Huyện ủy Hữu Lũng sơ kết giữa nhiệm kỳ 2015 - 2020.\n"
    found = facts("Trong nửa nhiệm kỳ qua, tốc độ tăng trưởng kinh tế hằng năm đạt 9%; thu nhập bình quân đầu "
                  "người năm 2017 ước đạt 21 triệu đồng.", lead)
    assert pick(found, "production_value", "growth_pct") == []
    assert values(found, "income_per_capita", "level") == [21]


def test_a_period_named_at_the_head_of_a_review_governs_the_paragraphs_after_it():
    lead = "Huyện Hữu Lũng, tỉnh Lạng Sơn sơ kết 9 tháng năm 2023.\n"
    found = facts("Trong 9 tháng đầu năm 2023, kinh tế của huyện tiếp tục phát triển.\n\n"
                  "Thu ngân sách trên địa bàn đạt 310 tỷ đồng, đạt 81% dự toán.", lead)
    assert [f["period"] for f in pick(found, "budget_revenue", "level")] == ["2023-9M"]


def test_a_comparison_base_never_becomes_the_figures_year():
    found = facts("Năm 2022, thu nhập bình quân đầu người đạt 58 triệu đồng, gấp 3 lần so với năm 2011.")
    assert [f["period"] for f in pick(found, "income_per_capita", "level")] == ["2022"]


def test_elliptical_clauses_keep_the_indicator_and_take_their_own_year():
    found = facts("Tổng giá trị sản xuất của huyện năm 2021 đạt 7.900 tỷ đồng, ước năm 2022 đạt 8.600 tỷ đồng.")
    got = sorted((f["period"], f["value"]) for f in pick(found, "production_value", "level"))
    assert got == [("2021", 7900), ("2022", 8600)]


def test_a_years_growth_after_a_semicolon_keeps_the_indicator_of_the_term_average_before_it():
    found = facts("Giai đoạn 2016 - 2021 tốc độ tăng giá trị sản xuất bình quân hàng năm đạt 7 %/năm; năm 2022 đạt "
                  "8,4% (trong đó: dịch vụ tăng 11,2%).")
    got = [(f["period"], f["value"]) for f in pick(found, "production_value", "growth_pct")]
    assert ("2022", 8.4) in got and 11.2 not in [v for _, v in got]


# --- measures and indicators ------------------------------------------------------------------------------------

def test_an_estimate_frames_every_figure_of_its_clause():
    lead = "Huyện Hữu Lũng, tỉnh Lạng Sơn đánh giá 9 tháng năm 2019.\n"
    found = facts("9 tháng đầu năm, tổng giá trị sản xuất của huyện Hữu Lũng ước đạt 5.100 tỷ đồng, đạt 70,2% kế "
                  "hoạch năm, tăng 9,3% so với cùng kỳ năm 2018.", lead)
    assert [f["qualifier"] for f in pick(found, "production_value", "growth_pct")] == ["estimate"]


def test_an_index_against_a_named_or_the_previous_year_is_growth():
    found = facts("Thu nhập bình quân đầu người đạt 52 triệu đồng, bằng 97,5% kế hoạch năm và bằng 110,5% so với "
                  "năm 2021. Thu ngân sách đạt 120 tỷ đồng, bằng 108,44% so với năm 2021.")
    assert values(found, "income_per_capita", "growth_pct") == [10.5]
    assert values(found, "budget_revenue", "growth_pct") == [8.44]


def test_the_speed_of_economic_development_is_economic_growth():
    found = facts("Có 28/30 chỉ tiêu đạt và vượt kế hoạch, đưa tốc độ phát triển kinh tế đạt 7,6%.")
    assert values(found, "production_value", "growth_pct") == [7.6]


def test_reaching_goals_in_a_results_sentence_is_not_a_plan():
    found = facts("Năm 2022, huyện đã hoàn thành nhiều mục tiêu quan trọng, trong đó tăng trưởng kinh tế đạt gần 11%.")
    assert pick(found, "production_value", "target") == []
    assert [(f["value"], f["qualifier"]) for f in pick(found, "production_value", "growth_pct")] == [(11, "approx")]


def test_a_share_of_plan_after_an_area_or_a_herd_is_not_the_indicators():
    found = facts("Tổng đàn gia súc đạt 98.000 con (101% kế hoạch); diện tích nuôi trồng thủy sản 55 ha (102% kế "
                  "hoạch); sản lượng nuôi trồng thủy sản đạt 1.200 tấn, đạt 104% kế hoạch.")
    assert values(found, "aquaculture_output", "pct_of_target") == [104]


def test_a_value_written_over_its_plan_and_a_share_glued_to_nq():
    found = facts("Có 03 chỉ tiêu không đạt gồm: doanh thu bán lẻ hàng hoá 1.500 tỷ đồng/1.700 tỷ đồng, đạt 88,2%NQ; "
                  "tỷ lệ dân số tham gia BHYT: ước thực hiện 85%, đạt 92%NQ.")
    assert values(found, "retail_sales", "level") == [1500]
    assert values(found, "retail_sales", "target") == [1700]
    assert values(found, "retail_sales", "pct_of_target") == [88.2]
    assert values(found, "health_insurance_coverage", "level") == [85]


def test_rice_output_named_as_the_harvest():
    found = facts("Vụ mùa năm 2022, tổng sản lượng thu hoạch lúa năm 2022 đạt 88.500 tấn.")
    assert values(found, "rice_output", "level") == [88500]


def test_output_per_hectare_without_a_per_one_hectare_phrase():
    found = facts("Giá trị sản xuất nông nghiệp đạt 150 triệu đồng/ha, tăng 8 triệu đồng so với năm 2021.")
    assert values(found, "output_per_ha", "level") == [150]


def test_industry_with_construction_is_not_industrial_output():
    found = facts("Giá trị sản xuất công nghiệp - xây dựng đạt 3.200 tỷ đồng; công nghiệp, xây dựng cơ bản đạt "
                  "5.100 tỷ đồng, tăng 20% so với cùng kỳ.")
    assert pick(found, "industrial_output", "level") == []


def test_an_average_growth_target_is_a_growth_target_in_percent():
    found = facts("Năm 2023, phấn đấu tổng giá trị sản xuất tăng bình quân 12%/năm.")
    assert [(f["value"], f["unit"]) for f in pick(found, "production_value", "target")] == [(12, "%")]


def test_income_stated_for_the_rural_areas_is_rural_income():
    found = facts("Thu nhập bình quân đầu người khu vực nông thôn đạt 45 triệu đồng.")
    assert values(found, "rural_income_per_capita", "level") == [45]
    assert pick(found, "income_per_capita", "level") == []


# --- shares of households -------------------------------------------------------------------------------------------

def test_a_share_of_households_after_a_count_in_both_directions():
    lead = "Huyện Hữu Lũng, tỉnh Lạng Sơn, ngày 03/11/2023.\n"
    found = facts("Giai đoạn 2021 - 2023, số hộ nghèo của huyện đã giảm từ 3.100 hộ, chiếm 9,8% xuống còn 2.500 "
                  "hộ, chiếm 7,9%. Hộ cận nghèo của huyện là 3.000 hộ, tỷ lệ 9,1%.", lead)
    assert 7.9 in values(found, "poverty_rate", "level")
    assert values(found, "near_poverty_rate", "level") == [9.1]


def test_a_rate_after_a_count_of_poor_households_in_brackets():
    found = facts("Hộ nghèo còn 640 hộ (đạt tỷ lệ 9,2%, giảm 5,1% so với cùng kỳ).")
    assert values(found, "poverty_rate", "level") == [9.2]


def test_a_commune_range_is_not_the_districts_rate():
    found = facts("Tỷ lệ hộ nghèo toàn huyện còn 2,8%; 6 xã có tỷ lệ hộ nghèo từ 2% đến 3,44%.")
    assert values(found, "poverty_rate", "level") == [2.8]


# --- counts -------------------------------------------------------------------------------------------------------

def test_targets_met_and_missed_counted_apart_make_the_whole_set():
    found = facts("Huyện có 18 chỉ tiêu đạt và vượt kế hoạch đề ra. Bên cạnh đó, trong năm còn 02 chỉ tiêu không đạt "
                  "gồm trồng rừng và lao động.")
    assert [(f["value"], f["denominator"]) for f in pick(found, "targets_met", "level")] == [(18, 20)]


def test_communes_counted_with_their_names_between_number_and_status():
    found = facts("Toàn huyện đã có 4 xã là: Hòa Lạc, Tân Thành, Minh Sơn và Yên Vượng đạt chuẩn nông thôn mới; "
                  "2 xã Đồng Tân và Vân Nham đạt chuẩn nông thôn mới nâng cao.")
    assert values(found, "ntm_communes", "level") == [4]
    assert values(found, "ntm_advanced_communes", "level") == [2]


def test_two_target_sets_after_a_semicolon_are_both_recorded():
    found = facts("Năm 2022, huyện đạt 24/30 chỉ tiêu tỉnh giao; 19/22 chỉ tiêu huyện giao.")
    got = sorted((f["value"], f["denominator"]) for f in pick(found, "targets_met", "level"))
    assert got == [(19, 22), (24, 30)]


# --- places -------------------------------------------------------------------------------------------------------

def test_an_apposition_names_where_the_district_lies_not_whose_figure_it_is():
    lead = "Kết quả giảm nghèo năm 2022.\n"
    found = facts("Năm 2022, huyện Long Phú, tỉnh Sóc Trăng có tỷ lệ hộ nghèo giảm còn 2,5%.", lead)
    assert [f["place_id"] for f in pick(found, "poverty_rate", "level")] == ["soc-trang/huyen-long-phu"]


def test_targets_met_written_as_parts_of_a_stated_whole():
    found = facts("Trong tổng số 28 chỉ tiêu, có 17 chỉ tiêu vượt, 10 chỉ tiêu đạt kế hoạch đề ra.")
    assert [(f["value"], f["denominator"]) for f in pick(found, "targets_met", "level")] == [(27, 28)]


def test_targets_not_met_out_of_a_stated_whole():
    found = facts("Năm 2022, còn 2/27 chỉ tiêu chưa đạt kế hoạch, là trồng rừng và thu ngân sách.")
    assert [(f["value"], f["denominator"]) for f in pick(found, "targets_met", "level")] == [(25, 27)]


def test_a_headline_and_its_body_state_the_targets_met_once_and_the_missed_come_later():
    lead = "Hữu Lũng có 26 chỉ tiêu phát triển kinh tế đạt và vượt kế hoạch\n\n"
    found = facts("Năm 2022, huyện Hữu Lũng có 26 chỉ tiêu phát triển kinh tế đạt và vượt kế hoạch đề ra.\n\n"
                  "Ảnh: toàn cảnh huyện.\n\nBên cạnh đó, huyện còn 04 chỉ tiêu không đạt gồm trồng rừng và lao động.", lead)
    assert [(f["value"], f["denominator"]) for f in pick(found, "targets_met", "level")] == [(26, 30)]


# --- more classes of issue 14 §3 ------------------------------------------------------------------------------------

def test_a_projection_whose_subject_points_back_belongs_to_the_indicator_before():
    found = facts("Tỷ lệ hộ nghèo còn 3,1%. Tỷ lệ này phấn đấu giảm xuống dưới 2% vào cuối năm 2023.")
    assert [(f["value"], f["period"], f["qualifier"]) for f in pick(found, "poverty_rate", "target")] == [(2, "2023", "under")]
    assert values(found, "poverty_rate", "level") == [3.1]


def test_a_change_written_before_the_rates_name_is_a_change_of_the_rate():
    found = facts("Công tác an sinh xã hội được quan tâm, trong năm giảm 0,63% tỷ lệ hộ nghèo.")
    assert [(f["value"], f["unit"]) for f in pick(found, "poverty_rate", "change")] == [(-0.63, "pp")]


def test_a_decimal_written_with_a_space_after_its_comma():
    found = facts("Tỷ lệ hộ nghèo giảm còn 11, 48%.")
    assert values(found, "poverty_rate", "level") == [11.48]


def test_a_list_of_the_main_targets_named_with_their_kind_is_a_plan():
    lead = "Huyện Hữu Lũng, tỉnh Lạng Sơn, ngày 20/12/2023.\n"
    found = facts("Các chỉ tiêu kinh tế-xã hội chủ yếu năm 2024 là: Tốc độ tăng trưởng giá trị sản xuất đạt 9,5% trở "
                  "lên, tổng giá trị sản xuất đạt 8.900 tỷ đồng.", lead)
    got = sorted((f["value"], f["unit"], f["period"]) for f in pick(found, "production_value", "target"))
    assert got == [(9.5, "%", "2024"), (8900, "billion VND", "2024")]
    assert pick(found, "production_value", "level") == [] and pick(found, "production_value", "growth_pct") == []


def test_a_horizon_named_by_an_earlier_item_of_a_plan_list_dates_the_items_after_it():
    text = ("Huyện Hữu Lũng, tỉnh Lạng Sơn tổ chức Đại hội Đảng bộ huyện lần thứ XXIII.\n"
            "Trong nhiệm kỳ 2015-2020, huyện đã thực hiện đạt và vượt 20/22 chỉ tiêu Nghị quyết.\n\n"
            "Nhiệm kỳ mới, Đảng bộ huyện đề ra 20 chỉ tiêu chủ yếu. Trong đó phấn đấu tăng trưởng đạt 9 - 10%; thu nhập "
            "bình quân đầu người đến năm 2025 đạt trên 58 triệu đồng; có 12 xã đạt chuẩn nông thôn mới;")
    found = extract_document(text, source_id="t", published="2020-07-23").facts
    assert [(f["value"], f["period"]) for f in pick(found, "ntm_communes", "target")] == [(12, "2025")]


def test_a_headline_repeating_an_estimated_figure_without_its_estimate_word():
    lead = "Hữu Lũng: Tổng giá trị sản xuất 9 tháng đầu năm tăng 9,3% so với cùng kỳ năm 2018\n\n"
    found = facts("9 tháng đầu năm 2019, tổng giá trị sản xuất của huyện ước đạt 5.100 tỷ đồng, đạt 70,2% kế hoạch năm, "
                  "tăng 9,3% so với cùng kỳ năm 2018.", lead)
    assert [(f["value"], f["qualifier"]) for f in pick(found, "production_value", "growth_pct")] == [(9.3, "estimate")]


def test_a_trong_do_sentence_after_a_plan_lists_the_plans_parts():
    found = facts("Năm 2023, huyện phấn đấu hoàn thành 17 chỉ tiêu chủ yếu. Trong đó, tốc độ tăng trưởng kinh tế đạt 12%; "
                  "thu nhập bình quân đầu người đạt hơn 60 triệu đồng.")
    assert [(f["value"], f["period"]) for f in pick(found, "production_value", "target")] == [(12, "2023")]
    assert [(f["value"], f["qualifier"]) for f in pick(found, "income_per_capita", "target")] == [(60, "over")]
    assert pick(found, "income_per_capita", "level") == []
