"""Indicator choice: the indicator phrases of a text (longest first, a growth phrase joined to the quantity it
names), a label written after a figure, and per-hectare forms of production value.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import lexicon as lx
from .clauses import scan
from .quantities import Quantity
from .units import is_rate


@dataclass
class KeywordHit:
    start: int
    end: int
    indicator: str
    growth: bool


def find_keywords(folded: str, spans: list[tuple[int, int]] | None = None) -> list[KeywordHit]:
    """Indicator phrases, longest first; a phrase swallows any other phrase inside its noun phrase."""
    hits = []
    for kw in lx.KEYWORDS:
        if kw.needles and not any(n in folded for n in kw.needles):
            continue
        for m in scan(kw.regex, folded, spans):
            start = m.start()
            lead = lx.LEADING_MODIFIER_RE.search(folded, max(0, start - 12), start)
            if lead:
                start = lead.start()
            hits.append(KeywordHit(start, m.end(), kw.indicator, kw.growth))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    hits = _growth_of_next_phrase(folded, hits)
    hits = [_sector_value(folded, h) for h in hits]
    kept: list[KeywordHit] = []
    reach = -1
    for h in hits:
        if h.start < reach:
            continue
        kept.append(h)
        stop = lx.PHRASE_END_RE.search(folded, h.end, h.end + 120)
        reach = stop.start() if stop else h.end
    return kept


def _sector_value(folded: str, hit: KeywordHit) -> KeywordHit:
    """"Sản xuất công nghiệp tăng trưởng khá, giá trị sản xuất đạt 8.772 tỷ đồng", "Công nghiệp, thương mại - dịch
    vụ phát triển khá; giá trị sản xuất ước đạt 389 tỷ": a bare production value opening a clause, after a clause
    that opens with a sector and holds no figure, is that sector's value (several sectors: none of the catalogue)."""
    if hit.indicator != "production_value" or not lx.BARE_VALUE_RE.fullmatch(folded, hit.start, hit.end):
        return hit
    cut = max(folded.rfind(c, 0, hit.start) for c in ";:.\n")
    if cut >= 0 and folded[cut] == ";" and not folded[cut + 1:hit.start].strip():
        cut = max(folded.rfind(c, 0, cut) for c in ";:.\n")   # the sector's clause ends at the semicolon
    part = cut + 1
    topic = lx.SECTOR_TOPIC_RE.match(folded, part + len(folded[part:hit.start]) - len(folded[part:hit.start].lstrip()))
    between = folded[topic.end():hit.start] if topic else ""
    if not topic or not any(c in between for c in ",;") or any(ch.isdigit() for ch in between):
        return hit
    industry = topic.group("industry") and not lx.SECTOR_JOINED_RE.match(folded, topic.end())
    return KeywordHit(hit.start, hit.end, lx.SECTOR_INDICATOR if industry else "", hit.growth)


def _growth_of_next_phrase(folded: str, hits: list[KeywordHit]) -> list[KeywordHit]:
    """"Tốc độ tăng thu ngân sách", "tốc độ tăng trưởng giá trị sản xuất công nghiệp": a growth phrase that runs
    into another quantity's name is the growth of that quantity (sorted hits in, sorted hits out)."""
    growth = [h for h in hits if h.growth]
    if not growth:
        return hits
    dropped, merged = set(), []
    for h in growth:
        nxt = [o for o in hits if o is not h and h.start < o.start <= h.end + 2 and o.end > h.end
               and o.indicator != h.indicator and not folded[h.end:o.start].strip()]
        if nxt:
            o = max(nxt, key=lambda o: o.end)
            dropped.update((id(h), id(o)))
            merged.append(KeywordHit(h.start, o.end, o.indicator, True))
    if not merged:
        return hits
    out = [h for h in hits if id(h) not in dropped] + merged
    out.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return out


def per_area_forms(clause_kws: list[KeywordHit], quantities: list[Quantity], folded: str) -> list[KeywordHit]:
    """"Giá trị sản xuất đạt 135,6 triệu đồng/ha (108,6% kế hoạch)": a production value whose first figure is money per
    hectare is the value per hectare (output_per_ha), and so are the shares stated with it; so is the farm sector's
    ("giá trị sản xuất nông nghiệp đạt 150 triệu đồng/ha")."""
    out = []
    for i, k in enumerate(clause_kws):
        farm = not k.indicator and lx.FARM_VALUE_RE.match(folded, k.start, k.end)
        if (k.indicator == "production_value" or farm) and not k.growth:
            nxt = clause_kws[i + 1].start if i + 1 < len(clause_kws) else None
            first = next((q for q in quantities if q.start >= k.end and (nxt is None or q.start < nxt)), None)
            if first is not None and first.per_area:
                k = KeywordHit(k.start, k.end, "output_per_ha", False)
        out.append(k)
    return out


def post_label(q: Quantity, post: str, clause_kws: list[KeywordHit]) -> tuple[str | None, int, bool]:
    """(indicator, end) of a rate named after its number ("2,8% hộ cận nghèo"); skip=True for another share."""
    if q.kind not in ("pct", "pp"):
        return None, q.end, False
    stripped = post.lstrip()
    gap = len(post) - len(stripped)
    for indicator, rx in lx.POST_LABELS:
        label_match = rx.match(stripped)
        if label_match:
            return indicator, q.end + gap + label_match.end(), False
    other = lx.OTHER_POST_LABEL.match(stripped) and not any(
        k.start < q.start and k.indicator and is_rate(k.indicator) and k.indicator.endswith("coverage")
        for k in clause_kws)
    return None, q.end, bool(other)
