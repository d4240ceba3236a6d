"""The browser's WOFF2 fonts: made by scripts/make_webfonts.py from the shipped TTFs, covering every character
the dashboard writes, and declared in the CSS with the ranges they hold."""
from __future__ import annotations

import re

import pytest
from fontTools.ttLib import TTFont

from components.strings import en, vi
from scripts.make_webfonts import FONT_DIR, SUBSET, WHOLE, unicode_range_css, web_codepoints

VIETNAMESE = ("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứự"
              "vxyỳỷỹýỵ")


def _cmap(name: str) -> set[int]:
    return set(TTFont(FONT_DIR / name).getBestCmap())


@pytest.mark.parametrize("ttf,woff2", sorted(SUBSET.items()))
def test_web_cut_holds_exactly_the_kept_ranges(ttf, woff2):
    font = TTFont(FONT_DIR / woff2)
    assert font.flavor == "woff2"
    assert set(font.getBestCmap()) == web_codepoints(TTFont(FONT_DIR / ttf))
    assert (FONT_DIR / woff2).stat().st_size < (FONT_DIR / ttf).stat().st_size / 3


@pytest.mark.parametrize("ttf,woff2", sorted(WHOLE.items()))
def test_symbol_fonts_are_whole(ttf, woff2):
    assert _cmap(woff2) == _cmap(ttf)


def _catalogue_chars() -> set[int]:
    text = "".join(str(v) for table in (vi.VI, en.EN) for v in table.values())
    return {ord(c) for c in text + VIETNAMESE + VIETNAMESE.upper() if not c.isspace()}


def test_every_character_the_page_writes_has_a_web_face():
    covered = _cmap("NotoSans-Regular.woff2") | _cmap("NQSymbols-Regular.woff2")
    missing = sorted(chr(c) for c in _catalogue_chars() - covered)
    assert not missing, missing


def test_css_declares_the_cut_with_its_ranges_and_every_file_exists():
    css = (FONT_DIR.parent / "style.css").read_text(encoding="utf-8")
    faces = re.findall(r"@font-face\s*{([^}]*)}", css)
    woff2_faces = [f for f in faces if ".woff2" in f]
    assert len(woff2_faces) == 2
    assert all(f"unicode-range: {unicode_range_css()};" in f for f in woff2_faces)
    # the whole TTF face comes first, so the later WOFF2 face wins for the characters it holds
    assert css.index("NotoSans-Regular.ttf") < css.index("NotoSans-Regular.woff2")
    symbols = (FONT_DIR / "symbols.css").read_text(encoding="utf-8")
    for url in re.findall(r'url\("fonts/([^"]+)"\)', css) + re.findall(r'url\("([^"]+)"\)', symbols):
        assert (FONT_DIR / url).is_file(), url
    assert 'url("NQSymbols-Regular.woff2") format("woff2")' in symbols
