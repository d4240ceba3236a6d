"""Counted words: '1 district', '2 districts' through the one rule of components/strings (t's '{n:one|other}');
Vietnamese nouns do not change."""
import re
import string

import pytest

from components.i18n import t
from components.strings import STRINGS, is_one

# a count then a word ending in s, or "N more …", "N of M …": a count's noun in English
COUNT_THEN_NOUN = re.compile(r"\{(\w+)\}\s+(?:more\s+|of\s+\{\w+\}\s+)?([a-z]+s)\b")
NOT_NOUNS = {"leads", "ranks", "as", "s", "has", "was"}   # "{top} leads", "{place} has", "{seconds} s" …


def _forms(text: str) -> list[tuple[str, str, str]]:
    """(field, singular, plural) of every counted word of a string."""
    return [(field, *spec.split("|", 1)) for _, field, spec, _ in string.Formatter().parse(text)
            if field and spec and "|" in spec]


COUNTED = sorted(k for k, v in STRINGS["en"].items() if _forms(v))


def test_every_count_in_english_says_its_word_through_the_plural_rule():
    bare = {k: m.group(0) for k, v in STRINGS["en"].items() for m in COUNT_THEN_NOUN.finditer(v)
            if m.group(2) not in NOT_NOUNS}
    assert not bare, f"counts whose noun is always plural ('1 districts'): {bare}"
    assert len(COUNTED) >= 40


@pytest.mark.parametrize("key", COUNTED)
@pytest.mark.parametrize("n", [1, 2])
def test_a_counted_string_with_one_and_two(key, n):
    text = STRINGS["en"][key]
    counted = {field for field, _, _ in _forms(text)}
    fields = {f: (n if f in counted else "X") for _, f, _, _ in string.Formatter().parse(text) if f}
    out = t(key, "en", **fields)
    for field, one, other in _forms(text):
        wrong = other if n == 1 else one
        # the word the count stands before (directly, or after 'more' / 'of X') is the right form
        assert not re.search(rf"\b{n} (?:more |of X )?{re.escape(wrong)}\b", out), out
        assert re.search(rf"\b{re.escape(one if n == 1 else other)}\b", out), out
    vi = STRINGS["vi"][key]
    vi_fields = {f: (n if f in counted else "X") for _, f, _, _ in string.Formatter().parse(vi) if f}
    assert "|" not in t(key, "vi", **vi_fields)                   # Vietnamese: one form, no markup left over


def test_one_is_one_however_it_was_written():
    assert is_one(1) and is_one(1.0) and is_one("1") and not is_one(2) and not is_one("1,5") and not is_one("x")
    assert t("trend.subtitle", "en", n=1, first="2022", last="2023").startswith("1 district ·")
    assert t("trend.subtitle", "en", n="1,234", first="2022", last="2023").startswith("1,234 districts ·")
