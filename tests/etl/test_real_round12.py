"""Language classes of the twelfth held-out set of real district articles (issue 14, set 12).

Every sentence here is a short paraphrase written for the test (names and numbers changed), never a copy of an
article; the articles themselves stay outside the repository (benchmarks/real_eval.py reads them from a folder).
"""
from etl.extract import extract_document
from tests.etl.extract_helpers import facts_after, period_values as values

LEAD = "Huyện Đức Phổ, tỉnh Quảng Ngãi báo cáo tình hình kinh tế - xã hội năm 2023.\n"


def facts(body: str, lead: str = LEAD):
    return facts_after(lead, body)


# --- the old i spelling of open syllables ("quí", "cùng kì") ---------------------------------------------------------

def test_a_quarter_spelled_qui_dates_its_figures():
    found = facts("Trong quí I, tổng giá trị sản xuất của huyện ước đạt 1.000 tỷ đồng, tăng 10% so với cùng kì "
                  "năm trước.")
    assert values(found, "production_value", "level") == [("2023-Q1", 1000)]
    assert values(found, "production_value", "growth_pct") == [("2023-Q1", 10)]


def test_a_rate_spelled_ti_le_is_the_rate():
    found = facts("Tỉ lệ hộ nghèo giảm còn 3,1%.")
    assert values(found, "poverty_rate", "level") == [("2023", 3.1)]


# --- the year reviewed against the year planned in a session's lead ---------------------------------------------------

SESSION = ("Kỳ họp thứ 12 HĐND huyện Chư Sê, tỉnh Gia Lai đánh giá tình hình thực hiện nhiệm vụ năm 2020, đề ra "
           "phương hướng, nhiệm vụ năm 2021.\n")


def test_the_year_a_session_reviews_is_the_reports_not_the_year_it_plans_for():
    found = extract_document(
        SESSION + "Trong 19 chỉ tiêu năm 2020 mà Nghị quyết HĐND huyện đề ra, có 15 chỉ tiêu đạt và vượt. Tổng giá "
        "trị sản xuất đạt 9.000 tỷ đồng, tăng 12% so với năm 2019.\nCác đại biểu thảo luận, đề ra các nhiệm vụ, "
        "giải pháp trong năm 2021.\n", source_id="t")
    assert found.period == "2020"
    assert values(found.facts, "targets_met", "level") == [("2020", 15)]
    assert values(found.facts, "production_value", "level") == [("2020", 9000)]
    assert values(found.facts, "production_value", "growth_pct") == [("2020", 12)]


def test_the_plan_of_the_year_after_keeps_its_year():
    found = extract_document(SESSION + "Thu nhập bình quân đầu người đạt 40 triệu đồng.\nNăm 2021, huyện phấn đấu thu "
                             "nhập bình quân đầu người đạt 44 triệu đồng.\n", source_id="t")
    assert values(found.facts, "income_per_capita", "level") == [("2020", 40)]
    assert values(found.facts, "income_per_capita", "target") == [("2021", 44)]


def test_the_review_of_a_years_tasks_is_that_years():
    # "kết quả thực hiện các nhiệm vụ năm 2022": the tasks of 2022 reviewed, not planned
    found = extract_document("Huyện Chư Sê, tỉnh Gia Lai: kết quả thực hiện các nhiệm vụ năm 2022.\nThu nhập bình "
                             "quân đầu người đạt 38 triệu đồng.\n", source_id="t")
    assert values(found.facts, "income_per_capita", "level") == [("2022", 38)]


# --- a fall achieved, said verb first ------------------------------------------------------------------------------

def test_a_fall_said_verb_first_with_dat_is_the_change_of_the_rate():
    # "giảm tỷ lệ hộ nghèo đạt 1,93%": how far the rate fell, never a 1.93% rate nor a target
    found = facts("Năm nay giảm tỷ lệ hộ nghèo đạt 2,1%, vượt kế hoạch.")
    assert values(found, "poverty_rate", "change") == [("2023", -2.1)]
    assert values(found, "poverty_rate", "level") == [] and values(found, "poverty_rate", "target") == []


def test_a_rise_to_a_level_and_a_fall_to_a_level_stay_levels():
    found = facts("Nâng tỷ lệ bao phủ bảo hiểm y tế đạt 95,2%; giảm tỷ lệ hộ nghèo xuống còn 2,4%.")
    assert values(found, "health_insurance_coverage", "level") == [("2023", 95.2)]
    assert values(found, "poverty_rate", "level") == [("2023", 2.4)]


# --- sectors and values named the short way ------------------------------------------------------------------------

def test_industry_abbreviated_with_its_small_industry_is_industrial_output():
    found = facts("Sản xuất CN-TTCN đạt 520 tỷ đồng, tăng 8% so với năm 2022.")
    assert values(found, "industrial_output", "level") == [("2023", 520)]
    assert values(found, "industrial_output", "growth_pct") == [("2023", 8)]


def test_the_harvests_value_per_hectare_is_output_per_hectare():
    found = facts("Giá trị sản phẩm thu hoạch bình quân đạt 95 triệu đồng/ha.")
    assert values(found, "output_per_ha", "level") == [("2023", 95)]


def test_the_harvests_value_in_total_is_no_catalogue_figure():
    # a total harvest value is not the district's production value nor its value per hectare
    found = facts("Giá trị sản phẩm thu hoạch đạt 1.200 tỷ đồng.")
    assert found == []
