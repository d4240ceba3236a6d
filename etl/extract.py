"""Facts from one document's text. (Interface stub: the rules land in the following commits.)"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Extraction:
    """What one document yields: facts (dicts with FACT_COLUMNS except fact_id/curated), warnings, metadata."""

    facts: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    place: dict | None = None      # place_id, place_name, place_type, province, admin_code, province_code
    period: str | None = None      # main period the document reports on
    title: str | None = None
    published: str | None = None   # ISO date where stated


def extract_document(text: str, *, source_id: str) -> Extraction:
    """Extract every catalogue fact from NFC-normalised `text`; never raises on odd text."""
    return Extraction()
