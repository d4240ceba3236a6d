"""Whose figure it is: the last unit named before it in its clause (province, country, commune, the district
itself), yardsticks excepted, and the paragraph or whole it continues.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re

from .. import lexicon as lx
from ..places import (Unit, detect_place, district_name_in, districts_named, districts_with_their_province,
                      load_gazetteer, province_unit)
from .clauses import SENTENCE_OR_LINE_END_RE, paragraph_start
from .context import Context


def scope_of(ctx: Context, clause_start: int, q_start: int, phrase: tuple[int, int] | None = None
             ) -> tuple[str, str | None]:
    """('district'|'province'|'country'|'subunit', name) — whose figure this is.

    The last unit named before the figure in its clause decides ("Toàn tỉnh … 95,3%, thị xã phấn đấu … 95%"),
    except a unit named as a yardstick ("cao hơn bình quân toàn tỉnh", "đứng đầu của cả tỉnh với 16%"), which
    owns only a figure bracketed right after it ("… toàn tỉnh (88,7%)"). A unit named inside the indicator's own
    phrase (`phrase`: "Tỷ lệ hộ nghèo theo chuẩn của tỉnh") qualifies the indicator, not whose figure it is.
    """
    markers = [m for m in _markers_before(ctx, clause_start, q_start) if not _is_yardstick(ctx, m, clause_start, q_start)
               and not (phrase and phrase[0] <= m[0] and m[1] <= phrase[1])]
    markers = _without_appositions(ctx, markers)
    if not markers:
        carried = _scope_of_the_whole(ctx, clause_start)
        if carried is not None:
            return carried
        return ("province", None) if _paragraph_of_province(ctx, clause_start) else ("district", None)
    _, _, kind, name = max(markers, key=lambda m: (m[1], m[0]))
    return kind, name


def _without_appositions(ctx: Context, markers: list) -> list:
    """"huyện Long Phú, tỉnh Sóc Trăng có tỷ lệ hộ nghèo …": a province named right after the district says where
    the district lies, not whose figure it is (issue 14 §3)."""
    districts = [m for m in markers if m[2] == "district" or (m[2] == "subunit" and not _is_commune(m[3]))]
    return [m for m in markers if not (_is_province_marker(m) and any(
        d[1] <= m[0] and lx.APPOSITION_GAP_RE.fullmatch(ctx.text, d[1], m[0]) for d in districts))]


def _is_commune(name: str | None) -> bool:
    return (name or "").lower().startswith(lx.COMMUNE_WORDS)


def _names_a_province(name: str | None) -> bool:
    return (name or "").lower().startswith(lx.PROVINCE_WORD)


def _is_province_marker(marker) -> bool:
    """The document's province, or another province named ("tỉnh Thanh Hóa")."""
    return marker[2] == "province" or (marker[2] == "subunit" and _names_a_province(marker[3]))


def _scope_of_the_whole(ctx: Context, clause_start: int) -> tuple[str, str | None] | None:
    """"… Hà Nội thu 376.430 tỷ đồng. Trong đó, thu nội địa 353.932 tỷ đồng": a sentence opening with "Trong đó" lists
    the parts of the whole stated in the sentence before it, so its figures are that unit's (None: no such sentence,
    or the sentence before names no unit)."""
    while clause_start < len(ctx.text) - 1 and ctx.text[clause_start].isspace():
        clause_start += 1
    s_start = ctx.sentence_start(clause_start)
    if not lx.PART_SENTENCE_RE.match(ctx.folded, s_start) or s_start <= paragraph_start(ctx.text, s_start):
        return None
    prev_start = ctx.sentence_start(s_start - 1)
    markers = [m for m in _markers_before(ctx, prev_start, s_start) if not _is_yardstick(ctx, m, prev_start, s_start)]
    if not markers:
        return None
    _, _, kind, name = max(markers, key=lambda m: (m[1], m[0]))
    return kind, name


def _paragraph_of_province(ctx: Context, clause_start: int) -> bool:
    """A paragraph whose first sentence is about the province ("Trong 9 tháng, thu ngân sách trên địa bàn tỉnh vẫn
    đạt kết quả khá. Với tổng thu ước đạt 3.319 tỷ đồng, …") speaks of the province in the sentences after it,
    until another unit is named."""
    line = ctx.text.rfind("\n", 0, clause_start) + 1
    end = SENTENCE_OR_LINE_END_RE.search(ctx.text, line)
    first_end = end.start() if end else len(ctx.text)
    if clause_start <= first_end:
        return False
    # ("6 tháng đầu năm 2024, … của thị xã An Khê (tỉnh Gia Lai) tiếp tục phát triển": the province in apposition
    # says where the district lies; the paragraph stays the district's)
    markers = _without_appositions(ctx, _markers_before(ctx, line, clause_start))
    # "toàn tỉnh", "trên địa bàn tỉnh", "tỉnh Ninh Thuận" as the subject; not "của tỉnh"/"bình quân chung của Thành
    # phố", which compare the district with the province ("đơn vị đầu tiên của tỉnh", "bằng 68% … của Thành phố"),
    # nor "trung tâm của tỉnh Đắk Nông", "thuộc tỉnh …" (the province as owner or frame).
    province = [m for m in markers if m[1] <= first_end and m[2] == "province"
                and not ctx.folded.startswith(lx.OF_WORD, m[0]) and not _is_yardstick(ctx, m, line, first_end)
                and not lx.PROVINCE_OWNER_BEFORE_RE.search(ctx.folded, max(line, m[0] - 12), m[0])]
    if not province:
        return False
    last = max(m[1] for m in province)
    return not any(m[0] >= last for m in markers)


def units_named(ctx: Context, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    """Every unit named in text[start:end] of one line: (start, end, kind, name), kind district, province, country or
    subunit."""
    return _markers_before(ctx, start, end)


def _markers_before(ctx: Context, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    """(start, end, kind, name) of every unit named in text[start:end] (found once per line)."""
    line = ctx.text.rfind("\n", 0, start) + 1
    if ("markers", line) not in ctx.found:
        line_end = ctx.text.find("\n", start)
        ctx.found[("markers", line)] = _scope_markers(ctx, line, len(ctx.text) if line_end == -1 else line_end)
    return [m for m in ctx.found[("markers", line)] if m[0] >= start and m[1] <= end]


def _scope_markers(ctx: Context, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    found = []
    for m in ctx.matches(lx.WHOLE_UNIT_RE, start, end):
        kind = m.lastgroup if m.lastgroup != "city" else ("province" if ctx.city_is_province else None)
        if kind:
            found.append((m.start(), m.end(), kind, None))
    found += [_unit_word_marker(ctx, m) for m in ctx.matches(lx.UNIT_WORD_RE, start, end, original=True)]
    return [m for m in found if m is not None]


def _unit_word_marker(ctx: Context, m: re.Match) -> tuple[int, int, str, str | None] | None:
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
    if word != lx.PROVINCE_WORD and name.startswith(lx.fold_spelling(unit.short)):
        return (m.start(), end, "district", unit.name)   # named: the document's own unit, whatever the section
    if name.startswith(_province_short(unit)) and (
            word == lx.PROVINCE_WORD or (word == lx.CITY_WORD and unit.province_name.startswith(lx.CITY_PREFIX))):
        return (m.start(), end, "province", None)
    gaz = load_gazetteer()
    if _known_name(name, gaz.provinces if word == lx.PROVINCE_WORD else gaz.districts):
        return (m.start(), end, "subunit", f"{m.group('word')} {name}")
    return None   # a name the official list does not know (a former name, a company): no unit


def _known_name(name: str, known) -> bool:
    """Whether `name` starts with a name of the official list ("Cô Tô Đạt" → "Cô Tô")."""
    parts = name.split()
    return any(" ".join(parts[:n]) in known for n in range(len(parts), 0, -1))


_SYLLABLE_SPLIT_RE = re.compile(r"(?<=\S)(?=[ \-])")


@functools.lru_cache(maxsize=None)
def _province_short(unit: Unit) -> str:
    return lx.fold_spelling(lx.PROVINCE_PREFIX_RE.sub("", unit.province_name))


def _is_yardstick(ctx: Context, marker, clause_start: int, q_start: int) -> bool:
    start, end, kind, _ = marker
    compared = lx.COMPARED_BEFORE.search(ctx.folded, max(clause_start, start - 30), start)
    if compared and lx.RANKED_WORD in compared.group():
        return True   # "giảm ít nhất trên toàn huyện là 0,5%": the unit ranked within, never the figure's owner
    return bool(compared) and not lx.BRACKETED_AFTER.fullmatch(ctx.text, end, q_start)


def city_means_province(unit: Unit | None) -> bool:
    """In a district of a centrally-run city "toàn thành phố" is the province (Hải Phòng); in a provincial city
    (Tam Kỳ) it is the city itself."""
    return unit is not None and unit.province_name.startswith(lx.CITY_PREFIX) and unit.division != lx.CITY_WORD


def place_of(ctx: Context, c_start: int, pos: int, quote: str, phrase: tuple[int, int] | None = None):
    """The unit of a figure: None for the document's, the province's Unit, or False (skipped, with a warning)."""
    scope_kind, scope_name = scope_of(ctx, c_start, pos, phrase)
    if scope_kind == "province" and ctx.unit is not None and ctx.unit.place_type != "province":
        place = province_unit(ctx.unit) if ctx.unit.province_code else None
        if place is None:
            ctx.warnings.append(f"figure about the province, province unknown, skipped: {quote!r}")
            return False
        return place
    if scope_kind == "district":
        # the document's unit by name, else the district the paragraphs in view speak of (a page on several)
        return None if scope_name else section_unit(ctx, c_start)
    section = section_unit(ctx, c_start)
    if scope_kind == "subunit" and section is not None and _names_unit(scope_name, section):
        return section
    if scope_kind in ("country", "subunit"):
        who = "the country" if scope_kind == "country" else scope_name
        ctx.warnings.append(f"figure about {who}, not the document's place, skipped: {quote!r}")
        return False
    return None


def _names_unit(name: str | None, unit: Unit) -> bool:
    """Whether a marker's name ("huyện Hưng Nguyên") is `unit`'s."""
    name = " ".join(lx.fold_spelling(name or "").split())
    if _is_commune(name) or _names_a_province(name):
        return False
    # (any district-level word: "huyện Hoài Nhơn" is the unit the list knows as "thị xã Hoài Nhơn", upgraded since)
    words = name.split()
    return any(district_name_in(" ".join(words[n:])) == unit.short for n in (1, 2))


def section_unit(ctx: Context, pos: int) -> Unit | None:
    """The district that the paragraphs around `pos` speak of when a page reports on several districts of the
    province ("* Cùng ngày, HĐND huyện Hưng Nguyên khai mạc kỳ họp … tốc độ tăng trưởng đạt 5,6%"); None: the
    document's own unit."""
    sections = ctx.found.get("sections")
    if sections is None:
        sections = ctx.found["sections"] = _sections(ctx)
    unit = None
    for start, section in sections:
        if start > pos:
            break
        unit = section
    if unit is not None:
        # "Giai đoạn 2016-2020, Lâm Đồng thực hiện … Đầu năm 2016, huyện Đam Rông có …": the document's own unit
        # named (or, after the province's opening, its bare word) earlier in the paragraph takes the paragraph back
        line = ctx.text.rfind("\n", 0, pos) + 1
        province = unit.place_type == "province"
        if any(m[2] == "district" and (m[3] or province) for m in _markers_before(ctx, line, pos)):
            return None
    return unit


def _sections(ctx: Context) -> list[tuple[int, Unit | None]]:
    """(paragraph start, unit) where the text turns to another district of the document's province, or back.

    A paragraph turns to district X when its first sentence names X with its unit word (and no other district,
    nor the document's own unit), not as a yardstick or a neighbour, and the page names X more than once (or
    names it with its province, X of another province): a district named in passing never takes the paragraphs
    after it. The turn holds until a paragraph opens on another unit (named), the document's own included.
    """
    own = ctx.unit
    if own is None or own.place_type == "province" or not own.province_code:
        return []
    year = ctx.report_year or ctx.published_year
    province_name = _province_name_to_find(ctx, own)
    found: list[tuple[int, Unit | None]] = []
    current: Unit | None = None
    start = 0
    text = ctx.text
    articles = _articles(ctx, own, year)
    while start < len(text):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        if start in articles:
            # a page of several articles ("***" between them): each starts on the district it is about
            unit = articles[start]
            if (current.place_id if current else None) != (unit.place_id if unit else None):
                current = unit
                found.append((start, current))
        first_end = _first_sentence_end(ctx, start, line_end)
        if lx.DISTRICT_WORD_NEEDLE_RE.search(ctx.folded, start, first_end):
            sentence = lx.fold_spelling(text[start:first_end])
            # (a page on districts of several provinces names each with its province, "huyện Hoài Nhơn, tỉnh Bình
            # Định đã có 15/15 xã …": named so, once is enough; sought only when asked, it costs a scan of its own)
            with_province = None
            named = districts_named(sentence, province_code=own.province_code, year=year)
            if not named:
                named = with_province = districts_with_their_province(sentence, year=year)
            others = [u for pid, u in named.items() if pid != own.place_id]
            if own.place_id not in named and len(others) == 1:
                if with_province is None:
                    with_province = districts_with_their_province(sentence, year=year)
                topic = _topic(ctx, others[0], start, first_end, once=others[0].place_id in with_province)
            else:
                topic = False
            if topic:
                if current is None or current.place_id != others[0].place_id:
                    current = others[0]
                    found.append((start, current))
            elif own.place_id in named and not others and current is not None:
                current = None
                found.append((start, None))
            elif (current is not None and current.place_type == "province" and not named
                  and _opens_on_own_division(ctx, start, first_end)):
                current = None   # "Huyện đã …" after the province's paragraphs: back to the district
                found.append((start, None))
        elif current is None and province_name and _opens_on_province(ctx, province_name, start, first_end):
            current = province_unit(own)
            found.append((start, current))
        start = line_end + 1
    return found


def _articles(ctx: Context, own: Unit, year: int | None) -> dict[int, Unit | None]:
    """Where each article of a page of several starts (after a separator line: "***", "---"), and the district it
    is about (None: the document's own, or none found); empty for a page of one article."""
    cuts = [m.end() for m in lx.ARTICLE_SEPARATOR_RE.finditer(ctx.text)]
    if not cuts:
        return {}
    starts = [0] + [c + 1 for c in cuts if c + 1 < len(ctx.text)]
    ends = [c for c in cuts] + [len(ctx.text)]
    found = {}
    for a, b in zip(starts, ends):
        unit = detect_place(lx.fold_spelling(ctx.text[a:b]), year=year).unit
        keep = unit is not None and unit.place_type != "province" and unit.place_id != own.place_id \
            and not unit.place_id.startswith("ambiguous/")
        found[a] = unit if keep else None
    return found


def _first_sentence_end(ctx: Context, start: int, line_end: int) -> int:
    """Where the first sentence of the line text[start:line_end] ends (its '.', '!' or '?' before white space inside
    the line, else the line's end), read off ctx.ends instead of searching every line."""
    i = bisect.bisect_right(ctx.ends, start)   # ends are offsets right after the mark
    return ctx.ends[i] - 1 if i < len(ctx.ends) and ctx.ends[i] < line_end else line_end


def _opens_on_own_division(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end] names the document's unit, by name or by its bare word ("Huyện đã …")."""
    return any(m[2] == "district" for m in _markers_before(ctx, start, end))


def _province_name_to_find(ctx: Context, own: Unit) -> tuple[str, str] | None:
    """(name, its lower case) of the province for _opens_on_province, or None when no paragraph can open on it:
    the unit has the province's name ("thị xã Quảng Trị", "thành phố Sóc Trăng") or the text never names it.
    Worked out once per document, not once per line."""
    name = _province_short(own)
    if not name or lx.fold_spelling(own.short).startswith(name):
        return None
    low = lx.lower_same_length(name)
    return (name, low) if low in ctx.folded else None


def _opens_on_province(ctx: Context, province_name: tuple[str, str], start: int, end: int) -> bool:
    """Whether a paragraph opens on the province by its name ("…, Đắk Nông đã đạt được những kết quả quan trọng"),
    before any figure and without naming a district: the paragraphs after it are the province's until one names
    a district. (Not "toàn tỉnh", nor "của tỉnh": a district's report names the province as a frame all the time.)
    `province_name`: _province_name_to_find."""
    name, low = province_name
    at = ctx.folded.find(low, start, end)
    if at == -1 or not ctx.text.startswith(name[:1], at) or _FIGURE_RE.search(ctx.folded, start, at):
        return False
    before = ctx.folded[max(start, at - 12):at]
    if lx.PROVINCE_OWNER_BEFORE_RE.search(before) or lx.COMPARED_BEFORE.search(ctx.folded, max(start, at - 30), at):
        return False
    return not any(m[2] in ("district", "subunit") for m in _markers_before(ctx, start, end))


# a figure stated: an amount, a share or a count of a total ("7/7 xã")
_FIGURE_RE = re.compile(rf"{lx.QUANTITY_RE.pattern}|\d\s*/\s*\d")


def _topic(ctx: Context, unit: Unit, start: int, end: int, *, once: bool = False) -> bool:
    """Whether `unit`, named in text[start:end], is what the page goes on about: named before the paragraph states
    any figure, named again elsewhere, and not as a yardstick ("cao hơn huyện X") or a neighbour ("giáp huyện X")."""
    short = lx.lower_same_length(lx.fold_spelling(unit.short))
    at = ctx.folded.find(short, start, end)
    if at == -1 or (not once and ctx.folded.count(short) < 2) or _FIGURE_RE.search(ctx.folded, start, at):
        return False
    word = ctx.folded.rfind(unit.division, max(start, at - 12), at)
    before = word if word != -1 else at
    return not (lx.COMPARED_BEFORE.search(ctx.folded, max(start, before - 30), before)
                or lx.NEIGHBOUR_BEFORE_RE.search(ctx.folded, max(start, before - 14), before))
