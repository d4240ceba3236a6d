"""Review decisions and their replay: what a fact's review status and values are after its whole history."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime

DECISION_ACTIONS = ("accept", "reject", "correct")
# unreviewed: nobody looked; accepted: confirmed as read; corrected: a field was changed; rejected: removed.
REVIEW_STATUSES = ("unreviewed", "accepted", "corrected", "rejected")
CORRECTABLE_FIELDS = ("value", "indicator", "measure", "period", "place_id", "qualifier", "target_scope",
                      "target_body")


@dataclass(frozen=True)
class Decision:
    """One row of the history. `before`/`after` are text (a value as written with a dot decimal)."""

    user_name: str
    fact_id: str
    source_id: str
    quote: str
    action: str
    field: str | None = None
    before: str | None = None
    after: str | None = None
    note: str | None = None
    char_start: int | None = None
    char_end: int | None = None
    indicator: str | None = None
    measure: str | None = None
    period: str | None = None
    value: float | None = None
    created_at: datetime | None = None
    id: int | None = None

    def as_row(self) -> dict:
        row = asdict(self)
        row.pop("id")
        return row

    @classmethod
    def from_row(cls, row) -> "Decision":
        names = cls.__dataclass_fields__
        return cls(**{k: row[k] for k in names if k in row})


@dataclass
class FactReview:
    """The effect of a fact's history: its status, the corrections in force, and the last decision."""

    fact_id: str
    status: str = "unreviewed"
    corrections: dict[str, str | None] = field(default_factory=dict)
    last: Decision | None = None
    history: list[Decision] = field(default_factory=list)


def effective_reviews(decisions: Iterable[Decision]) -> dict[str, FactReview]:
    """Replay in order. A correction stays in force until that field is corrected again; reject removes the
    fact until a later accept or correct brings it back; a fact with corrections in force is `corrected`."""
    reviews: dict[str, FactReview] = {}
    for d in decisions:
        review = reviews.setdefault(d.fact_id, FactReview(d.fact_id))
        review.history.append(d)
        review.last = d
        if d.action == "reject":
            review.status = "rejected"
            continue
        if d.action == "correct" and d.field:
            review.corrections[d.field] = d.after
        review.status = "corrected" if review.corrections else "accepted"
    return reviews
