"""Where the database and the app's private files live, from the environment (one place for both)."""
from __future__ import annotations

import os
from pathlib import Path

_PROJECT_ROOT = Path(__file__).resolve().parents[1]
DATABASE_FILE = "nq.sqlite"


def data_dir() -> Path:
    """$NQ_DATA_DIR, else ./data of the project: tables, database file and secret key live here."""
    return Path(os.environ.get("NQ_DATA_DIR") or _PROJECT_ROOT / "data")


def database_url() -> str:
    """$NQ_DATABASE_URL (any SQLAlchemy URL), else a SQLite file in the data folder."""
    return os.environ.get("NQ_DATABASE_URL") or f"sqlite:///{data_dir() / DATABASE_FILE}"
