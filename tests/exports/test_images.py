"""exports/images.py: PNG at 4× and SVG, with header and footer drawn in, Vietnamese text, ASCII names.

These need Chromium (scripts/test.sh installs it); see the `renderer` fixture — they fail, not skip, without it.
"""
import io
import re
import time

import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image

from components.chart_spec import ChartSpec
from exports.errors import ChromiumMissingError
from exports.images import SIZES, ImageRenderer, decorate_figure, image_filename, render_image
from tests.export_samples import sample_context
from exports.fonts import text_width


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


def test_header_cannot_be_left_out(income_spec, context):
    bare = ChartSpec(chart_id="bare", title="", subtitle="", figure=income_spec.figure, data=income_spec.data)
    fig = decorate_figure(bare, context)
    assert "Thu nhập bình quân đầu người" in fig.layout.title.text or "Income per capita" in fig.layout.title.text
    assert "2023" in fig.layout.title.subtitle.text
    footer = fig.layout.annotations[-1].text
    assert context["url"].split("?")[0] in footer
    # the spec's own figure is untouched
    assert income_spec.figure.layout.title.text is None and not income_spec.figure.layout.annotations


def test_long_titles_and_many_sources_are_wrapped_not_cut_off(income_spec, context):
    long = ChartSpec(chart_id="long", title="Giá trị sản xuất trên 1 ha đất nông nghiệp, thủy sản " * 5,
                     subtitle=income_spec.subtitle, figure=income_spec.figure, data=income_spec.data,
                     source_ids=[f"doc{i}" for i in range(30)])
    docs = pd.DataFrame({"source_id": [f"doc{i}" for i in range(30)],
                         "title": [f"Báo cáo kết quả thực hiện Nghị quyết số {i} năm 2023 của Huyện ủy" for i in range(30)],
                         "place_name": ["Huyện Trần Đề"] * 30, "published": ["2024-01-10"] * 30})
    fig = decorate_figure(long, {**context, "sources": docs}, size="standard")
    assert fig.layout.title.text.count("<br>") == 1               # two lines at most, ending in …
    assert fig.layout.title.text.endswith("…")
    footer = fig.layout.annotations[-1].text
    assert ("văn bản khác" in footer) or ("more documents" in footer)
    assert footer.count("<br>") <= 7


def test_filenames_are_ascii_and_say_what_the_image_is(specs, context):
    lang = context["lang"]
    name = image_filename(specs[1], lang=lang, size="standard", fmt="png")
    assert name == f"poverty-rate_level_phung-hiep-tran-de-tra-cu_2023_{lang}_standard.png"
    for spec in specs:
        for size in SIZES:
            for fmt in ("png", "svg"):
                n = image_filename(spec, lang=lang, size=size, fmt=fmt)
                assert n.isascii() and n.endswith(f"_{lang}_{size}.{fmt}") and " " not in n


def test_one_warm_browser_serves_every_render(income_spec, context, renderer):
    """What makes exports fast (benchmarks/export_images.py measures it): renders reuse the running Chromium."""
    render_image(income_spec, context, fmt="png", renderer=renderer)
    kaleido = renderer._kaleido
    for fmt in ("png", "svg"):
        render_image(income_spec, context, fmt=fmt, renderer=renderer)
    assert renderer.running and renderer._kaleido is kaleido


def test_a_crowded_grid_goes_on_one_line_in_a_font_that_fits(context):
    """16 rows of "value<br>rank" cells in an 850×600 image: one line per cell, small enough for row and column."""
    rows = [[f"<b>{i},5 %</b><br>hạng {i}/16" for _ in range(5)] for i in range(16)]
    fig = go.Figure(go.Heatmap(z=[[0.5] * 5] * 16, text=rows, texttemplate="%{text}", textfont=dict(size=11),
                               x=[f"Huyện {c}" for c in "ABCDE"], y=[f"Chỉ tiêu {i}" for i in range(16)]))
    fig.update_layout(height=824, xaxis=dict(side="top"))
    spec = ChartSpec(chart_id="grid", title="Bảng xếp hạng", subtitle="Giá trị", figure=fig,
                     data=pd.DataFrame({"source_id": ["s"]}), source_ids=["s"])
    out = decorate_figure(spec, context, size="standard")
    cells = out.data[0]
    assert all("<br>" not in c for row in cells.text for c in row) and "· hạng" in cells.text[3][0]
    plot_h = SIZES["standard"][1] - out.layout.margin.t - out.layout.margin.b
    assert cells.textfont.size * 1.3 <= plot_h / 16
    roomy = decorate_figure(ChartSpec(chart_id="g2", title="T", subtitle="S", figure=go.Figure(go.Heatmap(
        z=[[0.5]], text=[["<b>1</b><br>hạng 1/1"]], texttemplate="%{text}", textfont=dict(size=11))),
        data=pd.DataFrame({"source_id": ["s"]}), source_ids=["s"]), context, size="standard")
    assert roomy.data[0].text[0][0] == "<b>1</b><br>hạng 1/1" and roomy.data[0].textfont.size == 11


def test_missing_chromium_is_a_friendly_error(monkeypatch, income_spec, context):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    r = ImageRenderer()
    with pytest.raises(ChromiumMissingError) as err:
        render_image(income_spec, context, renderer=r)
    assert "Chromium" in err.value.user_message("en") and "BROWSER_PATH" in err.value.user_message("en")
    assert "Chromium" in err.value.user_message("vi")


def test_renderer_recovers_after_the_browser_dies(income_spec):
    from tests.export_samples import sample_context

    context = sample_context("vi")
    r = ImageRenderer(tabs=1)
    try:
        first = render_image(income_spec, context, fmt="svg", renderer=r)
        import os
        import signal

        os.killpg(os.getpgid(r._kaleido.subprocess.pid), signal.SIGKILL)   # Chromium crashes
        time.sleep(0.5)
        again = render_image(income_spec, context, fmt="svg", renderer=r)
        assert b"Thu nh" in again and len(again) > 0.5 * len(first)
    finally:
        r.stop()


def test_non_cartesian_figures_export_too(context, renderer):
    data = pd.DataFrame({"place_name": ["Huyện Trần Đề"], "indicator": ["targets_met"], "measure": ["level"],
                         "value": [8.0], "denominator": [18.0], "unit": ["targets"], "period": ["2023"]})
    fig = go.Figure(go.Pie(labels=["đạt", "chưa đạt"], values=[8, 10]))
    spec = ChartSpec(chart_id="pie", title="Chỉ tiêu nghị quyết đạt và vượt", subtitle="8/18", figure=fig, data=data)
    assert png_size(render_image(spec, context, fmt="png", size="slide", scale=1)) == (1280, 720)


def test_wrapped_row_labels_get_a_font_their_lines_fit(context):
    """Three-line indicator names on 12 rows of an 850×600 image: the tick font fits the lines drawn."""
    labels = [f"Chỉ tiêu số {i} có tên<br>dài xuống dòng<br>(đơn vị)" for i in range(12)]
    fig = go.Figure(go.Heatmap(z=[[0.5] * 3] * 12, y=labels, x=["A", "B", "C"]))
    fig.update_layout(yaxis=dict(tickfont=dict(size=11)))
    spec = ChartSpec(chart_id="g", title="Bảng", subtitle="S", figure=fig,
                     data=pd.DataFrame({"source_id": ["s"]}), source_ids=["s"])
    out = decorate_figure(spec, context, size="standard")
    plot_h = SIZES["standard"][1] - out.layout.margin.t - out.layout.margin.b
    lines = max(str(y).count("<br>") + 1 for y in out.data[0].y)  # as drawn: kept on 3 lines or put on one
    assert out.layout.yaxis.tickfont.size * lines * 1.3 <= plot_h / 12 + 0.1
    assert out.layout.yaxis.tickfont.size >= 8


@pytest.mark.parametrize("size", ["standard", "slide", "deck"])
def test_lower_is_better_is_stated_on_the_image(facts, size):
    # the catalogue's direction (components.labels.lower_is_better): poverty rate is lower-is-better
    rows = facts[facts.indicator == "poverty_rate"].reset_index(drop=True)
    spec = ChartSpec(chart_id="poverty", title="Tỷ lệ hộ nghèo", subtitle="", data=rows,
                     figure=go.Figure(go.Bar(x=list(rows["place_name"]), y=list(rows["value"]))))
    for lang, text in (("vi", "↓ Thấp hơn là tốt hơn"), ("en", "↓ Lower is better")):
        fig = decorate_figure(spec, sample_context(lang), size=size, lang=lang)
        notes = [a for a in fig.layout.annotations if a.name == "direction"]
        assert [a.text for a in notes] == [text]
        assert notes[0].y >= 1 and fig.layout.margin.t > 0  # above the plot area, inside the canvas


def test_higher_is_better_and_no_direction_for_mixed_indicators(facts, income_spec, context):
    lang = context["lang"]
    fig = decorate_figure(income_spec, context, lang=lang)
    assert [a.text for a in fig.layout.annotations if a.name == "direction"] == [
        "↑ Cao hơn là tốt hơn" if lang == "vi" else "↑ Higher is better"]
    mixed = ChartSpec(chart_id="all", title="Tất cả", subtitle="", data=facts,
                      figure=go.Figure(go.Bar(x=list(facts["place_name"]), y=list(facts["value"]))))
    assert not [a for a in decorate_figure(mixed, context, lang=lang).layout.annotations if a.name == "direction"]


def test_scorecard_row_labels_stay_legible_on_a_slide_picture(sample_dataset):
    from components.scorecard import build_scorecard
    from components.selection import scope_places
    from exports.images import LINE

    places = scope_places(sample_dataset.places)[0]
    spec = build_scorecard(sample_dataset.facts, places, lang="vi", briefing=True).spec
    rows = list(spec.figure.data[0].y)
    assert len(rows) >= 10 and any("<br>" in r for r in rows)  # a grid with wrapped labels, as the view draws it
    fig = decorate_figure(spec, sample_context("vi"), size="deck", lang="vi")
    labels = list(fig.data[0].y)
    # on one line each, in at least 14 px (about 10 pt on the slide), and each row tall enough for its label
    assert all("<br>" not in x for x in labels) and len(labels) == len(rows)
    size = fig.layout.yaxis.tickfont.size
    assert size >= 14
    plot_h = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    assert size * LINE <= plot_h / len(labels)
    assert fig.layout.margin.l >= max(text_width(x, size) for x in labels)  # not cut at the left edge
    assert fig.data[0].textfont.size >= 11
