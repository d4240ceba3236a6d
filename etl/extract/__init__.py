"""Facts from one document's text: which indicator, measure, value, unit, qualifier, period and place.

How a figure is read, in order:
1. The text is cut into clauses (sentence ends, semicolons, colons, line breaks); a figure belongs to an
   indicator named earlier in its own clause ("Tổng giá trị sản xuất đạt gần 8.100 tỉ đồng, tăng 9,17%").
2. The nearest preceding indicator phrase whose unit fits the figure wins (tấn never goes to a money
   indicator), unless a label after the figure names it ("2,8% hộ cận nghèo").
3. The words around the figure give the measure: "tăng/giảm X%" → growth (or a pp change for rates),
   "giảm còn X%" → level, "đạt X% chỉ tiêu/kế hoạch/Nghị quyết" → % of target, "phấn đấu/mục tiêu" → target.
4. x/y counts (targets met, New Rural communes) have their own sentence shapes (lexicon/counts.py).
5. Whose figure: the last unit named before it in its clause (province, country, commune, the district itself).
6. Which period: stated in its sentence, right after it, by the list it belongs to, by a look back over a
   finished term, "đến nay" (the time of writing), its paragraph, else the document's. A change averaged over
   years ("bình quân giai đoạn 2016 - 2020 tăng 23,4%/năm") is the term's it spans, or no fact.
7. A plan is never a result: a figure after a plan word ("phấn đấu", "mục tiêu", a later year's "chỉ tiêu") in
   its sentence, or in the line that introduces its list, or dated by time to come ("đến năm 2025: 58 triệu
   đồng" in a report of 2020), is a `target` dated by the plan's horizon.
8. Tables ("Chỉ tiêu | ĐVT | Kế hoạch 2023 | Ước TH 2023 | So KH (%)") are read by their column headings.

One module per job (the words each looks for live in etl/lexicon/, one module per kind of word):
  clauses      clauses, sentences, list items and their framing line; the sentences holding a digit
  quantities   figures with their unit word (%, điểm %, money, tonnes)
  units        what the catalogue's unit of an indicator accepts, and in which unit a level is kept
  indicator    indicator choice: the indicator phrases of a text, labels after a figure
  measure      level / change / growth / share of plan / plan figure, and the qualifier
  period       which period a figure is about
  plans        whether a figure is a plan, and the plan's horizon
  target_sets  which resolution (scope, term, body) a target belongs to
  place        whose figure it is
  figures      prose figures, clause by clause (uses all of the above)
  counts       x/y counts and counts said as whole sentences
  tables       report tables, by their column headings
  conflicts    parts and wholes before conflicts are settled (the conflict rule itself: etl/validate.py)
  sureness     the `review` code of each fact: how sure it is (data/README.md, Review codes)
  context      what the readers of one document share; the fact row
  document     extract_document: runs the readers, validates, settles conflicts
"""
from __future__ import annotations

from .document import Extraction, extract_document

__all__ = ["Extraction", "extract_document"]
