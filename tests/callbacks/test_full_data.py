"""'Full data for the current filters': every period and measure of the plotted indicator, places in scope."""
import pytest

from exports import view_context as dashboard


@pytest.fixture(scope="module")
def dataset(seeds_app_dataset):
    return seeds_app_dataset


def test_full_data_covers_every_measure_of_the_indicator_for_the_filtered_places(dataset):
    state = {"view": "compare", "indicator": "production_value", "measure": "level", "provinces": ["93"]}
    shown = dashboard.specs_for_state(state)[0].data
    full = dashboard.full_data_for_state(state)
    assert set(full["indicator"]) == {"production_value"}
    assert set(full["province_code"]) == {"93"}
    assert {"level", "growth_pct"} <= set(full["measure"])
    assert set(shown["fact_id"]) <= set(full["fact_id"])
    assert len(full) > len(shown)
