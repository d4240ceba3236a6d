"""Shared by the pattern tests: extract one paraphrased passage behind a lead that names its place and year."""
from etl.extract import extract_document


def facts_after(lead: str, body: str) -> list[dict]:
    return extract_document(lead + body, source_id="t").facts


def pick(found, indicator: str, measure: str) -> list[dict]:
    return [f for f in found if f["indicator"] == indicator and f["measure"] == measure]
