"""etl/extract/clauses.py: the spans a reading has claimed (Taken) answer overlap questions like a scan would; the
spans a scan skips for lacking the words its pattern requires hold no match."""
import random

from etl import lexicon as lx
from etl.extract.clauses import Taken, numeric_spans, scan


def test_taken_answers_as_a_scan_of_all_spans_does():
    rng = random.Random(5)
    taken, spans = Taken(), []
    for _ in range(400):
        start = rng.randrange(0, 5000)
        end = start + rng.randrange(1, 40)
        scanned = any(start < b and end > a for a, b in spans)
        assert taken.overlaps(start, end) == scanned
        if not scanned:
            taken.add(start, end)
            spans.append((start, end))
    assert len(spans) > 50


def test_touching_spans_do_not_overlap():
    taken = Taken()
    taken.add(10, 20)
    assert not taken.overlaps(0, 10) and not taken.overlaps(20, 30) and taken.overlaps(19, 21)


def test_a_scan_skipping_spans_without_the_required_words_finds_every_match():
    text = lx.matching_text("Tỷ lệ hộ nghèo còn 2,1%. Không có số.\nTỷ lệ hộ cận nghèo 3%; hộ nghèo giảm 1%.\n")
    spans = numeric_spans(text)
    for kw in lx.KEYWORDS:
        everywhere = [(m.start(), m.end()) for a, b in spans for m in kw.regex.finditer(text, a, b)]
        assert [(m.start(), m.end()) for m in scan(kw.regex, text, spans)] == everywhere
