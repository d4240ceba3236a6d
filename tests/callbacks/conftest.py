"""The real app on the sample data, for the callbacks tests that need it registered."""
import pytest


@pytest.fixture
def app_module(sample_data_dir, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    import app

    return app
