"""Scope words: units named in a clause (toàn tỉnh, xã X, huyện Y), yardsticks (cao hơn bình quân toàn tỉnh), and
the parts of a whole (trong đó …).
"""
from __future__ import annotations

import re

from .spelling import compile_words


# Words after "trong đó" that name no part ("…, trong đó đạt 52%", "trong đó có khoảng 30%").
PART_FILLER_WORDS = frozenset(
    "có là đạt ước tính được khoảng gần hơn trên dưới chiếm tăng giảm còn vượt bằng đã thực hiện năm quý tháng".split())
# "…, trong đó thu nội địa 320 tỷ đồng", "Trong đó: thu nội địa …": the indicator's phrase right after "trong đó" names
# a part of the total stated before it.
PART_BEFORE_PHRASE = compile_words(r"\btrong đó ?[,:]? ?$")
# Revenue collected in the district ("thu ngân sách trên địa bàn", "thu nội địa"), not the all-sources total.
COLLECTED_IN_DISTRICT_RE = compile_words(r"trên địa bàn|nội địa")
# "thu cân đối ngân sách trên địa bàn": the balanced revenue, what the district itself collects.
BALANCED_REVENUE_RE = compile_words(r"\bthu cân đối\b")
# A whole unit without its name: "toàn tỉnh", "của cả tỉnh", "cả nước", "toàn quốc", "trên địa bàn thành phố".
# ("thành phố" is the province only in a district of a centrally-run city such as Hải Phòng or Đà Nẵng.)
WHOLE_UNIT_RE = compile_words(
    r"\b(?:(?P<country>(?:toàn|cả|của cả) nước|toàn quốc)|(?:toàn|cả|của|trên địa bàn) (?:(?P<province>tỉnh)|(?P<city>thành phố)))\b")
# Case-sensitive: a unit word and the words after it. With a capitalised name it names a unit ("xã Ngãi Xuyên",
# "huyện Cù Lao Dung", "thành phố Đà Nẵng"); without one, a district-level word is the document's own unit as
# subject ("thị xã phấn đấu …"). (Regex ranges cannot tell Vietnamese capitals; callers use str.isupper.)
# ("kinh tế - xã hội của thị xã An Khê": "xã hội", society, is no commune, and must not swallow the unit after it)
UNIT_WORD_RE = re.compile(
    r"(?<![^\W\d_])(?P<word>[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Tt]hành\s+phố|[Tt]ỉnh|[Tt]hị\s+trấn|[Xx]ã(?!\s+hội)|[Pp]hường)"
    r"\s+(?P<next>[^\W\d_]+(?:['’ʼ][^\W\d_]*)?(?:[ \-][^\W\d_]+(?:['’ʼ][^\W\d_]*)?){0,3})")   # "Cư M'gar", "Ia H' Drai"
COMMUNE_WORDS = ("xã", "phường", "thị trấn")
# "5 huyện đạt chuẩn", "các huyện": units counted, not the document's own unit as subject.
COUNTED_BEFORE = compile_words(r"(?:\d|\bcác|\bnhững|\bmọi|\bnhiều|\bmột số) $")
# "cao hơn bình quân toàn tỉnh (88,7%)", "đứng đầu của cả tỉnh với trên 16%": a unit named as a yardstick; the
# figure is that unit's only when written in brackets right after it.
COMPARED_BEFORE = compile_words(
    # "đứng trong tốp đầu toàn tỉnh", "thuộc nhóm dẫn đầu của tỉnh": ranked among the province's units
    r"(?:cao hơn|thấp hơn|hơn|đứng đầu|dẫn đầu|đứng thứ \S+|(?:cao|thấp|lớn|nhiều|ít) nhất|so với|so|bằng|gấp \S+ lần"
    r"|(?:tốp|top|nhóm) (?:đầu|dẫn đầu|cuối))"
    r"(?: (?:mức|bình quân|trung bình|chung|của|trong|trên|toàn))* ?$")
BRACKETED_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s*){0,3}(?:\(|\blà\b|:)\s*$")
PART_SENTENCE_RE = re.compile(r"\s*trong\s+đó\b", re.IGNORECASE)
# "trong đó …": what follows names a part of the whole stated before it.
PART_WORD = "trong đó"
# "của tỉnh", "của Thành phố": the province named as a comparison ("đơn vị đầu tiên của tỉnh"), not as subject.
OF_WORD = "của"
# "ít nhất trên toàn huyện", "cao nhất tỉnh": a unit ranked within.
RANKED_WORD = "nhất"
# The unit words of a province, and of a centrally-run city (a province too: "Thành phố Hải Phòng").
PROVINCE_WORD, CITY_WORD, CITY_PREFIX = "tỉnh", "thành phố", "Thành phố"
PROVINCE_PREFIX_RE = re.compile(r"^(?:Tỉnh|Thành phố)\s+")
# "huyện Long Phú, tỉnh Sóc Trăng", "huyện Đất Đỏ (tỉnh Bà Rịa - Vũng Tàu)": what lies between a district and the
# province named in apposition to it.
APPOSITION_GAP_RE = re.compile(r"\s*[,(–-]\s*(?:thuộc\s+)?", re.IGNORECASE)
# "phía Bắc giáp huyện Châu Thành A", "tiếp giáp với tỉnh Kiên Giang": units named as the borders of another
# (lower-cased text, ending right before the unit word).
NEIGHBOUR_BEFORE_RE = re.compile(r"\bgiáp(?:\s+với)?\s+$")
# A district-level unit word, or its abbreviation, somewhere in lower-cased text ("tx.hồng ngự"). Every alternative
# opens with a letter ("t(?<=\bt)x" is "\btx"): the engine then jumps to those letters in C, 6× faster than when one
# opens with \b (asked for every line of a report).
DISTRICT_WORD_NEEDLE_RE = re.compile(r"huyện|thị xã|quận|thành phố|t(?<=\bt)[xp]\b")
# "của tỉnh Đắk Nông", "thuộc tỉnh …", "tại Đắk Nông": the province named as owner, frame or place, not as subject
# (lower-cased text, ending right before the province's name; "tỉnh X" is read as a unit word).
PROVINCE_OWNER_BEFORE_RE = re.compile(r"(?:\bcủa|\bthuộc|\btại|\bở|\bvề|\bvới|\bcho|\btỉnh|\bgiáp(?:\s+với)?)\s+$")
# A line between two articles of one page: "***", "* * *", "-----".
ARTICLE_SEPARATOR_RE = re.compile(r"^[ \t]*(?:(?:\*[ \t]*){3,}|[-–—_=]{3,})[ \t]*$", re.MULTILINE)
