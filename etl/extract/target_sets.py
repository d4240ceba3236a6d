"""Which resolution a target or a share of one belongs to: its scope (annual, quarter, term), term and the body
that set it.
"""
from __future__ import annotations

from .. import lexicon as lx
from ..periods import Period, congress_term, term_for
from .context import Context


def target_set(ctx: Context, start: int, end: int, period: Period | None, *, anchor: int | None = None
               ) -> tuple[str, str | None, str | None]:
    """(scope, body, term) of the resolution a figure refers to.

    Looks first at the words right after the figure ("… chỉ tiêu Nghị quyết năm 2023", "… lần thứ III"), then
    inside the matched phrase, then earlier in the sentence. A quarter named only in the sentence's framing
    ("Trong quý I-2023, …") dates the status, not the target set: annual resolutions are checked quarterly.
    """
    folded = ctx.folded
    anchor = end if anchor is None else anchor
    reach = anchor + 90   # the words right after the figure; no search runs to the end of the document
    clause_end = min([e for e in (folded.find(c, anchor, reach + 2) for c in (";", "\n", ". ")) if e != -1] or [len(folded)])
    after = folded[anchor : min(clause_end, reach)]
    after = lx.TARGET_PHRASE_END_RE.split(after, 1)[0]
    after = lx.PER_YEAR_SUFFIX_RE.sub("", after)   # "8%/năm": per year, not an annual plan
    inside = folded[start:anchor]
    before = folded[ctx.sentence_start(start):start]
    # A list item's frame: "## Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025" over "2. Thu nhập … đến năm 2025: 58 …"
    st = ctx.statement(start)
    head = folded[st.head_start:st.head_end] if st.head_start != st.start else ""
    # A figure dated by a term (its horizon, or a look back over it) belongs to that term's resolution.
    scope = "term" if period is not None and period.kind == "term" else None
    for window in (after, inside, head, before) if scope is None else ():
        if lx.TERM_CUE_RE.search(window):
            scope = "term"
        elif window is after and lx.QUARTER_CUE_RE.search(window):
            scope = "quarter"
        elif lx.ANNUAL_CUE_RE.search(window):
            scope = "annual"
        if scope:
            break
    if scope is None:
        scope = "term" if period is not None and period.kind == "term" else "annual"
    # "đạt và vượt kế hoạch (đề ra)" is the idiom for meeting a plan, whoever set it: a body named elsewhere decides.
    named = (inside, before, head, after) if lx.GENERIC_PLAN_RE.match(after) else (after, inside, before, head)
    # a plan assigned from above is named with the share itself ("đạt 76% dự toán tỉnh giao"), never by the sentence
    from_above = lx.PROVINCE_PLAN_CUE_RE.search(after) or (ctx.city_is_province and lx.CITY_PLAN_CUE_RE.search(after))
    body = "province" if from_above else next((b for b in map(target_body, named) if b), None)
    term = None
    if scope == "term" and period is not None and period.kind == "term":
        term = period.label
    elif scope == "term":
        as_of = period.end_year if period else None
        t = term_for(ctx.text, start, as_of_year=as_of)
        if t is None and body == "party" and as_of is not None:
            t = congress_term(as_of)   # "chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện" in a 2022 report: term 2020 - 2025
        term = t.label if t else None
    return scope, body, term


def target_body(window: str) -> str | None:
    """Who set a target, from the words naming it: People's Council, People's Committee plan, or the Party (a plan the
    province assigned, "province", is read from the words right after a share: target_set)."""
    if lx.COUNCIL_CUE_RE.search(window):
        return "people_council"
    if lx.COMMITTEE_CUE_RE.search(window) or lx.PLAN_NAMED_RE.search(window):
        return "people_committee"
    if lx.RESOLUTION_WORD_RE.search(window) or lx.PARTY_CUE_RE.search(window):
        return "party"
    return None
