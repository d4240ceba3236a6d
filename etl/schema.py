"""The table contract: column names, types and allowed values shared by the ETL and the dashboard.

Everything downstream (dashboard, exports) relies on these names; change them here and in data/README.md only.
"""
from __future__ import annotations

import pyarrow as pa

from store.decisions import REVIEW_STATUSES

# The version of this contract and the Parquet schema-metadata keys of the facts table (etl/write.py writes them,
# data_access reads them): the contract version, and the indicator catalogue as the dashboard needs it (JSON).
CONTRACT_VERSION = "1"
CONTRACT_KEY = b"nq.contract"
CATALOGUE_KEY = b"nq.catalogue"

MEASURES = ("level", "growth_pct", "pct_of_target", "change", "target")
QUALIFIERS = ("over", "under", "approx", "estimate")
PLACE_TYPES = ("district", "town", "city", "province")
# Which resolution a target/`targets_met` figure belongs to: the period kind it covers.
TARGET_SCOPES = ("annual", "quarter", "half_year", "term")
PERIOD_TYPES = ("year", "quarter", "half_year", "nine_months", "term")
# Who set the target: Party committee resolution, People's Council resolution, People's Committee plan, or the
# province (a plan assigned to the district from above: "dự toán tỉnh giao").
TARGET_BODIES = ("party", "people_council", "people_committee", "province")
STATUSES = ("ok", "no_facts", "rejected")
# Why a fact should be checked by a person, most serious first; null when every cue was explicit in its own sentence
# (etl/extract/sureness.py; `ocr` set by the pipeline for a document read by OCR). See data/README.md.
REVIEW_CODES = ("ocr", "conflict_resolved", "place_unknown", "derived", "indicator_far", "period_from_document",
                "period_from_paragraph", "place_from_paragraph", "place_from_document")
# A fact's review status in the table; a rejected fact is not in the table (its history in store/ keeps it).
FACT_REVIEW_STATUSES = tuple(s for s in REVIEW_STATUSES if s != "rejected")
# How a document's text was read: a text or HTML file, a Word file, a PDF's text layer, or OCR of a scan/image.
DOCUMENT_METHODS = ("txt", "html", "docx", "pdf", "ocr")

FACTS_SCHEMA = pa.schema(
    [
        ("fact_id", pa.string()),          # stable hash of source_id + char span + indicator + measure
        ("source_id", pa.string()),        # file name without extension
        ("place_id", pa.string()),         # stable slug, e.g. "soc-trang/huyen-tran-de"
        ("place_name", pa.string()),       # Vietnamese with diacritics, e.g. "Huyện Trần Đề"
        ("place_type", pa.string()),       # PLACE_TYPES
        ("province", pa.string()),         # e.g. "Tỉnh Sóc Trăng"
        ("admin_code", pa.string()),       # GSO district code, e.g. "951"; null when unknown
        ("province_code", pa.string()),    # GSO province code, e.g. "94"
        ("place_name_reported", pa.string()),  # the unit's name when the report was written, e.g. "Huyện Tĩnh Gia"
        ("province_reported", pa.string()),    # the province's name then, e.g. "Tỉnh Thừa Thiên Huế"
        ("period", pa.string()),           # "2023", "2023-Q1", "2023-H1", "2023-9M", "2020-2025"
        ("period_type", pa.string()),      # year | quarter | half_year | nine_months | term
        ("term", pa.string()),             # resolution term a term-scoped figure belongs to, e.g. "2020-2025"
        ("indicator", pa.string()),        # id from etl/indicators.yaml
        ("measure", pa.string()),          # MEASURES
        ("value", pa.float64()),
        ("unit", pa.string()),             # "%", "pp", "billion VND", ...
        ("denominator", pa.float64()),     # for "x/y" facts, else null
        ("qualifier", pa.string()),        # QUALIFIERS or null
        ("target_scope", pa.string()),     # TARGET_SCOPES, for targets_met / pct_of_target / target; else null
        ("target_body", pa.string()),      # TARGET_BODIES or null
        ("quote", pa.string()),            # exact source text of the fact (text[char_start:char_end])
        ("char_start", pa.int64()),        # offsets in the NFC-normalised document text
        ("char_end", pa.int64()),
        ("curated", pa.bool_()),           # changed or confirmed by data/curation.csv or a review decision
        ("review_status", pa.string()),    # FACT_REVIEW_STATUSES: unreviewed | accepted | corrected
        ("review", pa.string()),           # REVIEW_CODES: why a person should check it (null: every cue explicit)
    ]
)

DOCUMENTS_SCHEMA = pa.schema(
    [
        ("source_id", pa.string()),
        ("file_name", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),        # ISO date where the document states it, else null
        ("place_id", pa.string()),
        ("place_name", pa.string()),
        ("province", pa.string()),
        ("place_name_reported", pa.string()),  # as in the facts table: the names of the report's time
        ("province_reported", pa.string()),
        ("period", pa.string()),           # main period the document reports on
        ("status", pa.string()),           # STATUSES
        ("reason", pa.string()),           # why rejected / no facts; null when ok
        ("fact_count", pa.int64()),
        ("warnings", pa.list_(pa.string())),
        ("encoding", pa.string()),
        ("sha256", pa.string()),
        ("text", pa.string()),             # the NFC-normalised text the char offsets refer to
        ("method", pa.string()),           # DOCUMENT_METHODS: how the text was obtained; null if unreadable
        ("page_starts", pa.list_(pa.int64())),  # PDFs: offset in `text` where each page begins; else null
    ]
)

FACT_COLUMNS = FACTS_SCHEMA.names
DOCUMENT_COLUMNS = DOCUMENTS_SCHEMA.names


def documents_path_for(facts_path):
    """The documents table lives beside the facts table: indicators.parquet → indicators.documents.parquet."""
    from pathlib import Path

    p = Path(facts_path)
    return p.with_name(p.stem + ".documents.parquet")
