"""What the catalogue says about an indicator's unit: which figures fit it and in which unit its level is kept.
"""
from __future__ import annotations

from decimal import Decimal

from ..catalogue import load_catalogue, load_units
from .quantities import Quantity


_CATALOGUE_UNITS = None


def unit_of(indicator: str) -> str:
    global _CATALOGUE_UNITS
    if _CATALOGUE_UNITS is None:
        _CATALOGUE_UNITS = load_catalogue()["unit"].to_dict()
    return _CATALOGUE_UNITS[indicator]


def is_rate(indicator: str) -> bool:
    """A share in % (etl/units.yaml `rate`): its changes are percentage points, not growth."""
    return load_units()[unit_of(indicator)]["rate"]


def is_money(indicator: str) -> bool:
    """A total kept in money (etl/units.yaml `million_vnd`): a bare percentage of it can only be a share of its plan."""
    return bool(load_units()[unit_of(indicator)]["million_vnd"])


def fits(indicator: str, q: Quantity) -> bool:
    """Whether figure `q` can be a value of `indicator` (tonnes never go to a money indicator): the unit's `figures`
    in etl/units.yaml. Any indicator takes a percentage (its growth, its share of the plan)."""
    if not indicator:
        return True  # a quantity outside the catalogue takes any figure, so none falls to another indicator
    if q.kind in ("pct", "pp"):
        return True
    # money per hectare is no total, nor anyone's income; money per head is no total
    kind = "money_per_ha" if q.kind == "money" and q.per_area else "money_per_person" if q.kind == "money" and q.per_person \
        else q.kind
    return kind in load_units()[unit_of(indicator)]["figures"]


def level_value(indicator: str, q: Quantity) -> tuple[float, str]:
    """The figure in the indicator's unit: money (carried in million VND) divided by the unit's `million_vnd`."""
    unit = unit_of(indicator)
    per_unit = load_units()[unit]["million_vnd"]
    if q.kind == "money" and per_unit and per_unit != 1:
        return float(Decimal(str(q.value)) / Decimal(str(per_unit))), unit
    return q.value, unit


def table_value(indicator: str, unit_cell: str, number: float) -> tuple[float, str] | None:
    """A table figure in the catalogue unit, scaled by the row's ĐVT ("Tỷ đồng", "Triệu đồng", "Nghìn tấn"): the unit's
    `table_scales` in etl/units.yaml; None when the ĐVT names none of them."""
    unit = unit_of(indicator)
    for word, scale in load_units()[unit]["table_scales"]:
        if word in unit_cell:
            return float(Decimal(str(number)) * Decimal(str(scale))), unit
    return None
