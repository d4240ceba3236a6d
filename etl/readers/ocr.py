"""Scanned pages → positioned lines, with Tesseract and its Vietnamese data (Debian: tesseract-ocr, tesseract-ocr-vie).

Every page is time-bounded (OCR_PAGE_TIMEOUT_S, and OCR_DOCUMENT_TIMEOUT_S for all pages of a document) and the
page count and pixel size are capped, so one huge
scan cannot stall a run; the caller turns the ReadError into that document's rejection. Lines come back with
their boxes so the same layout rules as for PDF text (etl/readers/layout.py) join them into paragraphs and
drop running headers and page numbers.
"""
from __future__ import annotations

import functools
import os
import statistics

import pytesseract
from PIL import Image, ImageOps

from etl.readers import ReadError
from etl.readers.layout import Line, Page

OCR_LANGUAGE = "vie"
DEFAULT_OCR_DPI = 300            # what Tesseract is trained for; 11 pt text is ~45 px high here
OCR_PAGE_TIMEOUT_S = 120         # a page takes 2.5-4 s of CPU (benchmarks/ocr_pages.py); wall time, so a busy
OCR_DOCUMENT_TIMEOUT_S = 600     # machine gets slack; all OCR of one document: 20 slow pages never hold a run 40 min
MAX_OCR_PAGES = 20               # a scanned report longer than this is split or sent as text
MAX_IMAGE_PIXELS = 40_000_000    # an A4 page at 600 dpi is ~35 MP; more is not a page scan
LOW_CONFIDENCE = 80              # mean word confidence (0-100) below which the document carries a warning
# One Tesseract thread per page: on a shared 2-core machine its OpenMP threads only fight each other (measured
# in benchmarks/ocr_pages.py); documents, not threads, are what a run can spread over cores.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def ocr_dpi() -> int:
    """Resolution scanned PDF pages are rendered at for OCR: $NQ_OCR_DPI, else DEFAULT_OCR_DPI (100-600)."""
    try:
        return min(600, max(100, int(os.environ.get("NQ_OCR_DPI", DEFAULT_OCR_DPI))))
    except ValueError:
        return DEFAULT_OCR_DPI


def ocr_unavailable_reason() -> str | None:
    """Why OCR cannot run on this machine, or None when Tesseract with Vietnamese data is ready."""
    return _unavailable_reason(pytesseract.pytesseract.tesseract_cmd, os.environ.get("TESSDATA_PREFIX"))


@functools.lru_cache(maxsize=8)
def _unavailable_reason(command: str, tessdata: str | None) -> str | None:
    """Asked once per Tesseract command and data folder (it costs a process start)."""
    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError):
        return "scanned document needs OCR, but Tesseract is not installed (Debian: apt-get install tesseract-ocr)"
    if OCR_LANGUAGE not in languages:
        return ("scanned document needs OCR, but Tesseract has no Vietnamese data "
                "(Debian: apt-get install tesseract-ocr-vie)")
    return None


def prepare_image(image: Image.Image) -> Image.Image:
    """Upright greyscale page: EXIF rotation applied; refused when it is too large to be a page scan."""
    width, height = image.size
    if width * height > MAX_IMAGE_PIXELS:
        raise ReadError(f"image too large for OCR: {width}×{height} pixels exceeds {MAX_IMAGE_PIXELS:,} (MAX_IMAGE_PIXELS)")
    return ImageOps.exif_transpose(image).convert("L")


def ocr_page(image: Image.Image, *, page_number: int, timeout: float = OCR_PAGE_TIMEOUT_S) -> tuple[Page, list[float]]:
    """One page image → its lines (pixels) and the confidence of each word Tesseract read, within `timeout` s."""
    reason = ocr_unavailable_reason()
    if reason:
        raise ReadError(reason)
    image = prepare_image(image)
    try:
        data = pytesseract.image_to_data(image, lang=OCR_LANGUAGE, config="--psm 3",
                                         output_type=pytesseract.Output.DICT, timeout=max(1, round(timeout)))
    except RuntimeError as error:   # pytesseract's timeout
        raise ReadError(f"OCR of page {page_number} stopped after {max(1, round(timeout))} s (OCR_PAGE_TIMEOUT_S "
                        f"{OCR_PAGE_TIMEOUT_S} s per page, OCR_DOCUMENT_TIMEOUT_S {OCR_DOCUMENT_TIMEOUT_S} s per "
                        f"document): {error}") from None
    except pytesseract.TesseractError as error:
        raise ReadError(f"OCR of page {page_number} failed: {error.message or error}") from None
    words: dict[tuple[int, int, int], list[int]] = {}
    confidences = []
    for i, text in enumerate(data["text"]):
        if not text.strip():
            continue
        words.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
        confidences.append(float(data["conf"][i]))
    lines = []
    for indexes in words.values():
        left = min(data["left"][i] for i in indexes)
        right = max(data["left"][i] + data["width"][i] for i in indexes)
        top = statistics.median(data["top"][i] for i in indexes)
        bottom = statistics.median(data["top"][i] + data["height"][i] for i in indexes)
        lines.append(Line(" ".join(data["text"][i] for i in indexes), left, right, top, bottom))
    return Page(float(image.width), float(image.height), tuple(lines)), confidences
