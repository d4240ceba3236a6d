"""Words one of which a line must hold for a pattern to be sought in it (a cheap test before the regex).
"""
from __future__ import annotations

from .periods import AS_OF_NOW_RE, SPAN_MENTION_RE, YEAR_MENTION_RE
from .plans import LIST_TARGET_CUE_RE, PLAN_WORD_RE, TARGET_CUE_RE
from .scope import UNIT_WORD_RE, WHOLE_UNIT_RE


# Words one of which a line must hold for a pattern to match in it (a cheap test before the regex).
NEEDLES = {
    WHOLE_UNIT_RE: ("nước", "quốc", "tỉnh", "thành phố"),
    UNIT_WORD_RE: ("uyện", "uận", "xã", "phố", "ỉnh", "hường", "trấn"),
    YEAR_MENTION_RE: ("năm",),
    SPAN_MENTION_RE: ("nhiệm kỳ", "giai đoạn", "thời kỳ"),
    AS_OF_NOW_RE: ("nay", "nhiệm kỳ", "hiện"),
    LIST_TARGET_CUE_RE: ("phấn đấu", "mục tiêu", "dự kiến", "định hướng", "chủ yếu", "chỉ tiêu cụ thể"),
    PLAN_WORD_RE: ("phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "nhiệm vụ", "phương hướng", "nghị quyết", "đề ra",
                      "dự kiến", "định hướng"),
    TARGET_CUE_RE: ("dự toán", "phấn đấu", "mục tiêu", "dự kiến", "chỉ tiêu", "kế hoạch", "định hướng", "sẽ"),
}
