"""etl/extract/clauses.py: the spans a reading has claimed (Taken) answer overlap questions like a scan would."""
import random

from etl.extract.clauses import Taken


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
