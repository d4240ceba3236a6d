"""exports/images.py: PNG at 4× and SVG, with header and footer drawn in, Vietnamese text, ASCII names (what goes
where: test_image_layout.py; the browser: test_image_renderer.py).

These need Chromium (scripts/test.sh installs it); see the `renderer` fixture — they fail, not skip, without it.
"""
import io
import re

import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image

from components.chart_spec import ChartSpec
from exports.image_layout import SIZES
from exports.images import image_filename, render_image


def png_size(payload: bytes) -> tuple[int, int]:
    assert payload[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(io.BytesIO(payload)) as im:
        return im.size


@pytest.mark.parametrize("size", ["standard", "slide"])
def test_png_has_the_requested_pixel_size_at_4x(income_spec, context, renderer, size):
    payload = render_image(income_spec, context, fmt="png", size=size)
    w, h = SIZES[size]
    assert png_size(payload) == (w * 4, h * 4)          # 3400×2400 and 5120×2880
    assert png_size(render_image(income_spec, context, fmt="png", size=size, scale=1)) == (w, h)


def test_svg_carries_header_and_footer_text(income_spec, context, renderer):
    svg = render_image(income_spec, context, fmt="svg").decode("utf-8")
    assert svg.lstrip().startswith("<svg")
    assert 'width="850"' in svg and 'height="600"' in svg
    assert "Thu nhập bình quân đầu người" in svg                         # title: the indicator
    assert "Mức đạt được · triệu đồng/người · năm 2023" in svg          # subtitle: measure, unit, period
    lang = context["lang"]
    assert ("Nguồn:" if lang == "vi" else "Sources:") in svg             # footer: sources…
    assert "Huyện ủy Trà Cú: Tổng kết Nghị quyết năm 2023" in svg
    assert context["vintage"] in svg                                     # …data vintage…
    assert "127.0.0.1:8050/?view=compare" in svg                        # …and the view's URL
    assert "Noto Sans" in svg


def _svg_layout(svg: str) -> dict:
    plot = re.search(r'class="axesclip" id="clip\w+xy"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" '
                     r'height="([\d.]+)"', svg)
    plot_top, plot_bottom = float(plot.group(2)), float(plot.group(2)) + float(plot.group(4))
    xticks = [float(y) for y in re.findall(r'<g class="xtick"><text[^>]* y="([\d.]+)"', svg)]
    title = re.search(r'class="gtitle" x="([\d.]+)" y="([\d.]+)"', svg)
    sub = re.search(r'class="gtitle-subtitle"[^>]*y="([\d.]+)"[^>]*>(.*?)</text>', svg)
    sub_lines = sub.group(2).count('class="line"') or 1
    foot = re.search(r'<g class="annotation"[^>]*>(?:(?!</g></g></g>).)*?translate\(([\d.]+),([\d.]+)\)'
                     r'(?:(?!</g></g></g>).)*?(Nguồn|Sources)', svg)
    xtitle = re.search(r'class="xtitle"[^>]*y="([\d.]+)"', svg)
    return dict(plot_top=plot_top, plot_bottom=plot_bottom, xticks=xticks, title_x=float(title.group(1)), title_y=float(title.group(2)),
                sub_y=float(sub.group(1)), sub_lines=sub_lines, foot_x=float(foot.group(1)),
                foot_y=float(foot.group(2)), xtitle_y=float(xtitle.group(1)) if xtitle else None)


@pytest.mark.parametrize("size", ["standard", "slide"])
def test_header_and_footer_do_not_overlap_the_chart(specs, context, renderer, size):
    for spec in specs:
        svg = render_image(spec, context, fmt="svg", size=size).decode("utf-8")
        lay = _svg_layout(svg)
        w, h = SIZES[size]
        sub_font = 13.5 if size == "standard" else 16.5
        header_bottom = lay["sub_y"] + lay["sub_lines"] * sub_font * 1.3
        assert header_bottom <= lay["plot_top"], spec.chart_id
        lowest_axis_text = max(lay["xticks"] + ([lay["xtitle_y"]] if lay["xtitle_y"] else []))
        assert lowest_axis_text + 4 <= lay["foot_y"], spec.chart_id       # footer below the axis labels
        assert lay["foot_y"] < h - 20
        assert abs(lay["foot_x"] - lay["title_x"]) <= 3                  # footer aligned with the title


def test_filenames_are_ascii_and_say_what_the_image_is(specs, context):
    lang = context["lang"]
    name = image_filename(specs[1], lang=lang, size="standard", fmt="png")
    assert name == f"poverty-rate_level_phung-hiep-tran-de-tra-cu_2023_{lang}_standard.png"
    for spec in specs:
        for size in SIZES:
            for fmt in ("png", "svg"):
                n = image_filename(spec, lang=lang, size=size, fmt=fmt)
                assert n.isascii() and n.endswith(f"_{lang}_{size}.{fmt}") and " " not in n


def test_non_cartesian_figures_export_too(context, renderer):
    data = pd.DataFrame({"place_name": ["Huyện Trần Đề"], "indicator": ["targets_met"], "measure": ["level"],
                         "value": [8.0], "denominator": [18.0], "unit": ["targets"], "period": ["2023"]})
    fig = go.Figure(go.Pie(labels=["đạt", "chưa đạt"], values=[8, 10]))
    spec = ChartSpec(chart_id="pie", title="Chỉ tiêu nghị quyết đạt và vượt", subtitle="8/18", figure=fig, data=data)
    assert png_size(render_image(spec, context, fmt="png", size="slide", scale=1)) == (1280, 720)
