"""At phone width (390×844, emulated as a phone: device metrics, not a narrow window) in headless Chromium: the
ranking's labels stay inside the chart, the median never runs through a label, menus stay on screen and the
scorecard keeps its row labels in view while its grid scrolls sideways."""
from __future__ import annotations

import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}


@pytest.fixture
def phone(sample_data_dir, browser_home, monkeypatch, dash_duo):
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    import app as app_module

    dash_duo.start_server(app_module.app)
    dash_duo.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)

    def open_page(query: str, ready: str):
        dash_duo.driver.get(dash_duo.server_url + "/?" + query)
        dash_duo.wait_for_element(ready, timeout=15)
        time.sleep(0.5)
        return dash_duo

    yield open_page
    dash_duo.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


RECTS = """
    const r = e => e.getBoundingClientRect().toJSON();
    const svg = r(document.querySelector('#compare-graph .main-svg'));
    return {svg: svg, inner: window.innerWidth,
            bars: [...document.querySelectorAll('#compare-graph .bartext')].map(r),
            title: r(document.querySelector('#compare-graph .xtitle')),
            clipped: [...document.querySelectorAll('#compare-graph .scatterlayer .textpoint text')]
                .map(e => !!e.closest('[clip-path]'))};"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_ranking_labels_are_not_cut_at_phone_width(phone, lang):
    duo = phone(f"view=compare&lang={lang}&ind=targets_met&measure=level&period=2023", "#compare-graph .bartext")
    r = duo.driver.execute_script(RECTS)
    assert r["svg"]["right"] <= r["inner"] + 1
    # '17/17 (100 %)' beside the longest bar ends inside the chart
    assert all(b["right"] <= r["svg"]["right"] + 1 for b in r["bars"]), r
    # the axis title (unit and median) is inside the chart
    assert r["svg"]["left"] - 1 <= r["title"]["left"] and r["title"]["right"] <= r["svg"]["right"] + 1, r
    # the "no data" row's text is not clipped by the narrow plot area
    assert r["clipped"] == [False], r


SEGMENTS = """
    const p = document.querySelector('#compare-graph .shapelayer path');
    const m = p.getScreenCTM();
    const n = p.getAttribute('d').match(/-?[0-9.]+/g).map(Number);
    const pts = [];
    for (let i = 0; i + 1 < n.length; i += 2) { const q = new DOMPoint(n[i], n[i + 1]).matrixTransform(m);
                                                pts.push([q.x, q.y]); }
    return {segments: pts, labels: [...document.querySelectorAll('#compare-graph .bartext')]
        .map(e => e.getBoundingClientRect().toJSON())};"""


def test_the_median_never_runs_through_a_value_label_at_phone_width(phone):
    # median 246 of 287, 246 and 203: on a phone's plot the label '203' beside its bar reaches past the median
    duo = phone("view=compare&lang=vi&ind=output_per_ha&measure=level", "#compare-graph .shapelayer path")
    r = duo.driver.execute_script(SEGMENTS)
    points = r["segments"]
    segments = list(zip(points[::2], points[1::2]))
    assert segments and len(r["labels"]) == 3
    for label in r["labels"]:
        for (x0, y0), (_, y1) in segments:
            crosses = label["left"] < x0 < label["right"] and min(y0, y1) < label["bottom"] \
                and max(y0, y1) > label["top"]
            assert not crosses, (label, (x0, y0, y1))


def test_menus_stay_on_screen_at_phone_width(phone):
    duo = phone("view=compare&lang=vi&ind=targets_met", "#compare-graph .bartext")
    duo.find_element("#controls-toggle").click()
    for control in ("f-indicator", "f-district"):
        duo.wait_for_element(f"#{control}", timeout=10).click()
        menu = duo.wait_for_element(".dash-dropdown-options", timeout=5)
        rect = duo.driver.execute_script("return arguments[0].getBoundingClientRect().toJSON()", menu)
        assert rect["left"] >= -1 and rect["right"] <= 391, (control, rect)
        duo.driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
        time.sleep(0.3)


def test_scorecard_row_labels_stay_in_view_while_the_grid_scrolls(phone):
    duo = phone("view=scorecard&lang=vi&measure=level", "#scorecard-graph .heatmaplayer")
    scroll = """
        const box = document.querySelector('.view-scorecard .scroll-x');
        box.scrollLeft = arguments[0]; box.dispatchEvent(new Event('scroll'));"""
    labels = """
        const box = document.querySelector('.view-scorecard .scroll-x').getBoundingClientRect();
        const ticks = [...document.querySelectorAll('#scorecard-graph .yaxislayer-above .ytick text')];
        return {box: box.toJSON(), width: document.querySelector('.view-scorecard .scroll-x').scrollWidth,
                ticks: ticks.map(e => e.getBoundingClientRect().toJSON())};"""
    before = duo.driver.execute_script(labels)
    assert before["width"] > before["box"]["width"] + 100, before        # the grid is wider than the phone
    duo.driver.execute_script(scroll, 200)
    time.sleep(0.3)
    after = duo.driver.execute_script(labels)
    assert after["ticks"], after
    for tick in after["ticks"]:
        assert tick["left"] >= after["box"]["left"] - 1 and tick["right"] <= after["box"]["right"] + 1, tick
    # the labels sit where they were before the scroll, over a band that hides the cells scrolled under them
    assert [round(t["left"]) for t in after["ticks"]] == [round(t["left"]) for t in before["ticks"]]
    assert duo.find_elements("#scorecard-graph .yaxislayer-above rect.sticky-band")
