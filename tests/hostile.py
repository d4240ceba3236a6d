"""A report whose text is full of markup — Markdown, HTML, script, blank lines at the edges of the quote's
sentence, `javascript:` links — added to the sample tables, for the tests that document text is shown as text.

Written for these tests (a paraphrase in the style of a district report, not a real article).
"""
from __future__ import annotations

import hashlib

import pandas as pd

SOURCE_ID = "900_hostile"
PLACE = dict(place_id="soc-trang/huyen-cu-lao-dung", place_name="Huyện Cù Lao Dung", place_type="district",
             province="Tỉnh Sóc Trăng", admin_code="948", province_code="94", period="2023")
QUOTE = "tỷ lệ hộ nghèo giảm còn 3,5%"
IMAGE = "![ảnh](http://127.0.0.1:9/b.png)"
LINK = "[bấm vào đây](javascript:alert(1))"
SCRIPT = "<script>window.__pwned = 1</script>"
IMG_TAG = '<img src="http://127.0.0.1:9/c.png" onerror="window.__pwned = 2">'
# "\r\r" is a blank line to Markdown but not a line break to the excerpt's "\n" snapping: the excerpt around
# the quote carries it, and with it the image and the link next to the quote
TEXT = (f"Báo cáo huyện Cù Lao Dung\n\n# Tiêu đề giả\n\n{SCRIPT}\n\n"
        f"{IMG_TAG}\r\r# Kết quả\r\rNăm 2023, {QUOTE} **so với** <b>kế hoạch</b>\r\r{IMAGE}\r\r{LINK} tiếp theo"
        f"\n\n_hết_\n")
LITERALS = ("# Tiêu đề giả", SCRIPT, IMAGE, "**so với** <b>kế hoạch</b>", LINK, IMG_TAG)


def hostile_tables(facts: pd.DataFrame, documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sample tables plus the hostile report and its one fact (quote at its exact offsets)."""
    start = TEXT.index(QUOTE)
    fact = {c: None for c in facts.columns}
    fact.update(PLACE, fact_id=hashlib.sha1(SOURCE_ID.encode()).hexdigest()[:16], source_id=SOURCE_ID,
                period_type="year", indicator="poverty_rate", measure="level", value=3.5, unit="%", quote=QUOTE,
                char_start=start, char_end=start + len(QUOTE), curated=False)
    if "review_status" in facts.columns:
        fact["review_status"] = "unreviewed"
    doc = {c: None for c in documents.columns}
    doc.update(source_id=SOURCE_ID, file_name=f"{SOURCE_ID}.md", title="Báo cáo huyện Cù Lao Dung",
               place_id=PLACE["place_id"], place_name=PLACE["place_name"], province=PLACE["province"],
               period="2023", status="ok", fact_count=1, warnings=[], encoding="utf-8",
               sha256=hashlib.sha256(TEXT.encode()).hexdigest(), text=TEXT)
    return (pd.concat([facts, pd.DataFrame([fact])], ignore_index=True),
            pd.concat([documents, pd.DataFrame([doc])], ignore_index=True))
