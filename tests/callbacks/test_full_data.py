"""'Full data for the current filters': every period and measure of the plotted indicator, places in scope."""
import pytest

import app as dashboard


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    """The real ETL output of seeds/, built into a temp dir and served through $NQ_DATA_DIR."""
    import os
    from pathlib import Path

    from etl.pipeline import run

    out = tmp_path_factory.mktemp("full-data")
    run(Path(dashboard.__file__).parent / "seeds", out / "indicators.parquet", out / "etl_report.json")
    old = os.environ.get("NQ_DATA_DIR")
    os.environ["NQ_DATA_DIR"] = str(out)
    ds = dashboard.get_dataset()
    assert ds.ok
    yield ds
    if old is None:
        os.environ.pop("NQ_DATA_DIR", None)
    else:
        os.environ["NQ_DATA_DIR"] = old


def test_full_data_covers_every_measure_of_the_indicator_for_the_filtered_places(dataset):
    state = {"view": "compare", "indicator": "production_value", "measure": "level", "provinces": ["93"]}
    shown = dashboard.specs_for_state(state)[0].data
    full = dashboard.full_data_for_state(state)
    assert set(full["indicator"]) == {"production_value"}
    assert set(full["province_code"]) == {"93"}
    assert {"level", "growth_pct"} <= set(full["measure"])
    assert set(shown["fact_id"]) <= set(full["fact_id"])
    assert len(full) > len(shown)
