"""The catalogue travels with the facts table (Parquet metadata nq.catalogue / nq.contract) and the dashboard
labels a table with the catalogue that table carries; a table without it falls back to etl/indicators.yaml."""
from __future__ import annotations

import json
import logging

import pyarrow.parquet as pq
import pytest

import data_access
from components.labels import indicator_label, lower_is_better, measure_unit
from etl.catalogue import dashboard_catalogue
from etl.schema import CATALOGUE_KEY, CONTRACT_KEY, CONTRACT_VERSION
from etl.write import commit_generation
from tests.conftest import build_sample_tables, write_data_dir


@pytest.fixture(autouse=True)
def _fresh_catalogue():
    data_access.clear_cache()
    yield
    data_access.clear_cache()   # never leave a renamed catalogue active for the next test


def _commit(folder):
    facts, documents, report = build_sample_tables()
    commit_generation(facts, documents, report, folder / "indicators.parquet")
    return folder / "indicators.parquet"


def test_a_table_written_by_the_etl_carries_the_catalogue_and_the_contract(tmp_path):
    metadata = pq.read_schema(_commit(tmp_path)).metadata
    assert metadata[CONTRACT_KEY].decode() == CONTRACT_VERSION
    carried = {e["id"]: e for e in json.loads(metadata[CATALOGUE_KEY])}
    assert carried == dashboard_catalogue()
    assert carried["poverty_rate"]["better"]["level"] == "lower"
    assert carried["poverty_rate"]["better"]["pct_of_target"] == "higher"
    assert carried["poverty_rate"]["unit"] == "%" and carried["poverty_rate"]["label_en"]


def _rewrite_catalogue(facts_path, change):
    table = pq.read_table(facts_path)
    entries = json.loads(table.schema.metadata[CATALOGUE_KEY])
    for entry in entries:
        change(entry)
    pq.write_table(table.replace_schema_metadata(
        {**table.schema.metadata, CATALOGUE_KEY: json.dumps(entries, ensure_ascii=False).encode()}), facts_path)


def test_the_dashboard_labels_with_the_catalogue_the_table_carries(tmp_path):
    facts_path = _commit(tmp_path)
    generation_facts = facts_path.resolve()   # the committed file behind the stable link

    def rename(entry):
        if entry["id"] == "poverty_rate":
            entry |= {"label_vi": "Tỷ lệ nghèo (bảng)", "label_en": "Poverty (from the table)", "unit": "‰",
                      "better": {**entry["better"], "level": "higher"}}
    _rewrite_catalogue(generation_facts, rename)
    ds = data_access.load_dataset(tmp_path)
    assert ds.ok and ds.catalogue["poverty_rate"]["label_en"] == "Poverty (from the table)"
    assert indicator_label("poverty_rate", "en") == "Poverty (from the table)"
    assert indicator_label("poverty_rate", "vi") == "Tỷ lệ nghèo (bảng)"
    assert measure_unit("poverty_rate", "level") == "‰"
    assert measure_unit("poverty_rate", "change") == "‰"     # the ETL's rule on the table's unit: not a %, no pp
    assert lower_is_better("poverty_rate", "level") is False


def test_a_table_without_metadata_falls_back_to_the_yaml_and_says_so_once(tmp_path, caplog):
    write_data_dir(tmp_path, *build_sample_tables())      # written by hand: no nq.catalogue
    with caplog.at_level(logging.INFO, logger="data_access.catalogue"):
        ds = data_access.load_dataset(tmp_path)
        data_access.load_dataset(tmp_path)               # same generation: not read (nor logged) again
    said = [r for r in caplog.records if "nq.catalogue" in r.getMessage()]
    assert len(said) == 1 and "indicators.yaml" in said[0].getMessage()
    assert ds.catalogue == dashboard_catalogue()
    assert indicator_label("poverty_rate", "en") == dashboard_catalogue()["poverty_rate"]["label_en"]
