"""etl/intake.py: an upload is checked and stored in the hidden intake, then added by a worker; the outcome is what
the result card shows, and a failure is that file's rejection."""
import pandas as pd

from etl.add import Added
from etl.intake import (CARD_FACT_FIELDS, INTAKE_FOLDER, add_stored_upload, intake_dir, outcome, rejection,
                        store_upload, upload_name, upload_problem)
from etl.pipeline import run

FIRST = """Huyện Trần Đề tổng kết năm 2023

Năm 2023, kinh tế huyện Trần Đề tiếp tục phát triển. Tỷ lệ hộ nghèo giảm còn 2,5%.
"""
REPORT = """Huyện Trà Cú tổng kết năm 2023

Năm 2023, huyện Trà Cú đạt nhiều kết quả. Tỷ lệ hộ nghèo của huyện giảm còn 3,8%.
"""


def test_names_lose_any_folder_part():
    assert upload_name("../../etc/passwd") == "passwd"
    assert upload_name("C:/x/báo cáo.pdf") == "báo cáo.pdf"
    assert upload_name("..") == upload_name("") == upload_name(None) == "upload"
    assert rejection("a/b.exe", "unsupported") == {"file_name": "b.exe", "accepted": False, "reason": "unsupported"}


def test_a_file_too_large_for_its_reader_is_refused_before_it_is_stored():
    assert upload_problem("a.txt", 10) is None
    assert upload_problem("a.txt", 10**9).startswith("too large: 1,000,000,000 bytes")


def test_two_uploads_of_one_name_are_stored_apart_in_the_hidden_intake(tmp_path):
    first, second = store_upload(b"one", "r.txt", sources=tmp_path), store_upload(b"two", "r.txt", sources=tmp_path)
    assert first != second and first.name == second.name == "r.txt"
    assert first.parent.parent == intake_dir(tmp_path) == tmp_path / INTAKE_FOLDER
    assert (first.read_bytes(), second.read_bytes()) == (b"one", b"two")


def test_the_outcome_lists_the_card_fields_of_each_figure():
    facts = pd.DataFrame([{"indicator": "poverty_rate", "measure": "level", "value": 3.8, "unit": "%",
                           "period": "2023", "quote": "còn 3,8%", "char_start": 5}])
    card = outcome(Added("r.txt", "s1", True, "ok", place_name="Huyện Trà Cú", period="2023", facts=facts))
    assert card["accepted"] and card["place_name"] == "Huyện Trà Cú"
    assert card["facts"] == [{"indicator": "poverty_rate", "measure": "level", "value": 3.8, "unit": "%",
                              "period": "2023", "quote": "còn 3,8%"}]
    assert set(card["facts"][0]) <= set(CARD_FACT_FIELDS)
    assert outcome(Added("x.exe", "s2", False, "rejected", reason="unsupported"))["facts"] == []


def test_a_stored_upload_is_added_and_its_intake_copy_removed(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "tran_de.txt").write_text(FIRST, encoding="utf-8")
    out, report = tmp_path / "data" / "indicators.parquet", tmp_path / "data" / "etl_report.json"
    run(sources, out, report, curation=None, reviews={})
    stored = store_upload(REPORT.encode(), "tra_cu.txt", sources=sources)
    card = add_stored_upload(stored, out=out, report=report, sources=sources)
    assert card["accepted"] and card["file_name"] == "tra_cu.txt"
    assert [(f["indicator"], f["value"]) for f in card["facts"]] == [("poverty_rate", 3.8)]
    assert not stored.parent.exists() and (sources / "tra_cu.txt").exists()


def test_a_failing_add_is_that_files_rejection(tmp_path):
    stored = store_upload(b"x", "r.txt", sources=tmp_path)
    card = add_stored_upload(stored, out=tmp_path / "missing" / "\0bad.parquet", report=tmp_path / "r.json",
                             sources=tmp_path)
    assert card["accepted"] is False and card["reason"].startswith("could not be read:")
    assert not stored.parent.exists()
