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
