"""Document text is shown as text: no view feeds it to dcc.Markdown or HTML, and the quote keeps its <mark>."""
from __future__ import annotations

from dash import dcc, html

from components.passage import passage_panel
from components.scorecard import profile_layout
from components.sources import sources_layout
from data_access import Dataset
from tests.hostile import LITERALS, PLACE, QUOTE, SOURCE_ID, hostile_tables


def walk(node):
    yield node
    children = getattr(node, "children", None)
    for child in children if isinstance(children, (list, tuple)) else [children]:
        if child is not None:
            yield from walk(child)


def text_of(node) -> str:
    """The text a browser shows for a component tree (string children in order)."""
    return "".join(n for n in walk(node) if isinstance(n, str))


def hostile_dataset(sample_tables) -> Dataset:
    facts, documents, report = sample_tables
    facts, documents = hostile_tables(facts, documents)
    return Dataset.from_frames(facts, documents, report)


def assert_shown_literally(layout):
    assert not [n for n in walk(layout) if isinstance(n, dcc.Markdown)], "document text went through Markdown"
    shown = text_of(layout)
    marks = [text_of(n) for n in walk(layout) if isinstance(n, html.Mark)]
    assert QUOTE in marks
    return shown


def test_sources_view_shows_markup_in_a_document_as_text(sample_tables):
    ds = hostile_dataset(sample_tables)
    layout = sources_layout(ds.documents, ds.facts, ds.report, lang="vi", place_ids=[PLACE["place_id"]])
    shown = assert_shown_literally(layout)
    excerpt = shown[shown.index("Năm 2023"):]
    assert excerpt.startswith(f"Năm 2023, {QUOTE} **so với** <b>kế hoạch</b>")


def test_the_passage_dialog_shows_markup_as_text(sample_tables):
    ds = hostile_dataset(sample_tables)
    fact = ds.facts[ds.facts["source_id"] == SOURCE_ID].iloc[0].to_dict()
    shown = assert_shown_literally(passage_panel(fact, ds.documents_by_id[SOURCE_ID], lang="vi"))
    for literal in LITERALS:
        assert literal in shown


def test_the_district_profile_is_a_table_of_components_with_every_figure(sample_tables):
    ds = hostile_dataset(sample_tables)
    layout = profile_layout(ds.facts_by_place[PLACE["place_id"]], ds.documents_by_id, place_id=PLACE["place_id"],
                            place_name=PLACE["place_name"], lang="vi")
    assert_shown_literally(layout)
    table = next(n for n in walk(layout) if getattr(n, "id", None) == "profile-table")
    rows = [n for n in walk(table) if isinstance(n, html.Tr)]
    assert len(rows) == 1 + 1          # header + the one figure
    tran_de = ds.facts[ds.facts["place_id"] == "soc-trang/huyen-tran-de"]
    layout = profile_layout(tran_de, ds.documents_by_id, place_id="soc-trang/huyen-tran-de",
                            place_name="Huyện Trần Đề", lang="vi")
    rows = [n for n in walk(layout) if isinstance(n, html.Tr)]
    assert len(rows) == 1 + len(tran_de)


def test_compare_value_links_stay_one_html_block_whatever_a_name_holds():
    """The value list is one escaped HTML string (700 districts): a line break in a name would end Markdown's
    HTML block and let the rest be read as Markdown."""
    from types import SimpleNamespace

    from components.compare import value_links

    name = "Huyện X\r\r![ảnh](http://127.0.0.1:9/b.png)\n\n<b>y</b>"
    spec = SimpleNamespace(figure={"data": [{"y": [name], "customdata": [["1,5 %", "f1"]]}]})
    markup = next(n for n in walk(value_links(spec, lang="vi")) if isinstance(n, dcc.Markdown)).children
    assert not set(markup) & set("\r\n\u2028\u2029\x0b\x0c\x85")
    assert "&lt;b&gt;y&lt;/b&gt;" in markup and "<b>" not in markup
