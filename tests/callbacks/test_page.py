"""The page callback's logic (callbacks.page.page_update) and the first page built from it, without a browser."""
import pytest
from dash import no_update
from dash.exceptions import PreventUpdate
from plotly.io.json import to_json_plotly

from callbacks.page import _outputs, first_page, page_update, page_values, state_from_controls
from components.layout import app_shell
from components.state import parse_state
from data_access import Dataset

CONTROLS = dict(province=None, district=None, indicator=None, measure=None, period=None, base=None, indicators=None,
                place=None)


def run(ds, search, *, trigger=None, prev=None, **controls):
    return page_update(ds, trigger=trigger, search=search, controls={**CONTROLS, **controls}, prev=prev)


def test_url_sets_filters_and_content(sample_dataset):
    out = run(sample_dataset, "?view=compare&lang=en&prov=94&ind=poverty_rate&measure=level&period=latest")
    assert out["search"] is no_update                      # the address stays as typed
    assert out["province_value"] == ["94"] and out["indicator_value"] == "poverty_rate"
    assert out["root_lang"] == "en" and out["controls_title"] == "Filters"
    assert out["district_options"][0]["value"] == "all:94"
    assert out["indicator_class"] == "control" and out["indicators_class"] == "control d-none"
    assert "Poverty rate" in str(out["content"])
    assert out["notices"] is None


def test_first_visit_opens_on_the_indicator_and_period_with_most_districts(sample_dataset):
    out = run(sample_dataset, "?view=compare&lang=en")
    assert out["indicator_value"] == "targets_met" and out["period_value"] == "2023"
    assert "Resolution targets met" in str(out["content"])
    # the list counts districts with data in the chosen period (4 in 2023; a fifth has only Q1 2023)
    assert "Resolution targets met (targets) · 4 districts with data" in str(out["indicator_options"])


def test_change_from_lists_the_indicators_other_periods_and_follows_the_indicator(sample_dataset):
    out = run(sample_dataset, "?view=compare&lang=en&ind=targets_met&period=2023")
    assert [o["value"] for o in out["base_options"]] == ["2023-Q1"] and out["base_class"] == "control"
    assert out["base_label"] == "Change from" and out["base_placeholder"] == "No change (one period)"
    assert run(sample_dataset, "?view=map&lang=en")["base_class"] == "control d-none"
    out = run(sample_dataset, "?view=compare&lang=en&ind=targets_met&period=2023&from=2023-Q1")
    content = str(out["content"])
    assert "for both Q1 2023 and 2023" in content and "Giồng Trôm District (only Q1 2023)" in content
    base, _ = parse_state("?ind=targets_met&period=2023&from=2023-Q1")
    state, rewrite = state_from_controls(base, {"indicator": "poverty_rate"}, changed="indicator", ds=sample_dataset)
    assert state["base"] == "" and rewrite                 # poverty rate has no Q1 2023 figure
    state, _ = state_from_controls(base, {"base": None}, changed="base", ds=sample_dataset)
    assert state["base"] == ""


def test_filter_change_writes_the_url(sample_dataset):
    prev = run(sample_dataset, "?view=compare&lang=vi")["rendered"]
    out = run(sample_dataset, "?view=compare&lang=vi", trigger="f-indicator", prev=prev, indicator="income_per_capita")
    # the first visit's period (2023, the most districts) stays: income per capita has figures of it
    assert out["search"] == "?view=compare&lang=vi&ind=income_per_capita&measure=level&period=2023"
    assert out["indicator_value"] is no_update             # nothing to rewrite
    assert out["district_options"] is no_update            # options unchanged → not resent
    assert out["measure_options"] != no_update             # measures depend on the indicator
    assert "Thu nhập bình quân đầu người" in str(out["content"])


def test_all_districts_of_a_province_stays_the_province_in_the_link(sample_dataset):
    prev = run(sample_dataset, "?view=compare&lang=vi")["rendered"]
    out = run(sample_dataset, "?view=compare&lang=vi", trigger="f-district", prev=prev, district=["all:93"])
    assert out["province_value"] == ["93"] and out["district_value"] == []
    assert "prov=93" in out["search"] and "dist=" not in out["search"]
    assert "Huyện Châu Thành A" in str(out["content"])          # every district of Hậu Giang is in the chart


def test_all_districts_of_a_province_beside_a_district_of_another_expands(sample_dataset):
    prev = run(sample_dataset, "?view=compare&lang=vi")["rendered"]
    out = run(sample_dataset, "?view=compare&lang=vi", trigger="f-district", prev=prev,
              district=["soc-trang/huyen-tran-de", "all:93"])
    assert len(out["district_value"]) == 9 and "hau-giang/huyen-phung-hiep" in out["district_value"]
    assert "dist=soc-trang/huyen-tran-de,hau-giang/" in out["search"]


def test_changing_indicator_keeps_measure_available(sample_dataset):
    base, _ = parse_state("?ind=production_value&measure=growth_pct&period=2023")
    state, rewrite = state_from_controls(base, {"indicator": "poverty_rate"}, changed="indicator", ds=sample_dataset)
    assert state["measure"] == "level" and rewrite


def test_removing_a_province_drops_its_districts(sample_dataset):
    base, _ = parse_state("?prov=94,93&dist=soc-trang/huyen-tran-de,hau-giang/huyen-phung-hiep")
    state, rewrite = state_from_controls(base, {"province": ["93"]}, changed="province", ds=sample_dataset)
    assert state["districts"] == ["hau-giang/huyen-phung-hiep"] and rewrite


def test_invalid_params_show_a_notice_not_an_error(sample_dataset):
    out = run(sample_dataset, "?view=nowhere&lang=en&ind=gdp&dist=atlantis")
    text = str(out["notices"])
    assert "view “nowhere” does not exist" in text and "district “atlantis”" in text
    assert "Resolution targets met" in str(out["content"])    # defaults shown


def test_language_switch_relabels_everything(sample_dataset):
    vi = run(sample_dataset, "?view=targets&lang=vi")
    en = run(sample_dataset, "?view=targets&lang=en", prev=vi["rendered"])
    assert vi["period_label"] == "Kỳ số liệu" and en["period_label"] == "Period"
    assert en["period_labels"]["search"] == "Search"
    assert "Needs acceleration" in str(en["content"]) and "Cần tăng tốc" in str(vi["content"])
    assert "English" in str(vi["header"])


def test_same_address_twice_is_not_rendered_again(sample_dataset):
    first = run(sample_dataset, "?view=compare&lang=vi")
    with pytest.raises(PreventUpdate):
        run(sample_dataset, "?view=compare&lang=vi", prev=first["rendered"])
    with pytest.raises(PreventUpdate):
        run(sample_dataset, None)


def test_briefing_mode_frames_the_view(sample_dataset):
    out = run(sample_dataset, "?view=compare&lang=en&mode=briefing&ind=poverty_rate")
    assert out["root_class"] == "app briefing"
    text = str(out["content"])
    assert "briefing-header" in text and "briefing-footer" in text
    assert "Sources: Đảng bộ huyện Trần Đề" in text and "Online: 127.0.0.1:8050/?view=compare" in text


def test_missing_table_gives_a_friendly_page(tmp_path):
    ds = Dataset.failed(error_key="msg.no_data_file", error="missing", source=str(tmp_path / "indicators.parquet"))
    out = run(ds, "?lang=en")
    assert "No data table yet" in str(out["content"]) and "python -m etl" in str(out["content"])
    assert out["root_class"] == "app no-data"


def test_a_builder_error_becomes_a_friendly_message(sample_dataset, monkeypatch, caplog):
    import callbacks.page as page

    def boom(*a, **k):
        raise RuntimeError("kaput")

    monkeypatch.setattr(page, "render_view", boom)
    out = run(sample_dataset, "?lang=en")
    assert "Something went wrong" in str(out["content"]) and "kaput" not in str(out["content"])
    assert "rendering compare failed" in caplog.text


# ---------------------------------------------------------------- invalid address: corrected in place

def test_invalid_params_replace_the_address_and_keep_the_notice(sample_dataset):
    typed = "?view=nowhere&lang=en&ind=gdp&dist=atlantis"
    out = run(sample_dataset, typed)
    corrected = out["rendered"]["replace"]
    assert corrected == "?view=compare&lang=en&ind=targets_met&measure=level&period=latest"
    assert "nowhere" not in corrected and "atlantis" not in corrected
    # not pushed by the server (Location would add a history entry): the clientside callback replaces it
    assert out["search"] is no_update
    assert out["rendered"]["search"] == corrected and out["rendered"]["typed"] == typed
    assert "view “nowhere” does not exist" in str(out["notices"])
    # Location reports the typed address on mount, then the corrected one: neither re-renders (the notice stays)
    for echo in (typed, corrected):
        with pytest.raises(PreventUpdate):
            run(sample_dataset, echo, prev=out["rendered"])


def test_valid_address_is_left_as_typed(sample_dataset):
    out = run(sample_dataset, "?lang=en&view=compare")
    assert out["search"] is no_update and "replace" not in out["rendered"] and out["notices"] is None


def test_address_replacer_is_wired(sample_data_dir, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    import app

    replacers = [cb for cb in app.app.callback_map.values()
                 if {i["id"] + "." + i["property"] for i in cb["inputs"]} == {"rendered-state.data", "url.search"}]
    assert len(replacers) == 1


def test_close_buttons_follow_the_language(sample_dataset):
    vi = run(sample_dataset, "?view=compare&lang=vi")
    en = run(sample_dataset, "?view=compare&lang=en", prev=vi["rendered"])
    assert vi["close_x"] == vi["close_x_title"] == "Đóng" and en["close_x"] == "Close"
    assert en["error_close"] == en["error_close_title"] == "Dismiss the error message"
    assert vi["error_close"] == "Đóng thông báo lỗi"
    assert "Đóng / Close" not in str(vi) and "OK" not in {vi["error_close"], en["error_close"]}


def test_a_callback_body_with_thousands_of_districts_is_cut_with_a_notice(sample_dataset):
    from components.state import MAX_LIST_ITEMS

    out = run(sample_dataset, "?view=compare&lang=en", trigger="f-district",
              district=["soc-trang/huyen-tran-de"] + [f"x/{i}" for i in range(5 * MAX_LIST_ITEMS)])
    assert len(out["rendered"]["state"]["districts"]) <= MAX_LIST_ITEMS
    assert f"5001 districts asked for (at most {MAX_LIST_ITEMS})" in str(out["notices"])


# ---------------------------------------------------------------- the first page: the shell built with its values

def _by_id(node) -> dict:
    found, stack = {}, [node]
    while stack:
        n = stack.pop()
        if isinstance(n, (list, tuple)):
            stack.extend(n)
        elif hasattr(n, "to_plotly_json"):
            if isinstance(getattr(n, "id", None), str):
                found[n.id] = n
            stack.append(getattr(n, "children", None))
    return found


def test_the_first_page_is_the_shell_built_with_what_the_callback_shows(sample_dataset):
    search = "?view=compare&lang=en&prov=94&ind=poverty_rate&measure=level&period=latest"
    out = run(sample_dataset, search)
    nodes = _by_id(first_page(sample_dataset, search))
    values = page_values(out)
    assert len(values) > 50 and ("url", "search") not in values          # no_update outputs are left alone
    for (cid, prop), value in values.items():
        assert to_json_plotly(getattr(nodes[cid], prop)) == to_json_plotly(value), (cid, prop)
    assert nodes["root"].lang == "en" and "Poverty rate" in str(nodes["content"].children)
    assert nodes["f-province"].value == ["94"] and nodes["f-district"].options[0]["value"] == "all:94"
    assert nodes["ctl-indicators"].className == "control d-none"
    # the page callback's own first call for this address changes nothing
    with pytest.raises(PreventUpdate):
        run(sample_dataset, search, prev=nodes["rendered-state"].data)


def test_the_empty_shell_is_the_same_function_without_values(sample_dataset):
    empty = _by_id(app_shell())
    filled = _by_id(first_page(sample_dataset, "?view=compare&lang=en"))
    assert set(empty) <= set(filled)               # the same components, filled (and the header, content in them)
    assert empty["header"].children is None and empty["content"].children is None
    assert getattr(empty["rendered-state"], "data", None) is None and empty["root"].lang == "vi"
    assert getattr(empty["f-province"], "options", None) is None and empty["ctl-province"].className == "control"


def test_every_page_output_has_its_component_in_the_shell():
    shell = _by_id(app_shell())
    for output in _outputs().values():
        assert output.component_id in shell, output
    with pytest.raises(ValueError, match="nowhere"):
        app_shell({("nowhere", "children"): "x"})


def test_the_no_data_page_is_built_the_same_way(tmp_path):
    ds = Dataset.failed(error_key="msg.no_data_file", error="missing", source=str(tmp_path / "indicators.parquet"))
    nodes = _by_id(first_page(ds, "?lang=en"))
    assert nodes["root"].className == "app no-data" and "No data table yet" in str(nodes["content"].children)
    assert nodes["ctl-province"].className == "control d-none" and nodes["footer"].children is None


def test_the_layout_request_of_a_page_carries_its_first_page(sample_data_dir, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("EXPORTS_WARM_RENDERER", "0")
    import app

    client = app.server.test_client()
    page = client.get("/_dash-layout", headers={"Referer": "http://localhost/?view=compare&lang=en"})
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "Poverty rate" in text and '"lang":"en"' in text.replace(" ", "")
    shell = client.get("/_dash-layout").get_data(as_text=True)        # no page address: the empty shell
    assert "Poverty rate" not in shell and "rendered-state" in shell


def test_data_vintage_names_the_report_period_with_the_build_time_apart(sample_dataset):
    from tests.dash_tree import walk

    out = run(sample_dataset, "?view=compare&lang=vi&ind=poverty_rate")
    spans = {n.className: n.children for n in walk(out["footer"]) if getattr(n, "className", None)
             in ("vintage-period", "vintage-built")}
    assert spans == {"vintage-period": "Số liệu báo cáo quý I/2023 – năm 2023: 6 văn bản (5 có số liệu), 42 số liệu",
                     "vintage-built": "Bảng tổng hợp lúc 01/02/2024 08:00 UTC"}
    en = run(sample_dataset, "?view=compare&lang=en&ind=poverty_rate")
    assert "Figures reported for Q1 2023 – 2023: 6 documents" in str(en["header"])
    assert "Table built 1 Feb 2024 08:00 UTC" in str(en["header"])
