"""The source passage of a figure from a PDF says which page the quote is on (documents table: page_starts)."""
from components.passage import passage_panel

TEXT = "Trang một: mở đầu báo cáo.\n\nTrang hai: tỷ lệ hộ nghèo giảm còn 1,59%."
START = TEXT.index("tỷ lệ hộ nghèo")
FACT = {"source_id": "r", "quote": "tỷ lệ hộ nghèo giảm còn 1,59%", "char_start": START,
        "char_end": START + len("tỷ lệ hộ nghèo giảm còn 1,59%"), "place_name": "Huyện Trần Đề", "period": "2023"}


def test_a_pdf_quote_names_its_page_in_the_readers_language():
    document = {"source_id": "r", "file_name": "r.pdf", "title": "Báo cáo", "text": TEXT,
                "page_starts": [0, TEXT.index("Trang hai")]}
    assert "Page 2" in str(passage_panel(FACT, document, lang="en"))
    assert "Trang 2" in str(passage_panel(FACT, document, lang="vi"))
    first = {**FACT, "char_start": 0, "char_end": 9}
    assert "Page 1" in str(passage_panel(first, document, lang="en"))


def test_a_text_document_has_no_page():
    document = {"source_id": "r", "file_name": "r.txt", "title": "Báo cáo", "text": TEXT, "page_starts": None}
    assert "Page" not in str(passage_panel(FACT, document, lang="en"))
