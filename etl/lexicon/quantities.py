"""How a figure is written: its number with its unit word (%, điểm phần trăm, tỷ đồng, tấn), the qualifier
before it (gần, trên, dưới, ước) or after it (trở lên), and what makes a number no figure (a range, a base).
"""
from __future__ import annotations

import re

from ..numbers import MONEY_PATTERN, NUMBER_PATTERN
from .spelling import compile_words, lower_pattern


# "giảm từ 12,5% xuống còn 9,8%": the figure after "từ" is the base, not this period's value.
# ("giảm mạnh, từ gần 69% năm 2010 xuống còn gần 22%": the start, however approximate)
# The words that make a figure approximate or a bound ("gần 69%", "trên 43%"), where they may stand before a number.
BOUND_WORDS = r"(?:gần|khoảng|hơn|trên|dưới)"
BASE_BEFORE_RE = compile_words(rf"\btừ (?:mức )?(?:{BOUND_WORDS} )?$")
# "9 - 10%", "từ 50 đến 60 triệu": one end of a range is no figure.
# "từ 2% đến 3,44%": the unit may be written at both ends.
RANGE_BEFORE = compile_words(r"\d ?%? ?(?:[-–÷]|đến) ?$")
# "giảm còn 11, 48%": a decimal comma with a stray space, proved by a verb of level right before the number and
# nothing after the comma but the decimals and the percent sign.
SPACED_DECIMAL_RE = compile_words(
    r"(?:còn|xuống|đạt|là|chiếm|ở mức|giảm|tăng) (?P<int>\d{1,3}), (?P<dec>\d{1,3}) ?%")
# "8%/năm trở lên": at least the figure.
# "33.277 tỷ đồng (giá hiện hành) và 22.481 tỷ đồng (giá so sánh)": a value at current prices beside the same value
# at constant prices (the one its growth is reckoned on, and the one a series compares): the constant one is kept.
CURRENT_PRICE_AFTER = compile_words(r" ?\(? ?(?:theo )?giá (?:hiện hành|HH|thực tế)\b")
CONSTANT_PRICE_RE = compile_words(r"\bgiá (?:so sánh|SS|cố định)\b")
AT_LEAST_AFTER = compile_words(r"(?:/ ?năm)? ?trở lên\b")
AT_MOST_AFTER = compile_words(r"(?:/ ?năm)? ?trở xuống\b")
# "Ước cả năm 2023, …", "Ước thực hiện năm 2023, …": an estimate framing its clause.
# "Ước thu ngân sách năm 2023 đạt …", "Ước tổng giá trị sản xuất …": "ước" opening the clause before its subject.
# ("Dự ước năm 2019, …": a forecast of the year's result, an estimate too)
ESTIMATE_FRAME_RE = compile_words(r" ?(?:[-–+•*] )?(?:dự )?ước(?: tính| thực hiện)?(?: cả năm| năm \d{4}| \d+ tháng| quý|(?= (?!mơ|muốn|nguyện|vọng)[^\W\d_]))")
QUALIFIER_BEFORE = (
    ("approx", compile_words(r"(?:gần|khoảng|xấp xỉ|trên dưới|chừng|ước khoảng|trên-dưới)\s*$")),
    ("over", compile_words(r"(?<!trên\s)(?:trên|hơn|ngoài)\s*$")),
    ("under", compile_words(r"(?:dưới|chưa đến|chưa tới|không quá)\s*$")),
)
ESTIMATE_RE = compile_words(r"\bước(?: (?:đạt|tính|thực hiện|cả năm))?\b(?! mơ)")
# The number is read once, then its unit: the empty group after the unit (pp, tonnes, pct) says which it was. Tonnes
# come before money ("1,62 triệu tấn"); a percentage cannot be money at the same digit (after the same number, "%"
# and a money word cannot both follow; after a shorter reading of it comes a digit), so their order is free.
QUANTITY_RE = re.compile(lower_pattern(
    rf"(?P<number>{NUMBER_PATTERN})\s*(?:điểm\s*(?:%|phần\s+trăm)(?P<pp>)"
    rf"|(?P<tscale>nghìn\s+|ngàn\s+|triệu\s+)?tấn\b(?P<tonnes>)"
    rf"|(?:%|phần\s+trăm)(?P<pct>))"
    rf"|(?P<money>{MONEY_PATTERN})(?:\s*(?:đồng|VNĐ|VND|đ)\b)?(?P<per>\s*/\s*(?:người|(?:1|01|một)?\s*(?:ha|héc\s*ta)|hộ)(?:\s*/\s*năm)?|\s*/\s*năm)?"
))
# "1,62 triệu tấn", "12 nghìn tấn": the scale word before "tấn".
TONNE_SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6}
# "135,6 triệu đồng/ha", "/héc ta": money per hectare.
PER_AREA_WORDS = ("ha", "héc")
PER_PERSON_WORDS = ("người", "hộ")
