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
