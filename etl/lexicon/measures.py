"""Measure cues: the words around a figure that say whether it is a level, a change, a growth, a share of the
plan or the plan's own figure.
"""
from __future__ import annotations

import re

from .spelling import compile_words


TARGET_WORD_AFTER = compile_words(
    # ("bằng 50,71% so với NQHĐND huyện": the council's resolution, its abbreviations run together)
    r"(?:\) ?)?(?:so (?:với )?)?(?:chỉ tiêu|kế hoạch|KH\b|nghị quyết|NQ\b|NQ ?HĐND\b|mục tiêu|dự toán|chỉ tiêu nghị quyết"
    # "vượt 40% so với tỉnh giao": the plan named only by the body that set it (what it "giao", assigned)
    r"|(?:tỉnh|huyện|thành phố|TP|thị xã|cấp trên|trên) giao\b)"
)
# "so dự toán giao đạt 42%", "so với kế hoạch năm, đạt 51%": the plan named before the share of it.
TARGET_WORD_BEFORE = compile_words(
    r"\bso (?:với )?(?:dự toán|kế hoạch|KH|nghị quyết|NQ|chỉ tiêu)(?: [^\d,;()%]{0,30}?)?,? (?:đạt|bằng|vượt)(?: (?:hơn|trên|gần|khoảng))? ?$")
# "bằng 105% so với cùng kỳ" / "đạt 98% so cùng kỳ" / "bằng 133% cùng kỳ năm 2021": the level as a share of last
# year's → growth of X − 100.
# "bằng 110,5% so với năm 2021", "bằng 108% so với năm trước": the same, against a named or the previous year.
SAME_PERIOD_RATIO_AFTER = compile_words(r"(?:so (?:với )?)?cùng kỳ|so (?:với )?(?:năm trước|năm (?:19|20)\d\d\b)")
RATIO_VERB_BEFORE = compile_words(r"\b(?:bằng|đạt|tương đương)(?: (?:khoảng|gần|hơn|trên))? ?$")
# "Sản xuất công nghiệp đạt 410 tỷ đồng, đạt 89,5%, tăng 6,5%": a bare share right after the amount, the plan unsaid
# (the whole text between the two figures; a share of last year or of a whole says so after it).
BARE_SHARE_BEFORE = compile_words(r" ?[,(] ?(?:đạt|bằng)(?: (?:khoảng|gần|hơn|trên))? ?")
# "tổng thu ngân sách giai đoạn 2010-2015 đạt 142%": a total in money over a term said only as a percentage, right
# after its name and its span, is its share of the term's target. (Without the span, "thu ngân sách đạt 12%" leaves
# unsaid of what.)
BARE_TOTAL_SHARE_BEFORE = compile_words(
    r"(?: (?:toàn xã hội|trên địa bàn))?"
    r" (?:(?:cả )?(?:giai đoạn|nhiệm kỳ) ?\(? ?\d{4} ?[-–] ?\d{4} ?\)?|(?:05|5|năm) năm) ?,? ?(?:ước )?"
    r"(?:đạt|bằng)(?: (?:khoảng|gần|hơn|trên))? ?")
# … and nothing said after it but the end of the clause (not "bằng 68% bình quân chung của thành phố").
BARE_SHARE_AFTER = re.compile(r"\s*(?:[,;.)]|$)")
# "vượt 15% dự toán": exceeded by 15 % → 115 % of target.
EXCEEDED_BY_BEFORE = compile_words(r"\bvượt(?: mức)?(?: (?:hơn|trên|gần|khoảng))? ?$")
# "tăng 6% so với dự toán tỉnh giao": above the plan by 6 % → 106 % of it ("giảm 4% so với kế hoạch" → 96 %).
ABOVE_PLAN_BEFORE = compile_words(r"\b(?:tăng|cao hơn)(?: (?:hơn|trên|gần|khoảng))? ?$")
BELOW_PLAN_BEFORE = compile_words(r"\b(?:giảm|thấp hơn)(?: (?:hơn|trên|gần|khoảng))? ?$")
COMPARISON_AFTER = compile_words(r"so (?:với )?(?:cùng kỳ(?: năm \d{4})?|năm \d{4}|năm trước|năm \d{4}|đầu nhiệm kỳ)")
SHARE_OF_WHOLE_AFTER = compile_words(r"so (?:với )?(?:toàn tỉnh|tổng|cả tỉnh|cả nước|toàn quốc)")
# "tăng bình quân hàng năm 12%", "Tỷ lệ tăng thu ngân sách bình quân hàng năm: 12%" (the verb before the phrase)
_EACH_YEAR = r"|(?:hàng|hằng|mỗi) năm"
# "giảm so với năm trước trên 4%": the time compared with, said between the verb and its figure
_VS_TIME = r"(?: so (?:với )?(?:cùng kỳ(?: năm \d{4})?|năm trước|năm \d{4}|đầu năm|đầu nhiệm kỳ|cuối năm \d{4}))?"
# "ước tăng 16,12% (mục tiêu 16%)": a rise stated between a quantity's name and its plan's percentage makes that
# percentage the planned growth.
RISE_WORD_RE = compile_words(r"\btăng(?: trưởng)?\b")
UP_RE = compile_words(rf"\b(?:tăng|tăng thêm)(?: trưởng)?{_VS_TIME}(?: (?:được|khoảng|gần|hơn|trên|bình quân|đạt{_EACH_YEAR}))*\s*:?\s*$")
DOWN_RE = compile_words(rf"\b(?:giảm|kéo giảm|giảm thêm){_VS_TIME}(?: (?:được|khoảng|gần|hơn|trên|bình quân{_EACH_YEAR}))*\s*:?\s*$")
LEVEL_AFTER_CHANGE_RE = compile_words(r"\b(?:còn|xuống còn|xuống|lên|lên đến|lên mức|đạt|ở mức|chiếm)\b(?: (?:mức|khoảng|gần|hơn|trên|dưới|còn|ước|đạt))*\s*$")
# The plan's own figure, right after the word for it: "vượt chỉ tiêu tỉnh giao (92,5%)", "8,56%, KH 9%".
# "đạt 72,8% kế hoạch (13.547 tỷ đồng)": an amount in brackets right after a share of the plan, no word of its own
# naming a plan, restates what was achieved (the plan's own figure says whose it is: "(KH giao 70,5 tỷ đồng)").
# "đạt 163% kế hoạch tỉnh giao (tăng 31,5 tỷ đồng)": an amount in brackets after a share of the plan is the excess
# over that plan, no change of the indicator.
EXCESS_OVER_PLAN_BEFORE = compile_words(
    r"(?:kế hoạch|KH|dự toán|nghị quyết|NQ|chỉ tiêu|giao)\)? ?\( ?(?:tăng|vượt)(?: (?:thêm|hơn|trên))? ?$")
SHARE_RESTATED_BEFORE = compile_words(
    r" ?(?:so với |so )?(?:KH|kế hoạch|chỉ tiêu|nghị quyết|NQ|dự toán)(?: năm \d{4})?"
    r"(?: (?:tỉnh |huyện |thị xã |HĐND (?:tỉnh |huyện |thị xã )?)?giao)? ?\( ?")
TARGET_VALUE_BEFORE = compile_words(
    # ("16,76%, vượt KH là 16,5%": the plan's figure after "là")
    r"(?:^|[,;(]) ?(?:(?:đạt|vượt|so với|so|theo|thấp hơn|cao hơn|chưa đạt|không đạt|gần đạt) )?(?:KH|kế hoạch|chỉ tiêu|mục tiêu|nghị quyết|NQ)\b(?: [^\d,;()]{1,30}?)? ?(?:[(:]|\blà) ?$"
    r"|(?:^|[,;(]) ?(?:KH|kế hoạch|chỉ tiêu|mục tiêu)(?: năm \d{4})? ?$"
    # "(KH giao 66,5 tỷ đồng)", "(Nghị quyết là 114 tỷ đồng)", "16,02%/kế hoạch (KH) 16%", "55,3 triệu đồng/KH 55":
    # the plan's figure in brackets or after a slash, with the words that say who set it.
    r"|(?:^|[(/]|\d ?% ?/) ?(?:KH|kế hoạch|chỉ tiêu|nghị quyết|NQ|dự toán)(?: \(KH\))?(?: năm \d{4})?"
    r"(?: (?:tỉnh |huyện |HĐND (?:tỉnh |huyện )?)?giao)?(?: là| đề ra)? ?:? ?$")
# A clause opening with a verb has the subject of the clause before it ("…còn 1,1%; giảm 0,6% so với đầu năm").
# "…bình quân giai đoạn 2016 - 2021 đạt 7,1%/năm; năm 2022 đạt 8,2%": the same subject, for a year it names first.
ELLIPSIS_START_RE = compile_words(r" ?(?:(?:ước )?(?:cả )?năm \d{4},? )?(?:ước )?(?:tăng|giảm|bằng|đạt|vượt)\b")
# "Tỷ lệ hộ nghèo còn 3,1%; tỷ lệ này phấn đấu giảm xuống dưới 2%": a subject that points back to the indicator of
# the clause or sentence before.
ANAPHOR_START_RE = compile_words(r" ?(?:tỷ lệ|tỉ lệ|chỉ tiêu|con số|mức) (?:này|đó|trên)\b")
# "Tỷ lệ tham gia bảo hiểm y tế đạt 93,8%; toàn tỉnh đạt 92,1%": the same subject, for another unit.
UNIT_ELLIPSIS_START_RE = compile_words(
    r" ?(?:(?:toàn|cả) (?:tỉnh|nước|thành phố)|toàn quốc|bình quân (?:toàn|cả|chung của) (?:tỉnh|nước|thành phố)),? (?:ước )?(?:đạt|là|còn|tăng|giảm)\b")
# "bình quân mỗi năm giảm 1,6%", "bình quân giai đoạn 2016 - 2020 tăng 23,4%/năm": an average over several years.
AVERAGE_RE = compile_words(r"bình quân(?P<years> (?:mỗi|hằng|hàng) năm| (?:cả )?(?:giai đoạn|thời kỳ|nhiệm kỳ)| (?:\d+|năm) năm)?")
PER_YEAR_AFTER = compile_words(r" ?/ ?năm\b| (?:mỗi|hằng|hàng) năm\b")
# "tăng trưởng bình quân 17,1% so với năm 2020": a yearly average since a base year, up to the figure's year.
AVERAGE_SINCE_AFTER = compile_words(r" ?,? ?so (?:với )?(?:năm )?(?P<year>(?:19|20)\d\d)\b")
# "tăng trưởng hằng năm đạt 10%" (not "cây hàng năm", the annual crops): a yearly average, the years unsaid.
EACH_YEAR_RE = compile_words(r"(?<!cây\s)(?<!trồng\s)\b(?P<years>(?:mỗi|hằng|hàng) năm)\b")
# "… năm 2021 đạt 8.930 tỷ đồng, ước năm 2022 đạt 9.660 tỷ đồng": the year an elliptical clause names right before
# its figure (the text between the clause's previous figure and this one).
ELLIPTICAL_YEAR_RE = compile_words(
    # ("năm 2018 đạt 167,67% và năm 2019, đạt 157,29%": joined by "và" alone)
    r"(?:[,;] ?(?:và )?| và )(?:ước )?(?:cả )?năm (?P<year>(?:19|20)\d\d) ?,? ?(?:ước )?(?:đạt|là|còn|tăng|giảm)? ?"
    r"(?:khoảng|gần|hơn|trên|dưới)? ?$")
# "giảm tỷ lệ hộ nghèo 1,5%": the verb before the indicator's name.
VERB_BEFORE_PHRASE = compile_words(r"\b(?P<verb>kéo giảm|giảm|tăng|nâng)(?: (?:được|thêm))? $")
# "giảm tỷ lệ hộ nghèo đạt 1,93%": after a falling verb before the rate's name, "đạt" says how far it fell (the fall
# achieved), not the level ("nâng tỷ lệ … đạt 95%" is the level reached, and so is "giảm … xuống còn 2%").
FALL_ACHIEVED_RE = compile_words(r"(?P<achieved> ?(?:ước )?đạt)(?: (?:khoảng|gần|hơn|trên))? ?$")
# "tăng 5% so với cùng kỳ": compared with the same period of last year (the text right after a figure).
SAME_PERIOD_AFTER = re.compile(r"\s*(?:so\s+(?:với\s+)?)?cùng kỳ")
# The verbs a change is read from, as a verb before an indicator's name is handed to the figure after it.
DOWN_VERB, UP_VERB = "giảm", "tăng"
# A word every average over years holds (a cheap test before AVERAGE_RE).
AVERAGE_WORD = "bình quân"
