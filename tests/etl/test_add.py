"""etl/add.py: one report is extracted alone and merged into the existing tables; a bad one changes nothing."""
import pandas as pd
import pytest

from etl.add import add_document, refresh_document
from etl.pipeline import run
from etl.schema import documents_path_for
from store import Decision, effective_reviews
from store.db import Store
from tests.make_documents import write_scanned_pdf

FIRST = """Huyện Trần Đề tổng kết năm 2023

20/12/2023

Năm 2023, kinh tế huyện Trần Đề tiếp tục phát triển. Tỷ lệ hộ nghèo giảm còn 2,5%. Toàn huyện có 6/9 xã đạt \
chuẩn nông thôn mới.
"""
ADDED = """Huyện Trà Cú tổng kết năm 2023

15/12/2023

Năm 2023, huyện Trà Cú đạt nhiều kết quả. Tỷ lệ hộ nghèo của huyện giảm còn 3,8%. Sản lượng nuôi trồng thủy sản \
đạt 52.000 tấn.
"""


@pytest.fixture
def built(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "tran_de.txt").write_text(FIRST, encoding="utf-8")
    out = tmp_path / "data" / "indicators.parquet"
    run(sources, out, tmp_path / "data" / "etl_report.json", curation=None, reviews={})
    return tmp_path, sources, out


def add(built, name, content, **kw):
    tmp_path, sources, out = built
    upload = tmp_path / "upload.bin"
    upload.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return add_document(upload, file_name=name, out=out, report=out.with_name("etl_report.json"), sources=sources,
                        curation=None, reviews={}, **kw)


def snapshot(out):
    return out.read_bytes(), documents_path_for(out).read_bytes()


def test_a_new_report_is_merged_and_kept_in_the_sources_folder(built):
    tmp_path, sources, out = built
    before = pd.read_parquet(out)
    added = add(built, "tra_cu.txt", ADDED)
    assert added.accepted and added.status == "ok"
    assert added.place_name == "Huyện Trà Cú" and added.period == "2023"
    assert set(added.facts["indicator"]) == {"poverty_rate", "aquaculture_output"}
    after = pd.read_parquet(out)
    assert len(after) == len(before) + len(added.facts)
    assert set(after["source_id"]) == {"tran_de", "tra_cu"}
    pd.testing.assert_frame_equal(after[after["source_id"] == "tran_de"].reset_index(drop=True),
                                  before.reset_index(drop=True))
    documents = pd.read_parquet(documents_path_for(out))
    assert list(documents["file_name"]) == ["tra_cu.txt", "tran_de.txt"]
    assert (sources / "tra_cu.txt").read_text(encoding="utf-8") == ADDED

    # the merged table is what a full run on the sources folder gives
    rebuilt = run(sources, tmp_path / "full" / "indicators.parquet", tmp_path / "full" / "r.json",
                  curation=None, reviews={})
    assert rebuilt.facts_path.read_bytes() == out.read_bytes()


@pytest.mark.parametrize("name,content,reason", [
    ("scan.exe", "MZ", "unsupported"),
    ("empty.txt", b"", "empty"),
    ("tran_de.md", "Tỷ lệ hộ nghèo giảm còn 1,1% năm 2023.", "already in the tables"),
    ("copy.txt", FIRST, "already in the tables as tran_de.txt"),
])
def test_a_file_that_cannot_be_added_changes_nothing(built, name, content, reason):
    tmp_path, sources, out = built
    before = snapshot(out)
    added = add(built, name, content)
    assert not added.accepted and added.status == "rejected"
    assert reason in added.reason
    assert snapshot(out) == before
    assert sorted(p.name for p in sources.iterdir()) == ["tran_de.txt"]


def test_a_report_without_figures_is_accepted_with_no_facts(built):
    added = add(built, "ghi_chu.txt", "Huyện Trà Cú họp tổng kết công tác dân vận năm 2023 tại hội trường huyện.")
    assert added.accepted and added.status == "no_facts" and added.facts.empty


def test_refresh_applies_a_new_decision_to_one_document(built, tmp_path):




    _, sources, out = built
    add(built, "tra_cu.txt", ADDED)
    facts = pd.read_parquet(out)
    poverty = facts[(facts["source_id"] == "tra_cu") & (facts["indicator"] == "poverty_rate")].iloc[0]
    store = Store(f"sqlite:///{tmp_path / 'nq.sqlite'}")
    store.record([Decision(user_name="lan", fact_id=poverty["fact_id"], source_id="tra_cu", quote=poverty["quote"],
                           action="correct", field="value", before="3.8", after="3.6")])
    refreshed = refresh_document("tra_cu", out=out, report=out.with_name("etl_report.json"), sources=sources,
                                 curation=None, reviews=effective_reviews(store.decisions()))
    assert refreshed.accepted
    after = pd.read_parquet(out)
    fixed = after[after["fact_id"] == poverty["fact_id"]].iloc[0]
    assert (fixed["value"], fixed["review_status"]) == (3.6, "corrected")
    pd.testing.assert_frame_equal(after[after["source_id"] == "tran_de"].reset_index(drop=True),
                                  facts[facts["source_id"] == "tran_de"].reset_index(drop=True))


def test_refresh_of_a_scanned_document_reuses_its_text_and_gives_the_same_rows(built, tmp_path):
    _, sources, out = built
    scan = tmp_path / "scan.pdf"
    write_scanned_pdf(ADDED, scan)
    added = add(built, "tra_cu_scan.pdf", scan.read_bytes())
    assert added.accepted and set(added.facts["review"]) == {"ocr"}
    before = snapshot_frames(out)
    scan_in_sources = sources / "tra_cu_scan.pdf"
    scan_in_sources.write_bytes(b"not read again")          # a refresh must not OCR the file again
    refreshed = refresh_document("tra_cu_scan", out=out, report=out.with_name("etl_report.json"), sources=sources,
                                 curation=None, reviews={})
    assert refreshed.accepted
    after = snapshot_frames(out)
    pd.testing.assert_frame_equal(before[0], after[0])
    pd.testing.assert_frame_equal(before[1], after[1])


def snapshot_frames(out):
    return pd.read_parquet(out), pd.read_parquet(documents_path_for(out))
