"""How sure each figure is: the `review` code of a fact, null when every cue was explicit in its own sentence.

Readers leave hints on the facts they build (REVIEW_HINTS: the value was derived, the indicator was named in an
earlier clause, the period came from a table heading); the rest is judged here from the text after the facts are
settled, so the rules that read periods and places stay as they are. One code per fact, the most serious first
(schema.REVIEW_CODES): conflict_resolved > place_unknown > derived > indicator_far > period_from_document > period_from_paragraph >
place_from_paragraph > place_from_document (`ocr` is set by the pipeline, which knows how a document was read).
"""
from __future__ import annotations

import re

from .. import lexicon as lx
from ..periods import yearless_part
from ..schema import REVIEW_CODES
from .clauses import SENTENCE_OR_LINE_END_RE, paragraph_start
from .context import REVIEW_HINTS, Context
from .place import units_named

_YEARS_RE = re.compile(r"(?:19|20)\d\d")


def review_code(ctx: Context, fact: dict, conflicted: bool) -> str | None:
    """The most serious reason to check `fact` (schema.REVIEW_CODES), or None when its own sentence says everything."""
    reasons = set(fact.get(REVIEW_HINTS, ()))
    if conflicted:
        reasons.add("conflict_resolved")
    start, end = fact["char_start"], fact["char_end"]
    st = ctx.statement(start)
    own_end = _sentence_end(ctx.text, end)
    windows = ((st.start, own_end),) + (((st.head_start, st.head_end),) if st.head_start != st.start else ())
    # the facts of one sentence share their answers (ctx.found caches them per sentence)
    if fact["period"] and "period_explicit" not in reasons:
        key = ("review_period", fact["period"], windows, st.block_start)
        if key not in ctx.found:
            ctx.found[key] = _period_reason(ctx, fact["period"], windows, st.block_start, st.start)
        reasons.add(ctx.found[key])
    key = ("review_place", fact["place_id"], windows)
    if key not in ctx.found:
        ctx.found[key] = _place_reason(ctx, fact, windows, st.start)
    reasons.add(ctx.found[key])
    return next((code for code in REVIEW_CODES if code in reasons), None)


def _sentence_end(text: str, pos: int) -> int:
    m = SENTENCE_OR_LINE_END_RE.search(text, pos)
    return m.start() if m else len(text)


def _names_period(ctx: Context, label: str, start: int, end: int) -> bool:
    """Whether text[start:end] names the period `label` ("2023", "2023-Q1", "2020-2025"): its years, or a part of
    the year said without one ("quý I", "6 tháng đầu năm") that is the report's, or "đến nay"."""
    years = set(_YEARS_RE.findall(ctx.text, start, end))
    wanted = set(_YEARS_RE.findall(label))
    if wanted and wanted <= years:
        return True
    if ctx.report_year is not None and (part := yearless_part(ctx.folded, start, end, year=ctx.report_year)):
        return part.label == label
    return bool(ctx.matches(lx.AS_OF_NOW_RE, start, end))


def _period_reason(ctx: Context, label: str, windows, block_start: int, own_start: int) -> str | None:
    if any(_names_period(ctx, label, a, b) for a, b in windows):
        return None
    heading_start = paragraph_start(ctx.text, max(0, block_start - 1)) if block_start > 0 else block_start
    if own_start > heading_start and _names_period(ctx, label, heading_start, own_start):
        return "period_from_paragraph"   # the paragraph's framing, or the heading line right above it
    return "period_from_document"


def _place_reason(ctx: Context, fact: dict, windows, own_start: int) -> str | None:
    if any(units_named(ctx, a, b) for a, b in windows):
        return None
    if ctx.unit is not None and fact["place_id"] == ctx.unit.place_id:
        line = paragraph_start(ctx.text, own_start)
        return "place_from_paragraph" if units_named(ctx, line, own_start) else "place_from_document"
    return "place_from_paragraph" if fact["place_id"] else "place_unknown"
