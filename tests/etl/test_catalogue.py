"""etl/catalogue.py: the indicator catalogue and its units, loaded and checked once; the dashboard's view of it."""
import json

from etl.catalogue import (CATALOGUE_PATH, REQUIRED_KEYS, better_end, catalogue_entry, dashboard_catalogue,
                           indicator_measure_unit, indicator_unit, load_catalogue, load_units, table_metadata,
                           unit_of_measure)
from etl.schema import CATALOGUE_KEY, CONTRACT_KEY, CONTRACT_VERSION, MEASURES


def test_the_catalogue_has_every_required_key_and_unique_ids():
    catalogue = load_catalogue()
    assert catalogue.index.is_unique and set(REQUIRED_KEYS) <= set(catalogue.columns)
    assert catalogue.loc["poverty_rate", "direction"] == "lower" and indicator_unit("poverty_rate") == "%"
    assert CATALOGUE_PATH.name == "indicators.yaml"


def test_every_unit_of_the_catalogue_is_described():
    assert set(load_catalogue()["unit"]) <= set(load_units())
    assert load_units()["%"]["rate"] and not load_units()["billion VND"]["rate"]


def test_units_of_measures():
    assert unit_of_measure("%", "change") == "pp"
    assert unit_of_measure("billion VND", "change") == "billion VND"
    assert unit_of_measure("tonnes", "growth_pct") == unit_of_measure("tonnes", "pct_of_target") == "%"
    assert indicator_measure_unit("poverty_rate", "change") == "pp"


def test_the_better_end_of_each_measure():
    assert better_end("lower", "level") == "lower" and better_end("lower", "pct_of_target") == "higher"
    entry = catalogue_entry({"id": "x", "unit": "%", "direction": "lower"}, load_units())
    assert entry["better"] == {m: ("higher" if m == "pct_of_target" else "lower") for m in MEASURES}
    assert entry["bounds"]["level"] == [0.0, 100.0] and entry["label_en"] == ""


def test_the_table_metadata_carries_the_contract_and_the_catalogue_in_order():
    metadata = table_metadata()
    assert metadata[CONTRACT_KEY] == CONTRACT_VERSION.encode()
    carried = json.loads(metadata[CATALOGUE_KEY])
    assert [e["id"] for e in carried] == list(load_catalogue().index) == list(dashboard_catalogue())
