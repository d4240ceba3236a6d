"""data_access/__init__.py (the Dataset and its loader): the dataset read once, the figure preference, the Targets
rows, what a URL may name."""
import pandas as pd

from data_access import Dataset, load_dataset, most_covered, preference_key, target_facts


def _facts():
    cols = ["fact_id", "source_id", "place_id", "indicator", "measure", "value", "period", "curated", "target_scope",
            "qualifier", "char_start", "province_code"]
    rows = [("1", "s", "a", "poverty_rate", "level", 2.0, "2022", False, None, None, 1, "94"),
            ("2", "s", "a", "poverty_rate", "level", 1.5, "2023", False, None, "approx", 2, "94"),
            ("3", "s", "a", "poverty_rate", "level", 1.6, "2023", False, None, None, 3, "94"),
            ("4", "s", "a", "targets_met", "level", 8, "2020-2025", False, "term", None, 4, "94"),
            ("5", "s", "a", "income_per_capita", "pct_of_target", 101, "2023", False, "annual", None, 5, "94")]
    return pd.DataFrame([dict(zip(cols, r)) for r in rows]).assign(place_name="Huyện Trần Đề", province="Tỉnh Sóc Trăng",
                                                                  place_type="district", admin_code="951")


def test_preference_newest_period_then_exact_figure():
    facts = _facts()
    order = facts.assign(k=preference_key(facts)).sort_values("k")["fact_id"].tolist()
    assert order.index("3") < order.index("2") < order.index("1")


def test_targets_rows_are_target_counts_and_shares_of_target():
    assert set(target_facts(_facts())["fact_id"]) == {"4", "5"}


def test_state_options_name_what_the_data_has_and_memo_lives_with_the_dataset():
    ds = Dataset.from_frames(_facts())
    opts = ds.state_options()
    assert "2023" in opts.periods and "poverty_rate" in opts.indicators and opts.default_indicator == "poverty_rate"
    built = []
    assert ds.memo("k", lambda: built.append(1) or "v") == "v" == ds.memo("k", lambda: built.append(1) or "w")
    assert built == [1] and "_memo" not in Dataset.from_frames(_facts()).__dict__


def test_first_visit_opens_on_the_indicator_and_period_with_most_districts(sample_dataset):
    # sample: targets met has figures for all 5 districts (4 of them in 2023), poverty rate for 2
    assert most_covered(sample_dataset.facts) == ("targets_met", "2023")
    opts = sample_dataset.state_options()
    assert (opts.default_indicator, opts.default_period) == ("targets_met", "2023")
    # equal coverage: the preferred indicator wins, and of two equally covered periods the newer one
    rows = [("a", "income_per_capita", "2022"), ("b", "income_per_capita", "2023"), ("a", "poverty_rate", "2022"),
            ("b", "poverty_rate", "2023"), ("c", "targets_met", "2022")]
    facts = pd.DataFrame([dict(place_id=p, indicator=i, period=per, measure="level", value=1.0) for p, i, per in rows])
    assert most_covered(facts) == ("poverty_rate", "2023")


def test_a_missing_table_is_a_dataset_with_an_error_not_an_exception(tmp_path):
    ds = load_dataset(tmp_path)
    assert not ds.ok and ds.error_key == "msg.no_data_file" and ds.facts.empty


def test_indicator_coverage_counts_the_districts_of_the_chosen_measure_and_period():
    facts = pd.concat([_facts(), _facts().assign(place_id="b", period="2022", fact_id=lambda d: d["fact_id"] + "b")],
                      ignore_index=True)
    ds = Dataset.from_frames(facts)
    assert ds.indicator_coverage("level", "2023") == {"poverty_rate": 1}
    assert ds.indicator_coverage("level", "2022") == {"poverty_rate": 2, "targets_met": 1}
    assert ds.indicator_coverage("level") == {"poverty_rate": 2, "targets_met": 2}     # latest: any period
    assert ds.indicator_coverage("pct_of_target", "2023") == {"income_per_capita": 1}
    assert ds.indicator_coverage("level", "1999") == {}
