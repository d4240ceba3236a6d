"""Which page of a PDF a quote is on, from the documents table's `page_starts` (the offset where each page begins)."""
from __future__ import annotations

from bisect import bisect_right


def page_at(page_starts, offset) -> int | None:
    """The 1-based page of a character offset of a document's text; None for a document without pages (or a
    missing offset). `page_starts` may be any sequence of ints (a list, a tuple, a Parquet column's array)."""
    if page_starts is None or len(page_starts) == 0 or offset is None:
        return None
    try:
        position = int(offset)
    except (TypeError, ValueError):
        return None
    return max(1, bisect_right([int(start) for start in page_starts], position))
