"""callbacks/passage.py: a clicked bar or a #fact= link opens the source passage of that fact."""
import pytest
from dash.exceptions import PreventUpdate

from callbacks.passage import bar_click_hash, fact_from_click, fact_from_hash, hash_for_fact, passage_content


@pytest.fixture
def app_module(sample_data_dir, monkeypatch):
    """The real app on the sample data (its callbacks registered, its dataset loaded)."""
    monkeypatch.setenv("NQ_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("EXPORTS_WARM_RENDERER", "0")
    import app

    return app


def test_passage_from_bar_click(app_module):
    ds = app_module.get_dataset()
    fid = ds.facts.loc[ds.facts["indicator"] == "poverty_rate", "fact_id"].iloc[0]
    assert fact_from_click({"points": [{"customdata": ["1,59 %", "chính xác", "năm 2023", "q", "1/2", fid]}]}) == fid
    assert fact_from_click(None) is None and fact_from_click({"points": []}) is None
    title, body = passage_content(ds, fid, lang="vi")
    assert title.startswith("Đoạn văn bản gốc")
    assert "tỷ lệ hộ nghèo giảm còn 1,59%" in str(body)


def test_fact_from_hash():
    assert fact_from_hash("#fact=abc123") == "abc123"
    assert fact_from_hash("") is None and fact_from_hash(None) is None and fact_from_hash("#other") is None


def test_bar_click_sets_the_same_fact_hash_as_the_table_links(app_module):
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


@pytest.mark.parametrize("fact_id", ["abc123", "a/b c#d", "tỷ-lệ&x=1"])
def test_a_fact_hash_round_trips_whatever_the_id(fact_id):
    address = hash_for_fact(fact_id)
    assert address.startswith("#fact=") and " " not in address and address.count("#") == 1
    assert fact_from_hash(address) == fact_id


def test_a_click_without_a_fact_names_none():
    for click in ({"points": [{"customdata": "f1"}]}, {"points": [{}]}, {"points": [{"customdata": []}]},
                  {"nothing": 1}, "garbage"):
        assert fact_from_click(click) is None, click
    assert fact_from_hash("#fact=") is None


def test_an_unknown_fact_shows_the_plain_title(app_module):
    title, _ = passage_content(app_module.get_dataset(), "no-such-fact", lang="en")
    assert title == passage_content(app_module.get_dataset(), None, lang="en")[0]
    assert "—" not in title
