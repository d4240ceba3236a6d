"""Parts and wholes: a figure stated as part of a total gives way to the total in a conflict, except where the
part is what the indicator holds (revenue collected in the district).
"""
from __future__ import annotations

import re

from .. import lexicon as lx
from .context import Context
from .indicator import find_keywords


PART_KEY = "_part"


def collected_over_all_sources(facts: list[dict]) -> None:
    """"Tổng thu ngân sách nhà nước 797 tỷ đồng, trong đó thu nội địa 38 tỷ đồng": the whole counts transfers from the
    budgets above, the part is the revenue collected in the district, which is what budget_revenue holds. There the
    part is the indicator's figure and the whole gives way; a whole itself collected "trên địa bàn" stays the figure."""
    parts = [f for f in facts if f["indicator"] == "budget_revenue" and (
        (f.get(PART_KEY) and lx.COLLECTED_IN_DISTRICT_RE.search(f["quote"])) or lx.BALANCED_REVENUE_RE.search(f["quote"]))]
    # ("tổng thu ngân sách nhà nước đạt 832 tỷ đồng; thu cân đối ngân sách trên địa bàn 41 tỷ đồng": the balanced
    # revenue, said beside the total rather than after "trong đó", is that part all the same)
    for part in parts:
        wholes = [g for g in facts if g is not part and not g.get(PART_KEY) and g["indicator"] == "budget_revenue"
                  and not lx.BALANCED_REVENUE_RE.search(g["quote"])
                  and (g["place_id"], g["period"], g["measure"]) == (part["place_id"], part["period"], part["measure"])]
        if wholes and not any(lx.COLLECTED_IN_DISTRICT_RE.search(g["quote"]) for g in wholes):
            part[PART_KEY] = False
            for whole in wholes:
                whole[PART_KEY] = True


def part_of_the_whole_before(ctx: Context, pos: int, indicator: str) -> bool:
    """"… ước đạt 9.380 tỷ đồng. Trong đó, sản xuất nông nghiệp … tổng giá trị sản xuất chỉ đạt 2.257 tỷ đồng": a
    sentence opening with "Trong đó" lists parts of the whole its sentence before states for the same indicator; a
    part never beats that whole. ("Trong đó, một số chỉ tiêu tăng khá: …" with no such whole lists examples.)"""
    s_start = ctx.sentence_start(pos)
    if not lx.PART_SENTENCE_RE.match(ctx.folded, s_start) or s_start == 0:
        return False
    prev_start = ctx.sentence_start(s_start - 1)
    return any(kw.indicator == indicator for kw in find_keywords(ctx.folded, [(prev_start, s_start)]))


def names_a_part(folded: str, start: int, end: int) -> bool:
    """"Thu ngân sách đạt 1.865 tỷ đồng, trong đó thu tiền sử dụng đất 1.210 tỷ đồng": after "trong đó" a noun names
    a part of the quantity (outside the catalogue when no indicator phrase follows), not the quantity itself."""
    at = folded.rfind(lx.PART_WORD, start, end)
    if at == -1:
        return False
    words = _WORD_RE.findall(folded, at + len(lx.PART_WORD), end)
    return any(w not in lx.PART_FILLER_WORDS for w in words)


_WORD_RE = re.compile(r"[^\W\d_]+")
