"""One smoke test per registered view (components/registry.py): it opens in headless Chromium, its navigation
link is marked active, its content is drawn, and the browser console stays clean. A new ViewDef is covered here
without editing this file."""
from __future__ import annotations

import pytest

from components.registry import VIEWS

pytestmark = pytest.mark.browser


@pytest.fixture
def dash_app(sample_data_dir, browser_home, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("EXPORTS_WARM_RENDERER", "0")
    import app as app_module

    return app_module.app


@pytest.mark.parametrize("view", [v.name for v in VIEWS])
def test_view_opens_with_a_clean_console(dash_duo, dash_app, view):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(f"{dash_duo.server_url}/?view={view}&lang=en")
    dash_duo.wait_for_element(f"#nav-{view}.active", timeout=15)
    content = dash_duo.wait_for_element("#content", timeout=15)
    dash_duo.wait_for_element("#content > *", timeout=15)
    assert content.text.strip(), f"{view} drew nothing"
    assert "Traceback" not in content.text
    severe = [e for e in dash_duo.get_logs() if e.get("level") == "SEVERE"]
    assert not severe, severe
