"""Load the indicator catalogue (etl/indicators.yaml): the one place indicator labels, units and directions live."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from etl.schema import CATALOGUE_KEY, CONTRACT_KEY, CONTRACT_VERSION, MEASURES

CATALOGUE_PATH = Path(__file__).with_name("indicators.yaml")
REQUIRED_KEYS = ("id", "family", "label_vi", "label_en", "unit", "direction", "term_level", "definition")
TERM_LEVELS = ("end_year", "term")


@lru_cache(maxsize=1)
def load_catalogue() -> pd.DataFrame:
    """Catalogue as a DataFrame indexed by indicator id; fails loudly on a malformed entry."""
    entries = yaml.safe_load(CATALOGUE_PATH.read_text(encoding="utf-8"))
    for entry in entries:
        missing = [k for k in REQUIRED_KEYS if k not in entry]
        if missing:
            raise ValueError(f"{CATALOGUE_PATH}: indicator {entry.get('id')!r} lacks {missing}")
        if entry["direction"] not in ("higher", "lower"):
            raise ValueError(f"{CATALOGUE_PATH}: {entry['id']}: direction must be higher or lower")
        if entry["term_level"] not in TERM_LEVELS:
            raise ValueError(f"{CATALOGUE_PATH}: {entry['id']}: term_level must be one of {TERM_LEVELS}")
    frame = pd.DataFrame(entries).set_index("id", drop=False)
    if frame.index.duplicated().any():
        raise ValueError(f"{CATALOGUE_PATH}: duplicate ids {frame.index[frame.index.duplicated()].tolist()}")
    return frame


def indicator_unit(indicator: str) -> str:
    return load_catalogue().loc[indicator, "unit"]


@lru_cache(maxsize=None)
def level_over_term_is_end_year(indicator: str) -> bool:
    """A level a term review states for this indicator is its state at the term's end (etl/indicators.yaml,
    term_level); False for indicators outside the catalogue."""
    catalogue = load_catalogue()
    return indicator in catalogue.index and catalogue.loc[indicator, "term_level"] == "end_year"


def unit_of_measure(level_unit: str, measure: str) -> str:
    """The unit a measure is stated in, given the unit of the indicator's level (data/README.md, "Measures"):
    growth and share of target are %, the change of a % is percentage points. The one copy of this rule: the
    ETL and the dashboard both call it, each with the level unit from its own view of the catalogue."""
    if measure in ("growth_pct", "pct_of_target"):
        return "%"
    if measure == "change" and level_unit == "%":
        return "pp"
    return level_unit


def indicator_measure_unit(indicator: str, measure: str) -> str:
    """The unit of `measure` of a catalogue indicator (KeyError when the indicator is not in the catalogue)."""
    return unit_of_measure(indicator_unit(indicator), measure)


UNITS_PATH = Path(__file__).with_name("units.yaml")
FIGURE_KINDS = ("pct", "money", "money_per_ha", "money_per_person", "tonnes")


@lru_cache(maxsize=1)
def load_units() -> dict[str, dict]:
    """The units of the catalogue (etl/units.yaml) by name; fails loudly on a malformed entry or on an indicator
    whose unit is not described there."""
    entries = yaml.safe_load(UNITS_PATH.read_text(encoding="utf-8"))
    units: dict[str, dict] = {}
    for entry in entries:
        name = entry.get("unit")
        if not name or name in units:
            raise ValueError(f"{UNITS_PATH}: missing or duplicate unit {name!r}")
        unknown = set(entry.get("figures", ())) - set(FIGURE_KINDS)
        if unknown:
            raise ValueError(f"{UNITS_PATH}: {name}: unknown figures {sorted(unknown)} (known: {FIGURE_KINDS})")
        units[name] = {"figures": tuple(entry.get("figures", ())), "rate": bool(entry.get("rate", False)),
                       "count": bool(entry.get("count", False)),
                       "total": bool(entry.get("total", False)), "million_vnd": entry.get("million_vnd"),
                       "table_scales": tuple((word, scale) for word, scale in entry.get("table_scales", ())),
                       "bounds": {m: (float(lo), float(hi)) for m, (lo, hi) in entry.get("bounds", {}).items()}}
    undescribed = sorted(set(load_catalogue()["unit"]) - set(units))
    if undescribed:
        raise ValueError(f"{UNITS_PATH}: units of etl/indicators.yaml not described here: {undescribed}")
    return units


def is_count_unit(unit) -> bool:
    """A unit counted in whole things (etl/units.yaml, count): its figures, targets and changes are whole numbers,
    so a chart's axis of them has whole steps (no 17.5 targets)."""
    return bool(load_units().get(unit, {}).get("count"))


def is_total_unit(unit) -> bool:
    """A unit whose amounts grow with a district's size (etl/units.yaml, total): a money total, tonnes, a count. A
    ranking of districts of different size on it says who is bigger, not who does better."""
    return bool(load_units().get(unit, {}).get("total"))


def better_end(direction: str, measure: str) -> str:
    """Which end of `measure` is better ("higher"/"lower"): a share of target is always better higher, every other
    measure follows the indicator's direction."""
    return "higher" if measure == "pct_of_target" else direction


def catalogue_entry(entry: dict, units: dict[str, dict] | None = None) -> dict:
    """One indicator as the dashboard needs it: labels, unit, definition, the better end and bounds per measure."""
    bounds = (units or {}).get(entry.get("unit"), {}).get("bounds", {})
    return {key: entry.get(key, "") for key in REQUIRED_KEYS} | {
        "better": {m: better_end(entry.get("direction", "higher"), m) for m in MEASURES},
        "bounds": {m: [float(lo), float(hi)] for m, (lo, hi) in bounds.items()}}


@lru_cache(maxsize=1)
def dashboard_catalogue() -> dict[str, dict]:
    """The catalogue of etl/indicators.yaml as the facts table's metadata carries it, by indicator id (in order)."""
    units = load_units()
    return {str(e["id"]): catalogue_entry(e, units) for e in load_catalogue().to_dict("records")}


def table_metadata() -> dict[bytes, bytes]:
    """Parquet schema metadata of the facts table: the contract version and the catalogue (data/README.md)."""
    return {CONTRACT_KEY: CONTRACT_VERSION.encode(),
            CATALOGUE_KEY: json.dumps(list(dashboard_catalogue().values()), ensure_ascii=False).encode("utf-8")}
