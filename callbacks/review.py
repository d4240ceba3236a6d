"""Review callbacks: the queue, the chosen figure, and decisions (signed-in users only) that are stored in the
review database and reach the tables at once (the figure's document is re-read and merged, etl.add)."""
from __future__ import annotations

import logging

import pandas as pd
from dash import ALL, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from callbacks.errors import lang_from_search
from callbacks.upload import auth_children, table_paths
from components.compare import message_block
from components.i18n import place_label, t
from components.review import IDS, ITEM_TYPE, NONE_VALUE, detail_panel, queue_frame, queue_list
from components.strings.keys import FIELD, REVIEW_SAVED
from etl.add import refresh_document
from etl.review import correction_problem
from store import CORRECTABLE_FIELDS, Decision, effective_reviews, open_store
from web.auth import signed_in_user

log = logging.getLogger("dashboard")
FILTER_INPUTS = [Input(IDS["filters"][name], "value") for name in ("document", "district", "indicator", "status")]
FIELD_STATES = [State(IDS["fields"][name], "value") for name in CORRECTABLE_FIELDS]


def rejected_facts(reviews: dict, documents: pd.DataFrame) -> pd.DataFrame:
    """Rejected figures are not in the table: their first decision's snapshot stands in for them."""
    places = documents.set_index("source_id")["place_name"].to_dict() if len(documents) else {}
    rows = []
    for fact_id, review in reviews.items():
        if review.status != "rejected":
            continue
        d = review.history[0]
        rows.append({"fact_id": fact_id, "source_id": d.source_id, "quote": d.quote, "char_start": d.char_start,
                     "char_end": d.char_end, "indicator": d.indicator, "measure": d.measure, "period": d.period,
                     "value": d.value, "unit": None, "place_name": places.get(d.source_id), "place_id": None,
                     "review_status": "rejected"})
    return pd.DataFrame(rows)


def review_rows(ds, filters: dict) -> tuple[pd.DataFrame, dict]:
    reviews = effective_reviews(open_store().decisions())
    return queue_frame(ds.facts, rejected_facts(reviews, ds.documents), **filters), reviews


def parse_value(text: str) -> str:
    """'2,4' and '1.234,5' (Vietnamese) or '1234.5' → '1234.5'-style text for the store."""
    text = (text or "").strip().replace(" ", "").replace("\u00a0", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    return text


def _as_text(value) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return f"{value:g}" if isinstance(value, float) else str(value)


def changed_fields(fact: dict, form: dict) -> dict[str, str]:
    """The fields whose form value differs from the figure's, as the text a decision stores."""
    changes = {}
    for field, raw in form.items():
        if raw is None:
            continue
        after = parse_value(raw) if field == "value" else str(raw).strip()
        before = fact.get(field)
        if field == "value":
            try:
                same = before is not None and float(after) == float(before)
            except ValueError:
                same = False
        else:
            same = (before or NONE_VALUE) == after
        if not same and after:
            changes[field] = after
    return changes


def decide(ds, fact_id: str, action: str, form: dict, note: str | None, *, user: str | None, lang: str):
    """Record one decision (or a correction of several fields) and merge its document again; the message."""
    if not user:
        return message_block(t("auth.required", lang), color="warning"), False
    reviews = effective_reviews(open_store().decisions())
    fact = ds.fact(fact_id)
    if fact is None:
        rejected = rejected_facts({fact_id: reviews[fact_id]}, ds.documents) if fact_id in reviews else None
        if rejected is None or rejected.empty:
            return message_block(t("review.gone", lang), color="warning"), False
        fact = rejected.iloc[0].to_dict()
    base = dict(user_name=user, fact_id=fact_id, source_id=fact["source_id"], quote=fact["quote"],
                char_start=_int(fact.get("char_start")), char_end=_int(fact.get("char_end")),
                indicator=fact.get("indicator"), measure=fact.get("measure"), period=fact.get("period"),
                value=_float(fact.get("value")), note=(note or "").strip() or None)
    if action == "correct":
        changes = changed_fields(fact, form)
        if not changes:
            return message_block(t("review.nothing_changed", lang)), False
        for field, after in changes.items():
            problem = correction_problem(field, after, ds.facts)
            if problem:
                return message_block(t("review.invalid", lang, field=t(FIELD[field], lang), problem=problem),
                                     color="danger"), False
        decisions = [Decision(action="correct", field=f, before=_as_text(fact.get(f)), after=a, **base)
                     for f, a in changes.items()]
        text = t("review.saved.correct", lang, fields=", ".join(t(FIELD[f], lang) for f in changes))
    else:
        decisions = [Decision(action=action, **base)]
        text = t(REVIEW_SAVED[action], lang)
    open_store().record(decisions)
    out, report = table_paths()
    try:
        refresh_document(fact["source_id"], out=out, report=report)
    except Exception:  # noqa: BLE001 — the decision is stored; the next run applies it
        log.exception("refreshing %s after a review decision failed", fact["source_id"])
    return message_block(text, color="success"), True


def _int(value):
    return None if value is None or pd.isna(value) else int(value)


def _float(value):
    return None if value is None or pd.isna(value) else float(value)


def register_review_callbacks(app, *, get_dataset) -> None:
    @app.callback(Output(IDS["auth"], "children"), Input(IDS["queue"], "id"), State("url", "search"))
    def show_auth(_id, search):
        return auth_children(search)

    @app.callback(Output(IDS["queue"], "children"), *FILTER_INPUTS, Input(IDS["version"], "data"),
                  Input(IDS["selected"], "data"), State("url", "search"))
    def show_queue(document, district, indicator, status, _version, selected, search):
        filters = dict(document=document, district=district, indicator=indicator, status=status)
        rows, _ = review_rows(get_dataset(), filters)
        return queue_list(rows, lang=lang_from_search(search), selected=selected)

    @app.callback(Output(IDS["selected"], "data"), Input({"type": ITEM_TYPE, "index": ALL}, "n_clicks"),
                  prevent_initial_call=True)
    def choose(clicks):
        if not ctx.triggered_id or not any(clicks or []):
            raise PreventUpdate
        return ctx.triggered_id["index"]

    @app.callback(Output(IDS["detail"], "children"), Input(IDS["selected"], "data"), Input(IDS["version"], "data"),
                  State("url", "search"))
    def show_detail(fact_id, _version, search):
        lang = lang_from_search(search)
        ds = get_dataset()
        fact = ds.fact(fact_id) if fact_id else None
        reviews = effective_reviews(open_store().decisions())
        if fact_id and fact is None and fact_id in reviews:
            rejected = rejected_facts({fact_id: reviews[fact_id]}, ds.documents)
            fact = rejected.iloc[0].to_dict() if len(rejected) else None
        history = [vars(d) for d in reviews[fact_id].history] if fact_id in reviews else []
        places = ds.places[ds.places["n_facts"] > 0] if ds.ok else ds.places
        options = [{"label": f"{place_label(p['place_name'], lang)} ({place_label(p['province'], lang)})",
                    "value": p["place_id"]}
                   for p in places.to_dict("records")]
        document = ds.documents_by_id.get(fact["source_id"]) if fact else None
        return detail_panel(fact, document, history, lang=lang, place_options=options,
                            can_edit=signed_in_user() is not None)

    @app.callback(Output(IDS["message"], "children"), Output(IDS["version"], "data"),
                  Input(IDS["accept"], "n_clicks"), Input(IDS["reject"], "n_clicks"),
                  Input(IDS["correct"], "n_clicks"), Input(IDS["fields"]["value"], "n_submit"),
                  Input(IDS["fields"]["period"], "n_submit"),
                  State(IDS["selected"], "data"), *FIELD_STATES, State(IDS["note"], "value"),
                  State(IDS["version"], "data"), State("url", "search"), prevent_initial_call=True)
    def on_decision(_a, _r, _c, _sv, _sp, fact_id, *rest):
        *values, note, version, search = rest
        trigger = ctx.triggered_id
        if not fact_id or not ctx.triggered or not ctx.triggered[0].get("value"):
            raise PreventUpdate
        action = {IDS["accept"]: "accept", IDS["reject"]: "reject"}.get(trigger, "correct")
        message, changed = decide(get_dataset(), fact_id, action, dict(zip(CORRECTABLE_FIELDS, values)), note,
                                  user=signed_in_user(), lang=lang_from_search(search))
        return message, (version or 0) + 1 if changed else no_update


