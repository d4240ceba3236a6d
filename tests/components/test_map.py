"""Map builder: real positions, colour by value with the better end dark, the bar chart's hover and "no data"."""
import plotly.graph_objects as go

from components.compare import build_compare
from components.map import LABEL_SIDES, build_map, place_positions
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
    # the province's silhouette drawn under the dots
    assert [sh.type for sh in m.spec.figure.layout.shapes] == ["path"]


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
