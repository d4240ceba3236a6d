"""The shipped Vietnamese font (assets/fonts, family "Noto Sans") for exported images.

Chromium finds fonts through fontconfig, so image rendering runs Chromium with FONTCONFIG_FILE pointing at a
generated fonts.conf that lists assets/fonts first (then the system's configuration, if any, for fallbacks).
Images therefore render Vietnamese correctly on a machine with no fonts installed at all.
Text widths for wrapping header/footer lines are measured with the same font files (Pillow).
"""
from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from components.theme import FONT_FAMILY
from components.wrap import wrap_lines

# Symbols Noto Sans lacks (✔ ➜ ▲ ✖, the minus sign, ▾ → ≥): a shipped subset of DejaVu Sans (assets/fonts/LICENSE.md)
SYMBOLS_FAMILY = "NQ Symbols"
CSS_FONT_STACK = f"{FONT_FAMILY}, {SYMBOLS_FAMILY}, Arial, sans-serif"
FONT_DIR = Path(__file__).resolve().parent.parent / "assets" / "fonts"
FONT_FILES = {False: FONT_DIR / "NotoSans-Regular.ttf", True: FONT_DIR / "NotoSans-Bold.ttf"}
SYMBOL_FILES = {False: FONT_DIR / "NQSymbols-Regular.ttf", True: FONT_DIR / "NQSymbols-Bold.ttf"}
SYSTEM_FONTS_CONF = Path("/etc/fonts/fonts.conf")


def _state_dir() -> Path:
    """Per user and per checkout: two checkouts (a clone beside the working copy) list different font folders,
    and must not take turns overwriting one shared fonts.conf under each other's running renderers."""
    user = os.getuid() if hasattr(os, "getuid") else "u"
    checkout = hashlib.sha1(str(FONT_DIR.resolve()).encode()).hexdigest()[:8]
    base = Path(os.environ.get("EXPORTS_FONTCONFIG_DIR")
                or Path(tempfile.gettempdir()) / f"nghiquyet-fontconfig-{user}-{checkout}")
    base.mkdir(parents=True, exist_ok=True)
    return base


def fonts_conf_text(*, include_system: bool = True, cache_dir: Path | None = None, font_dir: Path = FONT_DIR) -> str:
    cache_dir = cache_dir or (_state_dir() / "cache")
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
        "<fontconfig>",
        f"  <dir>{escape(str(font_dir))}</dir>",
        f"  <cachedir>{escape(str(cache_dir))}</cachedir>",
        # the browser's WOFF2 cuts (scripts/make_webfonts.py) lack most scripts: exports draw with the whole TTFs
        "  <selectfont><rejectfont><glob>*.woff2</glob></rejectfont></selectfont>",
    ]
    # Generic families resolve to the shipped font first (these rules run before the system's own, so they
    # win), so nothing falls back to a font without ệ/ở/ữ.
    lines += [
        f'  <alias binding="strong"><family>{generic}</family><prefer><family>{FONT_FAMILY}</family></prefer></alias>'
        for generic in ("sans-serif", "Arial", "Helvetica", "Open Sans", "system-ui")
    ]
    # ...and the shipped symbols come right after it, so a ✔ or − in any Noto Sans text is drawn with them
    lines.append(f'  <alias binding="strong"><family>{FONT_FAMILY}</family><accept><family>{SYMBOLS_FAMILY}'
                 '</family></accept></alias>')
    if include_system:
        lines.append(f'  <include ignore_missing="yes">{escape(str(SYSTEM_FONTS_CONF))}</include>')
    # Rendering settings fixed after the system's, so an image looks the same on every machine.
    lines += [
        '  <match target="font">',
        '    <edit name="antialias" mode="assign"><bool>true</bool></edit>',
        '    <edit name="hinting" mode="assign"><bool>true</bool></edit>',
        '    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>',
        '    <edit name="rgba" mode="assign"><const>none</const></edit>',
        '    <edit name="lcdfilter" mode="assign"><const>lcddefault</const></edit>',
        '    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>',
        "  </match>",
        "</fontconfig>",
        "",
    ]
    return "\n".join(lines)


def fonts_conf_path(*, include_system: bool = True) -> Path:
    """Write (if changed) and return a fonts.conf that makes assets/fonts visible to fontconfig/Chromium."""
    if not FONT_FILES[False].is_file():
        raise FileNotFoundError(f"shipped font missing: {FONT_FILES[False]}")
    state = _state_dir()
    path = state / ("fonts.conf" if include_system else "fonts-shipped-only.conf")
    text = fonts_conf_text(include_system=include_system, cache_dir=state / "cache")
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        tmp = path.with_suffix(f".tmp{os.getpid()}-{threading.get_ident()}")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    return path


@lru_cache(maxsize=32)
def _pil_font(size: float, bold: bool):
    from PIL import ImageFont

    return ImageFont.truetype(str(FONT_FILES[bold]), size=max(1, round(size * 4)))  # measure at 4× for precision


@lru_cache(maxsize=8192)
def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in CSS pixels of `text` set in Noto Sans at `size` px."""
    if not text:
        return 0.0
    return _pil_font(size, bold).getlength(text) / 4.0


def _hard_break(token: str, max_width: float, size: float, bold: bool) -> list[str]:
    """Split a token wider than a line (a long URL) into pieces that fit."""
    pieces, piece, width = [], "", 0.0
    for ch in token:
        w = text_width(ch, size, bold=bold)
        if piece and width + w > max_width:
            pieces.append(piece)
            piece, width = "", 0.0
        piece += ch
        width += w
    if piece:
        pieces.append(piece)
    return pieces


def _wrap_at(text: str, limit: float, measure, break_chars: str) -> list[str]:
    """Greedy lines breaking after any of `break_chars` (each token keeps its trailing break char)."""
    tokens, current = [], ""
    for ch in text:
        current += ch
        if ch in break_chars:
            tokens.append(current)
            current = ""
    if current:
        tokens.append(current)
    lines: list[str] = []
    line = ""
    for tok in tokens:
        if line and measure((line + tok).rstrip()) > limit:
            lines.append(line.rstrip())
            line = ""
        line += tok
    if line.strip():
        lines.append(line.rstrip())
    return lines


def wrap_text(text: str, max_width: float, size: float, *, bold: bool = False, max_lines: int | None = None,
              break_chars: str = " ") -> list[str]:
    """Word wrap to `max_width` px by the one rule of components/wrap.py (never inside a Vietnamese word of
    several syllables); a last line that would overflow `max_lines` ends with '…'. With other `break_chars` (a
    URL: ' &/?'), a line may also break after each of them. A piece wider than a line is cut where it must.

    Lines are measured whole in Noto Sans, with a 2% safety margin.
    """
    text = " ".join(str(text).split())
    if not text:
        return []
    limit = max_width * 0.98

    def measure(s: str) -> float:
        return text_width(s, size, bold=bold)

    lines = wrap_lines(text, limit, measure=measure) if break_chars == " " else \
        _wrap_at(text, limit, measure, break_chars)
    lines = [piece for line in lines
             for piece in (_hard_break(line, limit, size, bold) if measure(line) > limit else [line])]
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and text_width(last + "…", size, bold=bold) > limit:
            last = last[:-1]
        kept[-1] = last.rstrip(" ,;·-") + "…"
        lines = kept
    return lines
