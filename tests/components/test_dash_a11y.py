"""Keyboard and language gaps of the page shell and the compare view: the filter disclosure, "Copy link", the
keyboard list of plotted values, district labels that tell shared names apart, plotly's config per language."""
import re

import pandas as pd
import pytest
from dash import dcc, html

from components.compare import bar_points, build_compare, chart_block, compare_layout
from components.filters import district_options
from components.i18n import NBSP, STRINGS, place_label, t
from components.layout import CONTROL_IDS, app_shell, header
from components.selection import scope_places
from components.state import parse_state
from components.theme import GRAPH_CONFIG, graph_config


def walk(node):
    """Every component under `node` (itself included), in document order."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        children = getattr(n, "children", None)
        if isinstance(children, (list, tuple)):
            stack.extend(reversed([c for c in children if hasattr(c, "to_plotly_json")]))
        elif hasattr(children, "to_plotly_json"):
            stack.append(children)


def by_id(node, cid):
    return next(n for n in walk(node) if getattr(n, "id", None) == cid)


def prop(component, name):
    return component.to_plotly_json()["props"].get(name)


# ---------------------------------------------------------------- filter panel: a button, not <details>

def test_filter_panel_is_a_disclosure_button_not_details():
    shell = app_shell()
    assert not [n for n in walk(shell) if isinstance(n, (html.Details, html.Summary))]
    toggle = by_id(shell, "controls-toggle")
    assert isinstance(toggle, html.Button)
    assert prop(toggle, "aria-expanded") == "true" and prop(toggle, "aria-controls") == "controls-panel"
    assert by_id(toggle, "controls-title") is not None            # the button's text is the panel's heading
    panel = by_id(shell, "controls-panel")
    assert {f"ctl-{n}" for n in CONTROL_IDS} <= {n.id for n in walk(panel) if isinstance(getattr(n, "id", None), str)}


def test_filter_toggle_is_wired(sample_data_dir, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    import app

    outputs = {k for k in app.app.callback_map if "controls-toggle.aria-expanded" in k}
    assert outputs and "controls-panel.className" in next(iter(outputs))


# ---------------------------------------------------------------- copy link

def _header(lang="vi"):
    state, _ = parse_state(f"?view=compare&lang={lang}")
    vintage = {"built_at": "2024-02-01 08:00 UTC", "documents": 5, "documents_ok": 5, "facts": 53}
    return header(state, vintage=vintage, lang=lang, url="http://x/?view=compare")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_copy_link_is_a_real_button(lang):
    h = _header(lang)
    button = by_id(h, "copy-link-button")
    assert isinstance(button, html.Button) and button.children == t("app.copy_link", lang)
    assert isinstance(by_id(h, "copy-link"), dcc.Clipboard)       # the icon it works stays


# ---------------------------------------------------------------- compare: keyboard list of the plotted values

def _compare(ds, lang="vi", **kw):
    places = scope_places(ds.places)[0]
    return build_compare(ds.facts, places, indicator="poverty_rate", lang=lang, figure_type="dict", **kw)


def test_compare_lists_plotted_values_as_passage_links(sample_dataset):
    r = _compare(sample_dataset)
    facts = sample_dataset.facts.set_index("fact_id")
    box = by_id(compare_layout(r, lang="vi"), "compare-values")
    # one HTML string (light to send for 700 districts), read back as links
    markup = next(n for n in walk(box) if isinstance(n, dcc.Markdown))
    assert markup.dangerously_allow_html
    links = re.findall(r'<a class="passage-link" href="(#fact=[^"]+)"[^>]*>(.*?)</a>', markup.children)
    hrefs = [href for href, _ in links]
    # rank order (lower is better: Trần Đề first), each the same #fact=<id> a bar click sets
    assert [facts.loc[h[len("#fact="):], "place_name"] for h in hrefs] == ["Huyện Trần Đề", "Huyện Trà Cú"]
    texts = [re.sub(r"<[^>]+>", "", inner) for _, inner in links]
    assert texts == [f"Huyện Trần Đề:{NBSP}1,59{NBSP}%", f"Huyện Trà Cú:{NBSP}2,33{NBSP}%"]
    assert t("compare.values_list", "vi") in str(box.children[0].children)
    assert prop(box, "aria-labelledby") == "compare-values-title"


def test_compare_value_links_match_the_bars_and_go_figures(sample_dataset):
    r_dict = _compare(sample_dataset, lang="en")
    places = scope_places(sample_dataset.places)[0]
    r_go = build_compare(sample_dataset.facts, places, indicator="poverty_rate", lang="en")
    assert bar_points(r_dict.spec.figure) == bar_points(r_go.spec.figure)
    assert [p[1] for p in bar_points(r_go.spec.figure)] == ["1.59%", "2.33%"]
    assert [p[2] for p in bar_points(r_go.spec.figure)] == [c[-1] for c in r_go.spec.figure.data[0].customdata]


def test_briefing_has_no_value_list(sample_dataset):
    r = _compare(sample_dataset, briefing=True)
    assert "compare-values" not in [getattr(n, "id", None) for n in walk(compare_layout(r, lang="vi", briefing=True))]


# ---------------------------------------------------------------- district search: shared names say their province

def _places():
    rows = [("ben-tre/huyen-chau-thanh", "Huyện Châu Thành", "Tỉnh Bến Tre", "83", 0),
            ("ben-tre/huyen-giong-trom", "Huyện Giồng Trôm", "Tỉnh Bến Tre", "83", 3),
            ("soc-trang/huyen-chau-thanh", "Huyện Châu Thành", "Tỉnh Sóc Trăng", "94", 0),
            ("can-tho/huyen-phong-dien", "Huyện Phong Điền", "Thành phố Cần Thơ", "92", 0),
            ("can-tho/huyen-chau-thanh", "Huyện Châu Thành", "Thành phố Cần Thơ", "92", 1)]
    return pd.DataFrame(rows, columns=["place_id", "place_name", "province", "province_code", "n_facts"])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_shared_district_names_carry_their_province(lang):
    opts = {o["value"]: o for o in district_options(_places(), lang=lang)}
    labels = [o["label"] for v, o in opts.items() if "chau-thanh" in v]
    assert len(set(labels)) == 3                                  # no two identical entries any more
    name = place_label("Huyện Châu Thành", lang)                  # 'Châu Thành District' in English
    assert f"{name} (Bến Tre)" in opts["ben-tre/huyen-chau-thanh"]["label"]
    assert f"{name} (Cần Thơ)" in opts["can-tho/huyen-chau-thanh"]["label"]
    assert opts["ben-tre/huyen-chau-thanh"]["label"].endswith(t("filter.district.nodata", lang))
    # a name used once stays short
    assert opts["ben-tre/huyen-giong-trom"]["label"].strip() == place_label("Huyện Giồng Trôm", lang)


def test_shared_names_say_their_province_even_when_one_province_is_listed():
    opts = district_options(_places(), provinces=["94"], lang="vi")
    assert "(Sóc Trăng)" in opts[1]["label"]


def test_district_search_matches_the_province():
    opts = {o["value"]: o for o in district_options(_places(), lang="vi")}
    for value, o in opts.items():
        if value.startswith("all:"):
            continue
        # dcc.Dropdown searches label, value ("ben-tre/…": the province without diacritics) and "search" (with them)
        assert o["search"] == _places().set_index("place_id").loc[value, "province"]


# ---------------------------------------------------------------- plotly config follows the language

@pytest.mark.parametrize("lang", ["vi", "en"])
def test_graph_config_has_the_page_language_and_no_cloud(lang):
    config = graph_config(lang)
    assert config["locale"] == lang
    assert config["showSendToCloud"] is False and config["showEditInChartStudio"] is False
    assert {"sendChartToCloud", "toImage"} <= set(config["modeBarButtonsToRemove"])
    assert "locale" not in GRAPH_CONFIG                          # the shared part stays language-free


def test_chart_block_graph_gets_the_language(sample_dataset):
    for lang in ("vi", "en"):
        spec = _compare(sample_dataset, lang=lang).spec
        graph = next(n for n in walk(chart_block(spec, lang=lang, graph_id="g")) if isinstance(n, dcc.Graph))
        assert graph.config["locale"] == lang and graph.config["showSendToCloud"] is False


def test_vietnamese_plotly_dictionary_is_shipped():
    from pathlib import Path

    js = (Path(__file__).resolve().parents[2] / "assets" / "plotly-locale-vi.js").read_text(encoding="utf-8")
    assert 'name: "vi"' in js and "Plotly.register" in js
    assert '"Double-click to zoom back out"' in js and '"Reset axes"' in js


# ---------------------------------------------------------------- texts

def test_english_writes_percent_without_space():
    for key in ("targets.marker_note", "targets.rule"):
        assert "100 %" not in t(key, "en") and "100%" in t(key, "en"), key
        assert "100 %" in t(key, "vi"), key              # Vietnamese keeps its space


def test_targets_tab_is_not_the_indicator_filter_in_vietnamese():
    assert t("view.targets", "vi") == "Tiến độ"
    assert t("view.targets", "vi") != t("filter.indicator", "vi")
    assert t("targets.title", "vi") == "Tiến độ chỉ tiêu nghị quyết"


def test_new_keys_exist_in_both_languages():
    for key in ("compare.values_list", "msg.error_close"):
        assert STRINGS["vi"][key] and STRINGS["en"][key] and STRINGS["vi"][key] != STRINGS["en"][key]
