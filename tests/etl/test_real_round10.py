"""Language classes of the eleventh held-out set of real district articles (issue 14).

Every sentence here is a short paraphrase written for the test (names and numbers changed), never a copy of an
article; the articles themselves stay outside the repository (benchmarks/real_eval.py reads them from a folder).
"""
from etl.extract import extract_document
from tests.etl.extract_helpers import facts_after, pick, period_values as values

LEAD = "Huyện Hải Lăng, tỉnh Quảng Trị tổng kết năm 2022.\n"


def facts(body: str, lead: str = LEAD):
    return facts_after(lead, body)


# --- sums and averages over spans that are no period ------------------------------------------------------------

def test_a_total_over_a_span_named_after_its_phrase_is_no_years_figure():
    # "thu ngân sách giai đoạn 2020 - 2022 là …": three years' sum, neither 2022 nor a term
    found = facts("Tổng thu ngân sách nhà nước giai đoạn 2020 – 2022 là 1.250 tỷ đồng. Thu ngân sách năm 2022 đạt "
                  "430 tỷ đồng.")
    assert values(found, "budget_revenue", "level") == [("2022", 430)]


def test_a_span_of_criteria_is_no_total_over_it():
    # "theo bộ tiêu chí giai đoạn 2021 - 2025": the standard's name, the count still this year's
    found = facts("Toàn huyện có 9/12 xã đạt chuẩn nông thôn mới theo bộ tiêu chí giai đoạn 2021 - 2025.")
    assert [(f["period"], f["value"]) for f in pick(found, "ntm_communes", "level")] == [("2022", 9)]


def test_an_average_since_a_base_year_that_is_no_term_is_dropped():
    # "tăng trưởng bình quân 15% so với năm 2020" in 2022: the mean of two years, no period of the table
    found = facts("Tổng giá trị sản xuất năm 2022 đạt 9.800 tỷ đồng, tăng trưởng bình quân 15% so với năm 2020.")
    assert values(found, "production_value", "level") == [("2022", 9800)]
    assert pick(found, "production_value", "growth_pct") == []


def test_an_average_since_the_start_of_a_term_is_that_terms():
    lead = "Huyện Hải Lăng, tỉnh Quảng Trị tổng kết năm 2020.\n"
    found = facts("Tổng giá trị sản xuất năm 2020 đạt 7.000 tỷ đồng, tăng bình quân 9,5% so với năm 2015.", lead)
    assert values(found, "production_value", "growth_pct") == [("2015-2020", 9.5)]


# --- the part of the year a lead reports on ------------------------------------------------------------------------

def test_a_half_year_named_on_the_third_line_of_the_lead_dates_the_undated_figures():
    # headline, a photo caption, then "Trong 6 tháng đầu năm, …"; no year framed anywhere
    text = ("Kỳ họp thứ 9, HĐND huyện Hải Lăng bế mạc sau hai ngày làm việc và thông qua nhiều nghị quyết.\n"
            "Các đại biểu biểu quyết tại kỳ họp thứ 9 HĐND huyện Hải Lăng. Ảnh: T.H\n"
            "Trong 6 tháng đầu năm, giá trị sản xuất công nghiệp đạt 800 tỷ đồng, tăng 9% so với cùng kỳ năm 2022.\n"
            "Tổng thu ngân sách trên địa bàn đạt hơn 50 tỷ đồng, bằng 48% kế hoạch.")
    found = extract_document(text, source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2023-H1", 50)]
    assert values(found, "industrial_output", "level") == [("2023-H1", 800)]


# --- industrial output named without "giá trị sản xuất" ------------------------------------------------------------

def test_industry_named_by_its_value_or_its_production_alone():
    found = facts("Giá trị công nghiệp tăng 12,5%. Sản xuất công nghiệp đạt 520 tỷ đồng.")
    assert values(found, "industrial_output", "growth_pct") == [("2022", 12.5)]
    assert values(found, "industrial_output", "level") == [("2022", 520)]


def test_the_index_of_industrial_production_is_no_output():
    found = facts("Chỉ số sản xuất công nghiệp tăng 7,1% so với cùng kỳ.")
    assert pick(found, "industrial_output", "growth_pct") == []


# --- a bare share right after an amount -------------------------------------------------------------------------

def test_a_bare_share_right_after_an_amount_is_the_share_of_the_plan():
    # "đạt 91%" with the plan unsaid, right after the amount, then a growth or the next clause
    found = facts("Sản xuất công nghiệp đạt 520 tỷ đồng, đạt 91%, tăng 4% so với cùng kỳ; thu ngân sách đạt gần "
                  "70 tỷ đồng, đạt hơn 125%; tổng vốn đầu tư xã hội 300 tỷ đồng, đạt 108%.")
    assert values(found, "industrial_output", "pct_of_target") == [("2022", 91)]
    assert values(found, "budget_revenue", "pct_of_target") == [("2022", 125)]
    assert values(found, "investment", "pct_of_target") == [("2022", 108)]
    assert values(found, "industrial_output", "growth_pct") == [("2022", 4)]


def test_a_share_of_something_said_after_it_is_no_share_of_the_plan():
    # "bằng 70% bình quân chung của tỉnh": compared with the province, not the plan
    found = facts("Thu nhập bình quân đầu người đạt 50 triệu đồng/người/năm, bằng 70% bình quân chung của tỉnh.")
    assert pick(found, "income_per_capita", "pct_of_target") == []
    assert values(found, "income_per_capita", "level") == [("2022", 50)]


# --- target sets ---------------------------------------------------------------------------------------------------

def test_congress_targets_checked_in_a_year_belong_to_the_term_that_year_falls_in():
    # "chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện" with no term named: the Party term of 2022 is 2020 - 2025
    found = facts("Năm 2022, huyện hoàn thành 18/20 chỉ tiêu đặt ra theo Nghị quyết Đại hội Đảng bộ huyện.")
    [met] = pick(found, "targets_met", "level")
    assert (met["period"], met["value"], met["target_scope"], met["term"]) == ("2022", 18, "term", "2020-2025")


def test_in_a_congress_year_the_term_stays_unsaid():
    lead = "Huyện Hải Lăng, tỉnh Quảng Trị tổng kết năm 2020.\n"
    found = facts("Năm 2020, huyện hoàn thành 18/20 chỉ tiêu theo Nghị quyết Đại hội Đảng bộ huyện.", lead)
    [met] = pick(found, "targets_met", "level")
    assert met["term"] is None


def test_the_span_of_a_criteria_set_is_no_term_of_a_target():
    # "theo Bộ tiêu chí giai đoạn 2022 - 2025" in the sentence of next year's plan
    found = facts("Năm 2023, huyện phấn đấu có 5/5 xã đạt chuẩn nông thôn mới nâng cao theo Bộ tiêu chí giai đoạn "
                  "2022 - 2025; thu ngân sách trên địa bàn 480 tỷ đồng.")
    [target] = pick(found, "budget_revenue", "target")
    assert (target["period"], target["target_scope"], target["term"]) == ("2023", "annual", None)


def test_a_count_under_an_estimate_opening_its_sentence_is_an_estimate():
    found = facts("Ước đến hết năm 2022 toàn huyện có 14/17 chỉ tiêu chủ yếu đạt và vượt Nghị quyết.")
    [met] = pick(found, "targets_met", "level")
    assert (met["value"], met["denominator"], met["qualifier"]) == (14, 17, "estimate")


def test_a_list_whose_sentence_names_its_year_keeps_that_year_not_the_term_named_before():
    lead = "Huyện Bắc Hà giao chỉ tiêu kế hoạch năm 2020.\n"
    found = facts("Năm 2020 là năm tổ chức Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025. Qua đó, năm 2020 phấn đấu "
                  "thu ngân sách đạt 120 tỷ đồng; tỷ lệ hộ nghèo giảm so với năm trước trên 3,5%.", lead)
    [target] = pick(found, "poverty_rate", "target")
    assert (target["period"], target["value"], target["unit"], target["target_scope"]) == ("2020", -3.5, "pp", "annual")


# --- changes and levels --------------------------------------------------------------------------------------------

def test_the_time_compared_with_between_verb_and_figure_still_makes_a_change():
    # "giảm so với năm trước 1,9%": a fall of 1.9 points, never a level of 1.9 %
    found = facts("Tỷ lệ hộ nghèo giảm so với năm trước 1,9%. Thu ngân sách tăng so với cùng kỳ 14%.")
    assert pick(found, "poverty_rate", "level") == []
    assert values(found, "poverty_rate", "change") == [("2022", -1.9)]
    assert values(found, "budget_revenue", "growth_pct") == [("2022", 14)]


def test_a_level_said_against_an_earlier_year_is_undecided_and_the_plain_level_wins():
    # "giảm còn 2,6% so với năm 2021 (…), còn khoảng 9,4%": the first figure reads as both a level and a change
    found = facts("Tỷ lệ hộ nghèo toàn huyện giảm còn 2,6% so với năm 2021 (kế hoạch giảm 2 - 3%), còn khoảng 9,4%.")
    assert values(found, "poverty_rate", "level") == [("2022", 9.4)]


# --- phrases left short --------------------------------------------------------------------------------------------

def test_people_joining_health_insurance_with_a_share_is_the_coverage():
    found = facts("Người dân tham gia BHYT đạt 96,4%. Số người dân tham gia BHYT đạt 80.000 người.")
    assert values(found, "health_insurance_coverage", "level") == [("2022", 96.4)]


def test_the_economy_growing_with_its_average_in_brackets():
    lead = "Huyện Hải Lăng, tỉnh Quảng Trị tổng kết nhiệm kỳ, năm 2020.\n"
    found = facts("Kinh tế tiếp tục tăng trưởng khá (bình quân giai đoạn 2015 - 2020 đạt 9,8%).", lead)
    assert values(found, "production_value", "growth_pct") == [("2015-2020", 9.8)]


def test_income_per_head_said_without_per_head_but_with_a_per_person_unit():
    found = facts("Thu nhập bình quân đạt 42 triệu đồng/người/năm. Thu nhập bình quân của lao động đạt 6 triệu "
                  "đồng/người/tháng. Thu nhập bình quân của hộ nghèo đạt 15 triệu đồng/hộ.")
    assert values(found, "income_per_capita", "level") == [("2022", 42)]


# --- datelines -------------------------------------------------------------------------------------------------------

def test_a_dateline_with_the_clock_first_and_the_weekday_after_it_dates_the_article():
    from etl.read import find_published_date
    assert find_published_date("Tin huyện\n09:15 AM Thứ Ba, 16/01/2024\nNội dung.") == "2024-01-16"
    assert find_published_date("Tin huyện\n08:05 sáng 02/12/2023\nNội dung.") == "2023-12-02"
    assert find_published_date("Ngày 05/01, huyện tổ chức hội nghị.") is None
