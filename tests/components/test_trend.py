"""Change over time: period order, one line per period kind, targets at their horizon, term change, one period."""
import pandas as pd
import plotly.graph_objects as go
import pytest

from components.selection import scope_places
from components.trend import CHAR_PX, PHONE_PLOT_PX, build_trend, term_change, thin_ticks, trend_rows
from data_access import Dataset

TRAN_DE = "soc-trang/huyen-tran-de"
TRA_CU = "tra-vinh/huyen-tra-cu"


def _row(base: dict, *, period, value, measure="level", quote, n):
    kind = {"Q": "quarter"}.get(period[5:6], "year") if "-" in period else "year"
    return {**base, "fact_id": f"t{n:03d}", "period": period, "period_type": kind, "measure": measure,
            "value": float(value), "quote": quote, "char_start": 10 * n, "char_end": 10 * n + len(quote),
            "qualifier": None, "denominator": None, "target_scope": None, "curated": False}


@pytest.fixture
def series_dataset(sample_tables):
    """The sample table plus a poverty-rate series for Trần Đề (2020 base, 2022, Q1 2024) and a 2025 target."""
    facts, documents, report = sample_tables
    base = facts[(facts["place_id"] == TRAN_DE) & (facts["indicator"] == "poverty_rate")].iloc[0].to_dict()
    extra = [
        _row(base, period="2022", value=2.4, quote="hộ nghèo còn 2,4%", n=1),
        _row(base, period="2020", value=3.9, quote="hộ nghèo năm đầu nhiệm kỳ 3,9%", n=2),
        _row(base, period="2024-Q1", value=1.5, quote="quý I hộ nghèo 1,5%", n=3),
        _row(base, period="2025", value=1.0, measure="target", quote="phấn đấu hộ nghèo dưới 1%", n=4),
    ]
    return Dataset.from_frames(pd.concat([facts, pd.DataFrame(extra)], ignore_index=True), documents, report)


def places_of(ds, districts):
    return scope_places(ds.places, districts=districts)[0]


def test_rows_follow_the_period_sort_key(series_dataset):
    rows = trend_rows(series_dataset.facts, [TRAN_DE], indicator="poverty_rate")
    assert list(rows["period"]) == ["2020", "2022", "2023", "2024-Q1"]


def test_yearly_line_with_quarter_apart_and_target_at_horizon(series_dataset):
    r = build_trend(series_dataset.facts, places_of(series_dataset, [TRAN_DE]), indicators=["poverty_rate"],
                    lang="vi")
    go.Figure(r.spec.figure.to_dict())   # valid plotly
    lines = [tr for tr in r.spec.figure.data if tr.mode == "lines+markers"]
    yearly = next(tr for tr in lines if tr.name == "Huyện Trần Đề")
    assert list(yearly.y) == [3.9, 2.4, 1.59]
    assert list(yearly.x) == [2020.0, 2022.0, 2023.0]
    quarterly = [tr for tr in lines if tr.name != "Huyện Trần Đề"]
    assert len(quarterly) == 1 and list(quarterly[0].y) == [1.5] and quarterly[0].line.dash == "dot"
    target = next(tr for tr in r.spec.figure.data if tr.mode == "markers+text")
    assert list(target.x) == [2025.0] and list(target.y) == [1.0]
    assert target.marker.symbol == "diamond-open"
    assert "2025" in target.text[0]
    assert "thấp hơn là tốt hơn" in r.spec.figure.layout.annotations[0].text
    # the data behind the chart is every plotted row, targets included
    assert set(r.spec.data["fact_id"]) >= {"t001", "t002", "t003", "t004"}


def test_since_start_of_term_change_when_the_base_year_is_held(series_dataset):
    rows = trend_rows(series_dataset.facts, [TRAN_DE], indicator="poverty_rate")
    base, latest, diff = term_change(rows)
    assert (base, latest) == ("2020", "2023") and diff == pytest.approx(1.59 - 3.9)
    r = build_trend(series_dataset.facts, places_of(series_dataset, [TRAN_DE]), indicators=["poverty_rate"],
                    lang="en")
    assert r.changes == ["Trần Đề District, poverty rate: −2.31\u00a0pp from 2020 (start of the term) to 2023."]


def test_no_term_change_without_the_base(sample_dataset):
    rows = trend_rows(sample_dataset.facts, [TRA_CU], indicator="poverty_rate")
    assert term_change(rows) is None


def test_one_period_only_is_said_not_drawn(sample_dataset):
    r = build_trend(sample_dataset.facts, places_of(sample_dataset, [TRA_CU]), lang="en")
    assert r.spec is None
    assert "two periods of the same kind" in r.message
    assert "Poverty rate (2023)" in r.single_period


def test_single_period_indicators_are_listed_beside_the_drawn_ones(series_dataset):
    r = build_trend(series_dataset.facts, places_of(series_dataset, [TRAN_DE, TRA_CU]), lang="vi")
    assert r.indicators == ["poverty_rate"]
    assert any(s.startswith("Sản lượng nuôi trồng thủy sản") for s in r.single_period)
    names = {tr.name for tr in r.spec.figure.data if tr.showlegend}
    assert names == {"Huyện Trần Đề", "Huyện Trà Cú"}


def test_two_districts_with_one_period_each_are_no_change(sample_dataset):
    # New Rural communes: Giồng Trôm after Q1, the others at year end: each district has one point only
    r = build_trend(sample_dataset.facts, scope_places(sample_dataset.places)[0], indicators=["ntm_communes"],
                    lang="en")
    assert r.spec is None and "two periods of the same kind" in r.message
    assert r.single_period == ["Communes meeting the New Rural standard (Q1 2023, 2023)"]




@pytest.fixture
def count_series(sample_tables):
    """Several periods for two districts: communes meeting the New Rural standard (a count), the advanced standard
    (a long name) and the poverty rate, 2020–2023 and a first quarter."""
    facts, documents, report = sample_tables
    extra, n = [], 100
    for pid in (TRAN_DE, TRA_CU):
        for ind, unit, values in (("ntm_communes", "communes", (3, 4, 5, 6)),
                                  ("ntm_advanced_communes", "communes", (0, 1, 1, 2)),
                                  ("poverty_rate", "%", (4.2, 3.5, 2.9, 2.2))):
            base = facts[(facts["place_id"] == pid)].iloc[0].to_dict()
            for period, v in zip(("2020", "2021", "2022", "2024-Q1"), values):
                n += 1
                extra.append({**_row(base, period=period, value=v, quote=f"số liệu {n}", n=n), "indicator": ind,
                              "unit": unit, "target_body": None})
    return Dataset.from_frames(pd.concat([facts, pd.DataFrame(extra)], ignore_index=True), documents, report)


def _panel_axes(layout):
    return {k: v for k, v in layout.to_plotly_json().items() if k.startswith("yaxis")}


def test_trend_counts_have_whole_steps_and_rates_keep_their_own(count_series):
    places = places_of(count_series, [TRAN_DE, TRA_CU])
    r = build_trend(count_series.facts, places, indicators=["ntm_communes", "ntm_advanced_communes",
                                                            "poverty_rate"], lang="vi")
    go.Figure(r.spec.figure.to_dict())
    axes = _panel_axes(r.spec.figure.layout)
    assert r.indicators == ["ntm_communes", "ntm_advanced_communes", "poverty_rate"]
    for key in ("yaxis", "yaxis2"):   # communes: 3–7 and 0–2 would get half steps
        assert axes[key]["dtick"] >= 1 and axes[key]["dtick"] == int(axes[key]["dtick"]), axes[key]
        assert axes[key]["tickformat"] == ",d"
    assert "dtick" not in axes["yaxis3"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_trend_at_phone_width_is_legible_and_no_label_passes_the_plot(count_series, lang):
    places = places_of(count_series, [TRAN_DE, TRA_CU])
    fig = build_trend(count_series.facts, places, indicators=["ntm_communes", "ntm_advanced_communes",
                                                              "poverty_rate"], lang=lang, phone=True).spec.figure
    go.Figure(fig.to_dict())
    layout = fig.layout.to_plotly_json()
    axes = {k: v for k, v in layout.items() if k.startswith(("xaxis", "yaxis"))}
    for key, axis in axes.items():
        assert axis.get("tickfont", {}).get("size", 0) >= 12, (key, axis.get("tickfont"))
    assert layout["legend"]["font"]["size"] >= 12
    for note in layout["annotations"]:
        size = note["font"]["size"]
        assert size >= 12, note
        for line in note["text"].replace("<b>", "").replace("</b>", "").split("<br>"):
            # each line of a panel's title fits the plot's width (plotly does not wrap an annotation)
            assert len(line) * size * CHAR_PX * 1.1 <= PHONE_PLOT_PX, (line, size)
    # the period labels under each panel never run into each other: the end of 2023 and the end of its next
    # first quarter are a quarter of a year apart, 20 px on a phone
    lo, hi = layout["xaxis"]["range"]
    shown = [(v, x) for v, x in zip(layout["xaxis"]["tickvals"], layout["xaxis"]["ticktext"]) if x]
    assert len(shown) >= 3, layout["xaxis"]
    px = [((v - lo) / (hi - lo) * PHONE_PLOT_PX, len(x) * 12 * CHAR_PX) for v, x in shown]
    for (c1, w1), (c2, w2) in zip(px, px[1:]):
        assert c2 - c1 >= (w1 + w2) / 2 + 4, shown
    # the legend's names are not cut by the plot's edge either: one per line on a phone
    names = [tr.name for tr in fig.data if tr.showlegend]
    assert names and all(len(nm) * 12 * CHAR_PX <= PHONE_PLOT_PX + 30 for nm in names)


def test_thin_ticks_blanks_a_label_that_would_run_into_the_one_before():
    ticks = [(2020.0, "2020"), (2021.0, "2021"), (2023.0, "2023"), (2023.25, "Q1 2024")]
    assert thin_ticks(ticks, (2019.5, 2023.5)) == [(2020.0, "2020"), (2021.0, "2021"), (2023.0, "2023"),
                                                   (2023.25, "")]
    assert thin_ticks(ticks, (2019.5, 2023.5), width_px=2000) == ticks


@pytest.mark.parametrize("lang, one, many", [("en", "1 district ·", "districts"), ("vi", "1 huyện ·", "huyện")])
def test_the_subtitle_counts_one_district_in_the_singular(series_dataset, lang, one, many):
    r = build_trend(series_dataset.facts, places_of(series_dataset, [TRAN_DE]), indicators=["poverty_rate"], lang=lang)
    assert r.spec.subtitle.startswith(one)
    assert "1 districts" not in r.spec.subtitle
