"""Stand-in extractors for the pipeline I/O tests: they need real-looking facts, not correct ones.

Module-level functions, so a process pool can pickle them by reference (jobs=2 tests).
"""
from __future__ import annotations

import re

from etl.extract import Extraction
from etl.schema import FACT_COLUMNS

PERCENT = re.compile(r"(\d+(?:,\d+)?)\s?%")
PLACE = {
    "place_id": "soc-trang/huyen-tran-de",
    "place_name": "Huyện Trần Đề",
    "place_type": "district",
    "province": "Tỉnh Sóc Trăng",
    "admin_code": "951",
    "province_code": "94",
}
OTHER_PLACE = {**PLACE, "place_id": "soc-trang/huyen-cu-lao-dung", "place_name": "Huyện Cù Lao Dung",
               "admin_code": "948"}
BROKEN_MARKER = "TÀI LIỆU HỎNG"


def percent_fact(text: str, match: re.Match, *, indicator: str = "poverty_rate", measure: str = "level") -> dict:
    """One fact in the extractor's shape (every contract column but the pipeline's own), quoting `match`."""
    fact = dict.fromkeys(set(FACT_COLUMNS) - {"fact_id", "curated", "review_status", "source_id"})
    fact.update(PLACE)
    fact.update(
        period="2023", period_type="year", indicator=indicator, measure=measure,
        value=float(match.group(1).replace(",", ".")), unit="%",
        quote=text[match.start() : match.end()], char_start=match.start(), char_end=match.end(),
    )
    return fact


def percent_facts(text: str, *, source_id: str, title: str | None = None, published: str | None = None) -> Extraction:
    """Every "12,5%" in the text as a poverty_rate level — enough to exercise ids, order, curation, I/O."""
    facts = [percent_fact(text, match) for match in PERCENT.finditer(text)]
    return Extraction(facts=facts, warnings=["fake extractor"], place=dict(PLACE), period="2023",
                      title=title, published=published)


def percent_facts_or_raise(text: str, *, source_id: str, title=None, published=None) -> Extraction:
    """As percent_facts, but a document containing BROKEN_MARKER makes the extractor raise."""
    if BROKEN_MARKER in text:
        raise ValueError(f"cannot parse {source_id}")
    return percent_facts(text, source_id=source_id, title=title, published=published)


def unknown_measure(text: str, *, source_id: str, title=None, published=None) -> Extraction:
    extraction = percent_facts(text, source_id=source_id)
    for fact in extraction.facts:
        fact["measure"] = "average"
    return extraction


def shifted_quote(text: str, *, source_id: str, title=None, published=None) -> Extraction:
    extraction = percent_facts(text, source_id=source_id)
    for fact in extraction.facts:
        fact["char_start"] += 1
        fact["char_end"] += 1
    return extraction


def extra_key(text: str, *, source_id: str, title=None, published=None) -> Extraction:
    extraction = percent_facts(text, source_id=source_id)
    for fact in extraction.facts:
        fact["confidence"] = 0.9
    return extraction


def value_as_text(text: str, *, source_id: str, title=None, published=None) -> Extraction:
    extraction = percent_facts(text, source_id=source_id)
    for fact in extraction.facts:
        fact["value"] = str(fact["value"])
    return extraction
