"""The on-track rule: is a district achieving its resolution targets in time?

progress = share achieved (x/y for counts such as targets_met, value/100 for pct_of_target).
elapsed  = share of the target's period gone at the report date (see etl/period_grammar.py).

    progress ≥ 1                       → achieved
    progress unknown / elapsed unknown → no_data ("not enough data")
    period over (elapsed ≥ 1)          → missed (the period ended short of the target: not "off track", which
                                         says there is time left to catch up; 17 of 18 met at year end is missed)
    progress ≥ elapsed                 → on_track
    progress ≥ 0.7 × elapsed           → needs_acceleration
    otherwise                          → off_track

Example: 8 of 18 term targets met at the end of 2023 in the 2020–2025 term → 44 % vs 60 % → 0.74 of what is
due → needs acceleration.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from etl.period_grammar import elapsed_share, period_bounds, period_kind, term_for_year

TARGET_STATUSES = ("achieved", "on_track", "needs_acceleration", "off_track", "missed", "no_data")
# Okabe-Ito: colour-blind-safe; every status is also written out in words next to its colour.
STATUS_COLORS = {
    "achieved": "#009E73",            # bluish green
    "on_track": "#56B4E9",            # sky blue
    "needs_acceleration": "#E69F00",  # orange
    "off_track": "#D55E00",           # vermillion
    "missed": "#CC79A7",              # reddish purple
    "no_data": "#999999",             # grey
}
STATUS_SYMBOLS = {"achieved": "✔", "on_track": "➜", "needs_acceleration": "▲", "off_track": "✖", "missed": "▾",
                  "no_data": "?"}
ACCELERATION_RATIO = 0.7
# Indicators whose x/y counts a goal of y by the end of the term when the fact does not name its target set.
TERM_GOAL_COUNTS = ("ntm_communes", "ntm_advanced_communes")


def _finite(x) -> bool:
    try:
        return x is not None and math.isfinite(float(x))
    except (TypeError, ValueError):
        return False


def on_track_status(progress: float | None, elapsed: float | None) -> str:
    """The status for `progress` (share achieved, 1.0 = target met) when `elapsed` of the period is gone."""
    if not _finite(progress):
        return "no_data"
    progress = float(progress)
    if progress >= 1.0 - 1e-9:
        return "achieved"
    if not _finite(elapsed):
        return "no_data"
    elapsed = float(elapsed)
    if elapsed >= 1.0 - 1e-9:
        return "missed"
    if elapsed <= 0:
        return "on_track"
    if progress >= elapsed - 1e-9:
        return "on_track"
    if progress >= ACCELERATION_RATIO * elapsed - 1e-9:
        return "needs_acceleration"
    return "off_track"


@dataclass(frozen=True)
class Assessment:
    progress: float | None
    elapsed: float | None
    status: str
    scope: str | None          # the target set the figure is judged against
    target_period: str | None  # "2023", "2020-2025", ...
    as_of: str | None          # the period the figure describes


def _year_of(period: str | None) -> int | None:
    b = period_bounds(period)
    if b is None:
        return None
    return math.ceil(b[1] - 1e-9)  # end of year Y sits at Y; quarters of Y end inside (Y-1, Y]


def fact_progress(*, indicator: str, measure: str, value, denominator) -> float | None:
    if measure == "pct_of_target":
        return float(value) / 100.0 if _finite(value) else None
    if _finite(value) and _finite(denominator) and float(denominator) > 0:
        return float(value) / float(denominator)
    return None


def assess_fact(*, indicator: str, measure: str, value, denominator=None, period: str | None,
                target_scope: str | None = None, document_period: str | None = None,
                term: str | None = None) -> Assessment:
    """Apply the rule to one fact. `term` is the resolution term of a term-scoped figure when the table states it;
    `document_period` dates a figure whose own period is the term."""
    progress = fact_progress(indicator=indicator, measure=measure, value=value, denominator=denominator)
    scope = target_scope
    if scope is None:
        scope = "term" if indicator in TERM_GOAL_COUNTS else ("annual" if measure == "pct_of_target" else None)

    kind = period_kind(period)
    if kind == "term":
        as_of = document_period if period_kind(document_period) not in (None, "term") else None
    else:
        as_of = period

    year = _year_of(as_of)
    target_period = None
    if scope == "term":
        if period_kind(term) == "term":
            target_period = term
        else:
            target_period = period if kind == "term" else (term_for_year(year) if year else None)
    elif scope == "annual" and year:
        target_period = str(year)
    elif scope == "half_year" and year:
        target_period = as_of if period_kind(as_of) == "half_year" else f"{year}-H1"
    elif scope == "quarter":
        target_period = as_of if period_kind(as_of) == "quarter" else None

    elapsed = elapsed_share(target_period, as_of) if target_period and as_of else None
    return Assessment(progress, elapsed, on_track_status(progress, elapsed), scope, target_period, as_of)
