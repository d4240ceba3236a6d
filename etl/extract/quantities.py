"""Figures with their unit word (%, điểm %, money, tonnes), found by jumping from digit to digit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon as lx
from ..numbers import MONEY_RE, money_in_millions, parse_number


# A digit that starts a number (none of "0-9.," before it); the look-behind follows the digit so that the engine
# skips from digit to digit instead of trying the look-behind at every character.
_NUMBER_START_RE = re.compile(r"\d(?<![\d.,]\d)")


@dataclass
class Quantity:
    start: int
    end: int
    number_start: int
    kind: str          # pct | pp | money | tonnes
    value: float       # % / pp / million VND / tonnes
    per_area: bool = False   # money per hectare ("135,6 triệu đồng/ha")
    per_person: bool = False   # money per head or household ("72 triệu đồng/người/năm")


def _spaced_decimal(text: str, at: int, end: int) -> Quantity | None:
    """"còn 11, 48%": one percentage written with a space after its decimal comma (lexicon.SPACED_DECIMAL_RE)."""
    if "," not in text[at + 1 : at + 4]:
        return None   # its one to three digits and the comma: asked at every number, most without one
    m = next((m for m in lx.SPACED_DECIMAL_RE.finditer(text, max(0, at - 12), min(end, at + 12))
              if m.start("int") == at), None)
    if m is None:
        return None
    return Quantity(at, m.end(), at, "pct", parse_number(f"{m.group('int')},{m.group('dec')}"))


def find_quantities(text: str, start: int, end: int) -> list[Quantity]:
    found = []
    pos = start
    while True:
        # Jump from digit to digit: anchoring the big alternation at digits is far faster than a full scan.
        digit = _NUMBER_START_RE.search(text, pos, end)
        if digit is None:
            break
        m = lx.QUANTITY_RE.match(text, digit.start(), end)
        spaced = None if m is not None else _spaced_decimal(text, digit.start(), end)
        if spaced is not None:
            found.append(spaced)
            pos = spaced.end
            continue
        if m is None:
            pos = digit.end()   # the digits after it start no number: _NUMBER_START_RE skips them itself
            continue
        pos = m.end()
        try:
            if m.group("money"):
                inner = MONEY_RE.match(m.group("money"))
                per = m.group("per") or ""
                q = Quantity(m.start(), m.end(), m.start("money"), "money", money_in_millions(inner),
                             per_area=any(w in per for w in lx.PER_AREA_WORDS),
                             per_person=any(w in per for w in lx.PER_PERSON_WORDS))
            elif m.group("tonnes") is not None:
                scale = lx.TONNE_SCALES.get((m.group("tscale") or "").strip().lower(), 1.0)
                q = Quantity(m.start(), m.end(), m.start("number"), "tonnes", parse_number(m.group("number")) * scale)
            else:
                kind = "pp" if m.group("pp") is not None else "pct"
                q = Quantity(m.start(), m.end(), m.start("number"), kind, parse_number(m.group("number")))
        except ValueError:
            continue
        found.append(q)
    return found
