"""etl/extract/tables.py: a report table is read by its column headings; prose ends the table."""
from etl.extract.indicator import find_keywords
from etl.extract.tables import in_table, table_facts
from tests.etl.extract.contexts import LEAD, context_of

TABLE = ("Chỉ tiêu | ĐVT | Kế hoạch 2023 | Ước TH 2023 | So KH (%) |\n"
         "Thu ngân sách trên địa bàn | Tỷ đồng | 1.000 | 950 | 95 |\n")


def read(body):
    text = LEAD + "\n" + body
    ctx = context_of(text)
    return text, ctx, table_facts(ctx, find_keywords(ctx.folded, ctx.spans))


def test_each_column_gives_its_measure():
    text, _, facts = read(TABLE)
    got = {(f["indicator"], f["measure"], f["value"], f["qualifier"]) for f in facts}
    assert got == {("budget_revenue", "target", 1000, None), ("budget_revenue", "level", 950, "estimate"),
                   ("budget_revenue", "pct_of_target", 95, "estimate")}
    assert all(text[f["char_start"]:f["char_end"]] == f["quote"] for f in facts)


def test_rows_after_prose_belong_to_no_table_and_in_table_knows_the_rows():
    text, ctx, facts = read(TABLE + "Nhìn chung các chỉ tiêu đạt khá.\n"
                            "Tỷ lệ hộ nghèo | % | 1 | 0,9 | 90 |\n")
    assert {f["indicator"] for f in facts} == {"budget_revenue"}
    assert in_table(ctx, text.index("950")) and not in_table(ctx, text.index("Nhìn chung"))


def test_no_pipe_no_table():
    assert read("Thu ngân sách đạt 950 tỷ đồng.")[2] == []
