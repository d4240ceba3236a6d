"""etl/extract/counts.py: x/y counts and counts said as whole sentences become facts with their denominator."""
from etl.extract.counts import count_facts
from tests.etl.extract.contexts import LEAD, context_of


def facts_of(body):
    text = LEAD + body
    found = count_facts(context_of(text))
    for f in found:
        assert text[f["char_start"]:f["char_end"]] == f["quote"]
    return found


def test_targets_met_of_a_set_with_the_quote_holding_the_count():
    [fact] = facts_of("Năm 2023 huyện đạt và vượt 17/18 chỉ tiêu.")
    assert (fact["indicator"], fact["measure"], fact["value"], fact["denominator"]) == ("targets_met", "level", 17, 18)
    assert "17/18" in fact["quote"]


def test_new_rural_communes_named_in_the_sentence():
    [fact] = facts_of("Có 2 xã Tân An và Tân Lập được công nhận đạt chuẩn nông thôn mới.")
    assert (fact["indicator"], fact["value"], fact["denominator"]) == ("ntm_communes", 2, None)


def test_no_count_in_a_sentence_of_amounts():
    assert facts_of("Thu ngân sách đạt 797 tỷ đồng, tăng 5%.") == []
