"""Language classes found on a fourth held-out set of real district reports (paraphrased sentences, not copies)."""
from etl.extract import extract_document
from etl.periods import document_period, sub_year_period

LEAD = "Huyện Cư Kuin, tỉnh Đắk Lắk tổng kết năm 2021.\n"


def facts(body: str, lead: str = LEAD):
    return extract_document(lead + body).facts


def pick(found, indicator, measure):
    return [f for f in found if f["indicator"] == indicator and f["measure"] == measure]


def test_month_counts_written_with_a_leading_zero_or_in_words():
    assert sub_year_period("Trong 03 tháng đầu năm 2023, huyện thu được 30 tỷ đồng").label == "2023-Q1"
    assert sub_year_period("Sáu tháng đầu năm 2015, kinh tế chuyển biến").label == "2015-H1"
    assert sub_year_period("kết quả 09 tháng năm 2022").label == "2022-9M"
    text = "Huyện ủy Phú Lộc họp.\nSáu tháng đầu năm 2015, tình hình kinh tế - xã hội của huyện chuyển biến tích cực."
    assert document_period(text).label == "2015-H1"
