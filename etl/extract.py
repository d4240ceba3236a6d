"""Facts from one document's text: which indicator, measure, value, unit, qualifier, period and place.

How a figure is read, in order:
1. The text is cut into clauses (sentence ends, semicolons, colons, line breaks); a figure belongs to an
   indicator named earlier in its own clause ("Tổng giá trị sản xuất đạt gần 8.100 tỉ đồng, tăng 9,17%").
2. The nearest preceding indicator phrase whose unit fits the figure wins (tấn never goes to a money
   indicator), unless a label after the figure names it ("2,8% hộ cận nghèo").
3. The words around the figure give the measure: "tăng/giảm X%" → growth (or a pp change for rates),
   "giảm còn X%" → level, "đạt X% chỉ tiêu/kế hoạch/Nghị quyết" → % of target, "phấn đấu/mục tiêu" → target.
4. x/y counts (targets met, New Rural communes) have their own sentence shapes (lexicon.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .catalogue import load_catalogue
from .numbers import MONEY_PATTERN, MONEY_RE, NUMBER_PATTERN, millions_to_billions, money_in_millions, parse_number
from .periods import Period, document_period, explicit_period_near, framing_years, sub_year_period, term_for, typo_years, year_period
from .places import Unit, detect_place, place_fields, province_unit
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
_CLAUSE_END = re.compile(r"[.!?;:](?=\s|$)|\n|[“”\"]\s*(?=[A-ZĐ])")


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


def sentence_start(text: str, pos: int) -> int:
    base = paragraph_start(text, pos)
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", text[base:pos])]
    return base + ends[-1] if ends else base


_DIGIT_RE = re.compile(r"\d")
_NUMBER_START_RE = re.compile(r"(?<![\d.,])\d")
_SENTENCE_RE = re.compile(r"[^\n]*?(?:[.!?](?=\s)|\n|$)")


def numeric_spans(text: str) -> list[tuple[int, int]]:
    """Sentences holding a digit: the only places a figure can be, so quantities are sought there alone (speed)."""
    spans = []
    for m in _SENTENCE_RE.finditer(text):
        if m.end() > m.start() and _DIGIT_RE.search(text, m.start(), m.end()):
            if spans and spans[-1][1] == m.start():
                spans[-1] = (spans[-1][0], m.end())
            else:
                spans.append((m.start(), m.end()))
    return spans


# --- quantities ------------------------------------------------------------------------------------------
_QTY_RE = re.compile(lx.lower_pattern(
    rf"(?P<pp>{NUMBER_PATTERN})\s*điểm\s*(?:%|phần\s+trăm)"
    rf"|(?P<money>{MONEY_PATTERN})(?:\s*(?:đồng|VNĐ|VND|đ)\b)?(?P<per>\s*/\s*(?:người|ha|héc\s*ta|hộ)(?:\s*/\s*năm)?|\s*/\s*năm)?"
    rf"|(?P<pct>{NUMBER_PATTERN})\s*(?:%|phần\s+trăm)"
    rf"|(?P<tonnes>{NUMBER_PATTERN})\s*(?P<tscale>nghìn\s+|ngàn\s+|triệu\s+)?tấn\b"
))


@dataclass
class Quantity:
    start: int
    end: int
    number_start: int
    kind: str          # pct | pp | money | tonnes
    value: float       # % / pp / million VND / tonnes


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
                q = Quantity(m.start(), m.end(), m.start("money"), "money", money_in_millions(inner))
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


def find_keywords(folded: str) -> list[KeywordHit]:
    """Indicator phrases, longest first; a phrase swallows any other phrase inside its noun phrase."""
    hits = []
    for kw in lx.KEYWORDS:
        for m in kw.regex.finditer(folded):
            start = m.start()
            lead = lx.LEADING_MODIFIER_RE.search(folded, max(0, start - 12), start)
            if lead:
                start = lead.start()
            hits.append(KeywordHit(start, m.end(), kw.indicator, kw.growth))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[KeywordHit] = []
    reach = -1
    for h in hits:
        if h.start < reach:
            continue
        kept.append(h)
        stop = _PHRASE_END.search(folded, h.end, h.end + 120)
        reach = stop.start() if stop else h.end
    return kept


# --- helpers ---------------------------------------------------------------------------------------------
_CATALOGUE_UNITS = None


def unit_of(indicator: str) -> str:
    global _CATALOGUE_UNITS
    if _CATALOGUE_UNITS is None:
        _CATALOGUE_UNITS = load_catalogue()["unit"].to_dict()
    return _CATALOGUE_UNITS[indicator]


def fits(indicator: str, q: Quantity) -> bool:
    unit = unit_of(indicator)
    if q.kind in ("pct", "pp"):
        return True
    if q.kind == "money":
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
@dataclass
class _Context:
    text: str
    folded: str          # lexicon.matching_text(text): folded, lower-cased, same offsets
    unit: Unit | None
    doc_period: Period | None
    warnings: list[str]
    period_cache: dict = field(default_factory=dict)


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


def fact_period(ctx: _Context, pos: int) -> Period | None:
    """Stated in the figure's sentence, else the nearest framing earlier in its paragraph, else the document's."""
    if pos not in ctx.period_cache:
        ctx.period_cache[pos] = _fact_period(ctx, pos)
    return ctx.period_cache[pos]


def _fact_period(ctx: _Context, pos: int) -> Period | None:
    text = ctx.text
    s_start = sentence_start(text, pos)
    stated = explicit_period_near(text, s_start, pos)
    if stated is None:
        p_start = paragraph_start(text, pos)
        candidates = []
        for m in re.finditer(r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:(?:Trong|Đến cuối|Đến hết|Cuối|Hết|Tính đến hết)\s+)?"
                             r"(?:năm\s+\d{4}|quý\s+\S+\s*[-/]?\s*\d{4}|6\s+tháng\s+(?:đầu\s+)?năm\s+\d{4})",
                             text[p_start:s_start], re.IGNORECASE):
            candidates.append(m)
        if candidates:
            stated = explicit_period_near(text, p_start + candidates[-1].start(), p_start + candidates[-1].end())
    doc = ctx.doc_period
    if stated is None:
        return doc
    if doc is not None and doc.kind != "year" and stated.kind == "year" and stated.end_year == doc.end_year:
        return doc  # in a quarterly report, "Năm 2023, …" names the annual plan; the status is the quarter's
    return stated


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
    after = re.split(r",|\bvà\b|\btừng bước\b|\bcòn\b|\btrong điều kiện\b", after)[0]
    inside = folded[start:anchor]
    before = folded[sentence_start(ctx.text, start):start]
    scope = None
    for window in (after, inside, before):
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
    body = None
    for window in (after, inside, before):
        if lx.COUNCIL_CUE_RE.search(window):
            body = "people_council"
        elif lx.COMMITTEE_CUE_RE.search(window) or re.search(r"kế hoạch", window, re.IGNORECASE):
            body = "people_committee"
        elif re.search(r"nghị quyết|\bNQ\b", window, re.IGNORECASE) or lx.PARTY_CUE_RE.search(window):
            body = "party"
        if body:
            break
    term = None
    if scope == "term":
        as_of = period.end_year if period else None
        t = term_for(ctx.text, start, as_of_year=as_of)
        term = t.label if t else None
    return scope, body, term


def scope_of(ctx: _Context, clause_start: int, kw: KeywordHit | None, q_start: int) -> tuple[str, str | None]:
    """('district'|'province'|'country'|'subunit', name) — whose figure this is."""
    subject_end = kw.start if kw else q_start
    subject = ctx.text[clause_start:subject_end]
    attached = ctx.folded[kw.end : min(q_start, kw.end + 30)] if kw else ""
    attached_match = re.match(r"\s*(?:(?:của|toàn|cả|trên địa bàn)\s+)?\S+(?:\s+\S+)?", attached)
    attached = attached_match.group(0) if attached_match else ""
    subject_low = ctx.folded[clause_start:subject_end]
    for window, window_low in ((attached, attached), (subject, subject_low)):
        if lx.COUNTRY_SCOPE_RE.search(window_low):
            return "country", None
        if lx.PROVINCE_SCOPE_RE.search(window_low):
            return "province", None
        named = [m for m in lx.SUBUNIT_SCOPE_RE.finditer(window) if m.group("name")[0].isupper()]
        if named:
            return "subunit", named[-1].group(0)
    return "district", None


def _measure_for_percent(ctx: _Context, kw: KeywordHit, indicator: str, q: Quantity, pre: str, post: str):
    """(measure, value, unit, quote_end) for a percentage, or None when the sentence does not say which."""
    rate = unit_of(indicator) == "%"
    target_after = lx.TARGET_WORD_AFTER.match(post.lstrip())
    gap = len(post) - len(post.lstrip())
    if target_after and not re.match(r"\s*(?:so\s+(?:với\s+)?)?(?:cùng kỳ)", post):
        value = q.value + 100.0 if lx.EXCEEDED_BY_BEFORE.search(pre) else q.value
        return "pct_of_target", value, "%", q.end + gap + target_after.end()
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
        span_quantities = find_quantities(folded, s_start, s_end)
        if not span_quantities:
            continue
        for c_start, c_end in clauses(text[s_start:s_end]):
            c_start, c_end = c_start + s_start, c_end + s_start
            quantities = [q for q in span_quantities if c_start <= q.start and q.end <= c_end]
            if not quantities:
                continue
            clause_kws = [k for k in keywords if c_start <= k.start < c_end]
            previous_end = c_start
            for q in quantities:
                post = folded[q.end : min(c_end, q.end + 60)]
                label = None
                if q.kind in ("pct", "pp"):
                    for indicator, rx in lx.POST_LABELS:
                        label_match = rx.match(post.lstrip())
                        if label_match:
                            label = indicator
                            label_end = q.end + (len(post) - len(post.lstrip())) + label_match.end()
                            break
                    if label is None and lx.OTHER_POST_LABEL.match(post.lstrip()) and not any(
                        k.start < q.start and unit_of(k.indicator) == "%" and k.indicator.endswith("coverage") for k in clause_kws
                    ):
                        previous_end = q.end
                        continue
                before_kws = [k for k in clause_kws if k.end <= q.number_start and fits(k.indicator, q)]
                kw = before_kws[-1] if before_kws else None
                indicator = label or (kw.indicator if kw else None)
                if indicator is None:
                    previous_end = q.end
                    continue
                if label and kw is None:
                    kw = KeywordHit(q.start, q.end, label, False)
                window_start = max(previous_end, kw.end if kw.end <= q.start else c_start)
                pre = folded[window_start : q.number_start]
                if lx.BASE_BEFORE_RE.search(pre):
                    previous_end = q.end
                    continue
                qualifier = qualifier_before(folded, q.number_start, window_start)
                # "ước đạt 16.817 tỷ đồng, tăng 5,1%": the estimate covers every figure after it in the phrase.
                if lx.ESTIMATE_RE.search(folded[kw.end if kw.end <= q.number_start else window_start : q.number_start]):
                    qualifier = "estimate"
                target_cue = lx.TARGET_CUE_RE.search(folded[c_start : q.number_start])
                if q.kind in ("pct", "pp"):
                    decided = _measure_for_percent(ctx, kw, indicator, q, pre, post)
                    if decided is None:
                        previous_end = q.end
                        continue
                    measure, value, unit, quote_end = decided
                else:
                    measure, value, unit = _measure_for_amount(indicator, q, pre)
                    quote_end = q.end
                    comparison = lx.COMPARISON_AFTER.match(post.lstrip()) if measure == "change" else None
                    if comparison:
                        quote_end = q.end + (len(post) - len(post.lstrip())) + comparison.end()
                period = fact_period(ctx, q.start)
                scope_kind = target_scope = target_body = term = None
                achieved_since_cue = target_cue and re.search(
                    r"\bđã\b|\bđạt\s+được\b", folded[c_start + target_cue.end() : q.number_start])
                if target_cue and not achieved_since_cue and measure in ("level", "change", "growth_pct"):
                    measure = "target"
                    period = _target_period(ctx, c_start, q.number_start) or period
                if measure in ("pct_of_target", "target"):
                    target_scope, target_body, term = target_set(ctx, q.start, quote_end, period, anchor=q.end)
                quote_start = kw.start if kw.start <= q.start else q.start
                if q.end - quote_start > 320:
                    quote_start = max(c_start, folded.rfind(",", c_start, q.start) + 1)
                    while quote_start < q.start and text[quote_start].isspace():
                        quote_start += 1
                scope_kind, scope_name = scope_of(ctx, c_start, kw if kw.start < q.start else None, q.start)
                place = None
                if scope_kind == "province" and ctx.unit is not None and ctx.unit.place_type != "province":
                    place = province_unit(ctx.unit) if ctx.unit.province_code else None
                    if place is None:
                        ctx.warnings.append(f"figure about the province, province unknown, skipped: {text[quote_start:quote_end]!r}")
                        previous_end = q.end
                        continue
                elif scope_kind in ("country", "subunit"):
                    who = "the country" if scope_kind == "country" else scope_name
                    ctx.warnings.append(f"figure about {who}, not the document's place, skipped: {text[quote_start:quote_end]!r}")
                    previous_end = q.end
                    continue
                if label:
                    quote_end = max(quote_end, label_end)
                facts.append(_fact(
                    ctx, indicator=indicator, measure=measure, value=value, unit=unit, start=quote_start, end=quote_end,
                    qualifier=qualifier, period=period, target_scope=target_scope, target_body=target_body, term=term,
                    place=place,
                ))
                previous_end = q.end
    return facts


def _target_period(ctx: _Context, c_start: int, pos: int) -> Period | None:
    """A target's horizon: 'đến năm 2025' → 2025, 'nhiệm kỳ 2020-2025' → the term, 'năm 2024' → 2024."""
    clause = ctx.text[c_start:pos]
    term = re.search(r"nhiệm\s+kỳ\s*(\d{4})\s*[-–]\s*(\d{4})", clause)
    if term:
        return Period(f"{term.group(1)}-{term.group(2)}", "term", int(term.group(2)))
    years = re.findall(r"năm\s+(\d{4})", clause, re.IGNORECASE)
    if years:
        return year_period(int(years[-1]))
    return None


def _count_facts(ctx: _Context) -> list[dict]:
    folded = ctx.folded
    facts = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    for rx in lx.TARGETS_RES:
        for m in rx.finditer(folded):
            if not free(m.start(), m.end()):
                continue
            mid = m.groupdict().get("mid") or ""
            if re.search(r"chưa|không", mid):
                continue
            num, den = int(m.group("num")), int(m.group("den"))
            period = fact_period(ctx, m.start())
            scope, body, term = target_set(ctx, m.start(), m.end(), period)
            facts.append(_fact(ctx, indicator="targets_met", measure="level", value=num, unit="targets",
                               denominator=den, start=m.start(), end=m.end(), period=period,
                               target_scope=scope, target_body=body, term=term))
            taken.append((m.start(), m.end()))
    ntm_matches = list(lx.NTM_RE.finditer(folded))
    ntm_matches += [m for m in lx.NTM_AFTER_RE.finditer(folded)
                    if all(m.end() <= n.start() or m.start() >= n.end() for n in ntm_matches)]
    for m in ntm_matches:
        tier = (m.group("tier") or "").strip().lower()
        if tier == "kiểu mẫu":
            continue
        indicator = "ntm_advanced_communes" if tier == "nâng cao" else "ntm_communes"
        den = m.group("den")
        c_start = max(sentence_start(ctx.text, m.start()), folded.rfind(";", 0, m.start()) + 1)
        scope_kind, _ = scope_of(ctx, c_start, None, m.start())
        if scope_kind != "district":
            ctx.warnings.append(f"New Rural count about another unit, skipped: {ctx.text[m.start():m.end()]!r}")
            continue
        measure = "target" if lx.TARGET_CUE_RE.search(folded[c_start : m.start()]) else "level"
        facts.append(_fact(ctx, indicator=indicator, measure=measure, value=int(m.group("num")), unit="communes",
                           denominator=int(den) if den else None, start=m.start(), end=m.end(),
                           period=fact_period(ctx, m.start())))
    for m in lx.POVERTY_FALL_RE.finditer(folded):
        indicator = "near_poverty_rate" if m.group("which").lower().startswith("cận") else "poverty_rate"
        facts.append(_fact(ctx, indicator=indicator, measure="change", value=-parse_number(m.group("pct")), unit="pp",
                           start=m.start(), end=m.end(), period=fact_period(ctx, m.start()),
                           qualifier=qualifier_before(folded, m.start("pct"), m.start())))
    for m in lx.NEW_ENTERPRISES_RE.finditer(folded):
        den = m.group("den")
        facts.append(_fact(ctx, indicator="new_enterprises", measure="level", value=int(m.group("num")),
                           unit="enterprises", denominator=int(den) if den else None, start=m.start(), end=m.end(),
                           period=fact_period(ctx, m.start())))
        # "15/40 doanh nghiệp (đạt 37,5% kế hoạch)": the share of plan right after.
        after = re.match(r"\s*\(?\s*(?:đạt|bằng)\s+(?P<pct>[\d.,]+)\s*%\s*(?:kế hoạch|chỉ tiêu|KH)", folded[m.end():m.end() + 60], re.IGNORECASE)
        if after:
            end = m.end() + after.end()
            period = fact_period(ctx, m.start())
            facts.append(_fact(ctx, indicator="new_enterprises", measure="pct_of_target",
                               value=parse_number(after.group("pct")), unit="%", start=m.start(), end=end,
                               period=period, target_scope=target_set(ctx, m.start(), end, period)[0],
                               target_body=target_set(ctx, m.start(), end, period)[1]))
    return facts


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
    period = document_period(folded, title=title, published_year=published_year)
    for typo in typo_years(text):
        warnings.append(f"ignored a year that cannot be one: {typo!r}")
    ctx = _Context(text=text, folded=low, unit=place.unit, doc_period=period, warnings=warnings)
    spans = numeric_spans(low)
    raw = _count_facts(ctx) + _quantity_facts(ctx, find_keywords(low), spans)
    valid = []
    for fact in raw:
        problem = validate_fact(fact, place.unit)
        if problem and problem.reject:
            warnings.append(f"rejected: {problem.message}: {fact['quote']!r}")
            continue
        if problem:
            warnings.append(f"{problem.message}: {fact['quote']!r}")
        valid.append(fact)
    facts, conflict_warnings = resolve_conflicts(valid)
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
