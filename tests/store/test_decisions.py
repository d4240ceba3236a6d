"""store/decisions.py: a fact's review after its whole history (the replay), and a decision's row round trip."""
from datetime import datetime, timezone

from store.decisions import CORRECTABLE_FIELDS, Decision, effective_reviews


def decision(action, fact_id="f1", **kw):
    return Decision(user_name="lan", fact_id=fact_id, source_id="doc", quote="đạt 5%", action=action, **kw)


def test_replay_gives_the_status_and_the_corrections_in_force():
    reviews = effective_reviews([
        decision("correct", field="value", before="5", after="6"),
        decision("reject"),
    ])
    assert reviews["f1"].status == "rejected"
    reviews = effective_reviews([decision("reject"), decision("accept")])
    assert reviews["f1"].status == "accepted" and reviews["f1"].corrections == {}
    reviews = effective_reviews([decision("correct", field="value", after="6"), decision("reject"),
                                 decision("accept")])
    assert reviews["f1"].status == "corrected" and reviews["f1"].corrections == {"value": "6"}


def test_a_correction_stays_in_force_until_that_field_is_corrected_again():
    reviews = effective_reviews([
        decision("correct", field="value", before="5", after="6"),
        decision("correct", field="period", before="2023", after="2024"),
        decision("correct", field="value", before="6", after="7"),
    ])
    assert reviews["f1"].corrections == {"value": "7", "period": "2024"} and reviews["f1"].status == "corrected"
    assert [d.after for d in reviews["f1"].history] == ["6", "2024", "7"] and reviews["f1"].last.after == "7"


def test_each_fact_is_replayed_on_its_own():
    reviews = effective_reviews([decision("reject", fact_id="a"), decision("accept", fact_id="b")])
    assert {k: r.status for k, r in reviews.items()} == {"a": "rejected", "b": "accepted"}
    assert effective_reviews([]) == {}


def test_a_decision_round_trips_through_its_row_without_its_id():
    d = decision("correct", field="value", before="5", after="6", note="typo", char_start=3, char_end=9,
                 value=5.0, created_at=datetime(2026, 1, 2, tzinfo=timezone.utc), id=7)
    row = d.as_row()
    assert "id" not in row and row["after"] == "6" and row["char_end"] == 9
    back = Decision.from_row({**row, "id": 7, "unrelated": "ignored"})
    assert back == d


def test_the_value_is_correctable():
    assert "value" in CORRECTABLE_FIELDS and "quote" not in CORRECTABLE_FIELDS
