"""Bytes of one input file → text, or a reason why they are not trustworthy text.

Order of trust: a byte-order mark; strict UTF-8; the charset an HTML file declares; then the two encodings
Vietnamese text files are really saved in besides UTF-8 — UTF-16 without a BOM (its ASCII characters leave
NUL bytes on one side) and Windows-1258 (Notepad's "ANSI" on Vietnamese Windows) — and last the legacy font
encodings TCVN3 and VNI (etl/legacy_fonts.py), which must also give well-formed syllables. A guessed encoding is kept
only when the decoded text reads as Vietnamese: every letter a letter of the Vietnamese alphabet, no tone mark
left dangling after NFC and no '?' standing in for lost letters. Mojibake fails that test, so a file in an
encoding we cannot read is rejected with a reason instead of producing facts from garbled words.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from etl.legacy_fonts import LEGACY_ENCODINGS, byte_view, decode_legacy, from_legacy_font, malformed_words


class UndecodableError(ValueError):
    """The bytes are not text we can trust; the message is the reason shown to the analyst."""


BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BINARY_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (.docx/.xlsx are ZIP files)"),
    (b"\xd0\xcf\x11\xe0", "an OLE document (.doc/.xls)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01   # text has (almost) none; binary data decoded by luck has plenty
# In UTF-16 text most characters are ASCII or Vietnamese (U+00xx, U+01xx, U+1Exx): one byte of each pair is
# NUL for the ASCII ones. Real 8-bit text has no NUL at all.
_UTF16_MIN_NUL_SHARE = 0.2
_GUESSED_8BIT = ("cp1258",)
_MAX_FOREIGN_LETTER_SHARE = 0.005


def _vietnamese_letters() -> frozenset[str]:
    vowels = "aăâeêioôơuưy"
    tones = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    lower = {unicodedata.normalize("NFC", v + t) for v in vowels for t in tones} | set("bcdđfghjklmnpqrstvwxz")
    return frozenset(lower | {c.upper() for c in lower})


VIETNAMESE_LETTERS = _vietnamese_letters()
_LOST_LETTER = re.compile(r"(?<=[^\W\d_])\?(?=[^\W\d_])|(?<![^\W\d_])\?(?=[^\W\d_]{1,6}\b)")


def reads_as_vietnamese(text: str) -> tuple[bool, str]:
    """(plausible, why not): the test a guessed decoding must pass. Checked on NFC text."""
    text = unicodedata.normalize("NFC", text)
    letters = [c for c in text if c.isalpha() or unicodedata.combining(c)]
    if not letters:
        return False, "no letters"
    foreign = [c for c in letters if c not in VIETNAMESE_LETTERS]
    if len(foreign) > _MAX_FOREIGN_LETTER_SHARE * len(letters):
        sample = "".join(dict.fromkeys(foreign))[:8]
        return False, f"{len(foreign)} of {len(letters)} letters are not Vietnamese ({sample!r})"
    lost = len(_LOST_LETTER.findall(text))
    if lost > _MAX_FOREIGN_LETTER_SHARE * len(letters):
        return False, f"{lost} letters were replaced by '?' when the file was saved"
    return True, ""


def decode_bytes(raw: bytes, *, declared_charset: str | None = None) -> tuple[str, str, list[str]]:
    """(text, encoding used, warnings). Raises UndecodableError with the reason for anything else."""
    for signature, kind in BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise UndecodableError(f"binary file: looks like {kind}; convert it to text first")
    warnings: list[str] = []
    bom_encoding = next((enc for bom, enc in BOMS if raw.startswith(bom)), None)
    if bom_encoding:
        bom_length = 3 if bom_encoding == "utf-8-sig" else 2
        text = _strict_decode(raw[bom_length:], bom_encoding.replace("-sig", ""), f"{bom_encoding} (BOM)")
        encoding = bom_encoding
    elif b"\x00" in raw:
        text, encoding = _decode_utf16_without_bom(raw)
        warnings.append(f"no byte-order mark; read as {encoding} (the text reads as Vietnamese)")
    else:
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            text, encoding, note = _decode_legacy(raw, declared_charset, error)
            warnings.append(note)
    if "\x00" in text or len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * max(len(text), 1):
        raise UndecodableError("binary file: contains NUL or control characters")
    if not text.strip():
        raise UndecodableError("whitespace only: no text")
    return text, encoding, warnings


def _strict_decode(raw: bytes, codec: str, label: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as error:
        raise UndecodableError(f"undecodable: invalid {label} at byte {error.start}") from None


def _decode_utf16_without_bom(raw: bytes) -> tuple[str, str]:
    """UTF-16 saved without a BOM, told from binary data by where its NUL bytes fall and by reading as Vietnamese."""
    binary = "binary file: contains NUL bytes and is not UTF-16 text"
    if len(raw) % 2:
        raise UndecodableError(binary)
    pairs = len(raw) // 2
    high_first = raw[0::2].count(0) / pairs     # big-endian: the NUL of an ASCII character comes first
    high_second = raw[1::2].count(0) / pairs
    codec = "utf-16-be" if high_first > high_second else "utf-16-le"
    if max(high_first, high_second) < _UTF16_MIN_NUL_SHARE or min(high_first, high_second) > 0.01:
        raise UndecodableError(binary)
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        raise UndecodableError(binary) from None
    plausible, why = reads_as_vietnamese(text)
    if not plausible:
        raise UndecodableError(f"{binary} ({why})")
    return text, codec


def _decode_legacy(raw: bytes, declared: str | None, utf8_error: UnicodeDecodeError) -> tuple[str, str, str]:
    """Not UTF-8: the charset the file declares, else a Vietnamese 8-bit code page if the text reads as Vietnamese."""
    not_utf8 = f"not valid UTF-8 (byte 0x{raw[utf8_error.start]:02x} at offset {utf8_error.start})"
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            raise UndecodableError(f"undecodable: {not_utf8}; declared charset {declared!r} is unknown") from None
        if codec == "utf-8":
            raise UndecodableError(f"undecodable: {not_utf8} although the file declares UTF-8")
        text = _strict_decode(raw, codec, f"{declared} (declared charset)")
        return text, declared, f"not UTF-8; decoded as {declared}, the charset the file declares"
    reasons = []
    for codec in _GUESSED_8BIT:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError as error:
            reasons.append(f"{codec}: invalid byte at offset {error.start}")
            continue
        plausible, why = reads_as_vietnamese(text)
        if plausible:
            name = codecs.lookup(codec).name
            return text, name, f"not UTF-8; read as {name} (the text reads as Vietnamese)"
        reasons.append(f"{codec}: {why}")
    legacy = recognise_legacy(raw)
    if isinstance(legacy, tuple):
        text, encoding = legacy
        return text, encoding.codec, f"not UTF-8; converted from the legacy font encoding {encoding.name} to Unicode"
    reasons.append(legacy)
    raise UndecodableError(
        f"undecodable: {not_utf8}, and no known Vietnamese encoding reads it ({'; '.join(reasons)}) — save it as UTF-8")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML file declares in a <meta> tag within its first 4 KB (the HTML spec's 1024 + slack)."""
    match = _META_CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii").lower() if match else None


MIN_LEGACY_WORDS = 5            # fewer converted words are too little evidence for a legacy encoding
_MAX_MALFORMED_SHARE = 0.03     # real Vietnamese: a stray abbreviation or foreign name in a hundred words


def recognise_legacy(raw: bytes):
    """(text, LegacyEncoding) when exactly one legacy font encoding reads the bytes as Vietnamese, else the reason."""
    passing, reasons = [], []
    for encoding in LEGACY_ENCODINGS:
        text, unknown = decode_legacy(raw, encoding)
        if unknown:
            reasons.append(f"{encoding.name}: {unknown} letters are none of its letters")
            continue
        plausible, why = reads_as_vietnamese(text)
        bad, total = malformed_words(text)
        if not plausible:
            reasons.append(f"{encoding.name}: {why}")
        elif total < MIN_LEGACY_WORDS:
            reasons.append(f"{encoding.name}: only {total} words with Vietnamese letters, too few to be sure")
        elif bad > _MAX_MALFORMED_SHARE * total:
            reasons.append(f"{encoding.name}: {bad} of {total} words are no Vietnamese syllable")
        else:
            passing.append((text, encoding))
    if len(passing) == 1:
        return passing[0]
    if passing:
        return "reads as Vietnamese in both TCVN3 and VNI; cannot tell which"
    return "; ".join(reasons)


# Punctuation a Unicode Vietnamese text may glue to a word; any other 8-bit symbol inside a word ("§¶ng", "coøn")
# is a legacy font's letter or mark shown as Windows-1252.
_UNICODE_PUNCTUATION = set("“”‘’–—…«»°²³±•")


def _legacy_looking(line: str) -> bool:
    """A line made of Windows-1252 characters that does not read as Vietnamese as it stands."""
    if byte_view(line) is None or line.isascii() or not any(c.isalpha() for c in line):
        return False
    glued = any(any(c.isalpha() for c in token) and
                any(0x80 <= ord(c) and not c.isalpha() and c not in _UNICODE_PUNCTUATION for c in token)
                for token in line.split())
    return glued or not reads_as_vietnamese(line)[0] or malformed_words(line)[0] > 0


def convert_legacy_lines(text: str, *, keep: str = ""):
    """Text from a .docx/.pdf with lines typed in a legacy Vietnamese font → (text, LegacyEncoding or None, warning).

    The encoding is decided on the lines that do not read as Unicode Vietnamese (recognise_legacy); then those
    lines are converted, and so are the other Windows-1252 lines when the document has no line that can only be
    Unicode (a letter such as ộ, ư outside Windows-1252). A Unicode letterhead above a legacy body stays as it is.
    `keep` is a character that is no text (etl.readers.PAGE_MARK): lines are judged without it and keep it.
    Raises UndecodableError when lines look like a legacy font but no table reads them with confidence.
    """
    lines = text.split("\n")
    bare = [line.replace(keep, "") if keep else line for line in lines]
    legacy = [i for i, line in enumerate(bare) if _legacy_looking(line)]
    if not legacy:
        return text, None, None
    sample = "\n".join(bare[i] for i in legacy)
    found = recognise_legacy(byte_view(sample))
    if isinstance(found, str):
        why = reads_as_vietnamese(sample)[1] or "8-bit symbols inside words"
        raise UndecodableError(f"text is not Unicode Vietnamese ({why}) and no legacy font encoding reads it "
                               f"with confidence ({found}); re-save it with a Unicode font")
    _, encoding = found
    only_unicode = any(byte_view(line) is None for line in bare)
    chosen = set(legacy) if only_unicode else {i for i, line in enumerate(bare) if byte_view(line) is not None}
    converted = [
        (keep.join(from_legacy_font(part, encoding) for part in line.split(keep)) if keep
         else from_legacy_font(line, encoding)) if i in chosen else line
        for i, line in enumerate(lines)
    ]
    return "\n".join(converted), encoding, f"text in the legacy font encoding {encoding.name} converted to Unicode"
