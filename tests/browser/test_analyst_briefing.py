"""Briefing mode as a 16:9 slide: nothing but the slide inside the frame at 1280×720, a usable phone layout."""
from __future__ import annotations

import time

import pytest

from tests.browser.viewport import set_inner_size

pytestmark = pytest.mark.browser


@pytest.fixture
def dash_app(sample_data_dir, browser_home, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    import app as app_module

    return app_module.app


def _inner(dash_duo, width, height):
    set_inner_size(dash_duo.driver, width, height)


def _rects(dash_duo):
    return dash_duo.driver.execute_script("""
        const r = s => { const e = document.querySelector(s); return e ? e.getBoundingClientRect().toJSON() : null; };
        return {frame: r('.briefing-frame'), footer: r('.briefing-footer'), body: r('.briefing-body'),
                action: r('.briefing-action'), exit: r('.briefing-exit'),
                width: document.documentElement.scrollWidth, inner: window.innerWidth};""")


def test_export_button_and_back_link_sit_outside_the_16_9_frame(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    _inner(dash_duo, 1280, 720)
    dash_duo.driver.get(dash_duo.server_url + "/?view=compare&lang=vi&mode=briefing&ind=output_per_ha&measure=level")
    dash_duo.wait_for_element(".briefing-frame #compare-graph .bartext", timeout=15)
    time.sleep(0.5)
    r = _rects(dash_duo)
    assert r["frame"]["bottom"] <= 721
    assert r["action"]["top"] >= r["frame"]["bottom"] and r["exit"]["top"] >= r["frame"]["bottom"]
    # nothing of the slide runs under the footer
    assert r["body"]["bottom"] <= r["footer"]["top"] + 1


def test_briefing_on_a_phone_fits_the_width(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    _inner(dash_duo, 390, 844)
    dash_duo.driver.get(dash_duo.server_url + "/?view=compare&lang=vi&mode=briefing&ind=output_per_ha&measure=level")
    dash_duo.wait_for_element(".briefing-frame #compare-graph .bartext", timeout=15)
    time.sleep(0.5)
    r = _rects(dash_duo)
    assert r["width"] <= r["inner"] + 1, r
    assert r["action"]["top"] >= r["frame"]["bottom"]


@pytest.mark.parametrize("query, ready", [
    ("view=map&lang=vi&ind=targets_met&measure=level&period=2023", "#map-graph .scatterlayer"),
    ("view=scatter&lang=en&ind=targets_met&period=2023", "#scatter-graph .scatterlayer"),
    ("view=compare&lang=en&ind=targets_met&period=2023", "#compare-graph .bartext"),
    ("view=upload&lang=en", ".upload-zone"),
    ("view=review&lang=vi", ".review-filters"),
])
def test_a_one_chart_slide_says_its_title_once(dash_duo, dash_app, query, ready):
    # the map and the scatter slides repeated the slide's title and subtitle as the chart's own header under it
    dash_duo.start_server(dash_app)
    _inner(dash_duo, 1280, 720)
    dash_duo.driver.get(dash_duo.server_url + "/?mode=briefing&" + query)
    dash_duo.wait_for_element(".briefing-frame " + ready, timeout=15)
    time.sleep(0.5)
    seen = dash_duo.driver.execute_script("""
        const title = document.querySelector('.briefing-frame .briefing-title').innerText.trim();
        return [title, [...document.querySelectorAll('.briefing-frame h1, .briefing-frame h2, .briefing-frame h3')]
            .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height > 0)
            .map(e => e.innerText.trim()).filter(t => t === title).length];""")
    assert seen[0] and seen[1] == 1, seen
