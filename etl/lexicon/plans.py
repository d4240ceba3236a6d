"""Plan cues and target sets: the words that make a figure a plan rather than a result (phấn đấu, mục tiêu, a
later year), and those that name which resolution a target belongs to (its scope and the body that set it).
"""
from __future__ import annotations

import re

from .spelling import compile_words


# A list announced by a plan ("Năm 2023, huyện đặt mục tiêu A tăng 9%; B đạt 1.300 tỷ đồng; …"): these cues reach
# every clause after them in the sentence, unless they only cite a plan ("đạt 101% mục tiêu").
# "Các chỉ tiêu chủ yếu trong nhiệm kỳ 2020-2025", "Một số chỉ tiêu cụ thể như: …": a list of targets announced
# (not "các chỉ tiêu chủ yếu đều đạt …", a list of results).
LIST_TARGET_CUE_RE = compile_words(
    # "Các chỉ tiêu kinh tế-xã hội chủ yếu năm 2024 là: …" (the kind of targets may be named before "chủ yếu")
    r"phấn đấu|mục tiêu|dự kiến|định hướng"
    r"|chỉ tiêu(?: (?:phát triển )?(?:kinh tế ?[-–]? ?xã hội|KT ?[-–]? ?XH))? chủ yếu (?:kế hoạch )?năm \d{4}"
    r"|(?:các|một số) chỉ tiêu (?:(?:chủ yếu|cụ thể|chính) )*(?:\(? ?(?:trong |của )?(?:nhiệm kỳ|giai đoạn|thời kỳ) ?\(?\d{4} ?[-–] ?\d{4}|như ?:)")
# "đã hoàn thành nhiều mục tiêu quan trọng, trong đó …": goals reached, cited in a sentence of results.
CITED_PLAN_BEFORE = compile_words(r"(?:\d ?%|\bđạt|\bvượt|\bhoàn thành|\bso với|\bso)"
                                  r"(?: (?:được|nhiều|các|những|hầu hết|toàn bộ|tất cả|cơ bản|thắng lợi))* ?$")
# A year after the one reported on, with a word of planning: "Năm 2025, huyện đề ra 20 chỉ tiêu, trong đó: …".
PLAN_WORD_RE = compile_words(r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|nhiệm vụ|phương hướng|nghị quyết|đề ra|dự kiến|định hướng")
# "đến năm 2025", "đến hết năm 2025" (not "tính đến năm …", a status date): a horizon.
HORIZON_BEFORE = compile_words(r"(?<!tính\s)\bđến (?:hết |cuối )?$")
# "so với mục tiêu năm 2025", "đạt kế hoạch năm 2024": a later year cited as a yardstick, not announced.
CITED_YEAR_BEFORE = compile_words(r"(?:\bso(?: với)?|\bđạt|\bvượt|\bbằng|\bhoàn thành)\b[^\d,;.]{0,20}$")
# "dự toán thu ngân sách … giao … là 845 tỷ đồng": the budget estimate, a plan ("đạt 102% dự toán" only cites one)
TARGET_CUE_RE = compile_words(
    r"dự toán (?:thu|chi|ngân sách)|phấn đấu|mục tiêu|dự kiến|chỉ tiêu (?:đề ra|giao|kế hoạch)(?: là)?|kế hoạch (?:năm \d{4}|đề ra|giao)|định hướng|sẽ (?:đạt|tăng|giảm|có)"
)
# ("theo bộ tiêu chí giai đoạn 2022 - 2025" names a standard, not the term of a resolution)
TERM_CUE_RE = compile_words(r"nhiệm kỳ|đại hội|lần thứ [IVXLC]+\b|cả nhiệm kỳ|(?<!chí\s)giai đoạn \d{4} ?[-–] ?\d{4}|5 năm")
ANNUAL_CUE_RE = compile_words(r"(?:nghị quyết|NQ|chỉ tiêu|kế hoạch)(?: \S+){0,3}? năm\b|(?<!đến\s)năm \d{1,4}\b|hằng năm|hàng năm|\bnăm\b(?! \d)")
QUARTER_CUE_RE = compile_words(r"quý (?:IV|III|II|I|[1-4])\b")
PARTY_CUE_RE = compile_words(r"đảng bộ|huyện ủy|thành ủy|thị ủy|quận ủy|tỉnh ủy|ban chấp hành|ban thường vụ|\bBTV\b|đại hội")
# "dự toán tỉnh giao", "kế hoạch UBND tỉnh giao", "dự toán Trung ương giao": a plan the district was assigned from above.
PROVINCE_PLAN_CUE_RE = compile_words(r"(?:\btỉnh|trung ương|\bTW|(?:UBND|HĐND|ủy ban nhân dân|hội đồng nhân dân) tỉnh) giao\b"
                           r"|(?:dự toán|kế hoạch|KH) (?:của )?(?:tỉnh|trung ương)\b")
# "đạt 122,44% kế hoạch thành phố và 120,8% kế hoạch quận" in a district of a centrally-run city: the city's plan
# is the one assigned from above (extract/target_sets.py reads it so only where the city is the province).
CITY_PLAN_CUE_RE = compile_words(r"(?:dự toán|kế hoạch|KH|chỉ tiêu) (?:của )?thành phố\b|thành phố giao\b")
# "dự toán huyện (giao)": the district's own budget, which its People's Council adopts.
COUNCIL_CUE_RE = compile_words(r"hội đồng nhân dân|HĐND|NQHĐND|dự toán (?:huyện|thị xã|thành phố|quận)\b")
COMMITTEE_CUE_RE = compile_words(r"ủy ban nhân dân|UBND|kế hoạch phát triển kinh tế")
ACHIEVED_RE = re.compile(r"\bđã\b|\bđạt\s+được\b")
ESTIMATED_RE = re.compile(r"\bước\s+(?:đạt|tính|thực\s+hiện)\b")
SPAN_TO_FIGURE_RE = re.compile(r"\s*[:(]?\s*(?:(?:ước\s+)?(?:đạt|là)\s+)?(?:khoảng|trên|hơn|dưới|gần)?\s*")
TARGET_PHRASE_END_RE = re.compile(r",|\bvà\b|\btừng bước\b|\bcòn\b|\btrong điều kiện\b")
PER_YEAR_SUFFIX_RE = re.compile(r"^\s*/\s*năm")
PLAN_NAMED_RE = re.compile(r"kế hoạch|\bkh\b", re.IGNORECASE)
GENERIC_PLAN_RE = re.compile(r"\s*(?:so\s+(?:với\s+)?)?(?:kế hoạch|kh)(?:\s+(?:đề ra|được giao|giao))?\s*\)?\s*[.:]?\s*$")
RESOLUTION_WORD_RE = re.compile(r"nghị quyết|\bNQ\b", re.IGNORECASE)

# "Tỷ lệ hộ nghèo cuối năm 2020, dự kiến còn 2,89%" in the review of 2020: the year's result expected at its end
# (an estimate), not a plan; the year's end named before "dự kiến" in the sentence.
# ("đến năm 2015 dự kiến đạt 47 tỷ đồng" in the review of the term 2010-2015: its last year's result expected)
YEAR_END_EXPECTED_RE = compile_words(r"\b(?:cuối|hết|đến(?: hết| cuối)?) năm (?P<year>(?:19|20)\d\d)\b[^.;\n]{0,80}?\bdự kiến\b")

# "Tổng thu ngân sách dự kiến 1.589 tỷ đồng, vượt 32,9% so dự toán" in the review of that year: what is expected of
# the year, measured against its plan, is a result (an estimate), not a plan.
EXPECTATION_CUE_RE = compile_words(r"dự kiến")
MEASURED_AGAINST_PLAN_RE = compile_words(
    r"\b(?:vượt|đạt|bằng)(?: (?:khoảng|gần|hơn|trên))? [\d.,]+ ?% (?:so )?(?:với )?(?:dự toán|kế hoạch|kh\b|chỉ tiêu)")
