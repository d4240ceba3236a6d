"""Counts stated as whole sentences: targets met x/y, New Rural communes, poor households, new enterprises, new
Party members (each shape read by etl/extract/counts.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .spelling import compile_words

# A count of one to three digits starts a number: never inside one ("cuối năm 2020 xã Tân Lập đạt …" holds no count
# of 020 communes), nor after a decimal or thousands mark. The look-behinds follow its first digit (checking the
# characters before that digit): a pattern that opens with a digit lets the regex engine skip from digit to digit,
# one that opens with a look-behind is tried at every character.
_COUNT = r"\d(?<!\d\d)(?<!\d[.,]\d)\d{0,2}"

NTM_RE = compile_words(
    rf"(?P<num>{_COUNT})" r"(?: ?(?:/|trên) ?(?P<den>\d{1,3}))? xã(?: (?:của|trên địa bàn|thuộc) (?:huyện|thị xã|thành phố|quận))?"
    # "có thêm 3 xã và 4 làng đạt chuẩn …": villages counted beside the communes (no commune count of theirs)
    r"(?:,? (?:và )?\d{1,3} (?:làng|thôn|bản|ấp|buôn|khu dân cư)(?: kiểu mẫu)?)?"
    # "9/18 xã (đạt 50%) đạt chuẩn …": the count's share in brackets
    r"(?: ?\((?:đạt |chiếm |bằng )?\d{1,3}(?:,\d+)? ?%\))?"
    # "4 xã là: Năng Khả, Côn Lôn, Hồng Thái và Thanh Tương đạt chuẩn …": the communes named between
    # "2 xã Tân An và Tân Lập đạt chuẩn …" (names without "là": extract/counts.py checks they are names)
    r"(?: (?P<intro>(?:là|gồm) ?:? ?)?(?P<names>(?:(?!đạt|chuẩn|nông thôn|ntm|được|đã |đều|công nhận)[^\d;.()]){3,120}?)"
    r"(?= (?:đã |được |đều )*(?:được )?(?:công nhận )?đạt))?"
    r"(?: (?:đã|được|đều))*(?: (?:được )?công nhận)?"
    r" (?:đạt|về đích|hoàn thành)? ?(?:chuẩn |tiêu chí )?(?:xã )?(?:nông thôn mới|NTM)(?P<tier> nâng cao| kiểu mẫu)?"
)
_MET = r"(?:đạt và vượt|đạt, vượt|đạt|vượt|hoàn thành(?: và vượt| vượt)?(?: mức)?|thực hiện đạt(?: và vượt)?)"
TARGETS_RES = (
    # "đạt và vượt 17/17 chỉ tiêu", "hoàn thành 21/22 chỉ tiêu"
    # "đạt và vượt 20 chỉ tiêu/21 chỉ tiêu"
    # "đã thực hiện đạt và vượt kế hoạch 24/25 chỉ tiêu": the plan named before the count
    compile_words(rf"(?<!chưa\s){_MET}(?: (?:được|mức|kế hoạch|KH))? (?P<num>\d{{1,3}})(?: chỉ tiêu)? ?(?:/|trên) ?(?P<den>\d{{1,3}}) chỉ tiêu"),
    # "17/18 chỉ tiêu chủ yếu đạt và vượt"
    # "14/17 nhóm chỉ tiêu đạt và vượt kế hoạch": groups of targets counted the same way
    compile_words(rf"(?P<num>{_COUNT}) ?(?:/|trên) ?(?P<den>\d{{1,3}}) (?:nhóm )?chỉ tiêu(?P<mid>(?:(?!chỉ tiêu)[^;.]){{0,80}}?) (?<!chưa\s){_MET}(?! \d)"),
    # "Trong 18 chỉ tiêu … đề ra, có 17 chỉ tiêu đạt và vượt"
    compile_words(rf"trong (?:số |tổng số )?(?P<den>\d{{1,3}}) chỉ tiêu(?P<mid>[^;.]{{0,160}}?),? (?:có |đã có )?(?P<num>\d{{1,3}}) chỉ tiêu"
        rf"(?: (?:thực hiện|đã|cơ bản))* {_MET}(?! \d)"),
    # "đề ra 22 chỉ tiêu phát triển kinh tế - xã hội, trong đó thực hiện đạt và vượt 19 chỉ tiêu"
    compile_words(rf"(?P<den>{_COUNT}) chỉ tiêu(?P<mid>[^;.\d]{{0,80}}?),? trong đó,?(?: (?:có|đã có))?(?: (?:thực hiện|đã|cơ bản))* {_MET}"
        rf"(?: được)? (?P<num>\d{{1,3}}) chỉ tiêu"),
    # "đạt và vượt 17 trong tổng số 19 mục tiêu chủ yếu"
    compile_words(rf"(?<!chưa\s){_MET}(?: được)? (?P<num>\d{{1,3}})(?: chỉ tiêu| mục tiêu)? (?:trong|trên) (?:tổng số )?(?P<den>\d{{1,3}}) (?:chỉ tiêu|mục tiêu)"),
    # "có 17 chỉ tiêu đạt và vượt trong tổng số 18 chỉ tiêu"
    compile_words(rf"(?P<num>{_COUNT}) chỉ tiêu(?: (?:thực hiện|đã))* {_MET}(?: và vượt)?(?: kế hoạch| nghị quyết)? (?:trong|trên) (?:tổng số )?(?P<den>\d{{1,3}}) chỉ tiêu"),
)
# "Có 26/37 chỉ tiêu tỉnh giao; 20/25 chỉ tiêu huyện giao đạt và vượt": a first set before the one whose verb
# closes the sentence, its own verb left unsaid (searched in the text right before that set).
PREVIOUS_TARGET_SET_BEFORE = compile_words(
    rf"(?P<num>{_COUNT})" r" ?/ ?(?P<den>\d{1,3}) chỉ tiêu(?P<mid>[^;.:\d]{0,50}?) ?[;,] ?(?:và )?(?:có )?$")
# Counts of targets written as parts of the set. "có 17 chỉ tiêu vượt, 10 chỉ tiêu đạt" (27 met): the part met
# without being exceeded, after or before the part exceeded.
TARGETS_ALSO_MET_AFTER = compile_words(
    r",? (?:và )?(?:có )?(?P<num>\d{1,3}) chỉ tiêu (?:cơ bản )?(?:đạt|hoàn thành)(?! và vượt| vượt)\b")
TARGETS_EXCEEDED_BEFORE = compile_words(
    r"(?<![\d/])(?P<num>\d{1,3}) chỉ tiêu (?:thực hiện )?vượt(?: (?:kế hoạch|mức))?,? (?:và )?(?:có )?$")
# A count ending on "vượt" alone, not "đạt và vượt": the part exceeded.
EXCEEDED_ONLY_RE = re.compile(r"(?<!đạt và )(?<!đạt, )(?<!đạt )vượt\s*$")
# "…, 19/22 chỉ tiêu huyện giao" after "đạt 24/30 chỉ tiêu tỉnh giao;": a second target set, its verb left unsaid.
NEXT_TARGET_SET_AFTER = compile_words(
    r"[^;.\d]{0,60}?[;,] ?(?P<num>\d{1,3}) ?/ ?(?P<den>\d{1,3}) chỉ tiêu(?! (?:\S+ ){0,3}(?:chưa|không) đạt)")
# "có 27 chỉ tiêu … đạt và vượt kế hoạch", with the targets missed counted apart later ("03 chỉ tiêu không đạt"):
# the set is the two together.
TARGETS_MET_ALONE_RE = compile_words(
    rf"(?<![\d/])(?:có |đã có )?(?P<num>\d{{1,3}}) chỉ tiêu(?P<mid>[^\d;.:]{{0,40}}?) {_MET}(?! \d)")
TARGETS_MISSED_RE = compile_words(r"(?<![\d/])(?P<num>\d{1,3}) chỉ tiêu(?: [^\d;.:]{0,20}?)? (?:không|chưa) đạt")
# "còn 2/27 chỉ tiêu chưa đạt": the targets met are the rest of the stated whole.
TARGETS_MISSED_OF_RE = compile_words(
    rf"(?P<miss>{_COUNT})" r" ?/ ?(?P<den>\d{1,3}) chỉ tiêu(?: [^\d;.:]{0,20}?)? (?:không|chưa) đạt")
# The words that join communes' names in a list ("Đồng Tân, Minh Sơn và Vân Nham").
NAME_JOINERS = frozenset({"và"})
# Words a document must hold for targets missed to be counted.
MISSED_WORDS = ("không đạt", "chưa đạt")
# "Số xã đạt chuẩn nông thôn mới: 12/13 xã" — the count after the phrase.
# ("Số xã đạt chuẩn Nông thôn mới: lũy kế 10 xã": the total so far, the communes named after the number)
NTM_AFTER_RE = compile_words(
    r"xã (?:đã )?(?:được công nhận )?đạt chuẩn (?:xã )?(?:nông thôn mới|NTM)(?P<tier> nâng cao| kiểu mẫu)?"
    r"(?: (?:là|đạt|có))? ?:? ?(?:(?:lũy kế|luỹ kế|tổng cộng|tổng số) )?(?P<num>\d{1,3})(?: ?/ ?(?P<den>\d{1,3})(?! ?%)| xã\b)"
)
# "giảm 927 hộ nghèo, chiếm 2,14%": the fall in households, then the same fall as a share → a pp change.
POVERTY_FALL_RE = compile_words(
    r"(?:giảm|kéo giảm)(?: được)? [\d.]+ hộ (?P<which>nghèo|cận nghèo),? ?\(? ?(?:chiếm|tương đương|tương ứng|bằng|giảm) ?(?:khoảng |gần |hơn |trên )?(?P<pct>\d+(?:,\d+)?) ?%"
)
# "Thị xã hiện còn 412 hộ nghèo, chiếm 4,03%": the count of households, then the rate → a level.
# "… và 386 hộ cận nghèo, chiếm 3,78%": a second count in the same statement.
_COUNT_SHARE = r",? ?\(? ?(?:chiếm|tương ứng|bằng) (?:tỷ lệ |tỉ lệ )?(?:khoảng |gần |hơn |trên )?"
# "còn 412 hộ nghèo", "có 2.929 hộ gia đình thuộc diện hộ nghèo": the households, however named
_POOR_HOUSEHOLDS = r"hộ(?: gia đình)?(?: thuộc diện(?: hộ)?)?"
POVERTY_COUNT_RE = compile_words(
    rf"(?:còn|có) (?:lại )?[\d.]+ {_POOR_HOUSEHOLDS} (?P<which>nghèo|cận nghèo){_COUNT_SHARE}(?P<pct>\d+(?:,\d+)?) ?%"
    rf"(?:,? (?:và|;) [\d.]+ {_POOR_HOUSEHOLDS} (?P<which2>nghèo|cận nghèo){_COUNT_SHARE}(?P<pct2>\d+(?:,\d+)?) ?%)?"
)
# "Hộ nghèo giảm từ 3.586 hộ, chiếm 10,74% xuống còn 2.900 hộ, chiếm 8,65%": the new level is the second share.
POVERTY_FROM_TO_RE = compile_words(
    rf"hộ (?P<which>nghèo|cận nghèo)(?: (?:của|toàn) (?:huyện|thị xã|thành phố|quận))? (?:đã )?giảm từ [\d.]+ hộ{_COUNT_SHARE}\d+(?:,\d+)? ?%\)?,? (?:xuống )?(?:còn )?[\d.]+ hộ"
    rf"{_COUNT_SHARE}(?P<pct>\d+(?:,\d+)?) ?%")
# "Hộ cận nghèo của huyện là 3.780 hộ, tỷ lệ 11,27%": the households named first, then their count and rate.
POVERTY_SUBJECT_COUNT_RE = compile_words(
    # "tổng số hộ nghèo trên địa bàn huyện dự kiến giảm còn gần 1.000 hộ, chiếm tỷ lệ 6%"
    rf"hộ (?P<which>nghèo|cận nghèo)(?: (?:(?:của|toàn) (?:huyện|thị xã|thành phố|quận)|trên địa bàn(?: (?:huyện|thị xã|thành phố|quận))?))?"
    rf"(?: (?:dự kiến|ước(?: tính)?))?(?: giảm)? (?:là|còn|có) (?:khoảng |gần |hơn |trên )?[\d.]+ hộ"
    rf",? ?\(? ?(?:chiếm |tương ứng |bằng |đạt )?(?:tỷ lệ |tỉ lệ )(?:khoảng |gần |hơn |trên )?(?P<pct>\d+(?:,\d+)?) ?%")
# "phát triển 73 đảng viên mới": the Party's other word for admitting members.
NEW_PARTY_MEMBERS_RE = compile_words(r"(?:kết nạp|phát triển)(?: (?:được|mới|thêm))*(?: được)? (?:(?:trên|hơn|gần|khoảng) )?"
                           r"(?P<num>\d{1,3}(?:\.\d{3})+|\d{1,5}) đảng viên(?: mới)?")
# "(đạt 37,5% kế hoạch)", ", đạt 27,1% kế hoạch năm": a count's share of its plan, right after it.
SHARE_OF_PLAN_AFTER = compile_words(r" ?[,(]? ?(?:đạt|bằng)(?: (?:hơn|trên|gần|khoảng))? (?P<pct>\d+(?:,\d+)?) ?% ?(?:so với )?(?:kế hoạch|chỉ tiêu|KH\b)")
# "tăng 7 xã so với đầu nhiệm kỳ", "(tăng 1 xã)": the rise in New Rural communes right after the count.
NTM_RISE_AFTER = compile_words(r"(?: xã)?,? ?\(?(?:tăng|thêm)(?: thêm)? (?P<num>\d{1,3}) xã")
# "có thêm 3 xã đạt chuẩn …, nâng tổng số lên 12 xã", "…, nâng tổng số toàn huyện có 6 xã được công nhận": the
# total after the rise is the level.
NTM_TOTAL_AFTER = compile_words(
    r",? ?(?:nâng|đưa) tổng số(?: xã)?(?: đạt chuẩn(?: [^\d,;.]{0,40}?)?| (?:nông thôn mới|NTM))?(?: (?:toàn|của|trên địa bàn) (?:huyện|thị xã|thành phố|quận))?"
    r" (?:lên|có|là) (?:thành |có )?(?P<num>\d{1,3})(?: ?/ ?(?P<den>\d{1,3}))? xã")
# "phong trào xây dựng nông thôn mới … đến nay đã có 30/32 xã đạt chuẩn;": the standard named earlier in the
# sentence, "đạt chuẩn" closing the count's clause (not "đạt chuẩn quốc gia …").
NTM_NAMED_BEFORE_RE = compile_words(
    r"(?:nông thôn mới|ntm)(?P<tier> nâng cao| kiểu mẫu)?(?:(?!nông thôn mới|ntm)[^.;\n\d]){0,160}?"
    # ("Xây dựng NTM, …, có thêm 1 xã về đích, nâng tổng số …": "về đích", reached the standard)
    + rf"(?P<num>{_COUNT})" r"(?: ?/ ?(?P<den>\d{1,3}))? xã (?:đã )?(?:được công nhận )?(?:đạt chuẩn|về đích)(?= ?[;,.)\n]| và )")
# "Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 62,5% (10 xã)": the count in brackets after the share.
NTM_SHARE_RE = compile_words(
    r"xã đạt chuẩn (?:xã )?(?:nông thôn mới|NTM)(?P<tier> nâng cao| kiểu mẫu)?[^\d;().]{0,30}?(?:\d{4}[^\d;().]{0,20}?)?"
    r"\d+(?:,\d+)? ?% ?\((?P<num>\d{1,3})(?: ?/ ?(?P<den>\d{1,3}))? xã\)")
# "…, nâng số xã đạt chuẩn nông thôn mới toàn huyện lên 16 xã": the total a sentence brings the count to.
NTM_RAISED_TO_RE = compile_words(
    r"(?:nâng|đưa) (?:tổng )?số xã (?:được công nhận )?(?:đạt chuẩn )?(?:xã )?(?:nông thôn mới|NTM)(?P<tier> nâng cao| kiểu mẫu)?"
    r"(?: (?:toàn|của|trên địa bàn) (?:huyện|thị xã|thành phố|quận))? lên (?:thành )?(?P<num>\d{1,3})(?: ?/ ?(?P<den>\d{1,3}))? xã")
# "Có thêm 2 xã đạt chuẩn": a count after "thêm/tăng" is an increase, not a level.
RISE_BEFORE = compile_words(r"\b(?:thêm|tăng(?: thêm)?)(?: được)? $")
NEW_ENTERPRISES_RE = compile_words(
    r"thành lập(?: mới)?(?: được)? (?P<num>\d{1,4})(?: ?/ ?(?P<den>\d{1,4}))? doanh nghiệp"
)
# "quận có 412 doanh nghiệp thành lập mới", "Số doanh nghiệp thành lập mới thời kỳ 2021 - 2025: 120 doanh nghiệp",
# "số doanh nghiệp thành lập mới là 520".
# "14 doanh nghiệp, 1 hợp tác xã thành lập mới", "doanh nghiệp mới được thành lập thời kỳ 2021-2025: 100 doanh nghiệp".
_NEW_FIRMS = r"(?:(?:đăng ký )?(?:được )?thành lập mới|mới (?:được )?thành lập)"
NEW_ENTERPRISES_AFTER_RES = (
    compile_words(rf"(?<![\d.,])(?P<num>\d{{1,4}}) doanh nghiệp(?:,? (?:và )?\d{{1,4}} (?:hợp tác xã|HTX))? {_NEW_FIRMS}"),
    compile_words(rf"doanh nghiệp {_NEW_FIRMS}(?: trong năm| (?:trong |thời kỳ |giai đoạn |năm )?\d{{4}}(?: ?[-–] ?\d{{4}})?)?"
        r"(?: (?:là|đạt|có))? ?:? ?(?P<num>\d{1,4})(?![.,]\d| ?%)(?: doanh nghiệp|(?= ?[,;.)]| ?$))"),
)
# "…, trong đó có 6/25 chỉ tiêu vượt KH": a part of the count stated before it.
# "ước thực hiện đạt và vượt 20 chỉ tiêu/21 chỉ tiêu": a count of targets met estimated before the year is out.
ESTIMATED_COUNT_BEFORE = compile_words(r"\bước(?: tính| thực hiện)?(?: (?:có|đạt|hoàn thành|thực hiện))?(?: (?:và )?(?:vượt|đạt))*(?: được)? ?$")
# "Trên cơ sở … kết quả 11 tháng và dự ước khả năng thực hiện cả năm 2019, đến nay, huyện đã đạt 24/25 chỉ tiêu":
# a count forecast in its sentence.
FORECAST_BEFORE = compile_words(r"\bdự ước\b")
# "trong đó có 6/25 chỉ tiêu vượt KH", "trên lĩnh vực kinh tế, có 15/16 chỉ tiêu đạt": a part of the whole set
# (the targets of one sector), never the district's count.
PART_OF_COUNT_BEFORE = compile_words(
    r"(?:\btrong đó,?|\b(?:trên|về|thuộc|ở) (?:các )?(?:lĩnh vực|khối|nhóm|ngành)\b[^;.:\d]{0,60},?) (?:có |đã có )?$")
# "… chỉ tiêu chưa đạt", "không đạt": a count of targets missed, not met.
NOT_MET_RE = re.compile(r"chưa|không")
# "06 chỉ tiêu phấn đấu đến cuối năm đạt và vượt": targets hoped to be met, not met yet.
PLANNED_COUNT_RE = compile_words(r"phấn đấu|dự kiến|\bsẽ\b|có khả năng")
# "hộ nghèo" / "hộ cận nghèo": which rate a count of households states.
POOR_HOUSEHOLDS = {"nghèo": "poverty_rate", "cận nghèo": "near_poverty_rate"}
# The tier after "nông thôn mới": none, "nâng cao" (advanced) or "kiểu mẫu" (model, outside the catalogue: None).
NTM_TIERS = {"": "ntm_communes", "nâng cao": "ntm_advanced_communes", "kiểu mẫu": None}
# Words a document must hold for poor-household counts to be sought in it.
HOUSEHOLD_WORD = "hộ"


@dataclass(frozen=True)
class Counted:
    """A count said with its verb ("thành lập mới 15 doanh nghiệp"): its indicator, its sentence shapes, and the
    words a document must hold for them to be sought (any one group of `needles` all present)."""

    indicator: str
    shapes: tuple[re.Pattern, ...]
    needles: tuple[tuple[str, ...], ...]


# To add a count indicator: its entry in etl/indicators.yaml, and its shapes here.
COUNTED: tuple[Counted, ...] = (
    Counted("new_enterprises", (NEW_ENTERPRISES_RE,) + NEW_ENTERPRISES_AFTER_RES, (("thành lập",),)),
    Counted("new_party_members", (NEW_PARTY_MEMBERS_RE,), (("kết nạp",), ("phát triển", "đảng viên"))),
)
