"""Data view: the grid's filter and sort live in the URL, and the title and the "data shown" download follow."""
from __future__ import annotations

import time
from urllib.parse import parse_qs, urlparse

import pytest
from selenium.webdriver.common.keys import Keys

from components.grid_model import decode_grid

pytestmark = pytest.mark.browser


@pytest.fixture
def dash_app(sample_data_dir, browser_home, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    import app as app_module

    return app_module.app


def grid_param(dash_duo) -> str:
    return (parse_qs(urlparse(dash_duo.driver.current_url).query).get("grid") or [""])[0]


def test_grid_filter_goes_into_the_url_title_and_reopens(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/?view=data&lang=vi")
    dash_duo.wait_for_element("#data-grid .ag-row", timeout=15)
    before = dash_duo.find_element("#data-title").text
    box = dash_duo.find_element("#data-grid .ag-floating-filter input")   # the first column: the district
    box.send_keys("trà cú")
    box.send_keys(Keys.ENTER)
    deadline = time.time() + 10
    while time.time() < deadline and not grid_param(dash_duo):
        time.sleep(0.3)
    filter_model, _ = decode_grid(grid_param(dash_duo))
    assert filter_model["place"]["filter"] == "trà cú", grid_param(dash_duo)
    dash_duo.wait_for_element("#data-grid .ag-row", timeout=10)
    time.sleep(1.0)
    places = {e.text for e in dash_duo.find_elements("#data-grid .ag-cell[col-id='place']")}
    assert places == {"Huyện Trà Cú"}, places
    title = dash_duo.find_element("#data-title").text
    assert "12" in title and title != before, (before, title)
    # the copied link reopens the filtered grid
    url = dash_duo.driver.current_url
    dash_duo.driver.get("about:blank")
    dash_duo.driver.get(url)
    dash_duo.wait_for_element("#data-grid .ag-row", timeout=15)
    time.sleep(1.0)
    left = {e.text for e in dash_duo.find_elements("#data-grid .ag-cell[col-id='place']")}
    assert left == {"Huyện Trà Cú"}, left


def test_the_reader_chooses_how_many_rows_a_page_shows(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/?view=data&lang=vi")
    dash_duo.wait_for_element("#data-grid .ag-row", timeout=15)
    dash_duo.wait_for_contains_text("#data-grid .ag-paging-panel", "1 đến 42 của 42", timeout=10)   # 50 a page
    assert "Số dòng:" in dash_duo.find_element("#data-grid .ag-paging-page-size").text
    dash_duo.find_element("#data-grid .ag-paging-page-size .ag-picker-field-wrapper").click()
    choices = dash_duo.wait_for_element(".ag-select-list", timeout=5)
    items = choices.find_elements("css selector", ".ag-list-item")
    assert [i.text.strip() for i in items] == ["20", "50", "100", "500"]
    items[0].click()
    dash_duo.wait_for_contains_text("#data-grid .ag-paging-panel", "1 đến 20 của", timeout=10)
