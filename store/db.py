"""The engine and the operations the app and the ETL need, behind one small object."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from sqlalchemy import create_engine, event, insert, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError, OperationalError
from werkzeug.security import check_password_hash, generate_password_hash

from store import tables
from store.config import database_url
from store.decisions import DECISION_ACTIONS, CORRECTABLE_FIELDS, Decision
from store.jobs import JobQueue

USER_NAME_MAX = 80
PASSWORD_MIN = 8


def _create_tables(engine: Engine, attempts: int = 3) -> None:
    """Create missing tables. Several workers start at once on a new database: one may create a table between
    another's check and its CREATE ("table users already exists"); checking again then finds it."""
    for attempt in range(attempts):
        try:
            tables.metadata.create_all(engine)
            return
        except OperationalError as error:
            if "already exists" not in str(error) or attempt == attempts - 1:
                raise


class StoreError(Exception):
    """A write was refused (unknown action or field, bad user name, duplicate user); the message says why."""


class Store:
    def __init__(self, url: str) -> None:
        self.url = url
        parsed = make_url(url)
        is_sqlite = parsed.get_backend_name() == "sqlite"
        file = Path(parsed.database) if is_sqlite and parsed.database and parsed.database != ":memory:" else None
        if file is not None and not file.exists():
            # password hashes live here: readable by the app's user only (SQLite gives its -wal/-shm the same mode)
            file.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(file, os.O_CREAT | os.O_WRONLY, 0o600))
        # SQLite: several app workers write the same file; wait for the lock instead of failing at once
        self.engine: Engine = create_engine(url, connect_args={"timeout": 15} if is_sqlite else {},
                                            future=True, pool_pre_ping=not is_sqlite)
        if is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        _create_tables(self.engine)
        self.jobs = JobQueue(self.engine)   # background work on uploads (store/jobs.py)

    # ------------------------------------------------------------------ users
    def add_user(self, name: str, password: str) -> None:
        name = (name or "").strip()
        if not name or len(name) > USER_NAME_MAX or any(c.isspace() for c in name):
            raise StoreError(f"user name must be 1–{USER_NAME_MAX} characters without spaces")
        if len(password or "") < PASSWORD_MIN:
            raise StoreError(f"password must be at least {PASSWORD_MIN} characters")
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(tables.users).values(
                    name=name, password_hash=generate_password_hash(password), created_at=_now()))
        except IntegrityError:
            raise StoreError(f"user {name!r} already exists") from None

    def check_password(self, name: str, password: str) -> bool:
        with self.engine.connect() as conn:
            row = conn.execute(select(tables.users.c.password_hash).where(tables.users.c.name == name)).first()
        if row is None:
            check_password_hash(generate_password_hash("x"), password or "")   # same cost: no user-name oracle
            return False
        return check_password_hash(row.password_hash, password or "")

    def user_exists(self, name: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(tables.users.c.id).where(tables.users.c.name == name)).first() is not None

    def user_names(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r.name for r in conn.execute(select(tables.users.c.name).order_by(tables.users.c.name))]

    # ------------------------------------------------------------------ decisions
    def record(self, decisions: list[Decision]) -> None:
        """Append decisions in one transaction (all or none)."""
        rows = []
        for d in decisions:
            if d.action not in DECISION_ACTIONS:
                raise StoreError(f"unknown action {d.action!r}")
            if d.action == "correct" and d.field not in CORRECTABLE_FIELDS:
                raise StoreError(f"field {d.field!r} cannot be corrected")
            if not d.user_name or not d.fact_id or not d.source_id:
                raise StoreError("a decision needs a user, a fact id and a source id")
            rows.append({**d.as_row(), "created_at": d.created_at or _now()})
        if rows:
            with self.engine.begin() as conn:
                conn.execute(insert(tables.decisions), rows)

    def decisions(self) -> list[Decision]:
        """The whole history, oldest first."""
        t = tables.decisions
        with self.engine.connect() as conn:
            result = conn.execute(select(t).order_by(t.c.created_at, t.c.id))
            return [Decision.from_row(r._mapping) for r in result]


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")   # readers never block the writer
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()


def _now() -> datetime:
    return datetime.now(timezone.utc)


@lru_cache(maxsize=8)
def _cached(url: str) -> Store:
    return Store(url)


def open_store(url: str | None = None) -> Store:
    """The store of `url` (default: configuration), one engine per URL and process."""
    return _cached(url or database_url())


def store_exists(url: str | None = None) -> bool:
    """Whether there is anything to read: a SQLite file that exists, or any other database URL."""
    parsed = make_url(url or database_url())
    if parsed.get_backend_name() != "sqlite":
        return True
    return bool(parsed.database) and parsed.database != ":memory:" and os.path.exists(parsed.database)
