"""Facts from one document's text: which indicator, measure, value, unit, qualifier, period and place.

How a figure is read, in order:
1. The text is cut into clauses (sentence ends, semicolons, colons, line breaks); a figure belongs to an
   indicator named earlier in its own clause ("Tổng giá trị sản xuất đạt gần 8.100 tỉ đồng, tăng 9,17%").
2. The nearest preceding indicator phrase whose unit fits the figure wins (tấn never goes to a money
   indicator), unless a label after the figure names it ("2,8% hộ cận nghèo").
3. The words around the figure give the measure: "tăng/giảm X%" → growth (or a pp change for rates),
   "giảm còn X%" → level, "đạt X% chỉ tiêu/kế hoạch/Nghị quyết" → % of target, "phấn đấu/mục tiêu" → target.
4. x/y counts (targets met, New Rural communes) have their own sentence shapes (lexicon.py).
5. Whose figure: the last unit named before it in its clause (province, country, commune, the district itself).
6. Which period: stated in its sentence, right after it, by the list it belongs to, by a look back over a
   finished term, "đến nay" (the time of writing), its paragraph, else the document's. A change averaged over
   years ("bình quân giai đoạn 2016 - 2020 tăng 23,4%/năm") is the term's it spans, or no fact.
7. A plan is never a result: a figure after a plan word ("phấn đấu", "mục tiêu", a later year's "chỉ tiêu") in
   its sentence, or in the line that introduces its list, or dated by time to come ("đến năm 2025: 58 triệu
   đồng" in a report of 2020), is a `target` dated by the plan's horizon.
8. Tables ("Chỉ tiêu | ĐVT | Kế hoạch 2023 | Ước TH 2023 | So KH (%)") are read by their column headings.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from dataclasses import dataclass, field
from decimal import Decimal

from . import lexicon as lx
from .catalogue import load_catalogue
from .numbers import MONEY_PATTERN, MONEY_RE, NUMBER_PATTERN, millions_to_billions, money_in_millions, parse_number
from .periods import (
    Period,
    as_of_year,
    document_period,
    explicit_period_near,
    horizon,
    period_after,
    retrospective_period,
    sub_year_period,
    term_for,
    term_of_span,
    typo_years,
    year_period,
    yearless_part,
)
from .places import Unit, detect_place, load_gazetteer, place_fields, province_unit
from .validate import resolve_conflicts, validate_fact


@dataclass
class Extraction:
    """What one document yields: facts (dicts with FACT_COLUMNS except fact_id/curated), warnings, metadata."""

    facts: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    place: dict | None = None      # place_id, place_name, place_type, province, admin_code, province_code
    period: str | None = None      # main period the document reports on
    title: str | None = None
    published: str | None = None   # ISO date where stated


# --- clauses ---------------------------------------------------------------------------------------------
# A colon ends a clause unless a figure follows it: "Tổng thu ngân sách: 185,4 tỷ đồng" is one statement.
_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)|:(?=\s|$)(?!\s*\d)|\n|[“”\"]\s*(?=[A-ZĐ])")


def clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _CLAUSE_END.finditer(text):
        if m.end() - start > 1:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)")


def sentence_ends(text: str) -> list[int]:
    """Offsets right after every sentence-ending mark of `text`, in order (for sentence_start)."""
    return [m.end() for m in _SENTENCE_END_RE.finditer(text)]


def sentence_start(text: str, pos: int, ends: list[int] | None = None) -> int:
    """Start of the sentence holding `pos`: after the last '.', '!' or '?' of its paragraph before it.
    `ends` (sentence_ends(text)) saves rescanning the paragraph for every figure."""
    base = paragraph_start(text, pos)
    if ends is None:
        found = [m.end() for m in _SENTENCE_END_RE.finditer(text[base:pos])]
        return base + found[-1] if found else base
    i = bisect.bisect_left(ends, pos) - 1
    return ends[i] if i >= 0 and ends[i] > base else base


@dataclass(frozen=True)
class Statement:
    """Where the words about a figure are: its own sentence or list item, and the sentence that frames it.

    For a list item ("- Thu nhập bình quân đầu người đạt 51 triệu đồng.") the frame is the line that
    introduces the list ("Các chỉ tiêu chủ yếu năm 2023:"); for a sentence, its first clause ("Năm 2023,
    huyện đặt mục tiêu …; …").
    """

    start: int          # the figure's own sentence or list item
    head_start: int     # the framing sentence
    head_end: int
    block_start: int    # where a framing year of the paragraph is sought


_BULLET_RE = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))[ \t]+")
_HEAD_END_RE = re.compile(r"[;:](?=\s|$)|[.!?](?=\s|$)|\n")


def _is_intro_line(line: str) -> bool:
    stripped = line.strip()
    return stripped.endswith(":") or stripped.startswith("#")


def _list_intro(text: str, line_start: int) -> tuple[int, int] | None:
    """(start, end) of the line that introduces the list item starting at `line_start`: one ending with ':', or a
    Markdown heading ("## Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025")."""
    end = line_start - 1
    for _ in range(60):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _BULLET_RE.match(line):
            stripped = line.rstrip()
            return (start, start + len(stripped)) if _is_intro_line(stripped) else None
        end = start - 1
    return None


def statement_of(text: str, pos: int, ends: list[int] | None = None) -> Statement:
    line_start = paragraph_start(text, pos)
    s_start = sentence_start(text, pos, ends)
    bullet = _BULLET_RE.match(text, line_start)
    if bullet and s_start <= bullet.end():   # "2. Thu nhập …": the number's dot ends no sentence
        intro = _list_intro(text, line_start)
        if intro:
            head_start = sentence_start(text, intro[1], ends)
            return Statement(bullet.end(), head_start, intro[1], intro[0])
    head_end = _HEAD_END_RE.search(text, s_start)
    return Statement(s_start, s_start, head_end.start() if head_end else len(text), line_start)


def _windows(st: Statement, pos: int) -> list[tuple[int, int]]:
    """The figure's own words before it, then its frame when that is elsewhere."""
    own = [(st.start, pos)]
    return own if st.head_start == st.start else own + [(st.head_start, st.head_end)]


_DIGIT_RE = re.compile(r"\d")
_NUMBER_START_RE = re.compile(r"(?<![\d.,])\d")
_SENTENCE_BOUNDARY_RE = re.compile(r"[.!?](?=\s)|\n")


def numeric_spans(text: str) -> list[tuple[int, int]]:
    """Sentences holding a digit: the only places a figure can be, so quantities are sought there alone (speed).

    A sentence runs to a '.', '!' or '?' before white space, or to the end of its line; adjacent ones merge.
    """
    bounds = [m.end() for m in _SENTENCE_BOUNDARY_RE.finditer(text)]
    spans: list[tuple[int, int]] = []
    pos = 0
    while (digit := _DIGIT_RE.search(text, pos)) is not None:
        i = bisect.bisect_right(bounds, digit.start())
        start = bounds[i - 1] if i else 0
        end = bounds[i] if i < len(bounds) else len(text)
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        pos = end
    return spans


# --- quantities ------------------------------------------------------------------------------------------
_QTY_RE = re.compile(lx.lower_pattern(
    rf"(?P<pp>{NUMBER_PATTERN})\s*điểm\s*(?:%|phần\s+trăm)"
    rf"|(?P<tonnes>{NUMBER_PATTERN})\s*(?P<tscale>nghìn\s+|ngàn\s+|triệu\s+)?tấn\b"   # before money: "1,62 triệu tấn"
    rf"|(?P<money>{MONEY_PATTERN})(?:\s*(?:đồng|VNĐ|VND|đ)\b)?(?P<per>\s*/\s*(?:người|ha|héc\s*ta|hộ)(?:\s*/\s*năm)?|\s*/\s*năm)?"
    rf"|(?P<pct>{NUMBER_PATTERN})\s*(?:%|phần\s+trăm)"
))


@dataclass
class Quantity:
    start: int
    end: int
    number_start: int
    kind: str          # pct | pp | money | tonnes
    value: float       # % / pp / million VND / tonnes
    per_area: bool = False   # money per hectare ("135,6 triệu đồng/ha")


def find_quantities(text: str, start: int, end: int) -> list[Quantity]:
    found = []
    pos = start
    while True:
        # Jump from digit to digit: anchoring the big alternation at digits is far faster than a full scan.
        digit = _NUMBER_START_RE.search(text, pos, end)
        if digit is None:
            break
        m = _QTY_RE.match(text, digit.start(), end)
        if m is None:
            pos = digit.end()
            while pos < end and text[pos].isdigit():
                pos += 1
            continue
        pos = m.end()
        try:
            if m.group("pp"):
                q = Quantity(m.start(), m.end(), m.start("pp"), "pp", parse_number(m.group("pp")))
            elif m.group("money"):
                inner = MONEY_RE.match(m.group("money"))
                per = m.group("per") or ""
                q = Quantity(m.start(), m.end(), m.start("money"), "money", money_in_millions(inner),
                             per_area="ha" in per or "héc" in per)
            elif m.group("pct"):
                q = Quantity(m.start(), m.end(), m.start("pct"), "pct", parse_number(m.group("pct")))
            else:
                scale = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6}.get((m.group("tscale") or "").strip().lower(), 1.0)
                q = Quantity(m.start(), m.end(), m.start("tonnes"), "tonnes", parse_number(m.group("tonnes")) * scale)
        except ValueError:
            continue
        found.append(q)
    return found


# --- keywords --------------------------------------------------------------------------------------------
@dataclass
class KeywordHit:
    start: int
    end: int
    indicator: str
    growth: bool


_PHRASE_END = lx._rx(r"\s(?:đạt|tăng|giảm|là|ước|chiếm|còn|có|được|thực hiện|kéo|xuống|ở mức|bình quân năm)\b|[,;.:(]")


def scan(rx: re.Pattern, text: str, spans: list[tuple[int, int]] | None = None) -> list[re.Match]:
    """Matches of `rx` in `text`, or only inside `spans` (the sentences holding a digit: a phrase that names a
    figure shares its sentence with it, and most of a report is prose without one). A list, not a generator:
    this runs for every pattern over every span, and a comprehension costs a third of the generator's frames."""
    if spans is None:
        return list(rx.finditer(text))
    finditer = rx.finditer
    return [m for a, b in spans for m in finditer(text, a, b)]


def find_keywords(folded: str, spans: list[tuple[int, int]] | None = None) -> list[KeywordHit]:
    """Indicator phrases, longest first; a phrase swallows any other phrase inside its noun phrase."""
    hits = []
    for kw in lx.KEYWORDS:
        if kw.needles and not any(n in folded for n in kw.needles):
            continue
        for m in scan(kw.regex, folded, spans):
            start = m.start()
            lead = lx.LEADING_MODIFIER_RE.search(folded, max(0, start - 12), start)
            if lead:
                start = lead.start()
            hits.append(KeywordHit(start, m.end(), kw.indicator, kw.growth))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    hits = _growth_of_next_phrase(folded, hits)
    kept: list[KeywordHit] = []
    reach = -1
    for h in hits:
        if h.start < reach:
            continue
        kept.append(h)
        stop = _PHRASE_END.search(folded, h.end, h.end + 120)
        reach = stop.start() if stop else h.end
    return kept


def _growth_of_next_phrase(folded: str, hits: list[KeywordHit]) -> list[KeywordHit]:
    """"Tốc độ tăng thu ngân sách", "tốc độ tăng trưởng giá trị sản xuất công nghiệp": a growth phrase that runs
    into another quantity's name is the growth of that quantity (sorted hits in, sorted hits out)."""
    growth = [h for h in hits if h.growth]
    if not growth:
        return hits
    dropped, merged = set(), []
    for h in growth:
        nxt = [o for o in hits if o is not h and h.start < o.start <= h.end + 2 and o.end > h.end
               and o.indicator != h.indicator and not folded[h.end:o.start].strip()]
        if nxt:
            o = max(nxt, key=lambda o: o.end)
            dropped.update((id(h), id(o)))
            merged.append(KeywordHit(h.start, o.end, o.indicator, True))
    if not merged:
        return hits
    out = [h for h in hits if id(h) not in dropped] + merged
    out.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return out


# --- helpers ---------------------------------------------------------------------------------------------
_CATALOGUE_UNITS = None


def unit_of(indicator: str) -> str:
    global _CATALOGUE_UNITS
    if _CATALOGUE_UNITS is None:
        _CATALOGUE_UNITS = load_catalogue()["unit"].to_dict()
    return _CATALOGUE_UNITS[indicator]


def fits(indicator: str, q: Quantity) -> bool:
    if not indicator:
        return True  # a quantity outside the catalogue takes any figure, so none falls to another indicator
    unit = unit_of(indicator)
    if q.kind in ("pct", "pp"):
        return True
    if q.kind == "money":
        if q.per_area:   # money per hectare is no total, nor anyone's income
            return unit == "million VND/ha"
        return unit in ("billion VND", "million VND/ha", "million VND/person")
    if q.kind == "tonnes":
        return unit == "tonnes"
    return False


def qualifier_before(folded: str, pos: int, window_start: int) -> str | None:
    before = folded[max(window_start, pos - 25) : pos]
    for name, rx in lx.QUALIFIER_BEFORE:
        if rx.search(before):
            return name
    return None


def level_value(indicator: str, q: Quantity) -> tuple[float, str]:
    unit = unit_of(indicator)
    if q.kind == "money":
        return (millions_to_billions(q.value), unit) if unit == "billion VND" else (q.value, unit)
    return q.value, unit


# --- the extraction -------------------------------------------------------------------------------------
# Words one of which a line must hold for a pattern to match in it (a cheap test before the regex).
_NEEDLES = {
    lx.WHOLE_UNIT_RE: ("nước", "quốc", "tỉnh", "thành phố"),
    lx.UNIT_WORD_RE: ("uyện", "uận", "xã", "phố", "ỉnh", "hường", "trấn"),
    lx.YEAR_MENTION_RE: ("năm",),
    lx.SPAN_MENTION_RE: ("nhiệm kỳ", "giai đoạn", "thời kỳ"),
    lx.AS_OF_NOW_RE: ("nay", "nhiệm kỳ"),
    lx.LIST_TARGET_CUE_RE: ("phấn đấu", "mục tiêu", "dự kiến", "định hướng", "chỉ tiêu chủ yếu", "chỉ tiêu cụ thể"),
    lx.PLAN_WORD_RE: ("phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "nhiệm vụ", "phương hướng", "nghị quyết", "đề ra",
                      "dự kiến", "định hướng"),
    lx.TARGET_CUE_RE: ("phấn đấu", "mục tiêu", "dự kiến", "chỉ tiêu", "kế hoạch", "định hướng", "sẽ"),
}


@dataclass
class _Context:
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
        it holds one of the pattern's words (_NEEDLES): cheaper than a search per figure or per document.
        """
        source = self.text if original else self.folded
        line = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", start)
        line_end = len(source) if line_end == -1 else line_end
        if end > line_end:
            return [m for m in rx.finditer(source, start, end)]
        key = (rx, original, line)
        if key not in self.found:
            needles = _NEEDLES.get(rx)
            if needles and all(source.find(n, line, line_end) == -1 for n in needles):
                self.found[key] = []
            else:
                self.found[key] = list(rx.finditer(source, line, line_end))
        return [m for m in self.found[key] if m.start() >= start and m.end() <= end]

    @property
    def report_year(self) -> int | None:
        return self.doc_period.end_year if self.doc_period else None

    @property
    def as_of(self) -> int | None:
        return as_of_year(self.published)

    @property
    def published_year(self) -> int | None:
        return int(self.published[:4]) if self.published and self.published[:4].isdigit() else None


def _fact(ctx: _Context, *, indicator, measure, value, unit, start, end, qualifier=None, denominator=None,
          period: Period | None, target_scope=None, target_body=None, term=None, place: Unit | None = None) -> dict:
    fields = place_fields(place if place is not None else ctx.unit)
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


# A figure framed by a span of years that is no period of the table ("bình quân giai đoạn 2021 - 2023").
UNHELD = Period("", "span", 0)
_PARAGRAPH_FRAMING_RE = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:(?:Trong|Đến cuối|Đến hết|Cuối|Hết|Tính đến hết)\s+)?"
    r"(?:năm\s+\d{4}|quý\s+\S+\s*[-/]?\s*\d{4}|(?:0?[369]|ba|sáu|chín)\s+tháng\s+(?:đầu\s+)?năm\s+\d{4})",
    re.IGNORECASE,
)


def fact_period(ctx: _Context, pos: int) -> Period | None:
    """The period of the figure at `pos` (see _fact_period); UNHELD when no period of the table fits it."""
    if pos not in ctx.period_cache:
        ctx.period_cache[pos] = _fact_period(ctx, pos)
    return ctx.period_cache[pos]


def _fact_period(ctx: _Context, pos: int) -> Period | None:
    """Stated in the figure's sentence or list frame (a quarter without its year is the report's year's); else a
    look back over a finished term ("nhìn lại nhiệm kỳ 2015 - 2020"); else "đến nay" (the time of writing); else
    the nearest framing earlier in its paragraph; else the document's."""
    text = ctx.text
    st = ctx.statement(pos)
    windows = _windows(st, pos)
    stated = next((p for p in (explicit_period_near(ctx.folded, a, b) for a, b in windows) if p), None)
    if stated is None and ctx.report_year is not None:
        stated = next((p for p in (yearless_part(ctx.folded, a, b, year=ctx.report_year) for a, b in windows) if p), None)
    if stated is None:
        for a, b in windows:
            looked_back = retrospective_period(ctx.folded, a, b, report_year=ctx.report_year)
            if looked_back is False:
                return UNHELD
            if looked_back:
                return looked_back
    doc = ctx.doc_period
    if stated is None and ctx.as_of and any(ctx.matches(lx.AS_OF_NOW_RE, a, b) for a, b in windows):
        if doc is not None and doc.kind != "year" and doc.end_year == ctx.published_year:
            return doc   # a quarterly report published in March: "đến nay" is this quarter, not last year
        return doc if doc is not None and doc.end_year == ctx.as_of else year_period(ctx.as_of)
    if stated is None:
        candidates = list(_PARAGRAPH_FRAMING_RE.finditer(text, st.block_start, st.head_start))
        if candidates:
            stated = explicit_period_near(text, candidates[-1].start(), candidates[-1].end())
    if stated is None:
        return doc
    if doc is not None and doc.kind != "year" and stated.kind == "year" and stated.end_year == doc.end_year \
            and not any(ctx.matches(lx.WHOLE_YEAR_RE, a, b) for a, b in windows):
        return doc  # in a quarterly report, "Năm 2023, …" names the annual plan; the status is the quarter's
        #             (unless it says "cả năm": "Ước cả năm 2023, … đạt 15.600 tỷ đồng" is the year's)
    return stated


_ACHIEVED_RE = re.compile(r"\bđã\b|\bđạt\s+được\b")
_ESTIMATED_RE = re.compile(r"\bước\s+(?:đạt|tính|thực\s+hiện)\b")


def plan_cue(ctx: _Context, st: Statement, c_start: int, pos: int) -> re.Match | None:
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
        cue = next((m for (a, b), cues in zip(_windows(st, c_start), (own, head)) for m in within(cues[1], a, b)), None)
    if cue is None:   # a heading opening the paragraph ("CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025 1. …") reaches all of it
        line = ctx.text.rfind("\n", 0, pos) + 1
        cue = next((m for m in own[1] if m.start() <= line + 3 and m.end() <= pos), None)
    if cue is None:
        cue = next((m for (a, b), cues in zip(_windows(st, pos), (own, head)) for m in within(cues[2], a, b)
                    if within(cues[3], a, b)), None)
    if cue is None:   # a horizon plans only the figures of its own clause (or of the list it introduces)
        windows = [(c_start, pos)] + ([(st.head_start, st.head_end)] if st.head_start != st.start else [])
        cue = next((m for (a, b), cues in zip(windows, (own, head)) for m in within(cues[4], a, b)
                    # a span of years dates the noun right before the figure ("… thời kỳ 2021 - 2025: 6.500 tỷ đồng")
                    if "start" not in m.re.groupindex or a != c_start or _SPAN_TO_FIGURE_RE.fullmatch(ctx.folded, m.end(), pos)),
                   None)
    if cue is not None and (_ACHIEVED_RE.search(ctx.folded, cue.end(), pos) or _ESTIMATED_RE.search(ctx.folded, cue.end(), pos)):
        return None   # "đã", "đạt được": done; "ước đạt": a result estimated — a plan is never estimated
    return cue


_SPAN_TO_FIGURE_RE = re.compile(r"\s*[:(]?\s*(?:(?:ước\s+)?(?:đạt|là)\s+)?(?:khoảng|trên|hơn|dưới|gần)?\s*")


def _line_cues(ctx: _Context, pos: int) -> tuple[list, list, list, list, list]:
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
        if _is_intro_line(ctx.text[line:end]):
            later += [m for m in ctx.matches(lx.SPAN_MENTION_RE, line, end) if ctx.report_year is not None
                      and int(m.group("start")) >= ctx.report_year and int(m.group("end")) > ctx.report_year]
        ctx.found[key] = ([m for m in ctx.matches(lx.TARGET_CUE_RE, line, end) if not _cited(ctx, line, m)],
                          [m for m in ctx.matches(lx.LIST_TARGET_CUE_RE, line, end) if not _cited(ctx, line, m)],
                          later, ctx.matches(lx.PLAN_WORD_RE, line, end) if later else [],
                          _horizons(ctx, line, end) if ctx.report_year is not None else [])
    return ctx.found[key]


def _horizons(ctx: _Context, line: int, end: int) -> list[re.Match]:
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


def _cited(ctx: _Context, line: int, cue: re.Match) -> bool:
    """'bằng 105% kế hoạch năm 2024', 'đạt mục tiêu': a plan cited as a yardstick, not announced."""
    return lx.CITED_PLAN_BEFORE.search(ctx.folded, max(line, cue.start() - 14), cue.start()) is not None


def target_period(ctx: _Context, st: Statement, c_start: int, pos: int, end: int, fallback: Period | None) -> Period | None:
    """A target's horizon: in its clause ("đến năm 2025 …", "nhiệm kỳ 2020 - 2025: …"), right after it
    ("… 90 triệu đồng vào năm 2025"), else in its frame; plans are set for years or terms, so a target with no
    horizon is for the year the report is about."""
    text = ctx.text
    found = horizon(text, c_start, pos) or period_after(text, end)
    if found is None and st.head_start != c_start:
        found = horizon(text, st.head_start, min(st.head_end, pos))
    if found is None:
        found = _paragraph_plan_year(ctx, pos)
    if found is None:
        found = year_period(ctx.report_year) if ctx.report_year else fallback
    return found


def _paragraph_plan_year(ctx: _Context, pos: int) -> Period | None:
    """"Năm 2021, huyện phấn đấu thu nhập … Đồng thời … giảm tỷ lệ hộ cận nghèo còn dưới 1,46%": a paragraph whose
    first sentence plans for a year after the one reported on dates the plans of the sentences after it."""
    line = paragraph_start(ctx.text, pos)
    end = _FIRST_SENTENCE_END_RE.search(ctx.text, line)
    first_end = end.start() if end else len(ctx.text)
    if pos <= first_end or not ctx.report_year or not lx.TARGET_CUE_RE.search(ctx.folded, line, first_end):
        return None
    found = horizon(ctx.text, line, first_end)
    return found if found is not None and found.kind == "year" and found.end_year > ctx.report_year else None


_TARGET_PHRASE_END_RE = re.compile(r",|\bvà\b|\btừng bước\b|\bcòn\b|\btrong điều kiện\b")
_PER_YEAR_RE = re.compile(r"^\s*/\s*năm")
_PLAN_WORD_RE = re.compile(r"kế hoạch|\bkh\b", re.IGNORECASE)
_GENERIC_PLAN_RE = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:kế hoạch|kh)(?:\s+(?:đề ra|được giao|giao))?\s*\)?\s*[.:]?\s*$")
_RESOLUTION_WORD_RE = re.compile(r"nghị quyết|\bNQ\b", re.IGNORECASE)


def target_set(ctx: _Context, start: int, end: int, period: Period | None, *, anchor: int | None = None
               ) -> tuple[str, str | None, str | None]:
    """(scope, body, term) of the resolution a figure refers to.

    Looks first at the words right after the figure ("… chỉ tiêu Nghị quyết năm 2023", "… lần thứ III"), then
    inside the matched phrase, then earlier in the sentence. A quarter named only in the sentence's framing
    ("Trong quý I-2023, …") dates the status, not the target set: annual resolutions are checked quarterly.
    """
    folded = ctx.folded
    anchor = end if anchor is None else anchor
    clause_end = min([e for e in (folded.find(c, anchor) for c in (";", "\n", ". ")) if e != -1] or [len(folded)])
    after = folded[anchor : min(clause_end, anchor + 90)]
    after = _TARGET_PHRASE_END_RE.split(after, 1)[0]
    after = _PER_YEAR_RE.sub("", after)   # "8%/năm": per year, not an annual plan
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
    named = (inside, before, head, after) if _GENERIC_PLAN_RE.match(after) else (after, inside, before, head)
    # a plan assigned from above is named with the share itself ("đạt 76% dự toán tỉnh giao"), never by the sentence
    body = "province" if lx.PROVINCE_PLAN_CUE_RE.search(after) else next((b for b in map(target_body, named) if b), None)
    term = None
    if scope == "term" and period is not None and period.kind == "term":
        term = period.label
    elif scope == "term":
        as_of = period.end_year if period else None
        t = term_for(ctx.text, start, as_of_year=as_of)
        term = t.label if t else None
    return scope, body, term


def target_body(window: str) -> str | None:
    """Who set a target, from the words naming it: People's Council, People's Committee plan, or the Party (a plan the
    province assigned, "province", is read from the words right after a share: target_set)."""
    if lx.COUNCIL_CUE_RE.search(window):
        return "people_council"
    if lx.COMMITTEE_CUE_RE.search(window) or _PLAN_WORD_RE.search(window):
        return "people_committee"
    if _RESOLUTION_WORD_RE.search(window) or lx.PARTY_CUE_RE.search(window):
        return "party"
    return None


def scope_of(ctx: _Context, clause_start: int, q_start: int, phrase: tuple[int, int] | None = None
             ) -> tuple[str, str | None]:
    """('district'|'province'|'country'|'subunit', name) — whose figure this is.

    The last unit named before the figure in its clause decides ("Toàn tỉnh … 95,3%, thị xã phấn đấu … 95%"),
    except a unit named as a yardstick ("cao hơn bình quân toàn tỉnh", "đứng đầu của cả tỉnh với 16%"), which
    owns only a figure bracketed right after it ("… toàn tỉnh (88,7%)"). A unit named inside the indicator's own
    phrase (`phrase`: "Tỷ lệ hộ nghèo theo chuẩn của tỉnh") qualifies the indicator, not whose figure it is.
    """
    markers = [m for m in _markers_before(ctx, clause_start, q_start) if not _is_yardstick(ctx, m, clause_start, q_start)
               and not (phrase and phrase[0] <= m[0] and m[1] <= phrase[1])]
    if not markers:
        carried = _scope_of_the_whole(ctx, clause_start)
        if carried is not None:
            return carried
        return ("province", None) if _paragraph_of_province(ctx, clause_start) else ("district", None)
    _, _, kind, name = max(markers, key=lambda m: (m[1], m[0]))
    return kind, name


_PART_SENTENCE_RE = re.compile(r"\s*trong\s+đó\b", re.IGNORECASE)


def _scope_of_the_whole(ctx: _Context, clause_start: int) -> tuple[str, str | None] | None:
    """"… Hà Nội thu 376.430 tỷ đồng. Trong đó, thu nội địa 353.932 tỷ đồng": a sentence opening with "Trong đó" lists
    the parts of the whole stated in the sentence before it, so its figures are that unit's (None: no such sentence,
    or the sentence before names no unit)."""
    while clause_start < len(ctx.text) - 1 and ctx.text[clause_start].isspace():
        clause_start += 1
    s_start = ctx.sentence_start(clause_start)
    if not _PART_SENTENCE_RE.match(ctx.folded, s_start) or s_start <= paragraph_start(ctx.text, s_start):
        return None
    prev_start = ctx.sentence_start(s_start - 1)
    markers = [m for m in _markers_before(ctx, prev_start, s_start) if not _is_yardstick(ctx, m, prev_start, s_start)]
    if not markers:
        return None
    _, _, kind, name = max(markers, key=lambda m: (m[1], m[0]))
    return kind, name


_FIRST_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n")


def _paragraph_of_province(ctx: _Context, clause_start: int) -> bool:
    """A paragraph whose first sentence is about the province ("Trong 9 tháng, thu ngân sách trên địa bàn tỉnh vẫn
    đạt kết quả khá. Với tổng thu ước đạt 3.319 tỷ đồng, …") speaks of the province in the sentences after it,
    until another unit is named."""
    line = ctx.text.rfind("\n", 0, clause_start) + 1
    end = _FIRST_SENTENCE_END_RE.search(ctx.text, line)
    first_end = end.start() if end else len(ctx.text)
    if clause_start <= first_end:
        return False
    markers = _markers_before(ctx, line, clause_start)
    # "toàn tỉnh", "trên địa bàn tỉnh", "tỉnh Ninh Thuận" as the subject; not "của tỉnh"/"bình quân chung của Thành
    # phố", which compare the district with the province ("đơn vị đầu tiên của tỉnh", "bằng 68% … của Thành phố").
    province = [m for m in markers if m[1] <= first_end and m[2] == "province"
                and not ctx.folded.startswith("của", m[0]) and not _is_yardstick(ctx, m, line, first_end)]
    if not province:
        return False
    last = max(m[1] for m in province)
    return not any(m[0] >= last for m in markers)


def _markers_before(ctx: _Context, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    """(start, end, kind, name) of every unit named in text[start:end] (found once per line)."""
    line = ctx.text.rfind("\n", 0, start) + 1
    if ("markers", line) not in ctx.found:
        line_end = ctx.text.find("\n", start)
        ctx.found[("markers", line)] = _scope_markers(ctx, line, len(ctx.text) if line_end == -1 else line_end)
    return [m for m in ctx.found[("markers", line)] if m[0] >= start and m[1] <= end]


def _scope_markers(ctx: _Context, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    found = []
    for m in ctx.matches(lx.WHOLE_UNIT_RE, start, end):
        kind = m.lastgroup if m.lastgroup != "city" else ("province" if ctx.city_is_province else None)
        if kind:
            found.append((m.start(), m.end(), kind, None))
    found += [_unit_word_marker(ctx, m) for m in ctx.matches(lx.UNIT_WORD_RE, start, end, original=True)]
    return [m for m in found if m is not None]


def _unit_word_marker(ctx: _Context, m: re.Match) -> tuple[int, int, str, str | None] | None:
    """A unit word as a scope marker: a commune, the document's unit (named, or as bare subject), its province,
    or another unit. Names compare in the new tone spelling ("Thanh Hoá" is "Thanh Hóa")."""
    unit = ctx.unit
    word = " ".join(m.group("word").lower().split())
    syllables = _SYLLABLE_SPLIT_RE.split(m.group("next"))
    name = "".join(s for s in itertools.takewhile(lambda s: s.strip(" -")[:1].isupper(), syllables)).strip()
    end = m.start("next") + len(name)
    if word in lx.COMMUNE_WORDS:
        return (m.start(), end, "subunit", f"{m.group('word')} {name}") if name else None
    if unit is None:
        return None
    if not name:
        counted = lx.COUNTED_BEFORE.search(ctx.folded, max(0, m.start() - 12), m.start())   # "5 huyện", "các huyện"
        return (m.start(), m.end("word"), "district", None) if word == unit.division and not counted else None
    name = lx.fold_spelling(name)
    if word != "tỉnh" and name.startswith(lx.fold_spelling(unit.short)):
        return (m.start(), end, "district", None)
    if name.startswith(_province_short(unit)) and (
            word == "tỉnh" or (word == "thành phố" and unit.province_name.startswith("Thành phố"))):
        return (m.start(), end, "province", None)
    gaz = load_gazetteer()
    if _known_name(name, gaz.provinces if word == "tỉnh" else gaz.districts):
        return (m.start(), end, "subunit", f"{m.group('word')} {name}")
    return None   # a name the official list does not know (a former name, a company): no unit


def _known_name(name: str, known) -> bool:
    """Whether `name` starts with a name of the official list ("Cô Tô Đạt" → "Cô Tô")."""
    parts = name.split()
    return any(" ".join(parts[:n]) in known for n in range(len(parts), 0, -1))


_SYLLABLE_SPLIT_RE = re.compile(r"(?<=\S)(?=[ \-])")


@functools.lru_cache(maxsize=None)
def _province_short(unit: Unit) -> str:
    return lx.fold_spelling(re.sub(r"^(?:Tỉnh|Thành phố)\s+", "", unit.province_name))


def _is_yardstick(ctx: _Context, marker, clause_start: int, q_start: int) -> bool:
    start, end, kind, _ = marker
    compared = lx.COMPARED_BEFORE.search(ctx.folded, max(clause_start, start - 30), start)
    if compared and "nhất" in compared.group():
        return True   # "giảm ít nhất trên toàn huyện là 0,5%": the unit ranked within, never the figure's owner
    return bool(compared) and not lx.BRACKETED_AFTER.fullmatch(ctx.text, end, q_start)


def _city_is_province(unit: Unit | None) -> bool:
    """In a district of a centrally-run city "toàn thành phố" is the province (Hải Phòng); in a provincial city
    (Tam Kỳ) it is the city itself."""
    return unit is not None and unit.province_name.startswith("Thành phố") and unit.division != "thành phố"


def _measure_for_percent(ctx: _Context, kw: KeywordHit, indicator: str, q: Quantity, pre: str, post: str):
    """(measure, value, unit, quote_end) for a percentage, or None when the sentence does not say which."""
    rate = unit_of(indicator) == "%"
    target_after = lx.TARGET_WORD_AFTER.match(post.lstrip())
    gap = len(post) - len(post.lstrip())
    same_period = re.match(r"\s*(?:so\s+(?:với\s+)?)?cùng kỳ", post)
    if not target_after and not same_period and lx.TARGET_WORD_BEFORE.search(pre):
        # "so dự toán giao đạt 42%": the plan named first, then the share of it
        value = q.value + 100.0 if lx.EXCEEDED_BY_BEFORE.search(pre) else q.value
        return "pct_of_target", value, "%", q.end
    if target_after and not re.match(r"\s*(?:so\s+(?:với\s+)?)?(?:cùng kỳ)", post):
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


def _quantity_facts(ctx: _Context, keywords: list[KeywordHit], spans) -> list[dict]:
    text, folded = ctx.text, ctx.folded
    facts = []
    for s_start, s_end in spans:
        span_quantities = [q for q in find_quantities(folded, s_start, s_end) if not _in_table(ctx, q.start)]
        if not span_quantities:
            continue
        carried = None   # (indicator phrase, clause start) a clause after ';' may continue
        for c_start, c_end in clauses(text[s_start:s_end]):
            c_start, c_end = c_start + s_start, c_end + s_start
            clause_kws = [k for k in keywords if c_start <= k.start < c_end]
            scope_start = c_start
            if not clause_kws and carried and (lx.ELLIPSIS_START_RE.match(folded, c_start)
                                               or lx.UNIT_ELLIPSIS_START_RE.match(folded, c_start)):
                # "Tỷ lệ hộ nghèo còn 1,1%; giảm 0,6% so với đầu năm": the subject of the clause before
                # ("…đạt 93,8%; toàn tỉnh đạt 92,1%": the same subject, for the unit the clause names).
                clause_kws, scope_start = [carried[0]], carried[1]
            carried = (clause_kws[-1], scope_start) if clause_kws and text[c_end : c_end + 1] == ";" else None
            quantities = [q for q in span_quantities if c_start <= q.start and q.end <= c_end]
            clause_kws = _per_area_forms(clause_kws, quantities)
            previous_end = c_start
            for q in quantities:
                fact = _quantity_fact(ctx, q, c_start, c_end, clause_kws, previous_end, scope_start)
                if fact:
                    facts.append(fact)
                previous_end = q.end
    return facts


def _per_area_forms(clause_kws: list[KeywordHit], quantities: list[Quantity]) -> list[KeywordHit]:
    """"Giá trị sản xuất đạt 135,6 triệu đồng/ha (108,6% kế hoạch)": a production value whose first figure is money per
    hectare is the value per hectare (output_per_ha), and so are the shares stated with it."""
    out = []
    for i, k in enumerate(clause_kws):
        if k.indicator == "production_value" and not k.growth:
            nxt = clause_kws[i + 1].start if i + 1 < len(clause_kws) else None
            first = next((q for q in quantities if q.start >= k.end and (nxt is None or q.start < nxt)), None)
            if first is not None and first.per_area:
                k = KeywordHit(k.start, k.end, "output_per_ha", False)
        out.append(k)
    return out


def _post_label(q: Quantity, post: str, clause_kws: list[KeywordHit]) -> tuple[str | None, int, bool]:
    """(indicator, end) of a rate named after its number ("2,8% hộ cận nghèo"); skip=True for another share."""
    if q.kind not in ("pct", "pp"):
        return None, q.end, False
    stripped = post.lstrip()
    gap = len(post) - len(stripped)
    for indicator, rx in lx.POST_LABELS:
        label_match = rx.match(stripped)
        if label_match:
            return indicator, q.end + gap + label_match.end(), False
    other = lx.OTHER_POST_LABEL.match(stripped) and not any(
        k.start < q.start and k.indicator and unit_of(k.indicator) == "%" and k.indicator.endswith("coverage")
        for k in clause_kws)
    return None, q.end, bool(other)


def _quantity_fact(ctx: _Context, q: Quantity, c_start: int, c_end: int, clause_kws: list[KeywordHit],
                   previous_end: int, scope_start: int) -> dict | None:
    """The fact a figure states, or None when it names no catalogue indicator of this place and period."""
    text, folded = ctx.text, ctx.folded
    if q.number_start >= 2 and folded[q.number_start - 1] == "/" and folded[q.number_start - 2].isdigit():
        return None   # "(13,9/9,2%)", "(83,5/64 triệu đồng)": the second of a pair set side by side, no figure alone
    post = folded[q.end : min(c_end, q.end + 60)]
    label, label_end, other_share = _post_label(q, post, clause_kws)
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
    if kw.end <= q.start and _names_a_part(folded, kw.end, q.number_start):
        return None
    qualifier = qualifier_before(folded, q.number_start, window_start)
    # "ước đạt 16.817 tỷ đồng, tăng 5,1%": the estimate covers every figure after it in the phrase.
    # "ước đạt gần 180%": "gần/khoảng" already says the figure is inexact and says more than "ước" around it
    # (a bound, "ước đạt hơn 3.120 tỷ", stays an estimate).
    if qualifier != "approx" and (
            lx.ESTIMATE_RE.search(folded[kw.end if kw.end <= q.number_start else window_start : q.number_start])
            or lx.ESTIMATE_FRAME_RE.match(folded, c_start)):
        qualifier = "estimate"
    decided = _measure(ctx, kw, indicator, q, _verb_before_phrase(folded, kw, q, pre), post)
    if decided is None:
        return None
    measure, value, unit, quote_end = decided
    if measure == "target" and qualifier == "estimate":
        qualifier = None   # "ước đạt 55,3 triệu/KH 55 triệu": the result is estimated, the plan is not
    if qualifier is None:
        qualifier = "over" if lx.AT_LEAST_AFTER.match(post) else "under" if lx.AT_MOST_AFTER.match(post) else None
    st = ctx.statement(q.start)
    period = _figure_period(ctx, st, q)
    cue = plan_cue(ctx, st, c_start, q.number_start)
    quote_start = _quote_start(ctx, kw, q, c_start)
    if cue and measure == "pct_of_target":
        ctx.warnings.append(f"share of a plan only aimed at, skipped: {text[quote_start:quote_end]!r}")
        return None
    if cue and measure in ("level", "change", "growth_pct"):
        measure = "target"
        period = target_period(ctx, st, c_start, q.number_start, q.end, period)
        # the term the announced list belongs to: named in the cue, else earlier in its paragraph
        spans = list(lx.SPAN_MENTION_RE.finditer(ctx.folded, ctx.text.rfind("\n", 0, cue.start()) + 1, cue.end() + 20))
        span = spans[-1] if spans and lx.LIST_TARGET_CUE_RE is cue.re else None
        if span and (period is None or (period.kind == "year" and period.end_year == ctx.report_year)):
            period = term_of_span(int(span.group("start")), int(span.group("end"))) or period
    elif measure in ("change", "growth_pct"):
        period = _averaged_period(ctx, st, q, clause_kws, max(c_start, previous_end), c_end) or period
    if measure in ("change", "growth_pct", "pct_of_target") and period is not UNHELD and not cue:
        # under "Nhiệm kỳ qua, …" / "Kết quả 5 năm 2015 - 2020": a change or a share of the resolution over the term
        lead = _lead_retrospect(ctx, st)
        if lead and not any(explicit_period_near(folded, a, b) for a, b in _windows(st, q.start)):
            period = lead
    if period is UNHELD:
        ctx.warnings.append(f"figure over a span of years that is no period, skipped: {text[quote_start:quote_end]!r}")
        return None
    target_scope = target_body_ = term = None
    if measure in ("pct_of_target", "target"):
        target_scope, target_body_, term = target_set(ctx, q.start, quote_end, period, anchor=q.end)
    place = _place_of(ctx, scope_start, q.start, text[quote_start:quote_end], (kw.start, kw.end))
    if place is False:
        return None
    if label:
        quote_end = max(quote_end, label_end)
    fact = _fact(
        ctx, indicator=indicator, measure=measure, value=value, unit=unit, start=quote_start, end=quote_end,
        qualifier=qualifier, period=period, target_scope=target_scope, target_body=target_body_, term=term,
        place=place,
    )
    if kw.start <= q.start and lx.PART_BEFORE_PHRASE.search(folded, max(0, kw.start - 14), kw.start):
        fact[PART_KEY] = True   # "…, trong đó thu nội địa 320 tỷ đồng": a part of the total, which wins a conflict
    elif _part_of_the_whole_before(ctx, q.start, indicator):
        fact[PART_KEY] = True
    return fact


PART_KEY = "_part"


def _collected_over_all_sources(facts: list[dict]) -> None:
    """"Tổng thu ngân sách nhà nước 797 tỷ đồng, trong đó thu nội địa 38 tỷ đồng": the whole counts transfers from the
    budgets above, the part is the revenue collected in the district, which is what budget_revenue holds. There the
    part is the indicator's figure and the whole gives way; a whole itself collected "trên địa bàn" stays the figure."""
    parts = [f for f in facts if f.get(PART_KEY) and f["indicator"] == "budget_revenue"
             and lx.COLLECTED_IN_DISTRICT_RE.search(f["quote"])]
    for part in parts:
        wholes = [g for g in facts if not g.get(PART_KEY) and g["indicator"] == "budget_revenue"
                  and (g["place_id"], g["period"], g["measure"]) == (part["place_id"], part["period"], part["measure"])]
        if wholes and not any(lx.COLLECTED_IN_DISTRICT_RE.search(g["quote"]) for g in wholes):
            part[PART_KEY] = False
            for whole in wholes:
                whole[PART_KEY] = True


def _part_of_the_whole_before(ctx: _Context, pos: int, indicator: str) -> bool:
    """"… ước đạt 9.380 tỷ đồng. Trong đó, sản xuất nông nghiệp … tổng giá trị sản xuất chỉ đạt 2.257 tỷ đồng": a
    sentence opening with "Trong đó" lists parts of the whole its sentence before states for the same indicator; a
    part never beats that whole. ("Trong đó, một số chỉ tiêu tăng khá: …" with no such whole lists examples.)"""
    s_start = ctx.sentence_start(pos)
    if not _PART_SENTENCE_RE.match(ctx.folded, s_start) or s_start == 0:
        return False
    prev_start = ctx.sentence_start(s_start - 1)
    return any(kw.indicator == indicator for kw in find_keywords(ctx.folded, [(prev_start, s_start)]))


def _names_a_part(folded: str, start: int, end: int) -> bool:
    """"Thu ngân sách đạt 1.865 tỷ đồng, trong đó thu tiền sử dụng đất 1.210 tỷ đồng": after "trong đó" a noun names
    a part of the quantity (outside the catalogue when no indicator phrase follows), not the quantity itself."""
    at = folded.rfind("trong đó", start, end)
    if at == -1:
        return False
    words = _WORD_RE.findall(folded, at + len("trong đó"), end)
    return any(w not in lx.PART_FILLER_WORDS for w in words)


_WORD_RE = re.compile(r"[^\W\d_]+")


def _measure(ctx: _Context, kw: KeywordHit, indicator: str, q: Quantity, pre: str, post: str):
    """(measure, value, unit, quote_end), or None when the words do not say what the figure is."""
    if lx.TARGET_VALUE_BEFORE.search(pre):
        # "8,56%, KH 9%", "vượt chỉ tiêu tỉnh giao (92,5%)": the plan's own figure.
        if q.kind in ("pct", "pp"):
            if unit_of(indicator) != "%" and not kw.growth:
                return None
            return "target", q.value, "pp" if q.kind == "pp" else "%", q.end
        value, unit = level_value(indicator, q)
        return "target", value, unit, q.end
    if q.kind in ("pct", "pp"):
        return _measure_for_percent(ctx, kw, indicator, q, pre, post)
    measure, value, unit = _measure_for_amount(indicator, q, pre)
    quote_end = q.end
    comparison = lx.COMPARISON_AFTER.match(post.lstrip()) if measure == "change" else None
    if comparison:
        quote_end = q.end + (len(post) - len(post.lstrip())) + comparison.end()
    return measure, value, unit, quote_end


_SPAN_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")


def _averaged_period(ctx: _Context, st: Statement, q: Quantity, clause_kws: list[KeywordHit], seg_start: int,
                     c_end: int) -> Period | None:
    """The period of a change averaged over several years ("bình quân mỗi năm trong giai đoạn 2016 - 2020 giảm 1,6%",
    "bình quân giai đoạn 2016 - 2020 tăng 23,4%/năm"): the resolution term it spans, else UNHELD (no period of the
    table holds a yearly average over another span, nor one whose span the report leaves unsaid). None when the
    figure is no such average ("bình quân" inside an indicator's name does not count)."""
    folded = ctx.folded
    if "bình quân" not in folded[seg_start:q.number_start]:
        return None
    averages = [m for m in lx.AVERAGE_RE.finditer(folded, seg_start, q.number_start)
                if not any(k.start <= m.start() < k.end for k in clause_kws)]
    if not averages:
        return None
    avg = averages[-1]
    after = folded[q.end:min(c_end, q.end + 40)]
    span = _SPAN_RE.search(folded, avg.start(), q.number_start) or _SPAN_RE.search(after)
    if not (avg.group("years") or span or lx.PER_YEAR_AFTER.match(after)):
        return None   # "tăng bình quân 10%": no span of years said
    if span:
        term = term_of_span(int(span.group(1)), int(span.group(2)))
        return term if term is not None and (ctx.report_year is None or term.end_year <= ctx.report_year) else UNHELD
    for a, b in _windows(st, q.start):
        looked_back = retrospective_period(folded, a, b, report_year=ctx.report_year)
        if looked_back:
            return looked_back
    return _lead_retrospect(ctx, st) or UNHELD


_LEAD_END_RE = re.compile(r"[.!?](?=\s)|\n")
_HEADING_FIGURE_RE = re.compile(r"\d\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|tấn|ha\b)")   # a line stating figures is no heading


def _lead_retrospect(ctx: _Context, st: Statement) -> Period | None:
    """The finished term that the paragraph's first sentence ("Nhiệm kỳ qua, Đảng bộ huyện …") or the heading line
    right above the paragraph ("Kết quả 5 năm 2015 - 2020") looks back over, when the figure is not in it."""
    key = ("lead", st.block_start, st.start)
    if key not in ctx.found:
        ctx.found[key] = _find_lead_retrospect(ctx, st)
    return ctx.found[key]


def _find_lead_retrospect(ctx: _Context, st: Statement) -> Period | None:
    year = ctx.published_year or ctx.report_year
    block = st.block_start
    lead_end = _LEAD_END_RE.search(ctx.folded, block)
    lead_end = lead_end.start() if lead_end else len(ctx.folded)
    spans = [(block, lead_end)] if lead_end < st.start else []
    prev_end = block - 1
    if prev_end > 0:
        prev_start = ctx.folded.rfind("\n", 0, prev_end) + 1
        line = ctx.folded[prev_start:prev_end].strip()
        if line and len(line) <= 120 and not _HEADING_FIGURE_RE.search(line) and not line.endswith("."):
            spans.append((prev_start, prev_end))
    for a, b in spans:
        looked_back = retrospective_period(ctx.folded, a, b, report_year=year)
        if looked_back:
            return looked_back
    return None


def _verb_before_phrase(folded: str, kw: KeywordHit, q: Quantity, pre: str) -> str:
    """"Giảm tỷ lệ hộ nghèo 2,5%": with no verb between phrase and figure, the verb before the phrase counts."""
    if kw.start >= q.start or lx.UP_RE.search(pre) or lx.DOWN_RE.search(pre) or lx.LEVEL_AFTER_CHANGE_RE.search(pre):
        return pre
    verb = lx.VERB_BEFORE_PHRASE.search(folded, max(0, kw.start - 16), kw.start)
    if verb is None:
        return pre
    return ("giảm " if "giảm" in verb.group("verb") else "tăng ") + pre


def _figure_period(ctx: _Context, st: Statement, q: Quantity) -> Period | None:
    """A year right after the figure ("xuống còn 1,9% năm 2020") dates it, unless its sentence already did."""
    after = period_after(ctx.text, q.end)
    if after is not None and explicit_period_near(ctx.text, st.start, q.start) is None:
        return after
    return fact_period(ctx, q.start)


def _quote_start(ctx: _Context, kw: KeywordHit, q: Quantity, c_start: int) -> int:
    quote_start = kw.start if kw.start <= q.start else q.start
    if q.end - quote_start > 320:
        quote_start = max(c_start, ctx.folded.rfind(",", c_start, q.start) + 1)
        while quote_start < q.start and ctx.text[quote_start].isspace():
            quote_start += 1
    return quote_start


def _place_of(ctx: _Context, c_start: int, pos: int, quote: str, phrase: tuple[int, int] | None = None):
    """The unit of a figure: None for the document's, the province's Unit, or False (skipped, with a warning)."""
    scope_kind, scope_name = scope_of(ctx, c_start, pos, phrase)
    if scope_kind == "province" and ctx.unit is not None and ctx.unit.place_type != "province":
        place = province_unit(ctx.unit) if ctx.unit.province_code else None
        if place is None:
            ctx.warnings.append(f"figure about the province, province unknown, skipped: {quote!r}")
            return False
        return place
    if scope_kind in ("country", "subunit"):
        who = "the country" if scope_kind == "country" else scope_name
        ctx.warnings.append(f"figure about {who}, not the document's place, skipped: {quote!r}")
        return False
    return None


def _count_facts(ctx: _Context) -> list[dict]:
    folded = ctx.folded
    # Each shape is sought only in a text holding its words (most reports hold few of them).
    has = functools.partial(operator.contains, folded)
    return (_targets_met_facts(ctx) + _ntm_facts(ctx)
            + (_poverty_fall_facts(ctx) + _poverty_count_facts(ctx) if has("hộ") else [])
            + (_counted_facts(ctx, (lx.NEW_ENTERPRISES_RE,) + lx.NEW_ENTERPRISES_AFTER_RES, "new_enterprises",
                              "enterprises") if has("thành lập") else [])
            + (_counted_facts(ctx, (lx.NEW_PARTY_MEMBERS_RE,), "new_party_members", "members") if has("kết nạp") or has("phát triển") and has("đảng viên") else []))


def _targets_met_facts(ctx: _Context) -> list[dict]:
    folded = ctx.folded
    facts = []
    taken: list[tuple[int, int]] = []
    for rx in lx.TARGETS_RES:
        for m in scan(rx, folded, ctx.spans):
            if any(m.start() < b and m.end() > a for a, b in taken):
                continue
            mid = m.groupdict().get("mid") or ""
            if re.search(r"chưa|không", mid):
                continue
            if lx.PART_OF_COUNT_BEFORE.search(folded, max(0, m.start() - 20), m.start()):
                continue   # "19/25 chỉ tiêu hoàn thành …, trong đó có 6/25 chỉ tiêu vượt KH": a part of the count
            period = fact_period(ctx, m.start())
            if period is UNHELD:
                continue
            num, den = int(m.group("num")), int(m.group("den"))
            scope, body, term = target_set(ctx, m.start(), m.end(), period)
            if (term and period is not None and period.kind == "year" and period.end_year == int(term[-4:])
                    and explicit_period_near(ctx.folded, ctx.sentence_start(m.start()), m.start()) is None):
                # "Trong 16 chỉ tiêu … Nghị quyết Đại hội … nhiệm kỳ 2015 - 2020, có 14/16 chỉ tiêu đạt và vượt" in
                # a report of the term's last year, no year of its own: the count of the whole term
                period = Period(term, "term", int(term[-4:]))
            facts.append(_fact(ctx, indicator="targets_met", measure="level", value=num, unit="targets",
                               denominator=den, start=m.start(), end=m.end(), period=period,
                               target_scope=scope, target_body=body, term=term))
            taken.append((m.start(), m.end()))
    return facts


def _count_clause_start(ctx: _Context, pos: int) -> int:
    return max(ctx.sentence_start(pos), ctx.folded.rfind(";", 0, pos) + 1)


def _ntm_facts(ctx: _Context) -> list[dict]:
    """New Rural counts: level (x/y), a rise stated with them ("tăng 7 xã") and the total it brings ("nâng tổng số
    lên 12 xã"), or a planned count (target, with the plan's target set)."""
    folded, text = ctx.folded, ctx.text
    matches = list(scan(lx.NTM_RE, folded, ctx.spans))
    for rx in (lx.NTM_AFTER_RE, lx.NTM_SHARE_RE, lx.NTM_RAISED_TO_RE):
        matches += [m for m in scan(rx, folded, ctx.spans)
                    if all(m.end() <= n.start() or m.start() >= n.end() for n in matches)]
    facts = []
    for m in matches:
        tier = (m.group("tier") or "").strip().lower()
        if tier == "kiểu mẫu":
            continue
        indicator = "ntm_advanced_communes" if tier == "nâng cao" else "ntm_communes"
        c_start = _count_clause_start(ctx, m.start())
        place = _place_of(ctx, c_start, m.start(), text[m.start():m.end()])
        period = fact_period(ctx, m.start())
        if place is False or period is UNHELD:
            continue
        st = ctx.statement(m.start())
        planned = plan_cue(ctx, st, c_start, m.start())
        common = dict(indicator=indicator, unit="communes", place=place)

        def count(num, den, start, end, period=period):
            if not planned:
                return _fact(ctx, measure="level", value=num, start=start, end=end,
                             denominator=int(den) if den else None, period=period, **common)
            # a horizon named before the count ("Số xã đạt chuẩn … năm 2025: 10 xã") is the target's
            at = max(m.start("num"), m.start())
            period = target_period(ctx, st, c_start, at, end, period)
            scope, body, term = target_set(ctx, at, end, period)
            return _fact(ctx, measure="target", value=num, start=start, end=end, denominator=int(den) if den else None,
                         period=period, target_scope=scope, target_body=body, term=term, **common)

        num, den = int(m.group("num")), m.group("den")
        if lx.RISE_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            if not planned:  # "có thêm 2 xã đạt chuẩn": a rise; a planned rise fits no measure
                facts.append(_fact(ctx, measure="change", value=num, start=m.start(), end=m.end(), period=period, **common))
            total = lx.NTM_TOTAL_AFTER.match(folded, m.end())
            if total:   # "…, nâng tổng số lên 12 xã": the level after the rise
                facts.append(count(int(total.group("num")), total.group("den"), m.start(), total.end()))
            continue
        facts.append(count(num, den, m.start(), m.end()))
        rise = lx.NTM_RISE_AFTER.match(folded, m.end())
        if rise and not planned:
            facts.append(_fact(ctx, measure="change", value=int(rise.group("num")), start=m.start(), end=rise.end(),
                               period=period, **common))
    return facts


def _poverty_fall_facts(ctx: _Context) -> list[dict]:
    folded = ctx.folded
    facts = []
    for m in scan(lx.POVERTY_FALL_RE, folded, ctx.spans):
        indicator = "near_poverty_rate" if m.group("which").lower().startswith("cận") else "poverty_rate"
        facts.append(_fact(ctx, indicator=indicator, measure="change", value=-parse_number(m.group("pct")), unit="pp",
                           start=m.start(), end=m.end(), period=fact_period(ctx, m.start()),
                           qualifier=qualifier_before(folded, m.start("pct"), m.start())))
    return facts


def _poverty_count_facts(ctx: _Context) -> list[dict]:
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
    return facts


def _poverty_count_fact(ctx: _Context, m: re.Match, which: str, pct: str, end: int) -> list[dict]:
    folded, text = ctx.folded, ctx.text
    indicator = "near_poverty_rate" if m.group(which).startswith("cận") else "poverty_rate"
    c_start = _count_clause_start(ctx, m.start())
    place = _place_of(ctx, c_start, m.start(), text[m.start():end])
    period = fact_period(ctx, m.start())
    if place is False or period is UNHELD:
        return []
    st = ctx.statement(m.start())
    measure, scope, body, term = "level", None, None, None
    if plan_cue(ctx, st, c_start, m.start()):
        measure = "target"
        period = target_period(ctx, st, c_start, m.start(), end, period)
        scope, body, term = target_set(ctx, m.start(), end, period)
    return [_fact(ctx, indicator=indicator, measure=measure, value=parse_number(m.group(pct)), unit="%",
                  start=m.start(), end=end, period=period, place=place, target_scope=scope, target_body=body,
                  term=term, qualifier=qualifier_before(folded, m.start(pct), m.start()))]


def _counted_facts(ctx: _Context, rxs: tuple[re.Pattern, ...], indicator: str, unit: str) -> list[dict]:
    """Counts said with their verb ("thành lập mới 15/40 doanh nghiệp", "kết nạp 38 đảng viên mới", "có 412 doanh
    nghiệp thành lập mới"), and the share of plan right after them ("(đạt 37,5% kế hoạch)")."""
    folded, text = ctx.folded, ctx.text
    facts = []
    taken: list[tuple[int, int]] = []
    matches = []
    for rx in rxs:
        for m in scan(rx, folded, ctx.spans):
            if not any(m.start() < b and m.end() > a for a, b in taken):
                taken.append((m.start(), m.end()))
                matches.append(m)
    for m in matches:
        c_start = _count_clause_start(ctx, m.start())
        place = _place_of(ctx, c_start, m.start(), text[m.start():m.end()])
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
            facts.append(_fact(ctx, measure="target", value=int(parse_number(m.group("num"))), unit=unit, start=m.start(),
                               end=m.end(), period=period, target_scope=scope, target_body=body, term=term, **common))
            continue
        # "Kết nạp trên 1.000 đảng viên mới": the bound said before the count
        bound = qualifier_before(folded, m.start("num"), m.start())
        facts.append(_fact(ctx, measure="level", value=int(parse_number(m.group("num"))), unit=unit,
                           denominator=int(den) if den else None, start=m.start(), end=m.end(), period=period,
                           **({**common, "qualifier": bound} if bound else common)))
        share = lx.SHARE_OF_PLAN_AFTER.match(folded, m.end())
        if share:
            scope, body, term = target_set(ctx, m.start(), share.end(), period)
            bound = qualifier_before(folded, share.start("pct"), share.start())
            facts.append(_fact(ctx, measure="pct_of_target", value=parse_number(share.group("pct")), unit="%",
                               start=m.start(), end=share.end(), period=period, target_scope=scope,
                               target_body=body, term=term, **{**common, "qualifier": bound or common.get("qualifier")}))
    return facts


# --- tables ------------------------------------------------------------------------------------------------
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


def _header(ctx: _Context, cells) -> list[_Column] | None:
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


def _table_facts(ctx: _Context, keywords: list[KeywordHit]) -> list[dict]:
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


def _in_table(ctx: _Context, pos: int) -> bool:
    return any(a <= pos < b for a, b in ctx.table_rows)


def _row_facts(ctx: _Context, columns: list[_Column], cells, keywords: list[KeywordHit]) -> list[dict]:
    label = next((c for c, col in zip(cells, columns) if col.role == "label"), None)
    kw = next((k for k in keywords if label and label[0] <= k.start < label[1]), None)
    if kw is None and label:
        # "Số xã đạt chuẩn nông thôn mới nâng cao | Xã | 6 | 8": a count named by its label
        counted = next(((ind, m) for ind, rx in lx.TABLE_COUNT_LABELS if (m := rx.search(ctx.folded, *label))), None)
        kw = KeywordHit(counted[1].start(), counted[1].end(), counted[0], False) if counted else None
    if kw is None or not kw.indicator:
        return []
    unit_cell = next((ctx.folded[a:b] for (a, b), col in zip(cells, columns) if col.role == "unit"), "")
    estimate = any(col.role == "result" and re.match(r"ước|ưth", col.heading) for col in columns)
    plan = next((col for col in columns if col.role == "plan"), None)
    result = next((col for col in columns if col.role == "result"), None)
    rate = unit_of(kw.indicator) == "%"
    period_of_row = (result.period if result and result.period else None) or fact_period(ctx, label[0])
    facts = []
    for (a, b), col in zip(cells, columns):
        cell = _TABLE_CELL_RE.fullmatch(ctx.folded, a, b) if b > a else None
        if col.role not in ("plan", "result", "share_of_plan", "vs_last_year") or cell is None:
            continue
        try:
            number = parse_number(cell.group("number"))
        except ValueError:
            continue
        bound = _TABLE_BOUNDS.get(" ".join((cell.group("bound") or "").split()))
        common = dict(indicator=kw.indicator, start=label[0], end=b, period=period_of_row)
        if col.role in ("share_of_plan", "vs_last_year") and (rate or kw.growth):
            continue
        if col.role == "share_of_plan":
            facts.append(_fact(ctx, measure="pct_of_target", value=number, unit="%", target_scope="annual",
                               target_body=target_body(plan.heading if plan else col.heading),
                               qualifier="estimate" if estimate else None, **common))
        elif col.role == "vs_last_year":
            facts.append(_fact(ctx, measure="growth_pct", value=round(number - 100.0, 10), unit="%",
                               qualifier="estimate" if estimate else None, **common))
        else:
            value_unit = (number, "%") if kw.growth else _table_value(kw.indicator, unit_cell, number)
            if value_unit is None:
                continue
            if col.role == "plan":
                common["period"] = col.period or period_of_row
                facts.append(_fact(ctx, measure="target", value=value_unit[0], unit=value_unit[1], qualifier=bound,
                                   target_scope="term" if re.search(r"nhiệm kỳ|đại hội", col.heading) else "annual",
                                   target_body=target_body(col.heading), **common))
            else:
                facts.append(_fact(ctx, measure="growth_pct" if kw.growth else "level", value=value_unit[0],
                                   unit=value_unit[1], qualifier="estimate" if estimate else bound, **common))
    return facts


# A table cell: a figure, perhaps with its bound ("dưới 0,4", "≥ 95", "trên 80"); ranges ("8 - 8,5") are none.
_TABLE_CELL_RE = re.compile(r"(?:(?P<bound>dưới|trên|hơn|tối thiểu|tối đa|khoảng|gần|[<>≤≥]=?)\s*)?(?P<number>\d[\d.,\s]*)")
_TABLE_BOUNDS = {"dưới": "under", "tối đa": "under", "<": "under", "<=": "under", "≤": "under",
                 "trên": "over", "hơn": "over", "tối thiểu": "over", ">": "over", ">=": "over", "≥": "over",
                 "khoảng": "approx", "gần": "approx"}


def _table_value(indicator: str, unit_cell: str, number: float) -> tuple[float, str] | None:
    """A table figure in the catalogue unit, scaled by the row's ĐVT ("Tỷ đồng", "Triệu đồng", "Nghìn tấn")."""
    unit = unit_of(indicator)
    scales = {
        "%": (("%", 1.0),),
        "billion VND": (("nghìn tỷ", 1000.0), ("ngàn tỷ", 1000.0), ("tỷ", 1.0), ("tỉ", 1.0), ("triệu", 0.001)),
        "million VND/person": (("triệu", 1.0),),
        "million VND/ha": (("triệu", 1.0),),
        "tonnes": (("triệu tấn", 1e6), ("nghìn tấn", 1e3), ("ngàn tấn", 1e3), ("tấn", 1.0)),
        "communes": (("xã", 1.0),),
        "enterprises": (("doanh nghiệp", 1.0), ("dn", 1.0)),
    }.get(unit, ())
    for word, scale in scales:
        if word in unit_cell:
            return float(Decimal(str(number)) * Decimal(str(scale))), unit
    return None


def extract_document(text: str, *, source_id: str, title: str | None = None, published: str | None = None) -> Extraction:
    """Extract every catalogue fact from NFC-normalised `text`; never raises on odd text."""
    folded = lx.fold_spelling(text)
    low = lx.lower_same_length(folded)
    if title is None:
        title = next((line.strip() for line in text.splitlines() if len(line.strip()) > 20), None)
    warnings: list[str] = []
    place = detect_place(folded, title=lx.fold_spelling(title) if title else None)
    warnings += place.warnings
    published_year = int(published[:4]) if published else None
    period = document_period(folded, title=title, published_year=published_year, as_of=as_of_year(published))
    for typo in typo_years(text):
        warnings.append(f"ignored a year that cannot be one: {typo!r}")
    ctx = _Context(text=text, folded=low, unit=place.unit, doc_period=period, warnings=warnings,
                   published=published, city_is_province=_city_is_province(place.unit), ends=sentence_ends(text))
    ctx.spans = spans = numeric_spans(low)
    keywords = find_keywords(low, spans)
    raw = _table_facts(ctx, keywords) + _count_facts(ctx) + _quantity_facts(ctx, keywords, spans)
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
    _collected_over_all_sources(valid)
    facts, conflict_warnings = resolve_conflicts(valid)
    for fact in facts:
        fact.pop(PART_KEY, None)
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
        place=place_fields(place.unit) if place.unit else None,
        period=main_period,
        title=title,
        published=published,
    )
