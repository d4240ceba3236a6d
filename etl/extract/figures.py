"""Figures in prose: each quantity of a clause read with the indicator phrase before it (or its label after it),
its measure, period, plan status, target set and place.
"""
from __future__ import annotations

import bisect
import re

from .. import lexicon as lx
from ..periods import Period, explicit_period_near, horizon, term_of_span, year_period
from .clauses import clauses, own_and_frame
from .conflicts import PART_KEY, names_a_part, part_of_the_whole_before
from .context import REVIEW_HINTS, Context, make_fact
from .indicator import KeywordHit, per_area_forms, post_label
from .measure import measure_of, qualifier_before, verb_before_phrase
from .period import UNHELD, averaged_period, figure_period, lead_retrospect
from .place import place_of
from .plans import expected_result, plan_cue, target_period
from .quantities import Quantity, find_quantities
from .tables import in_table
from .target_sets import target_set
from .units import fits


FAR_PHRASE = 160   # characters between an indicator's phrase and its figure beyond which the pairing is checked


def quantity_facts(ctx: Context, keywords: list[KeywordHit], spans) -> list[dict]:
    text, folded = ctx.text, ctx.folded
    facts = []
    kw_starts = [k.start for k in keywords]   # keywords come sorted by start: a clause's are a slice
    for s_start, s_end in spans:
        span_quantities = [q for q in find_quantities(folded, s_start, s_end) if not in_table(ctx, q.start)]
        if not span_quantities:
            continue
        carried = None   # (indicator phrase, clause start, after ';') a clause after it may continue
        for c_start, c_end in clauses(text[s_start:s_end]):
            c_start, c_end = c_start + s_start, c_end + s_start
            clause_kws = keywords[bisect.bisect_left(kw_starts, c_start):bisect.bisect_left(kw_starts, c_end)]
            scope_start = c_start
            if not clause_kws and carried and (
                    carried[2] and (lx.ELLIPSIS_START_RE.match(folded, c_start)
                                    or lx.UNIT_ELLIPSIS_START_RE.match(folded, c_start))
                    or lx.ANAPHOR_START_RE.match(folded, c_start)):
                # "Tỷ lệ hộ nghèo còn 1,1%; giảm 0,6% so với đầu năm": the subject of the clause before
                # ("…đạt 93,8%; toàn tỉnh đạt 92,1%": the same subject, for the unit the clause names;
                # "…còn 3,1%. Tỷ lệ này phấn đấu giảm xuống dưới 2%": a subject pointing back to it).
                clause_kws, scope_start = [carried[0]], carried[1]
            carried = (clause_kws[-1], scope_start, text[c_end : c_end + 1] == ";") if clause_kws else None
            quantities = [q for q in span_quantities if c_start <= q.start and q.end <= c_end]
            clause_kws = per_area_forms(clause_kws, quantities, folded)
            previous_end = c_start
            for q in quantities:
                fact = _quantity_fact(ctx, q, c_start, c_end, clause_kws, previous_end, scope_start)
                if fact:
                    facts.append(fact)
                previous_end = q.end
    return facts


def _quantity_fact(ctx: Context, q: Quantity, c_start: int, c_end: int, clause_kws: list[KeywordHit],
                   previous_end: int, scope_start: int) -> dict | None:
    """The fact a figure states, or None when it names no catalogue indicator of this place and period."""
    text, folded = ctx.text, ctx.folded
    if q.number_start >= 2 and folded[q.number_start - 1] == "/" and folded[q.number_start - 2].isdigit():
        return None   # "(13,9/9,2%)", "(83,5/64 triệu đồng)": the second of a pair set side by side, no figure alone
    post = folded[q.end : min(c_end, q.end + 60)]
    if q.kind not in ("pct", "pp") and lx.CURRENT_PRICE_AFTER.match(post) \
            and lx.CONSTANT_PRICE_RE.search(folded, q.end, min(len(folded), q.end + 120)):
        return None   # the value at current prices, the same value at constant prices follows
    label, label_end, other_share = post_label(q, post, clause_kws)
    if other_share:
        return None
    # a phrase that means growth ("tốc độ tăng trưởng kinh tế") names a percentage, never an amount
    before_kws = [k for k in clause_kws if k.end <= q.number_start and fits(k.indicator, q)
                  and not (k.growth and q.kind not in ("pct", "pp"))]
    kw = before_kws[-1] if before_kws else None
    indicator = label or (kw.indicator if kw else None)
    if not indicator:
        return None  # no indicator, or one outside the catalogue ("sản lượng cà phê", "hộ nghèo DTTS")
    if indicator in lx.RESPECTIVE_PARTS and ctx.matches(lx.RESPECTIVELY_RE, kw.end, q.start):
        # "… lần lượt là 1,5% và 2,3%": the first figure after the phrase is the first part's, and so on.
        parts = lx.RESPECTIVE_PARTS[indicator]
        indicator = parts[min(len(parts) - 1, previous_end > kw.end)]
    if label and kw is None:
        kw = KeywordHit(q.start, q.end, label, False)
    window_start = max(previous_end, kw.end if kw.end <= q.start else c_start)
    pre = folded[window_start : q.number_start]
    if lx.BASE_BEFORE_RE.search(pre) or lx.RANGE_BEFORE.search(folded, max(c_start, q.number_start - 8), q.number_start):
        return None
    if kw.end <= q.start and names_a_part(folded, kw.end, q.number_start):
        return None
    qualifier = qualifier_before(folded, q.number_start, window_start)
    # "ước đạt 16.817 tỷ đồng, tăng 5,1%": the estimate covers every figure after it in the phrase.
    # "ước đạt gần 180%": "gần/khoảng" already says the figure is inexact and says more than "ước" around it
    # (a bound, "ước đạt hơn 3.120 tỷ", stays an estimate).
    if qualifier != "approx" and (
            lx.ESTIMATE_RE.search(folded[kw.end if kw.end <= q.number_start else window_start : q.number_start])
            or lx.ESTIMATE_FRAME_RE.match(folded, c_start)):
        qualifier = "estimate"
    after_share = window_start == previous_end > 0 and folded[previous_end - 1] == "%"
    after_amount = window_start == previous_end > c_start and folded[previous_end - 1].isalpha()   # "… tỷ đồng, đạt"
    decided = measure_of(ctx, kw, indicator, q, verb_before_phrase(folded, kw, q, pre), post, after_share=after_share,
                         after_amount=after_amount)
    if decided is None:
        return None
    measure, value, unit, quote_end = decided
    if measure == "target" and qualifier == "estimate":
        qualifier = None   # "ước đạt 55,3 triệu/KH 55 triệu": the result is estimated, the plan is not
    if qualifier is None:
        qualifier = "over" if lx.AT_LEAST_AFTER.match(post) else "under" if lx.AT_MOST_AFTER.match(post) else None
    st = ctx.statement(q.start)
    period = figure_period(ctx, st, q)
    if previous_end > c_start:
        # "… năm 2021 đạt 8.930 tỷ đồng, ước năm 2022 đạt 9.660 tỷ đồng": an elliptical clause keeps the indicator
        # and names its own year right before its figure.
        own_year = lx.ELLIPTICAL_YEAR_RE.search(folded, previous_end, q.number_start)
        if own_year and (period is None or period.label != own_year.group("year")):
            period = year_period(int(own_year.group("year")))
    cue = plan_cue(ctx, st, c_start, q.number_start)
    if cue is not None and _expected_against_plan(ctx, cue, q, period):
        cue, qualifier = None, qualifier or "estimate"
    if measure == "target" and cue is None and period is not None and period.kind in _PARTS_OF_A_YEAR \
            and not lx.QUARTER_CUE_RE.search(folded, max(c_start, previous_end), q.number_start):
        # "ước đạt 4.296 tỷ đồng/KH 8.473 tỷ đồng" in a half-year review: the plan beside the result is the year's
        period = year_period(period.end_year)
    expected_in = expected_result(ctx, q.number_start) if cue is None and measure == "level" else None
    if expected_in is not None:
        # "cuối năm 2020, dự kiến còn 2,89%": an estimate of that year's result (not the term's, in a term review)
        qualifier = qualifier or "estimate"
        period = year_period(expected_in)
    quote_start = _quote_start(ctx, kw, q, c_start)
    if cue and measure == "pct_of_target":
        ctx.warnings.append(f"share of a plan only aimed at, skipped: {text[quote_start:quote_end]!r}")
        return None
    if cue and measure in ("level", "change", "growth_pct"):
        measure = "target"
        period = target_period(ctx, st, c_start, q.number_start, q.end, period)
        if cue.re is lx.YEAR_MENTION_RE and cue.start() < st.start and period is not None \
                and period.label == str(ctx.report_year):
            # "… thông qua 21 chỉ tiêu chủ yếu của năm 2021. Trong đó, …": the year the sentence before plans for
            period = year_period(int(cue.group("year")))
        period = _list_term(ctx, q, cue, period)
    elif measure in ("change", "growth_pct"):
        period = averaged_period(ctx, st, q, clause_kws, max(c_start, previous_end), c_end) or period
    if measure in ("change", "growth_pct", "pct_of_target") and period is not UNHELD and not cue:
        # under "Nhiệm kỳ qua, …" / "Kết quả 5 năm 2015 - 2020": a change or a share of the resolution over the term
        lead = lead_retrospect(ctx, st)
        if lead and not any(explicit_period_near(folded, a, b) for a, b in own_and_frame(st, q.start)):
            period = lead
    if period is UNHELD:
        ctx.warnings.append(f"figure over a span of years that is no period, skipped: {text[quote_start:quote_end]!r}")
        return None
    target_scope = target_body_ = term = None
    if measure in ("pct_of_target", "target"):
        target_scope, target_body_, term = target_set(ctx, q.start, quote_end, period, anchor=q.end)
    place = place_of(ctx, scope_start, q.start, text[quote_start:quote_end], (kw.start, kw.end))
    if place is False:
        return None
    if label:
        quote_end = max(quote_end, label_end)
    fact = make_fact(
        ctx, indicator=indicator, measure=measure, value=value, unit=unit, start=quote_start, end=quote_end,
        qualifier=qualifier, period=period, target_scope=target_scope, target_body=target_body_, term=term,
        place=place,
    )
    hints = set()
    if kw.start < c_start or q.number_start - kw.end > FAR_PHRASE:
        hints.add("indicator_far")   # named in an earlier clause ("…còn 1,1%; giảm 0,6% so với đầu năm"), or far before
    if q.kind in ("pct", "pp") and abs(value) != q.value:
        hints.add("derived")   # "vượt 15% dự toán" → 115 % of it, "bằng 108% cùng kỳ" → growth 8 %
    if hints:
        fact[REVIEW_HINTS] = hints
    if kw.start <= q.start and lx.PART_BEFORE_PHRASE.search(folded, max(0, kw.start - 14), kw.start):
        fact[PART_KEY] = True   # "…, trong đó thu nội địa 320 tỷ đồng": a part of the total, which wins a conflict
    elif part_of_the_whole_before(ctx, q.start, indicator):
        fact[PART_KEY] = True
    return fact


_PARTS_OF_A_YEAR = ("quarter", "half_year", "nine_months")


def _expected_against_plan(ctx: Context, cue: re.Match, q, period) -> bool:
    """"Tổng thu ngân sách dự kiến 1.589 tỷ đồng, vượt 32,9% so dự toán" in the review of that year: the figure the
    year is expected to end with, measured against its plan in the same sentence, is an estimated result."""
    if not lx.EXPECTATION_CUE_RE.fullmatch(cue.group()) or cue.start() > q.number_start:
        return False
    if ctx.report_year is None or period is None or period.end_year != ctx.report_year:
        return False
    end = next((e for e in ctx.ends if e > q.number_start), len(ctx.folded))
    return lx.MEASURED_AGAINST_PLAN_RE.search(ctx.folded, cue.end(), end) is not None


def _quote_start(ctx: Context, kw: KeywordHit, q: Quantity, c_start: int) -> int:
    quote_start = kw.start if kw.start <= q.start else q.start
    if q.end - quote_start > 320:
        quote_start = max(c_start, ctx.folded.rfind(",", c_start, q.start) + 1)
        while quote_start < q.start and ctx.text[quote_start].isspace():
            quote_start += 1
    return quote_start


def _list_term(ctx: Context, q: Quantity, cue, period: Period | None) -> Period | None:
    """The term an announced list of targets belongs to: named in the cue, else earlier in its paragraph; kept to the
    target's own period when that is a year other than the report's, or when the list's sentence names its year
    ("Năm 2020 phấn đấu …; …; tỷ lệ hộ nghèo giảm …")."""
    spans = list(lx.SPAN_MENTION_RE.finditer(ctx.folded, ctx.text.rfind("\n", 0, cue.start()) + 1, cue.end() + 20))
    if not spans or lx.LIST_TARGET_CUE_RE is not cue.re:
        return period
    own = horizon(ctx.text, ctx.sentence_start(q.start), q.number_start)
    if period is None or (period.kind == "year" and period.end_year == ctx.report_year
                          and (own is None or own.kind != "year")):
        return term_of_span(int(spans[-1].group("start")), int(spans[-1].group("end"))) or period
    return period
