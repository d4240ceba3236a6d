"""Add-reports callbacks: each dropped file is added alone (etl.add); signed-out requests change nothing."""
from __future__ import annotations

import base64
import binascii
import logging
import tempfile
from pathlib import Path

from dash import Input, Output, State, html

from callbacks.errors import lang_from_search
from components.compare import message_block
from components.i18n import t
from components.signin import signin_line
from components.state import state_to_query
from components.upload import AUTH_ID, RESULTS_ID, UPLOAD_ID, upload_result_card
from data_access import FACTS_FILE, REPORT_FILE, data_dir
from etl.add import add_document
from web.auth import LOGIN_PATH, LOGOUT_PATH, csrf_token, signed_in_user

log = logging.getLogger("dashboard")


def table_paths() -> tuple[Path, Path]:
    """The facts table and run report the app reads (and an upload or a review decision writes)."""
    return data_dir() / FACTS_FILE, data_dir() / REPORT_FILE


def add_upload(content: str, file_name: str) -> dict:
    """One uploaded file (a Dash data URL) → the result card's data; any failure is this file's rejection."""
    name = Path(file_name or "upload").name
    try:
        payload = base64.b64decode(content.split(",", 1)[1], validate=True)
    except (IndexError, ValueError, binascii.Error):
        return {"file_name": name, "accepted": False, "reason": "could not be read: the upload was damaged"}
    out, report = table_paths()
    with tempfile.TemporaryDirectory(prefix="nq-upload-") as folder:
        path = Path(folder) / "upload"
        path.write_bytes(payload)
        try:
            added = add_document(path, file_name=name, out=out, report=report)
        except Exception as error:  # noqa: BLE001 — one failing file disturbs nothing else; the log has the trace
            log.exception("adding %s failed", name)
            return {"file_name": name, "accepted": False, "reason": f"could not be read: {error}"}
    return {"file_name": added.file_name, "source_id": added.source_id, "accepted": added.accepted,
            "status": added.status, "reason": added.reason, "place_name": added.place_name,
            "province": added.province, "period": added.period, "seconds": added.seconds,
            "facts": added.facts.to_dict("records") if len(added.facts) else []}


def upload_results(contents, names, *, lang: str, user: str | None):
    if not user:
        return message_block(t("auth.required", lang), color="warning")
    cards = []
    for content, name in zip(contents or [], names or []):
        result = add_upload(content, name)
        href = "/" + state_to_query({"view": "review", "lang": lang}) if result["accepted"] else None
        cards.append(upload_result_card(result, lang=lang, review_href=href))
    return cards


def auth_children(search: str | None):
    lang = lang_from_search(search)
    return signin_line(signed_in_user(), lang=lang, next_url="/" + (search or ""), csrf=csrf_token(),
                       login_path=LOGIN_PATH, logout_path=LOGOUT_PATH)


def register_upload_callbacks(app) -> None:
    @app.callback(Output(AUTH_ID, "children"), Input(UPLOAD_ID, "id"), State("url", "search"))
    def show_auth(_id, search):
        return auth_children(search)

    @app.callback(Output(RESULTS_ID, "children"), Input(UPLOAD_ID, "contents"), State(UPLOAD_ID, "filename"),
                  State("url", "search"), prevent_initial_call=True)
    def on_upload(contents, names, search):
        return html.Div(upload_results(contents, names, lang=lang_from_search(search), user=signed_in_user()))
