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


def until(condition, timeout: float = 10):
    """Wait until condition() is true (dash.testing's poller), else fail."""
    from dash.testing.wait import until as _until

    return _until(condition, timeout)


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
    assert y_labels(dash_duo)[:2] == ["Trần Đề District", "Trà Cú District"]
    selected = norm(dash_duo.find_element("#f-province").text)
    assert "Sóc Trăng Province" in selected and "2 selected" in selected
    assert dash_duo.find_element("#f-indicator").text.startswith("Poverty rate")
    no_console_errors(dash_duo)


def test_targets_view_reads_x_of_y_and_status(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_text_to_equal("#nav-targets", "Tiến độ", timeout=15)
    dash_duo.find_element("#nav-targets").click()
    wait_for_text(dash_duo, ".view-targets", "Huyện Trần Đề")
    card = dash_duo.driver.find_element(By.XPATH, "//section[contains(@class,'district-card')]"
                                                  "[.//h2[contains(., 'Huyện Trần Đề')]]")
    lines = [norm(li.text) for li in card.find_elements(By.CSS_SELECTOR, ".target-line")]
    assert any("8/18" in line and "Cần tăng tốc" in line and "60 %" in line for line in lines), lines
    assert any("7/9" in line and "Đúng tiến độ" in line for line in lines), lines
    legend = norm(dash_duo.find_element(".status-legend").text)
    for status in ("Đã đạt", "Đúng tiến độ", "Cần tăng tốc", "Chậm tiến độ", "Không đạt", "Chưa đủ dữ liệu"):
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
    dash_duo.driver.get(dash_duo.server_url + "/?view=compare&lang=vi&ind=poverty_rate")
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=15)
    bar = dash_duo.find_elements("#compare-graph .trace.bars .point path")[0]
    # plotly listens on its drag layer: hover the bar, then click there
    ActionChains(dash_duo.driver).move_to_element(bar).pause(0.4).click().perform()
    dash_duo.wait_for_element("#passage-modal.open", timeout=10)
    mark = dash_duo.find_element("#passage-body mark")
    assert "1,59%" in mark.text and "hộ nghèo" in mark.text
    assert "Trần Đề" in dash_duo.find_element("#passage-title").text
    # the bar set the same #fact=<id> address as a quote link: a copied link reopens it, back closes it
    fact_url = dash_duo.driver.current_url
    assert "#fact=" in fact_url
    shot(dash_duo, "passage-vi")
    dash_duo.driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements("#passage-modal.open", timeout=5)
    assert "#fact=" not in dash_duo.driver.current_url
    dash_duo.driver.get("about:blank")
    dash_duo.driver.get(fact_url)
    dash_duo.wait_for_element("#passage-modal.open", timeout=15)
    assert "Trần Đề" in dash_duo.find_element("#passage-title").text
    dash_duo.driver.back()
    dash_duo.wait_for_no_elements("#passage-modal.open", timeout=10)
    no_console_errors(dash_duo)


def test_keyboard_list_opens_the_same_passage_as_the_bar(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/?view=compare&lang=vi&ind=poverty_rate")
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=15)
    links = dash_duo.find_elements("#compare-values a.passage-link")
    # one link per plotted bar, in the chart's order, with the bar's value
    assert [norm(a.text) for a in links][:2] == ["Huyện Trần Đề: 1,59 %", "Huyện Trà Cú: 2,33 %"]
    assert norm(dash_duo.find_element("#compare-values-title").text) == "Xem đoạn văn bản gốc:"
    # reached with Tab from the last filter, opened with Enter
    dash_duo.driver.execute_script("document.getElementById('f-period').focus()")
    for _ in range(5):
        dash_duo.driver.switch_to.active_element.send_keys(Keys.TAB)
        if dash_duo.driver.switch_to.active_element.get_attribute("class") == "passage-link":
            break
    link = dash_duo.driver.switch_to.active_element
    assert norm(link.text) == "Huyện Trần Đề: 1,59 %"
    link.send_keys(Keys.ENTER)
    dash_duo.wait_for_element("#passage-modal.open", timeout=10)
    assert "Trần Đề" in dash_duo.find_element("#passage-title").text
    assert "1,59%" in dash_duo.find_element("#passage-body mark").text
    assert "#fact=" in dash_duo.driver.current_url
    dash_duo.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements("#passage-modal.open", timeout=5)
    # focus returns to the link that opened it
    assert norm(dash_duo.driver.switch_to.active_element.text) == "Huyện Trần Đề: 1,59 %"
    # not in briefing frames
    dash_duo.driver.get(dash_duo.server_url + "/?view=compare&lang=vi&mode=briefing&ind=poverty_rate")
    dash_duo.wait_for_element(".briefing-frame #compare-graph .bartext", timeout=15)
    assert not dash_duo.find_elements("#compare-values")
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
    dash_duo.driver.get(base + "/?view=atlas&lang=en&ind=gdp&dist=atlantis")
    wait_for_text(dash_duo, "#url-notice", "view “atlas” does not exist")
    assert "district “atlantis”" in dash_duo.find_element("#url-notice").text
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=10)
    # the address bar now holds the corrected query (replaced, not pushed), the notice stays on screen
    until(lambda: "view=compare" in dash_duo.driver.current_url, timeout=10)
    assert query_of(dash_duo) == {"view": "compare", "lang": "en", "ind": "targets_met", "measure": "level",
                                  "period": "latest"}
    time.sleep(0.5)
    assert "view “atlas” does not exist" in dash_duo.find_element("#url-notice").text
    dash_duo.driver.back()                  # back leaves for the page before, not the broken address
    until(lambda: "view=sources" in dash_duo.driver.current_url, timeout=10)
    wait_for_text(dash_duo, ".view-sources", "Văn bản nguồn")
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
    dash_duo.wait_for_element("#compare-graph .y2tick text", timeout=15)   # the phone's rows: value on the right
    width = dash_duo.driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 400, width          # nothing wider than the phone
    shot(dash_duo, "phone-compare")
    dash_duo.driver.get(base + "/?view=targets&lang=vi")
    wait_for_text(dash_duo, ".view-targets", "Huyện Trần Đề")
    shot(dash_duo, "phone-targets")
    no_console_errors(dash_duo)


@pytest.mark.parametrize("view", ["compare", "targets", "scorecard"])
def test_briefing_frame_fits_a_16_9_screen(dash_duo, dash_app, view):
    """A briefing is a screenshot: at 1280×720 the whole 16:9 frame is on screen and no chart is cut off inside
    it (the way back and the export button sit under the frame, outside the screenshot, by design)."""
    dash_duo.start_server(dash_app)
    driver = dash_duo.driver
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": 720, "deviceScaleFactor": 1, "mobile": False})
    try:
        driver.get(dash_duo.server_url + f"/?view={view}&lang=vi&mode=briefing")
        dash_duo.wait_for_element(".briefing-frame .js-plotly-plot .main-svg", timeout=15)
        sizes = driver.execute_script("""
            const body = document.querySelector('.briefing-body');
            const frame = document.querySelector('.briefing-frame').getBoundingClientRect();
            return {top: frame.top, bottom: frame.bottom, left: frame.left, right: frame.right,
                    body: body.scrollHeight, room: body.clientHeight, wide: document.documentElement.scrollWidth};""")
        assert sizes["top"] >= 0 and sizes["bottom"] <= 720, sizes          # the frame fills one 16:9 screen
        assert sizes["left"] >= 0 and sizes["right"] <= 1280 and sizes["wide"] <= 1280, sizes
        assert sizes["body"] <= sizes["room"] + 1, sizes      # nothing hidden by the frame's overflow
        shot(dash_duo, f"briefing-16x9-{view}")
        no_console_errors(dash_duo)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


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


def test_tab_leaves_the_filter_panel_and_the_panel_folds(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/?view=compare&lang=vi&ind=poverty_rate")   # two value links
    dash_duo.wait_for_element("#compare-graph .barlayer .point", timeout=15)
    driver = dash_duo.driver
    # from the last filter, Tab goes on to the chart's links and the export buttons (it used to loop back to
    # the province filter: dcc.Dropdown inside <details>)
    # the last filter of Compare is 'change from' (f-base), after the period
    driver.execute_script("document.getElementById('f-base').focus()")
    seen = []
    for _ in range(6):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        el = driver.switch_to.active_element
        seen.append((el.get_attribute("id") or "", driver.execute_script(
            "return !!arguments[0].closest('#content')", el)))
    assert seen[0][1], seen                              # the very next stop is in the content
    assert not any(i.startswith("f-") for i, _ in seen), seen
    assert any("export" in i for i, _ in seen), seen      # the export buttons are reached too
    # the panel's heading is a disclosure button
    toggle = dash_duo.find_element("#controls-toggle")
    assert toggle.tag_name == "button" and toggle.get_attribute("aria-controls") == "controls-panel"
    assert toggle.get_attribute("aria-expanded") == "true" and dash_duo.find_element("#f-period").is_displayed()
    toggle.send_keys(Keys.ENTER)
    until(lambda: toggle.get_attribute("aria-expanded") == "false", timeout=5)
    assert not dash_duo.find_element("#controls-panel").is_displayed()
    toggle.send_keys(Keys.SPACE)
    until(lambda: toggle.get_attribute("aria-expanded") == "true", timeout=5)
    assert dash_duo.find_element("#f-period").is_displayed()
    # phones: closed at first so the chart comes first, one tap opens it
    driver.set_window_size(390, 844)
    driver.get(dash_duo.server_url + "/?view=compare&lang=vi")
    dash_duo.wait_for_element("#compare-graph .y2tick text", timeout=15)   # the phone's rows: value on the right
    toggle = dash_duo.find_element("#controls-toggle")
    until(lambda: toggle.get_attribute("aria-expanded") == "false", timeout=5)
    assert not dash_duo.find_element("#controls-panel").is_displayed()
    toggle.click()
    until(lambda: dash_duo.find_element("#f-province").is_displayed(), timeout=5)
    assert toggle.get_attribute("aria-expanded") == "true"
    shot(dash_duo, "phone-filters-open")
    no_console_errors(dash_duo)


def test_copy_link_works_from_the_keyboard(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=15)
    driver = dash_duo.driver
    driver.execute_script("window.__copied = []; navigator.clipboard.writeText = function (text) {"
                          " window.__copied.push(text); return Promise.resolve(); };")
    # reached with Tab from the briefing link (the header's tools)
    dash_duo.find_element("#briefing-link")
    driver.execute_script("document.getElementById('briefing-link').focus()")
    driver.switch_to.active_element.send_keys(Keys.TAB)
    button = driver.switch_to.active_element
    assert button.get_attribute("id") == "copy-link-button" and button.tag_name == "button"
    assert norm(button.text) == "Sao chép liên kết"
    assert dash_duo.find_element("#copy-status").text == ""
    button.send_keys(Keys.ENTER)
    until(lambda: len(driver.execute_script("return window.__copied")) == 1, timeout=5)
    # it says so, visibly and to screen readers (role=status), then the word goes again
    dash_duo.wait_for_text_to_equal("#copy-status", "✓ Đã sao chép", timeout=5)
    status = dash_duo.find_element("#copy-status")
    assert status.is_displayed() and status.get_attribute("role") == "status"
    until(lambda: dash_duo.find_element("#copy-status").text == "", timeout=6)
    button.send_keys(Keys.SPACE)
    until(lambda: len(driver.execute_script("return window.__copied")) == 2, timeout=5)
    copied = driver.execute_script("return window.__copied")
    assert copied[0] == copied[1] and "view=compare" in copied[0] and "lang=vi" in copied[0]
    dash_duo.find_element("#lang-en").click()
    dash_duo.wait_for_text_to_equal("#copy-link-button", "Copy link", timeout=10)
    dash_duo.find_element("#copy-link-button").click()
    dash_duo.wait_for_text_to_equal("#copy-status", "✓ Copied", timeout=5)
    no_console_errors(dash_duo)


def test_district_search_tells_shared_names_apart(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=15)

    def search(text):
        dash_duo.find_element("#f-district").click()
        dash_duo.wait_for_element(".dash-dropdown-options", timeout=5)
        box = dash_duo.driver.find_elements(By.CSS_SELECTOR, ".dash-dropdown-search input, input.dash-dropdown-search")[0]
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(text)
        time.sleep(0.4)
        options = [norm(o.text) for o in dash_duo.find_elements(".dash-dropdown-options .dash-dropdown-option")]
        dash_duo.driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
        time.sleep(0.2)
        return options

    found = [o for o in search("chau thanh") if o.startswith("Huyện Châu Thành") and "Châu Thành A" not in o]
    assert len(found) >= 2 and len(set(found)) == len(found), found
    assert any("(Sóc Trăng)" in o for o in found) and any("(Trà Vinh)" in o for o in found), found
    # the province is searched too, with or without its diacritics
    assert [o for o in search("chau thanh tra vinh") if "Châu Thành" in o] == \
        [o for o in found if "(Trà Vinh)" in o]
    assert [o for o in search("Châu Thành Sóc Trăng") if "Châu Thành" in o] == \
        [o for o in found if "(Sóc Trăng)" in o]
    no_console_errors(dash_duo)


def test_plotly_speaks_the_page_language(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=15)
    driver = dash_duo.driver
    locale = "return document.querySelector('#compare-graph .js-plotly-plot')._context.locale"
    assert driver.execute_script(locale) == "vi"
    assert not dash_duo.find_elements("#compare-graph .modebar-btn[data-title^='Share']")
    assert not dash_duo.find_elements(".modebar-btn[data-val='sendChartToCloud'], [data-title='Share chart...']")
    # plotly ships no Vietnamese dictionary: ours is registered (toolbar of a zoomable test chart)
    titles = driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        var div = document.createElement('div'); div.style.width = '400px'; div.style.height = '300px';
        document.body.appendChild(div);
        Plotly.newPlot(div, [{y: [1, 2, 3]}], {}, {locale: 'vi', displayModeBar: true, displaylogo: false})
          .then(function () {
            var t = Array.from(div.querySelectorAll('.modebar-btn')).map(function (b) { return b.getAttribute('data-title'); });
            Plotly.purge(div); div.remove(); done(t);
          });
    """)
    assert "Phóng to" in titles and "Đặt lại trục" in titles and "Zoom in" not in titles, titles
    dash_duo.find_element("#lang-en").click()
    dash_duo.wait_for_text_to_equal("#nav-compare", "Compare", timeout=10)
    until(lambda: driver.execute_script(locale) == "en", timeout=10)
    no_console_errors(dash_duo)
