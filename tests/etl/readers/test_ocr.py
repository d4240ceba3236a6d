"""etl/readers/ocr.py: the OCR resolution, the reason OCR cannot run, and the page images it accepts."""
import io

import pytest
import pytesseract
from PIL import Image

from etl.readers import ReadError
from etl.readers.ocr import DEFAULT_OCR_DPI, MAX_IMAGE_PIXELS, ocr_dpi, ocr_unavailable_reason, prepare_image


@pytest.mark.parametrize("value, dpi", [("200", 200), ("50", 100), ("9000", 600), ("much", DEFAULT_OCR_DPI)])
def test_the_resolution_comes_from_the_environment_within_bounds(monkeypatch, value, dpi):
    monkeypatch.setenv("NQ_OCR_DPI", value)
    assert ocr_dpi() == dpi


def test_without_the_setting_the_default_resolution(monkeypatch):
    monkeypatch.delenv("NQ_OCR_DPI", raising=False)
    assert ocr_dpi() == DEFAULT_OCR_DPI


def test_a_missing_tesseract_is_named_as_the_reason(monkeypatch):
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    assert "Tesseract is not installed" in ocr_unavailable_reason()


def test_a_page_image_is_made_greyscale_and_upright():
    image = Image.new("RGB", (40, 20), "white")
    exif = image.getexif()
    exif[0x0112] = 6                         # EXIF orientation: rotate 90° clockwise to view
    rotated = Image.open(_saved(image, exif))
    prepared = prepare_image(rotated)
    assert prepared.mode == "L" and prepared.size == (20, 40)


def test_an_image_too_large_for_a_page_scan_is_refused():
    side = int(MAX_IMAGE_PIXELS ** 0.5) + 1
    with pytest.raises(ReadError, match="image too large for OCR"):
        prepare_image(Image.new("L", (side, side)))


def _saved(image, exif):
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    buffer.seek(0)
    return buffer
