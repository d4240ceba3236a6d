"""Pages that report on several districts of a province, paragraph by paragraph (issue 14, sets 16 and 17).

Every sentence here is a short paraphrase written for the test (names and numbers changed), never a copy of an
article; the articles themselves stay outside the repository (benchmarks/real_eval.py reads them from a folder).
"""
from etl.extract import extract_document


def _by_place(facts, indicator):
    return sorted((f["place_id"], f["value"]) for f in facts if f["indicator"] == indicator and f["measure"] == "level")


def test_each_district_of_a_page_on_several_keeps_the_figures_of_its_own_paragraphs():
    text = ("HĐND các huyện Duy Xuyên, Quế Sơn tổ chức kỳ họp cuối năm\n"
            "* Tại huyện Duy Xuyên, kỳ họp thường kỳ cuối năm 2021 khai mạc sáng 15/12.\n"
            "Năm 2021, huyện Duy Xuyên có tổng giá trị sản xuất đạt 9.120 tỷ đồng. Thu nhập bình quân đầu người đạt "
            "48 triệu đồng.\n"
            "* Cùng ngày, HĐND huyện Quế Sơn khai mạc kỳ họp thứ 3. Năm 2021, tốc độ tăng trưởng kinh tế của huyện "
            "Quế Sơn đạt 6,2%, tổng giá trị sản xuất đạt 4.310 tỷ đồng.\n"
            "Thu nhập bình quân đầu người đạt 39 triệu đồng.\n")
    found = extract_document(text, source_id="t").facts
    assert _by_place(found, "production_value") == [
        ("quang-nam/huyen-duy-xuyen", 9120), ("quang-nam/huyen-que-son", 4310)]
    assert _by_place(found, "income_per_capita") == [
        ("quang-nam/huyen-duy-xuyen", 48), ("quang-nam/huyen-que-son", 39)]


def test_the_page_turns_back_when_a_paragraph_opens_on_the_documents_own_district():
    text = ("Huyện Duy Xuyên: kinh tế tăng trưởng khá\n"
            "Năm 2021, huyện Duy Xuyên có tổng giá trị sản xuất đạt 9.120 tỷ đồng.\n"
            "Đối với huyện Quế Sơn, tổng giá trị sản xuất đạt 4.310 tỷ đồng. Huyện Quế Sơn có 12 xã đạt chuẩn nông "
            "thôn mới.\n"
            "Trở lại huyện Duy Xuyên, thu nhập bình quân đầu người đạt 48 triệu đồng. Duy Xuyên có 13 xã đạt chuẩn "
            "nông thôn mới.\n")
    found = extract_document(text, source_id="t").facts
    assert _by_place(found, "income_per_capita") == [("quang-nam/huyen-duy-xuyen", 48)]
    assert _by_place(found, "ntm_communes") == [("quang-nam/huyen-duy-xuyen", 13), ("quang-nam/huyen-que-son", 12)]


def test_a_district_named_once_in_passing_does_not_take_the_paragraph():
    text = ("Huyện Duy Xuyên tổng kết năm 2021\n"
            "Năm 2021, đoàn công tác của huyện Quế Sơn đến thăm và học tập kinh nghiệm. Tổng giá trị sản xuất của "
            "huyện Duy Xuyên đạt 9.120 tỷ đồng, thu nhập bình quân đầu người đạt 48 triệu đồng.\n"
            "Năm 2021, huyện có 13 xã đạt chuẩn nông thôn mới.\n")
    found = extract_document(text, source_id="t").facts
    assert {f["place_id"] for f in found} == {"quang-nam/huyen-duy-xuyen"}


def test_a_district_named_as_a_yardstick_does_not_take_the_paragraph():
    text = ("Huyện Duy Xuyên tổng kết năm 2021\n"
            "Năm 2021, thu nhập bình quân đầu người của huyện cao hơn huyện Quế Sơn, đạt 48 triệu đồng.\n"
            "Tổng giá trị sản xuất đạt 9.120 tỷ đồng; huyện Quế Sơn chỉ đạt 4.310 tỷ đồng.\n"
            "Năm 2021, huyện có 13 xã đạt chuẩn nông thôn mới.\n")
    found = extract_document(text, source_id="t").facts
    assert _by_place(found, "income_per_capita") == [("quang-nam/huyen-duy-xuyen", 48)]
    assert _by_place(found, "ntm_communes") == [("quang-nam/huyen-duy-xuyen", 13)]


def test_paragraphs_after_one_that_opens_on_the_province_by_name_are_the_provinces():
    text = ("Thành phố Gia Nghĩa: 16/18 chỉ tiêu đạt và vượt\n"
            "Năm 2019, thành phố Gia Nghĩa có 16/18 chỉ tiêu đạt và vượt so với Nghị quyết; thu ngân sách nhà nước "
            "đạt trên 700 tỷ đồng.\n"
            "Kết thúc năm 2019, dưới sự chỉ đạo của Tỉnh ủy, Đắk Nông đã đạt được những kết quả quan trọng.\n"
            "Tình hình kinh tế của tỉnh cơ bản ổn định. Nổi bật, thu ngân sách nhà nước trên địa bàn ước đạt 2.400 tỷ "
            "đồng.\n")
    found = extract_document(text, source_id="t").facts
    assert _by_place(found, "budget_revenue") == [("dak-nong", 2400), ("dak-nong/thanh-pho-gia-nghia", 700)]


def test_a_province_named_as_frame_or_owner_takes_no_paragraph_and_the_district_word_turns_back():
    text = ("Thành phố Gia Nghĩa tổng kết năm 2019\n"
            "Gia Nghĩa là đô thị trung tâm của tỉnh Đắk Nông. Năm 2019, thu ngân sách nhà nước đạt trên 700 tỷ đồng.\n"
            "Năm 2019, Đắk Nông có tốc độ tăng trưởng GRDP đạt 7,8%.\n"
            "Năm 2019, thành phố có tỷ lệ hộ nghèo còn 0,9%.\n")
    found = extract_document(text, source_id="t").facts
    assert _by_place(found, "budget_revenue") == [("dak-nong/thanh-pho-gia-nghia", 700)]
    assert [(f["place_id"], f["value"]) for f in found if f["indicator"] == "grdp"] == [("dak-nong", 7.8)]
    assert _by_place(found, "poverty_rate") == [("dak-nong/thanh-pho-gia-nghia", 0.9)]


def test_the_documents_district_named_later_in_a_paragraph_opened_by_the_province_takes_it_back():
    text = ("Huyện Đam Rông giảm nghèo bền vững\n"
            "Năm 2019, Lâm Đồng tiếp tục thực hiện chuẩn nghèo đa chiều. Năm 2019, huyện Đam Rông có 1.500 hộ "
            "nghèo. Đến cuối năm, hộ nghèo còn 1.500 hộ, chiếm 11,5%.\n")
    found = extract_document(text, source_id="t").facts
    assert _by_place(found, "poverty_rate") == [("lam-dong/huyen-dam-rong", 11.5)]


def test_a_sentence_opening_with_theo_do_reads_the_period_of_the_report_named_before_it():
    text = ("HĐND thị xã Cửa Lò tổ chức kỳ họp thứ 5\n"
            "Ngày 12/7, HĐND thị xã Cửa Lò tổ chức kỳ họp thứ 5, nhiệm kỳ 2016 - 2021.\n"
            "Tại kỳ họp, HĐND thị xã đã bầu bổ sung chức danh Ủy viên UBND thị xã với 29/29 phiếu đồng ý.\n"
            "Kỳ họp cũng đã thông qua báo cáo tình hình kinh tế - xã hội của thị xã 6 tháng đầu năm 2018. Theo đó, tốc độ "
            "tăng trưởng kinh tế đạt 7,2%. Thu ngân sách đạt trên 61 tỷ đồng. Thành lập mới được 21 doanh nghiệp.\n")
    found = extract_document(text, source_id="t").facts
    assert {(f["indicator"], f["period"]) for f in found} == {
        ("production_value", "2018-H1"), ("budget_revenue", "2018-H1"), ("new_enterprises", "2018-H1")}


def test_industry_with_basic_construction_abbreviated_xdcb_is_no_industrial_output():
    found = extract_document(
        "Năm 2021, huyện Đầm Hà: giá trị sản xuất công nghiệp, TTCN, XDCB đạt 722 tỷ đồng; giá trị sản xuất công "
        "nghiệp - TTCN đạt 300 tỷ đồng.\n", source_id="t").facts
    assert [(f["indicator"], f["value"]) for f in found] == [("industrial_output", 300)]


def test_income_per_head_in_the_communes_together_is_rural_income():
    found = extract_document(
        "Năm 2020, huyện Yên Dũng đạt chuẩn nông thôn mới. Thu nhập bình quân đầu người tại các xã năm 2020 đạt "
        "41,2 triệu đồng/người/năm.\n", source_id="t").facts
    assert [(f["indicator"], f["value"]) for f in found] == [("rural_income_per_capita", 41.2)]


def test_a_page_on_districts_of_several_provinces_names_each_with_its_province_once():
    text = ("Công nhận 3 huyện, thị xã đạt chuẩn nông thôn mới\n"
            "Đến nay, tỷ lệ hộ nghèo của huyện Đông Sơn, tỉnh Thanh Hóa giảm từ 20,5% (năm 2010) xuống còn 2,1%. Toàn "
            "huyện đã có 14/14 xã đạt chuẩn nông thôn mới.\n"
            "Với nhiều nỗ lực, huyện Hoài Nhơn, tỉnh Bình Định đã có 15/15 xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo "
            "giảm còn 3,1%.\n"
            "Những năm qua, thị xã An Nhơn, tỉnh Bình Định đã chỉ đạo tốt chương trình; thị xã An Nhơn có 10/10 xã "
            "đạt chuẩn nông thôn mới.\n")
    found = extract_document(text, source_id="t").facts
    assert _by_place(found, "poverty_rate") == [("binh-dinh/thi-xa-hoai-nhon", 3.1), ("thanh-hoa/huyen-dong-son", 2.1)]
    assert _by_place(found, "ntm_communes") == [
        ("binh-dinh/thi-xa-an-nhon", 10), ("binh-dinh/thi-xa-hoai-nhon", 15), ("thanh-hoa/huyen-dong-son", 14)]


def test_the_year_of_a_starting_level_in_brackets_frames_no_document():
    text = ("Huyện Đông Sơn đạt chuẩn nông thôn mới năm 2018\n"
            "Sau 8 năm, thu nhập bình quân đầu người tăng từ 10,1 triệu đồng (năm 2010) lên 42 triệu đồng; tỷ lệ hộ "
            "nghèo giảm từ 21% (năm 2010) xuống còn 2,2%.\n")
    found = extract_document(text, source_id="t").facts
    assert {(f["indicator"], f["period"]) for f in found if f["measure"] == "level"} >= {("poverty_rate", "2018")}


def test_a_rate_the_catalogue_does_not_hold_takes_its_own_figure():
    found = extract_document(
        "Năm 2019, thành phố Kon Tum phấn đấu đến năm 2020 tỷ lệ hộ nghèo giảm 1%/năm, tỷ lệ trường đạt chuẩn quốc "
        "gia đạt hơn 40%. Cuối năm 2019, hộ cận nghèo 850 hộ, tỷ lệ 2,1%.\n", source_id="t").facts
    assert not [f for f in found if f["value"] == 40]
    assert [(f["indicator"], f["value"]) for f in found if f["value"] == 2.1] == [("near_poverty_rate", 2.1)]


def test_more_names_of_catalogue_quantities():
    found = extract_document(
        "Năm 2018, thị xã Ba Đồn: tổng mức hàng hóa bán lẻ và doanh thu dịch vụ tiêu dùng năm 2018 đạt hơn 2.500 tỷ "
        "đồng; giá trị thu nhập bình quân trên 1 hécta đất trồng trọt trên 110 triệu đồng; tỷ lệ người dân sử dụng "
        "BHYT: 97,5%.\n", source_id="t").facts
    assert {(f["indicator"], f["value"]) for f in found} == {
        ("retail_sales", 2500), ("output_per_ha", 110), ("health_insurance_coverage", 97.5)}


def test_the_share_of_poor_households_counted_from_the_start_of_the_term():
    found = extract_document(
        "Huyện Con Cuông sau 10 năm xây dựng nông thôn mới\nNăm 2018, đời sống người dân được nâng lên. Số hộ nghèo "
        "giảm từ đầu kỳ 45,2% (năm 2010) xuống còn 19,8% (năm 2018). Thu nhập bình quân đầu người: 22,5 triệu "
        "đồng/người/năm.\n", source_id="t").facts
    assert ("poverty_rate", "2018", 19.8) in {(f["indicator"], f["period"], f["value"]) for f in found}
    assert ("income_per_capita", "2018", 22.5) in {(f["indicator"], f["period"], f["value"]) for f in found}


def test_a_money_total_said_only_as_a_percentage_over_its_span_is_its_share_of_the_plan():
    # (the next clause's bare "đạt 105%", without its span, leaves unsaid of what: no figure)
    found = extract_document(
        "Nhiệm kỳ qua, huyện Chợ Gạo đạt và vượt nhiều chỉ tiêu. Thu nhập bình quân đầu người năm 2015 là 35 triệu "
        "đồng/người/năm, tổng thu ngân sách giai đoạn 2010-2015 đạt 140%, tổng vốn đầu tư toàn xã hội đạt 105%.\n",
        source_id="t").facts
    got = {(f["indicator"], f["measure"], f["period"], f["value"]) for f in found}
    assert got == {("income_per_capita", "level", "2015", 35), ("budget_revenue", "pct_of_target", "2010-2015", 140)}


def test_a_tone_typed_on_the_wrong_vowel_is_folded():
    from etl.lexicon import fold_spelling
    assert fold_spelling("giai đọan 2010-2015, hòan thành, tóan bộ, lọai") == "giai đoạn 2010-2015, hoàn thành, toán bộ, loại"
    assert fold_spelling("Hòa Bình, khỏe, họa") == "Hòa Bình, khỏe, họa"


def test_each_article_of_a_page_of_several_is_about_its_own_district():
    text = ("6 tháng đầu năm 2019, thu ngân sách trên địa bàn thị xã đạt 310 tỷ đồng. Giá trị sản xuất công nghiệp của "
            "Phước Long ước đạt 5.100 tỷ đồng.\n"
            "Phó chủ tịch HĐND tỉnh đánh giá cao kết quả của thị xã Phước Long trong 6 tháng đầu năm 2019.\n"
            "***\n"
            "Sáng 18-7, HĐND huyện Bù Đăng tổ chức kỳ họp thứ 8. 6 tháng đầu năm 2019, thu ngân sách trên địa bàn "
            "huyện Bù Đăng đạt 150 tỷ đồng.\n"
            "HĐND huyện Bù Đăng thông qua các nghị quyết; huyện Bù Đăng tiếp tục phát triển.\n")
    result = extract_document(text, source_id="t")
    assert _by_place(result.facts, "budget_revenue") == [
        ("binh-phuoc/huyen-bu-dang", 150), ("binh-phuoc/thi-xa-phuoc-long", 310)]
    assert _by_place(result.facts, "industrial_output") == [("binh-phuoc/thi-xa-phuoc-long", 5100)]


def test_a_page_whose_most_named_district_states_no_figure_is_about_the_district_of_its_first_figures():
    text = ("Công nhận 3 huyện, thị xã đạt chuẩn nông thôn mới\n"
            "Đến nay, tỷ lệ hộ nghèo của huyện Đông Sơn, tỉnh Thanh Hóa còn 2,1%.\n"
            "Huyện Hoài Nhơn, tỉnh Bình Định đã có 15/15 xã đạt chuẩn nông thôn mới.\n"
            "Thị xã An Nhơn, tỉnh Bình Định được công nhận hoàn thành nhiệm vụ; thị xã An Nhơn phát triển nhanh, thị "
            "xã An Nhơn có nhiều đổi mới.\n")
    result = extract_document(text, source_id="t")
    assert result.place["place_id"] == "thanh-hoa/huyen-dong-son"


def test_a_year_after_an_opening_adverbial_frames_the_report():
    text = ("Tại kỳ họp, các đại biểu HĐND huyện đã nghe 5 báo cáo.\n"
            "Theo báo cáo, năm 2022 huyện Nông Cống đã đạt được những kết quả tích cực. Thu nhập bình quân đầu người "
            "đạt 50,1 triệu đồng/năm. Huyện đã tổ chức Lễ công bố huyện đạt chuẩn NTM năm 2020.\n")
    found = extract_document(text, source_id="t").facts
    assert [(f["indicator"], f["period"]) for f in found] == [("income_per_capita", "2022")]


def test_what_the_year_is_expected_to_end_with_measured_against_its_plan_is_an_estimated_result():
    found = extract_document(
        "Năm 2024, huyện Thăng Bình có nhiều kết quả. Tổng thu ngân sách dự kiến 1.500 tỷ đồng, vượt 30% so dự toán. "
        "Năm 2025, tổng thu ngân sách dự kiến 1.700 tỷ đồng.\n", source_id="t", published="2024-12-20").facts
    got = {(f["measure"], f["period"], f["value"], f["qualifier"]) for f in found}
    assert got == {("level", "2024", 1500, "estimate"), ("pct_of_target", "2024", 130, "estimate"),
                   ("target", "2025", 1700, None)}
