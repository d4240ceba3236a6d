"""components/compare_switch.py: chart/table and no-data switches are links carrying the whole state."""
from components.compare_switch import display_switch
from components.state import parse_state
from tests.dash_tree import by_id, ids, text


def _state(query):
    return parse_state(query)[0]


def test_chart_and_table_links_keep_the_rest_of_the_state_and_mark_the_current_one():
    state = _state("?view=compare&lang=en&ind=poverty_rate")
    switch = display_switch(state, lang="en")
    chart, table = by_id(switch, "show-chart"), by_id(switch, "show-table")
    assert "active" in chart.className and "active" not in table.className
    assert "show=table" in table.href and "ind=poverty_rate" in table.href and "lang=en" in table.href
    assert by_id(display_switch({**state, "show": "table"}, lang="en"), "show-table").className.endswith("active")


def test_no_data_link_toggles_between_hide_and_show():
    state = _state("?view=compare&lang=en")
    shown = by_id(display_switch(state, lang="en"), "toggle-nodata")
    assert "nodata=hide" in shown.href and shown.children == "Hide districts without data"
    hidden = by_id(display_switch({**state, "nodata": "hide"}, lang="en"), "toggle-nodata")
    assert "nodata=hide" not in hidden.href and hidden.children == "Show districts without data"


def test_without_a_table_only_the_no_data_link_is_offered():
    switch = display_switch(_state("?lang=en"), lang="en", table=False)
    assert ids(switch) == ["toggle-nodata"]
    assert "Chart" not in text(switch)
