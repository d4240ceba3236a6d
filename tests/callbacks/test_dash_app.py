"""app.py composition and exports/view_context.py: specs_for_state / context_for_state for the exports, the error hook, the passage callback."""
import pandas as pd
import pytest

from components.chart_spec import ChartSpec
from exports import view_context


@pytest.fixture
def app_module(sample_data_dir, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    import app

    return app


def test_app_exposes_server(app_module):
    assert app_module.server is app_module.app.server


@pytest.mark.parametrize("view,count", [("compare", 1), ("targets", 5), ("scorecard", 1), ("data", 1),
                                        ("sources", 0)])
def test_specs_for_state_rebuilds_the_view(app_module, view, count):
    specs = view_context.specs_for_state({"view": view, "lang": "en"})
    assert len(specs) == count and all(isinstance(s, ChartSpec) for s in specs)
    from etl.schema import FACT_COLUMNS

    for s in specs:
        assert isinstance(s.data, pd.DataFrame) and s.title and s.alt_text
        assert list(s.data.columns) == list(FACT_COLUMNS)      # exactly the facts-table rows, no helpers
        assert isinstance(s.figure, __import__("plotly").graph_objects.Figure)


def test_specs_match_what_the_page_shows(app_module, sample_dataset):
    from components.registry import render_view
    from components.state import parse_state

    state, _ = parse_state("?view=compare&lang=vi&prov=94,84&ind=poverty_rate")
    page = render_view(app_module.get_dataset(), state)
    specs = view_context.specs_for_state(state)
    assert [s.chart_id for s in specs] == [s.chart_id for s in page.specs]
    assert specs[0].data["fact_id"].tolist() == page.specs[0].data["fact_id"].tolist()


def test_context_for_state(app_module):
    ctx = view_context.context_for_state({"view": "compare", "lang": "en", "indicator": "poverty_rate"})
    assert ctx["lang"] == "en"
    assert ctx["url"].endswith("/?view=compare&lang=en&ind=poverty_rate&measure=level&period=latest")
    assert "6 documents" in ctx["vintage"]
    assert isinstance(ctx["sources"], pd.DataFrame)
    assert set(ctx["sources"]["source_id"]) == {"000_61a7140943d01087", "001_8352014f7d2fa197"}
    assert "text" not in ctx["sources"].columns


def test_partial_or_stale_state_is_filled(app_module):
    specs = view_context.specs_for_state({"view": "compare", "indicator": "no_such_indicator"})
    assert specs and specs[0].chart_id == "compare"


def test_error_hook_logs_and_never_raises(caplog):
    from callbacks.errors import lang_from_search, on_callback_error

    assert on_callback_error(RuntimeError("boom")) is None
    assert "boom" in caplog.text
    assert lang_from_search("?view=compare&lang=en") == "en" and lang_from_search(None) == "vi"


def test_passage_from_bar_click(app_module):
    from callbacks.passage import fact_from_click, passage_content

    ds = app_module.get_dataset()
    fid = ds.facts.loc[ds.facts["indicator"] == "poverty_rate", "fact_id"].iloc[0]
    assert fact_from_click({"points": [{"customdata": ["1,59 %", "chính xác", "năm 2023", "q", "1/2", fid]}]}) == fid
    assert fact_from_click(None) is None and fact_from_click({"points": []}) is None
    title, body = passage_content(ds, fid, lang="vi")
    assert title.startswith("Đoạn văn bản gốc")
    assert "tỷ lệ hộ nghèo giảm còn 1,59%" in str(body)


def test_fact_from_hash():
    from callbacks.passage import fact_from_hash

    assert fact_from_hash("#fact=abc123") == "abc123"
    assert fact_from_hash("") is None and fact_from_hash(None) is None and fact_from_hash("#other") is None


def test_bar_click_sets_the_same_fact_hash_as_the_table_links(app_module):
    from dash.exceptions import PreventUpdate

    from callbacks.passage import bar_click_hash, fact_from_hash

    ds = app_module.get_dataset()
    fid = ds.facts.loc[ds.facts["indicator"] == "poverty_rate", "fact_id"].iloc[0]
    click = {"points": [{"customdata": ["1,59 %", "chính xác", "năm 2023", "q", "1/2", "Sóc Trăng", fid]}]}
    assert bar_click_hash(click) == f"#fact={fid}"
    assert fact_from_hash(bar_click_hash(click)) == fid            # what open_from_link opens
    for nothing in (None, {"points": []}, {"points": [{"customdata": None}]}):
        with pytest.raises(PreventUpdate):
            bar_click_hash(nothing)


def test_bar_click_callback_writes_the_address(app_module):
    by_input = {}
    for out, cb in app_module.app.callback_map.items():
        for i in cb["inputs"]:
            by_input.setdefault(f"{i['id']}.{i['property']}", []).append(out)
    outs = " ".join(by_input["compare-graph.clickData"])
    assert "url.hash" in outs and "passage-modal" not in outs      # the hash opens the passage, as for links
    assert any("passage-modal.className" in o for o in by_input["url.hash"])
