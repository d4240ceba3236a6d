"""The tables: users (hashed passwords), decisions (append-only review history) and background jobs."""
from __future__ import annotations

from sqlalchemy import Column, DateTime, Float, Integer, MetaData, String, Table, Text

metadata = MetaData()

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(80), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# One row per decision, never updated or deleted: the effective state of a fact is the replay of its rows.
# The fact is identified by fact_id; source_id, quote and the original indicator/measure/period/value are a
# snapshot so a decision stays readable (and exportable to curation.csv) whatever the extractor does later.
decisions = Table(
    "decisions", metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("user_name", String(80), nullable=False),
    Column("fact_id", String(32), nullable=False, index=True),
    Column("source_id", String(255), nullable=False),
    Column("quote", Text, nullable=False),
    Column("char_start", Integer),
    Column("char_end", Integer),
    Column("indicator", String(80)),
    Column("measure", String(40)),
    Column("period", String(20)),
    Column("value", Float),
    Column("action", String(10), nullable=False),   # accept | reject | correct
    Column("field", String(40)),                     # the corrected field; null for accept / reject
    Column("before", Text),
    Column("after", Text),
    Column("note", Text),
)

# One row per uploaded file to be added in the background. The row is the truth every app worker reads: a job is
# claimed by an UPDATE that only succeeds while it is still queued, and `claim` names the claimant so a worker
# that lost its job to the stale-job recovery cannot overwrite the outcome.
jobs = Table(
    "jobs", metadata,
    Column("id", Integer, primary_key=True),
    Column("user_name", String(80), nullable=False, index=True),
    Column("file_name", String(255), nullable=False),
    Column("intake_path", Text),                        # the stored upload; null when refused before storing
    Column("status", String(10), nullable=False, index=True),   # queued | running | done | failed
    Column("claim", String(64)),
    Column("attempts", Integer, nullable=False, default=0),
    Column("result", Text),                             # JSON: the per-file outcome the Add reports view shows
    Column("reason", Text),                             # why it failed, or why it was queued again
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("started_at", DateTime(timezone=True)),
    Column("finished_at", DateTime(timezone=True)),
)
