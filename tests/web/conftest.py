"""The real app's Flask server for the web/ tests (Flask's test client: no network), on the sample data."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def dashboard(sample_data_dir):
    import os

    os.environ.setdefault("EXPORTS_WARM_RENDERER", "0")
    old = os.environ.get("NQ_DATA_DIR")
    os.environ["NQ_DATA_DIR"] = str(sample_data_dir)
    import app as app_module

    yield app_module
    if old is None:
        os.environ.pop("NQ_DATA_DIR", None)
    else:
        os.environ["NQ_DATA_DIR"] = old


@pytest.fixture
def client(dashboard):
    return dashboard.server.test_client()


@pytest.fixture(scope="module")
def dependencies(dashboard):
    return dashboard.server.test_client().get("/_dash-dependencies").get_json()
