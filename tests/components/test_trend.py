"""Change over time: period order, one line per period kind, targets at their horizon, term change, one period."""
import pandas as pd
import plotly.graph_objects as go
import pytest

from components.selection import scope_places
from components.trend import build_trend, term_change, trend_rows
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
    assert r.changes == ["Huyện Trần Đề, poverty rate: −2.31\u00a0pp from 2020 (start of the term) to 2023."]


def test_no_term_change_without_the_base(sample_dataset):
    rows = trend_rows(sample_dataset.facts, [TRA_CU], indicator="poverty_rate")
    assert term_change(rows) is None


def test_one_period_only_is_said_not_drawn(sample_dataset):
    r = build_trend(sample_dataset.facts, places_of(sample_dataset, [TRA_CU]), lang="en")
    assert r.spec is None
    assert "one period only" in r.message
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
    assert r.spec is None and "one period only" in r.message
    assert r.single_period == ["Communes meeting the New Rural standard (Q1 2023, 2023)"]
