"""Report tables: what a column heading says its figures are, the counts a row names by its label, and how a
cell writes its bound (dưới 0,4, ≥ 95).
"""
from __future__ import annotations

import re

from .spelling import compile_words


# Counts a table row names by its label (the prose reads them with their own sentence shapes).
TABLE_COUNT_LABELS: tuple[tuple[str, re.Pattern], ...] = (
    ("ntm_advanced_communes", compile_words(r"xã (?:được công nhận )?(?:đạt chuẩn )?(?:xã )?(?:nông thôn mới|NTM) nâng cao")),
    ("ntm_communes", compile_words(r"xã (?:được công nhận )?(?:đạt chuẩn )?(?:xã )?(?:nông thôn mới|NTM)(?! nâng cao| kiểu mẫu)")),
    ("new_enterprises", compile_words(r"doanh nghiệp (?:được )?thành lập mới|thành lập mới doanh nghiệp")),
)
_PCT = r"(?: \(%\)| %)?"
_YEAR_OR_PART = r"(?: năm| 6 tháng(?: đầu năm)?| 9 tháng(?: đầu năm)?| quý [IV\d]+)*(?: ?[-/]? ?\d{4})?"
TABLE_COLUMNS: tuple[tuple[str, re.Pattern], ...] = (
    ("label", compile_words(r"(?:tên )?(?:chỉ tiêu|nội dung|danh mục)(?: chủ yếu)?")),
    ("unit", compile_words(r"đvt|đơn vị(?: tính)?")),
    ("share_of_plan", compile_words(rf"(?:tỷ lệ )?(?:% )?(?:so sánh )?so (?:với )?(?:KH|kế hoạch|NQ|nghị quyết|dự toán|chỉ tiêu){_YEAR_OR_PART}{_PCT}")),
    ("vs_last_year", compile_words(rf"(?:tỷ lệ )?(?:% )?(?:so sánh )?so (?:với )?(?:CK|cùng kỳ|năm trước|năm \d{{4}}){_PCT}")),
    ("plan", compile_words(rf"(?:KH|kế hoạch|chỉ tiêu(?: KH| NQ| kế hoạch| nghị quyết)?|NQ|nghị quyết|dự toán)(?: giao)?{_YEAR_OR_PART}")),
    ("result", compile_words(rf"(?:ước )?(?:TH|thực hiện|ƯTH|ước tính|ước|kết quả)(?: thực hiện)?{_YEAR_OR_PART}")),
)
# A table cell: a figure, perhaps with its bound ("dưới 0,4", "≥ 95", "trên 80"); ranges ("8 - 8,5") are none.
TABLE_CELL_RE = re.compile(r"(?:(?P<bound>dưới|trên|hơn|tối thiểu|tối đa|khoảng|gần|[<>≤≥]=?)\s*)?(?P<number>\d[\d.,\s]*)")
TABLE_BOUNDS = {"dưới": "under", "tối đa": "under", "<": "under", "<=": "under", "≤": "under",
                 "trên": "over", "hơn": "over", "tối thiểu": "over", ">": "over", ">=": "over", "≥": "over",
                 "khoảng": "approx", "gần": "approx"}
# "Ước TH 2023", "ƯTH": a result column that is an estimate.
ESTIMATE_HEADING_RE = re.compile(r"ước|ưth")
# "Chỉ tiêu nhiệm kỳ", "NQ Đại hội": a plan column of the term's resolution.
TERM_HEADING_RE = re.compile(r"nhiệm kỳ|đại hội")
