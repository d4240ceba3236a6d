"""What the catalogue says about an indicator's unit: which figures fit it and in which unit its level is kept.
"""
from __future__ import annotations

from decimal import Decimal

from ..catalogue import load_catalogue
from ..numbers import millions_to_billions
from .quantities import Quantity


_CATALOGUE_UNITS = None


def unit_of(indicator: str) -> str:
    global _CATALOGUE_UNITS
    if _CATALOGUE_UNITS is None:
        _CATALOGUE_UNITS = load_catalogue()["unit"].to_dict()
    return _CATALOGUE_UNITS[indicator]


def fits(indicator: str, q: Quantity) -> bool:
    if not indicator:
        return True  # a quantity outside the catalogue takes any figure, so none falls to another indicator
    unit = unit_of(indicator)
    if q.kind in ("pct", "pp"):
        return True
    if q.kind == "money":
        if q.per_area:   # money per hectare is no total, nor anyone's income
            return unit == "million VND/ha"
        return unit in ("billion VND", "million VND/ha", "million VND/person")
    if q.kind == "tonnes":
        return unit == "tonnes"
    return False


def level_value(indicator: str, q: Quantity) -> tuple[float, str]:
    unit = unit_of(indicator)
    if q.kind == "money":
        return (millions_to_billions(q.value), unit) if unit == "billion VND" else (q.value, unit)
    return q.value, unit


def table_value(indicator: str, unit_cell: str, number: float) -> tuple[float, str] | None:
    """A table figure in the catalogue unit, scaled by the row's ĐVT ("Tỷ đồng", "Triệu đồng", "Nghìn tấn")."""
    unit = unit_of(indicator)
    scales = {
        "%": (("%", 1.0),),
        "billion VND": (("nghìn tỷ", 1000.0), ("ngàn tỷ", 1000.0), ("tỷ", 1.0), ("tỉ", 1.0), ("triệu", 0.001)),
        "million VND/person": (("triệu", 1.0),),
        "million VND/ha": (("triệu", 1.0),),
        "tonnes": (("triệu tấn", 1e6), ("nghìn tấn", 1e3), ("ngàn tấn", 1e3), ("tấn", 1.0)),
        "communes": (("xã", 1.0),),
        "enterprises": (("doanh nghiệp", 1.0), ("dn", 1.0)),
    }.get(unit, ())
    for word, scale in scales:
        if word in unit_cell:
            return float(Decimal(str(number)) * Decimal(str(scale))), unit
    return None
