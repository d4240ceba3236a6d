"""store/db.py: users with hashed passwords and an append-only decision history in a real SQLite file."""
import sqlite3
import stat

import pytest

from store import Decision
from store.db import Store, StoreError, store_exists


@pytest.fixture
def store(tmp_path):
    return Store(f"sqlite:///{tmp_path / 'sub' / 'nq.sqlite'}")


def decision(action, **kw):
    return Decision(user_name="lan", fact_id="f1", source_id="doc", quote="đạt 5%", action=action, **kw)


def test_tables_are_created_on_first_use_in_a_new_folder(tmp_path):
    url = f"sqlite:///{tmp_path / 'new' / 'nq.sqlite'}"
    assert not store_exists(url)
    Store(url)
    assert store_exists(url)
    names = {r[0] for r in sqlite3.connect(tmp_path / "new" / "nq.sqlite").execute(
        "select name from sqlite_master where type='table'")}
    assert {"users", "decisions"} <= names


def test_password_is_hashed_and_checked(store, tmp_path):
    store.add_user("lan", "mật-khẩu-dài")
    assert store.check_password("lan", "mật-khẩu-dài")
    assert not store.check_password("lan", "wrong-password")
    assert not store.check_password("nobody", "mật-khẩu-dài")
    stored = sqlite3.connect(tmp_path / "sub" / "nq.sqlite").execute("select password_hash from users").fetchone()[0]
    assert "mật-khẩu-dài" not in stored and stored.startswith(("scrypt:", "pbkdf2:"))


@pytest.mark.parametrize("name,password", [("", "longenough"), ("a b", "longenough"), ("lan", "short")])
def test_bad_user_names_and_short_passwords_are_refused(store, name, password):
    with pytest.raises(StoreError):
        store.add_user(name, password)


def test_a_user_is_added_once(store):
    store.add_user("lan", "longenough")
    with pytest.raises(StoreError, match="already exists"):
        store.add_user("lan", "otherpassword")
    assert store.user_names() == ["lan"]


def test_history_is_appended_never_overwritten(store):
    store.record([decision("correct", field="value", before="5.0", after="6.0", note="typo")])
    store.record([decision("correct", field="value", before="6.0", after="7.0")])
    history = store.decisions()
    assert [(d.before, d.after) for d in history] == [("5.0", "6.0"), ("6.0", "7.0")]
    assert all(d.created_at is not None and d.user_name == "lan" for d in history)
    assert history[0].note == "typo"


def test_unknown_action_or_field_changes_nothing(store):
    with pytest.raises(StoreError):
        store.record([decision("accept"), decision("delete")])
    with pytest.raises(StoreError):
        store.record([decision("correct", field="quote", after="x")])
    assert store.decisions() == []


def test_the_sqlite_file_is_private_to_the_app_user(tmp_path):
    Store(f"sqlite:///{tmp_path / 'private.sqlite'}").add_user("lan", "longenough")
    assert stat.S_IMODE((tmp_path / "private.sqlite").stat().st_mode) == 0o600


def test_a_table_another_worker_creates_meanwhile_is_no_error(tmp_path):
    """Two workers start on a new database: the other creates `users` between this one's check and its CREATE."""
    from sqlalchemy import event
    from store import tables

    file = tmp_path / "nq.sqlite"

    raced = []

    def other_worker_creates_it(target, connection, **kw):
        if raced:
            return
        raced.append(True)
        other = sqlite3.connect(file, timeout=15)
        other.execute("create table users (id integer primary key, name varchar(80) unique, password_hash text, "
                      "created_at text)")
        other.commit()
        other.close()

    event.listen(tables.users, "before_create", other_worker_creates_it)
    try:
        store = Store(f"sqlite:///{file}")
    finally:
        event.remove(tables.users, "before_create", other_worker_creates_it)
    assert raced and store_exists(f"sqlite:///{file}") and store.user_names() == []
