"""Review decisions made in the dashboard (store/), re-applied on every run after data/curation.csv.

A decision names its fact by fact_id (stable across runs for the same quoted span, indicator and measure; a
correction keeps the original id). The replay of a fact's history (store.effective_reviews) says whether it is
rejected (removed from the table), accepted, or corrected (the corrections in force are applied) — and that
status is the fact's `review_status`. A decision whose fact is not in this run, or whose correction cannot be
applied, changes nothing and becomes a warning in the run report.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from etl.catalogue import indicator_measure_unit, load_catalogue
from etl.curation import PLACE_COLUMNS, period_type
from etl.schema import MEASURES, QUALIFIERS, TARGET_BODIES, TARGET_SCOPES
from store import FactReview, effective_reviews, open_store
from store.db import store_exists

NONE_WORD = "none"   # a correction to "no qualifier / no target scope / no target body"
_CHOICES = {"qualifier": QUALIFIERS, "target_scope": TARGET_SCOPES, "target_body": TARGET_BODIES}


@dataclass
class ReviewResult:
    facts: pd.DataFrame
    warnings: list[str]
    facts_rejected: int
    facts_corrected: int
    facts_accepted: int


def load_reviews(url: str | None = None) -> dict[str, FactReview]:
    """Every fact's replayed history from the configured database; none when there is no database yet."""
    if not store_exists(url):
        return {}
    return effective_reviews(open_store(url).decisions())


def correction_problem(field: str, after: str | None, facts: pd.DataFrame) -> str | None:
    """Why a correction cannot be applied to this table, or None (the review view checks with the same rule)."""
    after = (after or "").strip()
    if field == "value":
        return None if _number(after) is not None else f"{after!r} is not a number (write it like 1234.5)"
    if field == "indicator":
        return None if after in load_catalogue().index else f"unknown indicator {after!r}"
    if field == "measure":
        return None if after in MEASURES else f"unknown measure {after!r}"
    if field == "period":
        return None if period_type(after) else f"{after!r} is not a period (2023, 2023-Q1, 2023-H1, 2023-9M, 2020-2025)"
    if field == "place_id":
        return None if (facts["place_id"] == after).any() else f"{after!r} is not the place of any fact"
    if field in _CHOICES:
        allowed = (*_CHOICES[field], NONE_WORD)
        return None if after in allowed else f"{field} must be one of {', '.join(allowed)}"
    return f"field {field!r} cannot be corrected"


def apply_reviews(facts: pd.DataFrame, reviews: Mapping[str, FactReview]) -> ReviewResult:
    """The facts with every fact's review history applied (status, corrections, rejections)."""
    facts = facts.copy()
    warnings: list[str] = []
    position = {fid: i for i, fid in zip(facts.index, facts["fact_id"])}
    rejected: list[int] = []
    counts = {"corrected": 0, "accepted": 0}
    for fact_id, review in reviews.items():
        index = position.get(fact_id)
        if index is None:
            if review.last is not None:
                warnings.append(f"review of fact {fact_id} ({review.last.source_id}: {_short(review.last.quote)}): "
                                "the fact is not in this run; not applied")
            continue
        if review.status == "rejected":
            rejected.append(index)
            continue
        for field, after in review.corrections.items():
            problem = correction_problem(field, after, facts)
            if problem:
                warnings.append(f"review of fact {fact_id}: correction of {field}: {problem}; not applied")
                continue
            _set(facts, index, field, after.strip())
        facts.loc[index, "review_status"] = review.status
        facts.loc[index, "curated"] = True
        counts[review.status] += 1
    facts = facts.drop(index=rejected).reset_index(drop=True)
    return ReviewResult(facts, warnings, len(rejected), counts["corrected"], counts["accepted"])


def _set(facts: pd.DataFrame, index, field: str, after: str) -> None:
    if field == "value":
        facts.loc[index, "value"] = _number(after)
    elif field in ("indicator", "measure"):
        facts.loc[index, field] = after
        facts.loc[index, "unit"] = indicator_measure_unit(facts.at[index, "indicator"], facts.at[index, "measure"])
    elif field == "period":
        facts.loc[index, "period"] = after
        facts.loc[index, "period_type"] = period_type(after)
    elif field == "place_id":
        place = facts.loc[facts["place_id"] == after, list(PLACE_COLUMNS)].iloc[0]
        for column in PLACE_COLUMNS:
            facts.loc[index, column] = place[column]
    else:
        facts.loc[index, field] = None if after == NONE_WORD else after


def _number(cell: str) -> float | None:
    try:
        number = float(cell)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _short(quote: str, limit: int = 60) -> str:
    return repr(quote if len(quote) <= limit else quote[: limit - 1] + "…")
