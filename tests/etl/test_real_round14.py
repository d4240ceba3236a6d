"""Language classes of the fourteenth held-out set of real district articles (issue 14, set 14).

Every sentence here is a short paraphrase written for the test (names and numbers changed), never a copy of an
article; the articles themselves stay outside the repository (benchmarks/real_eval.py reads them from a folder).
"""
from etl.extract import extract_document
from etl.places import detect_place
from tests.etl.extract_helpers import pick, period_values as values


def test_a_city_abbreviated_without_a_space_is_that_city():
    place = detect_place("Hội nghị Ban Chấp hành Đảng bộ TP.Bà Rịa đánh giá công tác quý I năm 2021.", year=2021)
    assert place.unit is not None and place.unit.place_id == "ba-ria-vung-tau/thanh-pho-ba-ria"


def test_ranked_among_the_provinces_top_units_the_next_figures_stay_the_districts():
    found = extract_document(
        "Huyện Nông Cống, tỉnh Thanh Hóa tổng kết năm 2021.\n"
        "Năm 2021, nhiều chỉ tiêu vượt kế hoạch, một số chỉ tiêu đứng trong tốp đầu toàn tỉnh. Nổi bật là thu "
        "ngân sách ước đạt 640,5 tỷ đồng, gấp 2 lần dự toán.\n", source_id="t").facts
    rows = pick(found, "budget_revenue", "level")
    assert [(r["place_id"], r["value"]) for r in rows] == [("thanh-hoa/huyen-nong-cong", 640.5)]


def test_a_review_that_names_only_its_term_is_of_the_terms_last_year():
    found = extract_document(
        "Khai mạc Đại hội Đảng bộ huyện Cần Giuộc, tỉnh Long An.\n"
        "Trong nhiệm kỳ 2010-2015, huyện đã hoàn thành 18/21 chỉ tiêu Nghị quyết; thu nhập bình quân đầu người "
        "được nâng lên 41 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 2,9%.\n", source_id="t").facts
    assert values(found, "poverty_rate", "level") == [("2015", 2.9)]
    assert values(found, "income_per_capita", "level") == [("2015", 41)]
    assert values(found, "targets_met", "level") == [("2010-2015", 18)]


def test_to_the_first_days_of_july_is_the_first_half():
    found = extract_document(
        "Theo UBND huyện Cần Đước, tỉnh Long An, tính đến đầu tháng 7/2020, thu ngân sách nhà nước trên địa bàn "
        "huyện ước đạt 312 tỉ đồng.\n", source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2020-H1", 312)]


def test_a_yearless_half_year_compared_with_the_end_of_last_year_is_this_years():
    found = extract_document(
        "Theo báo cáo của UBND huyện Bác Ái, trong 6 tháng đầu năm, tổng thu ngân sách trên địa bàn đạt 21,4 tỷ "
        "đồng. Dư nợ tín dụng tăng 2,1% so với cuối năm 2022.\n", source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2023-H1", 21.4)]


def test_a_headlines_rounded_figure_gives_way_to_the_bodys_precise_one():
    found = extract_document(
        "Cần Giuộc: Thu ngân sách nhà nước trên 380 tỉ đồng\n\n"
        "Theo UBND huyện Cần Giuộc, tỉnh Long An, năm 2020 thu ngân sách nhà nước trên địa bàn huyện ước trên "
        "384 tỉ đồng.\n", source_id="t").facts
    assert [v for _, v in values(found, "budget_revenue", "level")] == [384]


def test_the_budget_estimate_for_next_year_is_a_target():
    found = extract_document(
        "Năm 2019, thu ngân sách quận Hải Châu, thành phố Đà Nẵng đạt 910 tỷ đồng.\n"
        "Năm 2020, dự toán thu ngân sách UBND quận giao cho các phòng, ban là 990 tỷ đồng, tăng 9% so với thực hiện "
        "năm 2019.\n", source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2019", 910)]
    assert ("2020", 990) in values(found, "budget_revenue", "target")


def test_a_plan_in_brackets_plans_only_its_own_figure_and_a_sector_opening_the_clause_owns_the_bare_value():
    found = extract_document(
        "Năm 2022, huyện Nông Cống, tỉnh Thanh Hóa: tổng giá trị sản xuất ước tăng 14,2% so với năm 2021 (mục tiêu "
        "14%); sản xuất công nghiệp phát triển khá, giá trị sản xuất đạt 6.410 tỷ đồng, tăng 18,5% so với cùng kỳ.\n",
        source_id="t").facts
    assert values(found, "production_value", "growth_pct") == [("2022", 14.2)]
    assert values(found, "production_value", "target") == [("2022", 14)]
    assert values(found, "industrial_output", "level") == [("2022", 6410)]
    assert values(found, "industrial_output", "growth_pct") == [("2022", 18.5)]


def test_a_bare_value_after_another_sector_is_no_catalogue_figure_and_without_a_sector_stays_the_districts():
    found = extract_document(
        "Năm 2022, huyện Nông Cống, tỉnh Thanh Hóa đạt nhiều kết quả. Sản xuất nông nghiệp ổn định, giá trị sản xuất "
        "đạt 2.150 tỷ đồng. Kinh tế của huyện tiếp tục phát triển, giá trị sản xuất đạt 9.340 tỷ đồng.\n",
        source_id="t").facts
    assert [v for _, v in values(found, "production_value", "level")] == [9340]


def test_communes_built_this_year_then_the_total_they_bring_the_district_to():
    found = extract_document(
        "Năm 2020, huyện Mỏ Cày Nam, tỉnh Bến Tre xây dựng thành công 3 xã đạt chuẩn nông thôn mới, nâng tổng số "
        "toàn huyện có 8 xã được công nhận.\n", source_id="t").facts
    assert values(found, "ntm_communes", "change") == [("2020", 3)]
    assert values(found, "ntm_communes", "level") == [("2020", 8)]


def test_money_per_one_hectare_is_the_value_per_hectare():
    found = extract_document(
        "Năm 2018, huyện Yên Thế, tỉnh Bắc Giang nâng giá trị sản xuất /1ha đất canh tác nông nghiệp đạt "
        "92,4 triệu đồng/1ha.\n", source_id="t").facts
    assert values(found, "output_per_ha", "level") == [("2018", 92.4)]
    assert not values(found, "production_value", "level")


def test_the_figures_of_the_starting_point_are_no_figures_of_the_report():
    found = extract_document(
        "Bước vào thực hiện chương trình xây dựng nông thôn mới, huyện Can Lộc với xuất phát điểm thấp, tỷ lệ hộ nghèo "
        "12,3%. Năm 2020, tỷ lệ hộ nghèo của huyện Can Lộc còn 2,4%.\n", source_id="t").facts
    assert values(found, "poverty_rate", "level") == [("2020", 2.4)]


def test_value_added_is_no_increase():
    found = extract_document("Năm 2015, huyện Sa Thầy: tổng giá trị sản xuất 3.100 tỷ đồng, tổng giá trị gia tăng trên "
                             "1.900 tỷ đồng.\n", source_id="t").facts
    assert not values(found, "production_value", "change")
    assert values(found, "grdp", "level") == [("2015", 1900)]


def test_the_value_of_industrial_output_and_the_sector_as_the_subject_of_its_rise():
    found = extract_document(
        "Năm 2022, huyện Kbang: giá trị sản lượng công nghiệp-tiểu thủ công nghiệp đạt 1.250 tỷ đồng. Nông nghiệp tăng "
        "2%; công nghiệp - tiểu thủ công nghiệp tiếp tục phát triển, tăng 6,2% so cùng kỳ; thương mại - dịch vụ tăng "
        "11,4% so cùng kỳ.\n", source_id="t").facts
    assert values(found, "industrial_output", "level") == [("2022", 1250)]
    assert values(found, "industrial_output", "growth_pct") == [("2022", 6.2)]
    assert not values(found, "production_value", "growth_pct")


def test_value_added_per_head_is_no_grdp():
    found = extract_document("Năm 2020, huyện Quỳ Hợp: giá trị gia tăng bình quân đầu người ước đạt 36,1 triệu đồng, "
                             "tăng 4,0 triệu đồng so với năm 2019.\n", source_id="t").facts
    assert not [f for f in found if f["indicator"] == "grdp"]
