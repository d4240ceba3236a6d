"""Two-indicator scatter: pairs of the same period only, left-out districts named, better ends on the axes."""
import pandas as pd
import plotly.graph_objects as go

from components.scatter import build_scatter, scatter_pairs
from components.selection import scope_places
from data_access import Dataset


def places_of(ds):
    return scope_places(ds.places)[0]


def test_only_districts_with_both_figures_are_drawn(sample_dataset):
    r = build_scatter(sample_dataset.facts, places_of(sample_dataset), x="income_per_capita", y="poverty_rate",
                      lang="en")
    go.Figure(r.spec.figure.to_dict())
    dots = r.spec.figure.data[0]
    assert list(dots.text) == ["Trà Cú District"]
    assert (list(dots.x), list(dots.y)) == ([62.0], [2.33])
    assert dots.customdata[0][0] == "over 62\u00a0million VND/person"
    assert "Trần Đề District" in r.missing and "Sóc Trăng City" in r.missing
    assert "lower is better" in r.spec.figure.layout.yaxis.title.text
    assert "higher is better" in r.spec.figure.layout.xaxis.title.text
    assert set(r.spec.data["indicator"]) == {"income_per_capita", "poverty_rate"}


def test_the_title_writes_the_second_indicator_lower_case_mid_sentence(sample_dataset):
    # 'Tỷ lệ hộ nghèo so với Thu nhập bình quân đầu người' had a capital in the middle of the sentence
    vi = build_scatter(sample_dataset.facts, places_of(sample_dataset), x="income_per_capita", y="poverty_rate")
    assert vi.spec.title == "Tỷ lệ hộ nghèo so với thu nhập bình quân đầu người"
    en = build_scatter(sample_dataset.facts, places_of(sample_dataset), x="income_per_capita", y="poverty_rate",
                       lang="en")
    assert en.spec.title == "Poverty rate against income per capita"
    none = build_scatter(sample_dataset.facts.iloc[0:0], places_of(sample_dataset), x="income_per_capita",
                         y="poverty_rate")
    assert "cả thu nhập bình quân đầu người và tỷ lệ hộ nghèo" in none.message


def test_figures_of_different_periods_are_not_paired(sample_tables):
    facts, documents, report = sample_tables
    facts = facts.copy()
    facts.loc[(facts["place_id"] == "tra-vinh/huyen-tra-cu") & (facts["indicator"] == "poverty_rate"),
              "period"] = "2022"
    ds = Dataset.from_frames(facts, documents, report)
    pairs, missing, other = scatter_pairs(ds.facts, places_of(ds), x="income_per_capita", y="poverty_rate")
    assert pairs.empty and other == ["tra-vinh/huyen-tra-cu"]
    r = build_scatter(ds.facts, places_of(ds), x="income_per_capita", y="poverty_rate", lang="vi")
    assert r.spec is None and r.other_period == ["Huyện Trà Cú"] and r.message



def test_counts_of_targets_met_are_plotted_as_shares_so_sets_of_different_sizes_compare(sample_dataset):
    facts = sample_dataset.facts
    r = build_scatter(facts, places_of(sample_dataset), x="poverty_rate", y="targets_met", lang="vi")
    assert r.spec is not None
    dots = r.spec.figure.data[0]
    met = facts[(facts["indicator"] == "targets_met") & (facts["measure"] == "level")].set_index("place_name")
    for name, y in zip(dots.text, dots.y):
        row = met.loc[name] if not isinstance(met.loc[name], pd.DataFrame) else met.loc[name].iloc[0]
        assert y == row["value"] / row["denominator"] * 100 and y <= 100
    assert "% đạt" in r.spec.figure.layout.yaxis.title.text
