"""Readers for the binary formats analysts receive (.docx, .pdf, scanned .pdf, .png/.jpg).

Each reader turns a file's bytes into raw text in reading order, one paragraph per line, table rows as cells
joined by etl.read.CELL_SEPARATOR, and PAGE_MARK where a page begins (paged formats only). etl/read.py then
normalises that text exactly as it does for .txt, so offsets, quotes and the documents table work the same
for every format. A reader raises ReadError with the reason shown to the analyst; it never returns garbage.
"""
from __future__ import annotations

CELL_SEPARATOR = " | "   # the separator the extractor's table reading knows; etl.read re-exports it
# Private-use character marking where a page begins; etl.read removes it and records the offset instead.
PAGE_MARK = "\ue000"


class ReadError(ValueError):
    """The file cannot be turned into trustworthy text; the message is the reason shown to the analyst."""
