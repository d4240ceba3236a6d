""".pdf → raw paged text: the text layer read with pdfplumber, pages without one OCR'd.

Why pdfplumber (over plain pdfminer.six, which it wraps): it gives every character's box, so lines, tables
(ruled cells found from the drawn lines) and the page bands where headers and footers live are known from
geometry; `benchmarks/pdf_readers.py` measures both on the seeds written as PDFs.

A page counts as scanned when its text layer has fewer than MIN_TEXT_CHARS characters or is mostly glyph ids
pdfminer could not map to Unicode ("(cid:12)"): it is rendered with pypdfium2 and OCR'd (etl/readers/ocr.py).
"""
from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass

import pdfplumber
import pypdfium2
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from etl.readers import ReadError
from etl.readers.layout import Line, Page, Table, drop_running_lines, page_paragraphs, paged_text
from etl.readers.ocr import (
    MAX_IMAGE_PIXELS,
    MAX_OCR_PAGES,
    OCR_DOCUMENT_TIMEOUT_S,
    OCR_PAGE_TIMEOUT_S,
    ocr_dpi,
    ocr_page,
    ocr_unavailable_reason,
)

MAX_PDF_PAGES = 300             # a district report is 2-30 pages
MIN_TEXT_CHARS = 20             # fewer on a page: a scan (perhaps with a stamp's or signature's few glyphs)
_CID = re.compile(r"\(cid:\d+\)")


@dataclass(frozen=True)
class PdfText:
    text: str                   # raw paged text (etl/readers/__init__.py)
    pages: int
    ocr_pages: tuple[int, ...]  # 1-based numbers of the pages read by OCR
    ocr_confidence: float | None


def read_pdf(raw: bytes) -> PdfText:
    """The PDF's text in reading order; raises ReadError with the reason when it cannot be read."""
    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            count = len(pdf.pages)
            if count == 0:
                raise ReadError("PDF has no pages")
            if count > MAX_PDF_PAGES:
                raise ReadError(f"PDF has {count} pages; at most {MAX_PDF_PAGES} are read (MAX_PDF_PAGES)")
            pages: list[Page | None] = [_text_layer_page(page) for page in pdf.pages]
    except (PDFSyntaxError, PdfminerException) as error:
        raise ReadError(f"not a readable PDF: {error}") from None
    scanned = [index for index, page in enumerate(pages) if page is None]
    confidences: list[float] = []
    if scanned:
        reason = ocr_unavailable_reason()
        if reason:
            raise ReadError(reason)
        if len(scanned) > MAX_OCR_PAGES:
            raise ReadError(f"{len(scanned)} scanned pages; at most {MAX_OCR_PAGES} are OCR'd per document (MAX_OCR_PAGES)")
        deadline = time.monotonic() + OCR_DOCUMENT_TIMEOUT_S
        for index, image in zip(scanned, _render(raw, scanned)):
            timeout = min(OCR_PAGE_TIMEOUT_S, deadline - time.monotonic())
            if timeout <= 0:
                raise ReadError(f"OCR of {len(scanned)} scanned pages took longer than {OCR_DOCUMENT_TIMEOUT_S} s "
                                f"(OCR_DOCUMENT_TIMEOUT_S); stopped before page {index + 1}")
            pages[index], page_confidences = ocr_page(image, page_number=index + 1, timeout=timeout)
            confidences += page_confidences
    texts = [page_paragraphs(page) for page in drop_running_lines(pages)]
    mean = sum(confidences) / len(confidences) if confidences else None
    return PdfText(paged_text(texts), count, tuple(i + 1 for i in scanned), mean)


def _text_layer_page(page) -> Page | None:
    """Lines and ruled tables of a page's text layer, or None when the page has no usable text layer."""
    text = page.extract_text() or ""
    if len(_CID.sub("", text).strip()) < MIN_TEXT_CHARS or len(_CID.findall(text)) > len(text) / 20:
        return None
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    outside = page.filter(lambda obj: obj.get("object_type") != "char" or not any(_inside(obj, box) for box in boxes))
    lines = tuple(
        Line(line["text"], line["x0"], line["x1"], line["top"], line["bottom"])
        for line in outside.extract_text_lines(strip=True, return_chars=False) if line["text"].strip()
    )
    found = tuple(Table(tuple(tuple(_cell(cell) for cell in row) for row in table.extract()), table.bbox[1])
                  for table in tables)
    return Page(float(page.width), float(page.height), lines, found)


def _inside(char: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    middle_x, middle_y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def _cell(cell: str | None) -> str:
    """A cell's text on one line (cells wrap inside); the separator inside a cell would split it in two."""
    return " ".join((cell or "").replace("|", "/").split())


def _render(raw: bytes, indexes: list[int]):
    """The given pages as images at ocr_dpi() (lower for oversized pages, so no image exceeds MAX_IMAGE_PIXELS)."""
    document = pypdfium2.PdfDocument(raw)
    dpi = ocr_dpi()
    try:
        for index in indexes:
            page = document[index]
            width, height = page.get_size()
            scale = min(dpi / 72, (MAX_IMAGE_PIXELS / max(width * height, 1.0)) ** 0.5)
            yield page.render(scale=scale, grayscale=True).to_pil()
    finally:
        document.close()
