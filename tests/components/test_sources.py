"""components/sources.py: documents in order with their figures, rejections with the reason in the reader's
language, warnings from the documents table and the ETL report each once."""
import pandas as pd

from components.sources import MAX_DOCUMENTS, etl_warnings, reason_text, source_documents, sources_layout
from tests.dash_tree import text

DOC = dict(source_id="d1", file_name="a.txt", title="Báo cáo huyện A", published=None, place_id="p1",
           place_name="Huyện A", province="Tỉnh X", period="2023", status="ok", reason=None, fact_count=1,
           warnings=None, encoding="utf-8", sha256="0", text="Năm 2023 tỷ lệ hộ nghèo còn 2,5% theo chuẩn mới.")
FACT = dict(fact_id="f1", source_id="d1", place_id="p1", place_name="Huyện A", province="Tỉnh X",
            indicator="poverty_rate", measure="level", value=2.5, unit="%", qualifier=None, denominator=None,
            period="2023", quote="2,5%", char_start=29, char_end=33)


def docs(*rows):
    return pd.DataFrame([{**DOC, **r} for r in rows])


def test_documents_ok_first_then_by_province_place_period_and_filtered_by_place():
    table = docs(dict(source_id="r", status="rejected", place_id=None, place_name=None),
                 dict(source_id="b", place_name="Huyện B"), dict(source_id="a2", period="2024"), {})
    assert list(source_documents(table, pd.DataFrame())["source_id"]) == ["d1", "a2", "b", "r"]
    only = source_documents(table.assign(place_id=["p9", "p2", "p1", "p1"]), pd.DataFrame(), place_ids=["p1"])
    assert list(only["source_id"]) == ["d1", "a2"]


def test_without_a_documents_table_each_source_of_the_facts_stands_for_a_document():
    pseudo = source_documents(pd.DataFrame(), pd.DataFrame([FACT, {**FACT, "fact_id": "f2"}]))
    assert list(pseudo["source_id"]) == ["d1"] and list(pseudo["fact_count"]) == [2]


def test_warnings_from_documents_report_and_curation_each_once():
    table = docs(dict(warnings=["short text"]))
    report = {"documents": [{"file": "a.txt", "warnings": ["short text"]}, "junk"],
              "warnings": ["two places in d2", "plain"],
              "curation": {"warnings": ["row 3 refused"]}}
    assert etl_warnings(table, report) == [("a.txt", "short text"), ("", "two places in d2"), ("", "plain"),
                                           ("", "row 3 refused")]
    assert etl_warnings(pd.DataFrame(), None) == []


def test_reason_leads_with_the_kind_in_the_readers_language_and_keeps_the_etl_words():
    assert reason_text("binary file: looks like a PDF", "en") == "Binary file, not text (binary file: looks like a PDF)"
    assert reason_text("unsupported extension '.exe'", "en").startswith("Unsupported file type (")
    assert reason_text("something new", "en") == "something new"
    assert reason_text(None, "en") == "–"


def test_layout_lists_documents_figures_rejections_and_warnings():
    table = docs({}, dict(source_id="r", file_name="x.exe", status="rejected", reason="unsupported extension '.exe'"))
    words = text(sources_layout(table, pd.DataFrame([FACT]), {"warnings": ["plain"]}, lang="en"))
    assert "Source documents (1)" in words and "Báo cáo huyện A" in words and "1 figure ·" in words
    assert "Rejected documents (1)" in words and "x.exe" in words and "Unsupported file type" in words
    assert "Processing warnings (1)" in words and "plain" in words


def test_many_documents_are_cut_with_a_note():
    table = docs(*[dict(source_id=f"d{i:03}", title=f"T{i:03}") for i in range(MAX_DOCUMENTS + 2)])
    words = text(sources_layout(table, pd.DataFrame([FACT]).iloc[0:0], {}, lang="en"))
    assert f"Showing the first {MAX_DOCUMENTS} of {MAX_DOCUMENTS + 2} documents" in words
    assert f"T{MAX_DOCUMENTS - 1:03}" in words and f"T{MAX_DOCUMENTS:03}" not in words
