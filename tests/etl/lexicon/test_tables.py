"""etl/lexicon/tables.py: heading words, cell bounds and count rows of report tables, through the reader that
applies them (extract/tables.py:table_facts)."""
import pytest

from etl.extract.indicator import find_keywords
from etl.extract.tables import table_facts
from etl.lexicon import matching_text
from etl.lexicon.tables import TABLE_BOUNDS, TABLE_CELL_RE, TABLE_COLUMNS
from tests.etl.extract.contexts import LEAD, context_of


def facts(table):
    ctx = context_of(LEAD + "\n" + table)
    return {(f["indicator"], f["measure"], f["period"], f["value"], f["qualifier"])
            for f in table_facts(ctx, find_keywords(ctx.folded, ctx.spans))}


@pytest.mark.parametrize("heading, role", [
    ("Chỉ tiêu", "label"), ("ĐVT", "unit"), ("So KH (%)", "share_of_plan"), ("So cùng kỳ (%)", "vs_last_year"),
    ("Kế hoạch 2024", "plan"), ("Ước TH 2023", "result"), ("Thực hiện 6 tháng đầu năm 2023", "result"),
])
def test_each_heading_has_its_role(heading, role):
    roles = [r for r, rx in TABLE_COLUMNS if rx.fullmatch(matching_text(heading))]
    assert roles[:1] == [role]


def test_cell_bounds():
    m = TABLE_CELL_RE.match("dưới 0,4")
    assert (TABLE_BOUNDS[m.group("bound")], m.group("number")) == ("under", "0,4")
    assert TABLE_CELL_RE.match("≥ 95").group("bound") == "≥" and TABLE_BOUNDS["≥"] == "over"


def test_a_bounded_cell_and_a_count_row_through_the_table_reader():
    table = ("Chỉ tiêu | ĐVT | Ước TH 2023 | Kế hoạch 2024 |\n"
             "Tỷ lệ hộ nghèo | % | 0,52 | dưới 0,4 |\n"
             "Số xã đạt chuẩn nông thôn mới | Xã | 10 | 12 |\n")
    assert facts(table) == {("poverty_rate", "level", "2023", 0.52, "estimate"),
                            ("poverty_rate", "target", "2024", 0.4, "under"),
                            ("ntm_communes", "level", "2023", 10, "estimate"),
                            ("ntm_communes", "target", "2024", 12, None)}
