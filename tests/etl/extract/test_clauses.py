"""etl/extract/clauses.py: the spans a reading has claimed (Taken) answer overlap questions like a scan would; the
words every match of a pattern holds (required_words) are held by every match, so scanning skips only texts
without a match."""
import random
import re
from pathlib import Path

from etl import lexicon as lx
from etl.extract.clauses import Taken, numeric_spans, required_words, scan
from etl.read import read_document

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "unseen"


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


def test_required_words_of_a_sequence_are_its_longest_literal_run():
    assert required_words(re.compile(r"(?P<n>\d+)\s+chỉ\s+tiêu")) == ("tiêu",)
    assert required_words(re.compile(r"sản\s+lượng\s+(?:lúa)?")) == ("lượng",)


def test_a_branch_requires_one_word_of_each_alternative_and_an_optional_part_none():
    assert required_words(re.compile(r"\d+\s+(?:hộ\s+nghèo|cận\s+nghèo)")) == ("nghèo",)
    assert required_words(re.compile(r"(?:tăng|giảm)\s+\d")) == ("giảm", "tăng")
    assert required_words(re.compile(r"\d+(?:\s+tỷ\s+đồng)?")) is None
    assert required_words(re.compile(r"(?:ab)+cd?")) == ("ab",)


def test_no_words_when_case_is_ignored_or_a_word_would_be_one_letter():
    assert required_words(re.compile(r"chỉ\s+tiêu", re.IGNORECASE)) is None
    assert required_words(re.compile(r"(?i:chỉ)\s+tiêu")) == ("tiêu",)
    assert required_words(re.compile(r"a|bc")) is None
    assert required_words(re.compile(r"[xy]\d")) is None


def _lexicon_patterns() -> list[re.Pattern]:
    patterns = [value for value in vars(lx).values() if isinstance(value, re.Pattern)]
    patterns += [kw.regex for kw in lx.KEYWORDS] + list(lx.TARGETS_RES)
    return [p for p in patterns if isinstance(p.pattern, str)]


def test_every_match_of_a_lexicon_pattern_in_the_fixtures_holds_one_of_its_required_words():
    texts = [lx.lower_same_length(lx.fold_spelling(read_document(path).text))
             for path in sorted(UNSEEN.glob("*.txt")) + sorted(UNSEEN.glob("*.html"))]
    checked = 0
    for rx in _lexicon_patterns():
        words = required_words(rx)
        if not words:
            continue
        for text in texts:
            for m in rx.finditer(text):
                assert any(w in m.group() for w in words), (rx.pattern, m.group(), words)
                checked += 1
    assert checked > 500


def test_scan_finds_what_a_scan_without_the_word_test_finds():
    text = ("năm 2023 toàn huyện có 12/15 xã đạt chuẩn nông thôn mới. huyện đạt 14/16 chỉ tiêu.\n"
            "thu ngân sách đạt 120 tỷ đồng.\nkhông có số nào ở đây")
    spans = numeric_spans(text)
    for rx in (lx.NTM_RE, *lx.TARGETS_RES):
        unfiltered = [m.span() for a, b in spans for m in rx.finditer(text, a, b)]
        assert [m.span() for m in scan(rx, text, spans)] == unfiltered
    assert [m.group("num") for m in scan(lx.NTM_RE, text, spans)] == ["12"]
    assert [m.group("num") for m in scan(lx.TARGETS_RES[0], text)] == ["14"]
    assert scan(lx.NTM_RE, "thu ngân sách đạt 120 tỷ đồng.", [(0, 30)]) == []
