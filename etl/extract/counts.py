"""Counts said as whole sentences: targets met x/y, New Rural communes (level, rise, total, plan), poor
households with their rate, new enterprises and Party members with their share of plan.
"""
from __future__ import annotations

import functools
import operator
import re

from .. import lexicon as lx
from ..numbers import parse_number
from ..periods import Period, explicit_period_near
from .clauses import Taken, scan
from .context import Context, make_fact
from .measure import qualifier_before
from .period import UNHELD, fact_period
from .place import place_of
from .plans import expected_result, plan_cue, target_period
from .target_sets import target_set
from .units import unit_of


def count_facts(ctx: Context) -> list[dict]:
    folded = ctx.folded
    # Each shape is sought only in a text holding its words (most reports hold few of them).
    has = functools.partial(operator.contains, folded)
    facts = _targets_met_facts(ctx) + _ntm_facts(ctx)
    if has(lx.HOUSEHOLD_WORD):
        facts += _poverty_fall_facts(ctx) + _poverty_count_facts(ctx)
    for counted in lx.COUNTED:
        if any(all(map(has, group)) for group in counted.needles):
            facts += _counted_facts(ctx, counted.shapes, counted.indicator, unit_of(counted.indicator))
    return facts


def _targets_met_facts(ctx: Context) -> list[dict]:
    folded = ctx.folded
    facts = []
    taken: list[tuple[int, int]] = []
    for rx in lx.TARGETS_RES:
        for m in scan(rx, folded, ctx.spans):
            if any(m.start() < b and m.end() > a for a, b in taken):
                continue
            mid = m.groupdict().get("mid") or ""
            if lx.NOT_MET_RE.search(mid) or lx.PLANNED_COUNT_RE.search(mid):
                continue
            if lx.PART_OF_COUNT_BEFORE.search(folded, max(0, m.start() - 90), m.start()):
                continue   # "19/25 chỉ tiêu hoàn thành …, trong đó có 6/25 chỉ tiêu vượt KH": a part of the count
            period = fact_period(ctx, m.start())
            if period is UNHELD or _restated_below(ctx, m.start(), m.group("num"), m.group("den")):
                continue
            if plan_cue(ctx, ctx.statement(m.start()), _count_clause_start(ctx, m.start()), m.start()):
                continue   # "tiếp tục phấn đấu hoàn thành 23/23 chỉ tiêu … trong năm 2024": aimed at, not met
            num, den = int(m.group("num")), int(m.group("den"))
            start, end = m.start(), m.end()
            if lx.EXCEEDED_ONLY_RE.search(folded, m.start(), m.end()):
                # "có 17 chỉ tiêu vượt, 10 chỉ tiêu đạt kế hoạch": the targets met are both parts
                also = lx.TARGETS_ALSO_MET_AFTER.match(folded, m.end())
                if also:
                    num, end = num + int(also.group("num")), also.end()
            elif (before := lx.TARGETS_EXCEEDED_BEFORE.search(folded, max(0, m.start() - 60), m.start())):
                num, start = num + int(before.group("num")), before.start()
            if num > den:
                continue
            scope, body, term = target_set(ctx, m.start(), m.end(), period)
            estimated = lx.ESTIMATED_COUNT_BEFORE.search(folded, max(ctx.sentence_start(m.start()), m.start() - 40), m.start()) \
                or lx.ESTIMATE_FRAME_RE.match(folded, ctx.sentence_start(m.start())) \
                or lx.FORECAST_BEFORE.search(folded, ctx.sentence_start(m.start()), m.start())   # "Ước đến hết năm 2021, có …"
            if (term and period is not None and period.kind == "year" and period.end_year == int(term[-4:])
                    and explicit_period_near(ctx.folded, ctx.sentence_start(m.start()), m.start()) is None):
                # "Trong 16 chỉ tiêu … Nghị quyết Đại hội … nhiệm kỳ 2015 - 2020, có 14/16 chỉ tiêu đạt và vượt" in
                # a report of the term's last year, no year of its own: the count of the whole term
                period = Period(term, "term", int(term[-4:]))
            facts.append(make_fact(ctx, indicator="targets_met", measure="level", value=num, unit="targets",
                               denominator=den, start=start, end=end, period=period,
                               target_scope=scope, target_body=body, term=term,
                               qualifier="estimate" if estimated else None))
            taken.append((start, end))
            prev = lx.PREVIOUS_TARGET_SET_BEFORE.search(folded, max(ctx.sentence_start(start), start - 90), start)
            if prev and "mid" in m.groupdict() and not lx.NOT_MET_RE.search(prev.group("mid")) \
                    and not any(prev.start() < b and prev.end() > a for a, b in taken):
                # "Có 26/37 chỉ tiêu tỉnh giao; 20/25 chỉ tiêu huyện giao đạt và vượt": both sets met, one verb
                _other_set(ctx, prev, prev.start("mid") + len(prev.group("mid")), period, facts, taken)
            nxt = lx.NEXT_TARGET_SET_AFTER.match(folded, end)
            if nxt:
                # "đạt 24/30 chỉ tiêu tỉnh giao; 19/22 chỉ tiêu huyện giao": a second set, the verb left unsaid
                _other_set(ctx, nxt, nxt.end(), period, facts, taken)
    return facts + _targets_met_from_parts(ctx, taken)


def _other_set(ctx: Context, m: re.Match, end: int, period, facts: list, taken: list) -> None:
    """A second target set beside a count whose verb it shares (`m` holds its num/den, the set ends at `end`)."""
    num, den = int(m.group("num")), int(m.group("den"))
    if num > den:
        return
    start = m.start("num")
    scope, body, term = target_set(ctx, start, end, period)
    facts.append(make_fact(ctx, indicator="targets_met", measure="level", value=num, unit="targets", denominator=den,
                           start=start, end=end, period=period, target_scope=scope, target_body=body, term=term))
    taken.append((start, end))


def _restated_below(ctx: Context, start: int, num: str, den: str) -> bool:
    """A count in the headline that the body states again ("Năm 2020, huyện … có 23/27 chỉ tiêu đạt và vượt kế
    hoạch" over "… có 23/27 chỉ tiêu đạt và vượt so Nghị quyết"): one count, read where the body says whose it is."""
    head_end = ctx.text.find("\n")
    if head_end == -1 or start >= head_end or ctx.text[:head_end].rstrip().endswith("."):
        return False
    return re.search(rf"(?<![\d/.,])0*{int(num)}\s*/\s*0*{int(den)}(?![\d/])", ctx.text[head_end:]) is not None


def _targets_met_from_parts(ctx: Context, taken: list[tuple[int, int]]) -> list[dict]:
    """Targets met counted without their whole: "có 27 chỉ tiêu đạt và vượt kế hoạch", the ones missed counted
    apart later ("03 chỉ tiêu không đạt") → 27/30; "còn 2/27 chỉ tiêu chưa đạt" → 25/27."""
    folded = ctx.folded
    if not any(w in folded for w in lx.MISSED_WORDS):
        return []
    facts = []

    def free(a, b):
        return not any(a < y and b > x for x, y in taken)

    def add(num, den, start, end):
        period = fact_period(ctx, start)
        if period is UNHELD or num < 0 or num > den:
            return
        scope, body, term = target_set(ctx, start, end, period)
        facts.append(make_fact(ctx, indicator="targets_met", measure="level", value=num, unit="targets",
                               denominator=den, start=start, end=end, period=period,
                               target_scope=scope, target_body=body, term=term))
        taken.append((start, end))

    for m in scan(lx.TARGETS_MISSED_OF_RE, folded, ctx.spans):
        if free(m.start(), m.end()):
            add(int(m.group("den")) - int(m.group("miss")), int(m.group("den")), m.start(), m.end())
    alone = [m for m in scan(lx.TARGETS_MET_ALONE_RE, folded, ctx.spans) if free(m.start(), m.end())
             and not lx.NOT_MET_RE.search(m.group("mid"))
             and not lx.PART_OF_COUNT_BEFORE.search(folded, max(0, m.start() - 90), m.start())]
    missed = [x for x in scan(lx.TARGETS_MISSED_RE, folded, ctx.spans) if free(x.start(), x.end())]
    alone = [m for m in alone if missed and m.end() < missed[0].start()]
    if any(lx.PLANNED_COUNT_RE.search(m.group("mid")) for m in alone):
        return facts   # "05 chỉ tiêu phấn đấu đến cuối năm đạt": a third part, neither met nor missed: no whole
    if len({m.group("num") for m in alone}) == 1 and len(missed) == 1:
        # one count of targets met (a headline and its body may both state it) and, after it, one of targets
        # missed: the two parts of the same set
        m = alone[-1]
        add(int(m.group("num")), int(m.group("num")) + int(missed[0].group("num")), m.start(), m.end())
    return facts


def _count_clause_start(ctx: Context, pos: int) -> int:
    return max(ctx.sentence_start(pos), ctx.folded.rfind(";", 0, pos) + 1)


def _ntm_facts(ctx: Context) -> list[dict]:
    """New Rural counts: level (x/y), a rise stated with them ("tăng 7 xã") and the total it brings ("nâng tổng số
    lên 12 xã"), or a planned count (target, with the plan's target set)."""
    folded, text = ctx.folded, ctx.text
    matches = list(scan(lx.NTM_RE, folded, ctx.spans))
    taken = Taken()
    for m in matches:
        taken.add(m.start(), m.end())
    for rx in (lx.NTM_AFTER_RE, lx.NTM_SHARE_RE, lx.NTM_RAISED_TO_RE, lx.NTM_NAMED_BEFORE_RE):
        found = [m for m in scan(rx, folded, ctx.spans) if not taken.overlaps(m.start(), m.end())]
        for m in found:
            taken.add(m.start(), m.end())
        matches += found
    facts = []
    for m in matches:
        tier = (m.group("tier") or "").strip().lower()
        indicator = lx.NTM_TIERS.get(tier, lx.NTM_TIERS[""])
        if indicator is None:
            continue
        names = m.groupdict().get("names")
        if names and not m.group("intro") and not _are_names(text[m.start("names"):m.end("names")]):
            continue   # words between the count and "đạt" that are not the communes' names ("2 xã còn lại …")
        c_start = _count_clause_start(ctx, m.start())
        place = place_of(ctx, c_start, m.start(), text[m.start():m.end()])
        # the count's own place in its sentence ("… nông thôn mới … đến nay đã có 30/32 xã đạt chuẩn")
        period = fact_period(ctx, m.start("num") if m.re is lx.NTM_NAMED_BEFORE_RE else m.start())
        if place is False or period is UNHELD:
            continue
        st = ctx.statement(m.start())
        planned = plan_cue(ctx, st, c_start, m.start())
        common = dict(indicator=indicator, unit="communes", place=place)

        def count(num, den, start, end, period=period):
            if not planned:
                return make_fact(ctx, measure="level", value=num, start=start, end=end,
                             denominator=int(den) if den else None, period=period, **common)
            # a horizon named before the count ("Số xã đạt chuẩn … năm 2025: 10 xã") is the target's
            at = max(m.start("num"), m.start())
            period = target_period(ctx, st, c_start, at, end, period)
            scope, body, term = target_set(ctx, at, end, period)
            return make_fact(ctx, measure="target", value=num, start=start, end=end, denominator=int(den) if den else None,
                         period=period, target_scope=scope, target_body=body, term=term, **common)

        num, den = int(m.group("num")), m.group("den")
        total = lx.NTM_TOTAL_AFTER.match(folded, m.end())
        # "có thêm 2 xã đạt chuẩn", "xây dựng thành công 2 xã đạt chuẩn …, nâng tổng số lên 6 xã": a rise (a
        # planned rise fits no measure), and the level after it
        if total or lx.RISE_BEFORE.search(folded, max(0, m.start("num") - 12), m.start("num")):
            if not planned:
                facts.append(make_fact(ctx, measure="change", value=num, start=m.start(), end=m.end(), period=period, **common))
            if total:
                facts.append(count(int(total.group("num")), total.group("den"), m.start(), total.end()))
            continue
        facts.append(count(num, den, m.start(), m.end()))
        rise = lx.NTM_RISE_AFTER.match(folded, m.end())
        if rise and not planned:
            facts.append(make_fact(ctx, measure="change", value=int(rise.group("num")), start=m.start(), end=rise.end(),
                               period=period, **common))
    return facts


_NAME_SPLIT_RE = re.compile(r"[\s,\-]+")


def _are_names(words: str) -> bool:
    """Proper names joined by commas and "và", every syllable capitalised ("Đồng Tân và Vân Nham")."""
    syllables = [w for w in _NAME_SPLIT_RE.split(words.strip()) if w and w not in lx.NAME_JOINERS]
    return bool(syllables) and all(w[0].isupper() for w in syllables)


def _poverty_fall_facts(ctx: Context) -> list[dict]:
    folded = ctx.folded
    facts = []
    for m in scan(lx.POVERTY_FALL_RE, folded, ctx.spans):
        indicator = lx.POOR_HOUSEHOLDS[" ".join(m.group("which").lower().split())]
        facts.append(make_fact(ctx, indicator=indicator, measure="change", value=-parse_number(m.group("pct")), unit="pp",
                           start=m.start(), end=m.end(), period=fact_period(ctx, m.start()),
                           qualifier=qualifier_before(folded, m.start("pct"), m.start())))
    return facts


def _poverty_count_facts(ctx: Context) -> list[dict]:
    """"Thị xã hiện còn 412 hộ nghèo, chiếm 4,03%": the rate stated after the count of households, a level (or a
    target when planned)."""
    folded, text = ctx.folded, ctx.text
    facts = []
    for m in scan(lx.POVERTY_COUNT_RE, folded, ctx.spans):
        facts += _poverty_count_fact(ctx, m, "which", "pct", folded.index("%", m.end("pct")) + 1)
        if m.group("pct2"):
            facts += _poverty_count_fact(ctx, m, "which2", "pct2", m.end())
    for m in scan(lx.POVERTY_FROM_TO_RE, folded, ctx.spans):
        facts += _poverty_count_fact(ctx, m, "which", "pct", m.end())
    for m in scan(lx.POVERTY_SUBJECT_COUNT_RE, folded, ctx.spans):
        facts += _poverty_count_fact(ctx, m, "which", "pct", m.end())
    return facts


def _poverty_count_fact(ctx: Context, m: re.Match, which: str, pct: str, end: int) -> list[dict]:
    folded, text = ctx.folded, ctx.text
    indicator = lx.POOR_HOUSEHOLDS[" ".join(m.group(which).split())]
    c_start = _count_clause_start(ctx, m.start())
    place = place_of(ctx, c_start, m.start(), text[m.start():end])
    period = fact_period(ctx, m.start())
    if place is False or period is UNHELD:
        return []
    st = ctx.statement(m.start())
    measure, scope, body, term = "level", None, None, None
    if plan_cue(ctx, st, c_start, m.start()):
        measure = "target"
        period = target_period(ctx, st, c_start, m.start(), end, period)
        scope, body, term = target_set(ctx, m.start(), end, period)
    return [make_fact(ctx, indicator=indicator, measure=measure, value=parse_number(m.group(pct)), unit="%",
                  start=m.start(), end=end, period=period, place=place, target_scope=scope, target_body=body,
                  term=term, qualifier=qualifier_before(folded, m.start(pct), m.start())
                  or ("estimate" if measure == "level" and expected_result(ctx, m.start(pct)) is not None else None))]


def _counted_facts(ctx: Context, rxs: tuple[re.Pattern, ...], indicator: str, unit: str) -> list[dict]:
    """Counts said with their verb ("thành lập mới 15/40 doanh nghiệp", "kết nạp 38 đảng viên mới", "có 412 doanh
    nghiệp thành lập mới"), and the share of plan right after them ("(đạt 37,5% kế hoạch)")."""
    folded, text = ctx.folded, ctx.text
    facts = []
    taken = Taken()
    matches = []
    for rx in rxs:
        for m in scan(rx, folded, ctx.spans):
            if not taken.overlaps(m.start(), m.end()):
                taken.add(m.start(), m.end())
                matches.append(m)
    for m in matches:
        c_start = _count_clause_start(ctx, m.start())
        place = place_of(ctx, c_start, m.start(), text[m.start():m.end()])
        period = fact_period(ctx, m.start())
        if place is False or period is UNHELD:
            continue
        st = ctx.statement(m.start())
        planned = plan_cue(ctx, st, c_start, m.start())
        den = m.groupdict().get("den")
        common = dict(indicator=indicator, place=place)
        if planned:
            # the count's own words may carry the horizon ("doanh nghiệp mới thành lập thời kỳ 2021-2025: 100")
            period = target_period(ctx, st, c_start, m.start("num"), m.end(), period)
            scope, body, term = target_set(ctx, m.start(), m.end(), period)
            facts.append(make_fact(ctx, measure="target", value=int(parse_number(m.group("num"))), unit=unit, start=m.start(),
                               end=m.end(), period=period, target_scope=scope, target_body=body, term=term, **common))
            continue
        # "Kết nạp trên 1.000 đảng viên mới": the bound said before the count
        bound = qualifier_before(folded, m.start("num"), m.start())
        facts.append(make_fact(ctx, measure="level", value=int(parse_number(m.group("num"))), unit=unit,
                           denominator=int(den) if den else None, start=m.start(), end=m.end(), period=period,
                           **({**common, "qualifier": bound} if bound else common)))
        share = lx.SHARE_OF_PLAN_AFTER.match(folded, m.end())
        if share:
            scope, body, term = target_set(ctx, m.start(), share.end(), period)
            bound = qualifier_before(folded, share.start("pct"), share.start())
            facts.append(make_fact(ctx, measure="pct_of_target", value=parse_number(share.group("pct")), unit="%",
                               start=m.start(), end=share.end(), period=period, target_scope=scope,
                               target_body=body, term=term, **{**common, "qualifier": bound or common.get("qualifier")}))
    return facts
