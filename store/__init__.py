"""What people write through the app: users and review decisions, in a real database (SQLAlchemy 2).

The lowest layer: imports nothing from the project, so the ETL, the data loader and the web layer can all use it.
SQLite file under the data folder by default; any SQLAlchemy URL (PostgreSQL for a team server) through
NQ_DATABASE_URL. Tables are created on first use.
"""
from store.config import data_dir, database_url
from store.db import Store, open_store
from store.decisions import (
    DECISION_ACTIONS,
    CORRECTABLE_FIELDS,
    REVIEW_STATUSES,
    Decision,
    FactReview,
    effective_reviews,
)

__all__ = [
    "DECISION_ACTIONS", "CORRECTABLE_FIELDS", "REVIEW_STATUSES", "Decision", "FactReview", "Store", "data_dir",
    "database_url", "effective_reviews", "open_store",
]
