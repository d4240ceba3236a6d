"""etl/review.py + etl/decisions_io.py: review decisions from a real SQLite database are applied on every run,
set each fact's review_status, and travel to and from curation.csv."""
import csv

import pandas as pd
import pytest

from etl.decisions_io import export_decisions, import_decisions
from etl.pipeline import run
from store import Decision, effective_reviews
from store.db import Store

REPORT = """Huyện Trần Đề tổng kết năm 2023

20/12/2023

Năm 2023, kinh tế huyện Trần Đề tiếp tục phát triển. Tỷ lệ hộ nghèo giảm còn 2,5%. Sản lượng nuôi trồng thủy sản \
đạt 41.300 tấn, đạt 104% kế hoạch. Toàn huyện có 6/9 xã đạt chuẩn nông thôn mới.
"""


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "tran_de.txt").write_text(REPORT, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path):
    return Store(f"sqlite:///{tmp_path / 'nq.sqlite'}")


def build(tmp_path, sources, store, curation=None):
    out = tmp_path / "out" / "indicators.parquet"
    reviews = effective_reviews(store.decisions())
    return run(sources, out, tmp_path / "out" / "report.json", curation=curation, reviews=reviews)


def fact_of(facts, indicator, measure="level"):
    rows = facts[(facts["indicator"] == indicator) & (facts["measure"] == measure)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def decide(store, fact, action, **kw):
    store.record([Decision(user_name="lan", fact_id=fact["fact_id"], source_id=fact["source_id"],
                           quote=fact["quote"], action=action, char_start=int(fact["char_start"]),
                           char_end=int(fact["char_end"]), indicator=fact["indicator"], measure=fact["measure"],
                           period=fact["period"], value=float(fact["value"]), **kw)])


def test_every_fact_starts_unreviewed(tmp_path, sources, store):
    facts = build(tmp_path, sources, store).facts
    assert len(facts) == 4 and set(facts["review_status"]) == {"unreviewed"}


def test_decisions_are_applied_on_every_run(tmp_path, sources, store):
    first = build(tmp_path, sources, store).facts
    poverty, communes, output = (fact_of(first, "poverty_rate"), fact_of(first, "ntm_communes"),
                                 fact_of(first, "aquaculture_output"))
    decide(store, poverty, "correct", field="value", before="2.5", after="2.4", note="bảng số liệu ghi 2,4%")
    decide(store, communes, "reject", note="đọc nhầm")
    decide(store, output, "accept")
    result = build(tmp_path, sources, store)
    facts = result.facts
    assert fact_of(facts, "poverty_rate")["value"] == 2.4
    assert fact_of(facts, "poverty_rate")["review_status"] == "corrected"
    assert fact_of(facts, "poverty_rate")["fact_id"] == poverty["fact_id"]     # a correction keeps the id
    assert "ntm_communes" not in set(facts["indicator"])
    assert fact_of(facts, "aquaculture_output")["review_status"] == "accepted"
    assert fact_of(facts, "aquaculture_output", "pct_of_target")["review_status"] == "unreviewed"
    assert result.report["review"] == {"facts_rejected": 1, "facts_corrected": 1, "facts_accepted": 1,
                                       "warnings": []}
    again = pd.read_parquet(result.facts_path)
    assert list(again["review_status"]) == list(facts["review_status"])


def test_a_later_accept_brings_a_rejected_fact_back(tmp_path, sources, store):
    communes = fact_of(build(tmp_path, sources, store).facts, "ntm_communes")
    decide(store, communes, "reject")
    decide(store, communes, "accept")
    assert fact_of(build(tmp_path, sources, store).facts, "ntm_communes")["review_status"] == "accepted"


def test_a_decision_on_a_fact_not_in_the_run_is_a_warning(tmp_path, sources, store):
    store.record([Decision(user_name="lan", fact_id="0123456789abcdef", source_id="gone", quote="đạt 5%",
                           action="reject")])
    result = build(tmp_path, sources, store)
    assert len(result.facts) == 4
    [warning] = result.report["review"]["warnings"]
    assert "0123456789abcdef" in warning and "not in this run" in warning


def test_an_invalid_correction_is_a_warning_and_changes_nothing(tmp_path, sources, store):
    poverty = fact_of(build(tmp_path, sources, store).facts, "poverty_rate")
    decide(store, poverty, "correct", field="period", before="2023", after="năm ngoái")
    result = build(tmp_path, sources, store)
    assert fact_of(result.facts, "poverty_rate")["period"] == "2023"
    assert "not a period" in result.report["review"]["warnings"][0]


def test_decisions_round_trip_through_curation_csv(tmp_path, sources, store):
    first = build(tmp_path, sources, store)
    poverty, communes = fact_of(first.facts, "poverty_rate"), fact_of(first.facts, "ntm_communes")
    decide(store, poverty, "correct", field="value", before="2.5", after="2.4")
    decide(store, communes, "reject")
    curation = tmp_path / "curation.csv"
    written, skipped = export_decisions(store, curation)
    assert (written, skipped) == (2, [])
    assert export_decisions(store, curation)[0] == 0                      # not written twice
    rows = list(csv.DictReader(curation.open(encoding="utf-8")))
    assert {(r["action"], r["new_value"]) for r in rows} == {("correct", "2.4"), ("reject", "")}

    # the file alone (a fresh database) gives the same table …
    fresh = Store(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    from_file = build(tmp_path, sources, fresh, curation=curation).facts
    assert fact_of(from_file, "poverty_rate")["value"] == 2.4
    assert fact_of(from_file, "poverty_rate")["review_status"] == "corrected"
    assert "ntm_communes" not in set(from_file["indicator"])
    # … and importing it into the fresh database records the same decisions on the same facts
    recorded, problems = import_decisions(fresh, curation, first.documents)
    assert (recorded, problems) == (2, [])
    reviews = effective_reviews(fresh.decisions())
    assert reviews[poverty["fact_id"]].corrections == {"value": "2.4"}
    assert reviews[communes["fact_id"]].status == "rejected"
    assert {d.user_name for d in fresh.decisions()} == {"import"}
