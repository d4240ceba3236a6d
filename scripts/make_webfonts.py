"""Write the browser's fonts: WOFF2 copies of the shipped TTFs (assets/fonts/), Noto Sans cut to the scripts the
dashboard writes (Latin with every Vietnamese letter, punctuation, currency, arrows and maths signs).

    .venv/bin/python scripts/make_webfonts.py

Why: the page used the full 0.5 MB TTFs (Greek, Cyrillic and more that no page shows); browsers then fetched
1.2 MB of fonts before drawing text. The TTFs stay: exports (kaleido's Chromium, decks) read them, and
assets/style.css keeps them as a fallback face for any character outside WEB_RANGES, which browsers fetch only
if such a character appears. Rerun after replacing a TTF; tests/scripts/test_make_webfonts.py checks the
committed files match what this script makes and cover every character of the strings catalogue.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONT_DIR = Path(__file__).resolve().parents[1] / "assets" / "fonts"

# (first, last) code points kept in the web cut of Noto Sans; style.css's unicode-range says the same
WEB_RANGES = (
    (0x0000, 0x024F),   # Basic Latin, Latin-1, Latin Extended-A/B (đ Đ ơ ư …)
    (0x02B0, 0x036F),   # spacing modifiers and combining marks (decomposed Vietnamese tones)
    (0x1E00, 0x1EFF),   # Latin Extended Additional: ạ ả ấ … ỹ
    (0x2000, 0x206F),   # general punctuation: – — ‘ ’ “ ” … ‰
    (0x20A0, 0x20CF),   # currency: ₫ €
    (0x2100, 0x215F),   # letterlike and number forms: № ⅓
)
SUBSET = {"NotoSans-Regular.ttf": "NotoSans-Regular.woff2", "NotoSans-Bold.ttf": "NotoSans-Bold.woff2"}
WHOLE = {"NQSymbols-Regular.ttf": "NQSymbols-Regular.woff2", "NQSymbols-Bold.ttf": "NQSymbols-Bold.woff2"}


def unicode_range_css() -> str:
    """The CSS unicode-range of WEB_RANGES (one definition for the script and the test)."""
    return ", ".join(f"U+{a:04X}-{b:04X}" for a, b in WEB_RANGES)


def web_codepoints(font: TTFont) -> set[int]:
    cmap = font.getBestCmap()
    return {c for c in cmap if any(a <= c <= b for a, b in WEB_RANGES)}


def woff2_bytes(ttf: Path, *, cut: bool) -> bytes:
    """The WOFF2 of `ttf`, cut to WEB_RANGES when `cut` (hinting and layout features kept)."""
    font = TTFont(ttf, recalcTimestamp=False)  # keep head.modified: the same TTF always gives the same bytes
    if cut:
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.hinting = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(web_codepoints(font)))
        subsetter.subset(font)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out, reorderTables=False)
    return out.getvalue()


def expected_files() -> dict[Path, bytes]:
    files = {FONT_DIR / dst: woff2_bytes(FONT_DIR / src, cut=True) for src, dst in SUBSET.items()}
    files.update({FONT_DIR / dst: woff2_bytes(FONT_DIR / src, cut=False) for src, dst in WHOLE.items()})
    return files


def main() -> int:
    for path, data in expected_files().items():
        path.write_bytes(data)
        print(f"{path.name}: {len(data) / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
