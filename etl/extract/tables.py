"""Report tables ("Chỉ tiêu | ĐVT | Kế hoạch 2023 | Ước TH 2023 | So KH (%)"), each figure read as its column
heading says.
"""
from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass

from .. import lexicon as lx
from ..numbers import parse_number
from ..periods import Period, sub_year_period, year_period
from .context import REVIEW_HINTS, Context, make_fact
from .indicator import KeywordHit
from .period import fact_period
from .target_sets import target_body
from .units import is_rate, table_value


@dataclass
class _Column:
    role: str                 # lx.TABLE_COLUMNS roles: label, unit, plan, result, share_of_plan, vs_last_year
    heading: str
    period: Period | None     # the year or part of a year the heading names


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row "a | b | c |", spaces trimmed."""
    cells, pos = [], start
    for bar in [m.start() for m in re.finditer(r"\|", text[start:end])] + [end - start]:
        a, b = pos, start + bar
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        cells.append((a, b))
        pos = start + bar + 1
    return cells


_TABLE_LINE_RE = re.compile(r"[^\n]*\|[^\n]*\|[^\n]*")
_HEADING_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _header(ctx: Context, cells) -> list[_Column] | None:
    """The columns of a table's heading row, or None when the row is no heading (needs a label column and a
    plan or result column)."""
    columns = []
    for a, b in cells:
        heading = ctx.folded[a:b]
        role = next((r for r, rx in lx.TABLE_COLUMNS if rx.fullmatch(heading)), None)
        year = _HEADING_YEAR_RE.search(heading)
        period = sub_year_period(ctx.text[a:b]) or (year_period(int(year.group())) if year else None)
        columns.append(_Column(role or "", heading, period))
    roles = {c.role for c in columns}
    return columns if "label" in roles and roles & {"plan", "result"} else None


def table_facts(ctx: Context, keywords: list[KeywordHit]) -> list[dict]:
    """Figures of report tables, each read as its column heading says (plan, result, % of plan, % of last year)."""
    if "|" not in ctx.text:
        return []
    facts: list[dict] = []
    columns, previous_end = None, 0
    for line in _TABLE_LINE_RE.finditer(ctx.text):
        if ctx.text[previous_end : line.start()].strip():
            columns = None   # prose in between: the table the headings belong to has ended
        previous_end = line.end()
        cells = _cells(ctx.text, line.start(), line.end())
        header = _header(ctx, cells)
        if header:
            columns = header
            ctx.table_rows.append((line.start(), line.end()))
            continue
        if columns is None or len(cells) != len(columns):
            continue
        ctx.table_rows.append((line.start(), line.end()))
        facts += _row_facts(ctx, columns, cells, keywords)
    return facts


def in_table(ctx: Context, pos: int) -> bool:
    i = bisect.bisect_right(ctx.table_rows, pos, key=operator.itemgetter(0)) - 1   # rows are sorted and disjoint
    return i >= 0 and pos < ctx.table_rows[i][1]


def _row_facts(ctx: Context, columns: list[_Column], cells, keywords: list[KeywordHit]) -> list[dict]:
    label = next((c for c, col in zip(cells, columns) if col.role == "label"), None)
    kw = next((k for k in keywords if label and label[0] <= k.start < label[1]), None)
    if kw is None and label:
        # "Số xã đạt chuẩn nông thôn mới nâng cao | Xã | 6 | 8": a count named by its label
        counted = next(((ind, m) for ind, rx in lx.TABLE_COUNT_LABELS if (m := rx.search(ctx.folded, *label))), None)
        kw = KeywordHit(counted[1].start(), counted[1].end(), counted[0], False) if counted else None
    if kw is None or not kw.indicator:
        return []
    unit_cell = next((ctx.folded[a:b] for (a, b), col in zip(cells, columns) if col.role == "unit"), "")
    estimate = any(col.role == "result" and lx.ESTIMATE_HEADING_RE.match(col.heading) for col in columns)
    plan = next((col for col in columns if col.role == "plan"), None)
    result = next((col for col in columns if col.role == "result"), None)
    rate = is_rate(kw.indicator)
    period_of_row = (result.period if result and result.period else None) or fact_period(ctx, label[0])
    facts = []
    for (a, b), col in zip(cells, columns):
        cell = lx.TABLE_CELL_RE.fullmatch(ctx.folded, a, b) if b > a else None
        if col.role not in ("plan", "result", "share_of_plan", "vs_last_year") or cell is None:
            continue
        try:
            number = parse_number(cell.group("number"))
        except ValueError:
            continue
        bound = lx.TABLE_BOUNDS.get(" ".join((cell.group("bound") or "").split()))
        common = dict(indicator=kw.indicator, start=label[0], end=b, period=period_of_row)
        if col.role in ("share_of_plan", "vs_last_year") and (rate or kw.growth):
            continue
        if col.role == "share_of_plan":
            facts.append(make_fact(ctx, measure="pct_of_target", value=number, unit="%", target_scope="annual",
                               target_body=target_body(plan.heading if plan else col.heading),
                               qualifier="estimate" if estimate else None, **common))
        elif col.role == "vs_last_year":
            facts.append(make_fact(ctx, measure="growth_pct", value=round(number - 100.0, 10), unit="%",
                               qualifier="estimate" if estimate else None, **common))
            facts[-1][REVIEW_HINTS] = {"derived"}   # "So cùng kỳ (%) | 108" → growth 8 %
        else:
            value_unit = (number, "%") if kw.growth else table_value(kw.indicator, unit_cell, number)
            if value_unit is None:
                continue
            if col.role == "plan":
                common["period"] = col.period or period_of_row
                facts.append(make_fact(ctx, measure="target", value=value_unit[0], unit=value_unit[1], qualifier=bound,
                                   target_scope="term" if lx.TERM_HEADING_RE.search(col.heading) else "annual",
                                   target_body=target_body(col.heading), **common))
            else:
                facts.append(make_fact(ctx, measure="growth_pct" if kw.growth else "level", value=value_unit[0],
                                   unit=value_unit[1], qualifier="estimate" if estimate else bound, **common))
    headed = {col.period.label for col in columns if col.period}
    for fact in facts:   # a period its column heading states ("Ước TH 2023") is explicit for the cell
        if fact["period"] in headed:
            fact.setdefault(REVIEW_HINTS, set()).add("period_explicit")
    return facts
