"""A document passage with the quote of a fact highlighted (<mark>) by its char_start:char_end offsets.

Document text is always given to Dash as text (component children), never to dcc.Markdown or as HTML: a
report can contain Markdown, HTML, blank lines and `javascript:` links, and they must show literally.
"""
from __future__ import annotations

import math

from dash import html

from components.i18n import fmt_date, place_label, t
from etl.pages import page_at
from etl.period_grammar import period_label


def _valid_span(text, start, end) -> bool:
    try:
        s, e = int(start), int(end)
    except (TypeError, ValueError):
        return False
    if isinstance(start, float) and math.isnan(start):
        return False
    return isinstance(text, str) and 0 <= s < e <= len(text)


def excerpt_bounds(text: str, start: int, end: int, *, context: int) -> tuple[int, int]:
    """Widen [start, end) by about `context` characters each side, snapping to word (or line) boundaries."""
    a = max(0, start - context)
    b = min(len(text), end + context)
    if a > 0:
        nl = text.rfind("\n", a, start)
        if nl != -1 and start - nl < context:
            a = nl + 1
        else:
            sp = text.find(" ", a, start)
            a = sp + 1 if sp != -1 else a
    if b < len(text):
        nl = text.find("\n", end, b)
        if nl != -1:
            b = nl
        else:
            sp = text.rfind(" ", end, b)
            b = sp if sp != -1 else b
    return a, b


def excerpt_children(text: str | None, start, end, *, context: int, fallback: str | None = None) -> list:
    """["…before", Mark(quote), "after…"]: the quote in its sentence as Dash children (plain text and one
    html.Mark); just the marked fallback quote when the offsets are unusable."""
    if not _valid_span(text, start, end):
        return [html.Mark(fallback or "", className="quote-mark")]
    s, e = int(start), int(end)
    a, b = excerpt_bounds(text, s, e, context=context)
    return [
        ("…" if a > 0 else "") + text[a:s].lstrip(),
        html.Mark(text[s:e], className="quote-mark"),
        text[e:b] + ("…" if b < len(text) else ""),
    ]


def passage_excerpt(text: str | None, start, end, *, context: int = 400, fallback: str | None = None):
    """[…before, <mark>quote</mark>, after…] as Dash children; the bare quote (marked) when offsets are unusable."""
    if not _valid_span(text, start, end):
        return html.Span(html.Mark(fallback)) if fallback else html.Span("")
    return html.Span(excerpt_children(text, start, end, context=context), className="passage-text")


def passage_panel(fact: dict | None, document: dict | None, *, lang: str, context: int = 700):
    """Body of the source-passage modal for one fact."""
    if not fact:
        return html.P(t("passage.missing", lang))
    doc = document or {}
    meta = [html.P(t("passage.source", lang, title=doc.get("title") or fact.get("source_id"),
                     file=doc.get("file_name") or fact.get("source_id")), className="passage-source")]
    if doc.get("published"):
        meta.append(html.P(t("passage.published", lang, date=fmt_date(doc["published"], lang)),
                           className="passage-meta"))
    meta.append(html.P(f"{place_label(fact.get('place_name'), lang)} · {period_label(fact.get('period'), lang)}",
                       className="passage-meta"))
    page = page_at(doc.get("page_starts"), fact.get("char_start")) if doc.get("text") else None
    if page:
        meta.append(html.P(t("passage.page", lang, page=page), className="passage-meta"))
    if not doc.get("text"):
        return html.Div(meta + [html.Blockquote(html.Mark(fact.get("quote") or ""), className="passage"),
                                html.P(t("passage.missing", lang), className="text-muted")])
    return html.Div(meta + [html.Blockquote(
        passage_excerpt(doc["text"], fact.get("char_start"), fact.get("char_end"), context=context,
                        fallback=fact.get("quote")), className="passage", id="passage-text")])


def fact_href(fact_id) -> str:
    """The in-page address that opens a fact's passage: #fact=<id> (a callback opens the dialog; back closes it)."""
    return f"#fact={fact_id}"


def passage_link(fact_id, children, *, title: str = ""):
    """A link (component) that opens the fact's passage; `children` may hold document text, shown as text."""
    return html.A(children, href=fact_href(fact_id), className="passage-link", title=title or None)


def fact_link(fact_id: str, inner_html: str, *, title: str = "") -> str:
    """passage_link as an HTML string, for long lists of the app's OWN text (names, formatted values) drawn as
    one block; never for document text (use passage_link)."""
    from html import escape

    return (f'<a class="passage-link" href="{escape(fact_href(fact_id))}" title="{escape(title)}">'
            f'{inner_html}</a>')
