"""Which period a figure describes: a year, a quarter, a half-year, nine months, or a resolution term.

The year a report talks about is not its publication year (January reviews describe the year before),
nor the comparison base ("tăng 9,17% so năm 2022"), nor a horizon ("đến năm 2025"), nor a typo ("năm 203").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .lexicon.periods import AS_OF_NOW_RE, CONTINUING_SENTENCE_RE, HEADING_FIGURE_RE
from .lexicon.quantities import BOUND_WORDS
from .regex_words import may_match

# A framing year this many years before the time of writing is history when the text also speaks of "now".
_HISTORY_YEARS = 2

ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = r"(?:19[89]\d|20\d{2})"

QUARTER_RE = re.compile(
    rf"quý\s+(?P<q>IV|III|II|I|[1-4])(?:\s*(?:[-/]|năm)\s*|\s+)(?P<year>{_YEAR})(?!\d)", re.IGNORECASE
)
# Month counts as reports write them: "6 tháng", "06 tháng", "sáu tháng"; "03 tháng đầu năm" is the first quarter.
_SIX = r"(?:0?6|sáu)"
_NINE = r"(?:0?9|chín)"
_THREE = r"(?:0?3|ba)"
HALF_RE = re.compile(rf"(?<!\d){_SIX}\s+tháng\s+(?:đầu\s+)?năm\s+(?P<year>{_YEAR})(?!\d)", re.IGNORECASE)
NINE_MONTHS_RE = re.compile(rf"(?<!\d){_NINE}\s+tháng\s+(?:đầu\s+)?năm\s+(?P<year>{_YEAR})(?!\d)", re.IGNORECASE)
FIRST_QUARTER_RE = re.compile(rf"(?<!\d){_THREE}\s+tháng\s+đầu\s+năm\s+(?P<year>{_YEAR})(?!\d)", re.IGNORECASE)
TERM_RE = re.compile(rf"(?P<start>{_YEAR})\s*[-–—]\s*(?P<end>{_YEAR})(?!\d)")
TERM_WORD_RE = re.compile(rf"nhiệm\s+kỳ\s*(?:\(?\s*)?(?P<start>{_YEAR})\s*[-–—]\s*(?P<end>{_YEAR})", re.IGNORECASE)
YEAR_RE = re.compile(rf"(?<![\d/.,-])(?P<year>{_YEAR})(?![\d/])")
NAM_YEAR_RE = re.compile(rf"\bnăm\s+(?P<year>\d{{1,4}})(?![\d,.]\d|\d*\s*%)", re.IGNORECASE)
# The same on lower-cased text, with "\b" checked by hand: a pattern that opens with a literal is searched for
# that literal (C speed); "\b" or IGNORECASE in front makes the engine try every position (4× slower).
_NAM_YEAR_LOW_RE = re.compile(rf"năm\s+(?P<year>\d{{1,4}})(?![\d,.]\d|\d*\s*%)")
RELATIVE_LAST_YEAR_RE = re.compile(r"\bnăm\s+(?:vừa\s+)?qua\b", re.IGNORECASE)
_RELATIVE_LAST_YEAR_LOW_RE = re.compile(r"năm\s+(?:vừa\s+)?qua\b")

# "so với", "so", "so với cùng kỳ", "cùng kỳ": the words that name what a figure is compared with.
_BASE_WORDS = r"(?:so(?:\s+với)?(?:\s+cùng\s+kỳ)?|cùng\s+kỳ)"
# Words right before "năm YYYY" that make YYYY something other than the period of the figure.
_NOT_PERIOD_BEFORE = re.compile(
    # "so với thời điểm rà soát năm 2023", "so với cuối năm 2023": a base all the same
    # ("ngày 23 tháng 08 năm 2019": a date, a day of writing, not the period reported on)
    # ("tăng 15,4% so 9 tháng đầu năm 2015": the same months of the year before, compared with)
    rf"(?:\btháng\s+\d{{1,2}}\s+|\b{_BASE_WORDS}\s+(?:0?[369]|ba|sáu|chín)\s+tháng(?:\s+đầu)?|\bso(?:\s+với)?(?:\s+cùng\s+kỳ|(?:\s+(?:thời\s+điểm|kết\s+quả))?(?:\s+rà\s+soát)?(?:\s+(?:cuối|đầu))?)?|\bcùng\s+kỳ|\bđến|\bvào|\btrước|\bsau|\btầm\s+nhìn|\bgiai\s+đoạn|\bxây\s+dựng\s+nghị\s+quyết"
    r"|\bkế\s+hoạch|\bphấn\s+đấu|\bmục\s+tiêu|\bnhiệm\s+vụ(?:\s+\w+)?\s+của|\bđịnh\s+hướng|\bchuẩn\b|\bsinh"
    # "giá so sánh năm 2010": the price base of a value; "từ 6,8% năm 2015", "từ năm 2015": a base or a start.
    rf"|\bgiá\s+(?:so\s+sánh|SS|cố\s+định)|\btừ(?:\s+mức)?(?:\s+{BOUND_WORDS})?(?:\s+[\d.,]+\s*(?:%|[^\W\d_]+(?:\s+[^\W\d_]+)?)?)?)\s*$",
    re.IGNORECASE,
)
# "đến cuối năm 2023", "đến hết năm 2023": a status date, not a horizon.
# ("so với cuối năm 2021" is a base: "cuối" after "so với" is no status)
_STATUS_BEFORE = re.compile(r"\bđến\s+(?:cuối|hết)\s*$|(?<!so với )\b(?:trong|cuối|hết)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    label: str          # "2023", "2023-Q1", "2023-H1", "2023-9M", "2020-2025"
    kind: str           # year | quarter | half_year | nine_months | term
    end_year: int


def year_period(year: int) -> Period:
    return Period(str(year), "year", year)


# "Năm 2024 phấn đấu …", "năm 2024 là năm …", "năm 2024 sẽ …": the year of a plan, not of results. Within the
# year's own clause: in "đánh giá công tác năm 2020, đề ra phương hướng năm 2021" the plan is the next clause's, and
# in "19 chỉ tiêu năm 2020 mà Nghị quyết đề ra" (or "đã/được đề ra") the targets were set before, for 2020.
_PLAN_AFTER = re.compile(
    r"^\s*,?\s*(?:(?!(?:mà|đã|được)\s)[^\s,]+\s+){0,6}?"
    r"(?:phấn\s+đấu|sẽ|dự\s+kiến|định\s+hướng|đề\s+ra|mục\s+tiêu|kế\s+hoạch|cần|tiếp\s+tục\s+phấn)\b",
    re.IGNORECASE,
)
# "đề ra phương hướng, nhiệm vụ năm 2021", "các nhiệm vụ, giải pháp trong năm 2021": the year a plan is for; but
# "kết quả thực hiện (các) nhiệm vụ năm 2020" is the review of that year's tasks.
_PLAN_BEFORE = re.compile(
    r"(?:phương\s+hướng|giải\s+pháp|nhiệm\s+vụ)(?:\s*,\s*(?:nhiệm\s+vụ|giải\s+pháp))?"
    r"(?:\s+(?:trọng\s+tâm|chủ\s+yếu))?(?:\s+(?:trong|của|cho))?\s*$",
    re.IGNORECASE,
)
_REVIEW_BEFORE_PLAN = re.compile(r"thực\s+hiện|kết\s+quả|đánh\s+giá|tổng\s+kết|sơ\s+kết", re.IGNORECASE)


_CLAUSE_END_RE = re.compile(r"[.;:\n]")
_YEAR_RE_FULL = re.compile(_YEAR)
_RANGE_DASH_RE = re.compile(r"\s*[-–—]\s*\d")
_OPENS_SENTENCE_RE = re.compile(r"(?:^|[.!?\n:]\s*)$")
# "Theo báo cáo, năm 2022 huyện … đã đạt": an opening adverbial and its comma, then the year as the topic
_OPENING_ADVERBIAL_RE = re.compile(
    r"(?:^|[.!?\n:]\s*)(?:theo\s+(?:báo\s+cáo|đó)|cụ\s+thể|nhìn\s+chung|tính\s+chung|như\s+vậy)\s*,\s*$",
    re.IGNORECASE)


# "Năm 2024, …", "Trong năm 2024, …", "Sang năm 2024, …": a year that opens its sentence is its topic; what follows
# its comma is said of it. Mid-sentence ("đánh giá công tác năm 2020, đề ra …") the comma ends the year's phrase.
_YEAR_TOPIC_BEFORE = re.compile(r"(?:^|[.!?;:\n])\s*(?:(?:trong|sang|bước\s+sang|riêng|cho|đến|với)\s+)?$",
                                re.IGNORECASE)


def _year_is_period(text: str, start: int, end: int | None = None) -> bool:
    before = text[max(0, start - 40) : start]
    if end is not None:
        after = _CLAUSE_END_RE.split(text[end : end + 60], 1)[0]
        if not _YEAR_TOPIC_BEFORE.search(text, max(0, start - 20), start):
            after = after.split(",", 1)[0]
        if _PLAN_AFTER.search(after):
            return False
    plan = _PLAN_BEFORE.search(before)
    if plan:
        clause = re.split(r"[,;.:\n]", before[: plan.start()])[-1]
        if not _REVIEW_BEFORE_PLAN.search(clause):
            return False
    if _STATUS_BEFORE.search(before):
        return True
    return not _NOT_PERIOD_BEFORE.search(before)


def _at_words(text: str, low_rx: re.Pattern, rx: re.Pattern):
    """Matches of `rx` (case-blind, opening with "\b") found fast as `low_rx` (the same, lower-case, without the
    "\b") in the lower-cased text; offsets are `text`'s."""
    low = text.lower()
    if len(low) != len(text):
        yield from rx.finditer(text)
        return
    for m in low_rx.finditer(low):
        if not (m.start() and (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_")):
            yield m


def nam_years(text: str):
    """Every "năm <digits>" of `text` (any case)."""
    return _at_words(text, _NAM_YEAR_LOW_RE, NAM_YEAR_RE)


def framing_years(text: str, *, max_year: int | None = None) -> Counter:
    """Years the text presents as the period of its figures, weighted: 'Năm 2023,' opening a sentence counts most."""
    weights: Counter = Counter()
    # ("tăng từ 10,3 triệu đồng (năm 2010) lên 43,5 triệu đồng": the year of a starting level frames nothing)
    starts = {m.start("year") for m in _FROM_LEVEL_YEAR_RE.finditer(text)} if "từ" in text else set()
    for m in nam_years(text):
        if m.start("year") in starts:
            continue
        raw = m.group("year")
        if len(raw) != 4 or not _YEAR_RE_FULL.fullmatch(raw):
            continue
        year = int(raw)
        if max_year is not None and year > max_year:
            continue
        after = text[m.end() : m.end() + 3]
        if _RANGE_DASH_RE.match(after):
            continue  # a range: "năm 2020 - 2025"
        if not _year_is_period(text, m.start(), m.end()):
            continue
        sentence_start = m.start() == 0 or _OPENS_SENTENCE_RE.search(text[max(0, m.start() - 3) : m.start()]) \
            or _OPENING_ADVERBIAL_RE.search(text[max(0, m.start() - 18) : m.start()])
        weights[year] += 3 if sentence_start else 1
    return weights


def typo_years(text: str) -> list[str]:
    """'năm 203' and the like: a year that cannot be one; reported, never used."""
    return [text[m.start() : m.end()] for m in nam_years(text) if len(m.group("year")) in (2, 3)]


def sub_year_period(text: str, *, year: int | None = None) -> Period | None:
    """A quarter / half-year / nine-months expression in `text` (for `year` when given)."""
    low = text.lower()
    for regex, kind, fmt in (
        (QUARTER_RE, "quarter", "{y}-Q{q}"),
        (FIRST_QUARTER_RE, "quarter", "{y}-Q1"),
        (HALF_RE, "half_year", "{y}-H1"),
        (NINE_MONTHS_RE, "nine_months", "{y}-9M"),
    ):
        if not may_match(regex, text, low):
            continue
        for m in regex.finditer(text):
            y = int(m.group("year"))
            if year is not None and y != year:
                continue
            if _compared(text, m):
                continue
            # ("… quý I, nhiệm vụ trọng tâm quý II năm 2024 …: Quý I/2024, tổng giá trị …": the part to come is planned)
            if _PLANNED_PART_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue
            q = ROMAN_QUARTERS.get(m.groupdict().get("q", "") .lower(), 0) if "q" in m.groupdict() else 0
            if kind == "quarter" and _TO_QUARTER_END_RE.search(text, max(0, m.start() - 25), m.start()):
                return cumulative_to_quarter(q, y)
            return Period(fmt.format(y=y, q=q), kind, y)
    return None


# "Kết thúc quý III-2021, …", "tính đến hết quý II": everything from January to the quarter's end.
_TO_QUARTER_END_RE = re.compile(r"(?:kết\s+thúc|hết)\s*$", re.IGNORECASE)


def cumulative_to_quarter(q: int, year: int) -> Period:
    """The months from January to the end of quarter `q`: quý I → Q1, quý II → H1, quý III → 9M, quý IV → the year."""
    if q == 2:
        return Period(f"{year}-H1", "half_year", year)
    if q == 3:
        return Period(f"{year}-9M", "nine_months", year)
    if q == 4:
        return year_period(year)
    return Period(f"{year}-Q1", "quarter", year)


def _first_sentences(text: str, *, lines: int = 2, sentences: int = 2) -> str:
    """The lead: the first sentences of the first prose lines (40+ characters; the title is usually one)."""
    picked = []
    for line in text.splitlines():
        if len(line.strip()) >= 40 and not re.match(r"\s*\d{1,2}/\d{1,2}/\d{4}", line):
            picked.append(" ".join(re.split(r"(?<=[.!?])\s+", line.strip())[:sentences]))
            if len(picked) == lines:
                break
    return "\n".join(picked)


# "Theo báo cáo …, trong 6 tháng đầu năm 2018, …": a part of the year set as the frame of what follows.
_FRAME_BEFORE = re.compile(r"\btrong\s+$", re.IGNORECASE)
_FRAME_AFTER = re.compile(r"\s*,")
# A part of the year opening a sentence or what follows a colon ("UBND thành phố cho biết: 6 tháng đầu năm 2019 kinh
# tế của thành phố phát triển ổn định. Tổng giá trị sản xuất …"): the topic of what follows.
_OPENING_BEFORE_RE = re.compile(r"(?:^|[.!?:\n])\s*(?:trong\s+|qua\s+)?$", re.IGNORECASE)


def _framing_sub_period(lead: str, *, framed_only: bool = False, opening_only: bool = False) -> Period | None:
    """A quarter / half-year the lead frames the report with ("Trong quý I-2023, …", "6 tháng đầu năm 2024 …"),
    not one named as the next plan ("đánh giá công tác quý I và nhiệm vụ trọng tâm quý II/2021"). `framed_only`:
    only one written as a frame, "trong …," (not "Quý II năm 2023 thu ngân sách đạt …", a figure's own period);
    `opening_only`: only one opening a sentence or the clause after a colon (_OPENING_BEFORE_RE)."""
    low = lead.lower()
    for regex, kind, fmt in ((QUARTER_RE, "quarter", "{y}-Q{q}"), (FIRST_QUARTER_RE, "quarter", "{y}-Q1"),
                             (HALF_RE, "half_year", "{y}-H1"), (NINE_MONTHS_RE, "nine_months", "{y}-9M")):
        if not may_match(regex, lead, low):
            continue
        for m in regex.finditer(lead):
            if _PLANNED_PART_BEFORE.search(lead, max(0, m.start() - 30), m.start()) or _compared(lead, m):
                continue
            if framed_only and not (_FRAME_BEFORE.search(lead, max(0, m.start() - 8), m.start())
                                    and _FRAME_AFTER.match(lead, m.end())):
                continue
            if opening_only and not _OPENING_BEFORE_RE.search(lead, max(0, m.start() - 8), m.start()):
                continue
            y = int(m.group("year"))
            q = ROMAN_QUARTERS.get(m.groupdict().get("q", "1").lower(), 0) if kind == "quarter" else 0
            if kind == "quarter" and _TO_QUARTER_END_RE.search(lead, max(0, m.start() - 25), m.start()):
                return cumulative_to_quarter(q, y)
            return Period(fmt.format(y=y, q=q), kind, y)
    return None


# "tăng 11% so với năm 2021", "so với cùng kỳ năm 2021", "so với cuối năm 2021": the base year; the figures are of
# the year after it.
_BASE_YEAR_RE = re.compile(rf"\b{_BASE_WORDS}\s+(?:(?:cuối\s+)?năm\s+)?(?P<year>{_YEAR})(?![\d/])", re.IGNORECASE)
_BASE_WORDS_BEFORE_RE = re.compile(rf"\b{_BASE_WORDS}\s+$", re.IGNORECASE)


def _compared(text: str, m: re.Match) -> bool:
    """"tăng 14% so 9 tháng đầu năm 2015", "so với cùng kỳ quý I/2022": a part of a year named as the base compared
    with, never the period reported on."""
    return _BASE_WORDS_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is not None
# "giá so sánh năm 2010", "giá SS 2010": a price base, no period at all.
_PRICE_BASE_RE = re.compile(rf"\bgiá\s+(?:so\s+sánh|SS|cố\s+định)\s+(?:năm\s+)?(?P<year>{_YEAR})", re.IGNORECASE)


# "giảm từ 30,23% năm 2023, xuống còn 25,93%": the year of a starting level, the base of a fall or a rise.
_FROM_LEVEL_YEAR_RE = re.compile(rf"\btừ(?:\s+mức|\s+đầu(?:\s+nhiệm)?\s+kỳ)?(?:\s+{BOUND_WORDS})?\s+[\d.,]+\s*(?:%|[^\W\d_]+(?:\s+đồng)?)?\s*,?\s*(?:\(\s*)?(?:cuối\s+|đầu\s+)?"
                                 rf"năm\s+(?P<year>{_YEAR})(?![\d/])", re.IGNORECASE)


# "ngày 23 tháng 08 năm 2019": the year of a date written in words.
_WORDED_DATE_YEAR_RE = re.compile(rf"\btháng\s+\d{{1,2}}\s+năm\s+(?P<year>{_YEAR})", re.IGNORECASE)
_YEAR_SPAN_RE = re.compile(rf"(?<![\d/.,])(?P<a>{_YEAR})\s*[-–—]\s*(?P<b>{_YEAR})(?![\d/])")
_ELECTION_BEFORE_RE = re.compile(r"\bbầu\s+cử\b[^.;\n]*?nhiệm\s+kỳ\s*$", re.IGNORECASE)
_FULL_DATE_RE = re.compile(rf"(?<![\d/])\d{{1,2}}/\d{{1,2}}/(?P<year>{_YEAR})(?![\d/])")


def _unframed_year(text: str, published_year: int | None, as_of: int | None) -> int | None:
    """The year of a report that frames no figure with "năm YYYY": the year after its comparison bases ("so với
    năm 2021" → 2022), else its most written year that is neither a base, a price base nor the year of a starting
    level ("giảm từ 30,2% năm 2023"), else the year its publication date speaks of (as_of)."""
    parts = [m for rx in (QUARTER_RE, FIRST_QUARTER_RE, HALF_RE, NINE_MONTHS_RE, _TO_QUARTER_START_RE)
             for m in rx.finditer(text) if m.group("year")]   # "quý II/2021", "đến đầu tháng 7/2019"
    # "tăng 15,4% so 9 tháng đầu năm 2015": a part of a year compared with, the base of the year after it
    based = [m for m in parts if _compared(text, m)]
    bases = Counter(int(m.group("year")) + 1 for m in list(_BASE_YEAR_RE.finditer(text)) + based)
    # "tăng 41 cơ sở so với năm 2015" in a review published in 2020: a base years back is the start of a term
    # compared with, not the year before the one reported on
    bases = Counter({y: n for y, n in bases.items()
                     if published_year is None or published_year - 1 <= y <= published_year})
    if bases:
        return sorted(bases.items(), key=lambda kv: (-kv[1], -kv[0]))[0][0]
    skip = {m.start("year") for rx in (_BASE_YEAR_RE, _PRICE_BASE_RE, _FROM_LEVEL_YEAR_RE, _WORDED_DATE_YEAR_RE)
            for m in rx.finditer(text)}
    # "khóa XX, nhiệm kỳ 2021 - 2026", "giai đoạn 2021 - 2025": a span's years are no report's year
    spans = {m.start(g) for m in _YEAR_SPAN_RE.finditer(text) for g in ("a", "b")}
    dated = [int(m.group("year")) for m in _FULL_DATE_RE.finditer(text)]   # "từ ngày 1/7/2025"
    # "Trong năm đã tổ chức thành công cuộc bầu cử … HĐND các cấp nhiệm kỳ 2016 - 2021": a term is elected in its
    # first year, the year the report speaks of
    elected = [int(m.group("a")) for m in _YEAR_SPAN_RE.finditer(text)
               if _ELECTION_BEFORE_RE.search(text, max(0, m.start() - 90), m.start())]
    years = [int(m.group("year")) for m in YEAR_RE.finditer(text) if m.start("year") not in skip | spans] + dated \
        + elected or [int(m.group("b")) for m in _YEAR_SPAN_RE.finditer(text) if m.start("b") not in skip]
    # only spans written ("Trong nhiệm kỳ 2010-2015, huyện đã hoàn thành …"): a review at a span's end, its last year
    years += [int(m.group("year")) for m in parts if m not in based]
    years = [y for y in years if published_year is None or y <= published_year]
    if years:
        return Counter(years).most_common(1)[0][0]
    return as_of


def document_period(text: str, *, title: str | None = None, published_year: int | None = None,
                    as_of: int | None = None) -> Period | None:
    """The period a report's figures describe.

    The most weighted framing year (the title counts as one more sentence; years after publication are plans, not results;
    "năm qua" in a report published early in year Y means Y-1). A quarter or half-year named in the lead
    (title or first paragraph) narrows it.
    """
    weights = framing_years(text, max_year=published_year)
    if title:
        weights.update(framing_years(title, max_year=published_year))
    if published_year:
        last_year = sum(1 for _ in _at_words(text, _RELATIVE_LAST_YEAR_LOW_RE, RELATIVE_LAST_YEAR_RE))
        if last_year:
            weights[published_year - 1] += 2 * last_year
    sub = _framing_sub_period(title or "") or _framing_sub_period(_first_sentences(text))
    if not weights:
        if sub:
            return _cumulative_when_framed(sub, text)
        year = _unframed_year(text, published_year, as_of)
        if year is None:
            return None
        # (three lines of lead, as below: a title and a photo caption may come before the line saying what is reviewed)
        return _yearless_lead_part(title or "", year) or _yearless_lead_part(_first_sentences(text, lines=3), year) \
            or year_period(year)
    year = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    if as_of is not None and year < as_of - _HISTORY_YEARS and sub is None and AS_OF_NOW_RE.search(text.lower()):
        # "Tới nay, toàn huyện có 3 xã đạt chuẩn; … năm 2011 chỉ đạt 1,5 tiêu chí/xã" in a review of 2019: a year
        # long past is history told; the report speaks of now
        return year_period(as_of)
    if sub and sub.end_year == year:
        return _cumulative_when_framed(sub, text)
    if sub is None:
        # "sơ kết tình hình 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024": the part of the year
        # the lead frames the report with, its year named elsewhere.
        lead = title or ""
        # (a line more of the lead: the title and a dateline sentence "Sáng 30/7, HĐND huyện … khai mạc kỳ họp …"
        # often come before the one saying what is reviewed; a part of the year named without its year is rare
        # enough in a report's body for the third line to speak for the whole)
        sub = _yearless_lead_part(lead, year) or _yearless_lead_part(_first_sentences(text, lines=3), year)
        if sub:
            return _cumulative_when_framed(sub, text)
        # "HĐND huyện … họp kỳ thứ 8. (…) Theo báo cáo của UBND huyện, trong 6 tháng đầu năm 2018, …": after a
        # session's opening lines, the first sentence that states a figure names the part of the year reviewed
        sub = _framing_sub_period(_first_figure_sentence(text), framed_only=True)
        # ("… thông qua báo cáo thực hiện nhiệm vụ 6 tháng đầu năm 2017. Theo đó, tốc độ tăng trưởng đạt …": the
        # sentence the first figure's sentence continues names what is reviewed)
        sub = sub or _framing_sub_period(_continued_by_first_figure(text)) or _opening_part_before_first_figure(text)
        if sub and sub.end_year == year:
            return _cumulative_when_framed(sub, text)
    return year_period(year)


def _first_figure_at(text: str) -> tuple[int, int] | None:
    """(start of its sentence, offset) of the first figure the text states (a number with its unit), else None.
    The sentence starts after ". ", "! ", "? " or a line break (not the "." of "1.000 ha")."""
    m = HEADING_FIGURE_RE.search(text)
    if m is None:
        return None
    return max(text.rfind(c, 0, m.start()) for c in (". ", "\n", "! ", "? ")) + 1, m.end()


def _continued_by_first_figure(text: str) -> str:
    """The sentence before the first one stating a figure, when that one opens by continuing it ("Theo đó, …")."""
    found = _first_figure_at(text)
    if found is None:
        return ""
    start = found[0]
    if start <= 1 or text[start - 1] == "\n" or not CONTINUING_SENTENCE_RE.match(text.lower(), start):
        return ""
    before = max(text.rfind(c, 0, start - 1) for c in (". ", "\n", "! ", "? ")) + 1
    return text[before:start]


def _opening_part_before_first_figure(text: str) -> Period | None:
    """The part of the year that opens a sentence (or a clause after a colon) of the paragraph holding the first
    figure, in a sentence before the figure's own: what the report reviews. (The figure's own sentence, "Quý II năm
    2023 thu ngân sách đạt …", states that figure's period only.)"""
    found = _first_figure_at(text)
    if found is None:
        return None
    own = found[0]
    line = text.rfind("\n", 0, own) + 1
    return _framing_sub_period(text[line:own], opening_only=True) if own > line else None


def _first_figure_sentence(text: str) -> str:
    """The first sentence of the text that states a figure (a number with its unit)."""
    found = _first_figure_at(text)
    return "" if found is None else text[found[0]:found[1]]


def _cumulative_when_framed(sub: Period, text: str) -> Period:
    """"Báo cáo tình hình kinh tế - xã hội quý II …" over "I. TÌNH HÌNH 6 THÁNG ĐẦU NĂM 2018": the report of the
    quarter that ends a half-year (or nine months) states the months from January when its text says so; the
    figures it leaves undated are those months', not the quarter's alone."""
    if sub.kind != "quarter" or sub.label[-1] not in "23":
        return sub
    regex = HALF_RE if sub.label[-1] == "2" else NINE_MONTHS_RE
    for m in regex.finditer(text):
        if int(m.group("year")) == sub.end_year and not _PLANNED_PART_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return cumulative_to_quarter(int(sub.label[-1]), sub.end_year)
    return sub


# "… triển khai nhiệm vụ 6 tháng đầu năm": the part of the year a plan is for, not the one reported on.
# ("thực hiện nhiệm vụ 6 tháng đầu năm" is the review of that half-year).
_PLANNED_PART_BEFORE = re.compile(
    r"(?:triển\s+khai|phương\s+hướng|kế\s+hoạch)[^\d.;,\n]{0,20}$"
    # "đề ra nhiệm vụ (công tác) quý II", "nhiệm vụ trọng tâm quý II"; not "thực hiện nhiệm vụ quý I"
    r"|(?<!hiện\s)nhiệm\s+vụ(?:\s+(?:trọng\s+tâm|công\s+tác|chủ\s+yếu))?\s*$",
    re.IGNORECASE)


# "sơ kết … 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm": a review of the first months, "đầu năm" unsaid;
# "Trong quý I, …", "tình hình thực hiện công tác quý I và nhiệm vụ quý II/2021": the quarter reviewed.
_REVIEWED_PART_RE = re.compile(
    r"\b(?:sơ\s+kết|đánh\s+giá|kết\s+quả)\b[^.;\n\d]{0,50}?\b(?P<n>0?6|0?9|sáu|chín)\s+tháng\b(?!\s+(?:cuối|tới|đầu\s+năm))",
    re.IGNORECASE)

_REVIEWED_QUARTER_RE = re.compile(
    r"\b(?:trong|tình\s+hình|kết\s+quả|công\s+tác|sơ\s+kết|đánh\s+giá)\s+(?:[^.;\n\d]{0,30}?\s)?quý\s+(?P<q>IV|III|II|I|[1-4])\b"
    r"(?!\s*(?:[-/]|năm)?\s*\d)",
    re.IGNORECASE)


# "ước tính đến ngày 30-9, …", "tính đến 30/6/2024": figures cumulated to a quarter's last day.
_TO_QUARTER_DAY_RE = re.compile(
    r"\bđến\s+(?:hết\s+)?(?:ngày\s+)?(?P<d>3[01])\s*[-/.]\s*(?P<m>0?[369]|12)(?:\s*[-/.]\s*(?P<y>(?:19|20)\d{2}))?(?![\d/.-]\d)",
    re.IGNORECASE)
_QUARTER_LAST_DAY = {3: 31, 6: 30, 9: 30, 12: 31}
# "tính đến đầu tháng 7/2019": to the first days of a quarter's first month, the quarters before it; "đến cuối
# tháng 9-2015", "đến hết tháng 6": to a quarter's last month, the quarters up to it.
_TO_QUARTER_START_RE = re.compile(
    r"\bđến\s+(?:(?P<start>đầu)\s+tháng\s+(?P<first>0?[47]|10)|(?:cuối|hết)\s+tháng\s+(?P<last>0?[369]))"
    r"(?:\s*[-/.]\s*(?P<year>(?:19|20)\d{2}))?(?![\d/.-]\d)", re.IGNORECASE)


def _quarters_to(m: re.Match) -> int:
    """How many quarters a match of _TO_QUARTER_START_RE covers."""
    return (int(m.group("first")) - 1) // 3 if m.group("start") else int(m.group("last")) // 3


def _yearless_lead_part(lead: str, year: int) -> Period | None:
    """The half-year or nine months the lead reports on without naming its year, as a part of `year`. (Each pattern
    is sought only in a lead holding its words: may_match.)"""
    low = lead.lower()
    for m in _TO_QUARTER_DAY_RE.finditer(lead) if may_match(_TO_QUARTER_DAY_RE, lead, low) else ():
        month = int(m.group("m"))
        if int(m.group("d")) == _QUARTER_LAST_DAY[month] and (m.group("y") is None or int(m.group("y")) == year) \
                and month != 12:
            return cumulative_to_quarter(month // 3, year)
    for m in _TO_QUARTER_START_RE.finditer(lead):
        if m.group("year") is None or int(m.group("year")) == year:
            return cumulative_to_quarter(_quarters_to(m), year)
    for m in _REVIEWED_QUARTER_RE.finditer(lead) if may_match(_REVIEWED_QUARTER_RE, lead, low) else ():
        if not _PLANNED_PART_BEFORE.search(lead, max(0, m.start("q") - 35), m.start("q") - 4):
            return Period(f"{year}-Q{ROMAN_QUARTERS[m.group('q').lower()]}", "quarter", year)
    reviewed = _REVIEWED_PART_RE.search(lead) if may_match(_REVIEWED_PART_RE, lead, low) else None
    if reviewed:
        half = reviewed.group("n").lower() in ("6", "06", "sáu")
        return Period(f"{year}-H1" if half else f"{year}-9M", "half_year" if half else "nine_months", year)
    for regex, kind, fmt in _YEARLESS_PARTS[1:]:
        if not may_match(regex, lead, low):
            continue
        for m in regex.finditer(lead):
            if not _PLANNED_PART_BEFORE.search(lead, max(0, m.start() - 30), m.start()):
                return Period(fmt.format(y=year, q=0), kind, year)
    return None


@lru_cache(maxsize=4)
def terms(text: str) -> tuple[tuple[int, int, int], ...]:
    """(position, start, end) of every 'nhiệm kỳ YYYY - YYYY' — resolution terms are 5 years. Cached: asked for every
    term-scoped figure of a document, and a scan of the whole text each time made long reports quadratic."""
    found = []
    for m in TERM_WORD_RE.finditer(text):
        start, end = int(m.group("start")), int(m.group("end"))
        if 3 <= end - start <= 6:
            found.append((m.start(), start, end))
    return tuple(found)


def term_for(text: str, position: int, *, as_of_year: int | None = None) -> Period | None:
    """The term in force around `position`: the nearest 'nhiệm kỳ' span that contains the as-of year, named before
    the figure when one is (a resolution is named before the figures measured against it)."""
    spans = terms(text)
    if as_of_year is not None:
        spans = [s for s in spans if s[1] <= as_of_year <= s[2]] or spans
    if not spans:
        return None
    _, start, end = min(spans, key=lambda s: (s[0] > position, abs(s[0] - position)))
    return Period(f"{start}-{end}", "term", end)


def congress_term(year: int) -> Period | None:
    """The Party term a year falls inside when the text names none: congresses meet every five years (2010, 2015,
    2020, 2025); a congress year closes one term and opens the next, so it decides nothing."""
    if year % 5 == 0:
        return None
    start = year - year % 5
    return Period(f"{start}-{start + 5}", "term", start + 5)


def explicit_period_near(text: str, start: int, end: int) -> Period | None:
    """A period stated in the clause that frames a figure ("Trong quý I-2023, …", "… năm 2023 đạt …")."""
    clause = text[start:end]
    low = clause.lower()
    if "năm" not in low and "quý" not in low:
        return None   # every period expression names a year or a quarter (cheap test first: called per figure)
    return _period_stated(clause)


@lru_cache(maxsize=1024)
def _period_stated(clause: str) -> Period | None:
    """explicit_period_near's reading of one clause, kept: a sentence's figures ask about the same clauses."""
    if "(" in clause:
        # "(năm 1997 cơ cấu này là 69,7%)": an aside with its own figure speaks of another time than the clause
        clause = _ASIDE_RE.sub(lambda m: " " * len(m.group()) if _ASIDE_FIGURE_RE.search(m.group()) else m.group(), clause)
    sub = sub_year_period(clause)
    if sub:
        return sub
    weights = framing_years(clause)
    if weights:
        return year_period(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[0][0])
    return None


_ASIDE_RE = re.compile(r"\([^()]*\)")
_ASIDE_FIGURE_RE = re.compile(rf"(?<![\d/.,])(?!{_YEAR}(?![\d.,]\d))\d")   # a number that is not a year


# "1,9% năm 2020", "1,97% cuối năm 2022", "(năm 2023)": a year right after a figure dates that figure.
_YEAR_AFTER_RE = re.compile(
    rf"\s*\(?\s*(?:vào\s+|tính\s+đến\s+|đến\s+(?=cuối|hết))?(?:cuối\s+|hết\s+|trong\s+)?năm\s+(?P<year>{_YEAR})(?![\d/])"
    r"(?=\s*(?:[),;.:]|$|và\b))",   # not "(năm 2022 là 3%)": that year is the comparison's
    re.IGNORECASE,
)


def period_after(text: str, end: int) -> Period | None:
    """The year written right after a figure ("xuống còn 1,9% năm 2020"), if any."""
    m = _YEAR_AFTER_RE.match(text, end, end + 30)
    return year_period(int(m.group("year"))) if m else None


def as_of_year(published: str | None) -> int | None:
    """The year 'đến nay' (by now) means: the publication year, but reports published January to March
    review the year before (the annual review season)."""
    if not published or not re.match(r"\d{4}-\d{2}", published):
        return None
    year, month = int(published[:4]), int(published[5:7])
    return year - 1 if month <= 3 else year


# Looking back over a span of years: "nhìn lại nhiệm kỳ 2015 - 2020", "bình quân giai đoạn 2016 - 2020",
# "trong 5 năm", "cả nhiệm kỳ".
_SPAN = rf"\(?\s*(?P<start>{_YEAR})\s*[-–—]\s*(?P<end>{_YEAR})\s*\)?"
RETROSPECT_RE = re.compile(
    # "bình quân hằng năm giai đoạn 2020 - 2022": the yearly average over the span
    rf"(?:\b(?:nhìn\s+lại|trong|qua|sau|suốt|cả|bình\s+quân(?:\s+(?:hằng|hàng|mỗi)\s+năm)?)\s+(?:(?:\d+|năm)\s+năm\s+(?:thực\s+hiện\s+)?)?"
    rf"(?:nhiệm\s+kỳ|giai\s+đoạn|0?5\s+năm|năm\s+năm)"
    # "5 năm qua (2010 - 2015), …": the count of years first
    rf"|\b(?:0?5|năm)\s+năm\s+(?:vừa\s+)?qua"
    # "Tổng vốn đầu tư huy động 5 năm đạt 43.697 tỷ đồng": a total over the five years
    rf"|\b(?:0?5|năm)\s+năm\s*(?=(?:đạt|là|được|ước)\b|:)"
    # "Nhiệm kỳ qua, …", "nhiệm kỳ vừa qua": the term just finished
    rf"|\bnhiệm\s+kỳ\s+(?:vừa\s+)?qua\b"
    # "Tổng thu ngân sách giai đoạn 2020 - 2022 là 44.858 tỷ đồng": a total (or average) over the span it names
    rf"|\b(?:giai\s+đoạn|thời\s+kỳ)(?=\s*\(?\s*{_YEAR}\s*[-–—]\s*{_YEAR}\s*\)?\s*,?\s*(?:là|đạt|ước|được|tăng|giảm)\b)"
    # "Kết quả 5 năm 2015 - 2020", "Thành tựu nhiệm kỳ 2015 - 2020": a heading over the results of a term
    rf"|\b(?:kết\s+quả|thành\s+tựu|thành\s+quả)\s+(?:đạt\s+được\s+)?(?:(?:trong|qua|sau)\s+)?"
    rf"(?:nhiệm\s+kỳ|giai\s+đoạn|0?5\s+năm|năm\s+năm))(?:\s+{_SPAN})?",
    re.IGNORECASE,
)


# Words that say the look back is over years already finished: "5 năm qua", "nhiệm kỳ vừa qua", "kết quả 5 năm …".
_PAST_YEARS_RE = re.compile(r"(?:năm|nhiệm\s+kỳ)\s+(?:vừa\s+)?qua|kết\s+quả|thành\s+tựu|thành\s+quả", re.IGNORECASE)


def term_of_span(start: int, end: int) -> Period | None:
    """Resolution terms run congress to congress: 'giai đoạn 2016-2020' is the plan of term 2015-2020."""
    if end - start == 5:
        return Period(f"{start}-{end}", "term", end)
    if end - start == 4:
        return Period(f"{start - 1}-{end}", "term", end)
    return None


def retrospective_period(text: str, start: int, end: int, *, report_year: int | None) -> Period | None | bool:
    """How a look back over several years frames the figures after it, in text[start:end].

    A finished term ("nhìn lại nhiệm kỳ 2015 - 2020", "bình quân giai đoạn 2016 - 2020", "trong 5 năm" in
    the term's last year) → that term. A span that is no term ("bình quân giai đoạn 2021 - 2023") → False:
    no period of the table can hold such a figure. No look back, or a term still running → None.
    """
    low = text[start:end].lower()
    if "nhiệm kỳ" not in low and "giai đoạn" not in low and "5 năm" not in low and "năm năm" not in low:
        return None
    looks = list(RETROSPECT_RE.finditer(text, start, end))
    if not looks:
        return None
    last = looks[-1]
    if last.group("start"):
        term = term_of_span(int(last.group("start")), int(last.group("end")))
        if term is None:
            return False
        # "5 năm qua (2010 - 2015)": the past years, finished whatever year the rest of the report frames
        finished = report_year is None or term.end_year <= report_year or _PAST_YEARS_RE.search(last.group())
        return term if finished else None
    if report_year is not None:
        named = terms(text)
        for _, t_start, t_end in named:
            if t_end == report_year:
                return Period(f"{t_start}-{t_end}", "term", t_end)
        if _PAST_YEARS_RE.search(last.group()):
            # "Nhiệm kỳ qua, …" at the congress that opens term 2020 - 2025: the term that ended as it opened
            opening = [t_start for _, t_start, _ in named if t_start == report_year]
            if opening:
                return Period(f"{opening[0] - 5}-{opening[0]}", "term", opening[0])
    return None


HORIZON_RE = re.compile(
    # "so với năm 2020" is a comparison base and "giá so sánh năm 2010" a price base, not horizons; nor is the span
    # of a set of criteria ("theo Bộ tiêu chí giai đoạn 2022 - 2025").
    rf"(?P<base>\bso(?:\s+với)?\s+(?:cùng\s+kỳ\s+)?|\bso\s+sánh\s+|\bgiá\s+(?:SS|cố\s+định)\s+|\btiêu\s+chí\s+)?"
    rf"(?:(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ)\s*{_SPAN}|năm\s+(?P<year>{_YEAR})(?![\d,.]\d))",
    re.IGNORECASE,
)


def horizon(text: str, start: int, end: int) -> Period | None:
    """The last period a plan in text[start:end] aims at: a year ("đến năm 2025") or a term ("nhiệm kỳ 2020 - 2025")."""
    last = None
    for m in HORIZON_RE.finditer(text, start, end):
        if not m.group("base"):
            last = m
    if last is None:
        return None
    if last.group("year"):
        return year_period(int(last.group("year")))
    return term_of_span(int(last.group("start")), int(last.group("end")))


# "Riêng quý III, …", "6 tháng đầu năm, …": a part of the year named without its year is the report's year's;
# "6 tháng qua, …" ("the past six months") in a report of the year is its first half.
_PART_OF_YEAR = r"(?:đầu\s+năm|(?:vừa\s+)?qua)"
_YEARLESS_PARTS = (
    (re.compile(rf"\bquý\s+(?P<q>IV|III|II|I|[1-4])\b(?!\s*(?:[-/]|năm)?\s*{_YEAR})", re.IGNORECASE), "quarter", "{y}-Q{q}"),
    (re.compile(rf"\b{_SIX}\s+tháng\s+{_PART_OF_YEAR}\b(?!\s*{_YEAR})", re.IGNORECASE), "half_year", "{y}-H1"),
    (re.compile(rf"\b{_NINE}\s+tháng\s+{_PART_OF_YEAR}\b(?!\s*{_YEAR})", re.IGNORECASE), "nine_months", "{y}-9M"),
    (re.compile(rf"\b{_THREE}\s+tháng\s+đầu\s+năm\b(?!\s*{_YEAR})", re.IGNORECASE), "quarter", "{y}-Q1"),
)


def yearless_part(text: str, start: int, end: int, *, year: int) -> Period | None:
    """The last quarter / half-year / nine months named without a year in text[start:end], in `year`."""
    low = text[start:end].lower()
    if "quý" not in low and "tháng" not in low:
        return None
    found = [(m.start(), kind, fmt, m) for regex, kind, fmt in _YEARLESS_PARTS for m in regex.finditer(text, start, end)]
    if not found:
        return None
    _, kind, fmt, m = max(found, key=lambda f: f[0])
    q = ROMAN_QUARTERS.get(m.groupdict().get("q", "1").lower(), 0) if kind == "quarter" else 0
    return Period(fmt.format(y=year, q=q), kind, year)
