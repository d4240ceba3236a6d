"""Compare builder: values, rank order, labels, colours, median, missing districts, hover, ChartSpec data."""
import pandas as pd
import pytest

from components.compare import build_compare, compare_layout
from components.i18n import NBSP
from components.selection import scope_places
from components.theme import OKABE_ITO


def places_of(ds, *, provinces=(), districts=()):
    return scope_places(ds.places, provinces=provinces, districts=districts)[0]


def bars(fig):
    """(y, x, text, colour) of every bar, in the category order shown top to bottom."""
    out = {}
    for tr in fig.data:
        if tr.type != "bar" or tr.showlegend:
            continue
        for y, x, text, colour in zip(tr.y, tr.x, tr.text, tr.marker.color):
            out[y] = (x, text, colour)
    order = list(fig.layout.yaxis.categoryarray)
    return [(y, *out[y]) for y in order if y in out]


@pytest.fixture
def validate():
    import plotly.graph_objects as go

    return lambda fig: go.Figure(fig.to_dict())   # raises on any invalid property


def test_lower_is_better_ranks_lowest_first(sample_dataset):
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="poverty_rate", lang="vi")
    rows = bars(r.spec.figure)
    assert [y for y, *_ in rows] == ["Huyện Trần Đề", "Huyện Trà Cú"]
    assert [x for _, x, *_ in rows] == [1.59, 2.33]
    assert [text for _, _, text, _ in rows] == [f"1,59{NBSP}%", f"2,33{NBSP}%"]
    assert "Thấp hơn là tốt hơn" in r.note
    assert r.spec.figure.layout.yaxis.autorange == "reversed"


def test_higher_is_better_and_english_labels(sample_dataset):
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="income_per_capita", lang="en")
    rows = bars(r.spec.figure)
    assert [y for y, *_ in rows] == ["Sóc Trăng City", "Trà Cú District"]
    # labels stay short enough for a phone-width chart: the unit is in the subtitle, the axis title and the hover
    assert rows[0][2] == "99.4"
    assert rows[1][2] == "over 62"
    assert "million VND/person" in r.spec.figure.layout.xaxis.title.text
    assert r.spec.figure.data[0].customdata[1][0] == f"over 62{NBSP}million VND/person"
    assert r.spec.figure.layout.separators == ".,"
    assert r.spec.title == "Income per capita"
    assert r.spec.subtitle == "Level reached · million VND/person · 2023"
    assert r.note.startswith("Higher is better")


def test_data_is_the_plotted_rows_in_plotted_order(sample_dataset):
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="poverty_rate", lang="vi")
    assert list(r.spec.data["place_name"]) == ["Huyện Trần Đề", "Huyện Trà Cú"]
    assert list(r.spec.data["value"]) == [1.59, 2.33]
    assert set(r.spec.data.columns) >= {"fact_id", "quote", "source_id", "char_start"}
    assert r.spec.source_ids == list(r.spec.data["source_id"])
    assert r.spec.chart_id == "compare"


def test_bars_coloured_by_province_okabe_ito(sample_dataset, validate):
    places = places_of(sample_dataset)
    r = build_compare(sample_dataset.facts, places, indicator="output_per_ha", lang="vi")
    validate(r.spec.figure)
    legend = {tr.name: tr.marker.color for tr in r.spec.figure.data if tr.type == "bar" and tr.showlegend}
    assert set(legend) == {"Tỉnh Sóc Trăng", "Tỉnh Trà Vinh"}
    assert set(legend.values()) <= set(OKABE_ITO) and len(set(legend.values())) == 2
    by_place = {y: colour for y, _, _, colour in bars(r.spec.figure)}
    # the two Sóc Trăng places share their province's colour, as in the legend
    assert by_place["Huyện Trần Đề"] == by_place["Thành phố Sóc Trăng"] == legend["Tỉnh Sóc Trăng"]
    assert by_place["Huyện Trà Cú"] == legend["Tỉnh Trà Vinh"]


def test_targets_met_compared_as_shares(sample_dataset):
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="targets_met", lang="vi")
    assert r.share
    rows = bars(r.spec.figure)
    # like with like: the annual target sets at year end; the term set and the Q1 result are named, not ranked
    assert [y for y, *_ in rows] == ["Huyện Phụng Hiệp", "Huyện Trà Cú", "Thành phố Sóc Trăng"]
    assert rows[0][2] == f"17/17 (100{NBSP}%)"
    assert rows[1][2].startswith(f"21/22 (95,5{NBSP}%)")
    assert r.total == 3
    assert "Huyện Trần Đề (chỉ tiêu nhiệm kỳ, năm 2023)" in r.left_out
    assert "Huyện Giồng Trôm (chỉ tiêu năm, quý I/2023)" in r.left_out
    assert "Huyện Phụng Hiệp (chỉ tiêu nhiệm kỳ, năm 2023)" in r.left_out   # a district's second set
    assert "Huyện Trần Đề" not in r.missing and "Huyện Giồng Trôm" not in r.missing
    # the headline is the chart's: 3 districts ranked, the first bar leads
    assert r.spec.takeaway.startswith("Huyện Phụng Hiệp dẫn đầu với 17/17") and "3 huyện" in r.spec.takeaway
    assert set(r.spec.data["place_name"]) == {y for y, *_ in rows}


def test_median_line_and_annotation(sample_dataset):
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="output_per_ha", lang="en")
    [median] = r.spec.figure.layout.shapes
    segments = [[tuple(map(float, point.split(","))) for point in seg.strip().split(" L")]
                for seg in median.path.split("M")[1:]]
    assert all(x == pytest.approx(246) for seg in segments for x, _ in seg)
    # drawn only in the gaps between the three bars (each bar ±0.375 around its row), never across a bar's row
    ys = [(a[1], b[1]) for a, b in segments]
    assert ys[0] == (-0.5, -0.375) and ys[-1] == (2.375, 2.5) and len(ys) == 4
    assert not any(a < row + 0.375 and b > row - 0.375 for a, b in ys for row in range(3))
    assert "Median (dashed line): 246" in r.spec.figure.layout.xaxis.title.text


def test_no_median_from_fewer_than_three_values(sample_dataset):
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="poverty_rate", lang="en")
    assert not r.spec.figure.layout.shapes
    assert "Median" not in r.spec.figure.layout.xaxis.title.text
    assert "median" not in r.spec.takeaway and "not computed" in r.spec.alt_text


def test_districts_without_figure_listed_never_dropped(sample_dataset, validate):
    places = places_of(sample_dataset, provinces=["94"])
    r = build_compare(sample_dataset.facts, places, indicator="poverty_rate", lang="vi")
    validate(r.spec.figure)
    assert [y for y, *_ in bars(r.spec.figure)] == ["Huyện Trần Đề"]
    assert "Thành phố Sóc Trăng" in r.missing and len(r.missing) == 10
    cats = list(r.spec.figure.layout.yaxis.categoryarray)
    assert set(r.missing) <= set(cats)
    layout = str(compare_layout(r, lang="vi"))
    assert "Không có số liệu (10)" in layout


def test_hover_has_qualifier_quote_and_fact_id(sample_dataset):
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="production_value", lang="vi")
    tr = r.spec.figure.data[0]
    custom = tr.customdata[list(tr.y).index("Huyện Trà Cú")]
    assert custom[1] == "trên"
    assert "14.120" in custom[3]
    assert custom[-1] == r.spec.data.loc[r.spec.data["place_name"] == "Huyện Trà Cú", "fact_id"].iloc[0]
    assert "Trích dẫn" in tr.hovertemplate and "customdata[3]" in tr.hovertemplate


def test_specific_period_and_no_data_message(sample_dataset):
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="targets_met", period="2023-Q1",
                      lang="vi")
    assert list(r.spec.data["place_name"]) == ["Huyện Giồng Trôm"]
    empty = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="rice_output", lang="en")
    assert empty.spec is None and "No “Rice output” figures" in empty.message


def test_latest_per_district_labels_mixed_periods(sample_dataset):
    facts = sample_dataset.facts
    older = facts[(facts["indicator"] == "poverty_rate") & (facts["place_name"] == "Huyện Trần Đề")].copy()
    older = older.assign(fact_id="old", period="2022", value=2.5, place_id="ben-tre/huyen-giong-trom",
                         place_name="Huyện Giồng Trôm", province="Tỉnh Bến Tre", province_code="83")
    q1 = older.assign(fact_id="q1", period="2023-Q1", value=1.0, place_id="hau-giang/huyen-phung-hiep",
                      place_name="Huyện Phụng Hiệp", province="Tỉnh Hậu Giang", province_code="93")
    both = pd.concat([facts, older, q1], ignore_index=True)
    r = build_compare(both, places_of(sample_dataset), indicator="poverty_rate", lang="en")
    # years of different districts may sit side by side (labelled); a quarter never sits beside full years
    assert dict(zip(r.spec.data["place_name"], r.spec.data["period"])) == {
        "Huyện Giồng Trôm": "2022", "Huyện Trần Đề": "2023", "Huyện Trà Cú": "2023"}
    texts = [text for _, _, text, _ in bars(r.spec.figure)]
    assert texts[-1].endswith("2022")
    assert "latest per district" in r.spec.subtitle
    assert r.left_out == "Phụng Hiệp District (Q1 2023)"


def test_alt_text_summarises(sample_dataset):
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="poverty_rate", lang="en")
    assert "ranking 2 districts" in r.spec.alt_text and "Trần Đề District (1.59%)" in r.spec.alt_text
    assert "3 districts have no data" in r.spec.alt_text


def test_font_is_noto_sans(sample_dataset):
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="poverty_rate", lang="vi")
    assert r.spec.figure.layout.font.family.startswith("Noto Sans")
    assert r.spec.figure.layout.separators == ",."


def test_long_unchosen_ranking_shows_top_and_bottom(sample_dataset):
    facts = sample_dataset.facts
    base = facts[facts["indicator"] == "poverty_rate"].iloc[0].to_dict()
    rows = [dict(base, fact_id=f"f{i}", place_id=f"p/x{i}", place_name=f"Huyện X{i:02d}", value=float(i))
            for i in range(30)]
    from data_access import Dataset
    ds = Dataset.from_frames(pd.DataFrame(rows))
    r = build_compare(ds.facts, places_of(ds), indicator="poverty_rate", lang="en", limit=10)
    assert (r.shown, r.total) == (10, 30)
    cats = list(r.spec.figure.layout.yaxis.categoryarray)
    assert cats[:5] == [f"X{i:02d} District" for i in range(5)] and cats[5] == "⋯ 20 more districts ⋯"
    assert cats[-1] == "X29 District"
    assert list(r.spec.data["place_name"])[-1] == "Huyện X29" and len(r.spec.data) == 10
    assert r.spec.figure.data[0].customdata[-1][4] == "30/30"          # true rank kept
    assert "top and bottom 10 of 30" in str(compare_layout(r, lang="en"))


def test_target_sets_are_never_ranked_together():
    import pandas as pd
    from components.compare import build_compare

    rows = pd.DataFrame({
        "fact_id": ["a", "b", "c"], "source_id": ["s1", "s2", "s3"], "place_id": ["p/a", "p/b", "p/c"],
        "place_name": ["Huyện A", "Huyện B", "Huyện C"],
        "place_type": ["district"] * 3, "province": ["Tỉnh P"] * 3, "admin_code": ["1", "2", "3"],
        "province_code": ["9"] * 3, "period": ["2023"] * 3, "period_type": ["year"] * 3,
        "term": ["2020-2025", None, None], "indicator": ["targets_met"] * 3, "measure": ["level"] * 3,
        "value": [8.0, 17.0, 10.0], "unit": ["targets"] * 3, "denominator": [18.0, 18.0, 12.0],
        "qualifier": [None] * 3, "target_scope": ["term", "annual", "annual"], "target_body": ["party"] * 3,
        "quote": ["8/18", "17/18", "10/12"], "char_start": [0, 0, 0], "char_end": [4, 5, 5], "curated": [False] * 3,
    })
    places = rows[["place_id", "place_name", "province", "province_code"]]
    result = build_compare(rows, places, indicator="targets_met", measure="level", period="2023", lang="en")
    assert list(result.spec.figure["data"][0]["y"]) == ["B District", "C District"]
    assert result.left_out == "A District (term targets, 2023)"


def test_negative_bars_get_room_for_their_labels_left_of_the_bar(sample_dataset):
    """'giảm 2,5 điểm %' is drawn left of its bar end: the axis must leave that room, or it covers the names."""
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="poverty_rate", measure="change",
                      lang="vi")
    rows = bars(r.spec.figure)
    lowest = min(x for _, x, _, _ in rows)
    assert lowest < 0
    x0, x1 = r.spec.figure.layout.xaxis.range
    longest = max(len(text) for _, _, text, _ in rows)
    # at least ~1 % of the span per label character beyond the lowest bar, as on the positive side
    assert (lowest - x0) / (x1 - x0) >= 0.007 * longest
    assert x1 > 0


def test_no_data_rows_are_written_into_the_plot_when_every_bar_is_negative(sample_dataset):
    r = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="poverty_rate", measure="change",
                      lang="en")
    no_data = next(tr for tr in r.spec.figure.data if tr.type == "scatter")
    assert no_data.textposition == "middle left"      # x=0 is the right edge of an all-negative chart
    positive = build_compare(sample_dataset.facts, places_of(sample_dataset), indicator="poverty_rate", lang="en")
    assert next(tr for tr in positive.spec.figure.data if tr.type == "scatter").textposition == "middle right"


def test_hide_districts_without_data_keeps_them_named(sample_dataset):
    places = places_of(sample_dataset, provinces=["94"])
    shown = build_compare(sample_dataset.facts, places, indicator="poverty_rate", lang="vi")
    hidden = build_compare(sample_dataset.facts, places, indicator="poverty_rate", lang="vi", hide_missing=True)
    assert len(shown.spec.figure.layout.yaxis.categoryarray) == 11
    assert list(hidden.spec.figure.layout.yaxis.categoryarray) == ["Huyện Trần Đề"]
    assert hidden.missing == shown.missing and len(hidden.missing) == 10


def test_a_long_ranking_sends_no_quotes_and_its_hover_says_to_click(sample_dataset):
    from components.compare import QUOTE_HOVER_MAX_BARS
    from data_access import Dataset

    facts = sample_dataset.facts
    base = facts[facts["indicator"] == "poverty_rate"].iloc[0].to_dict()
    n = QUOTE_HOVER_MAX_BARS + 1
    rows = [dict(base, fact_id=f"f{i}", place_id=f"p/x{i}", place_name=f"Huyện X{i:02d}", value=float(i),
                 quote=f"tỷ lệ hộ nghèo còn {i}%") for i in range(n)]
    ds = Dataset.from_frames(pd.DataFrame(rows))
    tr = build_compare(ds.facts, places_of(ds), indicator="poverty_rate", lang="en").spec.figure.data[0]
    assert all(c[3] == "" for c in tr.customdata) and "customdata[3]" not in tr.hovertemplate
    assert "Click a bar to read the source passage." in tr.hovertemplate
    assert [c[-1] for c in tr.customdata] == [f"f{i}" for i in range(n)]    # the click still finds the fact
    short = Dataset.from_frames(pd.DataFrame(rows[:QUOTE_HOVER_MAX_BARS]))
    tr = build_compare(short.facts, places_of(short), indicator="poverty_rate", lang="en").spec.figure.data[0]
    assert "tỷ lệ hộ nghèo còn 3%" in [c[3] for c in tr.customdata]
