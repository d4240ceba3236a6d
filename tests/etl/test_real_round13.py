"""Language classes of the thirteenth held-out set of real district articles (issue 14, set 13).

Every sentence here is a short paraphrase written for the test (names and numbers changed), never a copy of an
article; the articles themselves stay outside the repository (benchmarks/real_eval.py reads them from a folder).
"""
from etl.extract import extract_document
from etl.places import detect_place
from tests.etl.extract_helpers import facts_after, pick, period_values as values

LEAD = "Huyện Sơn Hòa, tỉnh Phú Yên tổng kết tình hình kinh tế - xã hội năm 2020.\n"


def facts(body: str, lead: str = LEAD):
    return facts_after(lead, body)


# --- a count never starts inside a number -----------------------------------------------------------------------

def test_a_year_before_a_communes_name_is_no_count_of_communes():
    found = facts("Huyện có 04 xã đạt chuẩn nông thôn mới. Phấn đấu cuối năm 2021 xã Hòa Mỹ đạt chuẩn nông thôn "
                  "mới nâng cao.")
    assert values(found, "ntm_communes", "level") == [("2020", 4)]
    assert not pick(found, "ntm_advanced_communes", "target")      # not '021 xã' planned


# --- minority-language names written with other capitals -------------------------------------------------------

def test_a_district_name_in_other_capitals_is_that_district():
    # the official list writes KBang; reports write Kbang
    place = detect_place("Hội nghị Ban Chấp hành Đảng bộ huyện Kbang tổng kết công tác năm 2020.", year=2020)
    assert place.unit is not None and place.unit.place_id == "gia-lai/huyen-kbang"


# --- "6 tháng qua" is the half-year of the report ------------------------------------------------------------------

def test_the_past_six_months_of_a_report_are_its_first_half():
    found = extract_document(
        "Thành phố Thái Nguyên sơ kết công tác Đảng năm 2019.\n"
        "6 tháng qua, thành phố đạt nhiều kết quả: thu ngân sách đạt 1.100 tỷ đồng, bằng 60% kế hoạch.\n",
        source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2019-H1", 1100)]


# --- the quarter planned after the quarter reviewed ---------------------------------------------------------------

def test_the_quarter_a_meeting_plans_for_is_not_the_one_it_reviews():
    found = extract_document(
        "Huyện ủy Ia Pa tổ chức hội nghị đánh giá kết quả công tác quý I, đề ra nhiệm vụ công tác quý II năm 2022.\n"
        "Trong quý I, tổng thu ngân sách của huyện đạt 20,5 tỷ đồng, tăng 8% so với cùng kỳ.\n", source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2022-Q1", 20.5)]


# --- two target sets, one verb at the end -------------------------------------------------------------------------

def test_two_target_sets_share_the_verb_that_closes_the_sentence():
    found = facts("Có 25/36 chỉ tiêu UBND tỉnh giao; 21/24 chỉ tiêu HĐND huyện giao đạt và vượt.")
    assert sorted((f["value"], f["denominator"]) for f in pick(found, "targets_met", "level")) == [(21, 24), (25, 36)]


def test_a_first_set_that_was_missed_is_not_made_met():
    found = facts("Có 5/36 chỉ tiêu tỉnh giao chưa đạt; 21/24 chỉ tiêu huyện giao đạt và vượt.")
    assert (5, 36) not in [(f["value"], f["denominator"]) for f in pick(found, "targets_met", "level")]


def test_groups_of_targets_are_counted_as_targets():
    found = facts("Năm 2020, 13/16 nhóm chỉ tiêu đạt và vượt kế hoạch.")
    assert [(f["value"], f["denominator"]) for f in pick(found, "targets_met", "level")] == [(13, 16)]


# --- the standard named earlier in the sentence; "đến nay" in a term --------------------------------------------------

CONGRESS = "Đại hội Đảng bộ huyện Sơn Hòa, tỉnh Phú Yên lần thứ XX, nhiệm kỳ 2020 - 2025 khai mạc năm 2020.\n"


def test_communes_meeting_the_standard_named_before_them_are_new_rural_communes_now():
    found = facts("Trong nhiệm kỳ 2015 - 2020, phong trào xây dựng nông thôn mới được đẩy mạnh nên đến nay đã có "
                  "11/14 xã đạt chuẩn; công tác y tế được củng cố.", lead=CONGRESS)
    assert [(f["period"], f["value"], f["denominator"]) for f in pick(found, "ntm_communes", "level")] == [
        ("2020", 11, 14)]


def test_another_standard_met_by_communes_is_no_new_rural_count():
    found = facts("Phong trào xây dựng nông thôn mới gắn với y tế cơ sở: 9 xã đạt chuẩn quốc gia về y tế.")
    assert not pick(found, "ntm_communes", "level")


def test_an_average_over_the_term_after_dến_nay_stays_the_terms():
    found = facts("Trong nhiệm kỳ 2015 - 2020, đến nay bình quân mỗi năm tổng giá trị sản xuất tăng 9,5%.",
                  lead=CONGRESS)
    assert values(found, "production_value", "growth_pct") == [("2015-2020", 9.5)]


# --- the end of the reviewed year expected -------------------------------------------------------------------------

def test_the_year_end_expected_in_its_own_review_is_an_estimate_not_a_target():
    found = facts("Tỷ lệ hộ nghèo cuối năm 2020, dự kiến còn 3,15%.")
    rows = pick(found, "poverty_rate", "level")
    assert [(r["period"], r["value"], r["qualifier"]) for r in rows] == [("2020", 3.15, "estimate")]
    assert not pick(found, "poverty_rate", "target")


def test_next_years_end_expected_is_still_a_target():
    found = facts("Tỷ lệ hộ nghèo cuối năm 2021, dự kiến còn 2,5%.")
    assert values(found, "poverty_rate", "target") == [("2021", 2.5)]
    assert not pick(found, "poverty_rate", "level")


# --- a yearly average over a span that is no term ------------------------------------------------------------------

def test_a_yearly_average_over_a_span_that_is_no_term_is_no_years_figure():
    found = facts("Tổng giá trị sản xuất bình quân hằng năm giai đoạn 2020 - 2022 (giá hiện hành) 21.500 tỷ đồng; "
                  "năm 2022 giá trị sản xuất đạt 23.100 tỷ đồng.", lead=LEAD.replace("2020", "2022"))
    assert values(found, "production_value", "level") == [("2022", 23100)]


# --- "Trong đó, …" after the sentence that adopts next year's targets ---------------------------------------------

def test_the_parts_of_next_years_targets_adopted_the_sentence_before_are_that_years_targets():
    found = facts("Năm 2020, thu nhập bình quân đầu người ước đạt 38 triệu đồng/năm.\n"
                  "Hội nghị đã biểu quyết thông qua 20 chỉ tiêu chủ yếu của năm 2021. Trong đó, thu ngân sách trên "
                  "địa bàn đạt 45 tỷ đồng trở lên; thu nhập bình quân đầu người 41 triệu đồng/năm.")
    assert values(found, "income_per_capita", "level") == [("2020", 38)]
    assert values(found, "income_per_capita", "target") == [("2021", 41)]
    assert values(found, "budget_revenue", "target") == [("2021", 45)]
    assert not pick(found, "budget_revenue", "level")


def test_the_parts_of_the_years_own_results_stay_results():
    found = facts("Năm 2020, huyện hoàn thành 18/20 chỉ tiêu chủ yếu. Trong đó, thu ngân sách trên địa bàn đạt "
                  "45 tỷ đồng.")
    assert values(found, "budget_revenue", "level") == [("2020", 45)]


# --- a value at current prices beside the same value at constant prices ---------------------------------------------

def test_the_value_at_constant_prices_is_kept_over_the_one_at_current_prices():
    found = facts("Giá trị sản xuất công nghiệp ước đạt 12.400 tỷ đồng (giá hiện hành) và đạt 9.150 tỷ đồng (giá so "
                  "sánh), tăng 11,2% so với cùng kỳ.")
    assert values(found, "industrial_output", "level") == [("2020", 9150)]
    assert values(found, "industrial_output", "growth_pct") == [("2020", 11.2)]


def test_a_value_at_current_prices_alone_is_the_value():
    found = facts("Giá trị sản xuất công nghiệp đạt 12.400 tỷ đồng (giá hiện hành), tăng 11,2%.")
    assert values(found, "industrial_output", "level") == [("2020", 12400)]


# --- counts with more words around them ---------------------------------------------------------------------------

def test_villages_counted_beside_the_communes_leave_the_commune_count():
    found = facts("Toàn huyện có thêm 2 xã và 5 làng đạt chuẩn nông thôn mới.")
    assert values(found, "ntm_communes", "change") == [("2020", 2)]


def test_poor_households_of_the_area_expected_at_the_years_end_with_their_share():
    found = facts("Đến cuối năm 2020, tổng số hộ nghèo trên địa bàn huyện dự kiến giảm còn gần 800 hộ, chiếm tỷ lệ "
                  "4,5%.")
    rows = pick(found, "poverty_rate", "level")
    assert [(r["period"], r["value"], r["qualifier"]) for r in rows] == [("2020", 4.5, "estimate")]
