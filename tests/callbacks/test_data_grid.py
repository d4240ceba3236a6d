"""callbacks/data_grid.py: the Data grid's filter and sort go into the address (grid=…), and only when they
change it; the rest of the address is kept."""
from dash import Dash, dcc, html

from callbacks.data_grid import grid_query, register_data_grid_callbacks
from components.grid_model import decode_grid, encode_grid
from components.state import parse_state

TEXT_FILTER = {"place_name": {"filterType": "text", "type": "contains", "filter": "Trần"}}
BY_VALUE = [{"colId": "value", "sort": "desc", "sortIndex": 0}, {"colId": "period", "sort": None}]


def test_a_filter_and_a_sort_are_written_into_the_address_keeping_the_rest():
    query = grid_query("?view=data&lang=en&prov=94", TEXT_FILTER, BY_VALUE)
    state, notices = parse_state(query)
    assert notices == [] and state["view"] == "data" and state["lang"] == "en" and state["provinces"] == ["94"]
    assert decode_grid(state["grid"]) == (TEXT_FILTER, [["value", "desc"]])


def test_an_address_that_already_says_so_is_left_alone():
    query = grid_query("?view=data", TEXT_FILTER, BY_VALUE)
    assert grid_query(query, TEXT_FILTER, BY_VALUE) is None
    assert grid_query("?view=data", {}, []) is None                     # nothing set, nothing to write


def test_without_a_column_state_the_addresss_sort_is_kept():
    start = grid_query("?view=data", {}, BY_VALUE)
    query = grid_query(start, TEXT_FILTER, None)                        # only the filter changed
    assert decode_grid(parse_state(query)[0]["grid"]) == (TEXT_FILTER, [["value", "desc"]])


def test_clearing_the_grid_takes_it_out_of_the_address():
    start = grid_query("?view=data&lang=en", TEXT_FILTER, BY_VALUE)
    cleared = grid_query(start, {}, [])
    assert "grid=" not in cleared and parse_state(cleared)[0]["grid"] == encode_grid({}, []) == ""


def test_other_views_never_get_a_grid():
    assert grid_query("?view=compare", TEXT_FILTER, BY_VALUE) is None
    assert grid_query(None, TEXT_FILTER, BY_VALUE) is None              # no address: the default view


def test_the_callback_writes_the_address_from_the_grid_only_on_a_change():
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div([dcc.Location(id="url")])
    register_data_grid_callbacks(app)
    [spec] = [d for d in app.server.test_client().get("/_dash-dependencies").get_json()
              if d["output"].startswith("url.search")]          # what the renderer is told
    assert {f"{i['id']}.{i['property']}" for i in spec["inputs"]} == {"data-grid.filterModel",
                                                                      "data-grid.columnState"}
    assert spec["state"] == [{"id": "url", "property": "search"}] and spec["prevent_initial_call"] is True
