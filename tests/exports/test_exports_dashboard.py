"""Exports of the real dashboard views (app.py + the ETL output of seeds/): what reviewers found missing.

Every document behind an exported row is cited; the README lists only the filters the view applies, with names;
builders' helper columns never leak; labels and numbers read as on the charts.
"""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from exports import view_context as dashboard
from components.i18n import measure_label as ui_measure_label
from components.state import parse_state
from exports.actions import make_export
from exports.context import ExportContext

VIEWS = {
    "compare": "?view=compare&ind=poverty_rate&measure=level&period=latest",
    "compare_income": "?view=compare&ind=income_per_capita&measure=level&period=latest",
    "targets": "?view=targets&period=latest",
    "scorecard": "?view=scorecard&measure=pct_of_target&period=latest",
    "data": "?view=data&period=latest",
}


@pytest.fixture(scope="module")
def dataset(seeds_app_dataset):
    return seeds_app_dataset


def state_of(query: str, lang: str = "vi") -> dict:
    state, _ = parse_state(f"{query}&lang={lang}")
    return state


def export(state: dict, action: str, chart_id: str | None = None):
    specs = dashboard.specs_for_state(state)
    ctx = ExportContext.from_any(dashboard.context_for_state(state), state, frames=[s.data for s in specs])
    full = dashboard.full_data_for_state(state) if action in ("csv-full", "xlsx-full", "zip") else None
    return make_export(action, chart_id or specs[0].chart_id, specs, ctx, full_data=full)


def read_csv(payload: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(payload), encoding="utf-8-sig", keep_default_na=False, dtype=str)


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_document_behind_an_exported_row_is_cited(dataset, view, lang):
    state = state_of(VIEWS[view], lang)
    full = dashboard.full_data_for_state(state)
    ctx = dashboard.context_for_state(state)
    cited = ctx["sources"].set_index("source_id")
    for sid in set(full["source_id"]):
        assert sid in cited.index, sid
        assert cited.loc[sid, "title"] and cited.loc[sid, "file_name"], sid
    table = read_csv(export(state, "csv-full")[0])
    title_col, file_col = ("Văn bản nguồn", "Tệp nguồn") if lang == "vi" else ("Source document", "Source file")
    assert len(table) == len(full)
    assert (table[title_col] != "").all() and (table[file_col] != "").all()
    readme = zipfile.ZipFile(io.BytesIO(export(state, "zip")[0])).read("README.md").decode("utf-8")
    sources_part = readme.split("## ")[-3]  # the sources section (then notes)
    for sid in set(full["source_id"]):
        assert f"{sid}.txt (id {sid})" in readme
    assert ": ? (" not in sources_part


def _filters_section(readme: str) -> str:
    return readme.split("\n## ")[1]


@pytest.mark.parametrize("view", ["targets", "scorecard", "data"])
def test_readme_lists_only_the_filters_the_view_applies(dataset, view, lang):
    state = state_of(VIEWS[view] + "&ind=income_per_capita", lang)
    chart = dashboard.specs_for_state(state)[0].chart_id
    filters = _filters_section(zipfile.ZipFile(io.BytesIO(export(state, "zip", chart)[0])).read("README.md").decode())
    indicator_key = "Chỉ tiêu:" if lang == "vi" else "Indicator:"
    assert f"- {indicator_key}" not in filters
    assert "Thu nhập bình quân" not in filters and "Income per capita" not in filters
    if view == "targets":
        assert ("Loại số liệu" if lang == "vi" else "Measure") not in filters
    if view == "scorecard":  # the scorecard does apply a measure
        assert ui_measure_label("pct_of_target", lang) in filters


def test_readme_names_a_chosen_district_that_has_no_rows(dataset, lang):
    # Trần Đề reports no income per capita: it is chosen but plots nothing
    state = state_of("?view=compare&ind=income_per_capita&measure=level&period=latest"
                     "&dist=soc-trang/huyen-tran-de,tra-vinh/huyen-tra-cu", lang)
    assert "soc-trang/huyen-tran-de" not in set(dashboard.specs_for_state(state)[0].data["place_id"])
    filters = _filters_section(zipfile.ZipFile(io.BytesIO(export(state, "zip")[0])).read("README.md").decode())
    assert "Huyện Trần Đề" in filters and "Huyện Trà Cú" in filters
    assert "soc-trang/huyen-tran-de" not in filters


@pytest.mark.parametrize("view", list(VIEWS))
def test_no_internal_columns_in_any_download(dataset, view):
    state = state_of(VIEWS[view])
    for action in ("csv-shown", "csv-full"):
        table = read_csv(export(state, action)[0])
        assert not [c for c in table.columns if c.startswith("_")], action
    readme = zipfile.ZipFile(io.BytesIO(export(state, "zip")[0])).read("README.md").decode("utf-8")
    assert "(`_" not in readme


def test_measure_named_as_on_the_chart_in_csv_and_readme(dataset, lang):
    state = state_of(VIEWS["compare"], lang)
    spec = dashboard.specs_for_state(state)[0]
    label = ui_measure_label("level", lang)           # "Giá trị đạt được" / "Level reached", as the chart says
    assert label in spec.subtitle or label in str(spec.figure.layout)
    table = read_csv(export(state, "csv-shown")[0])
    assert set(table["Loại số liệu" if lang == "vi" else "Measure"]) == {label}
    readme = zipfile.ZipFile(io.BytesIO(export(state, "zip")[0])).read("README.md").decode("utf-8")
    assert label in readme


def test_xlsx_is_documented_for_vietnamese_excel(dataset):
    for lang, words in (("vi", ("Excel cài đặt vùng Việt Nam", "hãy mở tệp XLSX")),
                        ("en", ("Excel set to a Vietnamese locale", "open the XLSX"))):
        state = state_of(VIEWS["compare"], lang)
        readme = zipfile.ZipFile(io.BytesIO(export(state, "zip")[0])).read("README.md").decode()
        assert all(w in readme for w in words)


# ------------------------------------------------------------------------------------------------ images
def _spec(state: dict, chart_id: str | None = None):
    specs = dashboard.specs_for_state(state)
    return next(s for s in specs if chart_id is None or s.chart_id == chart_id)


def _ctx(state: dict) -> ExportContext:
    return ExportContext.from_any(dashboard.context_for_state(state), state)


def _gray(png: bytes):
    from PIL import Image

    return Image.open(io.BytesIO(png)).convert("L")


def _first_ink_x(im, y0: int, y1: int, threshold: int = 200) -> int:
    w = im.width
    px = im.load()
    for x in range(w):
        if any(px[x, y] < threshold for y in range(max(0, y0), min(im.height, y1))):
            return x
    return w


PHUNG_HIEP = "targets-hau-giang--huyen-phung-hiep"


@pytest.mark.parametrize("view,chart", [("compare", None), ("targets", PHUNG_HIEP), ("scorecard", None),
                                        ("data", None)])
@pytest.mark.parametrize("size", ["standard", "slide"])
def test_header_footer_and_rule_share_the_same_edges(dataset, renderer, view, chart, size, lang):
    from exports.image_layout import SIZES, STYLES, decorate_figure
    from exports.images import render_image

    state = state_of(VIEWS[view], lang)
    spec, ctx = _spec(state, chart), _ctx(state)
    W, H = SIZES[size]
    pad = STYLES[size].pad
    fig = decorate_figure(spec, ctx, size=size)
    m = fig.layout.margin
    assert m.autoexpand is False                           # margins as computed: the footer cannot drift
    footer, rule = fig.layout.annotations[-1], fig.layout.shapes[-1]
    assert fig.layout.title.x * W == pytest.approx(pad)
    assert m.l + footer.xshift == pytest.approx(pad) and m.l + rule.x0 == pytest.approx(pad)
    assert m.l + rule.x1 == pytest.approx(W - pad)
    im = _gray(render_image(spec, ctx, fmt="png", size=size, scale=1))
    title_x = _first_ink_x(im, int(pad), int(pad + STYLES[size].title))
    footer_x = _first_ink_x(im, int(H - m.b + 0.6 * pad), H - 4)   # footer text band, under the rule
    assert abs(title_x - footer_x) <= 2, (title_x, footer_x)
    assert abs(footer_x - pad) <= 3, footer_x


@pytest.mark.parametrize("size", ["standard", "slide"])
def test_gauge_titles_stay_below_the_image_header(dataset, renderer, size, lang):
    """Phụng Hiệp's gauges have four-line titles: the header band must look the same with and without them."""
    import plotly.graph_objects as go

    from exports.image_layout import decorate_figure
    from exports.image_renderer import get_renderer

    state = state_of(VIEWS["targets"], lang)
    spec, ctx = _spec(state, PHUNG_HIEP), _ctx(state)
    fig = decorate_figure(spec, ctx, size=size)
    bare = go.Figure(fig)
    for tr in bare.data:
        if tr.type == "indicator":
            tr.title.text = ""
    W, H = int(fig.layout.width), int(fig.layout.height)
    with_titles = _gray(get_renderer().render(fig, fmt="png", width=W, height=H, scale=1))
    without = _gray(get_renderer().render(bare, fmt="png", width=W, height=H, scale=1))
    # the header: title + subtitle (everything above the first pixel row the gauge titles may use)
    header_bottom = int(fig.layout.title.y and (H - H * fig.layout.title.y)) + 60
    box = (0, 0, W, header_bottom)
    from PIL import ImageChops

    assert ImageChops.difference(with_titles.crop(box), without.crop(box)).getbbox() is None
    assert ImageChops.difference(with_titles, without).getbbox() is not None   # the titles are drawn


def test_footer_cites_every_source(dataset, lang):
    from exports.image_layout import decorate_figure
    from exports.sources import short_citation, source_rows

    state = state_of(VIEWS["scorecard"], lang)
    spec, ctx = _spec(state), _ctx(state)
    assert len(spec.source_ids) == 5
    footer = decorate_figure(spec, ctx, size="standard").layout.annotations[-1].text.replace("<br>", " ")
    for row in source_rows(spec.source_ids, ctx.sources):
        assert short_citation(row, lang).split()[-1] in footer
        assert " ".join(short_citation(row, lang).split()[:4]) in footer
    assert "văn bản khác" not in footer and "more documents" not in footer


def test_footer_beyond_eight_sources_points_to_the_data_download(income_spec, lang):
    from components.chart_spec import ChartSpec
    from exports.image_layout import decorate_figure

    ids = [f"doc{i}" for i in range(11)]
    docs = pd.DataFrame({"source_id": ids, "title": [f"Văn bản {i}" for i in range(11)]})
    spec = ChartSpec(chart_id="many", title="x", subtitle="y", figure=income_spec.figure, data=income_spec.data,
                     source_ids=ids)
    footer = decorate_figure(spec, {"lang": lang, "sources": docs}).layout.annotations[-1].text
    assert all(f"Văn bản {i}" in footer for i in range(8)) and "Văn bản 8" not in footer
    assert ("+3 văn bản khác, liệt kê trong tệp dữ liệu tải về" if lang == "vi"
            else "+3 more documents, listed in the data download") in footer


@pytest.mark.parametrize("size", ["standard", "slide"])
def test_table_image_shows_whole_rows_that_fit_and_says_so(dataset, renderer, size, lang):
    from exports.image_layout import decorate_figure
    from exports.images import render_image

    state = state_of(VIEWS["data"], lang)
    spec, ctx = _spec(state), _ctx(state)
    total = len(spec.data)
    fig = decorate_figure(spec, ctx, size=size)
    table = fig.data[0]
    kept = len(table.cells.values[0])
    assert 1 <= kept < total
    subtitle = fig.layout.title.subtitle.text
    assert (f"{kept} dòng đầu trong {total} dòng" if lang == "vi" else f"first {kept} of {total} rows") in subtitle
    values = [v for col in spec.figure.data[0].cells.values for v in col]
    if lang == "vi":
        assert "37,5" in values and "37.5" not in values and "\u22122,5" in values
    else:
        assert "37.5" in values and "\u22122.5" in values
    # no row cut at the bottom: the pixel rows just above the plot area's bottom edge are blank
    im = _gray(render_image(spec, ctx, fmt="png", size=size, scale=1))
    m = fig.layout.margin
    y = int(fig.layout.height - m.b) - 3
    row = [im.getpixel((x, y)) for x in range(int(m.l) + 2, int(fig.layout.width - m.r) - 2)]
    assert min(row) >= 250, "the table runs to the bottom of its area: its last row is cut"


# ------------------------------------------------------------------------------------------------ takeaways
def test_scorecard_takeaway_is_the_charts_own_finding(dataset, lang):
    """Every share of target here is of one or two districts: the scorecard ranks none, and the slide claims no
    'ranks first' either (it used to, from pairs); at level, the grid's finding is the slide's."""
    from exports.briefing import takeaway_for

    spec = _spec(state_of(VIEWS["scorecard"], lang))
    assert not spec.takeaway
    assert not any(w in takeaway_for(spec, lang) for w in ("rank first", "ranks first", "đứng đầu", "xếp đầu"))
    level = _spec(state_of("?view=scorecard&measure=level&period=latest&inds=output_per_ha,poverty_rate", lang))
    assert level.takeaway and takeaway_for(level, lang) == level.takeaway.strip()


def test_targets_takeaway_names_every_target_set(dataset, lang):
    from exports.briefing import takeaway_for

    text = takeaway_for(_spec(state_of(VIEWS["targets"], lang), PHUNG_HIEP), lang)
    if lang == "vi":
        assert "17/17 chỉ tiêu năm" in text and "9/16 chỉ tiêu nhiệm kỳ" in text
    else:
        assert "17 of 17 annual targets" in text and "9 of 16 term targets" in text


def test_takeaway_keeps_the_place_type_when_the_short_name_is_ambiguous(dataset, lang):
    from exports.briefing import takeaway_for

    spec = _spec(state_of(VIEWS["compare_income"], lang))
    assert "Tỉnh Sóc Trăng" in set(spec.data["province"])       # the province has the city's short name
    text = takeaway_for(spec, lang)
    assert text.startswith("Thành phố Sóc Trăng ")
    assert "Trà Cú" in text and "Huyện Trà Cú" not in text       # unambiguous names stay short


def test_takeaway_percent_reads_as_on_the_chart(dataset):
    from components.i18n import fmt_percent
    from exports.briefing import takeaway_for

    spec = _spec(state_of(VIEWS["compare"], "vi"))
    text = takeaway_for(spec, "vi")
    assert fmt_percent(1.59, "vi") == "1,59\u00a0%" and "1,59\u00a0%" in text
    labels = [str(v) for tr in spec.figure.data for v in (getattr(tr, "text", None) or [])]
    assert any("1,59\u00a0%" in lab for lab in labels)               # the chart's own label


def test_slide_shows_one_headline_and_the_deck_size_image(dataset):
    from pptx import Presentation

    from exports.briefing import build_pptx, takeaway_for

    state = state_of(VIEWS["scorecard"], "vi")
    spec, ctx = _spec(state), _ctx(state)
    png = b"\x89PNG\r\n\x1a\n"
    seen = []

    def image_for(s):
        from PIL import Image

        seen.append(s.chart_id)
        buf = io.BytesIO()
        Image.new("RGB", (2560, 1152), "white").save(buf, "PNG")
        return buf.getvalue()

    deck = Presentation(io.BytesIO(build_pptx([spec], ctx, image_for=image_for)))
    texts = [sh.text_frame.text for sh in deck.slides[0].shapes if sh.has_text_frame]
    # one title (the takeaway, then what the chart plots) and one source line; the chart's title once
    assert len(texts) == 2 and texts[0].split("\n")[0] == takeaway_for(spec, "vi")
    assert "\n".join(texts).count(spec.title) == 1
    assert seen == [spec.chart_id] and png


# ------------------------------------------------------------------------------------------------ one briefing action
def _pptx_buttons(tree) -> list:
    out, stack = [], [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (list, tuple)):
            stack.extend(node)
            continue
        cid = getattr(node, "id", None)
        if isinstance(cid, dict) and cid.get("type") == "export-action" and cid.get("action") == "pptx":
            out.append(cid)
        children = getattr(node, "children", None)
        if children is not None and not isinstance(children, str):
            stack.append(children)
    return out


@pytest.mark.parametrize("view", ["compare", "targets", "scorecard", "data"])
@pytest.mark.parametrize("mode", ["interactive", "briefing"])
def test_each_view_has_one_export_briefing_action(dataset, view, mode, lang):
    from components.layout import view_exports
    from components.layout import app_shell
    from components.layout import briefing_frame
    from components.registry import render_view

    state = state_of(VIEWS[view] + f"&mode={mode}", lang)
    result = render_view(dataset, state)
    page = briefing_frame(dataset, state, result, url="http://x/") if mode == "briefing" else result.content
    shell = app_shell()
    assert [getattr(c, "id", None) for c in shell.children].count("view-exports") == 1
    buttons = _pptx_buttons(page) + _pptx_buttons(view_exports(state))
    assert len(buttons) == 1, buttons                # targets: not one per district card
    if view == "targets" and mode == "interactive":
        assert len(dashboard.specs_for_state(state)) > 1


def test_views_without_charts_offer_no_briefing(dataset):
    from components.layout import view_exports

    assert view_exports(state_of("?view=sources")) == []


# ------------------------------------------------------------------------------------------------ shown = plotted
def _shown(state: dict, chart_id: str | None = None) -> pd.DataFrame:
    spec = _spec(state, chart_id)
    return read_csv(export(state, "csv-shown", spec.chart_id)[0])


@pytest.mark.parametrize("query", [VIEWS["compare"], VIEWS["compare_income"],
                                   "?view=compare&ind=poverty_rate&measure=change&period=latest"])
def test_compare_csv_rows_are_the_plotted_bars_in_plotted_order(dataset, query, lang):
    """Read the points off the figure (bar traces, in the y axis' category order), not off spec.data."""
    state = state_of(query, lang)
    spec = _spec(state)
    fig = spec.figure
    order = list(fig.layout.yaxis.categoryarray)
    points = [(str(y), float(x)) for tr in fig.data if tr.type == "bar" and tr.orientation == "h"
              for y, x in zip(tr.y, tr.x) if x is not None]
    points.sort(key=lambda p: order.index(p[0]))
    assert points, "no bars"
    table = _shown(state)
    place_col, value_col = ("Địa phương", "Giá trị") if lang == "vi" else ("Place", "Value")
    assert list(zip(table[place_col], table[value_col].astype(float))) == points


@pytest.mark.parametrize("chart", [PHUNG_HIEP, "targets-soc-trang--huyen-tran-de", "targets-tra-vinh--huyen-tra-cu"])
def test_targets_csv_rows_are_the_plotted_gauges_and_bars_in_plotted_order(dataset, chart, lang):
    from components.i18n import measure_label

    state = state_of(VIEWS["targets"], lang)
    fig = _spec(state, chart).figure
    plotted = [float(tr.value) for tr in fig.data if tr.type == "indicator"]
    gauges = [tr for tr in fig.data if tr.type == "indicator" and tr.gauge.shape != "bullet"]
    table = _shown(state, chart)
    value_col, measure_col = ("Giá trị", "Loại số liệu") if lang == "vi" else ("Value", "Measure")
    assert list(table[value_col].astype(float)) == plotted
    # the gauges are x/y counts: their denominators are the '/n' the figure prints
    den_col = "Trên tổng số (mẫu số)" if lang == "vi" else "Out of (denominator)"
    for tr, (_, row) in zip(gauges, table.iterrows()):
        assert tr.number.suffix == f"/{int(float(row[den_col]))}"
        assert row[measure_col] == measure_label("level", lang)


def test_scorecard_csv_rows_are_the_filled_cells_in_plotted_order(dataset, lang):
    """Cells read column by column (district order on the x axis), top to bottom (indicator order)."""
    from exports.formatting import format_number

    state = state_of(VIEWS["scorecard"], lang)
    spec = _spec(state)
    hm = next(tr for tr in spec.figure.data if tr.type == "heatmap")
    cells = []
    for j, place in enumerate(hm.x):
        for i, indicator in enumerate(hm.y):
            if hm.z[i][j] is not None:
                # the district's name, without the note under it ('(Q1 2023 only)')
                name = str(place).split("<span")[0].replace("<br>", " ")
                cells.append((name, str(indicator).replace("<br>", " "), hm.text[i][j]))
    table = _shown(state)
    place_col, ind_col, value_col = (("Địa phương", "Chỉ tiêu", "Giá trị") if lang == "vi"
                                     else ("Place", "Indicator", "Value"))
    assert len(table) == len(cells)
    for (place, indicator, text), (_, row) in zip(cells, table.iterrows()):
        assert " ".join(place.split()) == row[place_col]
        assert row[ind_col] in indicator
        assert format_number(float(row[value_col]), lang) in text
