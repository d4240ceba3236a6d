"""Test documents made at test time from short paraphrases: a Word file, a text PDF and a scanned PDF.

The scan is honest: the text PDF is rasterised (pypdfium2) and only the picture goes into the new PDF, so the
reader must OCR it (no text layer survives).
"""
from __future__ import annotations

import io
from pathlib import Path

import pypdfium2
from docx import Document as WordDocument
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[1]
FONT = ROOT / "assets" / "fonts" / "NotoSans-Regular.ttf"
SCAN_SCALE = 300 / 72   # 300 dpi, what office scanners produce


def write_docx(text: str, path: Path) -> Path:
    """One paragraph per line of `text` (the first line as the heading)."""
    document = WordDocument()
    lines = [line for line in text.splitlines() if line.strip()]
    document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    document.save(path)
    return path


def write_text_pdf(text: str, path: Path) -> Path:
    pdf = FPDF(format="A4")
    pdf.add_font("NotoSans", fname=str(FONT))
    pdf.set_font("NotoSans", size=12)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for line in text.splitlines():
        if line.strip():
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(path))
    return path


def write_scanned_pdf(text: str, path: Path) -> Path:
    """The text PDF rendered to a 300 dpi picture, wrapped alone in a PDF page (no text layer)."""
    source = io.BytesIO()
    source_pdf = path.with_suffix(".source.pdf")
    write_text_pdf(text, source_pdf)
    page = pypdfium2.PdfDocument(str(source_pdf))[0]
    image = page.render(scale=SCAN_SCALE, grayscale=True).to_pil()
    source_pdf.unlink()
    image.save(source, format="PNG")
    source.seek(0)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(source, x=0, y=0, w=210, h=297)
    pdf.output(str(path))
    return path
