"""The one strings catalogue of the page and the exports: one module per language (vi.py, en.py) with the same
keys. `t` is strict: an unknown key raises KeyError (tests/components/test_strings.py checks every key the code
names exists in both languages), so a key never shows on screen. A key chosen by a value (a status, a unit) is
looked up in a table of components/strings/keys.py, never assembled (f"status.{s}"), so a static check sees it."""
from __future__ import annotations

import string

from components.strings.en import EN
from components.strings.vi import VI

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
STRINGS: dict[str, dict[str, str]] = {"vi": VI, "en": EN}


def norm_lang(lang: str | None) -> str:
    """'en' (or 'en-GB') is English; anything else (None, 'vi', 'vi-VN', junk) is Vietnamese, the default."""
    return "en" if isinstance(lang, str) and lang.lower().startswith("en") else DEFAULT_LANG


def is_one(count) -> bool:
    """A count of exactly one ('1', 1, 1.0, '1' as babel wrote it): the singular of English nouns."""
    try:
        return float(str(count).replace(",", "").replace("\u00a0", "")) == 1
    except ValueError:
        return False


class _CountFormatter(string.Formatter):
    """str.format, and a count's word: '{n:district|districts}' is 'district' when n is one, else 'districts'.
    The one plural rule of every language's strings (Vietnamese nouns do not change: its strings have no forms)."""

    def format_field(self, value, format_spec):
        if "|" in format_spec:
            one, other = format_spec.split("|", 1)
            return one if is_one(value) else other
        return super().format_field(value, format_spec)


_COUNTED = _CountFormatter()


def t(key: str, lang: str | None = DEFAULT_LANG, /, **fields) -> str:
    """The string `key` in `lang`, with its `{fields}` filled in and its counted words in the singular or the plural
    ('{n} {n:district|districts}'); KeyError on an unknown key."""
    text = STRINGS[norm_lang(lang)][key]
    if not fields:
        return text
    return _COUNTED.vformat(text, (), fields) if "|" in text else text.format(**fields)


def coded(table: dict[str, str], value, lang: str | None = DEFAULT_LANG, /, default: str | None = None) -> str:
    """The words for a coded value through one of components/strings/keys.py's tables (a unit, a status…);
    a value the table does not hold gives `default`, or the value itself as text."""
    try:
        key = table[value]
    except (KeyError, TypeError):   # TypeError: an unhashable cell
        return str(value) if default is None else default
    return t(key, lang)


def has(key: str, lang: str | None = DEFAULT_LANG) -> bool:
    return key in STRINGS[norm_lang(lang)]
