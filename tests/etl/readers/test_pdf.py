"""etl/readers/pdf.py: a text PDF's paragraphs in reading order with a page mark per page, or a ReadError."""
import pytest

from etl.readers import PAGE_MARK, ReadError
from etl.readers.pdf import read_pdf
from tests.etl.format_documents import write_pdf

PARAGRAPH = ("Năm 2023, thu ngân sách trên địa bàn đạt 797 tỷ đồng, tăng 12% so với cùng kỳ; tỷ lệ hộ nghèo "
             "còn 2,5%, giảm 0,7 điểm phần trăm so với đầu năm.")


def test_a_text_pdf_needs_no_ocr_and_keeps_its_words(tmp_path):
    result = read_pdf(write_pdf(f"Báo cáo tổng kết năm 2023\n{PARAGRAPH}", tmp_path / "r.pdf").read_bytes())
    assert result.pages == 1 and result.ocr_pages == () and result.ocr_confidence is None
    assert result.text.startswith(PAGE_MARK)
    assert " ".join(result.text.replace(PAGE_MARK, "").split()).endswith(PARAGRAPH)   # wrapped lines joined again


def test_each_page_begins_with_a_mark(tmp_path):
    long = "\n".join([PARAGRAPH] * 40)
    result = read_pdf(write_pdf(long, tmp_path / "long.pdf").read_bytes())
    assert result.pages >= 2 and result.text.count(PAGE_MARK) == result.pages


def test_bytes_that_are_no_pdf_are_refused():
    with pytest.raises(ReadError, match="not a readable PDF"):
        read_pdf(b"%PDF-1.4 but nothing after")
