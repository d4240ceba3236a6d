"""Language classes of the sixteenth held-out set of real district articles (issue 14, set 16).

Every sentence here is a short paraphrase written for the test (names and numbers changed), never a copy of an
article; the articles themselves stay outside the repository (benchmarks/real_eval.py reads them from a folder).
"""
from etl.extract import extract_document
from tests.etl.extract_helpers import period_values as values


def test_by_now_in_a_review_that_tells_its_history_is_the_time_of_writing():
    found = extract_document(
        "Ngọc Hồi (Kon Tum): tổng kết 10 năm xây dựng nông thôn mới\n\n"
        "UBND huyện Ngọc Hồi vừa tổng kết 10 năm thực hiện Chương trình xây dựng NTM.\n\n"
        "Tới nay, toàn huyện có 4 xã được công nhận đạt chuẩn NTM; số tiêu chí bình quân/xã năm 2011 chỉ đạt 1,8 tiêu "
        "chí/xã; thu nhập bình quân đầu người khu vực nông thôn đạt 27,3 triệu đồng/người, tăng gấp 3 lần so với năm "
        "2011; tỷ lệ hộ nghèo giảm còn 12,2%.\n", source_id="t", published="2019-08-19").facts
    assert values(found, "ntm_communes", "level") == [("2019", 4)]
    assert values(found, "rural_income_per_capita", "level") == [("2019", 27.3)]
    assert values(found, "poverty_rate", "level") == [("2019", 12.2)]


def test_the_first_clause_still_frames_the_clauses_after_it():
    found = extract_document("Năm 2022, thu ngân sách của huyện Ngọc Hồi đạt 180 tỷ đồng; thu nhập bình quân đầu người "
                             "đạt 41 triệu đồng; tỷ lệ hộ nghèo còn 9,1%.\n", source_id="t", published="2023-01-10").facts
    assert values(found, "poverty_rate", "level") == [("2022", 9.1)]


def test_a_start_level_however_approximate_is_no_level_of_the_report():
    found = extract_document("Nhiệm kỳ 2010-2015, huyện Tu Mơ Rông: tỷ lệ hộ nghèo giảm mạnh, từ gần 65% năm 2010 xuống "
                             "còn gần 25%.\n", source_id="t").facts
    assert values(found, "poverty_rate", "level") == [("2015", 25)]


def test_the_plan_beside_a_half_years_result_is_the_years_plan():
    found = extract_document("Sáu tháng đầu năm 2017, huyện Quế Phong: tổng giá trị sản xuất ước đạt 2.296.506 triệu "
                             "đồng/KH 4.473.000 triệu đồng.\n", source_id="t").facts
    assert values(found, "production_value", "level") == [("2017-H1", 2296.506)]
    assert values(found, "production_value", "target") == [("2017", 4473)]


def test_the_plan_named_with_la_and_the_whole_industrial_sector():
    found = extract_document("Năm 2019, huyện Quế Phong: tốc độ tăng trưởng kinh tế 12,7% vượt KH là 12,5% so với Nghị "
                             "quyết; giá trị sản xuất toàn ngành công nghiệp - tiểu thủ công nghiệp đạt 1.332 tỷ đồng.\n",
                             source_id="t").facts
    assert values(found, "production_value", "target") == [("2019", 12.5)]
    assert not values(found, "production_value", "pct_of_target")
    assert values(found, "industrial_output", "level") == [("2019", 1332)]


def test_a_calendar_date_written_in_words_is_no_period_of_the_report():
    found = extract_document(
        "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n"
        "Bình Gia, Lạng Sơn: Tổ chức thành công Đại hội Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020 – 2025\n"
        "Trong nhiệm kỳ 2015-2020, Đảng bộ và Nhân dân huyện Bình Gia đã thực hiện đạt và vượt 19/22 chỉ tiêu Nghị "
        "quyết. Tỷ lệ hộ nghèo trên địa bàn huyện còn 15,2%.\n", source_id="t", published="2020-07-23").facts
    assert values(found, "targets_met", "level") == [("2015-2020", 19)]
    assert values(found, "poverty_rate", "level") == [("2020", 15.2)]


def test_after_n_years_counts_from_the_paragraphs_framing_year():
    found = extract_document(
        "Bước vào xây dựng huyện nông thôn mới, Kỳ Anh có xuất phát điểm thấp. Năm 2010, thu nhập bình quân đầu người "
        "chỉ đạt 14 triệu đồng/năm. Sau 10 năm, huyện Kỳ Anh đã có 2 xã đạt chuẩn NTM nâng cao. Thu nhập bình quân đầu "
        "người đạt hơn 40,1 triệu đồng/năm.\n", source_id="t").facts
    assert values(found, "income_per_capita", "level") == [("2010", 14), ("2020", 40.1)]
    assert values(found, "ntm_advanced_communes", "level") == [("2020", 2)]


def test_each_year_joined_by_and_keeps_its_own_figure():
    found = extract_document("Quận Bình Tân thu ngân sách năm 2018 đạt 2.100 tỷ đồng và năm 2019, đạt 2.350 tỷ đồng.\n",
                             source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2018", 2100), ("2019", 2350)]


def test_a_share_of_the_councils_resolution_written_as_one_abbreviation():
    found = extract_document("Sáu tháng đầu năm 2017, tổng giá trị sản xuất của huyện Quế Phong ước đạt 2.296 tỷ đồng, "
                             "tăng 10,42% so với cùng kỳ, bằng 50,71% so với NQHĐND huyện.\n", source_id="t").facts
    assert values(found, "production_value", "pct_of_target") == [("2017-H1", 50.71)]


def test_a_running_total_of_new_rural_communes_and_new_revenue():
    found = extract_document("Năm 2018, huyện Bắc Tân Uyên: tổng thu mới ngân sách Nhà nước ước thực hiện 245 tỷ đồng. "
                             "Số xã đạt chuẩn Nông thôn mới: lũy kế 8 xã.\n", source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2018", 245)]
    assert values(found, "ntm_communes", "level") == [("2018", 8)]


def test_a_rate_per_year_in_a_sentence_that_named_its_term_is_the_terms_average():
    found = extract_document("Giá trị sản xuất công nghiệp của thành phố Vĩnh Long giai đoạn 2016 – 2020 tăng bình quân "
                             "7,1%/năm, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng 9,2%/năm.\n", source_id="t").facts
    assert values(found, "retail_sales", "growth_pct") == [("2015-2020", 9.2)]


def test_the_terms_last_year_expected_in_its_review_is_an_estimate_of_that_year():
    found = extract_document(
        "Huyện Tu Mơ Rông nhìn lại nhiệm kỳ 2010-2015.\nTrong nhiệm kỳ 2010-2015, tổng giá trị sản xuất của huyện Tu Mơ "
        "Rông tăng bình quân 30%/năm; thu ngân sách đến năm 2015 dự kiến đạt 41 tỷ đồng.\n",
        source_id="t", published="2015-08-10").facts
    assert [(f["period"], f["value"], f["qualifier"]) for f in found if f["indicator"] == "budget_revenue"] == [
        ("2015", 41, "estimate")]
    assert not values(found, "budget_revenue", "target")


def test_after_n_years_since_an_event_does_not_count_from_the_framing_year():
    found = extract_document(
        "Thu ngân sách của quận Long Biên tăng trưởng ấn tượng. Năm 2004, thu ngân sách quận đạt 95 tỷ đồng. Sau 15 năm "
        "thành lập, tổng thu ngân sách quận ước đạt gần 6.100 tỷ.\n", source_id="t", published="2021-12-01").facts
    assert "2019" not in {p for p, _ in values(found, "budget_revenue", "level")}


def test_spending_is_no_revenue():
    found = extract_document("Sáu tháng đầu năm 2020, tổng thu ngân sách trên địa bàn huyện Cẩm Khê ước đạt trên 110 tỷ "
                             "đồng đạt 94% so với cùng kỳ, chi ngân sách địa phương 285 tỷ đồng.\n", source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2020-H1", 110)]
