"""callbacks/review.py without a browser: signed-out decisions change nothing, decisions are stored with their
history and reach the table at once; rejected figures stay reviewable from their first decision's snapshot."""
import pandas as pd
import pytest

from callbacks.review import changed_fields, decide, parse_value, rejected_facts
from data_access import load_dataset
from etl.pipeline import run
from store import Decision, effective_reviews, open_store

REPORT = """Huyện Trần Đề tổng kết năm 2023

20/12/2023

Năm 2023, kinh tế huyện Trần Đề tiếp tục phát triển. Tỷ lệ hộ nghèo giảm còn 2,5%. Toàn huyện có 6/9 xã đạt \
chuẩn nông thôn mới.
"""


@pytest.fixture
def tables(tmp_path, monkeypatch):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "tran_de.txt").write_text(REPORT, encoding="utf-8")
    data = tmp_path / "data"
    run(sources, data / "indicators.parquet", data / "etl_report.json", curation=None, reviews={})
    monkeypatch.setenv("NQ_DATA_DIR", str(data))
    monkeypatch.setenv("NQ_SOURCES_DIR", str(sources))
    monkeypatch.setenv("NQ_DATABASE_URL", f"sqlite:///{tmp_path / 'nq.sqlite'}")
    return data


def text_of(component) -> str:
    children = getattr(component, "children", component)
    if isinstance(children, (list, tuple)):
        return " ".join(text_of(c) for c in children)
    return str(children) if not hasattr(children, "children") else text_of(children)


def poverty(ds):
    return ds.facts[ds.facts["indicator"] == "poverty_rate"].iloc[0].to_dict()


def test_signed_out_decisions_change_nothing(tables):
    ds = load_dataset(tables)
    before = (tables / "indicators.parquet").read_bytes()
    message, changed = decide(ds, poverty(ds)["fact_id"], "reject", {}, None, user=None, lang="en")
    assert not changed and "Sign in to change data. Nothing was changed." in text_of(message)
    assert open_store().decisions() == []
    assert (tables / "indicators.parquet").read_bytes() == before


def test_a_correction_is_stored_with_its_history_and_reaches_the_table(tables):
    ds = load_dataset(tables)
    fact = poverty(ds)
    message, changed = decide(ds, fact["fact_id"], "correct", {"value": "2,4", "period": "2023"}, "bảng ghi 2,4%",
                              user="lan", lang="en")
    assert changed and "Correction saved: Value" in text_of(message)
    [decision] = open_store().decisions()
    assert (decision.user_name, decision.field, decision.before, decision.after, decision.note) == \
        ("lan", "value", "2.5", "2.4", "bảng ghi 2,4%")
    table = pd.read_parquet(tables / "indicators.parquet")
    row = table[table["fact_id"] == fact["fact_id"]].iloc[0]
    assert (row["value"], row["review_status"]) == (2.4, "corrected")


def test_an_invalid_correction_is_refused_with_the_reason(tables):
    ds = load_dataset(tables)
    message, changed = decide(ds, poverty(ds)["fact_id"], "correct", {"period": "năm ngoái"}, None, user="lan",
                              lang="en")
    assert not changed and "not a period" in text_of(message)
    assert open_store().decisions() == []


def test_reject_then_accept_brings_the_figure_back(tables):
    ds = load_dataset(tables)
    fact_id = poverty(ds)["fact_id"]
    decide(ds, fact_id, "reject", {}, None, user="lan", lang="en")
    assert fact_id not in set(pd.read_parquet(tables / "indicators.parquet")["fact_id"])
    message, changed = decide(load_dataset(tables), fact_id, "accept", {}, None, user="lan", lang="en")
    assert changed
    table = pd.read_parquet(tables / "indicators.parquet")
    assert table.loc[table["fact_id"] == fact_id, "review_status"].tolist() == ["accepted"]


@pytest.mark.parametrize("typed,stored", [("2,4", "2.4"), ("1.234,5", "1234.5"), ("1234.5", "1234.5"),
                                          (" 45 600 ", "45600")])
def test_values_typed_the_vietnamese_way(typed, stored):
    assert parse_value(typed) == stored


def test_only_changed_fields_are_corrections():
    fact = {"value": 2.5, "period": "2023", "qualifier": None}
    assert changed_fields(fact, {"value": "2,5", "period": "2023", "qualifier": "none"}) == {}
    assert changed_fields(fact, {"value": "2.4", "qualifier": "over"}) == {"value": "2.4", "qualifier": "over"}


def test_a_rejected_figure_is_shown_from_its_first_decisions_snapshot():
    first = Decision(user_name="lan", fact_id="f1", source_id="doc-1", quote="giảm còn 2,5%", action="correct",
                     field="value", before="2.5", after="2.4", indicator="poverty_rate", measure="level",
                     period="2023", value=2.5, char_start=10, char_end=24)
    later = Decision(user_name="minh", fact_id="f1", source_id="doc-1", quote="other", action="reject")
    kept = Decision(user_name="lan", fact_id="f2", source_id="doc-1", quote="q", action="accept")
    documents = pd.DataFrame({"source_id": ["doc-1"], "place_name": ["Huyện Trần Đề"]})
    rows = rejected_facts(effective_reviews([first, later, kept]), documents)
    assert rows["fact_id"].tolist() == ["f1"]                       # only the rejected one
    row = rows.iloc[0]
    assert (row["quote"], row["value"], row["period"], row["char_end"]) == ("giảm còn 2,5%", 2.5, "2023", 24)
    assert row["place_name"] == "Huyện Trần Đề" and row["review_status"] == "rejected"
    assert rejected_facts({}, documents).empty
    assert rejected_facts(effective_reviews([later]), documents.iloc[0:0]).iloc[0]["place_name"] is None
