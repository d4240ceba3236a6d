"""etl/readers: .docx, text PDF, scanned PDF and images become the same kind of Document as a .txt file."""
import docx
import pytest
from fpdf import FPDF
from PIL import Image

import pytesseract

from etl.extract import extract_document
from etl.pages import page_at
from etl.read import Document, Rejection, paged_clean_text, read_document
from etl.readers import PAGE_MARK, ReadError
from etl.readers.layout import Line, Page, drop_running_lines, join_lines, page_paragraphs
from etl.readers.ocr import MAX_OCR_PAGES, ocr_page
from tests.etl.format_documents import RUNNING_HEADER, render_page_png, render_pages, write_docx, write_pdf

LEAD = "Huyện Trần Đề tổng kết năm 2023\n\n"
TABLE = ("Chỉ tiêu | ĐVT | Kế hoạch 2023 | Ước TH 2023\n"
         "Tỷ lệ hộ nghèo | % | 0,9 | 0,86\n"
         "Thu ngân sách trên địa bàn | Tỷ đồng | 120 | 131,5")
PROSE = ("Năm 2023, kinh tế của huyện tiếp tục tăng trưởng khá, đời sống vật chất và tinh thần của Nhân dân được "
         "nâng lên, quốc phòng, an ninh được giữ vững, công tác xây dựng Đảng và hệ thống chính trị được chú trọng.")


def ok(path) -> Document:
    document = read_document(path)
    assert isinstance(document, Document), document
    return document


def table_facts(text):
    return {(f["indicator"], f["measure"], f["value"]) for f in extract_document(text, source_id="t").facts}


# --- .docx ----------------------------------------------------------------------------------------------

def test_docx_paragraphs_and_tables_come_in_reading_order(tmp_path):
    document = ok(write_docx(f"{LEAD}Một số chỉ tiêu chủ yếu:\n{TABLE}\nSau bảng là đoạn văn.", tmp_path / "r.docx"))
    assert document.method == "docx" and document.page_starts is None
    assert document.text == (f"Huyện Trần Đề tổng kết năm 2023\n\nMột số chỉ tiêu chủ yếu:\n\n{TABLE}\n\n"
                             "Sau bảng là đoạn văn.")
    assert table_facts(document.text) >= {("poverty_rate", "target", 0.9), ("poverty_rate", "level", 0.86),
                                          ("budget_revenue", "target", 120), ("budget_revenue", "level", 131.5)}


def test_a_merged_docx_cell_is_written_once_and_keeps_the_columns(tmp_path):
    word = docx.Document()
    table = word.add_table(rows=2, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text = "Chỉ tiêu", "Năm 2023"
    table.cell(0, 1).merge(table.cell(0, 2))
    for cell, value in zip(table.rows[1].cells, ("Tỷ lệ hộ nghèo", "0,9", "0,86")):
        cell.text = value
    word.save(tmp_path / "merged.docx")
    assert ok(tmp_path / "merged.docx").text == "Chỉ tiêu | Năm 2023 |\nTỷ lệ hộ nghèo | 0,9 | 0,86"


def test_a_broken_docx_is_rejected_and_named(tmp_path):
    path = tmp_path / "broken.docx"
    write_docx(PROSE, path)
    path.write_bytes(path.read_bytes()[:300])
    result = read_document(path)
    assert isinstance(result, Rejection) and "docx" in result.reason.lower()


# --- text PDF -------------------------------------------------------------------------------------------

def test_pdf_lines_are_joined_into_paragraphs_and_running_lines_dropped(tmp_path):
    paragraphs = [f"Đoạn {i}. {PROSE}" for i in range(1, 21)]
    document = ok(write_pdf("\n\n".join(paragraphs), tmp_path / "r.pdf"))
    assert document.method == "pdf"
    assert document.text == "\n\n".join(paragraphs)       # hard wraps, page breaks inside paragraphs: all joined
    assert RUNNING_HEADER not in document.text and "Trang" not in document.text
    assert len(document.page_starts) >= 2 and document.page_starts[0] == 0
    second = document.page_starts[1]
    assert page_at(document.page_starts, 0) == 1 and page_at(document.page_starts, second) == 2
    assert page_at(document.page_starts, second - 1) == 1 and page_at(None, 5) is None


def test_pdf_tables_are_kept_as_rows_the_extractor_reads(tmp_path):
    document = ok(write_pdf(f"{LEAD}Một số chỉ tiêu chủ yếu:\n{TABLE}\nSau bảng là đoạn văn.", tmp_path / "t.pdf"))
    assert TABLE in document.text
    assert table_facts(document.text) >= {("poverty_rate", "level", 0.86), ("budget_revenue", "level", 131.5)}


def _line(text, top, x0=50.0, x1=545.0):
    return Line(text, x0, x1, top, top + 12)


def test_layout_joins_wrapped_lines_and_hyphenated_words_but_not_new_paragraphs():
    page = Page(595, 842, (
        _line("Tổng giá trị sản xuất các ngành kinh tế đạt 12.345 tỷ đồng, phát tri-", 100),
        _line("ển kinh tế - xã hội của huyện tiếp tục ổn định", 114, x1=300),
        _line("Tỷ lệ hộ nghèo giảm còn 1,59%.", 150, x1=250),                         # after a blank line
        _line("Thu ngân sách đạt 105% dự toán tỉnh giao, tăng 12% so với cùng kỳ và", 164),
        _line("- Huy động vốn đầu tư phát triển đạt 3.210 tỷ đồng.", 178, x1=400),    # a list item
        _line("Số xã đạt chuẩn nông thôn mới là 7/9 xã.", 192, x0=80, x1=300),         # indented
    ))
    assert page_paragraphs(page).paragraphs == (
        "Tổng giá trị sản xuất các ngành kinh tế đạt 12.345 tỷ đồng, phát triển kinh tế - xã hội của huyện tiếp "
        "tục ổn định",
        # after a blank line's space: a new paragraph; in it, lines that did not wrap stay lines
        "Tỷ lệ hộ nghèo giảm còn 1,59%.\n"
        "Thu ngân sách đạt 105% dự toán tỉnh giao, tăng 12% so với cùng kỳ và\n"
        "- Huy động vốn đầu tư phát triển đạt 3.210 tỷ đồng.\n"
        "Số xã đạt chuẩn nông thôn mới là 7/9 xã.",
    )
    assert join_lines(["kinh tế -", "xã hội"]) == "kinh tế - xã hội"       # a dash after a space stays


def test_running_headers_repeat_on_most_pages_and_page_numbers_anywhere_in_the_bands():
    def page(number, first_line):
        return Page(595, 842, (_line("UBND huyện Trần Đề - Báo cáo số 12", 20), _line(first_line, 100),
                               _line(f"- {number} -", 815, x0=290, x1=305)))
    pages = drop_running_lines([page(1, "Năm 2023 huyện đạt 8/18 chỉ tiêu."), page(2, "Tỷ lệ hộ nghèo còn 1,59%.")])
    assert [[line.text for line in p.lines] for p in pages] == [["Năm 2023 huyện đạt 8/18 chỉ tiêu."],
                                                                 ["Tỷ lệ hộ nghèo còn 1,59%."]]
    single = drop_running_lines([Page(595, 842, (_line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 20),
                                                 _line("Trang 1", 815)))])
    assert [line.text for line in single[0].lines] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]   # once: kept


def test_page_marks_become_exact_page_offsets():
    raw = f"{PAGE_MARK}\n\nMở đầu của\n\n{PAGE_MARK}\n\nTrang hai của {PAGE_MARK} trang ba.\n\n{PAGE_MARK}"
    text, starts = paged_clean_text(raw)
    assert text == "Mở đầu của\n\nTrang hai của trang ba."
    assert starts == (0, text.index("Trang hai"), text.index("trang ba"), len(text))


def test_a_pdf_with_too_many_scanned_pages_is_rejected_before_any_ocr(tmp_path):
    blank = FPDF()
    for _ in range(MAX_OCR_PAGES + 1):
        blank.add_page()
    blank.output(str(tmp_path / "scan.pdf"))
    result = read_document(tmp_path / "scan.pdf")
    assert isinstance(result, Rejection) and "MAX_OCR_PAGES" in result.reason


# --- OCR ------------------------------------------------------------------------------------------------

def _short_pdf(tmp_path):
    return write_pdf(f"{LEAD}Năm 2023, tỷ lệ hộ nghèo của huyện giảm còn 1,59%, đạt và vượt 8/18 chỉ tiêu Nghị quyết.",
                     tmp_path / "short.pdf")


def test_a_photographed_page_is_read_by_ocr(tmp_path):
    document = ok(render_page_png(_short_pdf(tmp_path), tmp_path / "photo.png", dpi=200))
    assert document.method == "ocr" and document.page_starts is None
    assert "tỷ lệ hộ nghèo của huyện giảm còn 1,59%" in document.text
    assert any("read by OCR" in warning and "confidence" in warning for warning in document.warnings)


def test_without_tesseract_a_scan_is_rejected_with_that_reason(tmp_path, monkeypatch):
    png = render_page_png(_short_pdf(tmp_path), tmp_path / "photo.png", dpi=100)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract-here"))
    result = read_document(png)
    assert isinstance(result, Rejection) and "Tesseract is not installed" in result.reason


def test_without_vietnamese_data_a_scan_is_rejected_with_that_reason(tmp_path, monkeypatch):
    png = render_page_png(_short_pdf(tmp_path), tmp_path / "photo.png", dpi=100)
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))        # a tessdata folder with no vie.traineddata
    result = read_document(png)
    assert isinstance(result, Rejection) and "no Vietnamese data" in result.reason


def test_an_image_too_large_for_a_page_scan_is_rejected(tmp_path):
    Image.new("L", (8000, 6000), 255).save(tmp_path / "huge.png")
    result = read_document(tmp_path / "huge.png")
    assert isinstance(result, Rejection) and "too large for OCR" in result.reason


def test_ocr_of_a_page_is_stopped_at_its_time_limit(tmp_path):
    dense = write_pdf("\n\n".join([f"Đoạn {i}. {PROSE}" for i in range(12)]), tmp_path / "dense.pdf")
    with pytest.raises(ReadError, match="stopped after 1 s"):
        ocr_page(render_pages(dense, dpi=300)[0], page_number=1, timeout=0.2)
