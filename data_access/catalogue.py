"""The indicator catalogue the dashboard labels with: the one the loaded facts table carries in its Parquet
metadata (nq.catalogue, written by etl/write.py), so a table is shown with the labels, units and directions of
the run that built it. A table without that metadata (older tables, hand-made fixtures) falls back to
etl/indicators.yaml, said once in the log per loaded generation."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import pyarrow.parquet as pq

from etl.catalogue import dashboard_catalogue
from etl.schema import CATALOGUE_KEY, CONTRACT_KEY, CONTRACT_VERSION

log = logging.getLogger(__name__)

_active: dict[str, dict] | None = None


def read_table_catalogue(facts_path: Path) -> dict[str, dict] | None:
    """The catalogue in the facts table's metadata, by indicator id; None when the table carries none or it is
    unreadable (then the caller falls back and logs why)."""
    try:
        metadata = pq.read_schema(facts_path).metadata or {}
        raw = metadata.get(CATALOGUE_KEY)
        contract = metadata.get(CONTRACT_KEY)
        if contract is not None and contract.decode() != CONTRACT_VERSION:
            log.warning("%s was written under contract %s, this dashboard reads %s", facts_path, contract.decode(),
                        CONTRACT_VERSION)
        return None if raw is None else {str(e["id"]): e for e in json.loads(raw)}
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("%s: unreadable catalogue metadata (%s)", facts_path, error)
        return None


def table_catalogue(facts_path: Path) -> dict[str, dict]:
    """The catalogue to label the table at `facts_path` with: its own, else etl/indicators.yaml (one log line)."""
    records = read_table_catalogue(facts_path)
    if records is None:
        log.info("%s carries no nq.catalogue metadata: labels, units and directions from etl/indicators.yaml",
                 facts_path)
        return dashboard_catalogue()
    return records


def use_catalogue(records: dict[str, dict] | None) -> None:
    """Make `records` the catalogue the views label with (None: etl/indicators.yaml)."""
    global _active
    _active = records


def current_catalogue() -> dict[str, dict]:
    """The catalogue of the dataset loaded last (data_access.load_dataset), else etl/indicators.yaml."""
    return _active if _active is not None else dashboard_catalogue()
