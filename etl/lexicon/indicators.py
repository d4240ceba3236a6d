"""Indicator phrases: the words that name each catalogue indicator (KEYWORDS), labels written after a
figure (POST_LABELS), and phrases that name quantities outside the catalogue (indicator "").

To add an indicator: add it to etl/indicators.yaml, then its phrase(s) to KEYWORDS here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .spelling import compile_words


TY_LE = r"(?:tỷ|tỉ) lệ"
# Reports abbreviate the commonest phrases: GTSX (giá trị sản xuất), TNBQ (thu nhập bình quân).
GTSX = r"(?:giá trị sản (?:[xs]uất|lượng)|GTSX)"   # "sản suất": a common misspelling; "giá trị sản lượng", the same
TNBQ = r"(?:thu nhập bình quân|TNBQ)"
HARVEST_VALUE = r"giá trị (?:sản phẩm )?thu hoạch(?: bình quân)?"


@dataclass(frozen=True)
class Keyword:
    """A phrase naming an indicator; `growth` when the phrase itself means growth ("tăng trưởng kinh tế")."""

    indicator: str
    regex: re.Pattern
    growth: bool = False
    needles: tuple[str, ...] = ()   # words one of which a text must hold for the phrase to be sought (speed)


# Longer, more specific phrases first: at the same position the longest match wins anyway.
KEYWORDS: tuple[Keyword, ...] = (
    Keyword("output_per_ha", compile_words(
        # ("giá trị thu nhập bình quân trên 1 hécta đất trồng trọt": the value earned from the land)
        r"giá trị (?:sản xuất|sản phẩm|thu hoạch|thu nhập|thu)(?: (?:thu hoạch|bình quân|trồng trọt|nông nghiệp|thủy sản|đạt được))*"
        r" (?:trên |/ ?|mỗi |của |bình quân )?(?:(?:1|01|một) ?(?:ha|h[eé]c ?-? ?ta)\b|(?:trên )?(?:1 |01 |một |mỗi )?đơn vị diện tích)")),
    Keyword("industrial_output", compile_words(
        # "giá trị ngành công nghiệp – tiểu thủ công nghiệp 382 tỷ đồng": "sản xuất" left unsaid before the sector
        rf"(?:{GTSX} (?:toàn )?(?:ngành |khu vực |lĩnh vực )?|giá trị (?:toàn )?(?:ngành|lĩnh vực) )(?:công nghiệp|CN)"
        r"(?: ?[-–,] ?(?:tiểu thủ công nghiệp|TTCN))*"
        # "Giá trị công nghiệp tăng 24,5%", "Sản xuất công nghiệp đạt 410 tỷ đồng": the value, "sản xuất" or "giá
        # trị" left unsaid (never the index, "chỉ số sản xuất công nghiệp")
        # ("Sản xuất CN-TTCN đạt 520 tỷ đồng": abbreviated, with its small industry)
        r"|(?<!số\s)(?<!trị\s)(?:giá trị|sản xuất) (?:công nghiệp|CN)(?: ?[-–,] ?(?:tiểu thủ công nghiệp|TTCN))*"
        r"(?= (?:ước )?(?:đạt|tăng|giảm)\b)"
        # "công nghiệp - tiểu thủ công nghiệp tiếp tục phát triển, tăng 6,7% so cùng kỳ": the sector with its small
        # industry, as the subject of a rise or a level
        r"|(?<![^\W\d_]\s)(?:công nghiệp|CN) ?[-–,] ?(?:tiểu thủ công nghiệp|TTCN)(?=(?: [^\d;,.()]{1,30}?,)? (?:ước )?(?:đạt|tăng)\b)")),
    # Industry with construction ("công nghiệp - xây dựng", "công nghiệp, xây dựng cơ bản", "công nghiệp, TTCN,
    # XDCB") is a sector of the economy, not the industrial output (issue 14 §3); its share of the economy even less.
    Keyword("", compile_words(
        rf"(?:{GTSX} (?:ngành |khu vực |lĩnh vực )?|giá trị (?:ngành|lĩnh vực) |khu vực |ngành )?(?:công nghiệp|CN)"
        r"(?: ?[-–,] ?(?:tiểu thủ công nghiệp|TTCN))*(?: ?[-–,] ?| và | ?, ?và )(?:xây dựng(?: cơ bản)?|XDCB)\b"),
        needles=("xây dựng", "xdcb")),
    # A bare "tốc độ tăng (trưởng)" followed by another quantity's name is that quantity's growth ("tốc độ tăng thu
    # ngân sách", "tốc độ tăng dân số"): extract/indicator.py:find_keywords hands it to the phrase after it, or none.
    Keyword("production_value", compile_words(
        # "kinh tế vẫn tăng trưởng khá đạt tốc độ 4,78%": the economy said to grow at a pace
        r"kinh tế(?: (?:vẫn|tiếp tục|duy trì))* tăng trưởng(?: (?:khá|cao|ổn định|tốt))? ?,? đạt (?:tốc độ|mức)"
        # "Kinh tế tiếp tục tăng trưởng khá (bình quân giai đoạn 2015 - 2020 đạt 10,4%)": the pace in brackets
        r"|kinh tế(?: (?:vẫn|tiếp tục|duy trì))* tăng trưởng(?: (?:khá|cao|ổn định|tốt))?(?= ?\( ?bình quân)"
        rf"|tăng trưởng kinh tế|tốc độ (?:tổng )?{GTSX}|tốc độ phát triển(?: kinh tế| (?:tổng )?{GTSX})|tốc độ tăng(?: trưởng)?(?: kinh tế| (?:tổng )?{GTSX}"
        r"|(?! (?:dân số|xuất khẩu|kim ngạch|diện tích|chỉ số|năng suất|giá tiêu dùng|đô thị hóa|lao động|doanh thu"
        r"|tín dụng|dư nợ|đàn|đảng viên|hộ)\b))"), growth=True),
    # GRDP, value added: "tổng sản phẩm trên địa bàn (GRDP)", "tổng giá trị sản phẩm"; "tốc độ tăng trưởng GRDP" joins
    # the growth phrase above to it (extract/indicator.py:_growth_of_next_phrase). Per head it is another quantity.
    Keyword("", compile_words(r"(?:GRDP|GDP|tổng sản phẩm(?: trên địa bàn)?|giá trị gia tăng) bình quân(?: đầu người| 1 người| một người)"),
            needles=("grdp", "gdp", "tổng sản phẩm", "gia tăng")),
    Keyword("grdp", compile_words(r"(?:tổng )?giá trị gia tăng|tổng (?:giá trị )?sản phẩm(?: (?:trên địa bàn|trong (?:tỉnh|huyện|thị xã|thành phố)|xã hội))?"
                        # ("tăng trưởng GDP" in a district's report: its GRDP)
                        r"(?: (?:huyện|thị xã|thành phố|quận))?(?: ?\(GRDP\))?|GRDP|GDP\b"),
            needles=("grdp", "gdp", "tổng sản phẩm", "tổng giá trị sản phẩm", "gia tăng")),
    Keyword("production_value", compile_words(
        # ("giá trị sản xuất toàn ngành": the whole of the sector the text speaks of, not the district's)
        rf"{GTSX}(?! (?:công nghiệp|CN\b|nông|thủy|lâm|ngành|toàn ngành|khu vực|lĩnh vực|dịch vụ|thương mại|trồng|chăn|xây dựng))"
        r"(?: (?:trên địa bàn|toàn huyện|của huyện|toàn thị xã|toàn thành phố|toàn quận|các ngành|chung))?")),
    Keyword("rural_income_per_capita", compile_words(
        rf"{TNBQ} (?:đầu người|(?:1|01|một) người|người)(?: (?:ở|tại|của|khu vực|người dân|dân cư))*"
        rf" (?:khu vực )?nông thôn|{TNBQ} (?:của )?(?:người dân |cư dân )?nông thôn"
        # "Thu nhập bình quân đầu người tại các xã năm 2020 đạt …": the communes together are the rural area
        rf"|{TNBQ} (?:đầu người|(?:1|01|một) người|người)(?: (?:của )?(?:người dân|dân cư))? (?:ở |tại |của )?các xã\b")),
    # "Thu nhập đầu người 49 triệu đồng/năm": without "bình quân" too.
    # "thu nhập bình quân đạt 40 triệu đồng/người/năm": "đầu người" left unsaid, the unit says per person
    Keyword("income_per_capita", compile_words(rf"{TNBQ} (?:đầu người|(?:1|01|một) người|người)|thu nhập đầu người"
                                               rf"|{TNBQ}(?= [^\d.,;()]{{0,30}}\d+(?:[.,]\d+)? ?triệu(?: đồng)? ?/ ?người(?! ?/ ?tháng))")),
    # "Thu nhập bình quân đầu người đạt 52 triệu đồng, trong đó khu vực nông thôn đạt 44,5 triệu đồng"
    Keyword("rural_income_per_capita", compile_words(
        r"khu vực nông thôn(?= (?:ước )?(?:đạt |là |khoảng |gần |hơn |trên )?[\d.,]+ ?(?:triệu|tr\b))"),
        needles=("khu vực",)),
    Keyword("", compile_words(r"khu vực (?:thành thị|đô thị)(?= (?:ước )?(?:đạt |là |khoảng |gần |hơn |trên )?[\d.,]+ ?(?:triệu|tr\b))"),
            needles=("khu vực",)),
    Keyword("budget_revenue", compile_words(
        r"thu (?:cân đối |mới )?(?:ngân sách(?: nhà nước)?|NSNN)(?: trên địa bàn)?(?: \((?:thu )?nội địa\))?|thu nội địa")),
    Keyword("investment", compile_words(
        # (not the capital of projects: "77 doanh nghiệp đăng ký đầu tư với tổng vốn đầu tư theo dự án 4.000 tỷ đồng",
        # "dự án có tổng vốn đầu tư 500 tỷ đồng")
        r"(?:vốn|kinh phí) đầu tư(?: phát triển)? toàn xã hội|(?<!với\s)(?<!có\s)tổng (?:nguồn )?vốn đầu tư(?: phát triển)?"
        # (nor the public works of "tổng vốn đầu tư xây dựng cơ bản", a part of it)
        r"(?! công| xây dựng cơ bản| XDCB| cơ bản| (?:theo|của|các) (?:các )?dự án| đăng ký)(?: trên địa bàn)?"
        # "Tổng huy động vốn đầu tư phát triển đạt 5.271 tỷ đồng" (not "huy động vốn đầu tư xây dựng trường học")
        r"|huy động vốn đầu tư (?:phát triển(?: toàn xã hội)?|toàn xã hội)"
        # "Các nguồn vốn huy động để đầu tư phát triển ước đạt 7.011 tỷ đồng": the same total, the verb after the capital
        r"|(?:nguồn )?vốn huy động (?:để |cho )?đầu tư phát triển")),
    Keyword("retail_sales", compile_words(
        # ("tổng mức hàng hóa bán lẻ và doanh thu dịch vụ tiêu dùng": the goods named before "bán lẻ")
        r"tổng mức (?:bán lẻ(?: hàng hóa)?|hàng hóa bán lẻ|luân chuyển hàng hóa(?: bán lẻ)?)(?: và doanh thu dịch vụ(?: tiêu dùng)?(?: xã hội)?)?"
        # "Doanh thu bán lẻ hàng hoá 1.763 tỷ đồng": the same total named by its revenue
        r"|doanh thu bán lẻ(?: hàng hóa)?(?: và (?:doanh thu )?dịch vụ(?: tiêu dùng)?)?")),
    Keyword("health_insurance_coverage", compile_words(
        rf"{TY_LE} (?:bao phủ |(?:người dân |dân số |người )?(?:tham gia |có thẻ |sử dụng ))?(?:bảo hiểm y tế|BHYT)"
        r"|bao phủ (?:bảo hiểm y tế|BHYT)"
        # "Người dân tham gia BHYT đạt 97,2%": the share, "tỷ lệ" left unsaid (a percentage right after "đạt")
        r"|(?:người dân|dân số) (?:tham gia|có thẻ) (?:bảo hiểm y tế|BHYT)"
        r"(?= (?:ước )?đạt (?:khoảng |gần |hơn |trên )?\d+(?:,\d+)? ?%)")),
    Keyword("aquaculture_output", compile_words(
        r"sản lượng (?:thủy sản |tôm cá )?nuôi(?: trồng)?(?: thủy,? (?:hải )?sản)?|nuôi trồng thủy,? (?:hải )?sản(?= (?:ước )?đạt)"
        # "…, trong đó khai thác 9.800 tấn, nuôi trồng 5.100 tấn": the parts of a catch named by their activity.
        r"|nuôi trồng(?: thủy,? (?:hải )?sản)?(?= (?:ước )?(?:đạt )?\d)")),
    Keyword("fishing_output", compile_words(
        r"(?:khai thác|đánh bắt)(?: (?:và|,) (?:khai thác|đánh bắt))? (?:thủy,? (?:hải )?sản|hải sản)"
        r"|sản lượng (?:thủy sản )?(?:khai thác|đánh bắt)|khai thác(?= (?:ước )?(?:đạt )?\d)")),
    Keyword("rice_output", compile_words(r"sản lượng (?:thu hoạch )?(?:lúa|thóc)")),
    Keyword("poor_near_poor_rate", compile_words(rf"{TY_LE} hộ nghèo ?(?:,|và|và hộ) ?(?:hộ )?cận nghèo")),
    Keyword("near_poverty_rate", compile_words(rf"{TY_LE} hộ cận nghèo")),
    Keyword("poverty_rate", compile_words(rf"{TY_LE} hộ nghèo(?: (?:đa chiều|chung|theo chuẩn [^\d,;.]{{0,30}}))?")),
    # Without "tỷ lệ", only when the rate follows at once: "hộ cận nghèo 1,2%", "hộ nghèo còn 0,9%".
    # "Tỷ lệ hộ nghèo giảm 5,1%, hộ cận nghèo tăng 1,0%": the second rate named bare, with its change.
    Keyword("near_poverty_rate", compile_words(r"hộ cận nghèo(?= (?:còn |chiếm |là |ở mức |giảm còn |giảm xuống còn |tăng |giảm )?\d)")),
    Keyword("poverty_rate", compile_words(r"hộ nghèo(?: (?:đa chiều )?(?:của|toàn) (?:huyện|thị xã|thành phố|quận))?"
                                r"(?= \(? ?(?:còn |chiếm |là |ở mức |giảm còn |giảm xuống còn |tăng |giảm |dưới )?\d"
                                # "Số hộ nghèo giảm từ đầu kỳ 48,9% … xuống còn 20,24%": the households' share
                                r"| (?:giảm|tăng) từ (?:đầu (?:nhiệm )?kỳ )?[\d.,]+ ?%)")),
    # "số hộ nghèo, cận nghèo giảm 6,31%": the combined rate named by its households.
    Keyword("poor_near_poor_rate", compile_words(r"(?:số )?hộ nghèo ?(?:,|và) ?(?:hộ )?cận nghèo(?= (?:còn |chiếm |là |giảm còn |giảm |tăng )\d)")),
    Keyword("new_party_members", compile_words(r"kết nạp(?: được| mới)? đảng viên(?: mới)?|phát triển (?:được )?đảng viên mới"),
            needles=("kết nạp", "đảng viên mới")),
    # "Thành lập mới doanh nghiệp đạt 111,1% kế hoạch năm", "doanh nghiệp thành lập mới tăng 9,4%"
    Keyword("new_enterprises", compile_words(r"thành lập mới doanh nghiệp|doanh nghiệp (?:(?:đăng ký )?(?:được )?thành lập mới|mới (?:được )?thành lập)"),
            needles=("thành lập",)),
    # Quantities outside the catalogue, named so that their figures never fall to an indicator named earlier
    # in the clause: a group's poverty rate, a sector's output, other crops, yields, all fisheries together.
    Keyword("", compile_words(
        rf"{TY_LE} hộ (?:nghèo|cận nghèo) (?:(?:là |của |trong )?(?:đồng bào |hộ |người )?(?:dân tộc thiểu số|DTTS|đồng bào)"
        r"|(?:ở |tại )?khu vực (?:thành thị|nông thôn|đô thị|thị trấn)|(?:ở |tại )(?:các )?(?:thị trấn|nông thôn|thành thị|đô thị|xã)\b"
        r"|(?:ở |tại )?vùng)")),
    Keyword("", compile_words(
        rf"{GTSX} (?:ngành |khu vực |lĩnh vực )?(?:nông(?: ?[-–,] ?| )lâm(?: ?[-–,] ?| )(?:nghiệp|thủy sản|ngư nghiệp)|nông nghiệp|lâm nghiệp"
        r"|thủy sản|dịch vụ|thương mại(?: ?[-–,] ?dịch vụ)?|xây dựng|trồng trọt|chăn nuôi)")),
    Keyword("", compile_words(
        r"sản lượng (?:(?:thủy sản|thủy,? hải sản)(?! (?:nuôi|khai thác|đánh bắt))|cà phê|chè|sữa|thịt|hạt điều|điều"
        r"|cao su|hồ tiêu|tiêu|mía|ngô|sắn|lương thực|cây lương thực|rau|trái cây|cây ăn quả|muối|gỗ|điện)")),
    Keyword("", compile_words(r"năng suất(?: lúa| bình quân| lao động)*")),
    # The harvest's value, a quantity of its own unless stated per hectare (extract/indicator.py:per_area_forms).
    Keyword("", compile_words(HARVEST_VALUE), needles=("thu hoạch",)),
    # A rate the catalogue does not hold ("tỷ lệ trường đạt chuẩn quốc gia đạt hơn 44%", "tỷ lệ che phủ rừng"): the
    # words "tỷ lệ" open the name of some other quantity. A catalogue rate's phrase starts at the same words and is
    # longer, so it is kept over this one (find_keywords: longest first).
    # (A bare "tỷ lệ" before its figure, "952 hộ cận nghèo, tỷ lệ 8,28%", is the share of what was just counted.)
    Keyword("", compile_words(r"\b(?:tỷ|tỉ) lệ(?= [^\W\d_])(?! (?:là|đạt|chiếm|còn|khoảng|gần|hơn|trên|dưới|ước|này|đó)\b)"),
            needles=("tỷ lệ", "tỉ lệ")),
    # An area or a herd is no catalogue quantity, nor is its share of plan: "diện tích nuôi trồng thủy sản 61,8 ha
    # (101% kế hoạch)" says nothing of the aquaculture output, "tổng đàn gia súc 121.759 con (102% kế hoạch)" nothing.
    Keyword("", compile_words(r"diện tích|(?:tổng )?đàn (?:gia súc|gia cầm|trâu|bò|lợn|heo|vật nuôi)"),
            needles=("diện tích", "đàn ")),
    # The capital of some projects, not the district's total investment: "4 dự án được chấp thuận chủ trương đầu tư
    # với tổng vốn đầu tư 37 tỷ đồng", "tổng vốn đầu tư của các dự án".
    Keyword("", compile_words(r"(?:dự án|công trình)[^\d.;:]{0,100}? (?:với|có) tổng (?:mức |nguồn )?vốn đầu tư"
                    r"|tổng (?:mức |nguồn )?vốn đầu tư (?:của |cho )?(?:các |\d+ )?(?:dự án|công trình)"),
            needles=("dự án", "công trình")),
    Keyword("", compile_words(  # "Sản lượng khai thác và nuôi trồng thủy sản": the two together
        r"sản lượng (?:thủy sản )?(?:(?:khai thác|đánh bắt),? (?:và )?nuôi (?:trồng|thả)|nuôi (?:trồng|thả),? (?:và )?(?:khai thác|đánh bắt))")),
    # Investment attracted (projects licensed, "thu hút đầu tư đạt 1.700 tỷ đồng") is not the total social investment.
    Keyword("", compile_words(r"thu hút (?:vốn )?đầu tư|vốn đầu tư thu hút"), needles=("thu hút",)),
    # Spending ("chi ngân sách địa phương 285 tỷ đồng") is no revenue: its figure must not fall to the revenue before it.
    Keyword("", compile_words(r"(?:tổng )?chi (?:ngân sách|NSNN|NSĐP|thường xuyên|đầu tư phát triển)"), needles=("chi ",)),
)
# The farm sector's production value, whose value per hectare is output_per_ha (extract/figures.py); so is the
# value of the harvest ("giá trị sản phẩm thu hoạch bình quân 95 triệu đồng/ha", HARVEST_VALUE above).
FARM_VALUE_RE = compile_words(
    rf"(?:tổng )?{GTSX} (?:ngành |khu vực |lĩnh vực )?(?:nông(?: ?[-–,] ?| )lâm|nông nghiệp|trồng trọt|thủy sản)"
    rf"|{HARVEST_VALUE}")
# A sector opening its clause, then a bare "giá trị sản xuất" after a comma: "Sản xuất công nghiệp tăng trưởng khá,
# giá trị sản xuất đạt 8.772 tỷ đồng" is the sector's value. industry → its indicator; other sectors → none.
SECTOR_TOPIC_RE = compile_words(
    r"(?:[-+•*] ?)?(?:về |ngành |lĩnh vực |khu vực )?(?:sản xuất )?(?:(?P<industry>công nghiệp|CN)(?! ?[-–,] ?(?:xây dựng|XDCB)| và xây dựng)"
    r"(?: ?[-–,] ?(?:tiểu thủ công nghiệp|TTCN))*|nông(?: ?[-–,] ?| )lâm(?: ?[-–,] ?| )(?:nghiệp|thủy sản|ngư nghiệp)"
    r"|nông nghiệp|lâm nghiệp|thủy sản|dịch vụ|thương mại(?: ?[-–,] ?dịch vụ)?|xây dựng|trồng trọt|chăn nuôi)\b")
BARE_VALUE_RE = compile_words(rf"{GTSX}")
# "Công nghiệp, tiểu thủ công nghiệp, thương mại - dịch vụ …": another sector joined to the first.
SECTOR_JOINED_RE = compile_words(
    r" ?(?:,|và|[-–]) ?(?:ngành )?(?:nông|lâm|thủy sản|dịch vụ|thương mại|xây dựng|du lịch|trồng trọt|chăn nuôi)")
SECTOR_INDICATOR = "industrial_output"
# Words that may open an indicator phrase; kept out of the patterns (a leading optional group defeats the
# regex engine's prefix scan) and added back to the phrase when present.
LEADING_MODIFIER_RE = compile_words(r"(?:tổng số|tổng|huy động|sản lượng|độ) ?$")
# A rate stated with its label after the number: "2,33% hộ nghèo và 2,8% hộ cận nghèo".
POST_LABELS: tuple[tuple[str, re.Pattern], ...] = (
    # "giảm 0,63% tỷ lệ hộ nghèo": the rate named after its change, with "tỷ lệ" too
    ("poor_near_poor_rate", compile_words(rf"(?:{TY_LE} )?hộ nghèo ?(?:,|và) ?(?:hộ )?cận nghèo")),
    ("near_poverty_rate", compile_words(rf"(?:{TY_LE} )?hộ cận nghèo")),
    ("poverty_rate", compile_words(rf"(?:{TY_LE} )?hộ nghèo")),
    # "97% người dân tham gia BHYT"
    ("health_insurance_coverage", compile_words(r"(?:người dân|dân số|người) (?:tham gia |có thẻ )(?:bảo hiểm y tế|BHYT)")),
)
# Any other "hộ …" label after a percentage names some other share ("48% hộ có mức sống trung bình").
OTHER_POST_LABEL = compile_words(r"hộ\b|dân số\b(?! tham gia)")
# "Tỷ lệ hộ nghèo và hộ cận nghèo lần lượt là 1,5% và 2,3%": the figures go to the parts, in order.
RESPECTIVELY_RE = compile_words(r"\blần lượt\b")
RESPECTIVE_PARTS = {"poor_near_poor_rate": ("poverty_rate", "near_poverty_rate")}
PHRASE_END_RE = compile_words(r"\s(?:đạt|tăng|giảm|là|ước|chiếm|còn|có|được|thực hiện|kéo|xuống|ở mức|bình quân năm)\b|[,;.:(]")
