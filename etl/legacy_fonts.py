"""Vietnamese typed in the pre-Unicode font encodings still found in office documents: TCVN3 (ABC) and VNI.

Both are 8-bit: the file (or Word, for a run in such a font) stores bytes whose Windows-1252 characters look like
"NghÞ quyÕt" (TCVN3) or "Nghò quyeát" (VNI). The tables below follow the encodings' definitions:

* TCVN3 (TCVN 5712:1993, the ".Vn…" fonts): one byte per letter. ASCII stays; 0xA1-0xA7 are the capitals
  Ă Â Ê Ô Ơ Ư Đ; 0xA8-0xAE the small ă â ê ô ơ ư đ; 0xB5-0xFE the small toned vowels, five per vowel in the order
  grave, hook, tilde, acute, dot below. Toned capitals do not exist: the ".Vn…H" fonts draw the small codes as
  capitals, so a word typed in capitals comes back in capitals here.
* VNI (the "VNI-…" fonts): a base letter followed by one byte for its marks (a tone, the circumflex or breve,
  or a vowel mark and a tone together); ơ ư đ and the toned i are single bytes ("nöôùc" is n ư ơ+acute c).

Conversion is offered only as a candidate: etl/decode.py keeps it when the result passes the same "reads as
Vietnamese" test as any guessed encoding, and every converted word is a well-formed Vietnamese syllable.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

GRAVE, ACUTE, HOOK, TILDE, DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
CIRCUMFLEX, BREVE = "\u0302", "\u0306"
TONES = (GRAVE, ACUTE, HOOK, TILDE, DOT)
_TCVN3_TONE_ORDER = (GRAVE, HOOK, TILDE, ACUTE, DOT)


def _compose(base: str, *marks: str) -> str:
    return unicodedata.normalize("NFC", base + "".join(marks))


def _tcvn3_table() -> dict[int, str]:
    table = dict(zip(range(0xA1, 0xA8), "ĂÂÊÔƠƯĐ"))
    table.update(zip(range(0xA8, 0xAF), "ăâêôơưđ"))
    # Where each vowel's five toned forms start (bytes between the runs are no letters of this table).
    starts = {"a": 0xB5, "ă": 0xBB, "â": 0xC7, "e": 0xCC, "ê": 0xD2, "i": 0xD7, "o": 0xDF, "ô": 0xE5, "ơ": 0xEA,
              "u": 0xEF, "ư": 0xF5, "y": 0xFA}
    # The standard places some toned forms out of the five-in-a-row pattern; these are its exact codes.
    exact = {
        "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
        "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
        "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
        "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
        "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    }
    for vowel, start in starts.items():
        codes = exact.get(vowel, tuple(range(start, start + 5)))
        for code, tone in zip(codes, _TCVN3_TONE_ORDER):
            table[code] = _compose(vowel, tone)
    return table


TCVN3 = _tcvn3_table()

# VNI mark bytes (as Windows-1252 characters) after a base letter: the marks they add. Capital forms are the
# same bytes minus 0x20 (Ù for ù …), used after capital letters.
_VNI_MARKS_SMALL = {
    "ù": (ACUTE,), "ø": (GRAVE,), "û": (HOOK,), "õ": (TILDE,), "ï": (DOT,),
    "â": (CIRCUMFLEX,), "á": (CIRCUMFLEX, ACUTE), "à": (CIRCUMFLEX, GRAVE), "å": (CIRCUMFLEX, HOOK),
    "ã": (CIRCUMFLEX, TILDE), "ä": (CIRCUMFLEX, DOT),
    "ê": (BREVE,), "é": (BREVE, ACUTE), "è": (BREVE, GRAVE), "ú": (BREVE, HOOK), "ü": (BREVE, TILDE),
    "ë": (BREVE, DOT),
}
VNI_MARKS = {**_VNI_MARKS_SMALL, **{chr(ord(k) - 0x20): v for k, v in _VNI_MARKS_SMALL.items()}}
VNI_LETTERS = {"ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
               "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "Ì": "Ì", "Í": "Í", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị"}
# Which base letters take which vowel mark.
_TAKES = {CIRCUMFLEX: "aeoAEO", BREVE: "aA"}
_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"


@dataclass(frozen=True)
class LegacyEncoding:
    name: str          # shown in warnings and the documents table
    codec: str         # the `encoding` column's value


TCVN3_ENCODING = LegacyEncoding("TCVN3 (ABC)", "tcvn3")
VNI_ENCODING = LegacyEncoding("VNI", "vni")
LEGACY_ENCODINGS = (TCVN3_ENCODING, VNI_ENCODING)

_TCVN3_FONT = re.compile(r"\.?vn[a-z]", re.IGNORECASE)        # .VnTime, .VnArial, .VnTimeH, VnCentury …
_VNI_FONT = re.compile(r"vni[- ]", re.IGNORECASE)              # VNI-Times, VNI-Helve …


def font_encoding(font_name: str | None) -> LegacyEncoding | None:
    """The legacy encoding a font name stands for, or None for a Unicode font."""
    if not font_name:
        return None
    if _VNI_FONT.match(font_name):
        return VNI_ENCODING
    if _TCVN3_FONT.match(font_name) and not font_name.lower().startswith("vni"):
        return TCVN3_ENCODING
    return None


def byte_view(text: str) -> bytes | None:
    """The bytes a legacy-font text stands for (its characters read as Windows-1252), or None if it has others."""
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        try:
            return text.encode("latin-1")
        except UnicodeEncodeError:
            return None


def tcvn3_decode(raw: bytes) -> tuple[str, int]:
    """(text, bytes that are letters but no TCVN3 letter): ASCII kept, letters through the table, punctuation
    (Word's curly quotes and dashes) as Windows-1252 has it."""
    out, unknown = [], 0
    for byte in raw:
        if byte < 0x80:
            out.append(chr(byte))
        elif byte in TCVN3:
            out.append(TCVN3[byte])
        else:
            char = bytes([byte]).decode("cp1252", "replace")
            out.append(char)
            unknown += char.isalpha()
    return _capitalise_capital_words("".join(out)), unknown


def vni_decode(raw: bytes) -> tuple[str, int]:
    """(text, mark bytes that follow no letter they could mark)."""
    out: list[str] = []
    unknown = 0
    for char in raw.decode("cp1252", "replace"):
        if char in VNI_LETTERS:
            out.append(VNI_LETTERS[char])
        elif char in VNI_MARKS and out and _accepts(out[-1], VNI_MARKS[char]):
            out[-1] = _compose(unicodedata.normalize("NFD", out[-1]), *VNI_MARKS[char])
        else:
            out.append(char)
            unknown += ord(char) >= 0x80 and char.isalpha()
    return "".join(out), unknown


def _accepts(letter: str, marks: tuple[str, ...]) -> bool:
    base, *present = unicodedata.normalize("NFD", letter)
    if base not in _VOWELS:
        return False
    for mark in marks:
        if mark in TONES:
            if any(m in TONES for m in present):
                return False
        elif base not in _TAKES[mark] or any(m in _TAKES for m in present):
            return False
    return True


_WORD = re.compile(r"[^\W\d_]+")


def _capitalise_capital_words(text: str) -> str:
    """A word whose plain letters are all capitals was typed in a ".Vn…H" capitals font: its toned letters too."""
    def fix(match: re.Match) -> str:
        word = match.group()
        plain = [c for c in word if c.isascii()]
        return word.upper() if plain and all(c.isupper() for c in plain) and len(plain) < len(word) else word
    return _WORD.sub(fix, text)


def from_legacy_font(text: str, encoding: LegacyEncoding) -> str:
    """A run typed in a legacy font (Word keeps its bytes as Windows-1252 characters) as Unicode; text that
    is not such bytes (already Unicode) is returned as it is."""
    raw = byte_view(text)
    if raw is None:
        return text
    decoded, _ = (tcvn3_decode if encoding is TCVN3_ENCODING else vni_decode)(raw)
    return decoded


def decode_legacy(raw: bytes, encoding: LegacyEncoding) -> tuple[str, int]:
    return (tcvn3_decode if encoding is TCVN3_ENCODING else vni_decode)(raw)


# A Vietnamese syllable: onset, one to three vowels, coda (tones and vowel marks checked separately).
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?")


def malformed_words(text: str) -> tuple[int, int]:
    """(words with a Vietnamese-only letter that are no well-formed syllable, such words in all).

    A wrong legacy table (TCVN3 read as VNI or the reverse, or a non-Vietnamese text) leaves words with two
    tones, a mark on a consonant or letters no syllable has; real Vietnamese almost never does.
    """
    bad = total = 0
    for word in _WORD.findall(unicodedata.normalize("NFC", text).lower()):
        if word.isascii():
            continue
        total += 1
        marks = unicodedata.normalize("NFD", word)
        tones = sum(marks.count(t) for t in TONES)
        plain = unicodedata.normalize("NFC", "".join(c for c in marks if c not in TONES))
        if tones > 1 or not _SYLLABLE.fullmatch(plain):
            bad += 1
    return bad, total
