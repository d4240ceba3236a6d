"""Language classes of the nineteenth held-out set of real district articles (issue 14, set 19).

Every sentence here is a short paraphrase written for the test (names and numbers changed), never a copy of an
article; the articles themselves stay outside the repository (benchmarks/real_eval.py reads them from a folder).
"""
from etl.extract import extract_document


def _periods(facts):
    return {(f["indicator"], f["measure"], f["period"]) for f in facts}


def test_the_coming_quarter_named_as_a_task_is_not_the_figures_quarter():
    found = extract_document(
        "Báo cáo tình hình kinh tế – xã hội quý I, nhiệm vụ trọng tâm quý II năm 2024 của huyện Mường Chà cho thấy: "
        "Quý I/2024, tổng giá trị sản xuất ước đạt trên 400 tỷ đồng; thu ngân sách trên địa bàn đạt gần 11 tỷ đồng.\n",
        source_id="t").facts
    assert {p for _, _, p in _periods(found)} == {"2024-Q1"}


def test_a_part_of_the_year_opening_a_sentence_before_the_first_figure_frames_the_report():
    found = extract_document(
        "Khai mạc kỳ họp thứ 9 HĐND thành phố Tây Ninh\n\nSáng 20.6, HĐND thành phố Tây Ninh khóa XI, nhiệm kỳ 2016-2021 "
        "tổ chức kỳ họp thứ 9.\n\nDự kỳ họp có các đại biểu HĐND tỉnh và các đại biểu của thành phố.\n\n"
        "Báo cáo tại kỳ họp, UBND thành phố cho biết: 6 tháng đầu năm 2019 kinh tế của thành phố phát triển ổn định. "
        "Tổng thu ngân sách trên địa bàn được 250 tỷ đồng, đạt 55% so dự toán.\n", source_id="t").facts
    assert {p for _, _, p in _periods(found)} == {"2019-H1"}


def test_a_term_elected_during_the_year_dates_an_undated_review():
    found = extract_document(
        "Báo cáo tại kỳ họp cho thấy huyện Lộc Hà tiếp tục giành được những thành tựu: thu ngân sách nhà nước thực "
        "hiện 98 tỷ đồng; tỷ lệ hộ nghèo toàn huyện giảm còn 9,1%. Trong năm đã tổ chức thành công cuộc bầu cử đại "
        "biểu Quốc hội và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021.\n", source_id="t").facts
    assert {p for _, _, p in _periods(found)} == {"2016"}


def test_a_district_name_of_two_provinces_with_its_province_in_brackets():
    result = extract_document(
        "Phong Điền: kinh tế - xã hội năm 2022 tiếp tục khởi sắc\nNăm 2022, huyện Phong Điền (Cần Thơ) có tỷ lệ hộ "
        "nghèo còn 0,4%.\n", source_id="t")
    assert {f["place_id"] for f in result.facts} == {"can-tho/huyen-phong-dien"}
