"""Period words the extractor looks for around a figure: years and spans named in a line, "cả năm", "đến nay",
the framing that opens a paragraph (the period grammar itself is etl/periods.py).
"""
from __future__ import annotations

import re

from .spelling import compile_words


YEAR_MENTION_RE = compile_words(r"(?P<base>\bso(?: với)? |\btừ )?năm (?P<year>(?:19|20)\d\d)(?!\d)")
SPAN_MENTION_RE = compile_words(r"(?:nhiệm kỳ|giai đoạn|thời kỳ) ?\(? ?(?P<start>(?:19|20)\d\d) ?[-–—] ?(?P<end>(?:19|20)\d\d)(?!\d)")
# "cả năm": the whole year, even in a quarterly or half-year report.
WHOLE_YEAR_RE = compile_words(r"\bcả năm\b")
# "Đến nay, …", "sau nửa nhiệm kỳ, …": a status at the time of writing.
# "Hiện huyện có 14/14 xã …" opening a sentence is "now" too (not the "hiện" of "thực hiện").
# ("tới nay", "cho đến nay": the same "by now")
AS_OF_NOW_RE = compile_words(r"\b(?:đến nay|tới nay|tính đến nay|hiện nay|sau nửa nhiệm kỳ|giữa nhiệm kỳ)\b"
                             r"|(?:^|(?<=[.;:!?\n])|(?<=[.;:!?\n]\s))hiện (?=huyện|toàn|thị xã|thành phố|có|đã|còn)")
# "đến nay" opening a status (not "sau nửa nhiệm kỳ", which names the span), and the words of a total or average
# over a span that keep a figure after it the span's ("đến nay, bình quân mỗi năm tăng 8%").
NOW_STATUS_RE = compile_words(r"\b(?:tính )?(?:đến|tới) nay\b|\bhiện nay\b")
SPAN_TOTAL_RE = compile_words(r"\b(?:bình quân|trung bình|tổng cộng|lũy kế|cộng dồn|mỗi năm|hằng năm|hàng năm)\b")
# "Bước vào thực hiện chương trình …, huyện với xuất phát điểm rất thấp, … tỷ lệ hộ nghèo 11,48%": the figures of the
# starting point, years back and unsaid; no period of the table holds them.
STARTING_POINT_BEFORE_RE = compile_words(r"\b(?:xuất phát điểm|điểm xuất phát|bước vào thực hiện|khi (?:mới )?bắt đầu (?:thực hiện|triển khai|xây dựng))\b")
# "đến ngày 31/10/2023", "tính đến hết tháng 10/2023": figures cumulated to a day; when that day ends no quarter
# (extract/period.py) they are ten months or the like, which no period of the table holds; when it ends one
# ("đến ngày 30/6/2019, còn 2,42%") they are the quarters up to it.
CUTOFF_DAY_RE = compile_words(
    r"\bđến (?:hết )?(?:ngày (?P<d>\d{1,2}) ?[-/.] ?(?P<m>\d{1,2})(?: ?[-/.] ?(?P<y>(?:19|20)\d\d))?"
    r"|hết tháng (?P<month>\d{1,2})(?: ?[-/] ?(?P<ym>(?:19|20)\d\d))?|(?P<d2>\d{1,2}) ?[-/.] ?(?P<m2>\d{1,2}) ?[-/.] ?(?P<y2>(?:19|20)\d\d))(?![\d/])")
PARAGRAPH_FRAMING_RE = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:(?:Trong|Đến cuối|Đến hết|Cuối|Hết|Tính đến hết)\s+)?"
    r"(?:năm\s+\d{4}|quý\s+\S+\s*[-/]?\s*\d{4}|(?:0?[369]|ba|sáu|chín)\s+tháng\s+(?:đầu\s+)?năm\s+\d{4})",
    re.IGNORECASE,
)
# "Năm 2010, thu nhập … chỉ đạt 15 triệu. Sau 10 năm, huyện đã có …": a sentence opening with the time elapsed since,
# or with "đến nay", closes the paragraph's earlier framing year.
FRAMING_CLOSED_RE = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:Sau\s+(?P<years>\d+)\s+năm\b(?P<bare>\s*,)?|(?:Đến|Tới|Hiện)\s+nay\b)",
                               re.IGNORECASE)
HEADING_FIGURE_RE = re.compile(r"\d\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|tấn|ha\b)")   # a line stating figures is no heading
# "… báo cáo tình hình 6 tháng đầu năm 2017. Theo đó, tốc độ tăng trưởng đạt …": a sentence opening with a word
# that continues the one before it reads its period there.
CONTINUING_SENTENCE_RE = compile_words(r"\s*(?:theo đó|cụ thể|qua đó)\b")
