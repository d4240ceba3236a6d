""".docx → raw text: body paragraphs and tables in reading order, with python-docx.

Each paragraph is one line, with a blank line after it as in text reports; each table row is one line of cells joined by CELL_SEPARATOR, so the extractor
reads "Chỉ tiêu | ĐVT | Kế hoạch | Ước TH" tables from a Word file as it does from text. A cell merged across
columns is written once and leaves the columns it covers empty (so a value is never counted twice and every
row keeps its column count). Runs typed in a legacy Vietnamese font (.VnTime = TCVN3, VNI-Times = VNI) are
converted to Unicode by etl/legacy_fonts.py; Word stores their bytes as the Windows code page's characters.
Headers, footers, comments and text boxes are not read (letterheads and page furniture, not the report).
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from etl.legacy_fonts import font_encoding, from_legacy_font
from etl.readers import CELL_SEPARATOR, PAGE_MARK, ReadError

MAX_DOCX_XML_BYTES = 50 * 1024 * 1024   # uncompressed document.xml; a zip bomb stops here


def read_docx(raw: bytes) -> tuple[str, list[str]]:
    """(raw text, warnings); raises ReadError with the reason when the file is no readable Word document."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        info = archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError):
        raise ReadError("not a Word .docx file (no word/document.xml inside); save it as .docx from Word") from None
    if info.file_size > MAX_DOCX_XML_BYTES:
        raise ReadError(f"document body is {info.file_size:,} bytes uncompressed; the limit is {MAX_DOCX_XML_BYTES:,}")
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as error:  # noqa: BLE001 — python-docx raises many kinds for a damaged file
        raise ReadError(f"not a readable .docx: {type(error).__name__}: {error}") from None
    fonts: set[str] = set()
    lines = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            lines.append(_paragraph_text(Paragraph(element, document), fonts))
        elif element.tag == qn("w:tbl"):
            lines.append("\n".join(_table_lines(DocxTable(element, document), fonts)))
    warnings = [f"text in the legacy font encoding {name} converted to Unicode" for name in sorted(fonts)]
    return "\n\n".join(lines).replace(PAGE_MARK, ""), warnings


def _paragraph_text(paragraph: Paragraph, fonts: set[str]) -> str:
    """The paragraph's runs (and hyperlinks' runs) in order; runs in a legacy font converted."""
    default_font = _style_font(paragraph)
    parts = []
    for run in paragraph.iter_inner_content() if hasattr(paragraph, "iter_inner_content") else paragraph.runs:
        for inner in getattr(run, "runs", [run]):
            text = inner.text
            encoding = font_encoding(inner.font.name or default_font)
            if encoding and text:
                fonts.add(encoding.name)
                text = from_legacy_font(text, encoding)
            parts.append(text)
    return "".join(parts)      # a line break inside the paragraph (Shift+Enter) stays a line break


def _style_font(paragraph: Paragraph) -> str | None:
    style = paragraph.style
    while style is not None:
        if style.font is not None and style.font.name:
            return style.font.name
        style = style.base_style
    return None


def _table_lines(table: DocxTable, fonts: set[str]) -> list[str]:
    """One line per row; a nested table's rows follow its cell's row. A merged cell (python-docx repeats it for
    every grid column and row it covers) is written where it starts only."""
    lines, seen = [], set()
    for row in table.rows:
        cells, nested = [], []
        for cell in row.cells:
            if cell._tc in seen:
                cells.append("")
                continue
            seen.add(cell._tc)   # the set keeps the element proxies alive, so identity holds
            cells.append(" ".join(_paragraph_text(p, fonts) for p in cell.paragraphs).replace("|", "/"))
            for inner in cell.tables:
                nested.extend(_table_lines(inner, fonts))
        lines.append(CELL_SEPARATOR.join(" ".join(c.split()) for c in cells))
        lines.extend(nested)
    return lines
