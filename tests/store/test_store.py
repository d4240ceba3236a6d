"""store/__init__.py: the package's surface (open_store on the configured database, the names it re-exports), and
that it is the lowest layer: it imports nothing from the project."""
import ast
from pathlib import Path

import store
import store.db
from store import open_store

STORE = Path(store.__file__).parent
PROJECT_PACKAGES = {"etl", "data_access", "components", "exports", "callbacks", "web", "app"}


def test_open_store_reads_the_configured_url(tmp_path, monkeypatch):
    monkeypatch.setenv("NQ_DATABASE_URL", f"sqlite:///{tmp_path / 'configured.sqlite'}")
    open_store().add_user("minh", "longenough")
    assert (tmp_path / "configured.sqlite").exists()


def test_default_database_is_a_file_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("NQ_DATABASE_URL", raising=False)
    monkeypatch.setenv("NQ_DATA_DIR", str(tmp_path))
    open_store().add_user("minh", "longenough")
    assert (tmp_path / "nq.sqlite").exists()


def test_every_exported_name_is_there_and_is_its_modules_own():
    for name in store.__all__:
        value = getattr(store, name)
        module = getattr(value, "__module__", None)
        assert module is None or module.startswith("store."), (name, module)
    assert store.open_store is store.db.open_store


def test_the_store_imports_nothing_from_the_project():
    for path in STORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not {n.split(".")[0] for n in names} & PROJECT_PACKAGES, (path.name, names)
