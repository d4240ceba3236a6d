"""etl/extract/place.py: whose figure it is — the last unit named before it in its clause, unless that unit is only
a yardstick; figures of other units are skipped with a warning, the province's are kept for the province."""
from etl.extract.place import city_means_province, place_of, scope_of, units_named
from tests.etl.extract.contexts import LEAD, context_of


def at(body, figure):
    text = LEAD + body
    return context_of(text), len(LEAD), text.index(figure)


def test_units_named_in_a_clause_with_their_kind():
    ctx, start, _ = at("Toàn tỉnh đạt 95%, cả nước đạt 90%, xã Đài Xuyên đạt 80%.", "95%")
    assert [(kind, name) for _, _, kind, name in units_named(ctx, start, len(ctx.text))] == [
        ("province", None), ("country", None), ("subunit", "xã Đài Xuyên")]


def test_the_last_unit_before_the_figure_owns_it():
    body = "Toàn tỉnh đạt 95%, cả nước đạt 90%, xã Đài Xuyên đạt 80%."
    for figure, kind in (("95%", "province"), ("90%", "country"), ("80%", "subunit")):
        ctx, start, pos = at(body, figure)
        assert scope_of(ctx, start, pos)[0] == kind
    ctx, start, pos = at("Tỷ lệ hộ nghèo còn 2%.", "2%")
    assert scope_of(ctx, start, pos)[0] == "district"


def test_a_yardstick_owns_only_a_figure_bracketed_right_after_it():
    ctx, start, pos = at("Tỷ lệ này cao hơn bình quân toàn tỉnh (88,7%).", "88,7%")
    assert scope_of(ctx, start, pos)[0] == "province"
    ctx, start, pos = at("Tỷ lệ đạt 93%, cao hơn bình quân toàn tỉnh.", "93%")
    assert scope_of(ctx, start, pos)[0] == "district"


def test_place_of_keeps_the_province_and_skips_others_with_a_warning():
    ctx, start, pos = at("Toàn tỉnh đạt 95%.", "95%")
    province = place_of(ctx, start, pos, "95%")
    assert province.place_type == "province" and province.province_code == ctx.unit.province_code
    ctx, start, pos = at("Cả nước đạt 90%.", "90%")
    assert place_of(ctx, start, pos, "90%") is False
    assert ctx.warnings == ["figure about the country, not the document's place, skipped: '90%'"]
    ctx, start, pos = at("Tỷ lệ hộ nghèo còn 2%.", "2%")
    assert place_of(ctx, start, pos, "2%") is None   # the document's own unit


def test_toan_thanh_pho_is_the_province_only_in_a_district_of_a_centrally_run_city():
    hai_phong = context_of("Năm 2023, huyện An Lão (thành phố Hải Phòng) đạt nhiều kết quả. ")
    assert hai_phong.unit is not None and city_means_province(hai_phong.unit)
    assert not city_means_province(context_of(LEAD).unit)
    assert not city_means_province(None)
