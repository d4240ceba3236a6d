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
    const q = s => [...document.querySelectorAll('#compare-graph ' + s)].map(r).sort((a, b) => a.top - b.top);
    return {svg: r(document.querySelector('#compare-graph .main-svg')), inner: window.innerWidth,
            names: q('.yaxislayer-above .ytick text'), values: q('.y2tick text'),
            bars: q('.barlayer .trace:first-child .point path').filter(b => b.width > 0),
            title: r(document.querySelector('#compare-graph .xtitle, #compare-graph .x2title')),
            xticks: [...document.querySelectorAll('#compare-graph .xtick text, #compare-graph .x2tick text')].filter(e => e.textContent && r(e).width > 0)
                .map(e => ({text: e.textContent, ...r(e)})),
            no_data: [...document.querySelectorAll('#compare-graph text')]
                .filter(e => e.textContent.trim() === arguments[0]).map(r),
            clipped: [...document.querySelectorAll('#compare-graph text')]
                .filter(e => e.textContent.trim() === arguments[0]).map(e => !!e.closest('[clip-path]'))};"""

NO_DATA = {"vi": "không có số liệu", "en": "no data"}


def _apart(a, b, tol: float = 1) -> bool:
    return a["right"] <= b["left"] + tol or b["right"] <= a["left"] + tol or a["bottom"] <= b["top"] + tol \
        or b["bottom"] <= a["top"] + tol


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_ranking_gives_the_bars_the_phones_width(phone, lang):
    # each row: the district's name on the left and '17/17 (100 %)' on the right, above a bar that may take the
    # whole width (a name column would leave the bars a third of a phone)
    duo = phone(f"view=compare&lang={lang}&ind=targets_met&measure=level&period=2023",
                "#compare-graph .y2tick text")
    r = duo.driver.execute_script(RECTS, NO_DATA[lang])
    svg = r["svg"]
    assert svg["right"] <= r["inner"] + 1 and svg["width"] >= 0.8 * r["inner"], r
    assert len(r["names"]) == 4 and len(r["values"]) == 3 and len(r["bars"]) == 3, r   # 3 ranked + 'no data'
    assert max(b["width"] for b in r["bars"]) >= 0.85 * svg["width"], r
    for name, value, bar in zip(r["names"], r["values"], r["bars"]):
        assert svg["left"] - 1 <= name["left"] and value["right"] <= svg["right"] + 1, (name, value)
        assert name["right"] < value["left"], (name, value)               # on one line, not over each other
        assert abs(name["bottom"] - value["bottom"]) < 3, (name, value)
        assert name["bottom"] <= bar["top"] + 1 and value["bottom"] <= bar["top"] + 1, (name, value, bar)
    # the axis title (unit and median) is inside the chart
    assert svg["left"] - 1 <= r["title"]["left"] and r["title"]["right"] <= svg["right"] + 1, r
    # the "no data" row's text is not clipped by the plot area, nor under its name
    assert r["clipped"] == [False], r


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_ranking_axis_shows_its_ticks_from_zero_inside_the_chart(phone, lang):
    # plotly hides a tick label that passes the chart's edge: with 4 px margins it dropped 0 and 100, leaving '50'
    duo = phone(f"view=compare&lang={lang}&ind=targets_met&measure=level&period=2023", "#compare-graph .y2tick text")
    r = duo.driver.execute_script(RECTS, NO_DATA[lang])
    svg, ticks = r["svg"], sorted(r["xticks"], key=lambda x: x["left"])
    assert [x["text"] for x in ticks] == ["0", "50", "100"], ticks
    for tick in ticks:
        assert svg["left"] <= tick["left"] and tick["right"] <= svg["right"], (tick, svg)
    for a, b in zip(ticks, ticks[1:]):
        assert a["right"] + 8 <= b["left"], (a, b)                       # readable: apart, not run together


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_no_data_row_stands_as_far_from_its_name_as_a_bar(phone, lang):
    # 'no data' sat right under the district's name, tighter than any bar: it takes the band a bar would take
    duo = phone(f"view=compare&lang={lang}&ind=targets_met&measure=level&period=2023", "#compare-graph .y2tick text")
    r = duo.driver.execute_script(RECTS, NO_DATA[lang])
    names, bars, (text,) = r["names"], r["bars"], r["no_data"]
    gaps = [(b["top"] + b["bottom"]) / 2 - n["bottom"] for n, b in zip(names, bars)]
    gap = (text["top"] + text["bottom"]) / 2 - names[-1]["bottom"]
    assert max(gaps) - min(gaps) < 1, gaps
    assert abs(gap - gaps[0]) < 2, (gap, gaps, r)
    assert abs(text["left"] - bars[0]["left"]) < 12, (text, bars[0])      # it starts from the zero line


SEGMENTS = """
    const p = document.querySelector('#compare-graph .shapelayer path');
    const m = p.getScreenCTM();
    const n = p.getAttribute('d').match(/-?[0-9.]+/g).map(Number);
    const pts = [];
    for (let i = 0; i + 1 < n.length; i += 2) { const q = new DOMPoint(n[i], n[i + 1]).matrixTransform(m);
                                                pts.push([q.x, q.y]); }
    const r = e => e.getBoundingClientRect().toJSON();
    return {segments: pts, labels: [...document.querySelectorAll(
        '#compare-graph .yaxislayer-above .ytick text, #compare-graph .y2tick text')].map(r)};"""


def test_the_median_never_runs_through_a_name_or_value_at_phone_width(phone):
    # median 246 of 287, 246 and 203: the names and values of the rows sit across the median's x
    duo = phone("view=compare&lang=vi&ind=output_per_ha&measure=level", "#compare-graph .shapelayer path")
    r = duo.driver.execute_script(SEGMENTS)
    points = r["segments"]
    segments = list(zip(points[::2], points[1::2]))
    assert segments and len(r["labels"]) >= 6, r
    drawn = sum(abs(y1 - y0) for (_, y0), (_, y1) in segments)
    assert drawn < 0.4 * (segments[-1][1][1] - segments[0][0][1]), r    # dashes in the gaps, not one line
    for label in r["labels"]:
        for (x0, y0), (_, y1) in segments:
            crosses = label["left"] < x0 < label["right"] and min(y0, y1) < label["bottom"] \
                and max(y0, y1) > label["top"]
            assert not crosses, (label, (x0, y0, y1))


MAP_RECTS = """
    const r = e => e.getBoundingClientRect().toJSON();
    return {svg: r(document.querySelector('#map-graph .main-svg')), inner: window.innerWidth,
            dots: [...document.querySelectorAll('#map-graph .scatterlayer .trace:first-child .point')].map(r),
            hollow: [...document.querySelectorAll('#map-graph .scatterlayer .trace:nth-child(2) .point')].map(r),
            hollow_names: [...document.querySelectorAll('#map-graph .scatterlayer .trace:nth-child(2) .textpoint text')]
                .filter(e => e.textContent).map(e => ({text: e.textContent, ...r(e)})),
            legend: [...document.querySelectorAll('#map-graph .legendtext')].map(e => e.textContent),
            names: [...document.querySelectorAll('#map-graph .scatterlayer .textpoint text')]
                .filter(e => e.textContent).map(r),
            dot_names: [...document.querySelectorAll('#map-graph .scatterlayer .trace:first-child .textpoint text')]
                .filter(e => e.textContent).map(r),
            outlines: [...document.querySelectorAll('#map-graph .shapelayer path')].map(r),
            colorbar: r(document.querySelector('#map-graph .colorbar'))};"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_map_takes_the_width_and_its_names_do_not_collide(phone, lang):
    duo = phone(f"view=map&lang={lang}&ind=poverty_rate&measure=level&prov=94,84",
                "#map-graph .scatterlayer .textpoint text")
    r = duo.driver.execute_script(MAP_RECTS)
    svg, bar = r["svg"], r["colorbar"]
    assert svg["right"] <= r["inner"] + 1, r
    # the colour bar lies under the map (beside it, it took 140 px of a 390 px phone), inside the chart
    dots_bottom = max(d["bottom"] for d in r["dots"])
    assert bar["top"] >= dots_bottom and bar["width"] >= 0.6 * svg["width"] and bar["right"] <= svg["right"] + 1, r
    # no outlines (the gazetteer has no borders); the dots fill the map's width or its height, not a corner of it
    assert r["outlines"] == [], r
    marks = r["dots"] + r["hollow"]
    width = max(o["right"] for o in marks) - min(o["left"] for o in marks)
    height = max(o["bottom"] for o in marks) - min(o["top"] for o in marks)
    assert width >= 0.5 * svg["width"] or height >= 200, (width, height, r)
    # every dot with a figure named; the hollow ones as far as free sides allow
    assert len(r["dots"]) + len(r["hollow"]) >= len(r["names"]) >= len(r["dots"]) >= 2, r
    for i, a in enumerate(r["names"]):
        assert svg["left"] - 1 <= a["left"] and a["right"] <= svg["right"] + 1, a
        for b in r["names"][i + 1:]:
            assert _apart(a, b), (a, b)
        # a text's box is a line high: beside a hollow dot (10 px) it may reach 2 px past the glyphs; a figure's
        # name with no other free side may cover a hollow mark, a hollow mark's name never covers a mark
        for b in r["dots"] + ([] if a in r["dot_names"] else r["hollow"]):
            assert _apart(a, b, tol=2), (a, b)
    # every dot with a figure is named: the few on a phone, with no hover to ask
    assert len(r["dot_names"]) == len(r["dots"]), r


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_map_names_the_hollow_no_data_dots(phone, lang):
    # Giồng Trôm has no 2023 count of targets met: its hollow dot carries its name (beside it, clear of the
    # other names and dots), and the legend says what a hollow dot is
    duo = phone(f"view=map&lang={lang}&ind=targets_met&measure=level&period=2023",
                "#map-graph .scatterlayer .textpoint text")
    r = duo.driver.execute_script(MAP_RECTS)
    (dot,), (name,) = r["hollow"], r["hollow_names"]
    assert name["text"] == {"vi": "Huyện Giồng Trôm", "en": "Giồng Trôm District"}[lang], r
    near = max(name["left"] - dot["right"], dot["left"] - name["right"], name["top"] - dot["bottom"],
               dot["top"] - name["bottom"])
    assert 0 <= near <= 12, (name, dot)
    assert r["svg"]["left"] - 1 <= name["left"] and name["right"] <= r["svg"]["right"] + 1, name
    for other in r["dots"] + [n for n in r["names"] if n != {k: v for k, v in name.items() if k != "text"}]:
        assert _apart(name, other), (name, other)
    assert NO_DATA[lang] in r["legend"], r


def test_menus_stay_on_screen_at_phone_width(phone):
    duo = phone("view=compare&lang=vi&ind=targets_met", "#compare-graph .y2tick text")
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


SCATTER_RECTS = """
    const r = e => e.getBoundingClientRect().toJSON();
    const all = s => [...document.querySelectorAll('#scatter-graph ' + s)].map(r);
    return {svg: r(document.querySelector('#scatter-graph .main-svg')),
            names: [...document.querySelectorAll('#scatter-graph .textpoint text')].filter(e => e.textContent)
                .map(e => ({text: e.textContent, ...r(e)})),
            titles: all('.xtitle, .ytitle')};"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_scatter_keeps_its_names_and_axis_titles_inside_the_chart(phone, lang):
    # 'Thành phố Sóc Trăng' at the right edge was cut to 'Thành phố Sóc Trăn', and the x title to
    # '…nhập bình quân đầu người (triệu đồng/người) · cao hơn'
    duo = phone(f"view=scatter&lang={lang}&ind=targets_met&period=2023", "#scatter-graph .textpoint text")
    r = duo.driver.execute_script(SCATTER_RECTS)
    svg = r["svg"]
    assert len(r["names"]) == 2 and len(r["titles"]) == 2, r
    for box in r["names"] + r["titles"]:
        assert svg["left"] - 1 <= box["left"] and box["right"] <= svg["right"] + 1, (box, svg)
        assert svg["top"] - 1 <= box["top"] and box["bottom"] <= svg["bottom"] + 1, (box, svg)


TARGET_RECTS = """
    const r = e => e.getBoundingClientRect().toJSON();
    return [...document.querySelectorAll('.view-targets .js-plotly-plot')].map(g => ({
        svg: r(g.querySelector('.main-svg')),
        texts: [...g.querySelectorAll('.annotation-text')].map(e => ({text: e.textContent, ...r(e)})),
        bars: [...g.querySelectorAll('.bullet rect, .bullet path')].map(r).filter(b => b.width > 0 && b.height > 0)
    }));"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_targets_bullet_names_are_whole_and_clear_of_their_bars(phone, lang):
    # the names' column of 40 % wrapped 'Tổng vốn đầu tư toàn xã hội' over its bar: on a phone each name is one
    # line above a bar across the card
    duo = phone(f"view=targets&lang={lang}", ".view-targets .js-plotly-plot .annotation-text")
    cards = duo.driver.execute_script(TARGET_RECTS)
    assert sum(len(c["bars"]) for c in cards) >= 10, cards
    for card in cards:
        svg = card["svg"]
        for text in card["texts"]:
            assert svg["left"] - 1 <= text["left"] and text["right"] <= svg["right"] + 1, (text, svg)
            for bar in card["bars"]:
                assert _apart(text, bar), (text, bar)


GAUGE_RECTS = """
    const r = e => e.getBoundingClientRect().toJSON();
    return [...document.querySelectorAll('.view-targets .js-plotly-plot')].map(g => ({
        svg: r(g.querySelector('.main-svg')),
        dials: [...g.querySelectorAll('.indicatorlayer .angular')].map(r),
        ticks: [...g.querySelectorAll('.xangularaxistick text, .xbulletaxistick text')]
            .filter(e => e.textContent).map(e => parseFloat(getComputedStyle(e).fontSize)),
        below: [...g.querySelectorAll('.annotation-text, .bullet')].map(r).filter(b => b.height > 0)
            .map(b => b.top)}));"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_targets_gauges_use_the_width_with_legible_ticks_and_no_empty_band(phone, lang):
    # two dials side by side in 390 px were drawn a third of the card wide over a large empty band, with 9–10 px
    # tick labels: on a phone each dial has its own row across the card and the next thing follows it closely
    duo = phone(f"view=targets&lang={lang}", ".view-targets .js-plotly-plot .angular")
    cards = duo.driver.execute_script(GAUGE_RECTS)
    assert sum(len(c["dials"]) for c in cards) >= 4, cards
    for card in cards:
        svg = card["svg"]
        assert card["ticks"] and min(card["ticks"]) >= 12, card["ticks"]
        dials = sorted(card["dials"], key=lambda d: d["top"])
        for dial in dials:
            assert dial["width"] >= 0.7 * svg["width"], (dial, svg)
        for upper, lower in zip(dials, dials[1:]):
            assert upper["bottom"] <= lower["top"], (upper, lower)
        after = [top for top in card["below"] if top >= dials[-1]["bottom"] - 1]
        end = min(after) if after else svg["bottom"]
        assert end - dials[-1]["bottom"] <= 40, (dials[-1], end)


@pytest.mark.parametrize("lang, words", [("vi", "Vuốt ngang"), ("en", "Swipe sideways")])
def test_phone_tables_say_they_scroll_sideways_and_the_desktop_does_not(phone, lang, words):
    # the Data grid and the scorecard show their first columns only on a phone: a visible line says there is more
    for query, ready in ((f"view=data&lang={lang}", "#data-grid"), (f"view=scorecard&lang={lang}", "#scorecard-graph")):
        duo = phone(query, ready)
        hints = [e for e in duo.driver.find_elements("css selector", ".swipe-hint") if e.is_displayed()]
        assert hints and words in hints[0].text, query
    duo.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    duo.driver.set_window_size(1400, 900)
    duo.driver.get(duo.server_url + f"/?view=data&lang={lang}")
    duo.wait_for_element("#data-grid", timeout=15)
    assert not [e for e in duo.driver.find_elements("css selector", ".swipe-hint") if e.is_displayed()]


GRID_CELLS = """
    const r = e => e.getBoundingClientRect().toJSON();
    const cells = id => [...document.querySelectorAll('#data-grid .ag-row:not(.ag-opacity-zero) .ag-cell[col-id="' + id + '"]')]
        .filter(e => r(e).height > 0).slice(0, 6).map(e => ({text: e.innerText.trim(), ...r(e)}));
    const head = id => { const e = document.querySelector('#data-grid .ag-header-cell[col-id="' + id + '"]');
                         return e ? r(e) : null; };   // a column scrolled far off is not drawn
    return {inner: window.innerWidth, grid: r(document.querySelector('#data-grid')),
            place: cells('place'), value: cells('value'), indicator: cells('indicator'),
            place_head: head('place'), value_head: head('value')};"""


def _inside(box, outer, tol: float = 1) -> bool:
    return outer["left"] - tol <= box["left"] and box["right"] <= outer["right"] + tol


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_data_grid_shows_district_and_value_and_keeps_the_district_while_scrolling(phone, lang):
    # at 390 px the grid showed District and half of Indicator: Value, Period and Unit were off screen
    duo = phone(f"view=data&lang={lang}", "#data-grid .ag-cell[col-id='value']")
    before = duo.driver.execute_script(GRID_CELLS)
    assert before["inner"] == PHONE["width"], before["inner"]             # the page is not wider than the phone
    view = {"left": 0, "right": before["inner"]}
    assert before["place"] and before["value"], before
    for cell in before["place"] + before["value"] + [before["place_head"], before["value_head"]]:
        assert _inside(cell, view) and _inside(cell, before["grid"]), cell
    assert all(c["text"] for c in before["place"] + before["value"]), before
    # the other columns scroll sideways under the District column, which stays where it was, readable
    duo.driver.execute_script("""
        for (const s of ['.ag-body-horizontal-scroll-viewport', '.ag-center-cols-viewport']) {
            const e = document.querySelector('#data-grid ' + s); e.scrollLeft = 600;
            e.dispatchEvent(new Event('scroll')); }""")
    time.sleep(0.6)
    after = duo.driver.execute_script(GRID_CELLS)
    assert after["indicator"] and after["indicator"][0]["right"] < before["indicator"][0]["left"], (before, after)
    assert [c["text"] for c in after["place"]] == [c["text"] for c in before["place"]]
    for a, b in zip(after["place"], before["place"]):
        assert _inside(a, view) and abs(a["left"] - b["left"]) < 1, (a, b)
        assert a["width"] >= 90, a


SCORECARD_RECTS = """
    const r = e => e.getBoundingClientRect().toJSON();
    const legend = document.querySelector('#scorecard-legend');
    return {inner: window.innerWidth, box: r(document.querySelector('.view-scorecard .scroll-x')),
            legend: legend ? {text: legend.innerText, ...r(legend)} : null,
            colorbar: document.querySelectorAll('#scorecard-graph .colorbar').length,
            columns: [...document.querySelectorAll('#scorecard-graph .xtick text')].map(r),
            labels: [...document.querySelectorAll('#scorecard-graph .yaxislayer-above .ytick text')]
                .map(e => ({text: e.textContent, size: parseFloat(getComputedStyle(e).fontSize), ...r(e)}))};"""


@pytest.mark.parametrize("lang, words", [("vi", ("Thứ hạng", "tốt nhất", "kém nhất")),
                                         ("en", ("Rank", "best", "worst"))])
def test_phone_scorecard_shows_labels_two_columns_and_its_colour_legend(phone, lang, words):
    # the labels took half the phone and left one district column; the colour bar sat off screen at the far right
    duo = phone(f"view=scorecard&lang={lang}&measure=level", "#scorecard-graph .heatmaplayer")
    r = duo.driver.execute_script(SCORECARD_RECTS)
    assert r["inner"] == PHONE["width"], r["inner"]
    view = {"left": 0, "right": r["inner"]}
    legend = r["legend"]
    assert legend and all(w in legend["text"] for w in words) and _inside(legend, view), r
    assert legend["top"] >= 0 and legend["bottom"] <= r["box"]["top"] + 1, r       # above the grid, not under it
    assert r["colorbar"] == 0, r
    assert sum(_inside(c, r["box"]) for c in r["columns"]) >= 2, r
    assert r["labels"] and min(x["size"] for x in r["labels"]) >= 10, r
    assert max(x["right"] for x in r["labels"]) - r["box"]["left"] <= 0.5 * r["box"]["width"], r
    duo.driver.execute_script("""const b = document.querySelector('.view-scorecard .scroll-x');
                                 b.scrollLeft = 300; b.dispatchEvent(new Event('scroll'));""")
    time.sleep(0.3)
    after = duo.driver.execute_script(SCORECARD_RECTS)
    assert after["legend"] == legend, after                                       # it does not scroll away
    for label in after["labels"]:
        assert _inside(label, view) and label["text"], label


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_review_cards_stay_inside_the_screen(phone, lang):
    # a 10rem label beside 'Unreviewed' and a value such as 'over 14,120 billion VND' made the page 413 px wide
    duo = phone(f"view=review&lang={lang}", ".review-item")
    r = duo.driver.execute_script("""
        // the seeds' longest value and label (the sample's are shorter) in the first card
        const first = document.querySelector('.review-item');
        const long = [['.review-status', 'Unreviewed'], ['.review-item-value', 'estimate\u00a016,817.5\u00a0billion\u00a0VND'],
                      ['.review-item-name', 'Production value per hectare of farm and aquaculture land · Trà Cú']];
        for (const [sel, text] of long) { first.querySelector(sel).textContent = text; }
        const r = e => e.getBoundingClientRect().toJSON();
        return {inner: window.innerWidth, page: document.documentElement.scrollWidth,
                items: [...document.querySelectorAll('.review-item')].slice(0, 12).map(e => ({
                    text: e.innerText, ...r(e), parts: [...e.children].map(r)}))};""")
    # a phone widens its layout viewport to a page wider than the screen (and zooms out): 390, not innerWidth
    assert r["items"] and r["page"] <= PHONE["width"] and r["inner"] == PHONE["width"], (r["page"], r["inner"])
    for item in r["items"]:
        assert item["left"] >= 0 and item["right"] <= PHONE["width"] + 1, item
        for part in item["parts"]:
            assert part["right"] <= item["right"] + 1, (part, item)
