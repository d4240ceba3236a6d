"""Test documents in the formats analysts receive, written at test time from a text (never committed).

Paragraphs are runs of lines between blank lines (as the .txt seeds write them); "a | b | c" lines are tables.
write_docx: python-docx, a paragraph's lines joined by line breaks, tables as real Word tables.
write_pdf: fpdf2 with the bundled Noto Sans (Vietnamese glyphs), A4, each line wrapped at the margin, space
           between paragraphs, a running header and a page-number footer on every page, tables ruled.
write_scanned_pdf: the PDF's pages rendered to images (pypdfium2) and put back into a PDF with no text layer.
render_page_png: one page rendered to a PNG, as a phone photo or scanner would deliver it.
"""
from __future__ import annotations

from pathlib import Path

import docx
import pypdfium2
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "assets" / "fonts" / "NotoSans-Regular.ttf"
RUNNING_HEADER = "ỦY BAN NHÂN DÂN HUYỆN — BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT"


def _blocks(text: str):
    """("p", lines) for a paragraph (lines with no blank line between), ("t", rows) for a run of table lines."""
    rows: list[list[str]] = []
    lines: list[str] = []
    for line in text.split("\n"):
        if line.count("|") >= 2:
            if lines:
                yield "p", lines
                lines = []
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
            continue
        if rows:
            yield "t", rows
            rows = []
        if line.strip():
            lines.append(line)
        elif lines:
            yield "p", lines
            lines = []
    if lines:
        yield "p", lines
    if rows:
        yield "t", rows


def write_docx(text: str, path: Path, *, font: str | None = None) -> Path:
    document = docx.Document()
    for kind, block in _blocks(text):
        if kind == "p":
            run = document.add_paragraph().add_run("\n".join(block))     # lines of a paragraph: line breaks
            if font:
                run.font.name = font
        else:
            width = max(len(row) for row in block)
            table = document.add_table(rows=len(block), cols=width)
            for row, cells in zip(table.rows, block):
                for cell, value in zip(row.cells, cells):
                    cell.text = value
    document.save(path)
    return path


class _Report(FPDF):
    def header(self):
        self.set_font("noto", size=8)
        self.cell(0, 6, RUNNING_HEADER, align="C")
        self.ln(10)

    def footer(self):
        self.set_y(-15)
        self.set_font("noto", size=8)
        self.cell(0, 10, f"Trang {self.page_no()}/{{nb}}", align="C")


def write_pdf(text: str, path: Path, *, font_size: float = 11) -> Path:
    pdf = _Report(format="A4")
    pdf.add_font("noto", fname=str(FONT))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("noto", size=font_size)
    line_height = font_size * 0.5
    for kind, block in _blocks(text):
        if kind == "p":
            for line in block:
                pdf.multi_cell(0, line_height, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(line_height * 0.8)
        else:
            with pdf.table(first_row_as_headings=False, line_height=line_height) as table:
                for cells in block:
                    row = table.row()
                    for value in cells:
                        row.cell(value)
            pdf.ln(line_height * 0.8)
    pdf.output(str(path))
    return path


def render_pages(pdf_path: Path, *, dpi: int):
    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil() for page in document]
    finally:
        document.close()


def write_scanned_pdf(pdf_path: Path, path: Path, *, dpi: int = 200) -> Path:
    """A PDF of page images only, as a scanner makes it."""
    images = render_pages(pdf_path, dpi=dpi)
    scan = FPDF(format="A4")
    for image in images:
        scan.add_page()
        scan.image(image, x=0, y=0, w=scan.w, h=scan.h)
    scan.output(str(path))
    return path


def render_page_png(pdf_path: Path, path: Path, *, page: int = 0, dpi: int = 200) -> Path:
    render_pages(pdf_path, dpi=dpi)[page].save(path)
    return path
