"""Which district (and province) a document is about, from the official pre-2025 list of units.

The list is `vietnam-provinces` 0.6.0 (GSO codes: 63 provinces, 696 districts, their communes). A district
is recognised with its unit word ("huyện Trần Đề", "Huyện ủy Trà Cú", "TP. Sóc Trăng"); a bare name counts only
when no unit is named that way and the name opens the headline or a sentence of a text that speaks of "huyện"
(or "thị xã", …) without a name ("Chư Prông: Thu ngân sách tăng 13%. … UBND huyện …"): bare names also live in
road names ("Cao tốc Cần Thơ - Cà Mau"), companies and people's titles. Names written without some of their
marks ("Chư Pah" for Chư Păh) are matched when only one unit has that spelling without marks, and names written
joined ("Đakrông" for Đa Krông) when only one unit runs together to that spelling. "cấp huyện" speaks of every
district-level division (a thị xã heading its report bare). A name shared by several provinces (Châu Thành) is
resolved by a province named in the text, else by a commune named in the text that only one of them has, else
flagged. The package's abolished "Huyện Long Đất" is replaced by its successors Long Điền and Đất Đỏ, and Huyện Nông
Sơn (merged into Quế Sơn only on 1 January 2025, after the reports this reads) is restored from its communes.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import vietnam_provinces

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
PLACE_TYPE_BY_DIVISION = {"huyện": "district", "quận": "district", "thị xã": "town", "thành phố": "city"}

# A proper name: capitalised syllables (or a number, "Quận 1"), joined by spaces or hyphens.
_SYLLABLE = r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*|\d{1,2}\b)"
_NAME = rf"{_SYLLABLE}(?:[ \-]{_SYLLABLE}){{0,4}}"


def slugify(text: str) -> str:
    """ASCII slug: 'Trần Đề' → 'tran-de'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True)
class Unit:
    """A province or district of the official list."""

    name: str            # "Huyện Trần Đề", "Tỉnh Sóc Trăng"
    short: str           # "Trần Đề", "Sóc Trăng"
    division: str        # "huyện", "quận", "thị xã", "thành phố", "tỉnh"
    code: int
    province_name: str
    province_code: int
    place_id: str
    place_type: str
    communes: int = 0    # number of xã (rural communes) — the denominator of New Rural counts


def _split_prefix(name: str, prefixes: tuple[str, ...]) -> tuple[str, str]:
    for prefix in prefixes:
        if name.lower().startswith(prefix.lower() + " "):
            return prefix.lower(), name[len(prefix) + 1 :]
    return "", name


@dataclass
class Gazetteer:
    provinces: dict[str, Unit] = field(default_factory=dict)          # short name → province
    districts: dict[str, list[Unit]] = field(default_factory=dict)    # short name → districts with it
    commune_names: dict[str, frozenset] = field(default_factory=dict)  # district place_id → its communes' names

    def province_by_code(self, code: int) -> Unit | None:
        return next((p for p in self.provinces.values() if p.code == code), None)


# Units the package lists as they were not before 2025: Bà Rịa - Vũng Tàu's "Huyện Long Đất" was
# split in 2003 into Huyện Long Điền (GSO 752) and Huyện Đất Đỏ (GSO 753), and reports name only those two. Each
# successor takes the package's communes that are its own; its commune count stays unknown (0), as the package
# lacks some of them, so no New Rural denominator is checked against it.
_SUCCESSORS = {
    ("Tỉnh Bà Rịa - Vũng Tàu", "Huyện Long Đất"): (
        ("Huyện Long Điền", 752, ("Long Điền", "Long Hải", "Tam An", "Phước Tỉnh", "Phước Hưng")),
        ("Huyện Đất Đỏ", 753, ("Đất Đỏ", "Phước Long Thọ", "Phước Hội", "Phước Hải", "Long Tân", "Láng Dài")),
    ),
    # The package is of 2025: Quảng Nam's Huyện Nông Sơn (GSO 519, 2008 - 2024) is already inside Quế Sơn, yet every
    # report before 2025 names it. Its communes are told apart from Quế Sơn's own.
    ("Tỉnh Quảng Nam", "Huyện Quế Sơn"): (
        ("Huyện Quế Sơn", 509, ("Đông Phú", "Hương An", "Quế Xuân 1", "Quế Xuân 2", "Quế Phú", "Quế Hiệp", "Quế Thuận",
                                "Quế Mỹ", "Quế Long", "Quế Châu", "Quế Phong", "Quế An", "Quế Minh")),
        ("Huyện Nông Sơn", 519, ("Trung Phước", "Ninh Phước", "Phước Ninh", "Quế Lộc", "Quế Phước", "Quế Lâm")),
    ),
}
_COMMUNE_PREFIXES = ("Xã", "Thị trấn", "Phường")


def _commune_short(name: str) -> str:
    return _split_prefix(unicodedata.normalize("NFC", name), _COMMUNE_PREFIXES)[1]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    raw = json.loads(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH.read_text(encoding="utf-8"))
    gaz = Gazetteer()
    for prov in raw:
        prov_name = unicodedata.normalize("NFC", prov["name"])
        _, prov_short = _split_prefix(prov_name, ("Tỉnh", "Thành phố"))
        prov_slug = slugify(prov_short)
        gaz.provinces[prov_short] = Unit(
            name=prov_name, short=prov_short, division="tỉnh", code=prov["code"], province_name=prov_name,
            province_code=prov["code"], place_id=prov_slug, place_type="province",
        )
        for dist in prov["districts"]:
            dist_name = unicodedata.normalize("NFC", dist["name"])
            wards = [_commune_short(w["name"]) for w in dist.get("wards", [])]
            successors = _SUCCESSORS.get((prov_name, dist_name))
            if successors:
                parts = [(name, code, [w for w in wards if w in own], 0) for name, code, own in successors]
            else:
                parts = [(dist_name, dist["code"], wards,
                          sum(1 for w in dist.get("wards", []) if w["name"].startswith("Xã ")))]
            for name, code, commune_names, communes in parts:
                division, short = _split_prefix(name, ("Huyện", "Quận", "Thị xã", "Thành phố"))
                unit = Unit(
                    name=name, short=short, division=division, code=code, province_name=prov_name,
                    province_code=prov["code"], place_id=f"{prov_slug}/{slugify(name)}",
                    place_type=PLACE_TYPE_BY_DIVISION.get(division, "district"), communes=communes,
                )
                gaz.districts.setdefault(short, []).append(unit)
                gaz.commune_names[unit.place_id] = frozenset(commune_names)
    return gaz


def _prefix_alternation(prefixes) -> str:
    ordered = sorted(prefixes, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


# Unit words are found in lower-cased text (fast, case-blind); the proper name after them is read from the
# original text, where its capital letter is what makes it a name.
# No look-behind in the pattern: it would stop the engine from skipping to the words' first letters (3× slower);
# a match inside a word is dropped in _named_mentions instead.
_DISTRICT_PREFIX_RE = re.compile(rf"(?P<prefix>{_prefix_alternation(DISTRICT_PREFIXES)})\s+")
_PROVINCE_PREFIX_RE = re.compile(rf"(?P<prefix>{_prefix_alternation(PROVINCE_PREFIXES)})\s+")
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
        name = _NAME_RE.match(text, m.end())
        if name and (name.group()[:1].isupper() or name.group()[:1].isdigit()):
            yield _SPACES_RE.sub(" ", m.group("prefix")), name.group()


def _longest_known(name: str, known, *, loose: bool = True) -> str | None:
    """'Trần Đề Đã' → 'Trần Đề': the longest leading run of syllables that is a known name; else (when `loose`)
    the longest run of two or more syllables whose spelling without marks is that of exactly one known name
    ('Chư Pah' → 'Chư Păh')."""
    parts = _SYLLABLE_SPLIT_RE.split(name)
    for end in range(len(parts), 0, -1):
        candidate = "".join(parts[:end]).strip()
        if candidate in known:
            return candidate
    if not loose:
        return None
    unmarked = _unmarked_index(id(known), known)
    for end in range(len(parts), 1, -1):
        names = unmarked.get(slugify("".join(parts[:end])))
        if names and len(names) == 1:
            return names[0]
    # Names from minority languages are written joined or split ("Đakrông" for Đa Krông, "Đắk Glong"/"Đăkglong"):
    # a run of syllables that, run together without marks, is the spelling of exactly one name of several syllables.
    joined = _joined_index(id(known), known)
    for end in range(len(parts), 0, -1):
        names = joined.get(slugify("".join(parts[:end])).replace("-", ""))
        if names and len(names) == 1:
            return names[0]
    return None


_JOINED: dict[int, dict[str, list[str]]] = {}


def _joined_index(key: int, known) -> dict[str, list[str]]:
    """Known names of two or more syllables by their spelling without marks, spaces or hyphens."""
    if key not in _JOINED:
        index: dict[str, list[str]] = {}
        for name in known:
            if " " in name or "-" in name:
                index.setdefault(slugify(name).replace("-", ""), []).append(name)
        _JOINED[key] = index
    return _JOINED[key]


_UNMARKED: dict[int, dict[str, list[str]]] = {}


def _unmarked_index(key: int, known) -> dict[str, list[str]]:
    """Known names by their spelling without marks (built once per name table)."""
    if key not in _UNMARKED:
        index: dict[str, list[str]] = {}
        for name in known:
            index.setdefault(slugify(name), []).append(name)
        _UNMARKED[key] = index
    return _UNMARKED[key]


@dataclass
class PlaceResult:
    unit: Unit | None
    warnings: list[str] = field(default_factory=list)
    province_mentions: Counter = field(default_factory=Counter)


def province_mentions(text: str) -> Counter:
    """Provinces explicitly named with a unit word ("tỉnh Sóc Trăng", "Tỉnh ủy Bến Tre"), counted."""
    gaz = load_gazetteer()
    found: Counter = Counter()
    for prefix, name in _named_mentions(text, _PROVINCE_PREFIX_RE):
        short = _longest_known(name, gaz.provinces)
        if not short:
            continue
        if prefix in ("thành phố", "tp.", "tp", "thành ủy", "thành uỷ") and short in gaz.districts:
            # "thành phố Sóc Trăng" is the district-level city, not the province.
            if any(u.division == "thành phố" for u in gaz.districts[short]):
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


def _speaks_of(text: str, division: str) -> bool:
    if _DISTRICT_LEVEL_RE.search(text):
        return True
    return any(not (m.group(1) and (m.group(1).isupper() or m.group(1).isdigit()))
               for m in _BARE_UNIT_RE[division].finditer(text))


# Where a bare name may stand as the subject: a line's start (the headline "Chư Prông: …") or a sentence's or
# clause's ("9 tháng đầu năm, Hưng Hà đã …").
_SUBJECT_START_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?:,;]\s))[ \t]*(?=[A-ZĐÀ-Ỹ])", re.MULTILINE)


def bare_district_mentions(text: str, title: str | None = None) -> Counter:
    """(division, short name) for district names standing bare as a subject, in a text that speaks of that
    division without naming it; a name that is also a province's is never taken bare."""
    gaz = load_gazetteer()
    divisions = [d for d in _BARE_UNIT_RE if _speaks_of(text, d)]
    found: Counter = Counter()
    if not divisions:
        return found
    for source, weight in ((text, 1), (title or "", 2)):
        low = source.lower()
        for m in _SUBJECT_START_RE.finditer(source):
            name = _NAME_RE.match(source, m.end())
            if not name or _NOT_DISTRICT_BEFORE_RE.search(low, max(0, m.end() - 20), m.end()):
                continue
            short = _longest_known(name.group(), gaz.districts, loose=False)
            if not short or short in gaz.provinces:
                continue
            for division in divisions:
                if any(u.division == division for u in gaz.districts[short]):
                    found[(division, short)] += weight
    return found


def detect_place(text: str, *, title: str | None = None) -> PlaceResult:
    """The district the document is about: the most-mentioned district (title counts thrice); when none is named
    with its unit word, a bare name standing as a subject (bare_district_mentions)."""
    gaz = load_gazetteer()
    mentions = district_mentions(text)
    if title:
        for key, n in district_mentions(title).items():
            mentions[key] += 2 * n
    if not mentions:
        mentions = bare_district_mentions(text, title)
    provinces = province_mentions(text)
    if not mentions:
        # A province-level report: the province itself, if one is named.
        if provinces:
            short, _ = provinces.most_common(1)[0]
            return PlaceResult(gaz.provinces[short], province_mentions=provinces)
        return PlaceResult(None, ["no district or province named with its unit word"], provinces)
    (division, short), _ = sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    candidates = [u for u in gaz.districts[short] if u.division == division]
    warnings: list[str] = []
    if len(candidates) > 1:
        named = [u for u in candidates if provinces.get(_short_province(u)) ]
        if len(named) != 1:
            # "xã Vĩnh Quang (Bảo Lâm)": a commune named in the text that belongs to only one of the candidates.
            communes = commune_mentions(text)
            named = [u for u in candidates if communes & gaz.commune_names.get(u.place_id, frozenset())]
        if len(named) == 1:
            candidates = named
        else:
            options = ", ".join(sorted(u.province_name for u in candidates))
            warnings.append(f"ambiguous place '{division} {short}' ({options}): no single province named in the text")
            unit = candidates[0]
            flagged = Unit(
                name=unit.name, short=unit.short, division=unit.division, code=0, province_name="",
                province_code=0, place_id=f"ambiguous/{slugify(unit.name)}", place_type=unit.place_type,
            )
            return PlaceResult(flagged, warnings, provinces)
    unit = candidates[0]
    other = [p for p in provinces if p != _short_province(unit)]
    if other and not provinces.get(_short_province(unit)):
        warnings.append(
            f"text names province {', '.join(sorted(other))} but {unit.name} belongs to {unit.province_name}"
        )
    return PlaceResult(unit, warnings, provinces)


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
    return _split_prefix(unit.province_name, ("Tỉnh", "Thành phố"))[1]


def province_unit(unit: Unit) -> Unit:
    """The province a district belongs to."""
    return load_gazetteer().provinces[_short_province(unit)]


def place_fields(unit: Unit | None) -> dict:
    """The facts-table place columns for a unit (all null when unknown)."""
    if unit is None:
        return dict(place_id=None, place_name=None, place_type=None, province=None, admin_code=None, province_code=None)
    is_province = unit.place_type == "province"
    return dict(
        place_id=unit.place_id,
        place_name=unit.name,
        place_type=unit.place_type,
        province=unit.province_name or None,
        admin_code=None if is_province or not unit.code else str(unit.code),
        province_code=str(unit.province_code) if unit.province_code else None,
    )
