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
