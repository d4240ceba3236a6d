"""Language classes of the seventeenth held-out set of real district articles (issue 14, set 17).

Every sentence here is a short paraphrase written for the test (names and numbers changed), never a copy of an
article; the articles themselves stay outside the repository (benchmarks/real_eval.py reads them from a folder).
"""
from etl.extract import extract_document
from etl.read import guess_title
from tests.etl.extract_helpers import period_values as values


def test_a_neighbour_named_after_giap_is_not_what_the_report_is_about():
    found = extract_document(
        "Huyện Châu Thành A nằm ở cửa ngõ vào thành phố Vị Thanh; phía Tây giáp thành phố Vị Thanh, phía Bắc giáp "
        "thành phố Cần Thơ. Năm 2018, huyện Châu Thành A thu ngân sách đạt 119% kế hoạch.\n", source_id="t").facts
    assert {f["place_id"] for f in found} == {"hau-giang/huyen-chau-thanh-a"}


def test_a_headlines_subject_before_its_colon_and_a_base_of_the_same_months():
    text = ("Kinh tế và phát triển\nA Lưới : Tổng thu ngân sách 9 tháng đầu năm ước đạt 48,2 tỷ đồng\n"
            "15:23 | 07/10/2016\n\nTrong 9 tháng đầu năm, giá trị sản xuất ước đạt 1.320 tỷ đồng, tăng 14,1% so 9 "
            "tháng đầu năm 2015.\n")
    title = guess_title(text)
    assert title.startswith("A Lưới :")
    found = extract_document(text, source_id="t", title=title, published="2016-10-07").facts
    assert {f["place_id"] for f in found} == {"hue/huyen-a-luoi"}
    assert values(found, "production_value", "level") == [("2016-9M", 1320)]


def test_a_unit_named_like_its_province_in_a_text_mostly_of_that_unit():
    found = extract_document(
        "Khi thành lập, Quảng Trị gồm có 2 phường. Năm 2008, tỉnh Quảng Trị mở rộng địa giới thị xã. Theo đó, thị xã "
        "thành lập thêm 2 phường mới; thị xã hiện nay có diện tích 7.282 ha. Năm 2017, tổng thu ngân sách nhà nước "
        "của thị xã thực hiện 190,4 tỷ đồng.\n", source_id="t").facts
    assert {f["place_id"] for f in found} == {"quang-tri/thi-xa-quang-tri"}


def test_a_province_report_that_names_a_town_once_stays_the_provinces():
    found = extract_document(
        "Năm 2017, tỉnh Quảng Trị thu ngân sách đạt 2.900 tỷ đồng. Tỉnh tiếp tục thu hút đầu tư vào thị xã và các "
        "huyện; tỷ lệ hộ nghèo của tỉnh còn 9,6%.\n", source_id="t").facts
    assert {f["place_id"] for f in found} == {"quang-tri"}


def test_the_excess_over_a_plan_in_brackets_is_no_change_and_a_bracketed_year_dates_its_figure():
    found = extract_document(
        "Năm 2018, tổng thu ngân sách trên địa bàn huyện Ia Pa là 71,5 tỷ đồng, đạt 153% kế hoạch tỉnh giao (tăng 24,5 "
        "tỷ đồng). Giá trị sản xuất tăng liên tục từ 1.011 tỷ đồng (năm 2015) lên 2.990 tỷ đồng (năm 2017).\n",
        source_id="t").facts
    assert not values(found, "budget_revenue", "change")
    assert ("2017", 2990) in values(found, "production_value", "level")
