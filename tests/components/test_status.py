"""The on-track rule (components.status) and the periods behind it."""
import pytest

from etl.period_grammar import elapsed_share, period_bounds, period_label, period_sort_key, term_for_year
from components.status import STATUS_COLORS, TARGET_STATUSES, assess_fact, on_track_status


@pytest.mark.parametrize("progress,elapsed,expected", [
    (1.0, 0.5, "achieved"),
    (1.2, None, "achieved"),
    (8 / 18, 0.6, "needs_acceleration"),     # the brief's example: 44 % vs 60 %
    (0.7, 0.6, "on_track"),
    (0.6, 0.6, "on_track"),
    (0.42, 0.6, "needs_acceleration"),       # exactly 70 % of what is due
    (0.41, 0.6, "off_track"),
    (0.95, 1.0, "missed"),                   # period over, 95 % of target: missed, no time left
    (0.999, 1.0, "missed"),
    (0.95, 0.99, "needs_acceleration"),     # days before the end: still possible
    (0.5, 1.0, "missed"),
    (0.1, 0.0, "on_track"),
    (None, 0.5, "no_data"),
    (0.5, None, "no_data"),
    (float("nan"), 0.5, "no_data"),
])
def test_rule(progress, elapsed, expected):
    assert on_track_status(progress, elapsed) == expected


def test_every_status_has_a_colour_blind_safe_colour():
    assert set(STATUS_COLORS) == set(TARGET_STATUSES)
    assert STATUS_COLORS["achieved"] == "#009E73" and STATUS_COLORS["off_track"] == "#D55E00"


def test_term_targets_compared_with_term_elapsed():
    a = assess_fact(indicator="targets_met", measure="level", value=8, denominator=18, period="2023",
                    target_scope="term", term="2020-2025")
    assert a.target_period == "2020-2025" and a.elapsed == pytest.approx(0.6)
    assert a.progress == pytest.approx(8 / 18)
    assert a.status == "needs_acceleration"


def test_term_inferred_from_year_without_term_column():
    a = assess_fact(indicator="targets_met", measure="level", value=9, denominator=16, period="2023",
                    target_scope="term")
    assert a.target_period == "2020-2025" and a.status == "needs_acceleration"


def test_term_period_dated_by_document():
    a = assess_fact(indicator="targets_met", measure="level", value=12, denominator=16, period="2020-2025",
                    target_scope="term", document_period="2023")
    assert a.elapsed == pytest.approx(0.6) and a.status == "on_track"
    b = assess_fact(indicator="targets_met", measure="level", value=12, denominator=16, period="2020-2025",
                    target_scope="term")
    assert b.status == "no_data"


def test_annual_targets_in_first_quarter():
    a = assess_fact(indicator="targets_met", measure="level", value=16, denominator=39, period="2023-Q1",
                    target_scope="annual")
    assert a.target_period == "2023" and a.elapsed == pytest.approx(0.25) and a.status == "on_track"


def test_annual_at_year_end():
    assert assess_fact(indicator="targets_met", measure="level", value=17, denominator=17, period="2023",
                       target_scope="annual").status == "achieved"
    # the year is over: 21 of 22 is a missed target, not one that can still be caught up
    assert assess_fact(indicator="targets_met", measure="level", value=21, denominator=22, period="2023",
                       target_scope="annual").status == "missed"
    # a quarter into the year, the same share is on track
    assert assess_fact(indicator="targets_met", measure="level", value=21, denominator=22, period="2023-Q1",
                       target_scope="annual").status == "on_track"


def test_pct_of_target_defaults_to_annual():
    a = assess_fact(indicator="investment", measure="pct_of_target", value=89, period="2023")
    assert a.scope == "annual" and a.progress == pytest.approx(0.89) and a.status == "missed"
    assert assess_fact(indicator="x", measure="pct_of_target", value=110, period="2023").status == "achieved"


def test_new_rural_communes_judged_against_the_term():
    a = assess_fact(indicator="ntm_communes", measure="level", value=7, denominator=9, period="2023")
    assert a.scope == "term" and a.status == "on_track"


def test_missing_denominator_is_not_enough_data():
    assert assess_fact(indicator="targets_met", measure="level", value=8, denominator=None, period="2023",
                       target_scope="term").status == "no_data"


def test_periods():
    assert period_bounds("2023") == (2022.0, 2023.0)
    assert period_bounds("2023-Q1") == (2022.0, 2022.25)
    assert period_bounds("2023-H1") == (2022.0, 2022.5)
    assert period_bounds("2023-9M") == (2022.0, 2022.75)
    assert period_bounds("2020-2025") == (2020.0, 2025.0)
    assert period_bounds("bad") is None
    assert elapsed_share("2020-2025", "2023") == pytest.approx(0.6)
    assert elapsed_share("2020-2025", "2030") == 1.0
    assert term_for_year(2021) == term_for_year(2025) == "2020-2025"
    assert term_for_year(2020) == "2015-2020"
    ordered = sorted(["2023", "2020-2025", "2023-Q4", "2022", "2023-Q1"], key=period_sort_key)
    assert ordered == ["2020-2025", "2022", "2023-Q1", "2023-Q4", "2023"]
    assert period_label("2023-Q1", "vi") == "quý I/2023" and period_label("2023-Q1", "en") == "Q1 2023"
    assert period_label("2020-2025", "en") == "2020–2025 term"
