"""Which period a figure is about: stated in its sentence, right after it, by a look back over a finished term,
"đến nay", its paragraph's framing, else the document's; averages over several years.
"""
from __future__ import annotations

import re

from .. import lexicon as lx
from ..periods import (
    Period,
    cumulative_to_quarter,
    explicit_period_near,
    period_after,
    retrospective_period,
    term_of_span,
    year_period,
    yearless_part,
)
from .clauses import SENTENCE_OR_LINE_END_RE, Statement, own_and_frame, paragraph_start
from .context import Context
from .indicator import KeywordHit
from .quantities import Quantity


# A figure framed by a span of years that is no period of the table ("bình quân giai đoạn 2021 - 2023").
UNHELD = Period("", "span", 0)


def fact_period(ctx: Context, pos: int) -> Period | None:
    """The period of the figure at `pos` (see _fact_period); UNHELD when no period of the table fits it."""
    if pos not in ctx.period_cache:
        ctx.period_cache[pos] = _fact_period(ctx, pos)
    return ctx.period_cache[pos]


def _fact_period(ctx: Context, pos: int) -> Period | None:
    """Stated in the figure's sentence or list frame (a quarter without its year is the report's year's); else a
    look back over a finished term ("nhìn lại nhiệm kỳ 2015 - 2020"); else "đến nay" (the time of writing); else
    the nearest framing earlier in its paragraph; else the document's."""
    text = ctx.text
    st = ctx.statement(pos)
    windows = _own_clause_and_frames(ctx, st, pos)
    cutoffs = [m for a, b in windows for m in ctx.matches(lx.CUTOFF_DAY_RE, a, b)]
    if any(_ends_no_quarter(m) for m in cutoffs):
        return UNHELD   # "đến ngày 31/10/2023": ten months, no period of the table
    to_quarter = next((p for p in (_quarters_to_day(m) for m in cutoffs) if p is not None), None)
    if to_quarter is not None:
        return to_quarter   # "đến ngày 30/6/2019, còn 2,42%": the first half of 2019
    if ctx.matches(lx.STARTING_POINT_BEFORE_RE, st.start, pos):
        return UNHELD   # "với xuất phát điểm rất thấp, … tỷ lệ hộ nghèo 11,48%": the start, years back
    own_span = _own_comma_clause_span(ctx, st, pos)
    if own_span is not None:
        return _now_within_term(ctx, pos, own_span)
    stated = next((p for p in (explicit_period_near(ctx.folded, a, b) for a, b in windows) if p), None)
    if stated is None and ctx.report_year is not None:
        stated = next((p for p in (yearless_part(ctx.folded, a, b, year=ctx.report_year) for a, b in windows) if p), None)
    if stated is None:
        for a, b in windows:
            looked_back = retrospective_period(ctx.folded, a, b, report_year=ctx.report_year)
            if looked_back is False:
                return UNHELD
            if looked_back:
                return _now_within_term(ctx, pos, looked_back)
    doc = ctx.doc_period
    if stated is not None and stated.kind == "term":
        return _now_within_term(ctx, pos, stated)
    if stated is None and ctx.as_of and any(ctx.matches(lx.AS_OF_NOW_RE, a, b) for a, b in windows):
        if doc is not None and doc.kind != "year" and doc.end_year == ctx.published_year:
            return doc   # a quarterly report published in March: "đến nay" is this quarter, not last year
        return doc if doc is not None and doc.end_year == ctx.as_of else year_period(ctx.as_of)
    if stated is None:
        candidates = list(lx.PARAGRAPH_FRAMING_RE.finditer(text, st.block_start, st.head_start))
        if candidates:
            stated = explicit_period_near(text, candidates[-1].start(), candidates[-1].end())
            closed = next(lx.FRAMING_CLOSED_RE.finditer(text, candidates[-1].end(), pos), None)
            if closed is not None and stated is not None:
                stated = _years_after(ctx, stated, closed)
    if stated is None:
        return doc
    if doc is not None and doc.kind != "year" and stated.kind == "year" and stated.end_year == doc.end_year \
            and not any(ctx.matches(lx.WHOLE_YEAR_RE, a, b) for a, b in windows):
        return doc  # in a quarterly report, "Năm 2023, …" names the annual plan; the status is the quarter's
        #             (unless it says "cả năm": "Ước cả năm 2023, … đạt 15.600 tỷ đồng" is the year's)
    return stated


def _years_after(ctx: Context, framed: Period, closed: re.Match) -> Period | None:
    """"Năm 2010, thu nhập chỉ đạt 15 triệu. Sau 10 năm, huyện đã có …": the framing year and the years after it
    (2020), if that is no later than the time of writing; "Đến nay, …": the document's time (None)."""
    elapsed = closed.group("years")
    if elapsed is None or framed.kind != "year" or not closed.group("bare"):
        return None   # ("Sau 15 năm thành lập, …" counts from another event than the framing year)
    year = framed.end_year + int(elapsed)
    return year_period(year) if ctx.as_of is None or year <= ctx.as_of else None


def _own_clause_and_frames(ctx: Context, st, pos: int) -> list[tuple[int, int]]:
    """The windows a figure's period is read from: its own words back to the last ';' of its sentence, the
    sentence's first clause (its frame: "Năm 2023, …; …"), and the list's heading line. A year in another clause
    between them is that clause's own ("Tới nay, có 3 xã đạt chuẩn; số tiêu chí năm 2011 chỉ đạt 1,5/xã; thu nhập
    … đạt 25,7 triệu": 2011 is not the income's year)."""
    windows = own_and_frame(st, pos) + _sentence_continued(ctx, st)
    semi = ctx.folded.rfind(";", st.start, pos)
    if semi == -1:
        return windows
    first = ctx.folded.find(";", st.start, pos)
    return [(semi + 1, pos), (st.start, first)] + windows[1:]


def _own_comma_clause_span(ctx: Context, st, pos: int) -> Period | None:
    """A finished term named in the figure's own comma clause, or the nearest one before it that names a period
    ("Thu nhập … năm 2015 là 36,5 triệu, tổng thu ngân sách giai đoạn 2010-2015 đạt 142%"): that span, over a year
    named in a clause further back."""
    end = pos
    while (comma := ctx.folded.rfind(",", st.start, end)) != -1:
        # the nearest comma clause that names a period decides; the clauses after a span's continue it ("…, tổng
        # thu ngân sách giai đoạn 2010-2015 đạt 142%, tổng vốn đầu tư đạt 103%")
        looked_back = retrospective_period(ctx.folded, comma + 1, end, report_year=ctx.report_year)
        if looked_back:
            return looked_back
        if looked_back is False or explicit_period_near(ctx.folded, comma + 1, end) is not None:
            return None
        end = comma
    return None


def _sentence_continued(ctx: Context, st) -> list[tuple[int, int]]:
    """The sentence before, in the same paragraph, when this one opens by continuing it ("Theo đó, …")."""
    if not lx.CONTINUING_SENTENCE_RE.match(ctx.folded, st.start) or st.start <= paragraph_start(ctx.text, st.start):
        return []
    return [(ctx.sentence_start(st.start - 1), st.start)]


def _now_within_term(ctx: Context, pos: int, term: Period) -> Period:
    """`term`, unless the figure is a status 'đến nay' in it: "trong nhiệm kỳ 2015-2020, … đến nay đã có 30/32 xã
    đạt chuẩn" is the count at the time of writing (the document's year), not the term's."""
    doc = ctx.doc_period
    now_year = ctx.as_of or (doc.end_year if doc is not None and doc.kind == "year" else None)
    if term.kind != "term" or not now_year or term.end_year < now_year or not _now_after_term(ctx, pos):
        return term
    return doc if doc is not None and doc.kind == "year" and doc.end_year == now_year else year_period(now_year)


def _now_after_term(ctx: Context, pos: int) -> bool:
    """'đến nay' between the term the sentence names and the figure at `pos`, with no total or average between
    ("đến nay, bình quân mỗi năm tăng 8%" is still the term's)."""
    start = ctx.sentence_start(pos)
    now = list(lx.NOW_STATUS_RE.finditer(ctx.folded, start, pos))
    if not now:
        return False
    between = ctx.folded[now[-1].end():pos]
    return lx.SPAN_TOTAL_RE.search(between) is None and pos - now[-1].end() <= 80


_QUARTER_LAST_DAY = {3: 31, 6: 30, 9: 30, 12: 31}


def _quarters_to_day(m: re.Match) -> Period | None:
    """The quarters up to a cut-off day that ends one before the year's end, its year written ("đến ngày 30/6/2019"
    → 2019-H1); None otherwise (a year's end is the year's, a day without its year is left to the rest)."""
    year = m.group("y") or m.group("ym") or m.group("y2")
    if year is None or _ends_no_quarter(m):
        return None
    month = int(m.group("month") or m.group("m") or m.group("m2"))
    return cumulative_to_quarter(month // 3, int(year)) if month in (3, 6, 9) else None


def _ends_no_quarter(m: re.Match) -> bool:
    """A cut-off day ("đến ngày 31/10", "đến hết tháng 10/2023") that is not the last day of a quarter."""
    if m.group("month"):
        return int(m.group("month")) not in _QUARTER_LAST_DAY
    day, month = (int(m.group("d")), int(m.group("m"))) if m.group("d") else (int(m.group("d2")), int(m.group("m2")))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False   # no date at all
    return _QUARTER_LAST_DAY.get(month) != day


_SPAN_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")


def averaged_period(ctx: Context, st: Statement, q: Quantity, clause_kws: list[KeywordHit], seg_start: int,
                     c_end: int) -> Period | None:
    """The period of a change averaged over several years ("bình quân mỗi năm trong giai đoạn 2016 - 2020 giảm 1,6%",
    "bình quân giai đoạn 2016 - 2020 tăng 23,4%/năm"): the resolution term it spans, else UNHELD (no period of the
    table holds a yearly average over another span, nor one whose span the report leaves unsaid). None when the
    figure is no such average ("bình quân" inside an indicator's name does not count)."""
    folded = ctx.folded
    segment = folded[seg_start:q.number_start]
    if lx.AVERAGE_WORD not in segment and lx.EACH_YEAR_RE.search(folded, seg_start, q.number_start) is None:
        # "… giai đoạn 2016 – 2020 … bình quân 6,72%/năm, tổng mức bán lẻ … tăng 9,76%/năm": a rate per year in a
        # sentence that named its span before is that span's average too
        span = _last_match(_SPAN_RE, folded, st.start, seg_start) if lx.PER_YEAR_AFTER.match(folded, q.end) else None
        if span is None:
            return None
        return _held_term(ctx, term_of_span(int(span.group(1)), int(span.group(2))))
    # "tốc độ tăng trưởng kinh tế hằng năm đạt 10%": a yearly rate over several years, said without "bình quân"
    averages = [m for rx in (lx.AVERAGE_RE, lx.EACH_YEAR_RE) for m in rx.finditer(folded, seg_start, q.number_start)
                if not any(k.start <= m.start() < k.end for k in clause_kws)]
    averages.sort(key=lambda m: m.start())
    if not averages:
        return None
    avg = averages[-1]
    after = folded[q.end:min(c_end, q.end + 40)]
    # "tốc độ tăng giá trị sản xuất giai đoạn 2015 - 2020 ước tăng bình quân 10,16%": the span may come first
    span = (_SPAN_RE.search(folded, avg.start(), q.number_start) or _SPAN_RE.search(after)
            or _last_match(_SPAN_RE, folded, seg_start, avg.start()))
    since = None if span else lx.AVERAGE_SINCE_AFTER.match(after)
    if not (avg.group("years") or span or since or lx.PER_YEAR_AFTER.match(after)):
        return None   # "tăng bình quân 10%": no span of years said
    if since:
        # "bình quân 17,1% so với năm 2020" in a 2022 figure: the years 2020 - 2022, a term only if five apart
        own = fact_period(ctx, q.start)
        end = own.end_year if own is not None and own is not UNHELD else ctx.report_year
        return _held_term(ctx, term_of_span(int(since.group("year")), end) if end else None)
    if span:
        return _held_term(ctx, term_of_span(int(span.group(1)), int(span.group(2))))
    for a, b in own_and_frame(st, q.start):
        looked_back = retrospective_period(folded, a, b, report_year=ctx.report_year)
        if looked_back:
            return looked_back
    return lead_retrospect(ctx, st) or UNHELD


def _held_term(ctx: Context, term: Period | None) -> Period:
    """An average's span as a period of the table: the resolution term it is, once over by the report's time;
    else UNHELD (a span that is no term, or one still running)."""
    return term if term is not None and (ctx.report_year is None or term.end_year <= ctx.report_year) else UNHELD


def _last_match(rx: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    found = None
    for found in rx.finditer(text, start, end):
        pass
    return found


def lead_retrospect(ctx: Context, st: Statement) -> Period | None:
    """The finished term that the paragraph's first sentence ("Nhiệm kỳ qua, Đảng bộ huyện …") or the heading line
    right above the paragraph ("Kết quả 5 năm 2015 - 2020") looks back over, when the figure is not in it."""
    key = ("lead", st.block_start, st.start)
    if key not in ctx.found:
        ctx.found[key] = _find_lead_retrospect(ctx, st)
    return ctx.found[key]


def _find_lead_retrospect(ctx: Context, st: Statement) -> Period | None:
    year = ctx.published_year or ctx.report_year
    block = st.block_start
    lead_end = SENTENCE_OR_LINE_END_RE.search(ctx.folded, block)
    lead_end = lead_end.start() if lead_end else len(ctx.folded)
    spans = [(block, lead_end)] if lead_end < st.start else []
    prev_end = block - 1
    if prev_end > 0:
        prev_start = ctx.folded.rfind("\n", 0, prev_end) + 1
        line = ctx.folded[prev_start:prev_end].strip()
        if line and len(line) <= 120 and not lx.HEADING_FIGURE_RE.search(line) and not line.endswith("."):
            spans.append((prev_start, prev_end))
    for a, b in spans:
        looked_back = retrospective_period(ctx.folded, a, b, report_year=year)
        if looked_back:
            return looked_back
    return None


_NUMBER_RE = re.compile(r"\d(?:[\d.,]*\d)?")


def _restated_in_body(ctx: Context, q: Quantity) -> int | None:
    """Where the body states again a figure of the headline ("Năm 2023, huyện … ước thu ngân sách đạt gần 278 tỷ
    đồng" over "Tổng thu ngân sách đến ngày 31/10/2023 là gần 278 tỷ đồng"): the offset of that figure, else None.
    The headline is the first line when it reads as one (no full stop at its end)."""
    head_end = ctx.text.find("\n")
    if head_end == -1 or q.start >= head_end or ctx.text[:head_end].rstrip().endswith("."):
        return None
    number = _NUMBER_RE.match(ctx.text, q.number_start)
    if number is None:
        return None
    again = re.compile(rf"(?<![\d.,]){re.escape(number.group())}(?![\d]|[.,]\d)").search(ctx.text, head_end)
    return again.start() if again else None


def figure_period(ctx: Context, st: Statement, q: Quantity) -> Period | None:
    """A year right after the figure ("xuống còn 1,9% năm 2020") dates it, unless its sentence already did; a
    headline figure the body states again is the body's (the body says what it covers)."""
    body = _restated_in_body(ctx, q)
    if body is not None:
        return fact_period(ctx, body)
    after = period_after(ctx.text, q.end)
    # ("từ 1.091 tỷ đồng (năm 2015) lên 3.990 tỷ đồng (năm 2017)": a year in brackets right after a figure is its own)
    bracketed = ctx.text[q.end:q.end + 4].lstrip().startswith("(")
    if after is not None and (bracketed or explicit_period_near(ctx.text, st.start, q.start) is None):
        return after
    return fact_period(ctx, q.start)
