"""components/no_data.py: places the chart cannot show are named, the first MAX_NAMED of them, the rest counted."""
from components.no_data import MAX_NAMED, no_data_note


def test_nothing_missing_gives_no_note():
    assert no_data_note([], lang="en") is None


def test_few_places_are_all_named_with_their_count():
    note = no_data_note(["Ba Vì", "Sóc Sơn"], lang="en", element_id="compare-nodata")
    assert note.children == "No data (2): Ba Vì, Sóc Sơn"
    assert note.id == "compare-nodata"


def test_many_places_name_the_first_ones_and_count_the_rest():
    names = [f"District {i}" for i in range(MAX_NAMED + 5)]
    note = no_data_note(names, lang="en")
    assert note.children.startswith(f"No data ({MAX_NAMED + 5}): District 0, District 1")
    assert f"District {MAX_NAMED - 1}" in note.children and f"District {MAX_NAMED}" not in note.children
    assert note.children.endswith("and 5 more")
