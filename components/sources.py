"""Sources view: every document with place, period, its facts and their quotes highlighted in context; rejected
documents with the reason; ETL warnings from the documents table and the ETL report."""
from __future__ import annotations

import pandas as pd
from dash import html

from components.compare import message_block
from components.i18n import fmt_date, fmt_value, measure_label, place_label, t
from components.labels import indicator_label
from components.passage import excerpt_children, passage_link
from components.strings import coded
from components.strings.keys import SOURCE_STATUS
from etl.period_grammar import period_label


def _as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, float) and pd.isna(value):
        return []
    if isinstance(value, str):
        return [value]
    try:
        return [str(v) for v in list(value)]
    except TypeError:
        return [str(value)]


def source_documents(documents: pd.DataFrame, facts: pd.DataFrame, *, place_ids=None) -> pd.DataFrame:
    """Documents (optionally those about `place_ids`), ok ones first, then by place and period."""
    docs = documents
    if docs.empty and not facts.empty:
        # no documents table: one pseudo-document per source_id of the facts
        first = facts.drop_duplicates("source_id")
        docs = pd.DataFrame({
            "source_id": first["source_id"], "file_name": first["source_id"], "title": first["source_id"],
            "published": None, "place_id": first["place_id"], "place_name": first["place_name"],
            "province": first["province"], "period": first["period"], "status": "ok", "reason": None,
            "fact_count": first["source_id"].map(facts["source_id"].value_counts()), "warnings": None,
            "encoding": None, "sha256": None, "text": None,
        })
    if place_ids is not None:
        docs = docs[docs["place_id"].isin(set(place_ids)) | docs["place_id"].isna()]
    status_order = {"ok": 0, "no_facts": 1, "rejected": 2}
    return docs.assign(_s=docs["status"].map(lambda s: status_order.get(s, 3))).sort_values(
        ["_s", "province", "place_name", "period"], kind="mergesort", na_position="last").drop(columns=["_s"])


def etl_warnings(documents: pd.DataFrame, report: dict) -> list[tuple[str, str]]:
    """(document, warning) pairs: per-document warnings, then the report's own list."""
    out: list[tuple[str, str]] = []
    for r in documents.to_dict("records") if not documents.empty else []:
        for w in _as_list(r.get("warnings")):
            out.append((str(r.get("file_name") or r.get("source_id") or ""), w))
    report = report if isinstance(report, dict) else {}
    for d in report.get("documents") or []:
        if isinstance(d, dict):
            for w in _as_list(d.get("warnings")):
                out.append((str(d.get("file") or d.get("source_id") or ""), w))
    curation = report.get("curation") if isinstance(report.get("curation"), dict) else {}
    for w in _as_list(report.get("warnings")) + _as_list(curation.get("warnings")):
        if isinstance(w, dict):
            out.append((str(w.get("source_id") or w.get("file") or ""), str(w.get("message") or w)))
        else:
            out.append(("", str(w)))
    seen, unique = set(), []
    for pair in out:
        if pair not in seen:
            seen.add(pair)
            unique.append(pair)
    return unique


def _document_card(doc: dict, facts, *, lang: str):
    """One document: title, place · period · status, and its facts with the quote highlighted in its sentence.

    Built from components: the excerpts are document text and must never be parsed as Markdown or HTML."""
    records = facts.to_dict("records") if isinstance(facts, pd.DataFrame) else list(facts)
    records.sort(key=lambda r: r["char_start"] if r["char_start"] is not None else -1)
    text = doc.get("text")
    open_text = t("passage.open", lang)
    items = []
    for r in records:
        label = indicator_label(r["indicator"], lang) + (
            f" — {measure_label(r['measure'], lang)}" if r["measure"] != "level" else "")
        value = fmt_value(r["value"], r["unit"], lang, qualifier=r["qualifier"], denominator=r["denominator"])
        quote = passage_link(r["fact_id"], excerpt_children(text, r["char_start"], r["char_end"], context=70,
                                                            fallback=r["quote"]), title=open_text)
        items.append(html.Li([html.Strong(label), ": ", html.Span(value, className="num"),
                              html.Span(f" · {period_label(r['period'], lang)} — ", className="text-muted"),
                              html.Span(quote, className="quote-cell")]))
    status = doc.get("status") or "ok"
    meta = [t("sources.place_period", lang, place=place_label(doc.get("place_name"), lang) or "–", period=period_label(doc.get("period"),
                                                                                                    lang) or "–"),
            coded(SOURCE_STATUS, status, lang),
            t("sources.facts", lang, n=len(records))]
    if doc.get("published"):
        meta.append(t("passage.published", lang, date=fmt_date(doc["published"], lang)))
    return html.Article([
        html.H3(doc.get("title") or doc.get("file_name") or doc["source_id"], className="h6 doc-title"),
        html.P(" · ".join(meta) + f" · {doc.get('file_name') or doc['source_id']}", className="doc-meta"),
        html.Div(html.Ul(items, className="doc-facts"), className="doc-facts-wrap") if items else None,
    ], className="doc-card")


MAX_DOCUMENTS = 40

# The ETL states why it rejected a file in English (the run report is a technical log); the page leads with the
# kind of problem in the reader's language and keeps the exact reason after it.
_REASON_KINDS = (
    ("binary file", "reason.binary"), ("undecodable", "reason.undecodable"), ("too large", "reason.too_large"),
    ("empty file", "reason.empty"), ("whitespace only", "reason.empty"), ("no text left", "reason.no_text"),
    ("unsupported extension", "reason.extension"), ("is a folder", "reason.not_a_file"),
    ("not a regular file", "reason.not_a_file"), ("cannot read", "reason.unreadable"),
    ("could not be read", "reason.unreadable"), ("duplicate source_id", "reason.duplicate"),
    ("extraction failed", "reason.extraction_failed"), ("processing stopped", "reason.interrupted"),
)


def reason_text(reason: str | None, lang: str) -> str:
    """'Tệp nhị phân, không phải văn bản (binary file: looks like a PDF …)' — the kind, then the ETL's words."""
    if not reason:
        return "–"
    key = next((k for prefix, k in _REASON_KINDS if reason.startswith(prefix)), None)
    return f"{t(key, lang)} ({reason})" if key else reason


def sources_layout(documents: pd.DataFrame, facts: pd.DataFrame, report: dict, *, lang: str, place_ids=None,
                   facts_by_source: dict | None = None):
    docs = source_documents(documents, facts, place_ids=place_ids)
    ok = docs[docs["status"] != "rejected"]
    shown = ok.iloc[:MAX_DOCUMENTS]
    # the facts of the documents shown, as records, in one pass
    ids = list(shown["source_id"])
    if facts_by_source is not None:
        parts = [facts_by_source[i] for i in ids if i in facts_by_source]
        sel = pd.concat(parts) if parts else facts.iloc[0:0]
    else:
        sel = facts[facts["source_id"].isin(set(ids))]
    by_source: dict[str, list] = {}
    cols = ["fact_id", "source_id", "indicator", "measure", "value", "unit", "qualifier", "denominator", "period",
            "quote", "char_start", "char_end"]
    for r in sel[cols].to_dict("records"):
        by_source.setdefault(r["source_id"], []).append(r)
    empty: list = []
    more = [message_block(t("sources.too_many", lang, shown=len(shown), total=len(ok)), color="warning")] \
        if len(ok) > len(shown) else []
    rejected = docs[docs["status"] == "rejected"]
    warnings = etl_warnings(docs, report if place_ids is None else {})
    if docs.empty:
        return html.Div(message_block(t("msg.no_selection", lang), color="info"), className="view view-sources")
    return html.Div([
        html.H2(t("sources.title", lang, n=len(ok)), className="view-title"),
        *more,
        html.Div([_document_card(d, by_source.get(d["source_id"], empty), lang=lang)
                  for d in shown.to_dict("records")], className="doc-list"),
        html.H2(t("sources.rejected", lang, n=len(rejected)), className="view-title"),
        html.Ul([html.Li([html.Strong(d.get("file_name") or d["source_id"]), f" — {reason_text(d.get('reason'), lang)}"])
                 for d in rejected.to_dict("records")]) if len(rejected) else html.P(t("sources.no_rejected", lang)),
        html.H2(t("sources.warnings", lang, n=len(warnings)), className="view-title"),
        html.P(t("sources.warnings_note", lang), className="chart-note") if warnings else None,
        html.Ul([html.Li([html.Code(src) if src else None, " " if src else None, w]) for src, w in warnings],
                className="warning-list") if warnings else html.P(t("sources.no_warnings", lang)),
    ], className="view view-sources")
