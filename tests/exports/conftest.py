"""Fixtures for the export tests: a small view (three bar charts + context) and the warm image renderer."""
from __future__ import annotations

import os

import pandas as pd
import plotly.graph_objects as go
import pytest

from components.chart_spec import ChartSpec
from tests.export_samples import sample_context, sample_facts, sample_specs


@pytest.fixture
def facts() -> pd.DataFrame:
    return sample_facts()


@pytest.fixture(params=["vi", "en"])
def lang(request) -> str:
    return request.param


@pytest.fixture
def specs(lang):
    return sample_specs(lang)


@pytest.fixture
def context(lang):
    return sample_context(lang)


@pytest.fixture
def income_spec(facts) -> ChartSpec:
    """Built here, not from tests/export_samples.py: a plain plotly bar chart and exactly its rows, in plotted order."""
    rows = facts[facts.indicator == "income_per_capita"].sort_values("value", ascending=False).reset_index(drop=True)
    fig = go.Figure(go.Bar(x=list(rows["place_name"]), y=list(rows["value"])))
    return ChartSpec(chart_id="income", title="Thu nhập bình quân đầu người",
                     subtitle="Mức đạt được · triệu đồng/người · năm 2023", figure=fig, data=rows,
                     source_ids=list(rows["source_id"]))


@pytest.fixture
def growth_spec(facts) -> ChartSpec:
    """Includes a negative value (-2.5) and a quote beginning with '-'."""
    rows = facts[facts.measure == "growth_pct"].reset_index(drop=True)
    fig = go.Figure(go.Bar(x=list(rows["place_name"]), y=list(rows["value"])))
    return ChartSpec(chart_id="growth", title="Tổng giá trị sản xuất", subtitle="Tăng trưởng (%) · % · năm 2023",
                     figure=fig, data=rows)


@pytest.fixture(scope="session")
def renderer():
    """The process-wide warm renderer; image tests need Chromium and fail (not skip) without it,
    unless EXPORTS_SKIP_IMAGES=1 says so explicitly."""
    from exports.errors import ChromiumMissingError
    from exports.image_renderer import get_renderer

    r = get_renderer()
    try:
        r.start()
    except ChromiumMissingError as exc:
        if os.environ.get("EXPORTS_SKIP_IMAGES") == "1":
            pytest.skip(f"EXPORTS_SKIP_IMAGES=1 and no Chromium: {exc}")
        pytest.fail(f"image export tests need Chromium (bash scripts/install-system.sh): {exc}")
    yield r
    r.stop()
