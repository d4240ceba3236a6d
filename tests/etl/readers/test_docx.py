"""etl/readers/docx.py: a Word file's paragraphs and tables in reading order, or a ReadError naming the problem."""
import io
import zipfile

import pytest

from etl.readers import CELL_SEPARATOR, ReadError
from etl.readers.docx import read_docx
from tests.etl.format_documents import write_docx


def test_paragraphs_then_table_rows_in_reading_order(tmp_path):
    path = write_docx("Báo cáo năm 2023\nChỉ tiêu | ĐVT | Ước TH 2023\nTỷ lệ hộ nghèo | % | 0,86\nSau bảng.",
                      tmp_path / "r.docx")
    text, warnings = read_docx(path.read_bytes())
    assert text.split("\n\n") == ["Báo cáo năm 2023",
                                  f"Chỉ tiêu{CELL_SEPARATOR}ĐVT{CELL_SEPARATOR}Ước TH 2023\n"
                                  f"Tỷ lệ hộ nghèo{CELL_SEPARATOR}%{CELL_SEPARATOR}0,86",
                                  "Sau bảng."]
    assert warnings == []


def test_not_a_zip_or_a_zip_without_a_document_is_refused():
    with pytest.raises(ReadError, match="not a Word .docx file"):
        read_docx(b"plain text, not a zip")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("other.xml", "<x/>")
    with pytest.raises(ReadError, match="no word/document.xml"):
        read_docx(buffer.getvalue())


def test_a_damaged_document_body_is_refused_with_the_reason():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not-closed")
    with pytest.raises(ReadError, match="not a readable .docx"):
        read_docx(buffer.getvalue())
