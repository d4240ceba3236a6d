"""What the readers of one document share: its text, place, period and the per-line caches of pattern matches,
and the one function that turns a reading into a fact row.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import lexicon as lx
from ..catalogue import level_over_term_is_end_year
from ..periods import Period, as_of_year, year_period
from ..places import Unit, place_fields
from ..regex_words import required_words
from .clauses import Statement, sentence_start, statement_of


@dataclass
class Context:
    text: str
    folded: str          # lexicon.matching_text(text): folded, lower-cased, same offsets
    unit: Unit | None
    doc_period: Period | None
    warnings: list[str]
    published: str | None = None
    period_cache: dict = field(default_factory=dict)
    statement_cache: dict = field(default_factory=dict)
    found: dict = field(default_factory=dict)       # (what, line start) → matches, markers or cues of that line
    ends: list = field(default_factory=list)         # sentence_ends(text)
    city_is_province: bool = False   # "toàn thành phố" means the province here (a district of Hải Phòng, Đà Nẵng…)
    table_rows: list = field(default_factory=list)   # (start, end) of table rows, read by their headings
    spans: list | None = None   # numeric_spans(folded): where figures can be

    def statement(self, pos: int) -> Statement:
        if pos not in self.statement_cache:
            self.statement_cache[pos] = statement_of(self.text, pos, self.ends)
        return self.statement_cache[pos]

    def sentence_start(self, pos: int) -> int:
        return sentence_start(self.text, pos, self.ends)

    def matches(self, rx: re.Pattern, start: int, end: int, *, original: bool = False) -> list[re.Match]:
        """Matches of `rx` lying in [start, end) of the folded text (or the text itself when `original`).

        Every window asked about lies in one line, so each line is scanned once per pattern, and only when
        it holds one of the pattern's words (lx.NEEDLES, else those its every match spells: required_words): cheaper
        than a search per figure or per document.
        The cache is keyed by the pattern's id, not the pattern: hashing a pattern hashes its whole compiled code
        (up to half a microsecond, twice per call); the entry keeps the pattern, so that id stays its own.
        """
        source = self.text if original else self.folded
        line = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", start)
        line_end = len(source) if line_end == -1 else line_end
        if end > line_end:
            return [m for m in rx.finditer(source, start, end)]
        key = (id(rx), original, line)
        entry = self.found.get(key)
        if entry is None or entry[0] is not rx:
            needles = lx.NEEDLES.get(rx) or required_words(rx)
            if needles and all(source.find(n, line, line_end) == -1 for n in needles):
                entry = self.found[key] = (rx, [])
            else:
                entry = self.found[key] = (rx, list(rx.finditer(source, line, line_end)))
        found = entry[1]
        if not found:
            return []   # most lines hold no match: no filtering pass
        return [m for m in found if m.start() >= start and m.end() <= end]

    # Asked for every figure; the document's period and date never change once read (cached_property).
    @functools.cached_property
    def report_year(self) -> int | None:
        return self.doc_period.end_year if self.doc_period else None

    @functools.cached_property
    def as_of(self) -> int | None:
        return as_of_year(self.published)

    @functools.cached_property
    def published_year(self) -> int | None:
        return int(self.published[:4]) if self.published and self.published[:4].isdigit() else None


def _term_end(ctx: Context, term: Period) -> Period:
    """A state read over a term ("nhiệm kỳ 2010-2015 … tỷ lệ hộ nghèo còn 2,9%") is the state at its end, or at the
    time of writing when the report was published before the term ended (a mid-term review)."""
    year = term.end_year if ctx.as_of is None else min(term.end_year, ctx.as_of)
    return year_period(year)


# Set by a reader on a fact it knows to be less than explicit ("derived", "indicator_far") or whose period a table
# heading states ("period_explicit"); read by sureness.review_code, never written out.
REVIEW_HINTS = "_review_hints"


def make_fact(ctx: Context, *, indicator, measure, value, unit, start, end, qualifier=None, denominator=None,
          period: Period | None, target_scope=None, target_body=None, term=None, place: Unit | None = None) -> dict:
    fields = place_fields(place if place is not None else ctx.unit)
    if measure == "level" and period is not None and period.kind == "term" and level_over_term_is_end_year(indicator):
        period = _term_end(ctx, period)
    return dict(
        **fields,
        period=period.label if period else None,
        period_type=period.kind if period else None,
        term=term,
        indicator=indicator,
        measure=measure,
        value=float(value),
        unit=unit,
        denominator=None if denominator is None else float(denominator),
        qualifier=qualifier,
        target_scope=target_scope,
        target_body=target_body,
        quote=ctx.text[start:end],
        char_start=start,
        char_end=end,
    )
