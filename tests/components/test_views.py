"""components/views.py: what each view draws from (dataset, state), and the documents its exports cite."""
import pandas as pd
import pytest

from components.chart_spec import ChartSpec
from components.registry import view_specs
from components.state import parse_state
from components.views import (chart_source_ids, data_result, data_specs, documents_in_scope, figures_for, no_specs,
                              places_in_scope, source_titles)
from data_access import Dataset


def state(query):
    return parse_state(query)[0]


def test_reviewed_only_keeps_the_accepted_and_corrected_figures(sample_tables):
    facts, documents, report = sample_tables
    facts = facts.copy()
    facts.loc[facts.index[:3], "review_status"] = ["accepted", "corrected", "rejected"]
    ds = Dataset.from_frames(facts, documents, report)
    assert figures_for(ds, state("?view=compare")) is ds
    only = figures_for(ds, state("?view=compare&rev=only"))
    assert list(only.facts["fact_id"]) == list(facts["fact_id"].iloc[:2])


def test_places_in_scope_follow_the_province_filter(sample_dataset):
    code = str(sample_dataset.places["province_code"].iloc[0])
    chosen = places_in_scope(sample_dataset, state(f"?view=compare&prov={code}"))
    assert len(chosen) and set(chosen["province_code"].astype(str)) == {code}
    everything = places_in_scope(sample_dataset, state("?view=compare"))
    assert set(everything["place_id"]) == set(sample_dataset.places.loc[sample_dataset.places["n_facts"] > 0,
                                                                        "place_id"])


def test_chart_sources_are_named_ones_then_those_of_every_row_once():
    a = ChartSpec("a", "t", "s", figure=None, data=pd.DataFrame({"source_id": ["s2", None, "s3"]}), source_ids=["s1"])
    b = ChartSpec("b", "t", "s", figure=None, data=pd.DataFrame({"x": [1]}), source_ids=["s3"])
    assert chart_source_ids(None, {}, [a, b]) == ["s1", "s3", "s2"]
    assert chart_source_ids(None, {}, []) == [] and no_specs(None, {}) == []


def test_sources_view_cites_the_documents_of_the_chosen_places_else_all(sample_dataset):
    docs = sample_dataset.documents
    assert documents_in_scope(sample_dataset, state("?view=sources"), []) == list(docs["source_id"])
    place = sample_dataset.facts["place_id"].iloc[0]
    chosen = documents_in_scope(sample_dataset, state(f"?view=sources&dist={place}"), [])
    assert chosen and set(chosen) == set(docs.loc[docs["place_id"] == place, "source_id"])


def test_source_titles_fall_back_to_the_file_then_the_id(sample_dataset):
    sid = sample_dataset.documents["source_id"].iloc[0]
    title = sample_dataset.documents_by_id[sid].get("title") or sample_dataset.documents_by_id[sid]["file_name"]
    assert source_titles(sample_dataset, [sid, "unknown-id"]) == [title, "unknown-id"]


def test_the_data_views_spec_holds_the_rows_it_lists(sample_dataset):
    s = state("?view=data&lang=en")
    rows, spec = data_result(sample_dataset, s)
    assert list(spec.data["fact_id"]) == list(rows["fact_id"]) and len(rows)
    assert data_result(sample_dataset, s, with_spec=False)[1] is None
    [only] = data_specs(sample_dataset, s)
    assert list(only.data["fact_id"]) == list(rows["fact_id"])


@pytest.mark.parametrize("query", ["?view=compare&ind=poverty_rate", "?view=compare&ind=income_per_capita&mode=briefing",
                                   "?view=scorecard&measure=pct_of_target", "?view=targets", "?view=map&ind=poverty_rate",
                                   "?view=compare&ind=poverty_rate&rev=mark&nodata=hide"])
def test_the_figure_builders_are_pure(sample_dataset, query):
    """The builders behind a view change none of the frames they read, and draw the same figure twice."""
    ds = sample_dataset
    before = {name: getattr(ds, name).copy(deep=True) for name in ("facts", "places", "documents", "target_facts")}
    st = state(query)
    first = view_specs(ds, st)
    again = view_specs(ds, st)
    assert first and [s.chart_id for s in first] == [s.chart_id for s in again]
    assert [s.figure.to_json() for s in first] == [s.figure.to_json() for s in again]
    for name, frame in before.items():
        pd.testing.assert_frame_equal(getattr(ds, name), frame, obj=name)
