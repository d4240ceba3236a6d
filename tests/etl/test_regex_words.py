"""etl/regex_words.py: the words a pattern requires are in every one of its matches, so text without them is
skipped without missing one; case-blind patterns are tested on the lower-cased text."""
import re
from pathlib import Path

from etl import lexicon as lx
from etl.regex_words import may_match, required_words


def test_required_words_are_read_from_the_pattern():
    assert required_words(re.compile(r"tỷ\s+lệ\s+hộ\s+nghèo")) == ("nghèo",)
    assert set(required_words(re.compile(r"(?:vốn|kinh phí)\s+đầu tư|tổng\s+vốn"))) == {"đầu tư", "tổng"}
    assert required_words(re.compile(r"(?:ab)?c")) == ("c",)          # an optional part requires nothing
    assert required_words(re.compile(r"(?:ab)+")) == ("ab",)          # a repeated one at least once
    assert required_words(re.compile(r"abc|\d+")) == ()              # an alternative without a literal
    assert required_words(re.compile(r"hộ nghèo", re.IGNORECASE)) == ()  # case-blind: see may_match


def test_a_case_blind_pattern_is_tested_on_the_lower_case():
    quarter = re.compile(r"\bquý\s+(?:I|II)\b", re.IGNORECASE)
    assert may_match(quarter, "Trong QUÝ II") and not may_match(quarter, "Trong năm")
    # letters the regex engine matches beyond their two cases ("ſ" for s) are never taken as required
    assert may_match(re.compile(r"sơ kết", re.IGNORECASE), "ſơ kết")


def test_every_match_of_the_lexicon_patterns_holds_a_required_word():
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    patterns = [k.regex for k in lx.KEYWORDS] + list(lx.TARGETS_RES) + [lx.NTM_RE, lx.WHOLE_UNIT_RE, lx.UNIT_WORD_RE]
    checked = 0
    for text in texts:
        folded = lx.matching_text(text)
        for rx in patterns:
            for m in rx.finditer(folded):
                checked += 1
                assert may_match(rx, m.group()), (rx.pattern[:60], m.group())
    assert checked > 50
