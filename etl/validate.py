"""Plausibility checks on extracted facts, and the rule for conflicting values of the same fact.

Impossible values (a rate above 100 %, 12 of 9 communes) are rejected with a warning. A New Rural
denominator that differs from the official commune count is only a warning: communes merge, and the
document's figure is what the district reported.

Conflicts: facts with the same place, period, indicator, measure, target set (scope, term, body) but different values
keep ONE value, chosen in this order: (0) a figure stated as the whole over one stated as a part of it ("Thu ngân
sách đạt 500 tỷ đồng, trong đó thu nội địa 320,55 tỷ đồng": the total is the indicator's value); (1) a figure with
no qualifier over one with "trên/gần/ước…"; (2) the more precise figure (more significant digits); (3) the first in
the text. The others are reported.
Identical repeats keep the first occurrence silently.
"""
from __future__ import annotations

from dataclasses import dataclass

from .catalogue import load_units
from .places import Unit



@dataclass
class Problem:
    message: str
    reject: bool


def validate_fact(fact: dict, unit: Unit | None) -> Problem | None:
    value, measure, fact_unit = fact["value"], fact["measure"], fact["unit"]
    unit_bounds = load_units()[fact_unit]["bounds"] if fact_unit in load_units() else {}
    bounds = unit_bounds.get(measure)   # etl/units.yaml
    if bounds and not bounds[0] <= value <= bounds[1]:
        return Problem(f"{fact['indicator']} {measure} {value:g} {fact_unit} outside {bounds[0]:g}..{bounds[1]:g}", True)
    if measure == "level" and "level" not in unit_bounds and value < 0:
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
    """Significant digits: "trên 460 tỉ" in a headline (2) is a rounding of the body's "ước trên 464 tỉ" (3)."""
    digits = f"{abs(value):.6f}".replace(".", "").strip("0")
    return len(digits)


def fact_key(fact: dict) -> tuple:
    """Facts that state the same thing. Target sets are told apart by scope, term and the body that set them:
    "đạt 60% kế hoạch tỉnh giao, đạt 58% kế hoạch HĐND huyện giao" are two shares of two plans."""
    return (fact["place_id"], fact["period"], fact["indicator"], fact["measure"], fact["unit"],
            fact.get("target_scope"), fact.get("term"), fact.get("target_body"))


def resolve_conflicts(facts: list[dict]) -> tuple[list[dict], list[str]]:
    """Keep one value per fact key (see module docstring); return kept facts and conflict warnings.

    Across target sets, a repeat is still one fact: a figure that does not say whose plan it counts ("hoàn thành
    14/15 chỉ tiêu" in a headline) repeating one that does, or a rounded repeat of a more precise figure ("vượt 12%
    kế hoạch" in a headline, "vượt 12,3% dự toán HĐND huyện giao" in the text)."""
    by_base: dict[tuple, list[dict]] = {}
    for fact in facts:
        by_base.setdefault(fact_key(fact)[:-1], []).append(fact)
    groups: dict[tuple, list[dict]] = {}
    warnings: list[str] = []
    for base in by_base.values():
        if len({f.get("target_body") for f in base}) > 1:
            base = _without_repeats_across_sets(base, warnings)
        for fact in base:
            groups.setdefault(fact_key(fact), []).append(fact)
    kept = []
    for key, group in groups.items():
        if len(group) == 1:
            kept.append(group[0])
            continue
        ranked = sorted(group, key=lambda f: (bool(f.get("_part")), f["qualifier"] is not None, -_precision(f["value"]),
                                              f["char_start"]))
        winner = ranked[0]
        if winner["qualifier"] is None:
            # a headline repeating the body's figure drops its "ước": the repeat says the same figure is an estimate
            winner = next((f for f in ranked if f["qualifier"] == "estimate" and f["value"] == winner["value"]
                           and f["denominator"] == winner["denominator"]), winner)
        kept.append(winner)
        losers = [f for f in ranked[1:] if f["value"] != winner["value"] or f["denominator"] != winner["denominator"]]
        if losers:
            dropped = "; ".join(f"{f['value']:g} ({f['quote']!r})" for f in losers)
            warnings.append(
                f"conflict on {key[2]} {key[3]} {key[1]}: kept {winner['value']:g} ({winner['quote']!r}), dropped {dropped}"
            )
    return kept, warnings


def _decimals(value: float) -> int:
    text = f"{abs(value):.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def _without_repeats_across_sets(base: list[dict], warnings: list[str]) -> list[dict]:
    """Facts of one place, period, indicator and measure that name different target sets, less the repeats."""
    def repeats(f: dict, g: dict) -> bool:
        if f is g or f.get("denominator") != g.get("denominator") or f.get("target_body") == g.get("target_body"):
            return False
        if f["value"] == g["value"]:
            return f.get("target_body") is None and g.get("target_body") is not None
        return _decimals(f["value"]) < _decimals(g["value"]) and round(g["value"], _decimals(f["value"])) == f["value"]
    kept = []
    for f in base:
        same = next((g for g in base if repeats(f, g)), None)
        if same is None:
            kept.append(f)
        elif f["value"] != same["value"]:
            warnings.append(f"rounded repeat of {same['value']:g} ({same['quote']!r}) dropped: {f['value']:g} ({f['quote']!r})")
    return kept
