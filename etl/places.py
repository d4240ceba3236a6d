"""Which district (and province) a document is about, from the units that existed 2015–2025 (etl/gazetteer.py).

A district is recognised with its unit word ("huyện Trần Đề", "Huyện ủy Trà Cú", "TP. Sóc Trăng"); a bare name counts only
when no unit is named that way and the name opens the headline or a sentence of a text that speaks of "huyện"
(or "thị xã", …) without a name ("Chư Prông: Thu ngân sách tăng 13%. … UBND huyện …"): bare names also live in
road names ("Cao tốc Cần Thơ - Cà Mau"), companies and people's titles. Names written without some of their
marks ("Chư Pah" for Chư Păh) are matched when only one unit has that spelling without marks, and names written
joined ("Đakrông" for Đa Krông) when only one unit runs together to that spelling. "cấp huyện" speaks of every
district-level division (a thị xã heading its report bare). A name shared by several provinces (Châu Thành) is
resolved by a province named in the text, else by a commune named in the text that only one of them has, else
flagged. A name several units had at different times (Đạ Huoai before and after its 2025 merger, Kỳ Sơn of Hòa Bình
until 2019 and of Nghệ An) is the unit that existed in the report's year; a unit named in a report dated after it
ended (merged, renamed) is still that unit, with a warning naming it and its successor.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .lexicon.scope import NEIGHBOUR_BEFORE_RE
from .gazetteer import PLACE_TYPE_BY_DIVISION, Gazetteer, Unit, load_gazetteer, match_key, slugify, split_prefix

__all__ = ["DISTRICT_PREFIXES", "PLACE_TYPE_BY_DIVISION", "Gazetteer", "PlaceResult", "Unit", "bare_district_mentions",
           "commune_mentions", "detect_place", "district_mentions", "district_name_in", "districts_named",
           "districts_with_their_province", "load_gazetteer", "PLACE_FIELDS",
           "place_fields", "official_places", "province_mentions", "province_unit", "slugify"]

# Unit words → the district-level division types they can denote. "Thành ủy X" is the Party committee of
# city X, which may be a district-level city or a centrally-run one (then it is the province).
DISTRICT_PREFIXES = {
    "huyện": ("huyện",),
    "huyện ủy": ("huyện",),
    "huyện uỷ": ("huyện",),
    "quận": ("quận",),
    "quận ủy": ("quận",),
    "quận uỷ": ("quận",),
    "thị xã": ("thị xã",),
    "tx.": ("thị xã",),
    "tx": ("thị xã",),
    "thị ủy": ("thị xã",),
    "thị uỷ": ("thị xã",),
    "thành phố": ("thành phố",),
    "tp.": ("thành phố",),
    "tp": ("thành phố",),
    "thành ủy": ("thành phố",),
    "thành uỷ": ("thành phố",),
}
PROVINCE_PREFIXES = ("tỉnh", "tỉnh ủy", "tỉnh uỷ", "thành phố", "tp.", "tp", "thành ủy", "thành uỷ")

# A proper name: capitalised syllables (or a number, "Quận 1"), joined by spaces or hyphens.
# ("Cư M'gar", "Ia H' Drai", "M'Đrắk": an apostrophe inside or after a syllable of a highland name)
_SYLLABLE = r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*(?:'[^\W\d_]*)?|\d{1,2}\b)"
_NAME = rf"{_SYLLABLE}(?:[ \-]{_SYLLABLE}){{0,4}}"


def _prefix_alternation(prefixes) -> str:
    ordered = sorted(prefixes, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


# Unit words are found in lower-cased text (fast, case-blind); the proper name after them is read from the
# original text, where its capital letter is what makes it a name.
# No look-behind in the pattern: it would stop the engine from skipping to the words' first letters (3× slower);
# a match inside a word is dropped in _named_mentions instead.
# An abbreviation's full stop may end it without a space: "TP.Bà Rịa".
_DISTRICT_PREFIX_RE = re.compile(rf"(?P<prefix>{_prefix_alternation(DISTRICT_PREFIXES)})(?:\s+|(?<=\.))")
_PROVINCE_PREFIX_RE = re.compile(rf"(?P<prefix>{_prefix_alternation(PROVINCE_PREFIXES)})(?:\s+|(?<=\.))")
_NAME_RE = re.compile(_NAME)


_SPACES_RE = re.compile(r"\s+")
_SYLLABLE_SPLIT_RE = re.compile(r"(?<=\S)(?=[ \-])")




def _named_mentions(text: str, prefix_re: re.Pattern):
    """(prefix, name) for every unit word followed by a capitalised name."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for m in prefix_re.finditer(low):
        if m.start() and low[m.start() - 1].isalpha():
            continue   # "thuyện" is no "huyện"
        if NEIGHBOUR_BEFORE_RE.search(low, max(0, m.start() - 14), m.start()):
            continue   # "phía Tây giáp thành phố Vị Thanh": a neighbour, not what the report is about
        name = _NAME_RE.match(text, m.end())
        if name and (name.group()[:1].isupper() or name.group()[:1].isdigit()):
            yield _SPACES_RE.sub(" ", m.group("prefix")), name.group()


_KNOWN: dict[tuple[int, str, bool], tuple[object, str | None]] = {}


def _longest_known(name: str, known, *, loose: bool = True) -> str | None:
    """'Trần Đề Đã' → 'Trần Đề': the longest leading run of syllables that is a known name; else (when `loose`)
    the longest run of two or more syllables whose spelling without marks is that of exactly one known name
    ('Chư Pah' → 'Chư Păh').

    Remembered per name and name table: reports name the same units again and again, and a name the table lacks
    costs three loose lookups. The entry holds the table itself, so its id cannot be reused while it is kept."""
    key = (id(known), name, loose)
    hit = _KNOWN.get(key)
    if hit is not None and hit[0] is known:
        return hit[1]
    if len(_KNOWN) >= 50_000:
        _KNOWN.clear()
    found = _find_longest_known(name, known, loose=loose)
    _KNOWN[key] = (known, found)
    return found


def _find_longest_known(name: str, known, *, loose: bool) -> str | None:
    parts = _SYLLABLE_SPLIT_RE.split(name)
    for end in range(len(parts), 0, -1):
        candidate = "".join(parts[:end]).strip()
        if candidate in known:
            return candidate
    # the capitals inside minority-language names vary ("Kbang" for KBang): the same letters and marks in other
    # case name the one known name so spelled
    found = _only_name(parts, known, _caseless, shortest=1)
    if found or not loose:
        return found
    # 'Chư Pah' → 'Chư Păh': two or more syllables whose spelling without marks is that of exactly one name
    found = _only_name(parts, known, slugify, shortest=2)
    # Names from minority languages are written joined or split ("Đakrông" for Đa Krông, "Đắk Glong"/"Đăkglong"):
    # a run of syllables that, run together without marks, is the spelling of exactly one name of several syllables.
    return found or _only_name(parts, known, _joined, shortest=1)


def _caseless(name: str) -> str:
    return name.strip().lower()


def _joined(name: str) -> str:
    return slugify(name).replace("-", "")


_INDEXES: dict[tuple[int, object], dict[str, list[str]]] = {}


def _only_name(parts: list[str], known, spelling, *, shortest: int) -> str | None:
    """The one known name whose `spelling` is that of the longest leading run of `parts` (at least `shortest`
    syllables); None when no run, or several names, are so spelled. The index of `known` by each spelling is built
    once per name table (the joined spelling indexes names of several syllables only)."""
    key = (id(known), spelling)
    if key not in _INDEXES:
        index: dict[str, list[str]] = {}
        for name in known:
            if spelling is not _joined or any(mark in name for mark in " -'"):   # ("M'Đrắk": parts joined by "'")
                index.setdefault(spelling(name), []).append(name)
        _INDEXES[key] = index
    index = _INDEXES[key]
    for end in range(len(parts), shortest - 1, -1):
        names = index.get(spelling("".join(parts[:end])))
        if names and len(names) == 1:
            return names[0]
    return None


@dataclass
class PlaceResult:
    unit: Unit | None
    warnings: list[str] = field(default_factory=list)
    province_mentions: Counter = field(default_factory=Counter)


def province_mentions(text: str, year: int | None = None) -> Counter:
    """Provinces explicitly named with a unit word ("tỉnh Sóc Trăng", "Tỉnh ủy Bến Tre"), counted by the name's
    lookup spelling; "thành phố X" is the province only when no district-level city X existed in `year`."""
    gaz = load_gazetteer()
    found: Counter = Counter()
    for prefix, name in _named_mentions(text, _PROVINCE_PREFIX_RE):
        short = _longest_known(name, gaz.provinces)
        if not short:
            continue
        if prefix in ("thành phố", "tp.", "tp", "thành ủy", "thành uỷ") and short in gaz.districts:
            # "thành phố Sóc Trăng" is the district-level city, not the province.
            if any(u.division == "thành phố" and u.exists_in(year) for u in gaz.districts[short]):
                continue
        found[short] += 1
    return found


def district_mentions(text: str) -> Counter:
    """(division, short name) pairs named with a unit word, counted."""
    gaz = load_gazetteer()
    found: Counter = Counter()
    for prefix, name in _named_mentions(text, _DISTRICT_PREFIX_RE):
        short = _longest_known(name, gaz.districts)
        if not short:
            continue
        divisions = [d for d in DISTRICT_PREFIXES[prefix] if any(u.division == d for u in gaz.districts[short])]
        if not divisions:
            # "huyện An Dương" in a report written before the district became "Quận An Dương": the list names the
            # unit by its later rank (huyện → thị xã → thành phố / quận), the name is the same unit's
            divisions = [d for d in _UPGRADED_TO.get(DISTRICT_PREFIXES[prefix][0], ())
                         if any(u.division == d for u in gaz.districts[short])][:1]
        for division in divisions:
            found[(division, short)] += 1
    return found


_UPGRADED_TO = {"huyện": ("thị xã", "quận", "thành phố"), "thị xã": ("thành phố", "quận")}


def district_name_in(name: str) -> str | None:
    """The district name of the official list that `name` starts with ("Hoài Nhơn Đã" → "Hoài Nhơn"), else None."""
    return _longest_known(name, load_gazetteer().districts)


def districts_with_their_province(text: str, *, year: int | None) -> dict[str, Unit]:
    """The districts `text` names together with their province, when it names exactly one province ("huyện Hoài
    Nhơn, tỉnh Bình Định đã có …"), by place id."""
    provinces = province_mentions(text, year)
    if len(provinces) != 1:
        return {}
    province = load_gazetteer().provinces[next(iter(provinces))]
    return districts_named(text, province_code=province.province_code, year=year)


def districts_named(text: str, *, province_code: int | None, year: int | None) -> dict[str, Unit]:
    """The districts of one province that `text` names with their unit word ("huyện Hưng Nguyên", "TX.Hồng Ngự"),
    by place id, in the state of `year`; a name that the province's list does not hold names none of them."""
    gaz = load_gazetteer()
    found = {}
    for division, short in district_mentions(text):
        units = [u for u in gaz.districts[short] if u.division == division and u.province_code == province_code]
        for unit in _of_the_year(units, year)[:1]:
            found[unit.place_id] = gaz.dated(unit, year)
    return found


# Words that make a capitalised name after them something else than a district: "xã Long Tân", "đường Hùng
# Vương", "Trường Mầm non Hòa Bình" (lower-cased, the word right before the name).
_NOT_DISTRICT_BEFORE_RE = re.compile(
    r"(?:xã|phường|trấn|tỉnh|thôn|ấp|bản|làng|khóm|xóm|buôn|tổ|đường|phố|lộ|cầu|sông|núi|hồ|đèo|chợ|trường|viện|ty|"
    r"khu|cụm|cảng|đảo|vịnh|rừng|hội|máy|nhà|non|học|đồng chí|ông|bà|anh|chị|tên|họ|báo|đài|dân tộc|người|tại xã)\s*$")
# A bare unit word without a name: "UBND huyện", "toàn huyện", "Thị xã đã giao …" (the next word is not
# capitalised; regex ranges cannot tell Vietnamese capitals, so str.isupper decides).
_BARE_UNIT_RE = {
    "huyện": re.compile(r"(?<![^\W\d_])[Hh]uyện\b(?:\s+(\w))?"),
    "thị xã": re.compile(r"(?<![^\W\d_])[Tt]hị\s+xã\b(?:\s+(\w))?"),
    "quận": re.compile(r"(?<![^\W\d_])[Qq]uận\b(?:\s+(\w))?"),
    "thành phố": re.compile(r"(?<![^\W\d_])[Tt]hành\s+phố\b(?:\s+(\w))?"),
}


# "đơn vị cấp huyện", "cấp huyện": the district level, whatever the unit's own word (a thị xã is one too).
_DISTRICT_LEVEL_RE = re.compile(r"(?<![^\W\d_])cấp\s+huyện\b", re.IGNORECASE)


def _bare_uses(text: str, division: str):
    """The uses of a division's word with no name after it ("thị xã đạt …", not "thị xã An Khê")."""
    return (m for m in _BARE_UNIT_RE[division].finditer(text)
            if not (m.group(1) and (m.group(1).isupper() or m.group(1).isdigit())))


def _speaks_of(text: str, division: str) -> bool:
    return bool(_DISTRICT_LEVEL_RE.search(text)) or next(_bare_uses(text, division), None) is not None


# Where a bare name may stand as the subject: a line's start (the headline "Chư Prông: …") or a sentence's or
# clause's ("9 tháng đầu năm, Hưng Hà đã …").
_SUBJECT_START_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?:,;]\s))[ \t]*(?=[A-ZĐÀ-Ỹ])", re.MULTILINE)


_PROVINCE_WORD_RE = re.compile(r"(?<![^\W\d_])[Tt]ỉnh\b")
_SPOKEN_OF_OFTEN = 3


def _mostly_of_the_division(text: str, divisions: list[str]) -> bool:
    """"Khi thành lập, Quảng Trị gồm có 2 phường …; thị xã hiện nay có …": a text that says the district-level word
    bare again and again, more often than "tỉnh", is about the unit, even one named like its province."""
    bare = sum(1 for d in divisions for _ in _bare_uses(text, d))
    return bare >= _SPOKEN_OF_OFTEN and bare > len(_PROVINCE_WORD_RE.findall(text))


def bare_district_mentions(text: str, title: str | None = None) -> Counter:
    """(division, short name) for district names standing bare as a subject, in a text that speaks of that
    division without naming it; a name that is also a province's only in a text mostly of that division."""
    gaz = load_gazetteer()
    divisions = [d for d in _BARE_UNIT_RE if _speaks_of(text, d)]
    found: Counter = Counter()
    headline = _HEADLINE_SUBJECT_RE.match(title or "")
    if headline:
        # "Hương Trà : Tổng thu ngân sách 9 tháng …": a newspaper's headline names its subject before the colon;
        # a name of one district-level unit only (never a province's) is that unit, its rank unsaid
        short = _longest_known(headline.group("name"), gaz.districts, loose=False)
        kinds = {u.division for u in gaz.districts.get(short, ())} if short and short not in gaz.provinces else set()
        if len(kinds) == 1 and short == headline.group("name").strip():
            found[(kinds.pop(), short)] += 2
    if not divisions:
        return found
    for source, weight in ((text, 1), (title or "", 2)):
        low = source.lower()
        for m in _SUBJECT_START_RE.finditer(source):
            name = _NAME_RE.match(source, m.end())
            if not name or _NOT_DISTRICT_BEFORE_RE.search(low, max(0, m.end() - 20), m.end()):
                continue
            short = _longest_known(name.group(), gaz.districts, loose=False)
            if not short or (short in gaz.provinces and not _mostly_of_the_division(text, divisions)):
                continue
            for division in divisions:
                if any(u.division == division for u in gaz.districts[short]):
                    found[(division, short)] += weight
    return found


# A report with no known date is read against the last state before the 2025 rearrangement, which most reports
# describe (a name that two units had then and later, "Đạ Huoai", is the earlier unit).
_UNDATED_REFERENCE_YEAR = 2024


_HEADLINE_SUBJECT_RE = re.compile(rf"^\s*(?P<name>{_NAME})\s*:")
_SEVERAL_UNITS_RE = re.compile(r"\bcác\s+(?:huyện|thị\s+xã|quận|thành\s+phố)\b")


def detect_place(text: str, *, title: str | None = None, year: int | None = None) -> PlaceResult:
    """The district the document is about: the most-mentioned district (title counts thrice); when none is named
    with its unit word, a bare name standing as a subject (bare_district_mentions). `year` is the report's year:
    of the units that had the name, the one that existed then (and the province's name of then) is taken."""
    gaz = load_gazetteer()
    mentions = district_mentions(text)
    if title and _SEVERAL_UNITS_RE.search(title.lower()):
        # "HĐND các huyện Nam Đàn, Hưng Nguyên, Quỳnh Lưu tổ chức kỳ họp": a headline over several districts names
        # none of them as the report's; the body's own mentions decide
        for key, n in district_mentions(title).items():
            mentions[key] -= n if title in text else 0
        mentions = +mentions
    elif title:
        for key, n in district_mentions(title).items():
            mentions[key] += 2 * n
    if not mentions:
        mentions = bare_district_mentions(text, title)
    provinces = province_mentions(text, year)
    if not mentions:
        # A province-level report: the province itself, if one is named.
        if provinces:
            short, _ = provinces.most_common(1)[0]
            return PlaceResult(gaz.provinces[short], province_mentions=provinces)
        return PlaceResult(None, ["no district or province named with its unit word"], provinces)
    (division, short), _ = sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    candidates = _of_the_year([u for u in gaz.districts[short] if u.division == division], year)
    warnings: list[str] = []
    if len(candidates) > 1:
        named = [u for u in candidates if provinces.get(_short_province(u))]
        if len(named) != 1:
            # "xã Vĩnh Quang (Bảo Lâm)": a commune named in the text that belongs to only one of the candidates.
            communes = commune_mentions(text)
            named = [u for u in candidates if communes & gaz.commune_names.get(u.place_id, frozenset())]
        if len(named) != 1:
            # "huyện Phong Điền (Cần Thơ)": the province's name without its unit word, of only one of the candidates
            named = [u for u in candidates if _names_bare(text, _short_province(u))]
        if len(named) != 1 and year is None:
            named = [u for u in candidates if u.exists_in(_UNDATED_REFERENCE_YEAR)]
        if len(named) == 1:
            candidates = named
        else:
            options = ", ".join(sorted(u.province_name for u in candidates))
            warnings.append(f"ambiguous place '{division} {short}' ({options}): no single province named in the text")
            unit = candidates[0]
            flagged = Unit(
                name=unit.name, short=unit.short, division=unit.division, code=0, province_name="",
                province_code=0, place_id=f"ambiguous/{slugify(unit.name)}", place_type=unit.place_type,
                place_name=unit.name,
            )
            return PlaceResult(flagged, warnings, provinces)
    unit = gaz.dated(candidates[0], year)
    if year is not None and not unit.exists_in(year):
        warnings.append(_out_of_time(unit, year))
    other = [p for p in provinces if p != _short_province(unit)]
    if other and not provinces.get(_short_province(unit)):
        warnings.append(
            f"text names province {', '.join(sorted(other))} but {unit.name} belongs to {unit.province_name}"
        )
    return PlaceResult(unit, warnings, provinces)


def _names_bare(text: str, name: str) -> bool:
    """Whether `text` writes `name` as a whole name (not inside a longer capitalised name)."""
    return re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])(?!\s+[A-ZĐÀ-Ỹ])", text) is not None


def _of_the_year(candidates: list[Unit], year: int | None) -> list[Unit]:
    """One unit per place, and of several places with the name those that existed in `year` (if any did)."""
    by_place: dict[str, Unit] = {}
    for unit in candidates:
        known = by_place.get(unit.place_id)
        if known is None or (unit.exists_in(year) and not known.exists_in(year)):
            by_place[unit.place_id] = unit
    units = list(by_place.values())
    in_force = [u for u in units if u.exists_in(year)]
    return in_force or units


def _out_of_time(unit: Unit, year: int) -> str:
    if unit.last_year is not None and year > unit.last_year:
        after = f"; it became part of {unit.successor}" if unit.successor else ""
        if not unit.successor and unit.name != unit.place_name:
            after = f"; it was renamed {unit.place_name}"
        return f"{unit.name} ({unit.province_name}) existed until {unit.last_year}{after}, the report is of {year}"
    return f"{unit.name} ({unit.province_name}) existed only from {unit.first_year}, the report is of {year}"


_COMMUNE_WORD_RE = re.compile(r"(?<![^\W\d_])(?:[Xx]ã|[Tt]hị\s+trấn|[Pp]hường)\s+(?=[A-ZĐÀ-Ỹ\d])")


def commune_mentions(text: str) -> set[str]:
    """Every leading run of syllables of a name after "xã", "thị trấn", "phường" ("xã Vĩnh Quang" → {"Vĩnh",
    "Vĩnh Quang"}): what a commune name of the official list is compared with."""
    found: set[str] = set()
    for m in _COMMUNE_WORD_RE.finditer(text):
        name = _NAME_RE.match(text, m.end())
        if name:
            parts = _SYLLABLE_SPLIT_RE.split(name.group())
            found.update("".join(parts[:end]).strip() for end in range(1, len(parts) + 1))
    return found


def _short_province(unit: Unit) -> str:
    """The lookup spelling of the unit's province name ("Hoà Bình" → "Hòa Bình")."""
    return match_key(split_prefix(unit.province_name, ("Tỉnh", "Thành phố"))[1])


def province_unit(unit: Unit) -> Unit:
    """The province a district belongs to (under the name of the district unit's time)."""
    return load_gazetteer().provinces[_short_province(unit)]


PLACE_FIELDS = ("place_id", "place_name", "place_type", "province", "admin_code", "province_code",
                "place_name_reported", "province_reported")


def place_fields(unit: Unit | None) -> dict:
    """The facts-table place columns for a unit (all null when unknown): the place under its own latest name and
    province, and the names of the report's time (`place_name_reported`, `province_reported`)."""
    if unit is None:
        return dict.fromkeys(PLACE_FIELDS)
    is_province = unit.place_type == "province"
    return dict(
        place_id=unit.place_id,
        place_name=unit.place_name or unit.name,
        place_type=unit.place_type,
        province=unit.place_province or unit.province_name or None,
        admin_code=None if is_province or not unit.code else f"{unit.code:03d}",   # GSO: three digits, "001"
        province_code=str(unit.province_code) if unit.province_code else None,
        place_name_reported=unit.name,
        province_reported=unit.province_name or None,
    )


# The state the dashboard offers as the list of districts: the last before the 1 January 2025 rearrangement.
OFFICIAL_LIST_YEAR = 2024


def official_places() -> list[dict]:
    """The place columns of every district-level unit in force in OFFICIAL_LIST_YEAR (one row per place)."""
    rows = []
    for units in load_gazetteer().places.values():
        unit = next((u for u in units if u.exists_in(OFFICIAL_LIST_YEAR)), None)
        if unit is not None:
            rows.append(place_fields(unit))
    return rows
