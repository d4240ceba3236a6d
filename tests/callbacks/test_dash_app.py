"""app.py composition and exports/view_context.py: specs_for_state / context_for_state for the exports."""
import pandas as pd
import pytest

from components.chart_spec import ChartSpec
from exports import view_context


def test_app_exposes_server(app_module):
    assert app_module.server is app_module.app.server


@pytest.mark.parametrize("view,count", [("compare", 1), ("targets", 5), ("scorecard", 1), ("data", 1),
                                        ("sources", 0)])
def test_specs_for_state_rebuilds_the_view(app_module, view, count):
    specs = view_context.specs_for_state({"view": view, "lang": "en"})
    assert len(specs) == count and all(isinstance(s, ChartSpec) for s in specs)
    from etl.schema import FACT_COLUMNS

    for s in specs:
        assert isinstance(s.data, pd.DataFrame) and s.title and s.alt_text
        assert list(s.data.columns) == list(FACT_COLUMNS)      # exactly the facts-table rows, no helpers
        assert isinstance(s.figure, __import__("plotly").graph_objects.Figure)


def test_specs_match_what_the_page_shows(app_module, sample_dataset):
    from components.registry import render_view
    from components.state import parse_state

    state, _ = parse_state("?view=compare&lang=vi&prov=94,84&ind=poverty_rate")
    page = render_view(app_module.get_dataset(), state)
    specs = view_context.specs_for_state(state)
    assert [s.chart_id for s in specs] == [s.chart_id for s in page.specs]
    assert specs[0].data["fact_id"].tolist() == page.specs[0].data["fact_id"].tolist()


def test_context_for_state(app_module):
    ctx = view_context.context_for_state({"view": "compare", "lang": "en", "indicator": "poverty_rate"})
    assert ctx["lang"] == "en"
    assert ctx["url"].endswith("/?view=compare&lang=en&ind=poverty_rate&measure=level&period=latest")
    assert "6 documents" in ctx["vintage"]
    assert isinstance(ctx["sources"], pd.DataFrame)
    assert set(ctx["sources"]["source_id"]) == {"000_61a7140943d01087", "001_8352014f7d2fa197"}
    assert "text" not in ctx["sources"].columns


def test_partial_or_stale_state_is_filled(app_module):
    specs = view_context.specs_for_state({"view": "compare", "indicator": "no_such_indicator"})
    assert specs and specs[0].chart_id == "compare"


