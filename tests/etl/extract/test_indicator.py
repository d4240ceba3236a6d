"""etl/extract/indicator.py: the indicator phrases of a text, labels after a figure, per-hectare forms."""
from etl import lexicon as lx
from etl.extract.indicator import KeywordHit, find_keywords, per_area_forms, post_label
from etl.extract.quantities import find_quantities


def low(text):
    return lx.lower_same_length(lx.fold_spelling(text))


def named(text):
    folded = low(text)
    return [(h.indicator, folded[h.start:h.end], h.growth) for h in find_keywords(folded)]


def test_the_longest_phrase_wins_and_swallows_the_phrases_inside_it():
    assert named("Tỷ lệ hộ nghèo và hộ cận nghèo còn 3,1%.") == [
        ("poor_near_poor_rate", "tỷ lệ hộ nghèo và hộ cận nghèo", False)]


def test_a_leading_modifier_joins_the_phrase():
    [(indicator, phrase, _)] = named("Tổng thu ngân sách đạt 797 tỷ đồng.")
    assert indicator == "budget_revenue" and phrase.startswith("tổng thu ngân sách")


def test_a_growth_phrase_running_into_another_quantity_is_its_growth():
    [(indicator, phrase, growth)] = named("Tốc độ tăng thu ngân sách đạt 12%.")
    assert indicator == "budget_revenue" and growth and phrase.startswith("tốc độ tăng")


def test_quantities_outside_the_catalogue_are_named_with_no_indicator():
    assert named("Diện tích lúa 5.000 ha.")[0][0] == ""
    assert named("Hôm nay trời đẹp.") == []


def test_a_production_value_per_hectare_is_output_per_ha():
    text = low("Giá trị sản xuất đạt 135,6 triệu đồng/ha.")
    kws = find_keywords(text)
    assert [k.indicator for k in per_area_forms(kws, find_quantities(text, 0, len(text)), text)] == ["output_per_ha"]
    plain = low("Giá trị sản xuất đạt 8.100 tỷ đồng.")
    assert [k.indicator for k in per_area_forms(find_keywords(plain), find_quantities(plain, 0, len(plain)),
                                                plain)] == ["production_value"]


def test_a_rate_named_after_its_number():
    text = low("còn 2,8% hộ cận nghèo")
    [q] = find_quantities(text, 0, len(text))
    indicator, end, skip = post_label(q, text[q.end:], [])
    assert (indicator, text[q.start:end], skip) == ("near_poverty_rate", "2,8% hộ cận nghèo", False)
    other = low("48% hộ có mức sống trung bình")
    [q] = find_quantities(other, 0, len(other))
    assert post_label(q, other[q.end:], []) == (None, q.end, True)
    money = low("đạt 5 tỷ đồng hộ nghèo")
    [q] = find_quantities(money, 0, len(money))
    assert post_label(q, money[q.end:], [KeywordHit(0, 1, "poverty_rate", False)]) == (None, q.end, False)
