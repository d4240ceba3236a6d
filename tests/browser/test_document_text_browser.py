"""Browser: a report full of markup shows it as text (no image fetched, no script run, quote still highlighted),
and the scorecard's district profile shows its figures table."""
from __future__ import annotations

import pytest

from tests.conftest import write_data_dir
from tests.hostile import IMAGE, LINK, PLACE, QUOTE, SCRIPT, hostile_tables

pytestmark = pytest.mark.browser
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory, sample_tables, browser_home):
    facts, documents, report = sample_tables
    facts, documents = hostile_tables(facts, documents)
    return write_data_dir(tmp_path_factory.mktemp("hostile-data"), facts, documents, report)


@pytest.fixture
def dash_app(hostile_dir, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(hostile_dir))
    import app as app_module

    return app_module.app


def norm(text: str) -> str:
    return " ".join((text or "").replace(NBSP, " ").split())


def test_markup_in_a_report_is_shown_literally_and_keeps_its_highlight(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_element("#nav-sources", timeout=15)
    dash_duo.driver.get(dash_duo.server_url + f"/?view=sources&lang=vi&dist={PLACE['place_id']}")
    dash_duo.wait_for_contains_text(".view-sources", "Cù Lao Dung", timeout=15)
    card = dash_duo.find_element(".doc-card")
    assert norm(card.find_element("css selector", "mark").text) == QUOTE
    assert f"{QUOTE} **so với** <b>kế hoạch</b>" in norm(card.text)
    assert not card.find_elements("css selector", "img, b, script, h1")
    # the whole text, in the passage dialog
    card.find_element("css selector", "a.passage-link").click()
    dash_duo.wait_for_element("#passage-modal.open", timeout=10)
    body = dash_duo.find_element("#passage-body")
    assert norm(body.find_element("css selector", "mark").text) == QUOTE
    for literal in (IMAGE, LINK, SCRIPT):
        assert literal in norm(body.text)
    assert not body.find_elements("css selector", "img, a[href^='javascript'], script, b, h1")
    fetched = dash_duo.driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes(':9/'))")
    assert fetched == [] and dash_duo.driver.execute_script("return window.__pwned === undefined")


def test_the_district_profile_shows_its_figures_table(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_element("#nav-scorecard", timeout=15)
    dash_duo.driver.get(dash_duo.server_url + "/?view=scorecard&lang=en&place=soc-trang/huyen-tran-de")
    dash_duo.wait_for_contains_text("#profile-title", "Trần Đề", timeout=15)
    table = dash_duo.wait_for_element("#profile-table", timeout=10)
    rows = table.find_elements("css selector", "tbody tr")
    assert table.is_displayed() and len(rows) == 8          # Trần Đề's eight figures in the sample tables
    assert "1.59%" in table.text and "Poverty rate" in table.text
    assert rows[0].find_element("css selector", "mark").is_displayed()
