"""The `review` code of each fact (etl/extract/sureness.py): null only when the figure's own sentence names its
period and place and states the figure as written; else the most serious reason to check it."""
from dataclasses import dataclass

import pandas as pd
import pytest

from etl.extract import extract_document
from etl.pipeline import ContractError, check_facts, process
from etl.read import Document
from etl.schema import FACT_COLUMNS, REVIEW_CODES

HEAD = "Huyện ủy Vân Đồn tổng kết năm 2023.\n"


def reviews(text: str) -> dict[tuple[str, str], str | None]:
    return {(f["indicator"], f["measure"]): f["review"] for f in extract_document(text, source_id="t").facts}


@pytest.mark.parametrize("body, fact, code", [
    ("Năm 2023, tỷ lệ hộ nghèo của huyện giảm còn 1,5%.", ("poverty_rate", "level"), None),
    # the year only in the document's title
    ("Kinh tế phát triển khá.\nHuyện có tỷ lệ hộ nghèo giảm còn 1,5%.", ("poverty_rate", "level"), "period_from_document"),
    # the year said once at the head of the paragraph
    ("Trong năm 2023, huyện Vân Đồn phát triển khá. Tỷ lệ hộ nghèo giảm còn 1,5%.", ("poverty_rate", "level"),
     "period_from_paragraph"),
    # no unit named in the sentence or its paragraph: the document's place
    ("Năm 2023, tỷ lệ hộ nghèo giảm còn 1,5%.", ("poverty_rate", "level"), "place_from_document"),
    # "vượt 15% dự toán" is 115 % of the plan: a value computed, not written
    ("Năm 2023, thu ngân sách trên địa bàn huyện đạt 500 tỷ đồng, vượt 15% dự toán.", ("budget_revenue", "pct_of_target"),
     "derived"),
    ("Năm 2023, thu ngân sách trên địa bàn huyện đạt 500 tỷ đồng, vượt 15% dự toán.", ("budget_revenue", "level"), None),
    # the indicator named in the clause before the semicolon
    ("Năm 2023, tỷ lệ hộ nghèo của huyện còn 1,1%; giảm 0,6% so với đầu năm.", ("poverty_rate", "change"), "indicator_far"),
    ("Năm 2023, tỷ lệ hộ nghèo của huyện còn 1,1%.\nNăm 2023, tỷ lệ hộ nghèo của huyện còn 1,12%.", ("poverty_rate", "level"),
     "conflict_resolved"),
])
def test_each_reason_is_named(body, fact, code):
    assert reviews(HEAD + body + "\n")[fact] == code


def test_a_fact_without_any_place_is_flagged():
    assert reviews("Báo cáo tổng kết năm 2023.\nNăm 2023, tỷ lệ hộ nghèo giảm còn 1,5%.\n") == {
        ("poverty_rate", "level"): "place_unknown"}


def test_a_table_period_in_its_column_heading_is_explicit_and_a_ratio_to_last_year_is_derived():
    found = reviews(HEAD + "| Chỉ tiêu | ĐVT | Kế hoạch 2023 | Ước TH 2023 | So cùng kỳ (%) |\n"
                           "| Thu ngân sách | Tỷ đồng | 480 | 500 | 108 |\n")
    assert found == {("budget_revenue", "level"): "place_from_document", ("budget_revenue", "target"): "place_from_document",
                     ("budget_revenue", "growth_pct"): "derived"}


@dataclass(frozen=True)
class ScannedDocument(Document):
    """A document as the OCR reader hands it over: `method` says how its text was read."""

    method: str = "ocr"


def test_every_fact_of_a_document_read_by_ocr_is_flagged():
    text = HEAD + "Năm 2023, tỷ lệ hộ nghèo của huyện giảm còn 1,5%.\n"
    typed = Document("typed", "typed.txt", text, "utf-8", "0" * 64)
    scanned = ScannedDocument("scanned", "scanned.pdf", text, "utf-8", "1" * 64)
    facts = process([typed, scanned], [], reviews={}).facts.set_index("source_id")
    assert pd.isna(facts.loc["typed", "review"]) and facts.loc["scanned", "review"] == "ocr"


def test_the_contract_check_refuses_an_unknown_code():
    text = HEAD + "Năm 2023, tỷ lệ hộ nghèo giảm còn 1,5%.\n"
    facts = process([Document("a", "a.txt", text, "utf-8", "0" * 64)], [], reviews={}).facts
    assert list(facts.columns) == FACT_COLUMNS and set(facts["review"].dropna()) <= set(REVIEW_CODES)
    facts.loc[0, "review"] = "maybe"
    with pytest.raises(ContractError, match="review not in"):
        check_facts(facts, {"a": text})
