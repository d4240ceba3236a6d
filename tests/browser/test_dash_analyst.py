"""Browser tests: an analyst drives the dashboard in headless Chromium (dash.testing's dash_duo).

Run with the rest: .venv/bin/python -m pytest tests/browser -q  (Chrome options come from tests/conftest.py).
Screenshots of every view land in artifacts/screenshots/.
"""
from __future__ import annotations

import shutil
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory, sample_data_dir, browser_home):
    """The real ETL output when it exists (data/indicators.parquet), else the seed-based fixture table."""
    real = ROOT / "data" / "indicators.parquet"
    if real.exists() and (ROOT / "data" / "indicators.documents.parquet").exists():
        target = tmp_path_factory.mktemp("browser-data")
        for name in ("indicators.parquet", "indicators.documents.parquet", "etl_report.json"):
            if (ROOT / "data" / name).exists():
                shutil.copy(ROOT / "data" / name, target / name)
        return target
    return sample_data_dir


@pytest.fixture
def dash_app(data_dir, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(data_dir))
    import app as app_module

    return app_module.app


def norm(text: str) -> str:
    return (text or "").replace(NBSP, " ").strip()


def shot(dash_duo, name: str):
    SHOTS.mkdir(parents=True, exist_ok=True)
    dash_duo.driver.save_screenshot(str(SHOTS / f"{name}.png"))


def wait_for_text(dash_duo, selector: str, text: str, timeout: float = 10):
    dash_duo.wait_for_contains_text(selector, text, timeout=timeout)


def bar_texts(dash_duo) -> list[str]:
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=10)
    return [norm(e.text) for e in dash_duo.find_elements("#compare-graph .bartext")]


def y_labels(dash_duo) -> list[str]:
    """District labels top to bottom, as the reader sees them."""
    ticks = dash_duo.find_elements("#compare-graph .yaxislayer-above .ytick text")
    return [norm(e.text) for e in sorted(ticks, key=lambda e: e.location["y"])]


def pick(dash_duo, control_id: str, search: str, starts_with: str):
    """Open a dropdown, type to search, click the first option starting with `starts_with`, close it."""
    dropdown = dash_duo.find_element(f"#{control_id}")
    dropdown.click()
    menu = dash_duo.wait_for_element(".dash-dropdown-options", timeout=5)
    inputs = dash_duo.driver.find_elements(By.CSS_SELECTOR, ".dash-dropdown-search input, input.dash-dropdown-search")
    if inputs:
        inputs[0].send_keys(search)
        time.sleep(0.3)
        menu = dash_duo.wait_for_element(".dash-dropdown-options", timeout=5)
    for option in menu.find_elements(By.CSS_SELECTOR, ".dash-dropdown-option"):
        if norm(option.text).startswith(starts_with):
            option.click()
            break
    else:
        raise AssertionError(f"no option starting with {starts_with!r} in {control_id}: {menu.text!r}")
    dash_duo.driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    time.sleep(0.3)


def no_console_errors(dash_duo):
    errors = [e for e in dash_duo.get_logs() if e.get("level") == "SEVERE"]
    assert errors == [], errors


def query_of(dash_duo) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(dash_duo.driver.current_url).query).items()}


# ---------------------------------------------------------------- the analyst's session


def test_compare_two_provinces_language_and_copied_link(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_text_to_equal("#nav-compare", "So sánh", timeout=15)
    # choose two provinces' districts and an indicator
    pick(dash_duo, "f-province", "soc", "Tỉnh Sóc Trăng")
    pick(dash_duo, "f-province", "tra vinh", "Tỉnh Trà Vinh")
    pick(dash_duo, "f-indicator", "ngheo", "Tỷ lệ hộ nghèo (%)")
    wait_for_text(dash_duo, "#compare-no-data", "Thành phố Sóc Trăng")
    # read the bar values from the page: lower is better → Trần Đề first
    assert bar_texts(dash_duo) == ["1,59 %", "2,33 %"]
    assert y_labels(dash_duo)[:2] == ["Huyện Trần Đề", "Huyện Trà Cú"]
    assert "Thấp hơn là tốt hơn" in dash_duo.find_element(".view-compare .chart-note").text
    q = query_of(dash_duo)
    assert q["prov"] == "94,84" and q["ind"] == "poverty_rate" and q["lang"] == "vi"
    shot(dash_duo, "compare-vi")

    # switch language: English labels and English numbers
    dash_duo.find_element("#lang-en").click()
    dash_duo.wait_for_text_to_equal("#nav-compare", "Compare", timeout=10)
    wait_for_text(dash_duo, ".chart-title", "Poverty rate")
    assert bar_texts(dash_duo) == ["1.59%", "2.33%"]
    assert "Lower is better" in dash_duo.find_element(".view-compare .chart-note").text
    assert dash_duo.find_element("#lbl-province").text == "Province"
    shot(dash_duo, "compare-en")

    # back and forward work inside the app (history entries pushed by the filters and links)
    dash_duo.driver.back()
    dash_duo.wait_for_text_to_equal("#nav-compare", "So sánh", timeout=10)
    assert bar_texts(dash_duo) == ["1,59 %", "2,33 %"]
    dash_duo.driver.forward()
    dash_duo.wait_for_text_to_equal("#nav-compare", "Compare", timeout=10)
    assert bar_texts(dash_duo) == ["1.59%", "2.33%"]

    # the copied link reopens exactly this view
    url = dash_duo.driver.current_url
    assert "lang=en" in url and "prov=94,84" in url.replace("%2C", ",")
    assert dash_duo.find_element("#copy-link") is not None
    dash_duo.driver.get("about:blank")
    dash_duo.driver.get(url)
    dash_duo.wait_for_text_to_equal("#nav-compare", "Compare", timeout=15)
    assert bar_texts(dash_duo) == ["1.59%", "2.33%"]
    assert y_labels(dash_duo)[:2] == ["Huyện Trần Đề", "Huyện Trà Cú"]
    selected = norm(dash_duo.find_element("#f-province").text)
    assert "Tỉnh Sóc Trăng" in selected and "2 selected" in selected
    assert dash_duo.find_element("#f-indicator").text.startswith("Poverty rate")
    no_console_errors(dash_duo)


def test_targets_view_reads_x_of_y_and_status(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_text_to_equal("#nav-targets", "Chỉ tiêu", timeout=15)
    dash_duo.find_element("#nav-targets").click()
    wait_for_text(dash_duo, ".view-targets", "Huyện Trần Đề")
    card = dash_duo.driver.find_element(By.XPATH, "//section[contains(@class,'district-card')]"
                                                  "[.//h2[contains(., 'Huyện Trần Đề')]]")
    lines = [norm(li.text) for li in card.find_elements(By.CSS_SELECTOR, ".target-line")]
    assert any("8/18" in line and "Cần tăng tốc" in line and "60 %" in line for line in lines), lines
    assert any("7/9" in line and "Đúng tiến độ" in line for line in lines), lines
    legend = norm(dash_duo.find_element(".status-legend").text)
    for status in ("Đã đạt", "Đúng tiến độ", "Cần tăng tốc", "Chậm tiến độ", "Chưa đủ dữ liệu"):
        assert status in legend
    # gauges drawn with x/y
    numbers = " ".join(norm(e.text) for e in card.find_elements(By.CSS_SELECTOR, "g.numbers text"))
    assert "8/18" in numbers
    assert query_of(dash_duo)["view"] == "targets"
    shot(dash_duo, "targets-vi")
    dash_duo.find_element("#lang-en").click()
    wait_for_text(dash_duo, ".view-targets", "Needs acceleration")
    shot(dash_duo, "targets-en")
    no_console_errors(dash_duo)


def test_click_a_bar_opens_the_highlighted_passage(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=15)
    bar = dash_duo.find_elements("#compare-graph .trace.bars .point path")[0]
    # plotly listens on its drag layer: hover the bar, then click there
    ActionChains(dash_duo.driver).move_to_element(bar).pause(0.4).click().perform()
    dash_duo.wait_for_element("#passage-modal.open", timeout=10)
    mark = dash_duo.find_element("#passage-body mark")
    assert "1,59%" in mark.text and "hộ nghèo" in mark.text
    assert "Trần Đề" in dash_duo.find_element("#passage-title").text
    shot(dash_duo, "passage-vi")
    dash_duo.driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements("#passage-modal.open", timeout=5)
    no_console_errors(dash_duo)


def test_other_views_and_bad_link(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_text_to_equal("#nav-scorecard", "Bảng xếp hạng", timeout=15)
    base = dash_duo.server_url
    dash_duo.driver.get(base + "/?view=scorecard&lang=vi&place=soc-trang/huyen-tran-de")
    wait_for_text(dash_duo, "#profile-title", "Huyện Trần Đề")
    dash_duo.wait_for_element("#scorecard-graph .heatmaplayer", timeout=10)
    shot(dash_duo, "scorecard-vi")

    dash_duo.driver.get(base + "/?view=data&lang=en")
    dash_duo.wait_for_element("#data-grid .ag-row", timeout=15)
    grid_text = dash_duo.find_element("#data-grid").text
    assert "Poverty rate" in grid_text
    assert "8,100" in grid_text            # babel-formatted in the grid (Phụng Hiệp's production value)
    shot(dash_duo, "data-en")

    dash_duo.driver.get(base + "/?view=sources&lang=vi")
    wait_for_text(dash_duo, ".view-sources", "Văn bản nguồn")
    assert dash_duo.find_elements(".doc-card mark")
    shot(dash_duo, "sources-vi")
    # a quote is a link to its passage (#fact=…); back closes the passage again
    link = dash_duo.find_elements(".doc-card a.passage-link")[0]
    quote = norm(link.find_element(By.TAG_NAME, "mark").text)
    link.click()
    dash_duo.wait_for_element("#passage-modal.open", timeout=10)
    assert norm(dash_duo.find_element("#passage-body mark").text) == quote
    assert "#fact=" in dash_duo.driver.current_url
    dash_duo.driver.back()
    dash_duo.wait_for_no_elements("#passage-modal.open", timeout=10)

    # a stale link: friendly notice + defaults, never an error page
    dash_duo.driver.get(base + "/?view=map&lang=en&ind=gdp&dist=atlantis")
    wait_for_text(dash_duo, "#url-notice", "view “map” does not exist")
    assert "district “atlantis”" in dash_duo.find_element("#url-notice").text
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=10)
    no_console_errors(dash_duo)


def test_briefing_mode_and_phone_width(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    base = dash_duo.server_url
    dash_duo.driver.set_window_size(1600, 900)
    dash_duo.driver.get(base + "/?view=compare&lang=vi&mode=briefing&ind=targets_met")
    dash_duo.wait_for_element(".briefing-frame #compare-graph .bartext", timeout=15)
    assert not dash_duo.find_element("#controls").is_displayed()
    footer = dash_duo.find_element(".briefing-footer").text
    assert "Nguồn:" in footer and "mode=briefing" in footer
    shot(dash_duo, "briefing-compare")
    dash_duo.driver.get(base + "/?view=targets&lang=en&mode=briefing&prov=94,93")
    wait_for_text(dash_duo, ".briefing-frame", "Progress on resolution targets")
    shot(dash_duo, "briefing-targets")

    dash_duo.driver.set_window_size(390, 844)
    dash_duo.driver.get(base + "/?view=compare&lang=vi")
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=15)
    width = dash_duo.driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 400, width          # nothing wider than the phone
    shot(dash_duo, "phone-compare")
    dash_duo.driver.get(base + "/?view=targets&lang=vi")
    wait_for_text(dash_duo, ".view-targets", "Huyện Trần Đề")
    shot(dash_duo, "phone-targets")
    no_console_errors(dash_duo)


def test_keyboard_reaches_the_controls(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=15)
    body = dash_duo.driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    first = dash_duo.driver.switch_to.active_element
    assert first.get_attribute("id") == "skip-link"
    seen = []
    for _ in range(30):
        dash_duo.driver.switch_to.active_element.send_keys(Keys.TAB)
        el = dash_duo.driver.switch_to.active_element
        seen.append(el.get_attribute("id") or el.get_attribute("class") or el.tag_name)
    assert any("lang-en" == s for s in seen)
    assert any("nav-targets" == s for s in seen)
    # every chart has a text alternative
    graph_wrapper = dash_duo.find_element("[role=img][aria-label]")
    assert "Biểu đồ thanh ngang" in graph_wrapper.get_attribute("aria-label")
