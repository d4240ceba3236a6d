"""Whole pipeline on the five seeds written as .docx, text PDF and scanned PDF (built at test time from seeds/).

.docx and text PDF must give exactly the facts of the .txt files (same text, so the same offsets, ids and review
codes); the scans, read by Tesseract, must give the core facts with the same values and no figure the text lacks,
each marked for review ("ocr").
"""
import os
from pathlib import Path

import pandas as pd
import pytest

from etl.pipeline import run
from etl.pages import page_at
from etl.schema import documents_path_for
from tests.etl.format_documents import write_docx, write_pdf, write_scanned_pdf

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
COMPARED = ["source_id", "place_id", "period", "indicator", "measure", "value", "unit", "qualifier", "target_scope",
            "target_body", "term", "quote", "char_start", "char_end", "fact_id", "review"]
KEY = ["source_id", "indicator", "measure", "period", "target_scope", "target_body", "term"]
SCAN_DPI = 200        # the scanner's resolution and the OCR's: a tenth of a second per page less than 300, same facts


def _run(folder: Path, out: Path, jobs: int = 1):
    result = run(folder, out / "indicators.parquet", out / "report.json", curation=None, reviews={}, jobs=jobs)
    return pd.read_parquet(result.facts_path), pd.read_parquet(documents_path_for(result.facts_path))


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("formats")
    folders = {kind: base / kind for kind in ("txt", "docx", "pdf", "scan")}
    for folder in folders.values():
        folder.mkdir()
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        (folders["txt"] / seed.name).write_text(text, encoding="utf-8")
        write_docx(text, folders["docx"] / f"{seed.stem}.docx")
        pdf = write_pdf(text, folders["pdf"] / f"{seed.stem}.pdf")
        write_scanned_pdf(pdf, folders["scan"] / f"{seed.stem}.pdf", dpi=SCAN_DPI)
    results = {}
    for kind, folder in folders.items():
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("NQ_OCR_DPI", str(SCAN_DPI))
            results[kind] = _run(folder, base / f"out_{kind}", jobs=2 if kind == "scan" else 1)
    return results


def _facts(frame):
    return frame[COMPARED].sort_values(["source_id", "char_start", "indicator", "measure"]).reset_index(drop=True)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_docx_and_text_pdf_give_the_facts_of_the_text_files(runs, kind):
    txt_facts, _ = runs["txt"]
    facts, documents = runs[kind]
    assert len(txt_facts) > 40
    pd.testing.assert_frame_equal(_facts(facts), _facts(txt_facts))
    assert set(documents["method"]) == {kind} and set(documents["status"]) == {"ok"}


def test_text_pdf_records_the_page_of_every_quote(runs):
    facts, documents = runs["pdf"]
    by_id = documents.set_index("source_id")
    assert all(len(starts) >= 2 for starts in by_id["page_starts"])    # every seed runs over more than one page
    pages = {(f.source_id, page_at(by_id.loc[f.source_id, "page_starts"], f.char_start)) for f in facts.itertuples()}
    assert {page for _, page in pages} >= {1, 2}
    txt_documents = runs["txt"][1]
    assert txt_documents["page_starts"].isna().all() and set(txt_documents["method"]) == {"txt"}


def test_scans_give_the_core_facts_and_no_wrong_figure(runs):
    txt_facts, _ = runs["txt"]
    facts, documents = runs["scan"]
    rejected = documents[documents["status"] != "ok"]
    assert rejected.empty, list(zip(rejected["file_name"], rejected["reason"]))
    assert set(documents["method"]) == {"ocr"}
    assert set(facts["review"]) == {"ocr"} and "ocr" not in set(txt_facts["review"])   # every OCR figure to check
    assert all(any("read by OCR" in w for w in warnings) for warnings in documents["warnings"])
    expected = txt_facts.set_index(KEY)["value"].groupby(level=list(range(len(KEY)))).apply(frozenset)
    read = facts.set_index(KEY)["value"].groupby(level=list(range(len(KEY)))).apply(frozenset)
    invented = [key for key in read.index if key not in expected.index]
    wrong = [(key, sorted(read[key]), sorted(expected[key])) for key in read.index
             if key in expected.index and not read[key] <= expected[key]]
    lost = [key for key in expected.index if key not in read.index]
    assert not invented, f"OCR gave figures the text does not have: {invented}"
    assert not wrong, f"OCR changed values: {wrong}"
    core = {"targets_met", "poverty_rate", "budget_revenue", "production_value", "income_per_capita"}
    core_expected = [key for key in expected.index if key[1] in core]
    assert core_expected and not [key for key in core_expected if key not in read.index], lost
    assert len(lost) <= 0.1 * len(expected), f"OCR lost {len(lost)} of {len(expected)} facts: {lost}"
