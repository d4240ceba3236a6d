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
