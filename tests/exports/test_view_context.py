"""exports/view_context.py: an export's specs, context and full data, from the URL state alone."""
import pandas as pd
import pytest

from components.registry import render_view
from components.state import parse_state
from data_access import load_dataset
from exports import view_context


@pytest.fixture
def ds(sample_data_dir, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    return load_dataset()


def test_the_pages_state_comes_back_unchanged_and_a_partial_one_is_completed(ds):
    page_state, _ = parse_state("?view=targets&lang=en&prov=84", options=ds.state_options())
    assert view_context.full_state(page_state) == page_state
    partial = view_context.full_state({"view": "scorecard"})
    assert set(partial) == set(page_state) and partial["view"] == "scorecard" and partial["lang"] == "vi"
    assert view_context.full_state({"view": "nonsense"})["view"] == "compare"


def test_specs_are_the_pages_own_and_built_once_per_state(ds):
    state = view_context.full_state({"view": "compare", "lang": "en", "indicator": "poverty_rate"})
    specs = view_context.specs_for_state(state)
    assert [s.chart_id for s in specs] == [s.chart_id for s in render_view(ds, state).specs]
    again = view_context.specs_for_state(state)
    assert all(a is b for a, b in zip(specs, again))


def test_full_data_is_every_period_and_measure_of_the_indicator_for_the_places_in_scope(ds):
    rows = view_context.full_data_for_state({"view": "compare", "lang": "en", "indicator": "poverty_rate"})
    facts = ds.facts
    expected = facts[(facts["indicator"] == "poverty_rate")]
    assert not rows.empty and set(rows["fact_id"]) == set(expected["fact_id"])
    assert list(rows["fact_id"]) == list(rows.sort_values(["indicator", "place_id", "period", "measure"],
                                                          kind="stable")["fact_id"])


def test_the_context_cites_every_document_behind_the_full_data_under_the_configured_root(ds):
    state = {"view": "compare", "lang": "en", "indicator": "poverty_rate"}
    context = view_context.context_for_state(state, url_root="https://dash.example.vn/nq/")
    assert context["url"].startswith("https://dash.example.vn/nq/?view=compare&lang=en")
    full = view_context.full_data_for_state(state)
    assert set(full["source_id"]) <= set(context["sources"]["source_id"])
    assert "text" not in context["sources"].columns
    assert context["filters"]["Indicator"] == "Poverty rate"
    assert isinstance(context["sources"], pd.DataFrame) and context["sources"].index.is_monotonic_increasing
