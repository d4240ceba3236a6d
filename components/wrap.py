"""Line breaking of labels (chart titles, gauge and bullet labels, scorecard rows, image and slide text): one rule.

A line breaks at a space between words, never inside a Vietnamese word of several syllables ("xã hội",
"bảo hiểm y tế", "nông thôn mới"; the words are in components/vi_words.py) unless that word alone is wider than
a line, when it breaks between its syllables. English words have one "syllable" each, so English text wraps as
usual. Width is in characters by default; `measure` gives another (pixels, for the exports).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable

from components.vi_words import LONGEST, WORDS

_PUNCT = "()[]{}.,;:!?\"'“”‘’«»…–—-/·"
_STOPS = ".,;:!?)]}…–—·"      # a word never runs on past a syllable that ends with one of these
_OPENS = ("(", "[", "{", "“", "\"", "‘")   # nor into one that starts with one of these


def _key(syllable: str) -> str:
    return unicodedata.normalize("NFC", syllable).strip(_PUNCT).lower()


def word_units(text: str, *, longest: int = LONGEST) -> list[str]:
    """The text's words in order, each a string of its syllables joined by single spaces: 'Tổng vốn đầu tư toàn
    xã hội' → ['Tổng', 'vốn đầu tư', 'toàn xã hội'] (the longest listed word of at most `longest` syllables at
    each position)."""
    syllables = str(text).split()
    units: list[str] = []
    i = 0
    while i < len(syllables):
        size = 1
        for n in range(min(longest, len(syllables) - i), 1, -1):
            part = syllables[i:i + n]
            if any(s.endswith(tuple(_STOPS)) for s in part[:-1]) or any(s.startswith(_OPENS) for s in part[1:]):
                continue
            if " ".join(_key(s) for s in part) in WORDS:
                size = n
                break
        units.append(" ".join(syllables[i:i + size]))
        i += size
    return units


def wrap_lines(text: str, width: float, *, measure: Callable[[str], float] = len) -> list[str]:
    """Greedy lines of at most `width` (measured by `measure`): breaks between words; a word wider than a whole
    line is broken into the shorter words it is made of, at last between its syllables; a single syllable wider than a line stands alone on its line."""
    lines: list[str] = []
    line = ""
    for unit in word_units(text):
        for piece in _pieces(unit, width, measure):
            candidate = f"{line} {piece}" if line else piece
            if line and measure(candidate) > width:
                lines.append(line)
                line = piece
            else:
                line = candidate
    if line:
        lines.append(line)
    return lines


def _pieces(unit: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """A word as one piece when it fits a line, else the shorter words it is made of ('bảo hiểm y tế' → 'bảo
    hiểm', 'y tế'), down to single syllables."""
    n = unit.count(" ") + 1
    if n == 1 or measure(unit) <= width:
        return [unit]
    return [p for part in word_units(unit, longest=n - 1) for p in _pieces(part, width, measure)]


def wrap_html(text: str, width: int, *, max_lines: int | None = None) -> str:
    """The text wrapped to `width` characters with <br> between lines (Plotly titles, annotations, tick labels);
    at most `max_lines` lines when given."""
    lines = wrap_lines(text, width)
    if max_lines is not None:
        lines = lines[:max_lines]
    return "<br>".join(lines) or str(text)
