"""Browser tests of the export panel: click every download button and open the file that arrives.

Two apps: a stand-in built here from tests/export_samples.py (always runs: the panel + callbacks alone), and the real
dashboard (app.py), skipped with a reason while app.py is missing or renders no export panel.
Headless Chromium options come from tests/conftest.py (pytest_setup_options); downloads land in dash_duo's
download_path (allowed explicitly through the DevTools protocol, as headless Chromium needs).
"""
from __future__ import annotations

import io
import json
import os
import time
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from PIL import Image
from pptx import Presentation
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from components.export_panel import EXPORT_ACTIONS
from exports import view_context

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
PARTIAL = (".crdownload", ".tmp", ".part")

from components.state import parse_state as _parse_state


def url_state(search):
    """The page's URL parser, state only."""
    return _parse_state(search)[0]


# ------------------------------------------------------------------------------------------------ helpers
def dom_id(component_id: dict) -> str:
    """The DOM id Dash gives a pattern-matching id: JSON with sorted keys, no spaces."""
    return json.dumps(component_id, sort_keys=True, separators=(",", ":"))


def wait_id(dash_duo, element_id: str, timeout: float = 15):
    """Wait for an element by DOM id (pattern-matching ids are JSON: no CSS '#id' selector for them)."""
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(dash_duo.driver, timeout).until(EC.presence_of_element_located(by_id(element_id)))


def by_id(element_id: str):
    return (By.XPATH, f"//*[@id='{element_id}']")  # the JSON holds double quotes only


def allow_downloads(dash_duo) -> Path:
    path = Path(dash_duo.download_path)
    path.mkdir(parents=True, exist_ok=True)
    dash_duo.driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(path)})
    return path


def wait_for_file(directory: Path, suffix: str, known: set, timeout: float = 60) -> Path:
    deadline = time.time() + timeout
    while time.time() < deadline:
        done = [p for p in directory.iterdir() if p.name not in known and p.name.endswith(suffix)
                and not p.name.endswith(PARTIAL)]
        if done and not any(p.name.endswith(PARTIAL) for p in directory.iterdir()):
            path = done[0]
            size = -1
            while size != path.stat().st_size:  # finished writing
                size = path.stat().st_size
                time.sleep(0.2)
            return path
        time.sleep(0.2)
    raise AssertionError(f"no *{suffix} arrived in {directory} within {timeout}s: {sorted(os.listdir(directory))}")


def click_action(dash_duo, chart: str, action: str, *, keyboard: bool = False):
    driver = dash_duo.driver
    menu = EXPORT_ACTIONS[action].menu
    button_id = dom_id({"type": "export-action", "chart": chart, "action": action})
    if menu != "briefing":
        summary = wait_id(dash_duo, dom_id({"type": "export-summary", "chart": chart, "menu": menu}))
        details = driver.find_element(*by_id(dom_id({"type": "export-menu", "chart": chart, "menu": menu})))
        if details.get_attribute("open") is None:
            if keyboard:
                summary.send_keys(Keys.ENTER)
            else:
                summary.click()
        wait_id(dash_duo, button_id, timeout=5)
        deadline = time.time() + 5
        while not driver.find_element(*by_id(button_id)).is_displayed() and time.time() < deadline:
            time.sleep(0.1)
    button = driver.find_element(*by_id(button_id))
    if keyboard:
        button.send_keys(Keys.ENTER)
    else:
        button.click()


def download(dash_duo, directory: Path, chart: str, action: str, suffix: str, **kw) -> Path:
    known = {p.name for p in directory.iterdir()}
    click_action(dash_duo, chart, action, **kw)
    path = wait_for_file(directory, suffix, known)
    status = wait_id(dash_duo, dom_id({"type": "export-status", "chart": chart}))
    deadline = time.time() + 10
    while path.name not in status.text and time.time() < deadline:  # the panel says what it made
        time.sleep(0.1)
    assert path.name in status.text, status.text
    return path


def read_csv(path: Path) -> pd.DataFrame:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig", keep_default_na=False)


def check_all_downloads(dash_duo, directory: Path, chart: str, spec, *, n_charts: int, full_rows: int | None,
                        lang: str, filters_in_readme: list[str], view_chart: str = "view"):
    """Click every action of `chart`'s panel and the view's one Export briefing (`view_chart`); open each file and
    check it against `spec`."""
    value_col = "Giá trị" if lang == "vi" else "Value"
    # images (the first by keyboard: Enter on the menu button, Enter on the item)
    png = download(dash_duo, directory, chart, "png-standard", ".png", keyboard=True)
    assert png.name.isascii() and png.name.endswith(f"_{lang}_standard.png")
    with Image.open(png) as im:
        assert im.size == (3400, 2400)
    slide = download(dash_duo, directory, chart, "png-slide", "_slide.png")
    with Image.open(slide) as im:
        assert im.size == (5120, 2880)
    svg = download(dash_duo, directory, chart, "svg-standard", "_standard.svg")
    text = svg.read_text(encoding="utf-8")
    assert spec.title.split(":")[0][:30] in text.replace("&amp;", "&")
    svg = download(dash_duo, directory, chart, "svg-slide", "_slide.svg")
    assert 'width="1280"' in svg.read_text(encoding="utf-8")[:400]
    # data shown: exactly the plotted rows, in order
    shown = read_csv(download(dash_duo, directory, chart, "csv-shown", "_shown.csv"))
    assert len(shown) == len(spec.data)
    assert [float(v) for v in shown[value_col]] == [float(v) for v in spec.data["value"]]
    wb = openpyxl.load_workbook(download(dash_duo, directory, chart, "xlsx-shown", "_shown.xlsx"))
    header = [c.value for c in wb.worksheets[0][1]]
    values = [r[header.index(value_col)] for r in wb.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert values == [float(v) for v in spec.data["value"]] and all(isinstance(v, (int, float)) for v in values)
    # full data for the filters
    full = read_csv(download(dash_duo, directory, chart, "csv-full", "_full.csv"))
    if full_rows is not None:
        assert len(full) == full_rows
    assert len(full) >= len(shown)
    wb = openpyxl.load_workbook(download(dash_duo, directory, chart, "xlsx-full", "_full.xlsx"))
    assert wb.worksheets[0].max_row == len(full) + 1
    zf = zipfile.ZipFile(download(dash_duo, directory, chart, "zip", ".zip"))
    readme = zf.read("README.md").decode("utf-8")
    for item in filters_in_readme:
        assert item in readme, item
    assert sum(n.endswith(".csv") for n in zf.namelist()) == 2
    # one Export briefing per view (not per chart): a deck of every chart on the page
    assert not dash_duo.driver.find_elements(*by_id(dom_id({"type": "export-action", "chart": chart, "action": "pptx"})))
    deck = Presentation(str(download(dash_duo, directory, view_chart, "pptx", ".pptx")))
    assert len(deck.slides) == n_charts
    for f in directory.iterdir():
        assert f.name.isascii(), f.name


@pytest.fixture
def fresh_renderer():
    """A warm image renderer started before dash_duo's server: dash.testing's threaded server, when it stops,
    kills every thread started while it ran (KillerThread), which would take the renderer's helpers with it."""
    from exports import image_renderer

    image_renderer.shutdown(force=True)
    renderer = image_renderer.get_renderer()
    renderer.start()
    yield renderer
    image_renderer.shutdown(force=True)


# ------------------------------------------------------------------------------------------------ stand-in app
@pytest.fixture
def standin_app():
    from dash import Dash, dcc, html

    from callbacks.exports import register_export_callbacks
    from components.export_panel import briefing_action, export_panel
    from tests.export_samples import sample_context, sample_facts, sample_specs

    app = Dash(__name__, suppress_callback_exceptions=True)
    specs = sample_specs("vi")
    app.layout = html.Div([
        dcc.Location(id="url"),
        briefing_action(lang="vi"),
        *[html.Div([html.H2(s.title), dcc.Graph(figure=s.figure, id=f"g-{s.chart_id}"), export_panel(s.chart_id)],
                   className="chart-block") for s in specs],
    ])
    register_export_callbacks(
        app,
        specs_for_state=lambda state: sample_specs(state.get("lang", "vi")),
        context_for_state=lambda state: sample_context(state.get("lang", "vi")),
        parse_state=url_state,
        full_data_for_state=lambda state: sample_facts(),
    )
    return app


def test_standin_app_every_download_arrives(browser_home, fresh_renderer, standin_app, dash_duo):
    from tests.export_samples import sample_facts, sample_specs

    dash_duo.start_server(standin_app)
    directory = allow_downloads(dash_duo)
    dash_duo.driver.get(dash_duo.server_url + "/?lang=vi&view=compare&ind=income_per_capita&period=2023")
    wait_id(dash_duo, dom_id({"type": "export-panel", "chart": "compare-income"}))
    SHOTS.mkdir(parents=True, exist_ok=True)
    summary = wait_id(dash_duo, dom_id({"type": "export-summary", "chart": "compare-income", "menu": "data"}))
    summary.click()
    dash_duo.driver.save_screenshot(str(SHOTS / "export-panel-data-menu.png"))
    summary.send_keys(Keys.ESCAPE)
    spec = sample_specs("vi")[0]
    check_all_downloads(dash_duo, directory, "compare-income", spec, n_charts=3, full_rows=len(sample_facts()),
                        lang="vi", filters_in_readme=["Chỉ tiêu: Thu nhập bình quân đầu người", "Kỳ: 2023"])
    assert not dash_duo.get_logs() or all("SEVERE" not in str(e) for e in dash_duo.get_logs())


def test_standin_app_escape_closes_the_menu(browser_home, standin_app, dash_duo):
    dash_duo.start_server(standin_app)
    details_id = dom_id({"type": "export-menu", "chart": "compare-poverty", "menu": "image"})
    summary = wait_id(dash_duo, dom_id({"type": "export-summary", "chart": "compare-poverty", "menu": "image"}))
    summary.send_keys(Keys.ENTER)
    assert dash_duo.driver.find_element(*by_id(details_id)).get_attribute("open") is not None
    dash_duo.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    time.sleep(0.3)
    assert dash_duo.driver.find_element(*by_id(details_id)).get_attribute("open") is None


# ------------------------------------------------------------------------------------------------ the dashboard
def _real_app(data_dir, monkeypatch):
    if not (ROOT / "app.py").exists():
        pytest.skip("app.py does not exist yet: the dashboard is not wired")
    monkeypatch.setenv("NQ_DATA_DIR", str(data_dir))
    import app as app_module

    wired = any("export-download" in key for key in app_module.app.callback_map)
    if not wired:
        pytest.skip("app.py does not register the export callbacks (register_export_callbacks)")
    return app_module


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_dashboard_every_download_arrives(browser_home, fresh_renderer, sample_data_dir, monkeypatch, dash_duo, lang):
    app_module = _real_app(sample_data_dir, monkeypatch)
    from components.state import parse_state

    query = f"?view=compare&lang={lang}&ind=income_per_capita&measure=level"
    dash_duo.start_server(app_module.app)
    directory = allow_downloads(dash_duo)
    dash_duo.driver.get(dash_duo.server_url + "/" + query)
    try:
        wait_id(dash_duo, dom_id({"type": "export-panel", "chart": "compare"}), timeout=20)
    except Exception:  # noqa: BLE001
        pytest.skip("the dashboard's compare view renders no export panel")
    state = parse_state(query)
    state = state[0] if isinstance(state, tuple) else state
    specs = view_context.specs_for_state(state)
    spec = next(s for s in specs if s.chart_id == "compare")
    indicator = "Thu nhập bình quân đầu người" if lang == "vi" else "Income per capita"
    check_all_downloads(dash_duo, directory, "compare", spec, n_charts=len(specs), full_rows=None, lang=lang,
                        filters_in_readme=[indicator])
    SHOTS.mkdir(parents=True, exist_ok=True)
    dash_duo.driver.save_screenshot(str(SHOTS / f"export-dashboard-{lang}.png"))


def test_dashboard_targets_and_briefing_mode_have_one_export_briefing(browser_home, fresh_renderer, sample_data_dir,
                                                                    monkeypatch, dash_duo):
    """Targets shows a card per district: still one Export briefing, whose deck has a slide per card; briefing
    mode (export panels hidden) shows it in its header."""
    app_module = _real_app(sample_data_dir, monkeypatch)
    from components.state import parse_state

    dash_duo.start_server(app_module.app)
    directory = allow_downloads(dash_duo)
    for mode, chart in (("interactive", "view"), ("briefing", "view-briefing")):
        query = f"?view=targets&lang=en&mode={mode}"
        dash_duo.driver.get(dash_duo.server_url + "/" + query)
        button = wait_id(dash_duo, dom_id({"type": "export-action", "chart": chart, "action": "pptx"}), timeout=20)
        assert button.is_displayed() and button.text == "Export briefing (PowerPoint)"
        found = dash_duo.driver.find_elements(By.XPATH, "//*[contains(@id, '\"action\":\"pptx\"')]")
        assert len(found) == 1, [f.get_attribute("id") for f in found]
        state = parse_state(query)[0]
        n = len(view_context.specs_for_state(state))
        deck = Presentation(str(download(dash_duo, directory, chart, "pptx", ".pptx")))
        assert len(deck.slides) == n
        SHOTS.mkdir(parents=True, exist_ok=True)
        dash_duo.driver.save_screenshot(str(SHOTS / f"export-briefing-button-targets-{mode}.png"))

