"""The measure of a figure from the words around it: level, change, growth, share of the plan, the plan's own
figure, and the qualifier said before it.
"""
from __future__ import annotations

import re

from .. import lexicon as lx
from .context import Context
from .indicator import KeywordHit
from .quantities import Quantity
from .units import is_money, is_rate, level_value


def qualifier_before(folded: str, pos: int, window_start: int) -> str | None:
    before = folded[max(window_start, pos - 25) : pos]
    for name, rx in lx.QUALIFIER_BEFORE:
        if rx.search(before):
            return name
    return None


def _measure_for_percent(ctx: Context, kw: KeywordHit, indicator: str, q: Quantity, pre: str, post: str,
                         after_amount: bool = False):
    """(measure, value, unit, quote_end) for a percentage, or None when the sentence does not say which.
    `after_amount`: the words before it follow an amount of the same phrase right away ("410 tỷ đồng, đạt 89,5%")."""
    rate = is_rate(indicator)
    target_after = lx.TARGET_WORD_AFTER.match(post.lstrip())
    gap = len(post) - len(post.lstrip())
    same_period = lx.SAME_PERIOD_AFTER.match(post)
    if not target_after and not same_period and lx.TARGET_WORD_BEFORE.search(pre):
        # "so dự toán giao đạt 42%": the plan named first, then the share of it
        value = q.value + 100.0 if lx.EXCEEDED_BY_BEFORE.search(pre) else q.value
        return "pct_of_target", value, "%", q.end
    if target_after and not same_period:
        value = q.value
        if lx.EXCEEDED_BY_BEFORE.search(pre):
            # "giảm 6,31%, vượt 1,31% kế hoạch" of a rate or a growth: a gap in points, not a share of the plan.
            if q.kind != "pct" or rate or kw.growth:
                return None
            value = q.value + 100.0
        elif lx.ABOVE_PLAN_BEFORE.search(pre) or lx.BELOW_PLAN_BEFORE.search(pre):
            # An amount "tăng 6% so với dự toán" is 106 % of it; for a rate or a growth ("tăng trưởng 8,2%, tăng 0,2%
            # so với kế hoạch") it is a gap in points, which no measure holds.
            if q.kind != "pct" or rate or kw.growth:
                return None
            value = q.value + 100.0 if lx.ABOVE_PLAN_BEFORE.search(pre) else 100.0 - q.value
        return "pct_of_target", round(value, 10), "%", q.end + gap + target_after.end()
    ratio_after = lx.SAME_PERIOD_RATIO_AFTER.match(post.lstrip())
    if ratio_after and q.kind == "pct" and lx.RATIO_VERB_BEFORE.search(pre) and not rate:
        return "growth_pct", round(q.value - 100.0, 10), "%", q.end + gap + ratio_after.end()
    if lx.SHARE_OF_WHOLE_AFTER.match(post.lstrip()):
        return None
    if after_amount and q.kind == "pct" and not rate and not kw.growth and lx.BARE_SHARE_BEFORE.fullmatch(pre) \
            and lx.BARE_SHARE_AFTER.match(post):
        return "pct_of_target", q.value, "%", q.end   # "… 410 tỷ đồng, đạt 89,5%": the share of the year's plan
    if q.kind == "pct" and not rate and not kw.growth and is_money(indicator) and kw.end <= q.start \
            and lx.BARE_TOTAL_SHARE_BEFORE.fullmatch(pre) and lx.BARE_SHARE_AFTER.match(post):
        return "pct_of_target", q.value, "%", q.end   # "tổng thu ngân sách giai đoạn 2010-2015 đạt 142%"
    level_cue = lx.LEVEL_AFTER_CHANGE_RE.search(pre)
    up, down = lx.UP_RE.search(pre), lx.DOWN_RE.search(pre)
    comparison = lx.COMPARISON_AFTER.match(post.lstrip())
    quote_end = q.end + ((len(post) - len(post.lstrip())) + comparison.end() if comparison else 0)
    if (up or down) and not (level_cue and level_cue.start() > max(up.start() if up else -1, down.start() if down else -1)):
        sign = -1.0 if down and (not up or down.start() > up.start()) else 1.0
        if rate or q.kind == "pp":
            return "change", sign * q.value, "pp", quote_end
        return "growth_pct", sign * q.value, "%", quote_end
    if q.kind == "pp":
        return "change", q.value, "pp", quote_end
    if rate and level_cue and comparison:
        return None   # "giảm còn 3,18% so với năm 2012": a level said as a change, which the words leave undecided
    if kw.growth:
        return "growth_pct", q.value, "%", quote_end
    if rate:
        return "level", q.value, "%", q.end
    return None


def _measure_for_amount(indicator: str, q: Quantity, pre: str):
    value, unit = level_value(indicator, q)
    level_cue = lx.LEVEL_AFTER_CHANGE_RE.search(pre)
    up, down = lx.UP_RE.search(pre), lx.DOWN_RE.search(pre)
    change_pos = max(up.start() if up else -1, down.start() if down else -1)
    if change_pos >= 0 and not (level_cue and level_cue.start() > change_pos):
        sign = -1.0 if down and (not up or down.start() > up.start()) else 1.0
        return "change", sign * value, unit
    return "level", value, unit


_SLASH_ONLY_RE = re.compile(r"\s*/\s*")


def measure_of(ctx: Context, kw: KeywordHit, indicator: str, q: Quantity, pre: str, post: str, *,
               after_share: bool = False, after_amount: bool = False):
    """(measure, value, unit, quote_end), or None when the words do not say what the figure is. `after_share`:
    the words before the figure follow a percentage right away ("đạt 72,8% kế hoạch (13.547 tỷ đồng)");
    `after_amount`, an amount ("410 tỷ đồng, đạt 89,5%")."""
    if q.kind == "money" and lx.EXCESS_OVER_PLAN_BEFORE.search(ctx.folded, max(0, q.number_start - 40), q.number_start):
        return None
    if after_share and q.kind == "money" and lx.SHARE_RESTATED_BEFORE.fullmatch(pre):
        value, unit = level_value(indicator, q)
        return "level", value, unit, q.end
    if q.kind == "money" and _SLASH_ONLY_RE.fullmatch(pre):
        # "Doanh thu bán lẻ 1.763 tỷ đồng/1.922 tỷ đồng, đạt 91,72% NQ": the result over its plan's figure.
        value, unit = level_value(indicator, q)
        return "target", value, unit, q.end
    if lx.TARGET_VALUE_BEFORE.search(pre):
        # "8,56%, KH 9%", "vượt chỉ tiêu tỉnh giao (92,5%)": the plan's own figure.
        if q.kind in ("pct", "pp"):
            if not is_rate(indicator) and not kw.growth and not lx.RISE_WORD_RE.search(ctx.folded, kw.end, q.number_start):
                return None
            return "target", q.value, "pp" if q.kind == "pp" else "%", q.end
        value, unit = level_value(indicator, q)
        return "target", value, unit, q.end
    if q.kind in ("pct", "pp"):
        return _measure_for_percent(ctx, kw, indicator, q, pre, post, after_amount)
    measure, value, unit = _measure_for_amount(indicator, q, pre)
    quote_end = q.end
    comparison = lx.COMPARISON_AFTER.match(post.lstrip()) if measure == "change" else None
    if comparison:
        quote_end = q.end + (len(post) - len(post.lstrip())) + comparison.end()
    return measure, value, unit, quote_end


def verb_before_phrase(folded: str, kw: KeywordHit, q: Quantity, pre: str) -> str:
    """"Giảm tỷ lệ hộ nghèo 2,5%": with no verb between phrase and figure, the verb before the phrase counts."""
    if kw.start >= q.start or lx.UP_RE.search(pre) or lx.DOWN_RE.search(pre):
        return pre
    verb = lx.VERB_BEFORE_PHRASE.search(folded, max(0, kw.start - 16), kw.start)
    if verb is None:
        return pre
    if lx.LEVEL_AFTER_CHANGE_RE.search(pre):
        achieved = lx.FALL_ACHIEVED_RE.fullmatch(pre)
        if achieved is None or lx.DOWN_VERB not in verb.group("verb"):
            return pre
        return lx.DOWN_VERB + " " + pre[achieved.end("achieved"):]
    return (lx.DOWN_VERB if lx.DOWN_VERB in verb.group("verb") else lx.UP_VERB) + " " + pre
