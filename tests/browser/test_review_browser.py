"""Browser test of issue 10's loop: sign in, add reports, review their figures, see chart and CSV change.

Headless Chromium (dash.testing). Everything lives in temp folders: the tables (NQ_DATA_DIR), the sources folder
(NQ_SOURCES_DIR) and the review database (NQ_DATABASE_URL). Test documents are short paraphrases written here, made into a .docx and a scanned PDF at test time.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.keys import Keys

from etl.pipeline import run
from store.db import Store
from tests.browser.test_exports_browser import allow_downloads, download, read_csv
from tests.make_documents import write_docx, write_scanned_pdf
from web.jobs import stop_runners

pytestmark = pytest.mark.browser

NBSP = "\u00a0"
PASSWORD = "mat-khau-kiem-tra"
BASE = """Huyện Trần Đề tổng kết năm 2023

20/12/2023

Năm 2023, kinh tế huyện Trần Đề tiếp tục phát triển. Tỷ lệ hộ nghèo giảm còn 2,5%. Toàn huyện có 6/9 xã đạt \
chuẩn nông thôn mới.
"""
LONG_PHU = """Huyện Long Phú tổng kết năm 2023

19/12/2023

Năm 2023, huyện Long Phú phát triển ổn định. Tỷ lệ hộ nghèo giảm còn 2,9%.
"""
TRA_CU = """Huyện Trà Cú tổng kết năm 2023

15/12/2023

Năm 2023, huyện Trà Cú đạt nhiều kết quả. Tỷ lệ hộ nghèo của huyện giảm còn 3,8%. Sản lượng nuôi trồng thủy sản \
đạt 52.000 tấn.
"""
CAU_NGANG = """Huyện Cầu Ngang tổng kết năm 2023

18/12/2023

Năm 2023, huyện Cầu Ngang giữ vững ổn định.
Tỷ lệ hộ nghèo của huyện giảm còn 4,1%.
Toàn huyện có 8/13 xã đạt chuẩn nông thôn mới.
"""


@pytest.fixture
def review_app(tmp_path, monkeypatch, browser_home):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "tran_de.txt").write_text(BASE, encoding="utf-8")
    (sources / "long_phu.txt").write_text(LONG_PHU, encoding="utf-8")
    data = tmp_path / "data"
    run(sources, data / "indicators.parquet", data / "etl_report.json", curation=None, reviews={})
    monkeypatch.setenv("NQ_DATA_DIR", str(data))
    monkeypatch.setenv("NQ_SOURCES_DIR", str(sources))
    monkeypatch.setenv("NQ_DATABASE_URL", f"sqlite:///{tmp_path / 'nq.sqlite'}")
    Store(f"sqlite:///{tmp_path / 'nq.sqlite'}").add_user("lan", PASSWORD)
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    write_docx(TRA_CU, uploads / "tra_cu.docx")                  # a Word report
    write_scanned_pdf(CAU_NGANG, uploads / "cau_ngang.pdf")      # a scan: a picture in a PDF, read by OCR
    import app as app_module

    yield app_module.app, data, uploads
    stop_runners()   # the upload job threads this test's server started end with it


def norm(text: str) -> str:
    return (text or "").replace(NBSP, " ").strip()


def upload(dash_duo, paths: list[Path]):
    field = dash_duo.wait_for_element("#upload-files input[type=file]", timeout=10)
    field.send_keys("\n".join(str(p) for p in paths))


def sign_in(dash_duo, next_query: str):
    dash_duo.driver.get(f"{dash_duo.server_url}/login?lang=en&next={quote('/' + next_query, safe='')}")
    dash_duo.wait_for_element("#login-name", timeout=10).send_keys("lan")
    dash_duo.find_element("#login-password").send_keys(PASSWORD)
    dash_duo.find_element("#login-submit").click()


def queue_texts(dash_duo) -> list[str]:
    for _ in range(20):
        try:
            return [norm(i.text) for i in dash_duo.find_elements(".review-item")]
        except StaleElementReferenceException:   # the queue re-renders after a choice or a decision
            time.sleep(0.2)
    raise AssertionError("the review queue never settled")


def choose_figure(dash_duo, text: str):
    """Click the queue item whose label contains `text` and wait until the detail panel shows that figure."""
    deadline = time.time() + 15
    while time.time() < deadline:
        try:
            for item in dash_duo.find_elements(".review-item"):
                if text in norm(item.text):
                    fact = item.get_attribute("id")
                    item.click()
                    break
            else:
                time.sleep(0.2)
                continue
            index = json.loads(fact)["index"]
            dash_duo.wait_for_element(f".review-detail [data-fact='{index}'] .review-passage mark", timeout=10)
            return
        except StaleElementReferenceException:
            time.sleep(0.2)
    raise AssertionError(f"no queue item with {text!r}: {queue_texts(dash_duo)}")


def click(dash_duo, selector: str):
    for _ in range(30):
        try:
            return dash_duo.find_element(selector).click()
        except StaleElementReferenceException:
            time.sleep(0.2)
    raise AssertionError(f"could not click {selector}")


def fill(dash_duo, selector: str, text: str, *, submit: bool = False):
    """Replace a field's text (retrying while the panel re-renders); Enter afterwards when `submit`."""
    for _ in range(30):
        try:
            field = dash_duo.find_element(selector)
            field.send_keys(Keys.CONTROL, "a")
            field.send_keys(text)
            if field.get_attribute("value") != text:
                time.sleep(0.2)
                continue
            if submit:
                field.send_keys(Keys.ENTER)
            return
        except StaleElementReferenceException:
            time.sleep(0.2)
    raise AssertionError(f"could not type into {selector}")


def finished_cards(dash_duo, files: set[str], timeout: float) -> dict[str, str]:
    """File → its card's text, once every one of `files` has its outcome (no card left 'processing…')."""
    deadline, cards = time.time() + timeout, {}
    while time.time() < deadline:
        try:
            cards = {c.get_attribute("data-file"): (c.get_attribute("class"), norm(c.text))
                     for c in dash_duo.find_elements(".upload-card")}
        except StaleElementReferenceException:   # a poll re-rendered the cards
            continue
        if set(cards) == files and not any("pending" in kind.split() for kind, _ in cards.values()):
            return {name: text for name, (_, text) in cards.items()}
        time.sleep(0.3)
    raise AssertionError(f"the uploads never finished: {cards}")


def compare_bars(dash_duo) -> dict[str, str]:
    """District → the value printed on its bar (districts listed without data have no bar)."""
    for _ in range(50):
        try:
            return _bars(dash_duo)
        except StaleElementReferenceException:   # the chart was redrawn while being read
            time.sleep(0.2)
    raise AssertionError("the chart never settled")


def bars_become(dash_duo, expected: dict, timeout: float = 15) -> dict:
    """Wait until the chart shows `expected` (a redraw takes a moment); the last reading otherwise."""
    deadline = time.time() + timeout
    bars = compare_bars(dash_duo)
    while bars != expected and time.time() < deadline:
        time.sleep(0.3)
        bars = compare_bars(dash_duo)
    return bars


def _bars(dash_duo) -> dict[str, str]:
    dash_duo.wait_for_element("#compare-graph .bartext", timeout=15)
    ticks = [(e.location["y"] + e.size["height"] / 2, norm(e.text))
             for e in dash_duo.find_elements("#compare-graph .yaxislayer-above .ytick text")]
    bars = {}
    for bar in dash_duo.find_elements("#compare-graph .bartext"):
        middle = bar.location["y"] + bar.size["height"] / 2
        name = min(ticks, key=lambda tick: abs(tick[0] - middle))[1]
        bars[name] = norm(bar.text).replace(" ", "")
    return bars


def test_a_signed_out_session_cannot_upload_or_review(dash_duo, review_app):
    app, data, uploads = review_app
    dash_duo.start_server(app)
    before = (data / "indicators.parquet").read_bytes()
    dash_duo.wait_for_page(f"{dash_duo.server_url}/?view=upload&lang=en")
    dash_duo.wait_for_contains_text("#upload-auth", "not signed in", timeout=10)
    limits = norm(dash_duo.find_element(".upload-limits").text)
    assert ".docx" in limits and ".pdf" in limits and "5 MB per text file, 30 MB per Word, PDF or image" in limits
    upload(dash_duo, [uploads / "tra_cu.docx"])
    dash_duo.wait_for_contains_text("#upload-results", "Sign in to change data. Nothing was changed.", timeout=15)
    assert (data / "indicators.parquet").read_bytes() == before
    assert not (Path(data).parent / "sources" / "tra_cu.docx").exists()

    dash_duo.wait_for_page(f"{dash_duo.server_url}/?view=review&lang=en")
    choose_figure(dash_duo, "Poverty")
    for button in ("#review-accept", "#review-reject", "#review-correct"):
        assert not dash_duo.find_element(button).is_enabled()
    assert (data / "indicators.parquet").read_bytes() == before
    assert dash_duo.get_logs() == []


def test_sign_in_add_reports_review_and_see_chart_and_csv_change(dash_duo, review_app):
    app, data, uploads = review_app
    dash_duo.start_server(app)
    sign_in(dash_duo, "?view=upload&lang=en")
    dash_duo.wait_for_contains_text("#upload-auth", "Signed in as lan", timeout=10)

    # add two reports at once: the page answers at once with "processing…" (the scan is OCR'd in the background,
    # seconds a page), then, polling, shows each accepted with its place, period and figures
    upload(dash_duo, [uploads / "tra_cu.docx", uploads / "cau_ngang.pdf"])
    dash_duo.wait_for_contains_text(".upload-card.pending[data-file='cau_ngang.pdf']", "Processing…", timeout=15)
    cards = finished_cards(dash_duo, {"tra_cu.docx", "cau_ngang.pdf"}, timeout=120)
    assert "Accepted" in cards["tra_cu.docx"] and "Trà Cú District" in cards["tra_cu.docx"]
    assert "2 figures read" in cards["tra_cu.docx"] and "3.8%" in cards["tra_cu.docx"].replace(" ", "")
    assert "Accepted" in cards["cau_ngang.pdf"] and "Cầu Ngang District" in cards["cau_ngang.pdf"]
    assert "8/13" in cards["cau_ngang.pdf"] and "4.1%" in cards["cau_ngang.pdf"].replace(" ", "")

    # the chart shows the new districts without a restart
    dash_duo.wait_for_page(f"{dash_duo.server_url}/?view=compare&lang=en&ind=poverty_rate&measure=level&period=2023")
    bars = bars_become(dash_duo, {"Trần Đề District": "2.5%", "Long Phú District": "2.9%", "Trà Cú District": "3.8%",
                                  "Cầu Ngang District": "4.1%"})
    assert (bars.get("Trà Cú District"), bars.get("Cầu Ngang District")) == ("3.8%", "4.1%"), bars
    dash_duo.wait_for_page(f"{dash_duo.server_url}/?view=compare&lang=en&ind=poverty_rate&measure=level&period=2023"
                           "&rev=mark")
    all_marked = {"Trần Đề District": "2.5%○", "Long Phú District": "2.9%○", "Trà Cú District": "3.8%○",
                  "Cầu Ngang District": "4.1%○"}
    assert bars_become(dash_duo, all_marked) == all_marked                  # nothing reviewed yet
    dash_duo.wait_for_contains_text(".chart-subtitle, .chart-block", "not been confirmed by a reviewer", timeout=10)

    # review: correct Trà Cú's poverty rate, reject Cầu Ngang's
    dash_duo.wait_for_page(f"{dash_duo.server_url}/?view=review&lang=en")
    queue = queue_texts(dash_duo)
    assert all("Unreviewed" in i for i in queue)
    assert "Cầu Ngang District" in queue[0]                          # OCR figures are the riskiest: first
    choose_figure(dash_duo, "Poverty rate · Trà Cú District")
    fill(dash_duo, "#review-note", "bảng tổng hợp ghi 3,6%")
    fill(dash_duo, "#review-f-value", "3,6", submit=True)         # keyboard: Enter in a field saves
    dash_duo.wait_for_contains_text("#review-message", "Correction saved: Value", timeout=15)
    dash_duo.wait_for_contains_text(".review-history", "3.8 → 3.6", timeout=10)

    choose_figure(dash_duo, "Poverty rate · Cầu Ngang District")
    click(dash_duo, "#review-reject")
    dash_duo.wait_for_contains_text("#review-message", "Figure rejected.", timeout=15)

    # keyboard: A accepts the chosen figure (focus not in a field)
    choose_figure(dash_duo, "Poverty rate · Trần Đề District")
    dash_duo.find_element("body").send_keys("a")
    dash_duo.wait_for_contains_text("#review-message", "Figure accepted.", timeout=15)

    # the chart changes accordingly
    dash_duo.wait_for_page(f"{dash_duo.server_url}/?view=compare&lang=en&ind=poverty_rate&measure=level&period=2023")
    expected = {"Trần Đề District": "2.5%", "Long Phú District": "2.9%", "Trà Cú District": "3.6%"}
    assert bars_become(dash_duo, expected) == expected
    # Cầu Ngang: listed without data. Marked: only Long Phú is unreviewed; reviewed only: Long Phú goes
    click(dash_duo, "#reviewed-mark")
    marked = {"Trần Đề District": "2.5%", "Long Phú District": "2.9%○", "Trà Cú District": "3.6%"}
    assert bars_become(dash_duo, marked) == marked
    click(dash_duo, "#reviewed-only")
    reviewed = {"Trần Đề District": "2.5%", "Trà Cú District": "3.6%"}
    assert bars_become(dash_duo, reviewed) == reviewed
    click(dash_duo, "#reviewed-all")
    assert bars_become(dash_duo, expected) == expected

    # … and so does the CSV download, which carries the review status
    directory = allow_downloads(dash_duo)
    shown = read_csv(download(dash_duo, directory, "compare", "csv-shown", "_shown.csv"))
    rows = {r["Place"] if "Place" in r else r[shown.columns[0]]: r for r in shown.to_dict("records")}
    assert float(rows["Trà Cú District"]["Value"]) == 3.6
    assert rows["Trà Cú District"]["Review status"] == "Corrected"
    assert rows["Trần Đề District"]["Review status"] == "Accepted"
    assert rows["Long Phú District"]["Review status"] == "Unreviewed"
    assert "Huyện Cầu Ngang" not in rows
    table = pd.read_parquet(data / "indicators.parquet")
    assert set(table.loc[table["source_id"] == "tra_cu", "review_status"]) == {"corrected", "unreviewed"}
    assert dash_duo.get_logs() == []
