"""Briefings: a one-line takeaway generated from a chart's data, and a PowerPoint deck of the view's charts.

`make_takeaway` is pure (data in, sentence out); `build_pptx` lays out one 16:9 slide per ChartSpec with one
title (the takeaway, then what the chart plots), the chart image drawn without its own header and footer (size
"deck") and one source line, plus speaker notes with the full citations and the view's URL.
"""
from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence

import pandas as pd

from components.i18n import scope_label

from .context import ExportContext
from .formatting import format_number, format_value, is_missing, lower_first, short_place
from components.labels import indicator_info, indicator_label, lower_is_better
from components.scorecard import bounded_ranks, unranked_reason
from etl.period_grammar import period_label, period_sort_key
from .image_layout import decorate_figure, rows_note
from .images import render_image
from .naming import places_period
from .sources import full_citation, short_citation, source_rows, spec_source_ids
from components.i18n import norm_lang, t
from components.strings.keys import SUBJECT

log = logging.getLogger(__name__)


# ------------------------------------------------------------------------------------------------ takeaway
def _subject(indicator, measure, lang) -> str:
    label = lower_first(indicator_label(indicator, lang))
    key = SUBJECT.get(measure)
    return t(key, lang, label=label) if key else label


def _value_text(row, lang) -> str:
    unit = row.get("unit")
    if is_missing(unit):
        unit = indicator_info(row.get("indicator")).get("unit")
    if row.get("measure") in ("growth_pct", "pct_of_target"):
        unit = "%"
    return format_value(row.get("value"), unit, lang, denominator=row.get("denominator"), qualifier=row.get("qualifier"))


def _join_places(names: list[str], lang: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + t("tk_and", lang) + names[-1]


def _place_col(d: pd.DataFrame) -> str | None:
    for col in ("place_name", "place_id"):
        if col in d.columns:
            return col
    return None


def _short_names(d: pd.DataFrame, place_col: str) -> dict:
    """Full place name → name for a sentence: without 'Huyện'/'Thành phố'… unless that short form is ambiguous in
    the data (Thành phố Sóc Trăng vs Tỉnh Sóc Trăng, a city and a district of the same name): then in full."""
    names = [str(n) for n in pd.unique(d[place_col].dropna())]
    others = set(names)
    if "province" in d.columns:
        others |= {str(p) for p in pd.unique(d["province"].dropna())}
    short_of: dict[str, set] = {}
    for full in others:
        short_of.setdefault(short_place(full).casefold(), set()).add(full)
    return {n: (n if len(short_of.get(short_place(n).casefold(), ())) > 1 else short_place(n)) for n in names}


def _comparable(d: pd.DataFrame) -> pd.DataFrame:
    """One row per place for one indicator/measure, with a `_rank` value to compare on: the latest period that
    at least two places report (else each place's latest); x/y figures compare as shares y when all state y."""
    periods = sorted(d["period"].dropna().unique(), key=period_sort_key)
    chosen = None
    for p in reversed(periods):
        if d.loc[d["period"] == p, "_place"].nunique() >= 2:
            chosen = d[d["period"] == p]
            break
    if chosen is None:
        chosen = d.assign(_k=d["period"].map(period_sort_key)).sort_values("_k").groupby("_place", sort=False).tail(1)
    chosen = chosen.drop_duplicates("_place", keep="last")
    denom = pd.to_numeric(chosen["denominator"], errors="coerce") if "denominator" in chosen.columns else None
    if denom is not None and denom.notna().all() and (denom > 0).all():
        shares = chosen.assign(_rank=chosen["value"] / denom)
        shares.attrs["shares"] = True
        return shares
    return chosen.assign(_rank=chosen["value"])


def make_takeaway(data: pd.DataFrame | None, *, lang: str = "vi", strict: bool = False) -> str | None:
    """One line that says what the chart shows, from its rows (facts-table columns), or None if nothing to say.

    - several places, one indicator: who leads in the latest period ('lowest' leads for lower-is-better
      indicators), and who is next;
    - several places, several indicators: who ranks first on the most indicators;
    - one place over time: rose / fell from first to last period;
    - one place, several indicators as % of target: how many targets were met;
    - otherwise: the single value.

    strict=True: None rather than a sentence about the first plotted value alone when the rows hold several
    indicators (a scorecard whose indicators are each reported by one place has no finding to generate).
    """
    lang = norm_lang(lang)
    d = _takeaway_rows(data)
    if d is None:
        return None
    places = list(dict.fromkeys(d["_place"]))
    for finding in (_targets_pct_takeaway, _ranks_first_takeaway, _targets_met_takeaway):
        text = finding(d, places, lang)
        if text is not None:
            return text
    multi = d.groupby(["indicator", "measure"], sort=False, dropna=False).ngroups > 1
    if strict and multi:
        return None
    return _first_indicator_takeaway(d, lang)


def _takeaway_rows(data) -> pd.DataFrame | None:
    """The rows with a numeric value, the columns every finding reads, and `_place`: the name a sentence uses
    (short unless ambiguous); None when there is nothing to say."""
    if not isinstance(data, pd.DataFrame) or data.empty or "value" not in data.columns:
        return None
    d = data.copy()
    d["value"] = pd.to_numeric(d["value"], errors="coerce")
    d = d[d["value"].notna()]
    if d.empty:
        return None
    for col in ("indicator", "measure", "period"):
        if col not in d.columns:
            d[col] = None
    place_col = _place_col(d)
    if place_col is None:
        d["_place"] = ""
    elif place_col == "place_name":
        short = _short_names(d, place_col)
        d["_place"] = d[place_col].map(lambda p: short.get(str(p), short_place(p)))
    else:
        d["_place"] = d[place_col].map(lambda p: str(p).rsplit("/", 1)[-1])
    return d


def _targets_pct_takeaway(d: pd.DataFrame, places: list, lang: str) -> str | None:
    """A place's targets as % of target, across indicators: how many were met in the latest period."""
    if len(places) == 1 and d["indicator"].nunique() > 1 and set(d["measure"].dropna()) == {"pct_of_target"}:
        latest = max(d["period"].dropna().unique(), key=period_sort_key, default=None)
        rows = d[d["period"] == latest] if latest is not None else d
        k = int((rows["value"] >= 100).sum())
        return t("tk_targets_met", lang, place=places[0], k=k, n=len(rows), period=period_label(latest, lang))
    return None


def _ranks_first_takeaway(d: pd.DataFrame, places: list, lang: str) -> str | None:
    """Several places on several indicators (a scorecard, a table): who ranks first most often, when at least
    two indicators compare two places or more."""
    groups = d.groupby(["indicator", "measure"], sort=False, dropna=False)
    if len(places) > 1 and len(groups) > 1:
        firsts: dict[str, int] = {}
        compared = 0
        periods_used = []
        for (ind, meas), g in groups:
            chosen = _comparable(g)
            if chosen is None or unranked_reason(ind, meas, n=chosen["_place"].nunique(),
                                                 shares=bool(chosen.attrs.get("shares"))):
                continue
            compared += 1
            periods_used += list(chosen["period"].dropna())
            # first for sure: a bound ('over 62') that may be beaten is no one's first (as on the scorecard)
            sign = pd.Series(1.0 if lower_is_better(ind, meas) else -1.0, index=chosen.index)
            qualifier = chosen["qualifier"] if "qualifier" in chosen.columns else pd.Series(None, index=chosen.index)
            _, worst_rank = bounded_ranks(chosen["_rank"] * sign, qualifier, sign, chosen["_place"].map(lambda _: 0))
            for place in chosen.loc[(worst_rank == 1).to_numpy(), "_place"]:
                firsts[place] = firsts.get(place, 0) + 1
        if compared >= 2 and firsts:
            top = max(firsts.values())
            leaders = [p for p in places if firsts.get(p) == top]
            periods = sorted(set(periods_used), key=period_sort_key)
            period = ", ".join(period_label(p, lang, bare=True) for p in periods)
            key = "tk_ranks_first_tie" if len(leaders) > 1 else "tk_ranks_first"
            return t(key, lang, places=_join_places(leaders, lang), k=top, n=compared, period=period)
    return None


def _targets_met_takeaway(d: pd.DataFrame, places: list, lang: str) -> str | None:
    """A place's resolution targets met, per target set (annual, term…): every set is named."""
    if len(places) == 1:
        met = d[(d["indicator"] == "targets_met") & (d["measure"] == "level")]
        if "denominator" in met.columns and len(met):
            latest = max(met["period"].dropna().unique(), key=period_sort_key, default=None)
            sets = met[met["period"] == latest] if latest is not None else met
            sets = sets[pd.to_numeric(sets["denominator"], errors="coerce").notna()]
            if len(sets) and (d["indicator"].nunique() > 1 or len(sets) > 1):
                return _targets_sets(sets, places[0], latest, lang)
    return None


def _first_indicator_takeaway(d: pd.DataFrame, lang: str) -> str:
    """The fallback: a sentence about the first-plotted indicator/measure (who leads, how it changed, or the
    single value)."""
    first = d.iloc[0]
    d = d[(d["indicator"].astype(object) == first["indicator"]) & (d["measure"].astype(object) == first["measure"])]
    indicator, measure = first["indicator"], first["measure"]
    subject = _subject(indicator, measure, lang)
    places = list(dict.fromkeys(d["_place"]))
    if len(places) > 1:
        return _leader_takeaway(d, subject, measure, lower_is_better(indicator, measure), lang)
    return _one_place_takeaway(d, places[0], subject, indicator, measure, lang)


def _leader_takeaway(d: pd.DataFrame, subject: str, measure, lower: bool, lang: str) -> str:
    """Several places, one indicator: who leads in the compared period (ties named together), and who is next."""
    chosen = _comparable(d)
    ranked = chosen.sort_values("_rank", ascending=lower, kind="stable").to_dict("records")
    best = ranked[0]
    leaders = [r for r in ranked if r["_rank"] == best["_rank"]]
    names = _join_places([r["_place"] for r in leaders], lang)
    period = period_label(best["period"], lang)
    value = _value_text(best, lang)
    if measure == "target":
        return t("tk_target_highest", lang, subject=subject, places=names, value=value, period=period)
    tie = len(leaders) > 1
    if lower:
        key = "tk_leads_lowest_tie" if tie else "tk_leads_lowest"
    else:
        key = "tk_leads_tie" if tie else "tk_leads"
    text = t(key, lang, places=names, subject=subject, value=value, period=period)
    others = ranked[len(leaders):]
    if others:
        text += t("tk_next", lang, place=others[0]["_place"], value=_value_text(others[0], lang))
    return text


def _one_place_takeaway(d: pd.DataFrame, place: str, subject: str, indicator, measure, lang: str) -> str:
    """One place: rose / fell / stayed from its first to its last period, else its single value."""
    series = d.assign(_k=d["period"].map(period_sort_key)).sort_values("_k", kind="stable")
    series = series.drop_duplicates("period", keep="last")
    if len(series) >= 2:
        a, b = series.iloc[0].to_dict(), series.iloc[-1].to_dict()
        key = "tk_rose" if b["value"] > a["value"] else ("tk_fell" if b["value"] < a["value"] else "tk_flat")
        return t(key, lang, place=place, subject=subject, v0=_value_text(a, lang), p0=period_label(a["period"], lang, bare=True),
                 v1=_value_text(b, lang), p1=period_label(b["period"], lang, bare=True))
    row = series.iloc[-1].to_dict()
    if indicator == "targets_met" and measure == "level" and not is_missing(row.get("denominator")):
        return t("tk_targets_count", lang, place=place, k=format_value(row["value"], None, lang),
                 n=format_value(row["denominator"], None, lang), period=period_label(row["period"], lang))
    return t("tk_single", lang, place=place, subject=subject, value=_value_text(row, lang),
             period=period_label(row["period"], lang))


def _targets_sets(sets: pd.DataFrame, place: str, period, lang: str) -> str:
    """'Phụng Hiệp met or exceeded 17 of 17 annual targets and 9 of 16 term targets, 2023' (annual first)."""
    order = {"annual": 0, "half_year": 1, "quarter": 2, "term": 3}
    rows = sorted(sets.to_dict("records"), key=lambda r: order.get(r.get("target_scope"), 9))
    parts = [t("tk_targets_set", lang, k=format_number(r["value"], lang), n=format_number(r["denominator"], lang),
               scope=scope_label(None if is_missing(r.get("target_scope")) else r.get("target_scope"), lang))
             for r in rows]
    return t("tk_targets_sets", lang, place=place, sets=_join_places(parts, lang), period=period_label(period, lang))


def takeaway_for(spec, lang: str = "vi") -> str:
    """The one-line finding for a slide: generated from the chart's rows (names the indicator, places and
    period) when the rows hold one; else the chart's own spec.takeaway (e.g. a scorecard's 'ranks first on
    4 indicators'); else a sentence about the first plotted value ('' if nothing)."""
    data = getattr(spec, "data", None)
    generated = make_takeaway(data, lang=lang, strict=True)
    own = (getattr(spec, "takeaway", None) or "").strip()
    return (generated or own or make_takeaway(data, lang=lang) or "").strip()


def source_line(spec, context=None, *, lang: str | None = None, with_url: bool = True,
                max_chars: int | None = None) -> str:
    """'Nguồn: <documents> · Dữ liệu: <vintage>[ · <url>]' — the line under each slide.

    With max_chars, citations that do not fit are summarised as 'and N more documents'.
    """
    ctx = ExportContext.from_any(context)
    lang = norm_lang(lang or ctx.lang)
    rows = source_rows(spec_source_ids(spec), ctx.sources)
    cites = [short_citation(r, lang) for r in rows]
    tail = []
    if ctx.vintage:
        tail.append(ctx.vintage)  # names itself ("Dữ liệu tổng hợp …"): no "Data:" label
    if with_url and ctx.url:
        tail.append(ctx.url)

    def line(shown: int) -> str:
        rest = len(cites) - shown
        docs = "; ".join(cites[:shown]) or t("no_sources", lang)
        if rest:
            docs += "; " + t("slide_more_sources", lang, n=rest)
        return " · ".join([f"{t('footer_sources', lang)}: {docs}", *tail])

    text = line(len(cites))
    if max_chars:
        for shown in range(len(cites) - 1, 0, -1):
            if len(text) <= max_chars:
                break
            text = line(shown)
    return text


# ------------------------------------------------------------------------------------------------ PowerPoint
SLIDE_W_IN, SLIDE_H_IN = 13.333, 7.5
DECK_IMAGE_SIZE = "deck"  # exports/image_layout.py: the slide's picture, headerless, at the picture area's aspect
PPTX_IMAGE_SCALE = 2  # 2560×1152 px: sharp on any projector, decks stay small
SOURCE_LINE_CHARS = 380  # about three lines of 10 pt across the slide
TAKEAWAY_LINE_CHARS = 80  # about one line of 22 pt bold across the slide


def build_pptx(specs: Sequence, context=None, *, lang: str | None = None,
               image_for: Callable[[object], bytes] | None = None) -> bytes:
    """A 16:9 deck, one slide per spec: one title (the takeaway; under it the chart's title and subtitle), the
    image (size "deck": no title or footer of its own) and one source line.

    `image_for(spec) -> PNG bytes` defaults to rendering the deck-size image with the warm renderer.
    """
    from pptx import Presentation
    from pptx.util import Inches

    ctx = ExportContext.from_any(context)
    lang = norm_lang(lang or ctx.lang)
    ctx = ctx.with_lang(lang)
    if image_for is None:
        def image_for(spec):
            return render_image(spec, ctx, fmt="png", size=DECK_IMAGE_SIZE, scale=PPTX_IMAGE_SCALE, lang=lang)

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W_IN), Inches(SLIDE_H_IN)
    for spec in specs:
        _add_slide(prs, spec, ctx, lang=lang, png=image_for(spec))

    core = prs.core_properties
    core.title = t("pptx_deck_title", lang)
    core.subject = "; ".join(s.title for s in specs if s.title)[:250]
    core.author = "nghiquyet-dashboard"
    core.language = "vi-VN" if lang == "vi" else "en-US"
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


_SLIDE_MARGIN_IN = 0.45  # left and right, around the title, the picture and the source line


def _add_slide(prs, spec, ctx: ExportContext, *, lang: str, png: bytes) -> None:
    """One slide: one title (the takeaway, then what the chart plots: its title · measure · unit · period), the
    picture (drawn without its own title and footer, so neither is repeated), the source line and the notes."""
    from pptx.util import Inches

    slide = prs.slides.add_slide(prs.slide_layouts[6])
    title = spec.title or getattr(spec, "chart_id", "")
    takeaway = takeaway_for(spec, lang) or title
    # a table cut to the rows its picture holds says so on the slide (the picture has no subtitle of its own)
    cut = rows_note(decorate_figure(spec, ctx, size=DECK_IMAGE_SIZE, lang=lang))
    what = " · ".join(p for p in (title if takeaway != title else "", spec.subtitle or "", cut) if p)
    two_lines = len(takeaway) > TAKEAWAY_LINE_CHARS
    box = _textbox(prs, slide, Inches(0.3), Inches((0.95 if two_lines else 0.6) + (0.3 if what else 0)), takeaway,
                   size=22, bold=True, color=(0x1F, 0x4E, 0x79), name="Title")
    if what:
        _add_line(box, what, size=14, color=(0x4A, 0x4A, 0x4A))
    # image between the title and the source line, centred
    top = Inches((1.3 if two_lines else 1.0) + (0.3 if what else 0))
    alt = getattr(spec, "alt_text", None) or " — ".join(p for p in (title, spec.subtitle, takeaway) if p)
    _add_picture(prs, slide, png, top=top, bottom=Inches(6.7), alt=alt)
    # the URL is in the image's footer and the notes; the slide line keeps to sources and vintage
    _textbox(prs, slide, Inches(6.8), Inches(0.6), source_line(spec, ctx, lang=lang, with_url=False,
                                                               max_chars=SOURCE_LINE_CHARS),
             size=10, color=(0x55, 0x55, 0x55), name="Source")
    slide.notes_slide.notes_text_frame.text = _slide_notes(spec, takeaway, ctx, lang)


def _textbox(prs, slide, top, height, text, *, size, bold=False, color=(0x1A, 0x1A, 0x1A), name=None):
    """A left-aligned text box across the slide's content width, in Arial (on every PowerPoint machine, with
    full Vietnamese coverage)."""
    from pptx.dml.color import RGBColor
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Inches, Pt

    margin = Inches(_SLIDE_MARGIN_IN)
    box = slide.shapes.add_textbox(margin, top, prs.slide_width - 2 * margin, height)
    if name:
        box.name = name
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = 0
    para = frame.paragraphs[0]
    para.alignment = PP_ALIGN.LEFT
    run = para.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Arial"
    run.font.color.rgb = RGBColor(*color)
    return box


def _add_line(box, text, *, size, color) -> None:
    """A second paragraph in a text box (the slide title's 'what is plotted' line)."""
    from pptx.dml.color import RGBColor
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Pt

    para = box.text_frame.add_paragraph()
    para.alignment = PP_ALIGN.LEFT
    run = para.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.name = "Arial"
    run.font.color.rgb = RGBColor(*color)


def _add_picture(prs, slide, png: bytes, *, top, bottom, alt: str) -> None:
    """The chart picture, centred between `top` and `bottom` at its own aspect (never wider than the content),
    with alt text for screen readers."""
    from PIL import Image
    from pptx.util import Emu, Inches

    content_w = prs.slide_width - 2 * Inches(_SLIDE_MARGIN_IN)
    with Image.open(io.BytesIO(png)) as im:
        ratio = im.width / im.height
    height = bottom - top
    width = Emu(int(height * ratio))
    if width > content_w:
        width = content_w
        height = Emu(int(width / ratio))
    left = Emu(int((prs.slide_width - width) / 2))
    pic = slide.shapes.add_picture(io.BytesIO(png), left, top, width=width, height=height)
    pic.name = "Chart"
    pic._element.nvPicPr.cNvPr.set("descr", alt)


def _slide_notes(spec, takeaway: str, ctx: ExportContext, lang: str) -> str:
    """Speaker notes: the takeaway (and the chart's own, if different), alt text, every source in full, the
    view's URL and the data vintage."""
    notes = [takeaway]
    if getattr(spec, "takeaway", None) and spec.takeaway.strip() != takeaway:
        notes.append(spec.takeaway.strip())
    if getattr(spec, "alt_text", None):
        notes.append(spec.alt_text)
    notes += ["", t("pptx_notes_sources", lang)]
    notes += [f"- {full_citation(r, lang)}" for r in source_rows(spec_source_ids(spec), ctx.sources)]
    if ctx.url:
        notes += ["", f"{t('pptx_notes_url', lang)} {ctx.url}"]
    if ctx.vintage:
        notes += [ctx.vintage]
    return "\n".join(notes)


def briefing_filename(specs: Sequence, *, lang: str) -> str:
    """'briefing_3-charts_tra-cu-phung-hiep-and-2-more_2023_vi.pptx' (ASCII)."""
    frames = [s.data for s in specs if isinstance(getattr(s, "data", None), pd.DataFrame) and len(s.data)]
    data = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    n = len(specs)
    parts = [f"briefing_{n}-chart{'s' if n != 1 else ''}", places_period(data), norm_lang(lang)]
    name = "_".join(p for p in parts if p)
    return f"{name[:140]}.pptx"
