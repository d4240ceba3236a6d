"""etl/lexicon/counts.py: counts said as whole sentences, each shape checked on a paraphrase through the extractor
that reads it (extract/counts.py via extract_document)."""
import pytest

from etl.extract import extract_document
from tests.etl.extract.contexts import LEAD


def counts(body):
    return [(f["indicator"], f["value"], f["denominator"], f["unit"])
            for f in extract_document(LEAD + body, source_id="t").facts]


@pytest.mark.parametrize("body, expected", [
    ("Năm 2023 huyện đạt và vượt 17/18 chỉ tiêu.", ("targets_met", 17.0, 18.0, "targets")),
    ("Trong 20 chỉ tiêu Nghị quyết đề ra, có 18 chỉ tiêu đạt và vượt.", ("targets_met", 18.0, 20.0, "targets")),
    # TARGETS_MISSED_OF_RE: the targets met are the rest of the whole
    ("Còn 2/27 chỉ tiêu chưa đạt.", ("targets_met", 25.0, 27.0, "targets")),
    ("Trong tổng số 28 chỉ tiêu, có 17 chỉ tiêu vượt, 10 chỉ tiêu đạt kế hoạch đề ra.",
     ("targets_met", 27.0, 28.0, "targets")),
    ("Đến nay có 12/15 xã đạt chuẩn nông thôn mới.", ("ntm_communes", 12.0, 15.0, "communes")),
    ("Có 3 xã đạt chuẩn nông thôn mới nâng cao.", ("ntm_advanced_communes", 3.0, None, "communes")),
    ("Thành lập mới 45 doanh nghiệp.", ("new_enterprises", 45.0, None, "enterprises")),
    ("Kết nạp 120 đảng viên mới.", ("new_party_members", 120.0, None, "members")),
])
def test_each_count_shape(body, expected):
    assert counts(body) == [expected]


def test_targets_not_met_are_not_targets_met():
    assert not [c for c in counts("Có 3 chỉ tiêu chưa đạt.") if c[0] == "targets_met" and c[1] == 3.0]
