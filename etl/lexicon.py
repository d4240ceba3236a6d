"""The words district reports use for each indicator, measure and qualifier (the language, not any one file).

Patterns run on `fold_spelling(text)`: the same text with old-style tone placement (hoá, thuỷ, uỷ) folded to
the new style (hóa, thủy, ủy). The fold swaps characters one for one, so offsets stay valid in the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_OLD_TO_NEW = {
    "oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_OLD_TO_NEW.update({k.upper(): v.upper() for k, v in list(_OLD_TO_NEW.items())})
_OLD_TO_NEW.update({k[0].upper() + k[1]: v[0].upper() + v[1] for k, v in list(_OLD_TO_NEW.items()) if k.islower()})
# Only at the end of a syllable: "hoà" → "hòa", but "hoạch", "toàn", "khuỷu" keep their spelling; "quý" keeps
# its accent on y (after q the u belongs to the consonant). A leading character class keeps the scan fast.
_FOLD_RE = re.compile(r"(?<![qQ])(?:[oO][áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ])(?![^\W\d_])")


def fold_spelling(text: str) -> str:
    """Fold old-style tone placement; same length as `text` (offsets preserved)."""
    return _FOLD_RE.sub(lambda m: _OLD_TO_NEW.get(m.group(0), m.group(0)), text)


def lower_same_length(text: str) -> str:
    """Lower-case without moving offsets (a character whose lower case is longer stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def matching_text(text: str) -> str:
    """What the lexicon's patterns run on: spelling folded and lower-cased, offsets those of `text`."""
    return lower_same_length(fold_spelling(text))


def lower_pattern(pattern: str) -> str:
    """Lower-case a pattern's literals but not its escapes (\\S, \\W, \\D must keep their case)."""
    keep = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")
    return re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|[^\\(]+|\(",
                  lambda m: m.group() if keep.fullmatch(m.group()) else m.group().lower(), pattern)


def _rx(pattern: str) -> re.Pattern:
    """Compile for `matching_text`: lower-case literals, ' ?' → any spaces, ' ' → at least one.

    Matching lower-cased text case-sensitively is ~8× faster than re.IGNORECASE on Vietnamese text.
    """
    return re.compile(lower_pattern(pattern.replace(" ?", r"\s*").replace(" ", r"\s+")))


TY_LE = r"(?:tỷ|tỉ) lệ"
# Reports abbreviate the commonest phrases: GTSX (giá trị sản xuất), TNBQ (thu nhập bình quân).
GTSX = r"(?:giá trị sản [xs]uất|GTSX)"   # "sản suất": a common misspelling
TNBQ = r"(?:thu nhập bình quân|TNBQ)"


@dataclass(frozen=True)
class Keyword:
    """A phrase naming an indicator; `growth` when the phrase itself means growth ("tăng trưởng kinh tế")."""

    indicator: str
    regex: re.Pattern
    growth: bool = False
    needles: tuple[str, ...] = ()   # words one of which a text must hold for the phrase to be sought (speed)


# Longer, more specific phrases first: at the same position the longest match wins anyway.
KEYWORDS: tuple[Keyword, ...] = (
    Keyword("output_per_ha", _rx(
        r"giá trị (?:sản xuất|sản phẩm|thu hoạch|thu)(?: (?:thu hoạch|bình quân|trồng trọt|nông nghiệp|thủy sản|đạt được))*"
        r" (?:trên |/ ?|mỗi |của |bình quân )?(?:(?:1|01|một) ?(?:ha|h[eé]c ?-? ?ta)\b|(?:trên )?(?:1 |01 |một |mỗi )?đơn vị diện tích)")),
    Keyword("industrial_output", _rx(
        # "giá trị ngành công nghiệp – tiểu thủ công nghiệp 382 tỷ đồng": "sản xuất" left unsaid before the sector
        rf"(?:{GTSX} (?:ngành |khu vực |lĩnh vực )?|giá trị (?:ngành|lĩnh vực) )(?:công nghiệp|CN)"
        r"(?: ?[-–,] ?(?:tiểu thủ công nghiệp|TTCN|xây dựng))*")),
    # A bare "tốc độ tăng (trưởng)" followed by another quantity's name is that quantity's growth ("tốc độ tăng thu
    # ngân sách", "tốc độ tăng dân số"): extract.find_keywords hands it to the phrase after it, or none.
    Keyword("production_value", _rx(
        rf"tăng trưởng kinh tế|tốc độ (?:tổng )?{GTSX}|tốc độ tăng(?: trưởng)?(?: kinh tế| (?:tổng )?{GTSX}"
        r"|(?! (?:dân số|xuất khẩu|kim ngạch|diện tích|chỉ số|năng suất|giá tiêu dùng|đô thị hóa|lao động|doanh thu"
        r"|tín dụng|dư nợ|đàn|đảng viên|hộ)\b))"), growth=True),
    # GRDP, value added: "tổng sản phẩm trên địa bàn (GRDP)", "tổng giá trị sản phẩm"; "tốc độ tăng trưởng GRDP" joins
    # the growth phrase above to it (extract._growth_of_next_phrase). Per head it is another quantity.
    Keyword("", _rx(r"(?:GRDP|tổng sản phẩm(?: trên địa bàn)?) bình quân(?: đầu người| 1 người| một người)"),
            needles=("grdp", "tổng sản phẩm")),
    Keyword("grdp", _rx(r"tổng (?:giá trị )?sản phẩm(?: (?:trên địa bàn|trong (?:tỉnh|huyện|thị xã|thành phố)|xã hội))?"
                        r"(?: (?:huyện|thị xã|thành phố|quận))?(?: ?\(GRDP\))?|GRDP"), needles=("grdp", "tổng sản phẩm", "tổng giá trị sản phẩm")),
    Keyword("production_value", _rx(
        rf"{GTSX}(?! (?:công nghiệp|CN\b|nông|thủy|lâm|ngành|khu vực|lĩnh vực|dịch vụ|thương mại|trồng|chăn|xây dựng))"
        r"(?: (?:trên địa bàn|toàn huyện|của huyện|toàn thị xã|toàn thành phố|toàn quận|các ngành|chung))?")),
    Keyword("rural_income_per_capita", _rx(
        rf"{TNBQ} (?:đầu người|(?:1|01|một) người|người)(?: (?:ở|tại|của|khu vực|người dân|dân cư))*"
        rf" (?:khu vực )?nông thôn|{TNBQ} (?:của )?(?:người dân |cư dân )?nông thôn")),
    # "Thu nhập đầu người 49 triệu đồng/năm": without "bình quân" too.
    Keyword("income_per_capita", _rx(rf"{TNBQ} (?:đầu người|(?:1|01|một) người|người)|thu nhập đầu người")),
    # "Thu nhập bình quân đầu người đạt 52 triệu đồng, trong đó khu vực nông thôn đạt 44,5 triệu đồng"
    Keyword("rural_income_per_capita", _rx(
        r"khu vực nông thôn(?= (?:ước )?(?:đạt |là |khoảng |gần |hơn |trên )?[\d.,]+ ?(?:triệu|tr\b))"),
        needles=("khu vực",)),
    Keyword("", _rx(r"khu vực (?:thành thị|đô thị)(?= (?:ước )?(?:đạt |là |khoảng |gần |hơn |trên )?[\d.,]+ ?(?:triệu|tr\b))"),
            needles=("khu vực",)),
    Keyword("budget_revenue", _rx(
        r"thu (?:ngân sách(?: nhà nước)?|NSNN)(?: trên địa bàn)?(?: \((?:thu )?nội địa\))?|thu nội địa")),
    Keyword("investment", _rx(
        r"(?:vốn|kinh phí) đầu tư(?: phát triển)? toàn xã hội|tổng (?:nguồn )?vốn đầu tư(?: phát triển)?(?! công)(?: trên địa bàn)?"
        # "Tổng huy động vốn đầu tư phát triển đạt 5.271 tỷ đồng" (not "huy động vốn đầu tư xây dựng trường học")
        r"|huy động vốn đầu tư (?:phát triển(?: toàn xã hội)?|toàn xã hội)"
        # "Các nguồn vốn huy động để đầu tư phát triển ước đạt 7.011 tỷ đồng": the same total, the verb after the capital
        r"|(?:nguồn )?vốn huy động (?:để |cho )?đầu tư phát triển")),
    Keyword("retail_sales", _rx(
        r"tổng mức (?:bán lẻ(?: hàng hóa)?|luân chuyển hàng hóa(?: bán lẻ)?)(?: và doanh thu dịch vụ(?: tiêu dùng)?(?: xã hội)?)?")),
    Keyword("health_insurance_coverage", _rx(
        rf"{TY_LE} (?:bao phủ |(?:người dân |dân số |người )?(?:tham gia |có thẻ ))?(?:bảo hiểm y tế|BHYT)"
        r"|bao phủ (?:bảo hiểm y tế|BHYT)")),
    Keyword("aquaculture_output", _rx(
        r"sản lượng (?:thủy sản |tôm cá )?nuôi(?: trồng)?(?: thủy,? (?:hải )?sản)?|nuôi trồng thủy,? (?:hải )?sản(?= (?:ước )?đạt)"
        # "…, trong đó khai thác 9.800 tấn, nuôi trồng 5.100 tấn": the parts of a catch named by their activity.
        r"|nuôi trồng(?: thủy,? (?:hải )?sản)?(?= (?:ước )?(?:đạt )?\d)")),
    Keyword("fishing_output", _rx(
        r"(?:khai thác|đánh bắt)(?: (?:và|,) (?:khai thác|đánh bắt))? (?:thủy,? (?:hải )?sản|hải sản)"
        r"|sản lượng (?:thủy sản )?(?:khai thác|đánh bắt)|khai thác(?= (?:ước )?(?:đạt )?\d)")),
    Keyword("rice_output", _rx(r"sản lượng (?:lúa|thóc)")),
    Keyword("poor_near_poor_rate", _rx(rf"{TY_LE} hộ nghèo ?(?:,|và|và hộ) ?(?:hộ )?cận nghèo")),
    Keyword("near_poverty_rate", _rx(rf"{TY_LE} hộ cận nghèo")),
    Keyword("poverty_rate", _rx(rf"{TY_LE} hộ nghèo(?: (?:đa chiều|chung|theo chuẩn [^\d,;.]{{0,30}}))?")),
    # Without "tỷ lệ", only when the rate follows at once: "hộ cận nghèo 1,2%", "hộ nghèo còn 0,9%".
    # "Tỷ lệ hộ nghèo giảm 5,1%, hộ cận nghèo tăng 1,0%": the second rate named bare, with its change.
    Keyword("near_poverty_rate", _rx(r"hộ cận nghèo(?= (?:còn |chiếm |là |ở mức |giảm còn |giảm xuống còn |tăng |giảm )?\d)")),
    Keyword("poverty_rate", _rx(r"hộ nghèo(?: (?:đa chiều )?(?:của|toàn) (?:huyện|thị xã|thành phố|quận))?"
                                r"(?= \(? ?(?:còn |chiếm |là |ở mức |giảm còn |giảm xuống còn |tăng |giảm |dưới )?\d)")),
    # "số hộ nghèo, cận nghèo giảm 6,31%": the combined rate named by its households.
    Keyword("poor_near_poor_rate", _rx(r"(?:số )?hộ nghèo ?(?:,|và) ?(?:hộ )?cận nghèo(?= (?:còn |chiếm |là |giảm còn |giảm |tăng )\d)")),
    Keyword("new_party_members", _rx(r"kết nạp(?: được| mới)? đảng viên(?: mới)?|phát triển (?:được )?đảng viên mới"),
            needles=("kết nạp", "đảng viên mới")),
    # "Thành lập mới doanh nghiệp đạt 111,1% kế hoạch năm", "doanh nghiệp thành lập mới tăng 9,4%"
    Keyword("new_enterprises", _rx(r"thành lập mới doanh nghiệp|doanh nghiệp (?:(?:đăng ký )?(?:được )?thành lập mới|mới (?:được )?thành lập)"),
            needles=("thành lập",)),
    # Quantities outside the catalogue, named so that their figures never fall to an indicator named earlier
    # in the clause: a group's poverty rate, a sector's output, other crops, yields, all fisheries together.
    Keyword("", _rx(
        rf"{TY_LE} hộ (?:nghèo|cận nghèo) (?:(?:là |của |trong )?(?:đồng bào |hộ |người )?(?:dân tộc thiểu số|DTTS|đồng bào)"
        r"|(?:ở |tại )?khu vực (?:thành thị|nông thôn|đô thị|thị trấn)|(?:ở |tại )(?:các )?(?:thị trấn|nông thôn|thành thị|đô thị|xã)\b"
        r"|(?:ở |tại )?vùng)")),
    Keyword("", _rx(
        rf"{GTSX} (?:ngành |khu vực |lĩnh vực )?(?:nông(?: ?[-–,] ?| )lâm(?: ?[-–,] ?| )(?:nghiệp|thủy sản|ngư nghiệp)|nông nghiệp|lâm nghiệp"
        r"|thủy sản|dịch vụ|thương mại(?: ?[-–,] ?dịch vụ)?|xây dựng|trồng trọt|chăn nuôi)")),
    Keyword("", _rx(
        r"sản lượng (?:(?:thủy sản|thủy,? hải sản)(?! (?:nuôi|khai thác|đánh bắt))|cà phê|chè|sữa|thịt|hạt điều|điều"
        r"|cao su|hồ tiêu|tiêu|mía|ngô|sắn|lương thực|cây lương thực|rau|trái cây|cây ăn quả|muối|gỗ|điện)")),
    Keyword("", _rx(r"năng suất(?: lúa| bình quân| lao động)*")),
    # The capital of some projects, not the district's total investment: "4 dự án được chấp thuận chủ trương đầu tư
    # với tổng vốn đầu tư 37 tỷ đồng", "tổng vốn đầu tư của các dự án".
    Keyword("", _rx(r"(?:dự án|công trình)[^\d.;:]{0,100}? (?:với|có) tổng (?:mức |nguồn )?vốn đầu tư"
                    r"|tổng (?:mức |nguồn )?vốn đầu tư (?:của |cho )?(?:các |\d+ )?(?:dự án|công trình)"),
            needles=("dự án", "công trình")),
    Keyword("", _rx(  # "Sản lượng khai thác và nuôi trồng thủy sản": the two together
        r"sản lượng (?:thủy sản )?(?:(?:khai thác|đánh bắt),? (?:và )?nuôi trồng|nuôi trồng,? (?:và )?(?:khai thác|đánh bắt))")),
)

# Words that may open an indicator phrase; kept out of the patterns (a leading optional group defeats the
# regex engine's prefix scan) and added back to the phrase when present.
LEADING_MODIFIER_RE = _rx(r"(?:tổng số|tổng|huy động|sản lượng|độ) ?$")

# A rate stated with its label after the number: "2,33% hộ nghèo và 2,8% hộ cận nghèo".
POST_LABELS: tuple[tuple[str, re.Pattern], ...] = (
    ("poor_near_poor_rate", _rx(r"hộ nghèo ?(?:,|và) ?(?:hộ )?cận nghèo")),
    ("near_poverty_rate", _rx(r"hộ cận nghèo")),
    ("poverty_rate", _rx(r"hộ nghèo")),
    # "97% người dân tham gia BHYT"
    ("health_insurance_coverage", _rx(r"(?:người dân|dân số|người) (?:tham gia |có thẻ )(?:bảo hiểm y tế|BHYT)")),
)
# Any other "hộ …" label after a percentage names some other share ("48% hộ có mức sống trung bình").
OTHER_POST_LABEL = _rx(r"hộ\b|dân số\b(?! tham gia)")

# --- counts stated as x/y --------------------------------------------------------------------------------
NTM_RE = _rx(
    r"(?P<num>\d{1,3})(?: ?(?:/|trên) ?(?P<den>\d{1,3}))? xã(?: (?:của|trên địa bàn|thuộc) (?:huyện|thị xã|thành phố|quận))?"
    # "4 xã là: Năng Khả, Côn Lôn, Hồng Thái và Thanh Tương đạt chuẩn …": the communes named between
    r"(?: (?:là|gồm) ?:? ?[^\d;.()]{3,120}?(?= (?:đã |được |đều )*(?:được )?(?:công nhận )?đạt))?"
    r"(?: (?:đã|được|đều))*(?: (?:được )?công nhận)?"
    r" (?:đạt|về đích|hoàn thành)? ?(?:chuẩn |tiêu chí )?(?:xã )?(?:nông thôn mới|NTM)(?P<tier> nâng cao| kiểu mẫu)?"
)
_MET = r"(?:đạt và vượt|đạt, vượt|đạt|vượt|hoàn thành(?: và vượt| vượt)?(?: mức)?|thực hiện đạt(?: và vượt)?)"
TARGETS_RES = (
    # "đạt và vượt 17/17 chỉ tiêu", "hoàn thành 21/22 chỉ tiêu"
    # "đạt và vượt 20 chỉ tiêu/21 chỉ tiêu"
    _rx(rf"(?<!chưa\s){_MET}(?: (?:được|mức))? (?P<num>\d{{1,3}})(?: chỉ tiêu)? ?(?:/|trên) ?(?P<den>\d{{1,3}}) chỉ tiêu"),
    # "17/18 chỉ tiêu chủ yếu đạt và vượt"
    _rx(rf"(?P<num>\d{{1,3}}) ?(?:/|trên) ?(?P<den>\d{{1,3}}) chỉ tiêu(?P<mid>(?:(?!chỉ tiêu)[^;.]){{0,80}}?) (?<!chưa\s){_MET}(?! \d)"),
    # "Trong 18 chỉ tiêu … đề ra, có 17 chỉ tiêu đạt và vượt"
    _rx(rf"trong (?:số |tổng số )?(?P<den>\d{{1,3}}) chỉ tiêu(?P<mid>[^;.]{{0,160}}?),? (?:có |đã có )?(?P<num>\d{{1,3}}) chỉ tiêu"
        rf"(?: (?:thực hiện|đã|cơ bản))* {_MET}(?! \d)"),
    # "đề ra 22 chỉ tiêu phát triển kinh tế - xã hội, trong đó thực hiện đạt và vượt 19 chỉ tiêu"
    _rx(rf"(?P<den>\d{{1,3}}) chỉ tiêu(?P<mid>[^;.\d]{{0,80}}?),? trong đó,?(?: (?:có|đã có))?(?: (?:thực hiện|đã|cơ bản))* {_MET}"
        rf"(?: được)? (?P<num>\d{{1,3}}) chỉ tiêu"),
    # "đạt và vượt 17 trong tổng số 19 mục tiêu chủ yếu"
    _rx(rf"(?<!chưa\s){_MET}(?: được)? (?P<num>\d{{1,3}})(?: chỉ tiêu| mục tiêu)? (?:trong|trên) (?:tổng số )?(?P<den>\d{{1,3}}) (?:chỉ tiêu|mục tiêu)"),
    # "có 17 chỉ tiêu đạt và vượt trong tổng số 18 chỉ tiêu"
    _rx(rf"(?P<num>\d{{1,3}}) chỉ tiêu(?: (?:thực hiện|đã))* {_MET}(?: và vượt)?(?: kế hoạch| nghị quyết)? (?:trong|trên) (?:tổng số )?(?P<den>\d{{1,3}}) chỉ tiêu"),
)
# "Số xã đạt chuẩn nông thôn mới: 12/13 xã" — the count after the phrase.
NTM_AFTER_RE = _rx(
    r"xã (?:đã )?(?:được công nhận )?đạt chuẩn (?:xã )?(?:nông thôn mới|NTM)(?P<tier> nâng cao| kiểu mẫu)?"
    r"(?: (?:là|đạt|có))? ?:? ?(?P<num>\d{1,3}) ?/ ?(?P<den>\d{1,3})(?! ?%)"
)
# "giảm 927 hộ nghèo, chiếm 2,14%": the fall in households, then the same fall as a share → a pp change.
POVERTY_FALL_RE = _rx(
    r"(?:giảm|kéo giảm)(?: được)? [\d.]+ hộ (?P<which>nghèo|cận nghèo),? ?\(? ?(?:chiếm|tương đương|tương ứng|bằng|giảm) ?(?:khoảng |gần |hơn |trên )?(?P<pct>\d+(?:,\d+)?) ?%"
)
# "Thị xã hiện còn 412 hộ nghèo, chiếm 4,03%": the count of households, then the rate → a level.
# "… và 386 hộ cận nghèo, chiếm 3,78%": a second count in the same statement.
_COUNT_SHARE = r",? ?\(? ?(?:chiếm|tương ứng|bằng) (?:tỷ lệ |tỉ lệ )?(?:khoảng |gần |hơn |trên )?"
POVERTY_COUNT_RE = _rx(
    rf"(?:còn|có) (?:lại )?[\d.]+ hộ (?P<which>nghèo|cận nghèo){_COUNT_SHARE}(?P<pct>\d+(?:,\d+)?) ?%"
    rf"(?:,? (?:và|;) [\d.]+ hộ (?P<which2>nghèo|cận nghèo){_COUNT_SHARE}(?P<pct2>\d+(?:,\d+)?) ?%)?"
)
# "Hộ nghèo giảm từ 3.586 hộ, chiếm 10,74% xuống còn 2.900 hộ, chiếm 8,65%": the new level is the second share.
POVERTY_FROM_TO_RE = _rx(
    rf"hộ (?P<which>nghèo|cận nghèo) (?:đã )?giảm từ [\d.]+ hộ{_COUNT_SHARE}\d+(?:,\d+)? ?%\)?,? (?:xuống )?(?:còn )?[\d.]+ hộ"
    rf"{_COUNT_SHARE}(?P<pct>\d+(?:,\d+)?) ?%")
# "phát triển 73 đảng viên mới": the Party's other word for admitting members.
NEW_PARTY_MEMBERS_RE = _rx(r"(?:kết nạp|phát triển)(?: (?:được|mới|thêm))*(?: được)? (?:(?:trên|hơn|gần|khoảng) )?"
                           r"(?P<num>\d{1,3}(?:\.\d{3})+|\d{1,5}) đảng viên(?: mới)?")
# "(đạt 37,5% kế hoạch)", ", đạt 27,1% kế hoạch năm": a count's share of its plan, right after it.
SHARE_OF_PLAN_AFTER = _rx(r" ?[,(]? ?(?:đạt|bằng)(?: (?:hơn|trên|gần|khoảng))? (?P<pct>\d+(?:,\d+)?) ?% ?(?:so với )?(?:kế hoạch|chỉ tiêu|KH\b)")
# "tăng 7 xã so với đầu nhiệm kỳ", "(tăng 1 xã)": the rise in New Rural communes right after the count.
NTM_RISE_AFTER = _rx(r"(?: xã)?,? ?\(?(?:tăng|thêm)(?: thêm)? (?P<num>\d{1,3}) xã")
# "có thêm 3 xã đạt chuẩn …, nâng tổng số lên 12 xã": the total after the rise is the level.
NTM_TOTAL_AFTER = _rx(
    r",? ?(?:nâng|đưa) tổng số(?: xã)?(?: đạt chuẩn(?: [^\d,;.]{0,40}?)?)? lên (?:thành )?(?P<num>\d{1,3})(?: ?/ ?(?P<den>\d{1,3}))? xã")
# "Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 62,5% (10 xã)": the count in brackets after the share.
NTM_SHARE_RE = _rx(
    r"xã đạt chuẩn (?:xã )?(?:nông thôn mới|NTM)(?P<tier> nâng cao| kiểu mẫu)?[^\d;().]{0,30}?(?:\d{4}[^\d;().]{0,20}?)?"
    r"\d+(?:,\d+)? ?% ?\((?P<num>\d{1,3})(?: ?/ ?(?P<den>\d{1,3}))? xã\)")
# "…, nâng số xã đạt chuẩn nông thôn mới toàn huyện lên 16 xã": the total a sentence brings the count to.
NTM_RAISED_TO_RE = _rx(
    r"(?:nâng|đưa) (?:tổng )?số xã (?:được công nhận )?(?:đạt chuẩn )?(?:xã )?(?:nông thôn mới|NTM)(?P<tier> nâng cao| kiểu mẫu)?"
    r"(?: (?:toàn|của|trên địa bàn) (?:huyện|thị xã|thành phố|quận))? lên (?:thành )?(?P<num>\d{1,3})(?: ?/ ?(?P<den>\d{1,3}))? xã")
# "Có thêm 2 xã đạt chuẩn": a count after "thêm/tăng" is an increase, not a level.
RISE_BEFORE = _rx(r"\b(?:thêm|tăng(?: thêm)?)(?: được)? $")
NEW_ENTERPRISES_RE = _rx(
    r"thành lập(?: mới)?(?: được)? (?P<num>\d{1,4})(?: ?/ ?(?P<den>\d{1,4}))? doanh nghiệp"
)
# "quận có 412 doanh nghiệp thành lập mới", "Số doanh nghiệp thành lập mới thời kỳ 2021 - 2025: 120 doanh nghiệp",
# "số doanh nghiệp thành lập mới là 520".
# "14 doanh nghiệp, 1 hợp tác xã thành lập mới", "doanh nghiệp mới được thành lập thời kỳ 2021-2025: 100 doanh nghiệp".
_NEW_FIRMS = r"(?:(?:đăng ký )?(?:được )?thành lập mới|mới (?:được )?thành lập)"
NEW_ENTERPRISES_AFTER_RES = (
    _rx(rf"(?<![\d.,])(?P<num>\d{{1,4}}) doanh nghiệp(?:,? (?:và )?\d{{1,4}} (?:hợp tác xã|HTX))? {_NEW_FIRMS}"),
    _rx(rf"doanh nghiệp {_NEW_FIRMS}(?: trong năm| (?:trong |thời kỳ |giai đoạn |năm )?\d{{4}}(?: ?[-–] ?\d{{4}})?)?"
        r"(?: (?:là|đạt|có))? ?:? ?(?P<num>\d{1,4})(?![.,]\d| ?%)(?: doanh nghiệp|(?= ?[,;.)]| ?$))"),
)

# --- measures -------------------------------------------------------------------------------------------
TARGET_WORD_AFTER = _rx(
    r"(?:\) ?)?(?:so (?:với )?)?(?:chỉ tiêu|kế hoạch|KH\b|nghị quyết|NQ\b|mục tiêu|dự toán|chỉ tiêu nghị quyết"
    # "vượt 40% so với tỉnh giao": the plan named only by the body that set it (what it "giao", assigned)
    r"|(?:tỉnh|huyện|thành phố|TP|thị xã|cấp trên|trên) giao\b)"
)
# "so dự toán giao đạt 42%", "so với kế hoạch năm, đạt 51%": the plan named before the share of it.
TARGET_WORD_BEFORE = _rx(
    r"\bso (?:với )?(?:dự toán|kế hoạch|KH|nghị quyết|NQ|chỉ tiêu)(?: [^\d,;()%]{0,30}?)?,? (?:đạt|bằng|vượt)(?: (?:hơn|trên|gần|khoảng))? ?$")
# Words after "trong đó" that name no part ("…, trong đó đạt 52%", "trong đó có khoảng 30%").
PART_FILLER_WORDS = frozenset(
    "có là đạt ước tính được khoảng gần hơn trên dưới chiếm tăng giảm còn vượt bằng đã thực hiện năm quý tháng".split())
# "…, trong đó thu nội địa 320 tỷ đồng", "Trong đó: thu nội địa …": the indicator's phrase right after "trong đó" names
# a part of the total stated before it.
PART_BEFORE_PHRASE = _rx(r"\btrong đó ?[,:]? ?$")
# Revenue collected in the district ("thu ngân sách trên địa bàn", "thu nội địa"), not the all-sources total.
COLLECTED_IN_DISTRICT_RE = _rx(r"trên địa bàn|nội địa")
# "…, trong đó có 6/25 chỉ tiêu vượt KH": a part of the count stated before it.
PART_OF_COUNT_BEFORE = _rx(r"\btrong đó,? (?:có |đã có )?$")
# "bằng 105% so với cùng kỳ" / "đạt 98% so cùng kỳ" / "bằng 133% cùng kỳ năm 2021": the level as a share of last
# year's → growth of X − 100.
SAME_PERIOD_RATIO_AFTER = _rx(r"(?:so (?:với )?)?cùng kỳ")
RATIO_VERB_BEFORE = _rx(r"\b(?:bằng|đạt|tương đương)(?: (?:khoảng|gần|hơn|trên))? ?$")
# "vượt 15% dự toán": exceeded by 15 % → 115 % of target.
EXCEEDED_BY_BEFORE = _rx(r"\bvượt(?: mức)?(?: (?:hơn|trên|gần|khoảng))? ?$")
# "tăng 6% so với dự toán tỉnh giao": above the plan by 6 % → 106 % of it ("giảm 4% so với kế hoạch" → 96 %).
ABOVE_PLAN_BEFORE = _rx(r"\b(?:tăng|cao hơn)(?: (?:hơn|trên|gần|khoảng))? ?$")
BELOW_PLAN_BEFORE = _rx(r"\b(?:giảm|thấp hơn)(?: (?:hơn|trên|gần|khoảng))? ?$")
COMPARISON_AFTER = _rx(r"so (?:với )?(?:cùng kỳ(?: năm \d{4})?|năm \d{4}|năm trước|năm \d{4}|đầu nhiệm kỳ)")
SHARE_OF_WHOLE_AFTER = _rx(r"so (?:với )?(?:toàn tỉnh|tổng|cả tỉnh|cả nước|toàn quốc)")
# "tăng bình quân hàng năm 12%", "Tỷ lệ tăng thu ngân sách bình quân hàng năm: 12%" (the verb before the phrase)
_EACH_YEAR = r"|(?:hàng|hằng|mỗi) năm"
UP_RE = _rx(rf"\b(?:tăng|tăng thêm)(?: trưởng)?(?: (?:được|khoảng|gần|hơn|trên|bình quân|đạt{_EACH_YEAR}))*\s*:?\s*$")
DOWN_RE = _rx(rf"\b(?:giảm|kéo giảm|giảm thêm)(?: (?:được|khoảng|gần|hơn|trên|bình quân{_EACH_YEAR}))*\s*:?\s*$")
LEVEL_AFTER_CHANGE_RE = _rx(r"\b(?:còn|xuống còn|xuống|lên|lên đến|lên mức|đạt|ở mức|chiếm)\b(?: (?:mức|khoảng|gần|hơn|trên|dưới|còn|ước|đạt))*\s*$")
# "giảm từ 12,5% xuống còn 9,8%": the figure after "từ" is the base, not this period's value.
BASE_BEFORE_RE = _rx(r"\btừ (?:mức )?$")
# A list announced by a plan ("Năm 2023, huyện đặt mục tiêu A tăng 9%; B đạt 1.300 tỷ đồng; …"): these cues reach
# every clause after them in the sentence, unless they only cite a plan ("đạt 101% mục tiêu").
# "Các chỉ tiêu chủ yếu trong nhiệm kỳ 2020-2025", "Một số chỉ tiêu cụ thể như: …": a list of targets announced
# (not "các chỉ tiêu chủ yếu đều đạt …", a list of results).
LIST_TARGET_CUE_RE = _rx(
    r"phấn đấu|mục tiêu|dự kiến|định hướng|chỉ tiêu chủ yếu (?:kế hoạch )?năm \d{4}"
    r"|(?:các|một số) chỉ tiêu (?:(?:chủ yếu|cụ thể|chính) )*(?:\(? ?(?:trong |của )?(?:nhiệm kỳ|giai đoạn|thời kỳ) ?\(?\d{4} ?[-–] ?\d{4}|như ?:)")
CITED_PLAN_BEFORE = _rx(r"(?:\d ?%|\bđạt|\bvượt|\bhoàn thành|\bso với|\bso) ?$")
# A year after the one reported on, with a word of planning: "Năm 2025, huyện đề ra 20 chỉ tiêu, trong đó: …".
PLAN_WORD_RE = _rx(r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|nhiệm vụ|phương hướng|nghị quyết|đề ra|dự kiến|định hướng")
YEAR_MENTION_RE = _rx(r"(?P<base>\bso(?: với)? |\btừ )?năm (?P<year>(?:19|20)\d\d)(?!\d)")
# "đến năm 2025", "đến hết năm 2025" (not "tính đến năm …", a status date): a horizon.
HORIZON_BEFORE = _rx(r"(?<!tính\s)\bđến (?:hết |cuối )?$")
# "so với mục tiêu năm 2025", "đạt kế hoạch năm 2024": a later year cited as a yardstick, not announced.
CITED_YEAR_BEFORE = _rx(r"(?:\bso(?: với)?|\bđạt|\bvượt|\bbằng|\bhoàn thành)\b[^\d,;.]{0,20}$")
SPAN_MENTION_RE = _rx(r"(?:nhiệm kỳ|giai đoạn|thời kỳ) ?\(? ?(?P<start>(?:19|20)\d\d) ?[-–—] ?(?P<end>(?:19|20)\d\d)(?!\d)")
# The plan's own figure, right after the word for it: "vượt chỉ tiêu tỉnh giao (92,5%)", "8,56%, KH 9%".
TARGET_VALUE_BEFORE = _rx(
    r"(?:^|[,;(]) ?(?:(?:đạt|vượt|so với|so|theo|thấp hơn|cao hơn|chưa đạt|không đạt|gần đạt) )?(?:KH|kế hoạch|chỉ tiêu|mục tiêu|nghị quyết|NQ)\b(?: [^\d,;()]{1,30}?)? ?[(:] ?$"
    r"|(?:^|[,;(]) ?(?:KH|kế hoạch|chỉ tiêu|mục tiêu)(?: năm \d{4})? ?$"
    # "(KH giao 66,5 tỷ đồng)", "(Nghị quyết là 114 tỷ đồng)", "16,02%/kế hoạch (KH) 16%", "55,3 triệu đồng/KH 55":
    # the plan's figure in brackets or after a slash, with the words that say who set it.
    r"|(?:^|[(/]|\d ?% ?/) ?(?:KH|kế hoạch|chỉ tiêu|nghị quyết|NQ|dự toán)(?: \(KH\))?(?: năm \d{4})?"
    r"(?: (?:tỉnh |huyện |HĐND (?:tỉnh |huyện )?)?giao)?(?: là| đề ra)? ?:? ?$")
# "9 - 10%", "từ 50 đến 60 triệu": one end of a range is no figure.
RANGE_BEFORE = _rx(r"\d ?(?:[-–÷]|đến) ?$")
# "8%/năm trở lên": at least the figure.
AT_LEAST_AFTER = _rx(r"(?:/ ?năm)? ?trở lên\b")
AT_MOST_AFTER = _rx(r"(?:/ ?năm)? ?trở xuống\b")
# A clause opening with a verb has the subject of the clause before it ("…còn 1,1%; giảm 0,6% so với đầu năm").
ELLIPSIS_START_RE = _rx(r" ?(?:ước )?(?:tăng|giảm|bằng|đạt|vượt)\b")
# "Tỷ lệ tham gia bảo hiểm y tế đạt 93,8%; toàn tỉnh đạt 92,1%": the same subject, for another unit.
UNIT_ELLIPSIS_START_RE = _rx(
    r" ?(?:(?:toàn|cả) (?:tỉnh|nước|thành phố)|toàn quốc|bình quân (?:toàn|cả|chung của) (?:tỉnh|nước|thành phố)),? (?:ước )?(?:đạt|là|còn|tăng|giảm)\b")
# "Tỷ lệ hộ nghèo và hộ cận nghèo lần lượt là 1,5% và 2,3%": the figures go to the parts, in order.
RESPECTIVELY_RE = _rx(r"\blần lượt\b")
RESPECTIVE_PARTS = {"poor_near_poor_rate": ("poverty_rate", "near_poverty_rate")}
# "Ước cả năm 2023, …", "Ước thực hiện năm 2023, …": an estimate framing its clause.
# "Ước thu ngân sách năm 2023 đạt …", "Ước tổng giá trị sản xuất …": "ước" opening the clause before its subject.
ESTIMATE_FRAME_RE = _rx(r" ?(?:[-–+•*] )?ước(?: tính| thực hiện)?(?: cả năm| năm \d{4}| \d+ tháng| quý|(?= (?!mơ|muốn|nguyện|vọng)[^\W\d_]))")
# "bình quân mỗi năm giảm 1,6%", "bình quân giai đoạn 2016 - 2020 tăng 23,4%/năm": an average over several years.
AVERAGE_RE = _rx(r"bình quân(?P<years> (?:mỗi|hằng|hàng) năm| (?:cả )?(?:giai đoạn|thời kỳ|nhiệm kỳ)| (?:\d+|năm) năm)?")
PER_YEAR_AFTER = _rx(r" ?/ ?năm\b| (?:mỗi|hằng|hàng) năm\b")
# "cả năm": the whole year, even in a quarterly or half-year report.
WHOLE_YEAR_RE = _rx(r"\bcả năm\b")
# "giảm tỷ lệ hộ nghèo 1,5%": the verb before the indicator's name.
VERB_BEFORE_PHRASE = _rx(r"\b(?P<verb>kéo giảm|giảm|tăng|nâng)(?: (?:được|thêm))? $")
TARGET_CUE_RE = _rx(
    r"phấn đấu|mục tiêu|dự kiến|chỉ tiêu (?:đề ra|giao|kế hoạch)(?: là)?|kế hoạch (?:năm \d{4}|đề ra|giao)|định hướng|sẽ (?:đạt|tăng|giảm|có)"
)

# --- qualifiers (immediately before the number) --------------------------------------------------------
QUALIFIER_BEFORE = (
    ("approx", _rx(r"(?:gần|khoảng|xấp xỉ|trên dưới|chừng|ước khoảng|trên-dưới)\s*$")),
    ("over", _rx(r"(?<!trên\s)(?:trên|hơn|ngoài)\s*$")),
    ("under", _rx(r"(?:dưới|chưa đến|chưa tới|không quá)\s*$")),
)
ESTIMATE_RE = _rx(r"\bước(?: (?:đạt|tính|thực hiện|cả năm))?\b(?! mơ)")

# --- scope: a figure about another unit than the document's district ------------------------------------
# A whole unit without its name: "toàn tỉnh", "của cả tỉnh", "cả nước", "toàn quốc", "trên địa bàn thành phố".
# ("thành phố" is the province only in a district of a centrally-run city such as Hải Phòng or Đà Nẵng.)
WHOLE_UNIT_RE = _rx(
    r"\b(?:(?P<country>(?:toàn|cả|của cả) nước|toàn quốc)|(?:toàn|cả|của|trên địa bàn) (?:(?P<province>tỉnh)|(?P<city>thành phố)))\b")
# Case-sensitive: a unit word and the words after it. With a capitalised name it names a unit ("xã Ngãi Xuyên",
# "huyện Cù Lao Dung", "thành phố Đà Nẵng"); without one, a district-level word is the document's own unit as
# subject ("thị xã phấn đấu …"). (Regex ranges cannot tell Vietnamese capitals; callers use str.isupper.)
UNIT_WORD_RE = re.compile(
    r"(?<![^\W\d_])(?P<word>[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Tt]hành\s+phố|[Tt]ỉnh|[Tt]hị\s+trấn|[Xx]ã|[Pp]hường)"
    r"\s+(?P<next>[^\W\d_]+(?:[ \-][^\W\d_]+){0,3})")
COMMUNE_WORDS = ("xã", "phường", "thị trấn")
# "5 huyện đạt chuẩn", "các huyện": units counted, not the document's own unit as subject.
COUNTED_BEFORE = _rx(r"(?:\d|\bcác|\bnhững|\bmọi|\bnhiều|\bmột số) $")

# "Đến nay, …", "sau nửa nhiệm kỳ, …": a status at the time of writing.
AS_OF_NOW_RE = _rx(r"\b(?:đến nay|tính đến nay|hiện nay|sau nửa nhiệm kỳ|giữa nhiệm kỳ)\b")
# "cao hơn bình quân toàn tỉnh (88,7%)", "đứng đầu của cả tỉnh với trên 16%": a unit named as a yardstick; the
# figure is that unit's only when written in brackets right after it.
COMPARED_BEFORE = _rx(
    r"(?:cao hơn|thấp hơn|hơn|đứng đầu|dẫn đầu|đứng thứ \S+|(?:cao|thấp|lớn|nhiều|ít) nhất|so với|so|bằng|gấp \S+ lần)"
    r"(?: (?:mức|bình quân|trung bình|chung|của|trong|trên|toàn))* ?$")
BRACKETED_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s*){0,3}(?:\(|\blà\b|:)\s*$")
# --- target sets ---------------------------------------------------------------------------------------
TERM_CUE_RE = _rx(r"nhiệm kỳ|đại hội|lần thứ [IVXLC]+\b|cả nhiệm kỳ|giai đoạn \d{4} ?[-–] ?\d{4}|5 năm")
ANNUAL_CUE_RE = _rx(r"(?:nghị quyết|NQ|chỉ tiêu|kế hoạch)(?: \S+){0,3}? năm\b|(?<!đến\s)năm \d{1,4}\b|hằng năm|hàng năm|\bnăm\b(?! \d)")
QUARTER_CUE_RE = _rx(r"quý (?:IV|III|II|I|[1-4])\b")
PARTY_CUE_RE = _rx(r"đảng bộ|huyện ủy|thành ủy|thị ủy|quận ủy|tỉnh ủy|ban chấp hành|ban thường vụ|\bBTV\b|đại hội")
# "dự toán tỉnh giao", "kế hoạch UBND tỉnh giao", "dự toán Trung ương giao": a plan the district was assigned from above.
PROVINCE_PLAN_CUE_RE = _rx(r"(?:\btỉnh|trung ương|\bTW|(?:UBND|HĐND|ủy ban nhân dân|hội đồng nhân dân) tỉnh) giao\b"
                           r"|(?:dự toán|kế hoạch|KH) (?:của )?(?:tỉnh|trung ương)\b")
# "dự toán huyện (giao)": the district's own budget, which its People's Council adopts.
COUNCIL_CUE_RE = _rx(r"hội đồng nhân dân|HĐND|dự toán (?:huyện|thị xã|thành phố|quận)\b")
COMMITTEE_CUE_RE = _rx(r"ủy ban nhân dân|UBND|kế hoạch phát triển kinh tế")

# --- tables: what a column heading says its figures are ---------------------------------------------------
# Counts a table row names by its label (the prose reads them with their own sentence shapes).
TABLE_COUNT_LABELS: tuple[tuple[str, re.Pattern], ...] = (
    ("ntm_advanced_communes", _rx(r"xã (?:được công nhận )?(?:đạt chuẩn )?(?:xã )?(?:nông thôn mới|NTM) nâng cao")),
    ("ntm_communes", _rx(r"xã (?:được công nhận )?(?:đạt chuẩn )?(?:xã )?(?:nông thôn mới|NTM)(?! nâng cao| kiểu mẫu)")),
    ("new_enterprises", _rx(r"doanh nghiệp (?:được )?thành lập mới|thành lập mới doanh nghiệp")),
)
_PCT = r"(?: \(%\)| %)?"
_YEAR_OR_PART = r"(?: năm| 6 tháng(?: đầu năm)?| 9 tháng(?: đầu năm)?| quý [IV\d]+)*(?: ?[-/]? ?\d{4})?"
TABLE_COLUMNS: tuple[tuple[str, re.Pattern], ...] = (
    ("label", _rx(r"(?:tên )?(?:chỉ tiêu|nội dung|danh mục)(?: chủ yếu)?")),
    ("unit", _rx(r"đvt|đơn vị(?: tính)?")),
    ("share_of_plan", _rx(rf"(?:tỷ lệ )?(?:% )?(?:so sánh )?so (?:với )?(?:KH|kế hoạch|NQ|nghị quyết|dự toán|chỉ tiêu){_YEAR_OR_PART}{_PCT}")),
    ("vs_last_year", _rx(rf"(?:tỷ lệ )?(?:% )?(?:so sánh )?so (?:với )?(?:CK|cùng kỳ|năm trước|năm \d{{4}}){_PCT}")),
    ("plan", _rx(rf"(?:KH|kế hoạch|chỉ tiêu(?: KH| NQ| kế hoạch| nghị quyết)?|NQ|nghị quyết|dự toán)(?: giao)?{_YEAR_OR_PART}")),
    ("result", _rx(rf"(?:ước )?(?:TH|thực hiện|ƯTH|ước tính|ước|kết quả)(?: thực hiện)?{_YEAR_OR_PART}")),
)
