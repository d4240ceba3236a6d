"""etl/extract/conflicts.py: a part stated after "trong đó" gives way to its whole, except revenue collected in the
district, which is what budget_revenue holds."""
from etl.extract.conflicts import PART_KEY, collected_over_all_sources, names_a_part, part_of_the_whole_before
from tests.etl.extract.contexts import LEAD, context_of


def revenue(quote, *, part, value):
    return {"indicator": "budget_revenue", "place_id": "p", "period": "2023", "measure": "level", "value": value,
            "quote": quote, PART_KEY: part}


def test_after_trong_do_a_noun_names_a_part_but_filler_words_do_not():
    text = "thu ngân sách đạt 1.865 tỷ đồng, trong đó thu tiền sử dụng đất 1.210 tỷ đồng"
    assert names_a_part(text, 0, text.index("1.210"))
    filler = "tổng thu 900 tỷ đồng, trong đó đạt 300 tỷ đồng"
    assert not names_a_part(filler, 0, filler.index("300"))
    assert not names_a_part("tổng thu đạt 900 tỷ đồng", 0, 20)


def test_revenue_collected_in_the_district_wins_over_the_whole_with_transfers():
    whole = revenue("Tổng thu ngân sách nhà nước 797 tỷ đồng", part=False, value=797)
    part = revenue("thu nội địa 38 tỷ đồng", part=True, value=38)
    collected_over_all_sources([whole, part])
    assert part[PART_KEY] is False and whole[PART_KEY] is True


def test_a_whole_itself_collected_in_the_district_stays_the_figure():
    whole = revenue("Tổng thu ngân sách trên địa bàn 797 tỷ đồng", part=False, value=797)
    part = revenue("thu nội địa 38 tỷ đồng", part=True, value=38)
    collected_over_all_sources([whole, part])
    assert part[PART_KEY] is True and whole[PART_KEY] is False


def test_other_indicators_and_other_periods_are_left_alone():
    other = {**revenue("thu nội địa 38 tỷ đồng", part=True, value=38), "indicator": "investment"}
    whole = {**revenue("Tổng thu 797 tỷ đồng", part=False, value=797), "period": "2022"}
    part = revenue("thu nội địa 38 tỷ đồng", part=True, value=38)
    collected_over_all_sources([other, whole, part])
    assert other[PART_KEY] is True and part[PART_KEY] is True and whole[PART_KEY] is False


def test_a_trong_do_sentence_lists_parts_of_the_whole_stated_just_before():
    text = LEAD + ("Tổng giá trị sản xuất ước đạt 9.380 tỷ đồng. Trong đó, giá trị sản xuất nông nghiệp đạt "
                   "2.257 tỷ đồng. Thu nhập bình quân đạt 60 triệu đồng.")
    ctx = context_of(text)
    assert part_of_the_whole_before(ctx, text.index("2.257"), "production_value")
    assert not part_of_the_whole_before(ctx, text.index("2.257"), "budget_revenue")
    assert not part_of_the_whole_before(ctx, text.index("60 triệu"), "income_per_capita")
