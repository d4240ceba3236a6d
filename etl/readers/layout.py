"""Positioned lines of a page (from a PDF's text layer or from OCR) → paragraphs in reading order.

A page gives lines with their boxes; the prose inside them is hard-wrapped at the page's right margin. Lines
are joined back into paragraphs by geometry, not by guessing from words: a line continues the previous one
when it follows at normal line spacing, is not indented as a new paragraph, and the previous line ran to the
right margin (it wrapped). A word broken by a hyphen at the margin ("phát tri-" + "ển") is rejoined without
the hyphen; a dash after a space ("kinh tế -" + "xã hội") stays. Lines that repeat in the top or bottom band
of most pages (running headers, footers) and page numbers are dropped.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from etl.readers import CELL_SEPARATOR, PAGE_MARK

MARGIN_BAND = 0.09          # top/bottom share of the page height where running headers and footers live
_PAGE_NUMBER = re.compile(
    r"(?:trang|page|tr\.)?\s*[-–—(]?\s*\d{1,4}\s*(?:(?:/|của|of|trên)\s*\d{1,4})?\s*[-–—)]?", re.IGNORECASE)
_BULLET_START = re.compile(r"(?:[-–—•+*▪●○◦]|\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,4}[.)])\s", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One line of a page: its text and box (points or pixels, origin top-left)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Table:
    """A table found on a page: its rows of cell texts, and where it starts."""

    rows: tuple[tuple[str, ...], ...]
    top: float


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    lines: tuple[Line, ...]
    tables: tuple[Table, ...] = ()


@dataclass(frozen=True)
class PageText:
    """A page's paragraphs in reading order (a table is one paragraph of row lines); `open_end`: its last line
    ran to the right margin (the paragraph goes on over the page); `opens_with_table`: its first block is a table."""

    paragraphs: tuple[str, ...]
    open_end: bool
    opens_with_table: bool = False


def drop_running_lines(pages: list[Page]) -> list[Page]:
    """The pages without running headers, footers and page numbers.

    A line in the top or bottom band is running when it is a page number, or when the same words (digits
    ignored: "Trang 3", "Báo cáo số 12 - trang 4") appear in that band on at least half of the pages (two or more).
    """
    keys_per_page = [{_running_key(line) for line in page.lines if _in_band(line, page)} for page in pages]
    seen = Counter(key for keys in keys_per_page for key in keys)
    repeated = {key for key, n in seen.items() if len(pages) >= 2 and n >= max(2, len(pages) / 2)}
    kept = []
    for page in pages:
        lines = tuple(
            line for line in page.lines
            if not (_in_band(line, page) and (_PAGE_NUMBER.fullmatch(line.text.strip()) or _running_key(line) in repeated))
        )
        kept.append(Page(page.width, page.height, lines, page.tables))
    return kept


def _in_band(line: Line, page: Page) -> bool:
    return line.bottom <= page.height * MARGIN_BAND or line.top >= page.height * (1 - MARGIN_BAND)


def _running_key(line: Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text.lower().split()))


def page_paragraphs(page: Page) -> PageText:
    """Paragraphs of one page in reading order (top to bottom): lines that follow at normal spacing form one
    paragraph, wrapped lines joined, lines that did not wrap kept as lines; a table is a paragraph of row lines."""
    lines = sorted(page.lines, key=lambda line: (round(line.top), line.x0))
    if not lines and not page.tables:
        return PageText((), False, False)
    heights = [line.bottom - line.top for line in lines if line.bottom > line.top]
    height = statistics.median(heights) if heights else 10.0
    pitches = [_middle(b) - _middle(a) for a, b in zip(lines, lines[1:]) if _middle(b) - _middle(a) > 0.5 * height]
    # the usual pitch: the median of the steps close to the smallest (paragraph gaps and headings are larger)
    pitch = statistics.median([p for p in pitches if p <= 1.25 * min(pitches)]) if pitches else 1.5 * height
    left = min((line.x0 for line in lines), default=0.0)
    right = max((line.x1 for line in lines), default=page.width)
    blocks: list[tuple[float, str, bool]] = [   # (top, text, is a table)
        (table.top, "\n".join(CELL_SEPARATOR.join(row) for row in table.rows), True) for table in page.tables]
    paragraph: list[list[Line]] = []            # the paragraph's lines, each a run of wrapped page lines
    for line in lines:
        previous = paragraph[-1][-1] if paragraph else None
        if previous is not None and _same_paragraph(previous, line, height=height, pitch=pitch):
            if _continues(previous, line, height=height, left=left, right=right):
                paragraph[-1].append(line)
            else:
                paragraph.append([line])
            continue
        if paragraph:
            blocks.append(_paragraph_block(paragraph))
        paragraph = [[line]]
    open_end = False
    if paragraph:
        blocks.append(_paragraph_block(paragraph))
        open_end = paragraph[-1][-1].x1 >= right - 1.5 * height
    blocks.sort(key=lambda block: block[0])
    texts = tuple(text for _, text, _ in blocks if text.strip())
    return PageText(texts, open_end and not blocks[-1][2], bool(blocks) and blocks[0][2])


def _paragraph_block(paragraph: list[list[Line]]) -> tuple[float, str, bool]:
    return paragraph[0][0].top, "\n".join(join_lines([l.text for l in run]) for run in paragraph), False


def _middle(line: Line) -> float:
    return (line.top + line.bottom) / 2


def _same_paragraph(previous: Line, line: Line, *, height: float, pitch: float) -> bool:
    """The line follows at the page's usual line pitch (the median distance between line middles): not after a
    blank line's worth of extra space, not back up a column. Middles, not box edges: OCR boxes are the ink,
    taller on a line with tone marks over capitals or with descenders."""
    step = _middle(line) - _middle(previous)
    return -0.5 * height <= step <= 1.4 * pitch


def _continues(previous: Line, line: Line, *, height: float, left: float, right: float) -> bool:
    """Within a paragraph: the previous line wrapped at the margin and this one is no new item or indented start."""
    if line.x0 > left + 1.5 * height:                   # indented: a new paragraph (or a centred line)
        return False
    if _BULLET_START.match(line.text.lstrip()):
        return False
    return previous.x1 >= right - 2.5 * height


_HYPHENATED = re.compile(r"(?<=[^\W\d_])[-‐]$")


def join_lines(texts: list[str]) -> str:
    """Wrapped lines of one paragraph as one line: a hyphen that broke a word goes, every other break is a space."""
    out = ""
    for text in (" ".join(t.split()) for t in texts):
        if not text:
            continue
        if out and _HYPHENATED.search(out) and text[0].islower():
            out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return out


def continues_on_next_page(previous: PageText, following: PageText) -> bool:
    """A paragraph cut by a page break: the page's last line ran to the margin and the next page opens with
    neither a table nor a list item or numbered heading."""
    return bool(previous.open_end and previous.paragraphs and following.paragraphs
                and not following.opens_with_table and not _BULLET_START.match(following.paragraphs[0]))


def paged_text(pages: list[PageText]) -> str:
    """The document's raw text: its pages' paragraphs one per line with a blank line between them (as the web
    and text reports write them), PAGE_MARK where each page begins.

    A paragraph cut by a page break is joined back, with the mark inside it ("… của \\ue000 Nghị quyết …") so
    the page of every word stays known.
    """
    lines: list[str] = []
    for index, page in enumerate(pages):
        paragraphs = [paragraph.replace(PAGE_MARK, "") for paragraph in page.paragraphs]
        if index and lines and paragraphs and continues_on_next_page(pages[index - 1], page):
            if _HYPHENATED.search(lines[-1]) and paragraphs[0][:1].islower():
                lines[-1] = f"{lines[-1][:-1]}{PAGE_MARK}{paragraphs.pop(0)}"
            else:
                lines[-1] = f"{lines[-1]} {PAGE_MARK} {paragraphs.pop(0)}"
        else:
            lines.append(PAGE_MARK)
        lines.extend(paragraphs)
    return "\n\n".join(lines)
