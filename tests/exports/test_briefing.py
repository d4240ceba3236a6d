"""exports/briefing.py: takeaways from the data (pure), and the PowerPoint deck."""
import base64
import io

import pandas as pd
from pptx import Presentation

from exports.briefing import (DECK_IMAGE_SIZE, briefing_filename, build_pptx, make_takeaway, source_line,
                              takeaway_for)
from components.data_view import build_data_spec
from exports.image_layout import decorate_figure, rows_note


def rows(*items, indicator="income_per_capita", measure="level", unit="million VND/person"):
    out = []
    for item in items:
        place, value, period, *rest = item
        extra = rest[0] if rest else {}
        out.append({"place_name": place, "indicator": indicator, "measure": measure, "value": value,
                    "unit": unit, "period": period, **extra})
    return pd.DataFrame(out)


def test_leader_for_higher_is_better():
    data = rows(("Huyện Trà Cú", 62, "2023"), ("Huyện Trần Đề", 58, "2023"))
    assert make_takeaway(data, lang="en") == \
        "Trà Cú leads on income per capita: 62\u00a0million VND/person, 2023 (next: Trần Đề, 58\u00a0million VND/person)"
    assert make_takeaway(data, lang="vi") == (
        "Trà Cú dẫn đầu về thu nhập bình quân đầu người: 62\u00a0triệu đồng/người, năm 2023 "
        "(tiếp theo: Trần Đề, 58\u00a0triệu đồng/người)")


def test_lowest_leads_for_lower_is_better():
    data = rows(("Huyện Trà Cú", 4.05, "2023"), ("Huyện Trần Đề", 3.18, "2023"), ("Huyện Phụng Hiệp", 5.0, "2023"),
                indicator="poverty_rate", unit="%")
    assert make_takeaway(data, lang="en") == "Trần Đề leads on poverty rate (lowest): 3.18%, 2023 (next: Trà Cú, 4.05%)"
    assert make_takeaway(data, lang="vi").startswith("Trần Đề dẫn đầu về tỷ lệ hộ nghèo (thấp nhất): 3,18\u00a0%, năm 2023")


def test_plotted_order_does_not_matter_and_ties_are_named():
    data = rows(("Huyện A", 5, "2023"), ("Huyện B", 7, "2023"), ("Huyện C", 7, "2023"))
    assert make_takeaway(data, lang="en").startswith("B and C lead on income per capita: 7\u00a0million VND/person, 2023")


def test_latest_common_period_is_compared():
    data = rows(("Huyện A", 50, "2022"), ("Huyện B", 70, "2022"), ("Huyện A", 60, "2023"), ("Huyện B", 55, "2023"),
                ("Huyện C", 90, "2021"))
    assert make_takeaway(data, lang="en").startswith("A leads on income per capita: 60\u00a0million VND/person, 2023")


def test_single_place_trend_and_single_value():
    trend = rows(("Huyện Trần Đề", 4.1, "2021"), ("Huyện Trần Đề", 3.18, "2023"), indicator="poverty_rate", unit="%")
    assert make_takeaway(trend, lang="en") == "Trần Đề: poverty rate fell from 4.1% (2021) to 3.18% (2023)"
    assert make_takeaway(trend, lang="vi") == "Trần Đề: tỷ lệ hộ nghèo giảm từ 4,1\u00a0% (2021) xuống 3,18\u00a0% (2023)"
    one = rows(("Huyện Trà Cú", 62, "2023", {"qualifier": "over"}))
    assert make_takeaway(one, lang="en") == "Trà Cú: income per capita over 62\u00a0million VND/person, 2023"


def test_growth_negative_and_targets():
    growth = rows(("Huyện Trần Đề", -2.5, "2023"), ("Huyện Trà Cú", 7.8, "2023"),
                  indicator="production_value", measure="growth_pct", unit="%")
    assert make_takeaway(growth, lang="en") == \
        "Trà Cú leads on growth in total production value: 7.8%, 2023 (next: Trần Đề, \u22122.5%)"
    met = rows(("Huyện Trần Đề", 8, "2023", {"denominator": 18}), indicator="targets_met", unit="targets")
    assert make_takeaway(met, lang="en") == "Trần Đề met or exceeded 8 of 18 resolution targets, 2023"
    assert make_takeaway(met, lang="vi") == "Trần Đề đạt và vượt 8/18 chỉ tiêu nghị quyết, năm 2023"
    # x/y figures compare as shares: 17/17 beats 21/22 beats 8/18
    shares = rows(("Huyện Trần Đề", 8, "2023", {"denominator": 18}), ("Huyện Trà Cú", 21, "2023", {"denominator": 22}),
                  ("Huyện Phụng Hiệp", 17, "2023", {"denominator": 17}), indicator="targets_met", unit="targets")
    assert make_takeaway(shares, lang="en").startswith("Phụng Hiệp leads on resolution targets met: 17/17\u00a0targets")
    pct = pd.DataFrame({"place_name": ["Huyện Trà Cú"] * 3, "indicator": ["production_value", "investment", "income_per_capita"],
                        "measure": ["pct_of_target"] * 3, "value": [101, 89, 100], "unit": ["%"] * 3,
                        "period": ["2023"] * 3})
    assert make_takeaway(pct, lang="en") == "Trà Cú met or exceeded 2 of 3 targets shown, 2023"


def test_nothing_to_say():
    assert make_takeaway(None) is None
    assert make_takeaway(pd.DataFrame()) is None
    assert make_takeaway(rows(("Huyện A", None, "2023"))) is None


def test_takeaway_for_falls_back_on_the_spec(income_spec):
    assert takeaway_for(income_spec, "en").startswith("Trà Cú leads on income per capita")
    income_spec.data = pd.DataFrame()
    income_spec.takeaway = "Dashboard's own line"
    assert takeaway_for(income_spec, "en") == "Dashboard's own line"


def test_source_line(income_spec, context):
    line = source_line(income_spec, context)
    assert line.startswith("Nguồn: " if context["lang"] == "vi" else "Sources: ")
    assert "Huyện ủy Trà Cú" in line and context["url"] in line and context["vintage"] in line
    short = source_line(income_spec, context, with_url=False, max_chars=200)
    assert context["url"] not in short and context["vintage"] in short
    assert ("văn bản khác" in short) or ("more documents" in short)


def test_pptx_one_slide_per_chart_with_title_takeaway_image_and_source_line(specs, context, renderer):
    payload = build_pptx(specs, context)
    prs = Presentation(io.BytesIO(payload))
    assert len(prs.slides) == len(specs)
    assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.01
    lang = context["lang"]
    for slide, spec in zip(prs.slides, specs):
        # exactly one title, one picture and one source line on the slide, nothing else
        assert sorted(s.name for s in slide.shapes) == ["Chart", "Source", "Title"]
        shapes = {s.name: s for s in slide.shapes}
        title_paras = [p.text for p in shapes["Title"].text_frame.paragraphs]
        # the headline is the takeaway; under it, once, what the chart plots (title · measure · unit · period)
        assert title_paras[0] == takeaway_for(spec, lang) == make_takeaway(spec.data, lang=lang)
        assert title_paras[1:] == [f"{spec.title} · {spec.subtitle}"]
        assert "Takeaway" not in shapes
        slide_text = "\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
        assert slide_text.count(spec.title) == 1
        assert shapes["Source"].text_frame.text == source_line(spec, context, with_url=False, max_chars=380)
        assert shapes["Source"].text_frame.text.startswith("Nguồn:" if lang == "vi" else "Sources:")
        assert slide_text.count("Nguồn:" if lang == "vi" else "Sources:") == 1
        pic = shapes["Chart"]
        assert pic.image.content_type == "image/png"
        from PIL import Image

        with Image.open(io.BytesIO(pic.image.blob)) as im:
            assert im.size == (2560, 1152)  # the picture area's aspect: PowerPoint does not scale it down
        assert abs(pic.width / pic.height - 1280 / 576) < 0.01
        notes = slide.notes_slide.notes_text_frame.text
        assert context["url"] in notes and ".txt" in notes
    name = briefing_filename(specs, lang=lang)
    assert name.isascii() and name.startswith("briefing_3-charts_") and name.endswith(f"_{lang}.pptx")


def test_the_slide_picture_is_drawn_without_its_own_title_and_footer(specs, context):
    # the figure the deck renders (size DECK_IMAGE_SIZE): no title, subtitle, footer or rule of its own
    for spec in specs:
        fig = decorate_figure(spec, context, size=DECK_IMAGE_SIZE, lang=context["lang"])
        assert not fig.layout.title.text and not fig.layout.title.subtitle.text
        texts = [a.text for a in fig.layout.annotations]
        assert not any(("Nguồn" in x) or ("Sources" in x) or (context["url"] in x) for x in texts)
        assert not fig.layout.shapes
        assert fig.layout.font.size >= 20  # 14 pt on the slide: 1280 px across 12.43 in
        # the standalone slide image keeps its header and footer
        full = decorate_figure(spec, context, size="slide", lang=context["lang"])
        assert full.layout.title.text and any(("Nguồn" in x) or ("Sources" in x) for x in
                                              (a.text for a in full.layout.annotations))


def test_pptx_with_injected_images_needs_no_browser(specs, context):
    import base64

    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAABAAAAAJCAIAAAC0SDtlAAAAEklEQVR4nGP8z4APMOGVHbHSAEEsAROxCnMTAAAAAElFTkSuQmCC")
    prs = Presentation(io.BytesIO(build_pptx(specs[:2], context, image_for=lambda s: png)))
    assert len(prs.slides) == 2


def test_scorecard_like_data_names_who_ranks_first_most_often(facts):
    # income: Trà Cú highest; poverty: Phụng Hiệp lowest; growth: two districts only, so not compared (as on the
    # scorecard: the best of two is only the other's worst)
    assert make_takeaway(facts, lang="en") == "Trà Cú and Phụng Hiệp rank first on 1 of 2 indicators compared (2023)"
    assert make_takeaway(facts, lang="vi") == "Trà Cú và Phụng Hiệp cùng dẫn đầu 1/2 chỉ tiêu được so sánh (2023)"


def test_a_bound_that_may_be_beaten_ranks_no_one_first(facts):
    """'over 58' against 60.1 and 62 may be the highest: nobody surely leads on income, as on the scorecard."""
    facts = facts.copy()
    facts.loc[facts["place_id"].eq("ben-tre/huyen-giong-trom") & facts["indicator"].eq("income_per_capita"),
              ["value", "qualifier"]] = [58.0, "over"]
    assert make_takeaway(facts, lang="en") == "Phụng Hiệp ranks first on 1 of 2 indicators compared (2023)"


def test_a_table_cut_to_fit_its_slide_picture_says_so_on_the_slide(sample_facts, context):
    """The deck picture is headerless, so its 'first N of M rows' must be in the slide's own text."""
    lang = context["lang"]
    spec = build_data_spec(sample_facts, lang=lang)
    picture = decorate_figure(spec, context, size=DECK_IMAGE_SIZE, lang=lang)
    kept = len(list(picture.data[0].cells.values[0]))
    assert 0 < kept < len(sample_facts)           # the picture really holds fewer rows than the table
    note = rows_note(picture)
    assert str(kept) in note and str(len(sample_facts)) in note
    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAABAAAAAJCAIAAAC0SDtlAAAAEklEQVR4nGP8z4APMOGVHbHSAEEsAROxCnMTAAAAAElFTkSuQmCC")
    prs = Presentation(io.BytesIO(build_pptx([spec], context, image_for=lambda s: png)))
    text = " ".join(sh.text_frame.text for sh in prs.slides[0].shapes if sh.has_text_frame)
    assert note in text
    want = {"vi": f"{kept} dòng đầu trong {len(sample_facts)} dòng",
            "en": f"first {kept} of {len(sample_facts)} rows"}[lang]
    assert want in text


def test_a_table_that_fits_its_slide_picture_has_no_rows_note(sample_facts, context):
    spec = build_data_spec(sample_facts.head(3), lang=context["lang"])
    assert rows_note(decorate_figure(spec, context, size=DECK_IMAGE_SIZE, lang=context["lang"])) == ""
