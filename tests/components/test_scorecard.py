"""Scorecard: value + rank among the selection per cell, lower-is-better respected; district profile."""
from components.i18n import place_label
from components.scorecard import build_scorecard, profile_layout, profile_rows, rank_values, scorecard_table
from components.selection import scope_places

import pandas as pd
import pytest


def test_rank_values_direction_and_ties():
    s = pd.Series([1.59, 2.33, 1.59, 3.0])
    assert list(rank_values(s, lower_better=True)) == [1, 3, 1, 4]
    assert list(rank_values(s, lower_better=False)) == [3, 2, 3, 1]


def test_table_ranks_lower_is_better(sample_dataset):
    places = scope_places(sample_dataset.places)[0]
    table = scorecard_table(sample_dataset.facts, places, indicators=["poverty_rate", "targets_met"], measure="level",
                            period="latest")
    pov = table[table["indicator"] == "poverty_rate"].set_index("place_name")
    assert pov.loc["Huyện Trần Đề", "rank"] == 1 and pov.loc["Huyện Trà Cú", "rank"] == 2
    tm = table[table["indicator"] == "targets_met"].set_index("place_name")
    # ranked on shares, like with like: the annual sets at year end (17/17 first, 17/18 last); the term set
    # of Trần Đề and the Q1 result of Giồng Trôm are left out, not ranked among them
    assert tm.loc["Huyện Phụng Hiệp", "rank"] == 1 and tm.loc["Thành phố Sóc Trăng", "rank"] == 3
    assert "Huyện Giồng Trôm" not in tm.index and "Huyện Trần Đề" not in tm.index
    assert set(tm["score"]) <= {0.0, 0.5, 1.0}
    left = table.attrs["left_out"]
    assert set(left["place_name"]) == {"Huyện Giồng Trôm", "Huyện Trần Đề", "Huyện Phụng Hiệp"}


def test_heatmap_cells_show_value_and_rank(sample_dataset):
    places = scope_places(sample_dataset.places)[0]
    r = build_scorecard(sample_dataset.facts, places, indicators=["poverty_rate", "income_per_capita"], lang="vi")
    hm = r.spec.figure.data[0]
    assert hm.type == "heatmap"
    # few districts → indicators down, districts across
    assert hm.y[0].startswith("Tỷ lệ hộ nghèo") and "↓" in hm.y[0]
    cells = {(y, x): txt for y, row in zip(hm.y, hm.text) for x, txt in zip(hm.x, row)}
    tran_de = next(x for x in hm.x if "Trần Đề" in x)
    # two districts with a figure: no rank (the best of two is only the other's worst)
    assert cells[(hm.y[0], tran_de)] == "<b>1,59 %</b><br>chỉ 2 huyện".replace(" %", "\u00a0%")
    assert r.spec.chart_id == "scorecard"
    assert len(r.spec.data) == 4
    assert r.spec.figure.layout.separators == ",."


def with_extra_districts(sample_dataset, n: int):
    """The sample dataset plus `n` made-up districts with a poverty rate each (0, 1, 2, … %)."""
    from data_access import Dataset

    facts = sample_dataset.facts
    template = facts[facts["indicator"] == "poverty_rate"].iloc[0].to_dict()
    extra = [dict(template, fact_id=f"x{i}", place_id=f"p/x{i}", place_name=f"Huyện X{i:02d}", value=float(i))
             for i in range(n)]
    return Dataset.from_frames(pd.concat([facts, pd.DataFrame(extra)], ignore_index=True), sample_dataset.documents)


def test_many_districts_go_down(sample_dataset):
    ds = with_extra_districts(sample_dataset, 12)
    places = scope_places(ds.places)[0]
    r = build_scorecard(ds.facts, places, indicators=["poverty_rate"], lang="en")
    hm = r.spec.figure.data[0]
    assert len(hm.y) == 14 and hm.y[0] == "X00 District"     # lowest poverty first


def test_no_data_message(sample_dataset):
    places = scope_places(sample_dataset.places)[0]
    r = build_scorecard(sample_dataset.facts, places, indicators=["rice_output"], lang="en")
    assert r.spec is None and r.message


def test_profile_lists_every_fact_with_sources(sample_dataset):
    rows = profile_rows(sample_dataset.facts, place_id="soc-trang/huyen-tran-de")
    assert len(rows) == 8 and rows.iloc[0]["indicator"] == "targets_met"
    layout = str(profile_layout(sample_dataset.facts, sample_dataset.documents_by_id,
                                place_id="soc-trang/huyen-tran-de", place_name="Huyện Trần Đề", lang="en"))
    assert "Profile: Huyện Trần Đề" in layout
    assert "Đảng bộ huyện Trần Đề đạt nhiều kết quả" in layout
    assert "href='#fact=" in layout and "Mark(children=" in layout
    assert "Pick a district" in str(profile_layout(sample_dataset.facts, {}, place_id=None, place_name="", lang="en"))


def test_figure_is_valid_plotly(sample_dataset):
    import plotly.graph_objects as go

    places = scope_places(sample_dataset.places)[0]
    r = build_scorecard(sample_dataset.facts, places, lang="en")
    go.Figure(r.spec.figure.to_dict())   # raises on any invalid property


def test_briefing_grid_keeps_sixteen_rows_and_says_so(sample_dataset):
    """In a 16:9 briefing frame the grid shows its first rows only, says so, and its data is what is drawn."""
    ds = with_extra_districts(sample_dataset, 20)
    places = scope_places(ds.places)[0]
    full = build_scorecard(ds.facts, places, indicators=["poverty_rate"], lang="en")
    brief = build_scorecard(ds.facts, places, indicators=["poverty_rate"], lang="en", briefing=True)
    assert len(full.spec.figure.data[0].y) == 22
    assert list(brief.spec.figure.data[0].y) == list(full.spec.figure.data[0].y)[:16]
    assert "first 16 of 22 rows" in brief.spec.subtitle
    assert [place_label(p, "en") for p in brief.spec.data["place_name"]] == list(brief.spec.figure.data[0].y)


def test_districts_of_a_chosen_province_without_figures_are_listed(sample_dataset):
    from components.scorecard import scorecard_layout

    places = scope_places(sample_dataset.places, provinces=["94"])[0]
    r = build_scorecard(sample_dataset.facts, places, lang="vi")
    assert len(places) == 11 and len(r.missing) == 9
    assert "Huyện Châu Thành" in r.missing and "Huyện Trần Đề" not in r.missing
    assert "Không có số liệu (9):" in str(scorecard_layout(r, None, lang="vi"))


def test_cells_from_another_period_name_it_and_the_marks_are_explained(sample_dataset):
    import pandas as pd

    from components.scorecard import scorecard_layout
    from data_access import Dataset

    facts = sample_dataset.facts
    older = facts[(facts["indicator"] == "poverty_rate") & (facts["place_name"] == "Huyện Trần Đề")].iloc[[0]]
    older = older.assign(fact_id="gt-2022", period="2022", value=3.1, place_id="ben-tre/huyen-giong-trom",
                         place_name="Huyện Giồng Trôm", province="Tỉnh Bến Tre", province_code="83",
                         admin_code="834")
    ds = Dataset.from_frames(pd.concat([facts, older], ignore_index=True), sample_dataset.documents)
    places = scope_places(ds.places)[0]
    r = build_scorecard(ds.facts, places, indicators=["poverty_rate", "targets_met"], lang="vi")
    hm = r.spec.figure.data[0]
    cells = {(y, x): txt for y, row in zip(hm.y, hm.text) for x, txt in zip(hm.x, row)}
    giong_trom = next(x for x in hm.x if "Giồng" in x)
    tran_de = next(x for x in hm.x if "Trần Đề" in x)
    assert cells[(hm.y[0], giong_trom)].startswith("<b>3,1\u00a0%</b>*<br>")     # a 2022 figure among 2023 ones
    assert "*" not in cells[(hm.y[0], tran_de)]
    assert "năm 2023 (* năm 2022)" in r.spec.subtitle                         # the image says what the star means
    text = str(scorecard_layout(r, None, lang="vi"))
    assert "↓ thấp hơn là tốt hơn" in text and "* số liệu của kỳ khác" in text
    # the Q1 result and the term sets are named, not ranked among the year-end annual sets
    assert "Huyện Giồng Trôm (chỉ tiêu năm, quý I/2023)" in r.left_out
    assert "scorecard-left-out" in text


def test_briefing_row_labels_stay_on_two_lines(sample_dataset):
    """16 rows share a 16:9 frame: an indicator name of three lines would run into the next row."""
    places = scope_places(sample_dataset.places)[0]
    brief = build_scorecard(sample_dataset.facts, places, lang="vi", briefing=True)
    page = build_scorecard(sample_dataset.facts, places, lang="vi")
    assert max(str(y).count("<br>") for y in brief.spec.figure.data[0].y) <= 1
    assert max(str(y).count("<br>") for y in page.spec.figure.data[0].y) >= 1


# ---------------------------------------------------------------- what the colours may claim


def with_figures(sample_dataset, indicator: str, figures, *, measure: str = "level"):
    """The sample dataset plus made-up districts with one figure each of `indicator`/`measure` in 2023:
    `figures` is a list of (value, qualifier)."""
    from data_access import Dataset

    facts = sample_dataset.facts
    template = facts[facts["indicator"] == "poverty_rate"].iloc[0].to_dict()
    unit = facts[(facts["indicator"] == indicator) & (facts["measure"] == measure)]["unit"].dropna()
    extra = [dict(template, fact_id=f"y{i}", place_id=f"p/y{i}", place_name=f"Huyện Y{i:02d}", indicator=indicator,
                  measure=measure, value=float(v), qualifier=q, denominator=None,
                  unit=unit.iloc[0] if len(unit) else template["unit"])
             for i, (v, q) in enumerate(figures)]
    return Dataset.from_frames(pd.concat([facts, pd.DataFrame(extra)], ignore_index=True), sample_dataset.documents)


def grid(result):
    """{(row label, column label): (cell text, colour value)} of a scorecard's heatmap."""
    hm = result.spec.figure.data[0]
    return {(y, x.replace("<br>", " ")): (txt, z) for y, trow, zrow in zip(hm.y, hm.text, hm.z)
            for x, txt, z in zip(hm.x, trow, zrow)}


def row_of(result, indicator_start: str) -> dict:
    """{column label: (cell text, colour value)} of the row whose label starts with `indicator_start`."""
    return {x: v for (y, x), v in grid(result).items() if y.startswith(indicator_start)}


@pytest.mark.parametrize("lang, few", [("en", "only 2 districts"), ("vi", "chỉ 2 huyện")])
def test_two_figures_are_neither_best_nor_worst(sample_dataset, lang, few):
    """Poverty rate has a figure for two districts only: the 'best' of two is only the other's 'worst'."""
    from components.scorecard import scorecard_layout
    from components.selection import MIN_COMPARED

    places = scope_places(sample_dataset.places)[0]
    r = build_scorecard(sample_dataset.facts, places, indicators=["poverty_rate"], lang=lang)
    cells = [v for v in row_of(r, "Poverty" if lang == "en" else "Tỷ lệ hộ nghèo").values() if v[1] is not None]
    assert len(cells) == 2 and {z for _, z in cells} == {0.5}
    assert all(few in txt and "1/2" not in txt for txt, _ in cells)
    note = str(scorecard_layout(r, None, lang=lang))
    assert f"{MIN_COMPARED}" in note and ("at least 3 districts" in note or "ít nhất 3 huyện" in note)
    assert not r.spec.takeaway                                      # no "ranks first" from a pair


def test_three_figures_are_ranked_and_coloured(sample_dataset):
    ds = with_extra_districts(sample_dataset, 1)                      # a third poverty rate: 0 %
    places = scope_places(ds.places)[0]
    r = build_scorecard(ds.facts, places, indicators=["poverty_rate"], lang="en")
    cells = {x: v for x, v in row_of(r, "Poverty").items() if v[1] is not None}
    assert sorted(z for _, z in cells.values()) == [0.0, 0.5, 1.0]
    assert cells["X00 District"][0].endswith("rank 1/3") and cells["X00 District"][1] == 1.0


def test_totals_are_not_ranked_between_districts_of_different_size(sample_dataset):
    """A district's total production value grows with its size: three totals are still not ranked; their growth
    (a rate) is. Which units are totals is said by etl/units.yaml, not by the scorecard."""
    from components.scorecard import scorecard_layout
    from etl.catalogue import is_total_unit

    assert is_total_unit("billion VND") and is_total_unit("tonnes") and is_total_unit("communes")
    assert not is_total_unit("%") and not is_total_unit("million VND/person") and not is_total_unit("million VND/ha")
    ds = with_figures(sample_dataset, "production_value", [(5000, None), (20000, None)])
    places = scope_places(ds.places)[0]
    r = build_scorecard(ds.facts, places, indicators=["production_value"], lang="en")
    cells = [v for v in row_of(r, "Total production").values() if v[1] is not None]
    assert len(cells) == 4 and {z for _, z in cells} == {0.5}
    assert all(txt.endswith("<br>a total") and "rank 1/" not in txt for txt, _ in cells)
    assert "totals" in str(scorecard_layout(r, None, lang="en")).lower()
    assert "số tổng" in str(scorecard_layout(build_scorecard(ds.facts, places, indicators=["production_value"],
                                                             lang="vi"), None, lang="vi"))
    g = with_figures(sample_dataset, "production_value", [(5.0, None), (20.0, None)], measure="growth_pct")
    rg = build_scorecard(g.facts, scope_places(g.places)[0], indicators=["production_value"], measure="growth_pct",
                         lang="en")
    zs = sorted(v[1] for v in row_of(rg, "Total production").values() if v[1] is not None)
    assert len(zs) == 4 and zs[0] == 0.0 and zs[-1] == 1.0                  # its growth rates are ranked


def test_shares_of_counts_are_still_ranked(sample_dataset):
    """Targets met is a count, but ranked on shares (x of y) it compares districts of any size."""
    places = scope_places(sample_dataset.places)[0]
    r = build_scorecard(sample_dataset.facts, places, indicators=["targets_met"], lang="en")
    zs = sorted(v[1] for v in row_of(r, "Resolution targets").values() if v[1] is not None)
    assert zs[0] == 0.0 and zs[-1] == 1.0


def test_a_bound_that_cannot_be_ordered_is_neither_best_nor_worst(sample_dataset):
    """'over 62' against 70 and 99.4: it may be the highest or the lowest of them; against 50 it is higher."""
    ds = with_figures(sample_dataset, "income_per_capita", [(70, None), (50, None)])
    places = scope_places(ds.places)[0]
    r = build_scorecard(ds.facts, places, indicators=["income_per_capita"], lang="en")
    cells = {x: v for x, v in row_of(r, "Income").items() if v[1] is not None}
    tra_cu = cells["Trà Cú District"]
    assert tra_cu[0].startswith("<b>over 62</b>") and tra_cu[1] == 0.5 and "rank 1–3/4" in tra_cu[0]
    assert cells["Y01 District"][1] == 0.0 and cells["Y01 District"][0].endswith("rank 4/4")   # 50: surely last
    soc_trang = next(v for x, v in cells.items() if "Sóc Trăng" in x)
    assert soc_trang[1] == 0.5 and "rank 1–2/4" in soc_trang[0]                # 99.4 may be below 'over 62'


def test_bounded_ranks_order_what_can_be_ordered():
    from components.scorecard import bounded_ranks

    def ranks(values, quals, higher=True):
        sign = pd.Series([-1.0 if higher else 1.0] * len(values))
        best, worst = bounded_ranks(pd.Series(values) * sign, pd.Series(quals), sign, pd.Series(["i"] * len(values)))
        return list(zip(best, worst))

    # 'over 14,120' is surely above 'approx. 8,100' and 5,000; exact values and ties as before
    assert ranks([14120, 8100, 5000], ["over", "approx", None]) == [(1, 1), (2, 2), (3, 3)]
    assert ranks([5, 5, 3], [None, None, None]) == [(1, 1), (1, 1), (3, 3)]
    # 'over 62' against 70: either may be higher; 'under 2' of a lower-is-better rate is surely below 3
    assert ranks([62, 70, 50], ["over", None, None]) == [(1, 2), (1, 2), (3, 3)]
    assert ranks([2, 3, 1], ["under", None, None], higher=False) == [(1, 2), (3, 3), (1, 2)]


def test_a_district_with_figures_of_another_period_only_says_so(sample_dataset):
    """Giồng Trôm's figures are of Q1 2023 while the others are annual: its column names that period, and its cells
    show the figure as not ranked instead of a blank."""
    places = scope_places(sample_dataset.places)[0]
    for lang, only, cell in (("en", "Q1 2023 only", "<br>Q1 2023"),
                             ("vi", "chỉ có số liệu quý I/2023", "<br>quý I/2023")):
        r = build_scorecard(sample_dataset.facts, places, indicators=["targets_met", "ntm_communes"], lang=lang)
        hm = r.spec.figure.data[0]
        col = next(x for x in hm.x if "Giồng" in x).replace("<br>", " ")
        assert only in col
        cells = {y: v for (y, x), v in grid(r).items() if x == col}
        assert all(cell in txt for txt, _ in cells.values()), cells
        assert all(txt != "–" for txt, _ in cells.values())
        assert "Huyện Giồng Trôm" not in r.missing and "Giồng Trôm District" not in r.missing


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_grid_has_narrower_labels_no_colour_bar_and_a_legend_line(sample_dataset, lang):
    from components.scorecard import scorecard_layout
    from tests.dash_tree import walk

    places = scope_places(sample_dataset.places)[0]
    wide = build_scorecard(sample_dataset.facts, places, lang=lang)
    phone = build_scorecard(sample_dataset.facts, places, lang=lang, phone=True)
    assert phone.min_width < wide.min_width - 100
    longest = lambda r: max(len(line) for y in r.spec.figure["data"][0]["y"] for line in y.split("<br>"))
    assert longest(phone) < longest(wide)
    assert phone.spec.figure["data"][0]["showscale"] is False and wide.spec.figure["data"][0]["showscale"] is True
    ids = [getattr(n, "id", None) for n in walk(scorecard_layout(phone, None, lang=lang))]
    assert "scorecard-legend" in ids
    assert "scorecard-legend" not in [getattr(n, "id", None) for n in walk(scorecard_layout(wide, None, lang=lang))]
