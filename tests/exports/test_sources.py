"""exports/sources.py: which documents a chart cites, and the citations in footers and READMEs."""
import pandas as pd

from components.chart_spec import ChartSpec
from exports.sources import full_citation, short_citation, source_lookup, source_rows, spec_source_ids

DOCS = pd.DataFrame([
    {"source_id": "s1", "title": "Báo cáo KT-XH năm 2023", "published": "2024-01-15", "place_name": "Huyện Trà Cú",
     "file_name": "001_tra_cu.txt"},
    {"source_id": "s2", "title": None, "published": None, "place_name": None, "file_name": "002_x.pdf"},
])


def spec(source_ids=(), rows=()):
    return ChartSpec("c", "t", "s", figure=None, data=pd.DataFrame(list(rows)), source_ids=list(source_ids))


def test_source_ids_of_the_spec_else_of_its_rows_distinct_in_order():
    assert spec_source_ids(spec(["s2", "s1", "s2"])) == ["s2", "s1"]
    rows = [{"source_id": "s1"}, {"source_id": None}, {"source_id": "s3"}, {"source_id": "s1"}]
    assert spec_source_ids(spec(rows=rows)) == ["s1", "s3"]
    assert spec_source_ids(data=pd.DataFrame(rows)) == ["s1", "s3"]
    assert spec_source_ids(spec(rows=[{"x": 1}])) == []


def test_source_rows_come_from_the_documents_table_or_carry_the_bare_id():
    rows = source_rows(["s1", "zz"], DOCS)
    assert rows[0]["title"] == "Báo cáo KT-XH năm 2023"
    assert rows[1] == {"source_id": "zz"}
    assert source_rows(["s1"], None) == [{"source_id": "s1"}]


def test_short_citation_for_footers():
    s1, s2 = source_rows(["s1", "s2"], DOCS)
    assert short_citation(s1) == "Báo cáo KT-XH năm 2023 (Trà Cú, 2024-01-15)"
    assert short_citation(s2) == "002_x.pdf"
    assert short_citation({"source_id": "s9"}) == "s9"


def test_full_citation_for_readmes_in_the_readers_language():
    s1, s2 = source_rows(["s1", "s2"], DOCS)
    assert full_citation(s1, "en") == ("“Báo cáo KT-XH năm 2023”. Huyện Trà Cú. published 2024-01-15. "
                                       "file: 001_tra_cu.txt (id s1).")
    assert full_citation(s2, "en") == "“s2”. published date not stated. file: 002_x.pdf (id s2)."
    assert full_citation(s1, "vi") != full_citation(s1, "en")


def test_source_lookup_by_id():
    assert set(source_lookup(DOCS)) == {"s1", "s2"}
    assert source_lookup(None) == {} and source_lookup(pd.DataFrame({"x": [1]})) == {}
