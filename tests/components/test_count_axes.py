"""Axes of counts (targets, communes, enterprises, members) have whole steps in every chart that plots them: the
ranking, the scatter and the change over time; a ranking of a share or a rate keeps plotly's own steps."""
import pandas as pd
import plotly.graph_objects as go

from components.compare import build_compare
from components.scatter import build_scatter
from components.selection import scope_places
from components.theme import count_axis, nice_step
from data_access import Dataset


def _members(sample_tables, values: dict) -> Dataset:
    """The sample table plus a count without a whole (new Party members admitted in 2023) for some districts."""
    facts, documents, report = sample_tables
    base = facts[facts["indicator"] == "targets_met"].iloc[0].to_dict()
    places = facts.drop_duplicates("place_id").set_index("place_id")
    rows = [{**base, **places.loc[pid, ["place_name", "province", "province_code", "admin_code"]].to_dict(),
             "place_id": pid, "fact_id": f"m{i:03d}", "indicator": "new_party_members", "measure": "level",
             "value": float(v), "denominator": None, "unit": "members", "period": "2023", "period_type": "year",
             "qualifier": None, "target_scope": None, "target_body": None, "curated": False, "char_start": 5 * i}
            for i, (pid, v) in enumerate(values.items())]
    return Dataset.from_frames(pd.concat([facts, pd.DataFrame(rows)], ignore_index=True), documents, report)


def _whole(axis) -> bool:
    return axis.dtick is not None and float(axis.dtick) >= 1 and float(axis.dtick) == int(axis.dtick) \
        and axis.tickformat == ",d"


def test_nice_steps_of_counts_are_whole_numbers():
    assert nice_step(3, 5, whole=True) == 1            # not 0.5
    assert nice_step(1, 3, whole=True) == 1
    assert nice_step(12, 5, whole=True) == 5           # not 2.5
    assert nice_step(12, 5) == 2.5
    assert nice_step(120, 5, whole=True) == 25         # 25 is whole
    assert count_axis(17, 21) == {"tick0": 0, "dtick": 1, "tickformat": ",d"}


def test_a_ranking_of_a_count_has_whole_steps_wide_and_on_a_phone(sample_tables):
    ds = _members(sample_tables, {"soc-trang/huyen-tran-de": 3, "tra-vinh/huyen-tra-cu": 4,
                                  "hau-giang/huyen-phung-hiep": 5})
    places = scope_places(ds.places)[0]
    wide = build_compare(ds.facts, places, indicator="new_party_members", period="2023").spec.figure
    go.Figure(wide.to_dict())
    assert _whole(wide.layout.xaxis), wide.layout.xaxis
    phone = build_compare(ds.facts, places, indicator="new_party_members", period="2023", phone=True).spec.figure
    ticks = list(phone.layout.xaxis2.tickvals)
    assert ticks[0] == 0 and all(v == int(v) for v in ticks), ticks
    # a share of the whole (targets met as x of y) is a % axis: no whole steps forced on it
    share = build_compare(ds.facts, places, indicator="targets_met").spec.figure
    assert share.layout.xaxis.dtick is None


def test_a_scatter_of_two_x_of_y_counts_plots_shares_not_half_steps_of_counts(sample_dataset):
    # targets met (8–21 of 16–39) against New Rural communes: plotly's own steps on the counts gave 17.5 and 20.5;
    # the counts are plotted as shares of their sets (compare.plotted_values), an axis in %
    places = scope_places(sample_dataset.places)[0]
    fig = build_scatter(sample_dataset.facts, places, x="ntm_communes", y="targets_met", lang="en").spec.figure
    go.Figure(fig.to_dict())
    assert "% met" in fig.layout.xaxis.title.text and "% met" in fig.layout.yaxis.title.text
    assert all(0 <= v <= 100 for v in list(fig.data[0].x) + list(fig.data[0].y))
    rates = build_scatter(sample_dataset.facts, places, x="income_per_capita", y="poverty_rate").spec.figure
    assert rates.layout.xaxis.dtick is None and rates.layout.yaxis.dtick is None
