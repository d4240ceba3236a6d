"""Small, realistic ChartSpecs for the export tests, the benchmark and the browser test's stand-in app.

The rows follow etl/schema.py (facts) and the documents table; places and titles are those of seeds/.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.chart_spec import ChartSpec

from exports.formatting import short_place
from components.labels import indicator_label
from components.i18n import measure_label
from etl.period_grammar import period_label
from components.i18n import norm_lang, unit_label

DOCUMENTS = [
    dict(source_id="000_61a7140943d01087", file_name="000_61a7140943d01087.txt",
         title="Đảng bộ huyện Trần Đề đạt nhiều kết quả đáng ghi nhận trong thực hiện Nghị quyết năm 2023",
         published="2024-01-10", place_id="soc-trang/huyen-tran-de", place_name="Huyện Trần Đề", province="Tỉnh Sóc Trăng"),
    dict(source_id="001_8352014f7d2fa197", file_name="001_8352014f7d2fa197.txt",
         title="Huyện ủy Trà Cú: Tổng kết Nghị quyết năm 2023, xây dựng Nghị quyết năm 2024",
         published="2024-01-05", place_id="tra-vinh/huyen-tra-cu", place_name="Huyện Trà Cú", province="Tỉnh Trà Vinh"),
    dict(source_id="002_99971e3db5ca8c42", file_name="002_99971e3db5ca8c42.txt",
         title="Tập trung thực hiện các mục tiêu, nhiệm vụ năm 2023, chuẩn bị công tác sơ kết giữa nhiệm kỳ",
         published="2023-03-20", place_id="ben-tre/huyen-giong-trom", place_name="Huyện Giồng Trôm", province="Tỉnh Bến Tre"),
    dict(source_id="003_aebe0b5b03e59675", file_name="003_aebe0b5b03e59675.txt",
         title="Huyện Phụng Hiệp: Tăng tốc cho nhiệm kỳ 2020-2025",
         published="2024-01-09", place_id="hau-giang/huyen-phung-hiep", place_name="Huyện Phụng Hiệp", province="Tỉnh Hậu Giang"),
    dict(source_id="004_392d12b2f0319e07", file_name="004_392d12b2f0319e07.txt",
         title="Năm 2024, Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí đô thị loại I",
         published=None, place_id="soc-trang/thanh-pho-soc-trang", place_name="Thành phố Sóc Trăng", province="Tỉnh Sóc Trăng"),
]

_PLACE = {d["place_id"]: d for d in DOCUMENTS}
_CODES = {"soc-trang/huyen-tran-de": ("951", "94"), "tra-vinh/huyen-tra-cu": ("848", "84"),
          "ben-tre/huyen-giong-trom": ("835", "83"), "hau-giang/huyen-phung-hiep": ("937", "93"),
          "soc-trang/thanh-pho-soc-trang": ("941", "94")}


def _fact(place_id, indicator, measure, value, unit, quote, *, period="2023", qualifier=None, denominator=None,
          target_scope=None, target_body=None, start=100):
    doc = _PLACE[place_id]
    admin, prov = _CODES[place_id]
    return dict(
        fact_id=f"{doc['source_id'][:3]}-{indicator}-{measure}-{period}",
        source_id=doc["source_id"], place_id=place_id, place_name=doc["place_name"],
        place_type="city" if "thanh-pho" in place_id else "district", province=doc["province"],
        admin_code=admin, province_code=prov, period=period,
        period_type="term" if "-" in period and len(period) == 9 else "year",
        indicator=indicator, measure=measure, value=float(value), unit=unit,
        denominator=None if denominator is None else float(denominator), qualifier=qualifier,
        target_scope=target_scope, target_body=target_body, quote=quote,
        char_start=start, char_end=start + len(quote), curated=False,
    )


def sample_facts() -> pd.DataFrame:
    """A facts table slice: income per capita, poverty rate (lower is better), growth with a negative value."""
    rows = [
        _fact("tra-vinh/huyen-tra-cu", "income_per_capita", "level", 62, "million VND/person",
              "thu nhập bình quân đầu người đạt 62 triệu đồng/người", start=1200),
        _fact("soc-trang/huyen-tran-de", "income_per_capita", "level", 58.5, "million VND/person",
              "thu nhập bình quân đầu người ước đạt 58,5 triệu đồng", qualifier="estimate", start=2210),
        _fact("ben-tre/huyen-giong-trom", "income_per_capita", "level", 55.2, "million VND/person",
              "=HYPERLINK(\"http://evil.example\",\"thu nhập 55,2 triệu đồng\")", start=900),
        _fact("hau-giang/huyen-phung-hiep", "income_per_capita", "level", 60.1, "million VND/person",
              "thu nhập bình quân đầu người 60,1 triệu đồng/người", start=3100),
        _fact("soc-trang/huyen-tran-de", "poverty_rate", "level", 3.18, "%",
              "tỷ lệ hộ nghèo giảm còn 3,18%", start=2500),
        _fact("tra-vinh/huyen-tra-cu", "poverty_rate", "level", 4.05, "%",
              "tỷ lệ hộ nghèo còn 4,05%", start=1500),
        _fact("hau-giang/huyen-phung-hiep", "poverty_rate", "level", 2.6, "%",
              "hộ nghèo còn 2,6%", qualifier="approx", start=3300),
        _fact("soc-trang/huyen-tran-de", "production_value", "growth_pct", -2.5, "%",
              "-2,5% so với cùng kỳ (giá trị sản xuất giảm)", start=400),
        _fact("tra-vinh/huyen-tra-cu", "production_value", "growth_pct", 7.8, "%",
              "tốc độ tăng trưởng kinh tế đạt 7,8%", start=600),
        _fact("soc-trang/huyen-tran-de", "targets_met", "level", 8, "targets",
              "đạt và vượt 8/18 chỉ tiêu Nghị quyết", denominator=18, target_scope="annual", target_body="party", start=700),
    ]
    return pd.DataFrame(rows)


def sample_documents() -> pd.DataFrame:
    return pd.DataFrame(DOCUMENTS)


def sample_context(lang: str = "vi", *, url: str | None = None) -> dict:
    """What context_for_state returns: lang, url, vintage, sources."""
    lang = norm_lang(lang)
    vintage = ("bảng dữ liệu lập ngày 20/11/2025 từ 5 văn bản" if lang == "vi"
               else "table built 2025-11-20 from 5 documents")
    return dict(
        lang=lang,
        url=url or f"http://127.0.0.1:8050/?view=compare&indicator=income_per_capita&period=2023&places=tra-vinh/huyen-tra-cu,soc-trang/huyen-tran-de,ben-tre/huyen-giong-trom,hau-giang/huyen-phung-hiep&lang={lang}",
        vintage=vintage,
        sources=sample_documents(),
    )


def bar_spec(data: pd.DataFrame, *, chart_id: str, lang: str = "vi", sort: str = "desc", horizontal: bool = False) -> ChartSpec:
    """A bar chart of `data` (one indicator/measure), bars in plotted order; spec.data = the plotted rows."""
    lang = norm_lang(lang)
    rows = data.dropna(subset=["value"])
    if sort:
        rows = rows.sort_values("value", ascending=(sort == "asc"), kind="stable")
    rows = rows.reset_index(drop=True)
    names = [short_place(n) for n in rows["place_name"]]
    indicator = rows["indicator"].iloc[0]
    measure = rows["measure"].iloc[0]
    unit = unit_label(rows["unit"].iloc[0], lang)
    bar = (go.Bar(y=names, x=rows["value"], orientation="h") if horizontal
           else go.Bar(x=names, y=rows["value"]))
    bar.update(text=[f"{v:g}" for v in rows["value"]], textposition="outside", marker_color="#1f77b4",
               hovertemplate="%{x}: %{y}<extra></extra>")
    fig = go.Figure(bar)
    fig.update_layout(template="plotly_white", margin=dict(l=60, r=20, t=30, b=40), showlegend=False,
                      yaxis_title=None if horizontal else unit, xaxis_title=unit if horizontal else None)
    if horizontal:
        fig.update_yaxes(autorange="reversed")
    periods = sorted(rows["period"].unique())
    title = indicator_label(indicator, lang)
    subtitle = " · ".join([measure_label(measure, lang), unit, ", ".join(period_label(p, lang) for p in periods)])
    return ChartSpec(chart_id=chart_id, title=title, subtitle=subtitle, figure=fig, data=rows,
                     source_ids=list(dict.fromkeys(rows["source_id"])))


def sample_specs(lang: str = "vi") -> list[ChartSpec]:
    """Three charts as a view would show them: income (higher is better), poverty (lower), growth (negative)."""
    facts = sample_facts()
    pick = lambda ind, meas: facts[(facts.indicator == ind) & (facts.measure == meas)]  # noqa: E731
    return [
        bar_spec(pick("income_per_capita", "level"), chart_id="compare-income", lang=lang),
        bar_spec(pick("poverty_rate", "level"), chart_id="compare-poverty", lang=lang, sort="asc", horizontal=True),
        bar_spec(pick("production_value", "growth_pct"), chart_id="compare-growth", lang=lang),
    ]
