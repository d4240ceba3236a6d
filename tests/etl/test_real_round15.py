"""Language classes of the fifteenth held-out set of real district articles (issue 14, set 15).

Every sentence here is a short paraphrase written for the test (names and numbers changed), never a copy of an
article; the articles themselves stay outside the repository (benchmarks/real_eval.py reads them from a folder).
"""
import pytest

from etl.extract import extract_document
from etl.read import read_document
from tests.etl.extract_helpers import period_values as values


@pytest.mark.parametrize("name, place_id", [
    ("Cư M'gar", "dak-lak/huyen-cu-m-gar"),
    ("Cư M’gar", "dak-lak/huyen-cu-m-gar"),        # the typographic apostrophe
    ("Ea H'leo", "dak-lak/huyen-ea-h-leo"),
    ("Ia H' Drai", "kon-tum/huyen-ia-h-drai"),
])
def test_highland_names_with_an_apostrophe_are_their_districts(name, place_id):
    found = extract_document(f"Năm 2021, huyện {name} có tỷ lệ hộ nghèo giảm còn 6,4%.\n", source_id="t").facts
    assert [(f["place_id"], f["value"]) for f in found if f["indicator"] == "poverty_rate"] == [(place_id, 6.4)]


def test_a_ticker_of_headlines_is_page_furniture_neither_title_nor_place(tmp_path):
    ticker = ("Lãnh đạo tỉnh Nghệ An thăm hỏi các gia đình chính sách   |    Lãnh đạo thành phố Vinh đối thoại với "
              "tổ trưởng tổ dân phố   |    Bí thư Tỉnh ủy Nghệ An làm việc với các sở ngành   |   ")
    path = tmp_path / "a.txt"
    path.write_text(f"{ticker}\n\nYên Thành hoàn thành 20/22 chỉ tiêu\n\nNăm 2020, huyện Yên Thành đã hoàn thành "
                    "20/22 chỉ tiêu kinh tế - xã hội.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Yên Thành hoàn thành 20/22 chỉ tiêu"
    assert "thành phố Vinh" not in doc.text
    facts = extract_document(doc.text, source_id="t", title=doc.title).facts
    assert {f["place_id"] for f in facts} == {"nghe-an/huyen-yen-thanh"}


def test_a_table_row_split_by_bars_is_no_ticker(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("Kết quả năm 2020 của huyện Yên Thành\n\nChỉ tiêu | Đơn vị | Kế hoạch | Thực hiện\n"
                    "Thu ngân sách | tỷ đồng | 300 | 320\n", encoding="utf-8")
    assert "Chỉ tiêu | Đơn vị" in read_document(path).text


def test_after_a_sessions_opening_the_first_sentence_with_figures_frames_the_half_year():
    found = extract_document(
        "Hội đồng nhân dân huyện Bảo Lâm khóa XI họp kỳ thứ 6\n"
        "Trong hai ngày 04 và 05/7, HĐND huyện Bảo Lâm tổ chức kỳ họp thứ 6. Đại biểu tỉnh Lâm Đồng về dự.\n\n"
        "Chủ tọa kỳ họp\n\n"
        "Theo báo cáo của UBND huyện, trong 6 tháng đầu năm 2019, kinh tế - xã hội của huyện ổn định, toàn huyện gieo "
        "trồng 1.900 ha lúa. Tổng thu ngân sách nhà nước trên địa bàn huyện được 75 tỷ đồng, tăng 12% so với cùng kỳ. "
        "Năm 2019, huyện phấn đấu thu ngân sách 150 tỷ đồng.\n", source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2019-H1", 75)]


def test_a_figure_that_names_its_own_quarter_does_not_frame_the_report():
    found = extract_document(
        "Hội đồng nhân dân huyện Di Linh khóa XI họp kỳ thứ 9\nTrong hai ngày 19 và 20/12, HĐND huyện Di Linh tổ "
        "chức kỳ họp thứ 9 năm 2019.\n\nChủ tọa kỳ họp\n\nQuý II năm 2019 thu ngân sách đạt 40 tỷ đồng.\n\n"
        "Tỷ lệ hộ nghèo còn 3,1%.\n",
        source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2019-Q2", 40)]
    assert values(found, "poverty_rate", "level") == [("2019", 3.1)]


def test_a_share_in_brackets_between_the_count_and_the_standard():
    found = extract_document("Đến nay, huyện Bảo Lâm đã có 8/14 xã (đạt 57,1%) đạt chuẩn nông thôn mới. Năm 2019 "
                             "thu ngân sách đạt 90 tỷ đồng.\n", source_id="t").facts
    assert values(found, "ntm_communes", "level") == [("2019", 8)]


def test_to_the_end_of_september_is_nine_months():
    found = extract_document("Tổng thu ngân sách quận Thanh Khê đến cuối tháng 9-2016 đạt hơn 410 tỷ đồng, tăng 12% so "
                             "với cùng kỳ năm 2015.\n", source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2016-9M", 410)]


@pytest.mark.parametrize("sector, indicator", [
    ("công nghiệp - tiểu thủ công nghiệp phát triển khá", "industrial_output"),
    ("công nghiệp, tiểu thủ công nghiệp, thương mại - dịch vụ phát triển khá", None),   # several sectors: none
    ("kinh tế của huyện tăng trưởng khá", "production_value"),
])
def test_a_bare_value_after_a_semicolon_belongs_to_the_sector_of_the_clause_before(sector, indicator):
    found = extract_document(f"Năm 2019, huyện Bảo Lâm: {sector}; giá trị sản xuất ước đạt 1.389 tỷ đồng.\n",
                             source_id="t").facts
    assert [f["indicator"] for f in found if f["value"] == 1389] == ([indicator] if indicator else [])


def test_a_count_of_targets_aimed_at_is_no_count_met():
    found = extract_document("Năm 2023, kinh tế của huyện Chư Sê chuyển biến tích cực. Đây là tiền đề để huyện tiếp tục "
                             "phấn đấu hoàn thành 22/22 chỉ tiêu trong năm 2024.\n", source_id="t").facts
    assert not values(found, "targets_met", "level")


def test_gdp_growth_of_a_district_is_its_grdp_and_an_amount_per_head_is_no_total():
    found = extract_document("Giai đoạn 2016-2020, tốc độ tăng trưởng GDP bình quân hàng năm của huyện Lạc Dương đạt "
                             "9,1%. GRDP bình quân năm 2020 ước đạt gần 65 triệu đồng/người/năm.\n", source_id="t").facts
    assert values(found, "grdp", "growth_pct") == [("2015-2020", 9.1)]
    assert not values(found, "grdp", "level") and not values(found, "production_value", "growth_pct")


def test_fish_farmed_and_caught_together_is_neither_output():
    found = extract_document("Năm 2018, huyện Kiến Xương: tổng sản lượng thủy sản nuôi thả và khai thác đạt trên 9.100 "
                             "tấn.\n", source_id="t").facts
    assert not found


def test_investment_attracted_is_neither_revenue_nor_total_investment():
    found = extract_document("Sáu tháng đầu năm 2018, huyện Quỳnh Lưu thu ngân sách hơn 310 tỷ đồng, đạt trên 60% dự "
                             "toán, thu hút đầu tư đạt 1.500 tỷ đồng.\n", source_id="t").facts
    assert values(found, "budget_revenue", "level") == [("2018-H1", 310)]
    assert not values(found, "investment", "level")


def test_poor_households_named_as_families_of_the_poor_category():
    found = extract_document(
        "Năm 2017, huyện Krông Búk hiện có 15.200 hộ gia đình, trong đó có 1.120 hộ gia đình thuộc diện hộ nghèo, chiếm "
        "tỷ lệ 7,4% và 1.350 hộ gia đình thuộc diện cận nghèo, chiếm tỷ lệ 8,9%.\n", source_id="t").facts
    assert values(found, "poverty_rate", "level") == [("2017", 7.4)]
    assert values(found, "near_poverty_rate", "level") == [("2017", 8.9)]


def test_sector_counts_after_the_districts_count_are_parts_and_a_forecast_makes_it_an_estimate():
    found = extract_document(
        "Trên cơ sở đánh giá kết quả 11 tháng và dự ước khả năng thực hiện cả năm 2019, đến nay, huyện Can Lộc đã thực "
        "hiện đạt và vượt kế hoạch 22/24 chỉ tiêu. Cụ thể, trên lĩnh vực kinh tế, có 13/14 chỉ tiêu đạt và vượt kế "
        "hoạch; trên lĩnh vực xã hội, có 9/10 chỉ tiêu đạt và vượt kế hoạch.\n", source_id="t").facts
    met = [f for f in found if f["indicator"] == "targets_met"]
    assert [(f["value"], f["denominator"], f["qualifier"]) for f in met] == [(22, 24, "estimate")]


def test_a_forecast_of_the_year_is_an_estimate():
    found = extract_document("Dự ước năm 2019, thu nhập bình quân đầu người huyện Nông Cống đạt 40,2 triệu đồng.\n",
                             source_id="t").facts
    assert [f["qualifier"] for f in found if f["indicator"] == "income_per_capita"] == ["estimate"]


def test_communes_reaching_the_standard_then_the_total_of_new_rural_communes():
    found = extract_document(
        "Sáu tháng đầu năm 2018, huyện Quỳnh Lưu thu ngân sách hơn 210 tỷ đồng. Xây dựng nông thôn mới có thêm 3 xã về "
        "đích, nâng tổng số xã nông thôn mới toàn huyện lên 25/33 xã, bằng 75,8%.\n", source_id="t").facts
    assert values(found, "ntm_communes", "change") == [("2018-H1", 3)]
    assert [(f["value"], f["denominator"]) for f in found if f["indicator"] == "ntm_communes" and f["measure"] == "level"] \
        == [(25, 33)]


def test_in_a_district_of_a_centrally_run_city_the_citys_plan_is_assigned_from_above():
    found = extract_document("Năm 2018, tổng thu ngân sách của quận Sơn Trà thực hiện 702 tỷ đồng, đạt 115,2% kế hoạch "
                             "thành phố và 110,4% kế hoạch quận.\n", source_id="t").facts
    shares = sorted((f["target_body"] or "", f["value"]) for f in found if f["measure"] == "pct_of_target")
    assert len(shares) == 2 and ("province", 115.2) in shares and ("province", 110.4) not in shares


def test_society_in_economy_and_society_swallows_no_unit_and_a_bracketed_province_is_where_it_lies():
    found = extract_document(
        "6 tháng đầu năm 2024, tình hình kinh tế-xã hội của thị xã Ayun Pa (tỉnh Gia Lai) tiếp tục phát triển. Tổng "
        "giá trị sản xuất là 2.859 tỷ đồng, bằng 48,4% kế hoạch.\n", source_id="t").facts
    assert {(f["place_id"], f["period"]) for f in found} == {("gia-lai/thi-xa-ayun-pa", "2024-H1")}


@pytest.mark.parametrize("spelling", ["M'Đrắk", "M’Drắk", "MD’RẮK"])
def test_a_one_word_highland_name_joined_by_an_apostrophe_in_its_other_spellings(spelling):
    found = extract_document(f"Năm 2015, huyện {spelling} thu ngân sách đạt 95 tỷ đồng.\n", source_id="t").facts
    assert [f["place_id"] for f in found] == ["dak-lak/huyen-m-drak"]


def test_a_figure_cut_off_at_a_quarters_last_day_is_of_the_quarters_to_it():
    found = extract_document("Năm 2019, huyện Như Thanh: tỷ lệ hộ nghèo giảm nhanh. Nếu cuối năm 2011 tỷ lệ hộ nghèo là "
                             "19,5%, thì đến ngày 30/6/2019, còn 3,1%.\n", source_id="t").facts
    assert values(found, "poverty_rate", "level") == [("2011", 19.5), ("2019-H1", 3.1)]
