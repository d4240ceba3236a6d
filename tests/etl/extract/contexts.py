"""A document's extraction Context from a short paraphrased text, built the way extract_document builds it, for
the tests of the readers that take one (etl/extract/*)."""
from etl import lexicon as lx
from etl.extract.clauses import numeric_spans, sentence_ends
from etl.extract.context import Context
from etl.extract.place import city_means_province
from etl.periods import document_period
from etl.places import detect_place

LEAD = "Huyện ủy Vân Đồn tổng kết năm 2023. Năm 2023, huyện Vân Đồn (tỉnh Quảng Ninh) đạt nhiều kết quả. "


def context_of(text: str) -> Context:
    folded = lx.fold_spelling(text)
    low = lx.lower_same_length(folded)
    period = document_period(folded, title=None, published_year=None, as_of=None)
    place = detect_place(folded, title=None, year=period.end_year if period else None)
    ctx = Context(text=text, folded=low, unit=place.unit, doc_period=period, warnings=[],
                  city_is_province=city_means_province(place.unit), ends=sentence_ends(text))
    ctx.spans = numeric_spans(low)
    return ctx
