"""exports/actions.py: every panel action makes the right file for the right chart."""
import io
import zipfile

import openpyxl
import pytest
from PIL import Image
from pptx import Presentation

from components.export_panel import EXPORT_ACTIONS
from exports.actions import make_export
from exports.errors import ExportError


def test_actions_cover_the_panel():
    assert set(EXPORT_ACTIONS) == {"png-standard", "png-slide", "svg-standard", "svg-slide", "csv-shown", "xlsx-shown",
                            "csv-full", "xlsx-full", "zip", "pptx"}


@pytest.mark.parametrize("action", ["csv-shown", "xlsx-shown", "csv-full", "xlsx-full", "zip"])
def test_data_actions(action, specs, context, facts):
    payload, name = make_export(action, "compare-poverty", specs, context, full_data=facts)
    assert name.isascii() and name.startswith("poverty-rate_level_")
    if action.startswith("csv"):
        assert payload.startswith(b"\xef\xbb\xbf")
        lines = payload.decode("utf-8-sig").strip().splitlines()
        assert len(lines) - 1 == (3 if action.endswith("shown") else len(facts))
    elif action.startswith("xlsx"):
        assert openpyxl.load_workbook(io.BytesIO(payload)).worksheets[0].max_row == \
            (4 if action.endswith("shown") else len(facts) + 1)
    else:
        assert "README.md" in zipfile.ZipFile(io.BytesIO(payload)).namelist()


@pytest.mark.parametrize("action,size", [("png-standard", (3400, 2400)), ("png-slide", (5120, 2880))])
def test_image_actions(action, size, specs, context, renderer):
    payload, name = make_export(action, "compare-income", specs, context)
    assert name.endswith(f"_{context['lang']}_{action.split('-')[1]}.png")
    with Image.open(io.BytesIO(payload)) as im:
        assert im.size == size


def test_svg_and_pptx_actions(specs, context, renderer):
    svg, name = make_export("svg-standard", "compare-growth", specs, context)
    assert name.endswith(".svg") and b"<svg" in svg[:200]
    assert b'width="850"' in svg[:400] and b'height="600"' in svg[:400]
    svg, name = make_export("svg-slide", "compare-growth", specs, context)   # both sizes as vectors too
    assert name.endswith(f"_{context['lang']}_slide.svg") and b'width="1280"' in svg[:400] and b'height="720"' in svg[:400]
    deck, name = make_export("pptx", "compare-growth", specs, context)
    assert name.endswith(".pptx") and len(Presentation(io.BytesIO(deck)).slides) == 3


def test_unknown_chart_and_empty_view_are_friendly_errors(specs, context):
    with pytest.raises(ExportError) as err:
        make_export("csv-shown", "gone", specs, context)
    assert "tải lại trang" in err.value.user_message("vi") and "Reload" in err.value.user_message("en")
    with pytest.raises(ExportError) as err:
        make_export("pptx", "x", [], context)
    assert err.value.key == "error_no_charts"
    with pytest.raises(ValueError):
        make_export("gif", "compare-income", specs, context)
