"""How reports spell: old-style tone placement folded, lower case kept to the same offsets, and the one
way phrases are compiled (compile_words) for the folded, lower-cased text the patterns run on.
"""
from __future__ import annotations

import re



_OLD_TO_NEW = {
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}

_OLD_TO_NEW.update({k.upper(): v.upper() for k, v in list(_OLD_TO_NEW.items())})

_OLD_TO_NEW.update({k[0].upper() + k[1]: v[0].upper() + v[1] for k, v in list(_OLD_TO_NEW.items()) if k.islower()})
# Only at the end of a syllable: "hoà" → "hòa", but "hoạch", "toàn", "khuỷu" keep their spelling; "quý" keeps
# its accent on y (after q the u belongs to the consonant). The pattern opens with a character class, not with the
# look-behind for q: then the regex engine skips to the next o/u in C instead of trying the pattern at every
# character (4x faster on a report).
_FOLD_RE = re.compile(r"[oOuU](?<![qQ][oOuU])(?:(?<=[oO])[áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|(?<=[uU])[ýỳỷỹỵÝỲỶỸỴ])(?![^\W\d_])")


# "giai đọan", "tóan bộ", "hòan thành": the tone typed on the o of "oa"/"oe" before a final consonant belongs on
# the a or e ("đoạn", "toán", "hoàn"); folded there. (Tones in the order acute, grave, hook, tilde, dot.)
_O_TONES = {"ó": 0, "ò": 1, "ỏ": 2, "õ": 3, "ọ": 4, "Ó": 0, "Ò": 1, "Ỏ": 2, "Õ": 3, "Ọ": 4}
_TONED = {"a": "áàảãạ", "e": "éèẻẽẹ", "A": "ÁÀẢÃẠ", "E": "ÉÈẺẼẸ"}
_MISPLACED_TONE_RE = re.compile(r"[óòỏõọÓÒỎÕỌ](?=[aeAE](?:ch|ng|nh|[cmnptiyCMNPTIY]|CH|NG|NH)(?![^\W\d_]))[aeAE]")


def _tone_to_second(m: re.Match) -> str:
    o, vowel = m.group(0)
    return ("o" if o.islower() else "O") + _TONED[vowel][_O_TONES[o]]


# A syllable of one consonant letter (h, k, l, m, s, t) or "qu" and a final i is written with i or y alike
# ("quí"/"quý", "cùng kì"/"cùng kỳ", "tỉ lệ"/"tỷ lệ", "kĩ thuật"/"kỹ thuật", "lí do"/"lý do"): folded to y, the
# spelling the lexicon is written in. A whole syllable only: "thi", "khi", "kim", "tiêu", "quita" keep their i.
# (The consonant comes first and the word-start look-behind after it, for the same reason as in _FOLD_RE.)
_I_TO_Y = dict(zip("iíìỉĩịIÍÌỈĨỊ", "yýỳỷỹỵYÝỲỶỸỴ"))
_FINAL_I_RE = re.compile(r"[hklmstqHKLMSTQ](?<![^\W\d_][hklmstqHKLMSTQ])(?:(?<=[qQ])[uU]|(?<![qQ]))"
                         r"([iíìỉĩịIÍÌỈĨỊ])(?![^\W\d_])")


def _i_to_y(m: re.Match) -> str:
    return m.group(0)[:-1] + _I_TO_Y[m.group(1)]


# "Cư M’gar", "Ea Hʼleo": a typographic apostrophe inside a name is the official list's "'". Replaced with
# str.replace, not str.translate: translate looks every character of a report up in its table (~2 ms a report).
_APOSTROPHES = ("’", "ʼ")


def fold_spelling(text: str) -> str:
    """Fold old-style tone placement, a tone typed on the wrong vowel of "oa"/"oe" and the i/y of open syllables;
    same length as `text` (offsets preserved)."""
    text = _FOLD_RE.sub(lambda m: _OLD_TO_NEW.get(m.group(0), m.group(0)), text)
    text = _MISPLACED_TONE_RE.sub(_tone_to_second, text)
    for apostrophe in _APOSTROPHES:
        text = text.replace(apostrophe, "'")
    return _FINAL_I_RE.sub(_i_to_y, text)


def lower_same_length(text: str) -> str:
    """Lower-case without moving offsets (a character whose lower case is longer stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def matching_text(text: str) -> str:
    """What the lexicon's patterns run on: spelling folded and lower-cased, offsets those of `text`."""
    return lower_same_length(fold_spelling(text))


def lower_pattern(pattern: str) -> str:
    """Lower-case a pattern's literals but not its escapes (\\S, \\W, \\D must keep their case)."""
    keep = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")
    return re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|[^\\(]+|\(",
                  lambda m: m.group() if keep.fullmatch(m.group()) else m.group().lower(), pattern)


def compile_words(pattern: str) -> re.Pattern:
    """Compile for `matching_text`: lower-case literals, ' ?' → any spaces, ' ' → at least one.

    Matching lower-cased text case-sensitively is ~8× faster than re.IGNORECASE on Vietnamese text.
    """
    return re.compile(lower_pattern(pattern.replace(" ?", r"\s*").replace(" ", r"\s+")))
