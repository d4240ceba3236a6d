"""The Data grid's filter and sort: URL round trip and the same rows as the grid shows."""
from components.grid_model import apply_grid, decode_grid, encode_grid, sort_from_column_state

RECORDS = [
    {"fact_id": "a", "place": "Huyện Trà Cú", "value": 2.33},
    {"fact_id": "b", "place": "Huyện Trần Đề", "value": 1.59},
    {"fact_id": "c", "place": "Thành phố Sóc Trăng", "value": 99.4},
    {"fact_id": "d", "place": "Huyện Phụng Hiệp", "value": None},
]


def test_round_trip_and_bad_input():
    f = {"place": {"filterType": "text", "type": "contains", "filter": "trà"}}
    raw = encode_grid(f, [["value", "desc"]])
    assert decode_grid(raw) == (f, [["value", "desc"]])
    assert encode_grid({}, []) == ""
    assert decode_grid("{not json") == ({}, []) and decode_grid('["x"]') == ({}, [])
    assert decode_grid('{"s": [["value", "sideways"]]}') == ({}, [])


def test_text_filter_ignores_case_and_accents_number_filter_and_sort():
    f = {"place": {"filterType": "text", "type": "contains", "filter": "tra"}}
    assert [r["fact_id"] for r in apply_grid(RECORDS, f, [])] == ["a", "b", "c"]
    n = {"value": {"filterType": "number", "type": "lessThan", "filter": 50}}
    assert [r["fact_id"] for r in apply_grid(RECORDS, n, [["value", "asc"]])] == ["b", "a"]
    both = {"value": {"filterType": "number", "operator": "OR", "conditions": [
        {"type": "lessThan", "filter": 2}, {"type": "greaterThan", "filter": 50}]}}
    assert [r["fact_id"] for r in apply_grid(RECORDS, both, [])] == ["b", "c"]
    assert [r["fact_id"] for r in apply_grid(RECORDS, {}, [["value", "desc"]])] == ["c", "a", "b", "d"]


def test_sort_from_column_state_in_sort_order():
    state = [{"colId": "place", "sort": "asc", "sortIndex": 1}, {"colId": "value", "sort": "desc", "sortIndex": 0},
             {"colId": "unit", "sort": None}]
    assert sort_from_column_state(state) == [["value", "desc"], ["place", "asc"]]


def test_data_view_downloads_and_title_follow_the_grid(sample_dataset):
    from components.registry import render_view, view_specs
    from components.state import parse_state

    grid = encode_grid({"place": {"filterType": "text", "type": "contains", "filter": "tra cu"}},
                       [["value", "desc"]])
    state, notices = parse_state({"view": "data", "lang": "vi", "grid": grid}, options=sample_dataset.state_options())
    assert notices == []
    spec = view_specs(sample_dataset, state)[0]
    assert set(spec.data["place_name"]) == {"Huyện Trà Cú"}
    assert list(spec.data["value"]) == sorted(spec.data["value"], reverse=True)
    assert spec.title == f"Số liệu đã lọc ({len(spec.data)} dòng)"
    assert render_view(sample_dataset, state).title == spec.title
