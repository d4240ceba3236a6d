"""What people write through the app: users, review decisions and upload jobs, in a real database (SQLAlchemy 2).

The lowest layer: imports nothing from the project, so the ETL, the data loader and the web layer can all use it.
SQLite file under the data folder by default; any SQLAlchemy URL (PostgreSQL for a team server) through
NQ_DATABASE_URL. Tables are created on first use.
"""
from store.config import data_dir, database_url
from store.db import Store, open_store
from store.jobs import FINISHED_STATUSES, JOB_STATUSES, Job, JobQueue
from store.decisions import (
    DECISION_ACTIONS,
    CORRECTABLE_FIELDS,
    REVIEW_STATUSES,
    Decision,
    FactReview,
    effective_reviews,
)

__all__ = [
    "CORRECTABLE_FIELDS", "DECISION_ACTIONS", "FINISHED_STATUSES", "JOB_STATUSES", "REVIEW_STATUSES", "Decision",
    "FactReview", "Job", "JobQueue", "Store", "data_dir", "database_url", "effective_reviews", "open_store",
]
