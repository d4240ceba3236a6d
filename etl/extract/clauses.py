"""Where the words about a figure are: clauses, sentences, list items and the line that frames them, and the
sentences that hold a digit (the only places a figure can be).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..regex_words import required_words


# A colon ends a clause unless a figure follows it: "Tổng thu ngân sách: 185,4 tỷ đồng" is one statement.
# "Tỷ lệ dân số tham gia BHYT: ước thực hiện 83%": nor when an estimated figure follows it.
_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)|:(?=\s|$)(?!\s*(?:[Ưư]ớc(?:\s+(?:thực\s+hiện|đạt|tính))?\s+)?\d)|\n"
                         r"|[“”\"]\s*(?=[A-ZĐ])")


def clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _CLAUSE_END.finditer(text):
        if m.end() - start > 1:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)")


def sentence_ends(text: str) -> list[int]:
    """Offsets right after every sentence-ending mark of `text`, in order (for sentence_start)."""
    return [m.end() for m in _SENTENCE_END_RE.finditer(text)]


def sentence_start(text: str, pos: int, ends: list[int] | None = None) -> int:
    """Start of the sentence holding `pos`: after the last '.', '!' or '?' of its paragraph before it.
    `ends` (sentence_ends(text)) saves rescanning the paragraph for every figure."""
    base = paragraph_start(text, pos)
    if ends is None:
        found = [m.end() for m in _SENTENCE_END_RE.finditer(text[base:pos])]
        return base + found[-1] if found else base
    i = bisect.bisect_left(ends, pos) - 1
    return ends[i] if i >= 0 and ends[i] > base else base


@dataclass(frozen=True)
class Statement:
    """Where the words about a figure are: its own sentence or list item, and the sentence that frames it.

    For a list item ("- Thu nhập bình quân đầu người đạt 51 triệu đồng.") the frame is the line that
    introduces the list ("Các chỉ tiêu chủ yếu năm 2023:"); for a sentence, its first clause ("Năm 2023,
    huyện đặt mục tiêu …; …").
    """

    start: int          # the figure's own sentence or list item
    head_start: int     # the framing sentence
    head_end: int
    block_start: int    # where a framing year of the paragraph is sought


_BULLET_RE = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))[ \t]+")
# ';', ':', '.', '!' or '?' before white space or the end, or a line break. (One character class first, the line
# break told apart after it: a pattern that opens with a class lets the regex engine skip to candidates in C.)
_HEAD_END_RE = re.compile(r"[;:.!?\n](?:(?<=\n)|(?=\s|$))")


def is_intro_line(line: str) -> bool:
    stripped = line.strip()
    return stripped.endswith(":") or stripped.startswith("#")


def _list_intro(text: str, line_start: int) -> tuple[int, int] | None:
    """(start, end) of the line that introduces the list item starting at `line_start`: one ending with ':', or a
    Markdown heading ("## Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025")."""
    end = line_start - 1
    for _ in range(60):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _BULLET_RE.match(line):
            stripped = line.rstrip()
            return (start, start + len(stripped)) if is_intro_line(stripped) else None
        end = start - 1
    return None


def statement_of(text: str, pos: int, ends: list[int] | None = None) -> Statement:
    line_start = paragraph_start(text, pos)
    s_start = sentence_start(text, pos, ends)
    bullet = _BULLET_RE.match(text, line_start)
    if bullet and s_start <= bullet.end():   # "2. Thu nhập …": the number's dot ends no sentence
        intro = _list_intro(text, line_start)
        if intro:
            head_start = sentence_start(text, intro[1], ends)
            return Statement(bullet.end(), head_start, intro[1], intro[0])
    head_end = _HEAD_END_RE.search(text, s_start)
    return Statement(s_start, s_start, head_end.start() if head_end else len(text), line_start)


def own_and_frame(st: Statement, pos: int) -> list[tuple[int, int]]:
    """The figure's own words before it, then its frame when that is elsewhere."""
    own = [(st.start, pos)]
    return own if st.head_start == st.start else own + [(st.head_start, st.head_end)]


_DIGIT_RE = re.compile(r"\d")
# The end of a sentence ('.', '!' or '?' before white space) or of a line; one character class first, as in
# _HEAD_END_RE.
SENTENCE_OR_LINE_END_RE = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s))")


def numeric_spans(text: str) -> list[tuple[int, int]]:
    """Sentences holding a digit: the only places a figure can be, so quantities are sought there alone (speed).

    A sentence runs to a '.', '!' or '?' before white space, or to the end of its line; adjacent ones merge.
    """
    bounds = [m.end() for m in SENTENCE_OR_LINE_END_RE.finditer(text)]
    spans: list[tuple[int, int]] = []
    pos = 0
    while (digit := _DIGIT_RE.search(text, pos)) is not None:
        i = bisect.bisect_right(bounds, digit.start())
        start = bounds[i - 1] if i else 0
        end = bounds[i] if i < len(bounds) else len(text)
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        pos = end
    return spans


def scan(rx: re.Pattern, text: str, spans: list[tuple[int, int]] | None = None) -> list[re.Match]:
    """Matches of `rx` in `text`, or only inside `spans` (the sentences holding a digit: a phrase that names a
    figure shares its sentence with it, and most of a report is prose without one). A list, not a generator:
    this runs for every pattern over every span, and a comprehension costs a third of the generator's frames. Most
    spans hold no match: a span without any of the words every match holds (required_words) is skipped unsearched,
    and one search says so more cheaply than setting up an iterator over the span."""
    if spans is None:
        return list(rx.finditer(text))
    search, finditer, find = rx.search, rx.finditer, text.find
    words = required_words(rx)
    if len(words) == 1:
        word = words[0]
        return [m for a, b in spans if find(word, a, b) != -1 and search(text, a, b) is not None
                for m in finditer(text, a, b)]
    if words:
        return [m for a, b in spans if any(find(w, a, b) != -1 for w in words) and search(text, a, b) is not None
                for m in finditer(text, a, b)]
    return [m for a, b in spans if search(text, a, b) is not None for m in finditer(text, a, b)]




class Taken:
    """Disjoint spans a reading has already claimed, kept sorted, so that asking whether a match overlaps one of them
    costs a bisection instead of a scan of all (which made long reports quadratic)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._ends, start)   # the first span ending after `start`
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
