"""The one strings catalogue of the page and the exports: one module per language (vi.py, en.py) with the same
keys. `t` is strict: an unknown key raises KeyError (tests/components/test_strings.py checks every key the code
names exists in both languages), so a key never shows on screen."""
from __future__ import annotations

from components.strings.en import EN
from components.strings.vi import VI

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
STRINGS: dict[str, dict[str, str]] = {"vi": VI, "en": EN}


def norm_lang(lang: str | None) -> str:
    """'en' (or 'en-GB') is English; anything else (None, 'vi', 'vi-VN', junk) is Vietnamese, the default."""
    return "en" if isinstance(lang, str) and lang.lower().startswith("en") else DEFAULT_LANG


def t(key: str, lang: str | None = DEFAULT_LANG, /, **fields) -> str:
    """The string `key` in `lang`, with its `{fields}` filled in; KeyError on an unknown key."""
    text = STRINGS[norm_lang(lang)][key]
    return text.format(**fields) if fields else text


def has(key: str, lang: str | None = DEFAULT_LANG) -> bool:
    return key in STRINGS[norm_lang(lang)]
