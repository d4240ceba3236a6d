"""Plausibility checks on extracted facts, and the rule for conflicting values of the same fact.

Impossible values (a rate above 100 %, 12 of 9 communes) are rejected with a warning. A New Rural
denominator that differs from the official commune count is only a warning: communes merge, and the
document's figure is what the district reported.

Conflicts: facts with the same place, period, indicator, measure, target set and term but different values
keep ONE value, chosen in this order: (1) a figure with no qualifier over one with "trên/gần/ước…";
(2) the more precise figure (more significant digits); (3) the first in the text. The others are reported.
Identical repeats keep the first occurrence silently.
"""
from __future__ import annotations

from dataclasses import dataclass

from .places import Unit

RATE_UNITS = ("%",)
BOUNDS = {
    # (measure, unit) → (low, high) inclusive
    ("level", "%"): (0.0, 100.0),
    ("target", "%"): (-100.0, 1000.0),
    ("pct_of_target", "%"): (0.0, 1000.0),
    ("growth_pct", "%"): (-100.0, 1000.0),
    ("change", "pp"): (-100.0, 100.0),
}


@dataclass
class Problem:
    message: str
    reject: bool


def validate_fact(fact: dict, unit: Unit | None) -> Problem | None:
    value, measure, fact_unit = fact["value"], fact["measure"], fact["unit"]
    bounds = BOUNDS.get((measure, fact_unit))
    if bounds and not bounds[0] <= value <= bounds[1]:
        return Problem(f"{fact['indicator']} {measure} {value:g} {fact_unit} outside {bounds[0]:g}..{bounds[1]:g}", True)
    if measure == "level" and fact_unit not in ("%", "pp") and value < 0:
        return Problem(f"{fact['indicator']} level cannot be negative ({value:g})", True)
    den = fact.get("denominator")
    if den is not None:
        if den <= 0:
            return Problem(f"{fact['indicator']} denominator {den:g} is not positive", True)
        if value > den:
            return Problem(f"{fact['indicator']} numerator {value:g} exceeds denominator {den:g}", True)
        if fact["indicator"] in ("ntm_communes", "ntm_advanced_communes") and unit is not None and unit.communes:
            if int(den) != unit.communes:
                return Problem(
                    f"{fact['indicator']} denominator {den:g} differs from the official list's {unit.communes} communes "
                    f"of {unit.name} (the document's figure stands)", False)
    return None


def _precision(value: float) -> int:
    digits = f"{abs(value):.6f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    return len(digits)


def fact_key(fact: dict) -> tuple:
    return (fact["place_id"], fact["period"], fact["indicator"], fact["measure"], fact["unit"],
            fact.get("target_scope"), fact.get("term"))


def resolve_conflicts(facts: list[dict]) -> tuple[list[dict], list[str]]:
    """Keep one value per fact key (see module docstring); return kept facts and conflict warnings."""
    groups: dict[tuple, list[dict]] = {}
    for fact in facts:
        groups.setdefault(fact_key(fact), []).append(fact)
    kept, warnings = [], []
    for key, group in groups.items():
        if len(group) == 1:
            kept.append(group[0])
            continue
        ranked = sorted(group, key=lambda f: (f["qualifier"] is not None, -_precision(f["value"]), f["char_start"]))
        winner = ranked[0]
        kept.append(winner)
        losers = [f for f in ranked[1:] if f["value"] != winner["value"] or f["denominator"] != winner["denominator"]]
        if losers:
            dropped = "; ".join(f"{f['value']:g} ({f['quote']!r})" for f in losers)
            warnings.append(
                f"conflict on {key[2]} {key[3]} {key[1]}: kept {winner['value']:g} ({winner['quote']!r}), dropped {dropped}"
            )
    return kept, warnings
