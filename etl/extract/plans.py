"""Whether a figure is a plan rather than a result, and the horizon a plan is set for.
"""
from __future__ import annotations

import re

from .. import lexicon as lx
from ..periods import Period, horizon, period_after, year_period
from .clauses import SENTENCE_OR_LINE_END_RE, Statement, is_intro_line, own_and_frame, paragraph_start
from .context import Context


def plan_cue(ctx: Context, st: Statement, c_start: int, pos: int) -> re.Match | None:
    """The words that make the figure at `pos` a plan, not a result (None for a result).

    A target word in the figure's clause ("phấn đấu", "mục tiêu", "kế hoạch năm 2024"); a plan word earlier in
    its sentence or in the line introducing its list, that is not merely cited ("đạt 101% mục tiêu"); or a
    year after the one the report is about, named with a word of planning ("Năm 2025, huyện đề ra 20 chỉ
    tiêu, trong đó: …"). "đã", "đạt được" after the cue turn it back into a result.
    """
    def within(found, a, b):
        return [m for m in found if m.start() >= a and m.end() <= b]

    own = _line_cues(ctx, st.start)
    head = own if st.head_start == st.start else _line_cues(ctx, st.head_start)
    if not (own[0] or own[1] or own[2] or own[4] or head[1] or head[2] or head[4]):
        return None   # most lines hold no word of planning at all
    cue = next(iter(within(own[0], c_start, pos)), None)
    if cue is None:
        cue = next((m for (a, b), cues in zip(own_and_frame(st, c_start), (own, head)) for m in within(cues[1], a, b)), None)
    if cue is None:   # a heading opening the paragraph ("CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025 1. …") reaches all of it
        line = ctx.text.rfind("\n", 0, pos) + 1
        cue = next((m for m in own[1] if m.start() <= line + 3 and m.end() <= pos), None)
    if cue is None:
        cue = next((m for (a, b), cues in zip(own_and_frame(st, pos), (own, head)) for m in within(cues[2], a, b)
                    if within(cues[3], a, b)), None)
    if cue is None:   # a horizon plans only the figures of its own clause (or of the list it introduces)
        windows = [(c_start, pos)] + ([(st.head_start, st.head_end)] if st.head_start != st.start else [])
        cue = next((m for (a, b), cues in zip(windows, (own, head)) for m in within(cues[4], a, b)
                    # a span of years dates the noun right before the figure ("… thời kỳ 2021 - 2025: 6.500 tỷ đồng")
                    if "start" not in m.re.groupindex or a != c_start or lx.SPAN_TO_FIGURE_RE.fullmatch(ctx.folded, m.end(), pos)),
                   None)
    if cue is None and st.start > paragraph_start(ctx.text, st.start) and lx.PART_SENTENCE_RE.match(ctx.folded, st.start):
        # "Năm 2021, huyện phấn đấu hoàn thành 17 chỉ tiêu chủ yếu. Trong đó, tốc độ tăng trưởng kinh tế đạt 14%":
        # a sentence opening with "Trong đó" lists the parts of the plan the sentence before announces
        prev = ctx.sentence_start(st.start - 1)
        cue = next((m for m in own[0] + own[1] if prev <= m.start() and m.end() <= st.start), None)
        if cue is None and any(prev <= w.start() and w.end() <= st.start for w in own[3]):
            # "… thông qua 21 chỉ tiêu chủ yếu của năm 2021. Trong đó, …": the targets of a year after the report's
            cue = next((m for m in own[2] if prev <= m.start() and m.end() <= st.start), None)
    if cue is not None and (lx.ACHIEVED_RE.search(ctx.folded, cue.end(), pos) or lx.ESTIMATED_RE.search(ctx.folded, cue.end(), pos)):
        return None   # "đã", "đạt được": done; "ước đạt": a result estimated — a plan is never estimated
    if cue is not None and expected_result(ctx, pos) is not None:
        return None
    return cue


def expected_result(ctx: Context, pos: int) -> int | None:
    """The figure at `pos` is the end of the reviewed year expected ("cuối năm 2020, dự kiến còn 2,89%" in a
    review of 2020, "đến năm 2015 dự kiến đạt 47 tỷ" in a review of 2010-2015): an estimate of the year's result.
    Returns that year, else None."""
    doc = ctx.doc_period
    if doc is None or doc.kind not in ("year", "term"):
        return None   # (a term's review: the end of its last year)
    start = ctx.sentence_start(pos)
    return next((doc.end_year for m in lx.YEAR_END_EXPECTED_RE.finditer(ctx.folded, start, pos)
                 if int(m.group("year")) == doc.end_year and m.end() <= pos and pos - m.end() <= 40), None)


def _line_cues(ctx: Context, pos: int) -> tuple[list, list, list, list, list]:
    """Plan words of the line holding `pos`, found once per line: (target cues of a clause, cues that reach a
    whole sentence and are not merely cited, years after the report's, words of planning, horizons that are plans
    by themselves)."""
    line = ctx.text.rfind("\n", 0, pos) + 1
    key = ("cues", line)
    if key not in ctx.found:
        end = ctx.text.find("\n", line)
        end = len(ctx.text) if end == -1 else end
        later = [m for m in ctx.matches(lx.YEAR_MENTION_RE, line, end) if ctx.report_year is not None
                 and not m.group("base") and int(m.group("year")) > ctx.report_year]
        # "## Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025" over a list, in a report of 2020: a term that starts now is
        # to come (only in a line that introduces a list: a sentence may name the coming term in passing).
        if is_intro_line(ctx.text[line:end]):
            later += [m for m in ctx.matches(lx.SPAN_MENTION_RE, line, end) if ctx.report_year is not None
                      and int(m.group("start")) >= ctx.report_year and int(m.group("end")) > ctx.report_year]
        ctx.found[key] = ([m for m in ctx.matches(lx.TARGET_CUE_RE, line, end) if not _cited(ctx, line, m)],
                          [m for m in ctx.matches(lx.LIST_TARGET_CUE_RE, line, end)
                           if not _cited(ctx, line, m) and not _in_brackets(ctx.folded, line, m.start())],
                          later, ctx.matches(lx.PLAN_WORD_RE, line, end) if later else [],
                          _horizons(ctx, line, end) if ctx.report_year is not None else [])
    return ctx.found[key]


def _horizons(ctx: Context, line: int, end: int) -> list[re.Match]:
    """Mentions of time to come that make a plan without any other word: "đến năm 2025" after the report's year,
    "thời kỳ 2021 - 2025" starting after it, any year after the report was published ("năm 2025 đạt 72 triệu
    đồng" in an article of 2020) — unless cited as a yardstick ("so với mục tiêu năm 2025")."""
    year, published = ctx.report_year, ctx.published_year
    found = []
    for m in ctx.matches(lx.YEAR_MENTION_RE, line, end):
        if m.group("base") or lx.CITED_YEAR_BEFORE.search(ctx.folded, max(line, m.start() - 25), m.start()):
            continue
        later = int(m.group("year"))
        if (later > year and lx.HORIZON_BEFORE.search(ctx.folded, max(line, m.start() - 12), m.start())) or (
                published is not None and later > published):
            found.append(m)
    found += [m for m in ctx.matches(lx.SPAN_MENTION_RE, line, end) if int(m.group("start")) > year
              and not lx.CITED_YEAR_BEFORE.search(ctx.folded, max(line, m.start() - 25), m.start())]
    return found


def _in_brackets(folded: str, line: int, pos: int) -> bool:
    """"tăng 16,12% (mục tiêu 16%); …": a cue inside brackets gives the figure beside it its plan; it announces
    no list of targets for the clauses after the brackets."""
    opened = folded.rfind("(", line, pos)
    return opened != -1 and folded.find(")", opened, pos) == -1


def _cited(ctx: Context, line: int, cue: re.Match) -> bool:
    """'bằng 105% kế hoạch năm 2024', 'đạt mục tiêu': a plan cited as a yardstick, not announced."""
    return lx.CITED_PLAN_BEFORE.search(ctx.folded, max(line, cue.start() - 34), cue.start()) is not None


def target_period(ctx: Context, st: Statement, c_start: int, pos: int, end: int, fallback: Period | None) -> Period | None:
    """A target's horizon: in its clause ("đến năm 2025 …", "nhiệm kỳ 2020 - 2025: …"), right after it
    ("… 90 triệu đồng vào năm 2025"), else in its frame; plans are set for years or terms, so a target with no
    horizon is for the year the report is about."""
    text = ctx.text
    found = horizon(text, c_start, pos) or period_after(text, end)
    if found is None and st.head_start != c_start:
        found = horizon(text, st.head_start, min(st.head_end, pos))
    if found is None and st.start < c_start and ctx.report_year:
        # "… thu nhập bình quân đầu người đến năm 2025 đạt trên 60 triệu đồng; có 13 xã đạt chuẩn nông thôn mới": in a
        # list of plans, a horizon to come named by an earlier item dates the items after it
        earlier = horizon(text, st.start, c_start)
        found = earlier if earlier is not None and earlier.end_year > ctx.report_year else None
    if found is None:
        found = _paragraph_plan_year(ctx, pos)
    if found is None:
        found = year_period(ctx.report_year) if ctx.report_year else fallback
    return found


def _paragraph_plan_year(ctx: Context, pos: int) -> Period | None:
    """"Năm 2021, huyện phấn đấu thu nhập … Đồng thời … giảm tỷ lệ hộ cận nghèo còn dưới 1,46%": a paragraph whose
    first sentence plans for a year after the one reported on dates the plans of the sentences after it."""
    line = paragraph_start(ctx.text, pos)
    end = SENTENCE_OR_LINE_END_RE.search(ctx.text, line)
    first_end = end.start() if end else len(ctx.text)
    if pos <= first_end or not ctx.report_year or not lx.TARGET_CUE_RE.search(ctx.folded, line, first_end):
        return None
    found = horizon(ctx.text, line, first_end)
    return found if found is not None and found.kind == "year" and found.end_year > ctx.report_year else None
