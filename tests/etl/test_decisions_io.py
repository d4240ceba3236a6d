"""etl/decisions_io.py: review decisions become curation.csv rows (and back), each row once, what cannot be written
or matched named."""
import csv

import pytest

from etl.curation import CURATION_COLUMNS
from etl.decisions_io import IMPORT_USER, export_decisions, export_rows, import_decisions
from etl.pipeline import run
from store import Decision, effective_reviews
from store.db import Store

REPORT = """Huyện Trần Đề tổng kết năm 2023

Năm 2023, kinh tế huyện Trần Đề tiếp tục phát triển. Tỷ lệ hộ nghèo giảm còn 2,5%. Toàn huyện có 6/9 xã đạt \
chuẩn nông thôn mới.
"""


@pytest.fixture
def built(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "tran_de.txt").write_text(REPORT, encoding="utf-8")
    result = run(sources, tmp_path / "out" / "f.parquet", tmp_path / "out" / "r.json", curation=None, reviews={})
    return result, Store(f"sqlite:///{tmp_path / 'nq.sqlite'}")


def decide(store, fact, action, **kw):
    store.record([Decision(user_name="lan", fact_id=fact["fact_id"], source_id=fact["source_id"], quote=fact["quote"],
                           action=action, char_start=int(fact["char_start"]), char_end=int(fact["char_end"]),
                           indicator=fact["indicator"], measure=fact["measure"], period=fact["period"],
                           value=float(fact["value"]), **kw)])


def fact(result, indicator):
    return result.facts[result.facts["indicator"] == indicator].iloc[0]


def test_rows_say_reject_or_correct_with_the_new_values_and_who_decided(built):
    result, store = built
    decide(store, fact(result, "poverty_rate"), "correct", field="value", before="2.5", after="2.4")
    decide(store, fact(result, "ntm_communes"), "reject")
    decide(store, fact(result, "ntm_communes"), "reject")
    rows, skipped = export_rows(store)
    assert skipped == [] and all(set(r) == set(CURATION_COLUMNS) for r in rows)
    by_action = {r["action"]: r for r in rows}
    assert by_action["correct"]["new_value"] == "2.4"
    assert by_action["correct"]["quote"] == fact(result, "poverty_rate")["quote"]
    assert by_action["reject"]["new_value"] == "" and by_action["reject"]["note"].startswith("review rejected by lan")


def test_an_accepted_fact_is_a_confirming_correct_row(built):
    result, store = built
    decide(store, fact(result, "poverty_rate"), "accept")
    [row] = export_rows(store)[0]
    assert row["action"] == "correct" and not any(row[c] for c in CURATION_COLUMNS if c.startswith("new_"))


def test_export_appends_each_row_once_with_one_header(built, tmp_path):
    result, store = built
    decide(store, fact(result, "ntm_communes"), "reject")
    path = tmp_path / "curation.csv"
    assert export_decisions(store, path) == (1, [])
    assert export_decisions(store, path) == (0, [])
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",") == list(CURATION_COLUMNS) and len(lines) == 2


def test_import_records_decisions_by_import_and_names_rows_that_match_nothing(built, tmp_path):
    result, _ = built
    path = tmp_path / "curation.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CURATION_COLUMNS)
        writer.writeheader()
        source = result.facts["source_id"].iloc[0]
        writer.writerow({**dict.fromkeys(CURATION_COLUMNS, ""), "source_id": source, "action": "reject",
                         "quote": "Toàn huyện có 6/9 xã đạt chuẩn nông thôn mới"})
        writer.writerow({**dict.fromkeys(CURATION_COLUMNS, ""), "source_id": source,
                         "quote": "Năm 2023, kinh tế huyện", "action": "reject"})
    store = Store(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    recorded, problems = import_decisions(store, path, result.documents)
    assert recorded == 1 and len(problems) == 1 and problems[0].startswith("curation line 3:")
    [review] = effective_reviews(store.decisions()).values()
    assert review.status == "rejected" and review.last.user_name == IMPORT_USER
