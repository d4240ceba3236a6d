"""etl/schema.py: the table contract — every column and code is documented in data/README.md, and the
documents table lives beside the facts table."""
import re
from pathlib import Path

import pytest

from etl.schema import (DOCUMENT_COLUMNS, FACT_COLUMNS, FACT_REVIEW_STATUSES, MEASURES, REVIEW_CODES,
                        documents_path_for)

README = (Path(__file__).resolve().parents[2] / "data" / "README.md").read_text(encoding="utf-8")
DOCUMENTED = set(re.findall(r"^\| `([a-z_0-9]+)` \|", README, flags=re.MULTILINE))


@pytest.mark.parametrize("name", sorted(set(FACT_COLUMNS) | set(DOCUMENT_COLUMNS)))
def test_every_column_is_documented(name):
    assert name in DOCUMENTED


@pytest.mark.parametrize("code", REVIEW_CODES)
def test_every_review_code_is_documented(code):
    assert code in DOCUMENTED


def test_names_are_unique_and_rejected_facts_are_no_status_of_the_table():
    assert len(set(FACT_COLUMNS)) == len(FACT_COLUMNS) and len(set(DOCUMENT_COLUMNS)) == len(DOCUMENT_COLUMNS)
    assert len(set(REVIEW_CODES)) == len(REVIEW_CODES) and len(set(MEASURES)) == len(MEASURES)
    assert "rejected" not in FACT_REVIEW_STATUSES and "accepted" in FACT_REVIEW_STATUSES


def test_the_documents_table_beside_the_facts_table():
    assert documents_path_for("out/indicators.parquet") == Path("out/indicators.documents.parquet")
    assert documents_path_for(Path("/d/x.parquet")) == Path("/d/x.documents.parquet")
