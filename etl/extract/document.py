"""One document's extraction: the readers run over its text, their facts validated and their conflicts settled.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .. import lexicon as lx
from ..periods import as_of_year, document_period, typo_years
from ..places import PLACE_FIELDS, detect_place, place_fields
from ..validate import fact_key, resolve_conflicts, validate_fact
from .clauses import numeric_spans, sentence_ends
from .conflicts import PART_KEY, collected_over_all_sources
from .context import REVIEW_HINTS, Context
from .counts import count_facts
from .figures import quantity_facts
from .indicator import find_keywords
from .place import city_means_province
from .sureness import review_code
from .tables import table_facts


@dataclass
class Extraction:
    """What one document yields: facts (dicts with FACT_COLUMNS except fact_id/curated), warnings, metadata."""

    facts: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    place: dict | None = None      # place_id, place_name, place_type, province, admin_code, province_code
    period: str | None = None      # main period the document reports on
    title: str | None = None
    published: str | None = None   # ISO date where stated


def _main_place(facts: list[dict], detected: dict | None) -> dict | None:
    """The district the document is about: the one named most, unless, on a page about several districts (each
    paragraph its own, extract/place.py:section_unit), that one states no figure: then the district its first
    figures are about."""
    if detected is None or detected.get("place_type") == "province":
        return detected
    districts = [f for f in facts if f["place_id"] and f["place_type"] != "province"]
    if not districts or any(f["place_id"] == detected["place_id"] for f in districts):
        return detected
    first = min(districts, key=lambda f: f["char_start"])
    return {k: first[k] for k in PLACE_FIELDS}


def extract_document(text: str, *, source_id: str, title: str | None = None, published: str | None = None) -> Extraction:
    """Extract every catalogue fact from NFC-normalised `text`; never raises on odd text."""
    folded = lx.fold_spelling(text)
    low = lx.lower_same_length(folded)
    if title is None:
        title = next((line.strip() for line in text.splitlines() if len(line.strip()) > 20), None)
    warnings: list[str] = []
    published_year = int(published[:4]) if published else None
    period = document_period(folded, title=title, published_year=published_year, as_of=as_of_year(published))
    # the units of the report's time: the year it reports on (a term's first year, when it was planned, unless the
    # publication date tells), else the year it was published
    if period is not None and period.kind != "term":
        report_year = period.end_year
    else:
        report_year = published_year or (int(period.label[:4]) if period is not None else None)
    place = detect_place(folded, title=lx.fold_spelling(title) if title else None, year=report_year)
    warnings += place.warnings
    for typo in typo_years(text):
        warnings.append(f"ignored a year that cannot be one: {typo!r}")
    ctx = Context(text=text, folded=low, unit=place.unit, doc_period=period, warnings=warnings,
                   published=published, city_is_province=city_means_province(place.unit), ends=sentence_ends(text))
    ctx.spans = spans = numeric_spans(low)
    keywords = find_keywords(low, spans)
    raw = table_facts(ctx, keywords) + count_facts(ctx) + quantity_facts(ctx, keywords, spans)
    valid = []
    for fact in raw:
        own = place.unit is not None and fact["place_id"] == place.unit.place_id
        problem = validate_fact(fact, place.unit if own else None)
        if problem and problem.reject:
            warnings.append(f"rejected: {problem.message}: {fact['quote']!r}")
            continue
        if problem:
            warnings.append(f"{problem.message}: {fact['quote']!r}")
        valid.append(fact)
    collected_over_all_sources(valid)
    stated = defaultdict(set)   # fact key → the values stated for it, to tell which kept facts won a conflict
    for fact in valid:
        stated[fact_key(fact)].add((fact["value"], fact["denominator"]))
    facts, conflict_warnings = resolve_conflicts(valid)
    for fact in facts:
        fact["review"] = review_code(ctx, fact, conflicted=len(stated[fact_key(fact)]) > 1)
        fact.pop(PART_KEY, None)
        fact.pop(REVIEW_HINTS, None)
    warnings += conflict_warnings
    if place.unit is None and facts:
        warnings.append("facts kept without a place: no district or province could be identified")
    # The document's period: what most of its facts describe, else what its framing says.
    periods = [f["period"] for f in facts if f["period"] and f["measure"] != "target"]
    main_period = max(set(periods), key=lambda p: (periods.count(p), p)) if periods else (period.label if period else None)
    facts.sort(key=lambda f: (f["char_start"], f["indicator"], f["measure"]))
    return Extraction(
        facts=facts,
        warnings=warnings,
        place=_main_place(facts, place_fields(place.unit) if place.unit else None),
        period=main_period,
        title=title,
        published=published,
    )
