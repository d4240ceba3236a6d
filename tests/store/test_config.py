"""store/config.py: where the database and the app's private files live, from the environment."""
from pathlib import Path

from store.config import DATABASE_FILE, data_dir, database_url


def test_the_data_folder_is_the_configured_one_else_the_projects(tmp_path, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path
    monkeypatch.delenv("NQ_DATA_DIR")
    assert data_dir() == Path(__file__).resolve().parents[2] / "data"
    monkeypatch.setenv("NQ_DATA_DIR", "")                  # set but empty: the default, not the working folder
    assert data_dir() == Path(__file__).resolve().parents[2] / "data"


def test_the_database_is_the_configured_url_else_a_file_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("NQ_DATABASE_URL", "postgresql://nq@db/nq")
    monkeypatch.setenv("NQ_DATA_DIR", str(tmp_path))
    assert database_url() == "postgresql://nq@db/nq"
    monkeypatch.delenv("NQ_DATABASE_URL")
    assert database_url() == f"sqlite:///{tmp_path / DATABASE_FILE}"
