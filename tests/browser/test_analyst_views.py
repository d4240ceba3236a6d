"""The analysis views in headless Chromium: change over time, the map and the two-indicator scatter."""
from __future__ import annotations

import pandas as pd
import pytest

pytestmark = pytest.mark.browser
NBSP = "\u00a0"
TRAN_DE = "soc-trang/huyen-tran-de"
TRA_CU = "tra-vinh/huyen-tra-cu"


def norm(text: str) -> str:
    return (text or "").replace(NBSP, " ").strip()


@pytest.fixture(scope="module")
def series_data_dir(tmp_path_factory, sample_tables):
    """The sample table plus a poverty-rate series of Trần Đề (2020 base, 2022) and a 2025 target, and 2022 output
    per ha of Trần Đề (below its 2023 figure) and Trà Cú (above it)."""
    from tests.conftest import write_data_dir

    facts, documents, report = sample_tables
    base = facts[(facts["place_id"] == TRAN_DE) & (facts["indicator"] == "poverty_rate")].iloc[0].to_dict()
    extra = [{**base, "fact_id": f"series{n}", "period": period, "measure": measure, "value": value,
              "char_start": base["char_start"], "char_end": base["char_end"]}
             for n, (period, measure, value) in enumerate([("2020", "level", 3.9), ("2022", "level", 2.4),
                                                            ("2025", "target", 1.0)])]
    for place, value in ((TRAN_DE, 230.0), (TRA_CU, 300.0)):
        row = facts[(facts["place_id"] == place) & (facts["indicator"] == "output_per_ha")].iloc[0].to_dict()
        extra.append({**row, "fact_id": f"ha2022{place[-4:]}", "period": "2022", "value": value})
    return write_data_dir(tmp_path_factory.mktemp("series-data"), pd.concat([facts, pd.DataFrame(extra)],
                                                                             ignore_index=True), documents, report)


@pytest.fixture
def open_app(sample_data_dir, browser_home, monkeypatch, dash_duo):
    def start(query: str, data_dir=None):
        monkeypatch.setenv("NQ_DATA_DIR", str(data_dir or sample_data_dir))
        import app as app_module

        dash_duo.start_server(app_module.app)
        dash_duo.driver.get(dash_duo.server_url + "/?" + query)
        dash_duo.wait_for_element("#content .view", timeout=15)
        return dash_duo

    return start


def test_map_places_districts_and_marks_no_data(open_app):
    duo = open_app("view=map&lang=vi&ind=poverty_rate&measure=level&prov=94,84")
    duo.wait_for_element("#map-graph .scatterlayer .point", timeout=10)
    assert norm(duo.find_element(".view-map .chart-title").text) == "Tỷ lệ hộ nghèo trên bản đồ"
    labels = [norm(e.text) for e in duo.find_elements("#map-graph .scatterlayer .trace:first-child .textpoint text")]
    assert labels == ["Huyện Trần Đề", "Huyện Trà Cú"], labels
    # the hollow dots are named too (where a side is free), after the dots with a figure
    hollow = [norm(e.text) for e in duo.find_elements("#map-graph .scatterlayer .trace:nth-child(2) .textpoint text")]
    no_data = norm(duo.find_element("#map-no-data").text)
    assert hollow and all(name in no_data for name in hollow), hollow
    traces = duo.find_elements("#map-graph .scatterlayer .trace")
    assert len(traces) == 2                                     # the figures and the hollow "no data" dots
    assert "không có số liệu" in norm(duo.find_element("#map-no-data").text).lower()
    assert "thấp hơn" in norm(duo.find_element("#map-graph .colorbar").text)
    # drawn offline: no geo subplot (it would fetch its base map from a CDN)
    assert duo.find_elements("#map-graph .geo") == []
    errors = [e for e in duo.get_logs() if e.get("level") == "SEVERE"]
    assert errors == [], errors


MAP_MARKS = """
    const r = e => e.getBoundingClientRect().toJSON();
    const plot = r(document.querySelector('#map-graph .nsewdrag'));
    return {plot, svg: r(document.querySelector('#map-graph .main-svg')),
            points: [...document.querySelectorAll('#map-graph .scatterlayer .point')].map(r),
            names: [...document.querySelectorAll('#map-graph .scatterlayer .textpoint text')]
                .filter(e => e.textContent).map(e => ({text: e.textContent, ...r(e)})),
            shapes: document.querySelectorAll('#map-graph .shapelayer path').length};"""

MAP_CASES = {
    "vi": (["Huyện Phụng Hiệp", "Huyện Trà Cú", "Thành phố Sóc Trăng", "Huyện Giồng Trôm", "Huyện Trần Đề"],
           "Chấm càng đậm càng tốt: với Chỉ tiêu nghị quyết đạt và vượt, cao hơn là tốt hơn."),
    "en": (["Phụng Hiệp District", "Trà Cú District", "Sóc Trăng City", "Giồng Trôm District", "Trần Đề District"],
           "A darker dot is better: for Resolution targets met, higher is better."),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_map_has_one_point_per_placed_district_inside_the_plot_and_says_which_end_is_better(open_app, lang):
    # the five districts with figures: three with a 2023 count of targets met, Giồng Trôm with none (hollow dot),
    # Trần Đề with term targets only (a hollow diamond, named as left out): none missing from the map
    duo = open_app(f"view=map&lang={lang}&ind=targets_met&measure=level&period=2023")
    duo.wait_for_element("#map-graph .scatterlayer .point", timeout=10)
    r = duo.driver.execute_script(MAP_MARKS)
    names, caption = MAP_CASES[lang]
    assert len(r["points"]) == len(names), r
    assert sorted(n["text"] for n in r["names"]) == sorted(names), r
    assert r["shapes"] == 0, r                                  # no made-up outlines
    plot = r["plot"]
    for box in r["points"] + r["names"]:                        # every dot and its name inside the plot
        assert plot["left"] - 1 <= box["left"] and box["right"] <= plot["right"] + 1, (box, plot)
        assert plot["top"] - 1 <= box["top"] and box["bottom"] <= plot["bottom"] + 1, (box, plot)
    assert norm(duo.find_element(".view-map .chart-note").text) == caption
    assert names[-1] in norm(duo.find_element("#map-left-out").text)


def test_scatter_pairs_poverty_with_income(open_app):
    duo = open_app("view=scatter&lang=en&ind=poverty_rate")
    duo.wait_for_element("#scatter-graph .scatterlayer .point", timeout=10)
    assert norm(duo.find_element(".view-scatter .chart-title").text) == "Poverty rate against income per capita"
    assert [norm(e.text) for e in duo.find_elements("#scatter-graph .textpoint text")] == ["Trà Cú District"]
    assert "lower is better" in norm(duo.find_element("#scatter-graph .ytitle").text)
    assert "Trần Đề District" in norm(duo.find_element("#scatter-no-data").text)


def test_trend_with_one_period_says_so(open_app):
    duo = open_app("view=trend&lang=en")
    duo.wait_for_contains_text(".view-trend", "two periods of the same kind", timeout=10)
    assert duo.find_elements("#trend-graph") == []
    assert "Poverty rate (2023)" in norm(duo.find_element("#trend-single").text)


def test_trend_draws_a_series_with_its_target_and_the_term_change(open_app, series_data_dir):
    duo = open_app(f"view=trend&lang=vi&dist={TRAN_DE}&inds=poverty_rate", data_dir=series_data_dir)
    duo.wait_for_element("#trend-graph .scatterlayer .point", timeout=10)
    ticks = [norm(e.text) for e in duo.find_elements("#trend-graph .xtick text")]
    assert ticks[:3] == ["năm 2020", "năm 2022", "năm 2023"] and "năm 2025" in ticks, ticks
    assert "chỉ tiêu năm 2025" in [norm(e.text) for e in duo.find_elements("#trend-graph .textpoint text")]
    change = norm(duo.find_element("#trend-changes").text)
    assert "−2,31 điểm %" in change and "năm 2020 (đầu nhiệm kỳ)" in change


def test_compare_shows_the_change_between_two_chosen_periods(open_app, series_data_dir):
    from urllib.parse import parse_qs, urlparse

    from selenium.webdriver.common.by import By

    duo = open_app("view=compare&lang=vi&ind=poverty_rate&measure=level&period=2023&prov=94,84",
                   data_dir=series_data_dir)
    duo.wait_for_element("#compare-graph .bartext", timeout=10)
    duo.find_element("#f-base").click()
    menu = duo.wait_for_element(".dash-dropdown-options", timeout=5)
    labels = [norm(o.text) for o in menu.find_elements(By.CSS_SELECTOR, ".dash-dropdown-option")]
    assert labels == ["Năm 2022", "Năm 2020"], labels      # the indicator's other periods, newest first
    menu.find_elements(By.CSS_SELECTOR, ".dash-dropdown-option")[0].click()
    duo.wait_for_contains_text(".chart-title", "thay đổi từ năm 2022 đến năm 2023", timeout=10)
    assert parse_qs(urlparse(duo.driver.current_url).query)["from"] == ["2022"]
    assert "thay đổi theo điểm %" in norm(duo.find_element(".chart-subtitle").text)
    assert [norm(e.text) for e in duo.find_elements("#compare-graph .bartext")] == ["−0,81 điểm %"]
    left = norm(duo.find_element("#compare-left-out").text)
    assert left == "Không tính, chỉ có số liệu của một trong hai kỳ: Huyện Trà Cú (chỉ có năm 2023)."


def test_a_change_carries_its_sign_and_the_hover_names_both_periods(open_app, series_data_dir):
    from selenium.webdriver.common.action_chains import ActionChains

    duo = open_app("view=compare&lang=vi&ind=output_per_ha&measure=level&period=2023&from=2022&prov=94,84",
                   data_dir=series_data_dir)
    duo.wait_for_contains_text(".chart-title", "thay đổi từ năm 2022 đến năm 2023", timeout=10)
    duo.wait_for_element("#compare-graph .bartext", timeout=10)
    assert [norm(e.text) for e in duo.find_elements("#compare-graph .bartext")] == ["+16", "−13"]
    bar = duo.find_elements("#compare-graph .bars .point path")[0]
    ActionChains(duo.driver).move_to_element(bar).pause(0.5).perform()
    hover = norm(duo.wait_for_element("#compare-graph .hoverlayer .hovertext", timeout=5).text)
    assert "Giá trị: +16 triệu đồng/ha" in hover, hover
    assert "Thay đổi: từ năm 2022 đến năm 2023" in hover, hover


VISIBLE_NAMES = """
    return [...document.querySelectorAll('#content .chart-title, #content .chart-subtitle, #content .no-data-list,'
                                         + ' #content .js-plotly-plot text, #content .target-line')]
        .filter(e => e.getBoundingClientRect().width > 0).map(e => e.textContent);"""


@pytest.mark.parametrize("query, ready", [("view=targets&lang=en", ".view-targets .js-plotly-plot .angular"),
                                          ("view=scatter&lang=en&ind=targets_met&period=2023",
                                           "#scatter-graph .legendtext"),
                                          ("view=compare&lang=en&ind=targets_met&period=2023",
                                           "#compare-graph .legendtext")])
def test_the_english_page_names_districts_and_provinces_in_english(open_app, query, ready):
    # 'Huyện Phụng Hiệp — Progress on resolution targets', 'Tỉnh Hậu Giang · 2023 · …' and the legend's 'Tỉnh Sóc
    # Trăng' stayed Vietnamese on the English page
    duo = open_app(query)
    duo.wait_for_element(ready, timeout=15)
    texts = duo.driver.execute_script(VISIBLE_NAMES)
    words = " | ".join(norm(x) for x in texts)
    for word in ("Huyện ", "Tỉnh ", "Thành phố ", "Thị xã "):
        assert word not in words, words
    assert "Province" in words and ("District" in words or "City" in words), words
