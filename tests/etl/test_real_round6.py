"""Language classes found on a sixth held-out set of real district reports (paraphrased sentences, not copies)."""
from tests.etl.extract_helpers import facts_after, pick

LEAD = "Huyện Phú Ninh, tỉnh Quảng Nam tổng kết năm 2020.\n"


def facts(body: str, lead: str = LEAD):
    return facts_after(lead, body)


def test_a_sector_named_in_a_trong_do_sentence_never_beats_the_whole_before_it():
    body = ("Tổng giá trị sản xuất của huyện ước đạt 5.100 tỷ đồng, tăng 9% so với cùng kỳ. Trong đó, ngành nông "
            "nghiệp do thời tiết bất lợi nên tổng giá trị sản xuất chỉ đạt 1.200,5 tỷ đồng; dịch vụ đạt 900 tỷ đồng.")
    found = facts(body)
    assert [f["value"] for f in pick(found, "production_value", "level")] == [5100]

