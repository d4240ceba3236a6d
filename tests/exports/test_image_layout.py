"""exports/image_layout.py: what goes where on a chart image (header, footer, margins, what is squeezed to fit),
computed without a browser: plain plotly figures and numbers."""
import pandas as pd
import plotly.graph_objects as go
import pytest

from components.chart_spec import ChartSpec
from exports.context import ExportContext
from exports.fonts import text_width
from exports.image_layout import (LINE, SIZES, STYLES, _extra_top, _fit_table, _header_lines, _left_space,
                                  _legend_rows, _x_axis_space, decorate_figure, footer_lines, rows_note,
                                  text_block_height)
from tests.export_samples import sample_context


def _words(text: str) -> list[str]:
    return " ".join(text.split()).split(" ")


def test_footer_wrapping_keeps_every_word_and_every_line_fits(income_spec, context):
    docs = pd.DataFrame({"source_id": [f"d{i}" for i in range(5)],
                         "title": [f"Báo cáo sơ kết Nghị quyết số {i} về phát triển kinh tế nông thôn" for i in range(5)],
                         "place_name": ["Huyện Trần Đề"] * 5, "published": ["2024-01-10"] * 5})
    spec = ChartSpec(chart_id="s", title="T", subtitle="S", figure=income_spec.figure, data=income_spec.data,
                     source_ids=list(docs["source_id"]))
    ctx = ExportContext.from_any({**context, "sources": docs})
    width, size = 300.0, 10.5
    lines = footer_lines(spec, ctx, width=width, size=size, lang=context["lang"])
    assert len(lines) > 5                                     # narrow: the sources take several lines
    assert all(text_width(line, size) <= width for line in lines)
    joined = " ".join(lines)
    for title in docs["title"]:
        assert all(word in joined for word in _words(title))  # wrapped, never cut


def test_footer_names_at_most_max_sources_and_counts_the_rest(income_spec, context):
    docs = pd.DataFrame({"source_id": [f"d{i}" for i in range(5)], "title": [f"Văn bản {i}" for i in range(5)]})
    spec = ChartSpec(chart_id="s", title="T", subtitle="S", figure=income_spec.figure, data=income_spec.data,
                     source_ids=list(docs["source_id"]))
    ctx = ExportContext.from_any({**context, "sources": docs})
    text = " ".join(footer_lines(spec, ctx, width=800, size=10.5, lang=context["lang"], max_sources=2))
    assert "Văn bản 0" in text and "Văn bản 1" in text and "Văn bản 2" not in text
    assert "+3" in text


def test_a_short_title_takes_one_line_and_a_long_one_at_most_two_within_the_frame():
    st = STYLES["standard"]
    inner_w = SIZES["standard"][0] - 2 * st.pad
    short, _, short_h = _header_lines("Tỷ lệ hộ nghèo", "", inner_w, st)
    assert short == ["Tỷ lệ hộ nghèo"]
    long_title = "Giá trị sản xuất trên 1 ha đất nông nghiệp, thủy sản " * 6
    lines, subs, long_h = _header_lines(long_title, "Mức đạt được · % · năm 2023", inner_w, st)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(text_width(line, st.title, bold=True) <= inner_w for line in lines)
    assert subs == ["Mức đạt được · % · năm 2023"]
    # the header grows by one title line and the subtitle block, nothing more
    assert long_h - short_h == pytest.approx(st.title * LINE + 0.15 * st.title + st.subtitle * LINE)


def test_a_wider_canvas_needs_fewer_title_lines():
    title = "Giá trị sản xuất trên 1 ha đất nông nghiệp, thủy sản của các huyện"
    narrow = _header_lines(title, "", 400, STYLES["standard"])[0]
    wide = _header_lines(title, "", SIZES["slide"][0] - 2 * STYLES["slide"].pad, STYLES["slide"])[0]
    assert len(narrow) == 2 and len(wide) == 1


def test_text_block_height_counts_lines_and_their_largest_font():
    assert text_block_height("", 12) == 0.0
    assert text_block_height("một dòng", 12) == 12 * LINE
    assert text_block_height("hai<br>dòng", 12) == 2 * 12 * LINE
    assert text_block_height('<span style="font-size: 30px">8</span>/18', 12) == 30 * LINE
    assert text_block_height('<span style="font-size: 10px">nhỏ</span>', 12) == 10 * LINE


def test_extra_top_is_what_an_item_above_the_plot_needs_beyond_the_gap():
    assert _extra_top([], 400, 6) == 0.0
    assert _extra_top([(0.0, 6.0)], 400, 6) == 0.0              # fits in the gap
    assert _extra_top([(0.0, 30.0)], 400, 6) == 24.0             # at the plot's top: the rest of its height
    assert _extra_top([(0.5, 30.0)], 400, 6) == 0.0              # halfway down the plot: room enough


def test_the_left_margin_holds_the_widest_row_label():
    short = go.Figure(go.Bar(orientation="h", x=[1, 2], y=["A", "B"]))
    names = ["Thành phố Sóc Trăng", "Huyện Trần Đề"]
    long = go.Figure(go.Bar(orientation="h", x=[1, 2], y=names))
    need = _left_space(long, 12, 10, 18)
    assert need >= 18 + max(text_width(n, 12) for n in names)
    assert _left_space(short, 12, 10, 18) < need
    assert _left_space(long, 12, 500, 18) == 500                          # never less than the figure asked for
    assert _left_space(go.Figure(go.Pie(values=[1, 2])), 12, 10, 18) == 18   # no axes: just the padding


def test_crowded_x_labels_are_angled_and_take_more_room_below_the_plot():
    few = go.Figure(go.Bar(x=["A", "B"], y=[1, 2]))
    many = go.Figure(go.Bar(x=[f"Huyện số {i} rất dài" for i in range(30)], y=list(range(30))))
    assert _x_axis_space(many, 600, 12) > _x_axis_space(few, 600, 12) + 40
    titled = go.Figure(few).update_layout(xaxis_title="Giá trị")
    assert _x_axis_space(titled, 600, 12) > _x_axis_space(few, 600, 12)


def test_a_legend_wraps_to_more_rows_on_a_narrower_plot():
    fig = go.Figure([go.Bar(x=[1], y=[1], name=f"Tỉnh số {i}") for i in range(8)])
    assert _legend_rows(fig, 2000, 12) == 1
    assert _legend_rows(fig, 300, 12) > _legend_rows(fig, 600, 12) > 1


def test_fit_table_keeps_whole_rows_that_fit_and_cuts_per_row_colours():
    n = 40
    table = go.Table(header=dict(values=["Huyện", "Giá trị"]),
                     cells=dict(values=[[f"Huyện {i}" for i in range(n)], [str(i) for i in range(n)]],
                                fill=dict(color=[["#fff"] * n, ["#eee"] * n])))
    fig = go.Figure(table)
    kept, total = _fit_table(fig, fig.data[0], 300.0, 600.0, 12)
    assert total == n and 1 <= kept < n
    assert [len(c) for c in fig.data[0].cells.values] == [kept, kept]
    assert [len(c) for c in fig.data[0].cells.fill.color] == [kept, kept]
    # header (28 px) + kept rows (20 px + 4 each) within 97% of the height; one more row would not be
    assert 32 + kept * 24 <= 300 * 0.97 < 32 + (kept + 1) * 24
    small = go.Figure(go.Table(header=dict(values=["A"]), cells=dict(values=[["1", "2"]])))
    assert _fit_table(small, small.data[0], 300.0, 600.0, 12) == (2, 2)


def test_a_cut_table_records_its_rows_note_and_the_subtitle_says_it(context):
    n = 60
    fig = go.Figure(go.Table(header=dict(values=["Huyện", "Giá trị"]),
                             cells=dict(values=[[f"Huyện {i}" for i in range(n)], [str(i) for i in range(n)]])))
    spec = ChartSpec(chart_id="tbl", title="Bảng", subtitle="Giá trị", figure=fig,
                     data=pd.DataFrame({"source_id": ["s"]}), source_ids=["s"])
    out = decorate_figure(spec, context, size="standard")
    kept = len(out.data[0].cells.values[0])
    assert kept < n and rows_note(out) and str(kept) in rows_note(out) and str(n) in rows_note(out)
    assert rows_note(out) in out.layout.title.subtitle.text
    assert rows_note(decorate_figure(spec, context, size="deck")) != ""     # the slide reads it from here
    assert rows_note(go.Figure()) == ""


def test_a_deck_picture_has_no_header_or_footer_but_keeps_the_padding(income_spec, context):
    fig = decorate_figure(income_spec, context, size="deck")
    pad = STYLES["deck"].pad
    assert (fig.layout.width, fig.layout.height) == SIZES["deck"]
    assert not fig.layout.title.text and not fig.layout.title.subtitle.text
    assert not fig.layout.shapes                                        # no footer rule
    assert all(a.name == "direction" for a in fig.layout.annotations)   # nothing but the direction note
    assert fig.layout.margin.b >= pad and fig.layout.margin.r >= pad and fig.layout.margin.t >= pad


def test_margins_are_fixed_and_the_footer_starts_at_the_title_edge(income_spec, context):
    for size in ("standard", "slide"):
        fig = decorate_figure(income_spec, context, size=size)
        W, H = SIZES[size]
        pad = STYLES[size].pad
        m = fig.layout.margin
        assert m.autoexpand is False and m.t + m.b < H and m.l + m.r < W
        footer, rule = fig.layout.annotations[-1], fig.layout.shapes[-1]
        assert fig.layout.title.x * W == pad and m.l + footer.xshift == pad and m.l + rule.x1 == W - pad


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


def test_a_colour_bar_and_its_title_fit_on_the_right_of_an_exported_image(sample_dataset):
    # the map's bar title 'đậm hơn = tốt hơn (cao hơn)' at the export's grown font was cut at the image's edge
    from components.map import build_map
    from components.selection import scope_places

    m = build_map(sample_dataset.facts, scope_places(sample_dataset.places)[0], geometry=sample_dataset.geometry,
                  indicator="targets_met", lang="vi")
    fig = decorate_figure(m.spec, sample_context(lang="vi"), lang="vi")
    bar = fig.data[0].marker.colorbar
    longest = max(text_width(line, bar.title.font.size or STYLES["standard"].base)
                  for line in bar.title.text.split("<br>"))
    assert fig.layout.margin.r >= longest + bar.thickness, (fig.layout.margin.r, longest)
