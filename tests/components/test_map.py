"""Map builder: real positions, colour by value with the better end dark, the bar chart's hover and "no data"."""
import plotly.graph_objects as go

from components.compare import build_compare
import pytest
from plotly.colors import sample_colorscale

from components.labels import lower_is_better
from components.map import LABEL_CHAR_PX, LABEL_HEIGHT_PX, LABEL_SIDES, PLOT_PX, build_map, fit_ranges, place_positions
from components.selection import scope_places


def places_of(ds, **kw):
    return scope_places(ds.places, **kw)[0]


def test_districts_sit_at_their_centroid(sample_dataset):
    places = places_of(sample_dataset)
    pos = place_positions(places, sample_dataset.geometry).set_index("place_id")
    assert 9.4 < pos.loc["soc-trang/huyen-tran-de", "lat"] < 9.6
    assert pos.loc["soc-trang/huyen-tran-de", "lon"] > pos.loc["soc-trang/thanh-pho-soc-trang", "lon"]


def test_same_values_ranks_and_hover_as_the_bars(sample_dataset):
    places = places_of(sample_dataset)
    m = build_map(sample_dataset.facts, places, geometry=sample_dataset.geometry, indicator="poverty_rate",
                  lang="vi")
    go.Figure(m.spec.figure.to_dict())
    dots = m.spec.figure.data[0]
    assert list(dots.text) == ["Huyện Trần Đề", "Huyện Trà Cú"]
    assert list(dots.marker.color) == [1.59, 2.33]
    assert dots.marker.reversescale is True          # lower is better: the low value gets the dark end
    assert "thấp hơn" in dots.marker.colorbar.title.text
    assert [c[4] for c in dots.customdata] == ["1/2", "2/2"]
    bars = build_compare(sample_dataset.facts, places, indicator="poverty_rate", lang="vi").spec.figure.data[0]
    assert [c[0] for c in dots.customdata] == [c[0] for c in bars.customdata]
    assert list(m.spec.data["fact_id"]) == [c[-1] for c in bars.customdata]


def test_no_data_districts_are_drawn_hollow_and_listed(sample_dataset):
    places = places_of(sample_dataset, provinces=["94"])
    m = build_map(sample_dataset.facts, places, geometry=sample_dataset.geometry, indicator="poverty_rate",
                  lang="en")
    hollow = m.spec.figure.data[1]
    assert hollow.name == "no data" and hollow.marker.symbol == "circle-open"
    assert "Sóc Trăng City" in hollow.text and "Sóc Trăng City" in m.missing
    assert len(hollow.text) == len(places) - 1
    # named like the dots with a figure, by the same free-side rule (a phone has no hover to ask)
    assert hollow.mode == "markers+text" and set(hollow.texttemplate) <= {"%{text}", ""}
    assert "%{text}" in hollow.texttemplate and all(side in LABEL_SIDES for side in hollow.textposition)
    # no outlines: the gazetteer has boxes, not borders, and a box or hull drawn as a shape looks like a border
    assert not m.spec.figure.layout.shapes


def test_size_by_value_and_higher_is_better(sample_dataset):
    m = build_map(sample_dataset.facts, places_of(sample_dataset), geometry=sample_dataset.geometry,
                  indicator="income_per_capita", size_by_value=True, lang="en")
    dots = m.spec.figure.data[0]
    assert dots.marker.reversescale is False
    big = dict(zip(dots.text, dots.marker.size))
    assert big["Sóc Trăng City"] > big["Trà Cú District"]


def test_unknown_position_is_named_not_dropped(sample_dataset):
    geo = sample_dataset.geometry
    m = build_map(sample_dataset.facts, places_of(sample_dataset), geometry=geo[geo["admin_code"] != "951"],
                  indicator="poverty_rate", lang="vi")
    assert m.unplaced == ["Huyện Trần Đề"]
    assert list(m.spec.figure.data[0].text) == ["Huyện Trà Cú"]


def test_no_figure_gives_a_message(sample_dataset):
    m = build_map(sample_dataset.facts, places_of(sample_dataset), geometry=sample_dataset.geometry,
                  indicator="poverty_rate", period="2019", lang="en")
    assert m.spec is None and m.message


def test_other_target_sets_are_left_out_like_the_bars(sample_dataset):
    m = build_map(sample_dataset.facts, places_of(sample_dataset), geometry=sample_dataset.geometry,
                  indicator="targets_met", lang="vi")
    assert list(m.spec.figure.data[0].text) == ["Huyện Phụng Hiệp", "Huyện Trà Cú", "Thành phố Sóc Trăng"]
    assert "Huyện Giồng Trôm (chỉ tiêu năm, quý I/2023)" in m.left_out
    assert "Huyện Giồng Trôm" not in m.missing


def test_shares_coloured_on_their_whole_scale(sample_dataset):
    m = build_map(sample_dataset.facts, places_of(sample_dataset), geometry=sample_dataset.geometry,
                  indicator="targets_met", lang="vi")
    assert (m.spec.figure.data[0].marker.cmin, m.spec.figure.data[0].marker.cmax) == (0, 100)


def _marks(fig):
    """{name: (lon, lat)} of every mark drawn, whichever trace (figure, no data, left out) it is in."""
    return {name: (x, y) for tr in fig.data for name, x, y in zip(tr.text, tr.x, tr.y)}


@pytest.mark.parametrize("indicator,period", [("poverty_rate", "latest"), ("targets_met", "2023"),
                                              ("income_per_capita", "latest")])
@pytest.mark.parametrize("phone", [False, True])
def test_every_selected_district_with_a_position_is_one_mark_inside_the_ranges(sample_dataset, indicator, period,
                                                                               phone):
    places = places_of(sample_dataset)
    m = build_map(sample_dataset.facts, places, geometry=sample_dataset.geometry, indicator=indicator,
                  period=period, lang="en", phone=phone)
    fig = m.spec.figure
    drawn = [name for tr in fig.data for name in tr.text]
    pos = place_positions(places, sample_dataset.geometry)
    expected = set(fig.data[0].text) | set(m.missing)           # the dots with a figure and the hollow ones
    assert len(drawn) == len(set(drawn)) == pos["lat"].notna().sum(), drawn    # each placed district once
    assert expected <= set(drawn)
    (x0, x1), (y0, y1) = fig.layout.xaxis.range, fig.layout.yaxis.range
    ratio = fig.layout.yaxis.scaleratio
    width, height = PLOT_PX[phone]
    scale = min(width / (x1 - x0), height / ((y1 - y0) * ratio))          # px per degree, as plotly lays it out
    # plotly keeps the aspect by widening the looser range around its middle: that is what the plot shows
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    x0, x1 = cx - width / 2 / scale, cx + width / 2 / scale
    y0, y1 = cy - height / 2 / (scale * ratio), cy + height / 2 / (scale * ratio)
    for tr in fig.data:
        for name, x, y, side, shown in zip(tr.text, tr.x, tr.y, tr.textposition, tr.texttemplate):
            assert x0 < x < x1 and y0 < y < y1, (name, x, y)
            if shown and side in ("top center", "bottom center"):   # the name fits between the dot and the edge
                half = (LABEL_CHAR_PX * len(name) + 4) / 2 / scale
                assert x0 <= x - half and x + half <= x1, (name, side)
                room = (LABEL_HEIGHT_PX + 10) / (scale * ratio)
                assert (y + room <= y1) if side == "top center" else (y - room >= y0), (name, side)
    assert list(fig.data[0].texttemplate) == ["%{text}"] * len(fig.data[0].text)   # every figure's dot named
    assert not fig.layout.shapes


def test_a_district_whose_only_figure_is_of_another_target_set_is_a_mark_and_named(sample_dataset):
    # Trần Đề's targets met are term targets only: it is not in the ranking, but it is on the map where it lies
    m = build_map(sample_dataset.facts, places_of(sample_dataset), geometry=sample_dataset.geometry,
                  indicator="targets_met", period="2023", lang="en")
    apart = next(tr for tr in m.spec.figure.data if tr.marker.symbol == "diamond-open")
    assert list(apart.text) == ["Trần Đề District"] and "Trần Đề District" in m.left_out
    assert apart.name == "another target set or period (named below)" and apart.showlegend
    assert apart.customdata[0][0] == "term targets, 2023"
    assert "Trần Đề District" not in m.missing and "Trần Đề District" not in m.spec.figure.data[0].text
    assert "%{text}" in apart.texttemplate


def _colour_of(marker, value):
    """The colour plotly gives `value` on the marker's scale (cmin/cmax, else the values' own range)."""
    lo = marker.cmin if marker.cmin is not None else min(marker.color)
    hi = marker.cmax if marker.cmax is not None else max(marker.color)
    scale = [[1 - s, c] for s, c in reversed(marker.colorscale)] if marker.reversescale else marker.colorscale
    return sample_colorscale([list(x) for x in scale], [(value - lo) / ((hi - lo) or 1)])[0]


def _darkness(rgb: str) -> float:
    r, g, b = (float(v) for v in rgb[rgb.index("(") + 1:-1].split(","))
    return -(0.299 * r + 0.587 * g + 0.114 * b)


@pytest.mark.parametrize("indicator", ["poverty_rate", "income_per_capita", "targets_met"])
def test_the_better_value_gets_the_darker_colour_whichever_way_better_runs(sample_dataset, indicator):
    m = build_map(sample_dataset.facts, places_of(sample_dataset), geometry=sample_dataset.geometry,
                  indicator=indicator, lang="en")
    dots = m.spec.figure.data[0]
    values = list(dots.marker.color)
    assert len(set(values)) >= 2, values
    lower = lower_is_better(indicator, "level")
    best, worst = (min(values), max(values)) if lower else (max(values), min(values))
    assert _darkness(_colour_of(dots.marker, best)) > _darkness(_colour_of(dots.marker, worst))
    assert bool(dots.marker.reversescale) is lower
    # the caption says it in map terms, not of a ranking the map does not show
    assert m.note.startswith("A darker dot is better") and ("lower is better" if lower else "higher is better") in m.note
    assert "ranks first" not in m.note


def test_caption_in_vietnamese_says_darker_is_better():
    from components.i18n import t
    assert t("map.note_lower", "vi", indicator="Tỷ lệ hộ nghèo") == \
        "Chấm càng đậm càng tốt: với Tỷ lệ hộ nghèo, thấp hơn là tốt hơn."


def test_fit_ranges_leave_room_for_a_name_at_every_edge():
    x_range, y_range = fit_ranges([105.0, 106.0], [9.0, 10.0], widths_px=[140, 100], plot_px=(340, 360), ratio=1.0)
    scale = min(340 / (x_range[1] - x_range[0]), 360 / (y_range[1] - y_range[0]))
    assert (105.0 - x_range[0]) * scale >= 70 and (x_range[1] - 106.0) * scale >= 50
    assert (y_range[1] - 10.0) * scale >= LABEL_HEIGHT_PX + 10
    # a long name inside the map needs no room at the edge: the edges' names set the margins
    wide = fit_ranges([105.0, 105.5, 106.0], [9.0, 9.5, 10.0], widths_px=[40, 150, 40], plot_px=(340, 360),
                      ratio=1.0)[0]
    assert wide[1] - wide[0] < 1.6
    # one dot: still a district's span around it, not a zero-width range
    (a, b), (c, d) = fit_ranges([105.5], [9.5], widths_px=[100], plot_px=(820, 500), ratio=1.0)
    assert b - a >= 0.25 and d - c >= 0.25 and a < 105.5 < b and c < 9.5 < d
