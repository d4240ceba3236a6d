"""exports/fonts.py: the shipped Noto Sans is what Chromium draws exported text with, on any machine."""
import io
import os
import shutil
import subprocess
import unicodedata

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from exports.fonts import FONT_DIR, FONT_FILES, fonts_conf_path, fonts_conf_text, text_width, wrap_text
from exports.image_renderer import ImageRenderer

SAMPLE = "Tỷ lệ hộ nghèo, Trần Đề, Giồng Trôm, ước, ệ ở ữ"
VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
VIETNAMESE_LETTERS = sorted({unicodedata.normalize("NFC", v + tone) for v in VOWELS for tone in TONES} | set("đĐ"))


@pytest.mark.parametrize("bold", [False, True])
def test_shipped_font_has_every_vietnamese_letter(bold):
    font = ImageFont.truetype(str(FONT_FILES[bold]), 48)

    def drawn(ch):
        im = Image.new("L", (90, 90), 0)
        ImageDraw.Draw(im).text((10, 5), ch, font=font, fill=255)
        return im.tobytes()

    notdef = drawn("\uE000")                    # a private-use code point: the font's missing-glyph box
    missing = [ch for ch in VIETNAMESE_LETTERS if drawn(ch) == notdef]
    assert len(VIETNAMESE_LETTERS) == 146 and missing == []  # 12 vowels × 6 tones × 2 cases + đ Đ


def test_fonts_conf_puts_assets_fonts_first():
    text = fonts_conf_text()
    assert f"<dir>{FONT_DIR}</dir>" in text
    assert text.index("<dir>") < text.index("<include")
    assert "<include" not in fonts_conf_text(include_system=False)
    path = fonts_conf_path()
    assert path.is_file() and path.read_text(encoding="utf-8") == text


@pytest.mark.skipif(shutil.which("fc-match") is None, reason="fc-match (fontconfig tools) not installed")
@pytest.mark.parametrize("include_system", [True, False])
def test_fontconfig_resolves_noto_sans_to_the_shipped_files(include_system):
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf_path(include_system=include_system))}
    for pattern, expected in (("Noto Sans", FONT_FILES[False]), ("Noto Sans:bold", FONT_FILES[True]),
                              ("sans-serif", FONT_FILES[False])):
        out = subprocess.run(["fc-match", "-f", "%{file}", pattern], env=env, capture_output=True, text=True,
                             check=True).stdout
        assert out == str(expected), pattern


def _text_png(renderer):
    import plotly.graph_objects as go

    fig = go.Figure()
    fig.add_annotation(text=SAMPLE, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                       font=dict(family="Noto Sans", size=28, color="black"))
    fig.update_layout(width=800, height=120, margin=dict(l=0, r=0, t=0, b=0), paper_bgcolor="white",
                      plot_bgcolor="white", xaxis_visible=False, yaxis_visible=False)
    return renderer.render(fig, fmt="png", width=800, height=120, scale=2)


def _ink(png: bytes) -> int:
    with Image.open(io.BytesIO(png)) as im:
        gray = im.convert("L")
        return sum(gray.histogram()[:128])


def test_chromium_draws_vietnamese_with_the_shipped_font_only(tmp_path, renderer):
    """With a fontconfig that knows only assets/fonts, Chromium still draws the text (so the shipped font is
    enough on a bare machine); with no fonts at all it draws none (so the config is really what Chromium uses);
    and the normal configuration draws exactly the same pixels as the shipped-only one."""
    empty_dir = tmp_path / "no-fonts"
    empty_dir.mkdir()
    empty_conf = tmp_path / "empty.conf"
    empty_conf.write_text(fonts_conf_text(include_system=False, cache_dir=tmp_path / "cache", font_dir=empty_dir))
    shipped = ImageRenderer(tabs=1, fonts_conf=fonts_conf_path(include_system=False))
    nofonts = ImageRenderer(tabs=1, fonts_conf=empty_conf)
    try:
        with_shipped = _text_png(shipped)
        without = _text_png(nofonts)
    finally:
        shipped.stop()
        nofonts.stop()
    normal = _text_png(renderer)
    (tmp_path / "vietnamese-shipped-font.png").write_bytes(with_shipped)
    assert _ink(with_shipped) > 3000, "no text drawn with the shipped font"
    assert _ink(without) < 50, "text drawn although fontconfig had no fonts: FONTCONFIG_FILE not honoured"
    with Image.open(io.BytesIO(with_shipped)) as a, Image.open(io.BytesIO(normal)) as b:
        diff = ImageChops.difference(a.convert("L"), b.convert("L"))
        assert diff.getbbox() is None, "the normal configuration draws with another font or other settings"


def test_wrapping_measures_with_the_font():
    assert text_width("Tỷ lệ hộ nghèo", 20, bold=True) > text_width("Tỷ lệ hộ nghèo", 20)
    lines = wrap_text(SAMPLE * 4, 300, 14)
    assert len(lines) > 2 and all(text_width(line, 14) <= 300 for line in lines)
    assert " ".join(lines) == " ".join((SAMPLE * 4).split())
    url = "http://127.0.0.1:8050/?view=compare&dist=soc-trang/huyen-tran-de,tra-vinh/huyen-tra-cu&ind=poverty_rate"
    url_lines = wrap_text(url, 200, 11, break_chars=" &/?,")
    assert "".join(url_lines) == url and all(text_width(line, 11) <= 200 for line in url_lines)
    assert wrap_text("x" * 500, 100, 11, max_lines=2)[-1].endswith("…")


# ------------------------------------------------------------------------------------------------ status symbols
SYMBOLS = "✔➜▲✖−▾→≥"  # target statuses (components/status.py), the minus sign of negative numbers, UI arrows


def _charset(path) -> set[int]:
    out = subprocess.run(["fc-query", "--format", "%{charset}", str(path)], capture_output=True, text=True,
                         check=True).stdout
    codes = set()
    for part in out.split():
        a, _, b = part.partition("-")
        codes.update(range(int(a, 16), int(b or a, 16) + 1))
    return codes


@pytest.mark.skipif(shutil.which("fc-query") is None, reason="fc-query (fontconfig tools) not installed")
def test_shipped_fonts_cover_the_status_symbols_and_the_minus_sign():
    from components.status import STATUS_SYMBOLS
    from exports.fonts import SYMBOL_FILES

    wanted = set(SYMBOLS) | {s for s in STATUS_SYMBOLS.values() if s != "?"}
    shipped = set().union(*(_charset(p) for p in FONT_DIR.glob("*.ttf")))
    assert {ch for ch in wanted if ord(ch) not in shipped} == set()
    for bold in (False, True):
        assert {ord(ch) for ch in wanted} <= _charset(SYMBOL_FILES[bold])
    assert (FONT_DIR / "LICENSE-DejaVu.txt").is_file() and "NQ Symbols" in (FONT_DIR / "LICENSE.md").read_text()


@pytest.mark.skipif(shutil.which("fc-match") is None, reason="fc-match (fontconfig tools) not installed")
def test_fontconfig_finds_the_symbols_in_the_shipped_files_only():
    from exports.fonts import SYMBOL_FILES

    env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf_path(include_system=False))}
    for ch in SYMBOLS:
        out = subprocess.run(["fc-match", "-f", "%{file}", f"Noto Sans:charset={ord(ch):x}"], env=env,
                             capture_output=True, text=True, check=True).stdout
        assert out == str(SYMBOL_FILES[False]), ch


def test_page_declares_the_symbols_for_noto_sans():
    css = (FONT_DIR / "symbols.css").read_text(encoding="utf-8")
    assert css.count('font-family: "Noto Sans"') == 2 and "unicode-range" in css
    assert 'url("NQSymbols-Regular.ttf")' in css and 'url("NQSymbols-Bold.ttf")' in css


def test_chromium_draws_the_status_symbols_with_the_shipped_font(tmp_path, renderer):
    """Shipped fonts only: every symbol is drawn (not a missing-glyph box), the same pixels as the normal setup."""
    import plotly.graph_objects as go

    from exports.fonts import CSS_FONT_STACK

    def png(r, text):
        fig = go.Figure()
        fig.add_annotation(text=text, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                           font=dict(family=CSS_FONT_STACK, size=40, color="black"))
        fig.update_layout(width=400, height=100, margin=dict(l=0, r=0, t=0, b=0), paper_bgcolor="white",
                          xaxis_visible=False, yaxis_visible=False)
        return r.render(fig, fmt="png", width=400, height=100, scale=1)

    shipped = ImageRenderer(tabs=1, fonts_conf=fonts_conf_path(include_system=False))
    try:
        drawn = {ch: png(shipped, ch) for ch in SYMBOLS}
        notdef = png(shipped, "\uE000")
    finally:
        shipped.stop()
    for ch, image in drawn.items():
        assert _ink(image) > 20 and image != notdef, ch
        assert image == png(renderer, ch), f"{ch}: the normal configuration draws it with another font"
    (tmp_path / "symbols.png").write_bytes(png(renderer, SYMBOLS))


def test_each_checkout_keeps_its_own_fonts_conf(monkeypatch, tmp_path):
    """A clone beside the working copy lists other font folders: it must not overwrite this checkout's fonts.conf."""
    import exports.fonts as fonts

    monkeypatch.delenv("EXPORTS_FONTCONFIG_DIR", raising=False)
    monkeypatch.setattr(fonts.tempfile, "gettempdir", lambda: str(tmp_path))
    here = fonts._state_dir()
    monkeypatch.setattr(fonts, "FONT_DIR", tmp_path / "other-clone" / "assets" / "fonts")
    assert fonts._state_dir() != here


def test_image_text_wraps_by_the_vietnamese_word_rule():
    """Titles and footers of the exports wrap like the charts: 'xã hội' and 'y tế' are never split."""
    text = "Tổng vốn đầu tư toàn xã hội và tỷ lệ bao phủ bảo hiểm y tế"
    for width in range(110, 400, 7):     # (narrower, "bảo hiểm" alone is wider than a line)
        lines = wrap_text(text, width, 14)
        assert " ".join(lines) == text
        for line in lines:
            assert not line.endswith((" xã", " y", "bảo")) and not line.startswith(("hội", "tế", "hiểm")), lines
