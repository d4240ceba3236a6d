"""Review view: the queue of figures (riskiest first, filterable) and, for the chosen figure, the highlighted
passage, what was read, and accept / reject / correct with a note. Pure builders: the callbacks pass data in."""
from __future__ import annotations

import pandas as pd
from dash import dcc, html

from components.i18n import body_label, fmt_value, measure_label, place_label, qualifier_label, scope_label, t
from components.labels import catalogue_records, indicator_label
from components.passage import passage_excerpt
from components.strings import coded, keys
from etl.period_grammar import period_label
from etl.schema import MEASURES, QUALIFIERS, REVIEW_CODES, TARGET_BODIES, TARGET_SCOPES
from store import CORRECTABLE_FIELDS, REVIEW_STATUSES

QUEUE_LIMIT = 200   # a reviewer works through a filtered list; more rows only slow the page
# The facts table's `review` column names why a figure needs a look; etl.schema orders the codes riskiest first.
RISK_ORDER = REVIEW_CODES
FILTERS = ("document", "district", "indicator", "status")
NONE_VALUE = "none"
IDS = {
    "filters": {name: f"review-filter-{name}" for name in FILTERS},
    "auth": "review-auth", "queue": "review-queue", "detail": "review-detail", "selected": "review-selected",
    "message": "review-message", "accept": "review-accept", "reject": "review-reject", "correct": "review-correct",
    "note": "review-note", "version": "review-version",
    "fields": {name: f"review-f-{name}" for name in CORRECTABLE_FIELDS},
}
ITEM_TYPE = "review-item"
DONE = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}   # an action → the status it gives


def risk_reasons(value) -> list[str]:
    """The reasons of one `review` cell (None, "ocr", "ocr;conflict" or a list)."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    items = value if isinstance(value, (list, tuple)) else str(value).replace(",", ";").split(";")
    return [str(i).strip() for i in items if str(i).strip()]


def risk_rank(reasons: list[str]) -> int:
    """Lower is riskier: the riskiest reason decides; unknown reasons after the known ones; none last."""
    if not reasons:
        return len(RISK_ORDER) + 1
    return min(RISK_ORDER.index(r) if r in RISK_ORDER else len(RISK_ORDER) for r in reasons)


def risk_label(reason: str, lang: str) -> str:
    return coded(keys.REVIEW_RISK, reason, lang)


def queue_frame(facts: pd.DataFrame, rejected: pd.DataFrame, *, document=None, district=None, indicator=None,
                status=None) -> pd.DataFrame:
    """Figures to review: the table's facts plus the rejected ones (from the history), filtered, riskiest first
    (then unreviewed before reviewed, then in document order)."""
    frames = [f for f in (facts, rejected) if f is not None and len(f)]
    if not frames:
        return pd.DataFrame(columns=[*facts.columns, "risk", "risk_rank"]) if facts is not None else pd.DataFrame()
    rows = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].reset_index(drop=True)
    if "review_status" not in rows:
        rows["review_status"] = "unreviewed"
    rows["review_status"] = rows["review_status"].fillna("unreviewed")
    for column, wanted in (("source_id", document), ("place_id", district), ("indicator", indicator),
                           ("review_status", status)):
        if wanted:
            rows = rows[rows[column] == wanted]
    rows = rows.copy()
    rows["risk"] = [risk_reasons(v) for v in (rows["review"] if "review" in rows else [None] * len(rows))]
    rows["risk_rank"] = [risk_rank(r) for r in rows["risk"]]
    rows["_done"] = (rows["review_status"] != "unreviewed").astype(int)
    rows = rows.sort_values(["risk_rank", "_done", "source_id", "char_start"], kind="mergesort")
    return rows.drop(columns="_done").reset_index(drop=True)


def review_layout(*, lang: str, documents: list[dict], districts: list[dict], indicators: list[dict],
                  selected: dict | None = None):
    """Filters, the queue and the detail panel (filled by the callbacks)."""
    selected = selected or {}
    statuses = [{"label": t(keys.REVIEW_STATUS[s], lang), "value": s} for s in REVIEW_STATUSES]
    options = {"document": documents, "district": districts, "indicator": indicators, "status": statuses}
    filters = html.Div([
        html.Div([
            html.Label(t(keys.REVIEW_FILTER[name], lang), htmlFor=IDS["filters"][name]),
            dcc.Dropdown(id=IDS["filters"][name], options=options[name], value=selected.get(name),
                         clearable=True, placeholder="–"),
        ], className="review-filter") for name in FILTERS
    ], className="review-filters", role="search")
    return html.Section([
        html.H2(t("view.review", lang), className="view-heading"),
        html.P(t("view.review.desc", lang), className="view-desc"),
        html.Div(id=IDS["auth"], className="auth-line", **{"aria-live": "polite"}),
        filters,
        html.P(t("review.keys", lang), className="review-keys"),
        html.Div(id=IDS["message"], role="status", className="review-message", **{"aria-live": "polite"}),
        dcc.Store(id=IDS["selected"]), dcc.Store(id=IDS["version"], data=0),
        html.Div([
            html.Nav(id=IDS["queue"], className="review-queue", **{"aria-label": t("view.review", lang)}),
            html.Div(id=IDS["detail"], className="review-detail"),
        ], className="review-columns"),
    ], className="review-view")


def queue_list(rows: pd.DataFrame, *, lang: str, selected: str | None):
    """Buttons, one per figure (Tab / J / K move through them); the chosen one is aria-current."""
    if rows.empty:
        return html.P(t("review.empty", lang))
    shown = rows.head(QUEUE_LIMIT)
    items = []
    for row in shown.to_dict("records"):
        current = row["fact_id"] == selected
        items.append(html.Li(html.Button([
            html.Span(t(keys.REVIEW_STATUS[row["review_status"]], lang),
                      className=f"review-status s-{row['review_status']}"),
            html.Span(f"{indicator_label(row['indicator'], lang)} · {place_label(row.get('place_name'), lang) or '–'}",
                      className="review-item-name"),
            html.Span(fmt_value(row["value"], row.get("unit"), lang, qualifier=row.get("qualifier"),
                                denominator=row.get("denominator")), className="review-item-value"),
        ], id={"type": ITEM_TYPE, "index": row["fact_id"]}, className="review-item" + (" current" if current else ""),
            n_clicks=0, **({"aria-current": "true"} if current else {}))))
    head = [html.P(t("review.queue", lang, n=len(rows)), className="review-count")]
    if len(rows) > QUEUE_LIMIT:
        head.append(html.P(t("review.queue_more", lang, shown=QUEUE_LIMIT, n=len(rows))))
    return [*head, html.Ol(items, className="review-list")]


def detail_panel(fact: dict | None, document: dict | None, history: list[dict], *, lang: str,
                 place_options: list[dict], can_edit: bool):
    """The chosen figure: passage with the quote marked, what was read, the decision form and its history."""
    if not fact:
        return html.P(t("review.pick", lang))
    text = (document or {}).get("text")
    reasons = risk_reasons(fact.get("review"))
    read = html.Dl([
        *_pair("field.indicator", indicator_label(fact["indicator"], lang), lang),
        *_pair("field.measure", measure_label(fact["measure"], lang), lang),
        *_pair("field.value", fmt_value(fact["value"], fact.get("unit"), lang, qualifier=fact.get("qualifier"),
                                        denominator=fact.get("denominator")), lang),
        *_pair("field.period", period_label(fact.get("period"), lang) or "–", lang),
        *_pair("field.place_id", place_label(fact.get("place_name"), lang) or "–", lang),
        *_pair("field.qualifier", qualifier_label(fact.get("qualifier"), lang) or "–", lang),
        *_pair("field.target_scope", scope_label(fact.get("target_scope"), lang) if fact.get("target_scope")
               else "–", lang),
        *_pair("field.target_body", body_label(fact.get("target_body"), lang) or "–", lang),
        *_pair("review.risk", ", ".join(risk_label(r, lang) for r in reasons) or t("review.risk.none", lang), lang),
        *_pair("review.filter.status", t(keys.REVIEW_STATUS[fact.get("review_status") or "unreviewed"], lang), lang),
    ], className="review-read")
    disabled = not can_edit
    form = html.Div([
        *_field_inputs(fact, lang=lang, place_options=place_options, disabled=disabled),
        html.Label(t("review.note", lang), htmlFor=IDS["note"]),
        dcc.Textarea(id=IDS["note"], className="review-note", disabled=disabled, rows=2),
        html.Div([
            html.Button(t("review.accept", lang), id=IDS["accept"], className="btn btn-accept", disabled=disabled,
                        accessKey="a", n_clicks=0),
            html.Button(t("review.reject", lang), id=IDS["reject"], className="btn btn-reject", disabled=disabled,
                        accessKey="r", n_clicks=0),
            html.Button(t("review.correct", lang), id=IDS["correct"], className="btn btn-correct",
                        disabled=disabled, n_clicks=0),
        ], className="review-actions"),
    ], className="review-form")
    return html.Div([
        html.H3(t("review.passage", lang)),
        html.Blockquote(passage_excerpt(text, fact.get("char_start"), fact.get("char_end"), context=500,
                                        fallback=fact.get("quote")), className="review-passage"),
        html.H3(t("review.read", lang)), read, form,
        _history(history, lang=lang),
    ], **{"data-fact": fact["fact_id"]})


def _pair(key: str, value: str, lang: str):
    return [html.Dt(t(key, lang)), html.Dd(value)]


def _field_inputs(fact: dict, *, lang: str, place_options: list[dict], disabled: bool):
    def choice(values, label):
        return [{"label": t("field.none", lang), "value": NONE_VALUE},
                *({"label": label(v, lang), "value": v} for v in values)]

    choices = {
        "indicator": [{"label": indicator_label(i, lang), "value": i} for i in catalogue_records()],
        "measure": [{"label": measure_label(m, lang), "value": m} for m in MEASURES],
        "place_id": place_options,
        "qualifier": choice(QUALIFIERS, qualifier_label),
        "target_scope": choice(TARGET_SCOPES, scope_label),
        "target_body": choice(TARGET_BODIES, body_label),
    }
    out = []
    for field in CORRECTABLE_FIELDS:
        current = fact.get(field)
        fid = IDS["fields"][field]
        out.append(html.Label(t(keys.FIELD[field], lang), htmlFor=fid))
        if field in choices:
            out.append(dcc.Dropdown(id=fid, options=choices[field], clearable=False, disabled=disabled,
                                    value=current if current is not None else NONE_VALUE))
        else:
            shown = "" if current is None else (f"{current:g}" if isinstance(current, float) else str(current))
            out.append(dcc.Input(id=fid, value=shown, type="text", debounce=False, disabled=disabled,
                                 n_submit=0, className="review-input"))
    return out


def _history(history: list[dict], *, lang: str):
    if not history:
        return html.Div()
    items = []
    for d in reversed(history):
        action = t(keys.REVIEW_STATUS[DONE[d["action"]]], lang)
        if d.get("field"):
            action += f" {t(keys.FIELD[d['field']], lang)}: {d.get('before') or '–'} → {d.get('after') or '–'}"
        when = d["created_at"].strftime("%Y-%m-%d %H:%M") if d.get("created_at") else ""
        items.append(html.Li([t("review.history_item", lang, when=when, user=d["user_name"], action=action),
                              html.Em(f" — {d['note']}") if d.get("note") else ""]))
    return html.Details([html.Summary(t("review.history", lang)), html.Ul(items)], className="review-history",
                        open=True)


def review_content(ds, *, lang: str):
    """The view for a dataset: filter options from its documents, places and indicators."""
    documents = [{"label": (r.get("title") or r["file_name"])[:90], "value": r["source_id"]}
                 for r in ds.documents.to_dict("records") if r.get("status") != "rejected"] if len(ds.documents) else []
    places = ds.places[ds.places["n_facts"] > 0] if len(ds.places) else ds.places
    districts = [{"label": f"{place_label(p['place_name'], lang)} ({place_label(p['province'], lang)})",
                  "value": p["place_id"]}
                 for p in places.to_dict("records")]
    indicators = [{"label": indicator_label(i, lang), "value": i} for i in ds.indicators_with_data]
    return review_layout(lang=lang, documents=documents, districts=districts, indicators=indicators)
