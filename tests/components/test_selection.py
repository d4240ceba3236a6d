"""components/selection.py: which places and which rows a view shows."""
import pandas as pd

from components.selection import comparable_group, display_names, first_per_group, pick_rows, public_rows, scope_places
from data_access import Dataset

PLACES = pd.DataFrame({
    "place_id": ["a/x", "a/y", "b/x", "b/z"],
    "place_name": ["Huyện Châu Thành", "Huyện Y", "Huyện Châu Thành", "Huyện Z"],
    "province": ["Tỉnh A", "Tỉnh A", "Thành phố B", "Thành phố B"],
    "province_code": ["1", "1", "2", "2"],
    "n_facts": [3, 0, 1, 0],
})


def _facts(rows):
    cols = ["fact_id", "source_id", "place_id", "indicator", "measure", "value", "period", "curated", "target_scope",
            "qualifier", "char_start"]
    return Dataset.from_frames(pd.DataFrame([dict(zip(cols, r)) for r in rows])).facts


def test_scope_is_the_chosen_districts_else_provinces_else_places_with_data():
    sel, explicit = scope_places(PLACES, districts=["b/z"], provinces=["1"])
    assert list(sel["place_id"]) == ["b/z"] and explicit          # a district chosen by name is kept
    sel, explicit = scope_places(PLACES, provinces=["2"])
    assert list(sel["place_id"]) == ["b/x", "b/z"] and explicit   # with or without data
    sel, explicit = scope_places(PLACES)
    assert list(sel["place_id"]) == ["a/x", "b/x"] and not explicit


def test_same_names_get_their_province():
    names = display_names(PLACES)
    assert names["a/x"] == "Huyện Châu Thành (A)" and names["b/x"] == "Huyện Châu Thành (B)"
    assert names["a/y"] == "Huyện Y"


def test_latest_dated_figure_wins_over_a_term_and_a_curated_one_over_a_read_one():
    facts = _facts([
        ("1", "s1", "a/x", "poverty_rate", "level", 3.0, "2020-2025", False, None, None, 10),
        ("2", "s1", "a/x", "poverty_rate", "level", 2.0, "2022", False, None, None, 20),
        ("3", "s2", "a/x", "poverty_rate", "level", 1.5, "2023", False, None, None, 30),
        ("4", "s3", "a/x", "poverty_rate", "level", 1.4, "2023", True, None, None, 40),
    ])
    latest = pick_rows(facts, indicator="poverty_rate", measure="level", period="latest", place_ids=["a/x"])
    assert list(latest["fact_id"]) == ["4"]
    of_2022 = pick_rows(facts, indicator="poverty_rate", measure="level", period="2022", place_ids=["a/x"])
    assert list(of_2022["fact_id"]) == ["2"]
    assert list(first_per_group(facts, ["period"])["fact_id"]) == ["4", "2", "1"]
    assert not [c for c in public_rows(latest).columns if c.startswith("_")]


def test_comparable_group_keeps_the_set_covering_most_places_then_the_longer_kind_then_the_annual_set():
    rows = _facts([
        ("f1", "s1", "a/x", "i", "level", 1.0, "2023", False, "annual", None, 0),
        ("f2", "s2", "a/y", "i", "level", 2.0, "Q1/2023", False, "annual", None, 0),
        ("f3", "s3", "b/x", "i", "level", 3.0, "Q1/2023", False, "annual", None, 0),
        ("f4", "s4", "b/z", "i", "level", 4.0, "2023", False, "term", None, 0),
        ("f5", "s5", "b/z", "i", "level", 5.0, "2023", False, "annual", None, 0),
    ])
    kept, left = comparable_group(rows)   # year+annual covers a/x, b/z; quarter+annual a/y, b/x: a tie → the year
    assert list(kept["fact_id"]) == ["f1", "f5"] and list(left["fact_id"]) == ["f2", "f3", "f4"]
    kept, _ = comparable_group(rows[rows["fact_id"].isin(["f4", "f5"])])   # same kind: the annual set wins
    assert list(kept["fact_id"]) == ["f5"]
    # no period kind and no target set (None) form one group, ranked after every known kind
    odd = _facts([("g1", "s1", "a/x", "i", "level", 1.0, "không rõ", False, None, None, 0),
                  ("g2", "s2", "a/y", "i", "level", 2.0, None, False, None, None, 0),
                  ("g3", "s3", "b/x", "i", "level", 3.0, "2022", False, None, None, 0)])
    kept, left = comparable_group(odd)
    assert list(kept["fact_id"]) == ["g1", "g2"] and list(left["fact_id"]) == ["g3"]
    kept, _ = comparable_group(odd[odd["fact_id"] != "g2"])   # one place each: the year beats no kind
    assert list(kept["fact_id"]) == ["g3"]
