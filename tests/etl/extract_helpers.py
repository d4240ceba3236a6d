"""Shared by the pattern tests: extract one paraphrased passage behind a lead that names its place and year."""
from etl.extract import extract_document


def facts_after(lead: str, body: str) -> list[dict]:
    return extract_document(lead + body, source_id="t").facts


def pick(found, indicator: str, measure: str) -> list[dict]:
    return [f for f in found if f["indicator"] == indicator and f["measure"] == measure]


def period_values(found, indicator: str, measure: str) -> list[tuple]:
    """(period, value) of the facts of one indicator and measure, sorted: what a round test compares."""
    return sorted((f["period"], f["value"]) for f in pick(found, indicator, measure))
