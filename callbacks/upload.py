"""Add-reports callbacks. The upload callback only checks and stores each file and queues its job (web/jobs.py runs
it off the request: a scan takes minutes); the view then polls the jobs, in whichever worker answers, until every
file has its outcome. Signed-out requests change nothing."""
from __future__ import annotations

import base64
import binascii
from pathlib import Path

from dash import Input, Output, State, html, no_update

from callbacks.errors import lang_from_search
from components.compare import message_block
from components.i18n import t
from components.signin import signin_line
from components.state import state_to_query
from components.upload import AUTH_ID, JOBS_ID, POLL_ID, RESULTS_ID, UPLOAD_ID, upload_pending_card, upload_result_card
from data_access import FACTS_FILE, REPORT_FILE, data_dir
from etl.add import sources_dir
from etl.intake import rejection, store_upload, upload_name, upload_problem
from store import database_url, open_store
from web.auth import LOGIN_PATH, LOGOUT_PATH, csrf_token, signed_in_user
from web.jobs import Target, ensure_runner


def table_paths() -> tuple[Path, Path]:
    """The facts table and run report the app reads (and an upload or a review decision writes)."""
    return data_dir() / FACTS_FILE, data_dir() / REPORT_FILE


def job_target() -> Target:
    """Where this request's jobs are recorded and what they write, from the configuration."""
    out, report = table_paths()
    return Target(database_url=database_url(), out=out, report=report, sources=sources_dir())


def queue_uploads(contents, names, *, user: str | None) -> dict:
    """One job per dropped file (a file that is damaged or too large gets its rejection at once, without being
    stored); the jobs store's data. Nothing is read or extracted here."""
    if not user:
        return {"refused": "auth"}
    target = job_target()
    queue = open_store(target.database_url).jobs
    ids, queued = [], False
    for content, raw_name in zip(contents or [], names or []):
        name = upload_name(raw_name)
        try:
            payload = base64.b64decode(content.split(",", 1)[1], validate=True)
        except (IndexError, ValueError, binascii.Error, AttributeError):
            ids.append(queue.record_outcome(user, name, rejection(name, "could not be read: the upload was damaged")))
            continue
        problem = upload_problem(name, len(payload))
        if problem:
            ids.append(queue.record_outcome(user, name, rejection(name, problem)))
            continue
        ids.append(queue.enqueue(user, name, str(store_upload(payload, name, sources=target.sources))))
        queued = True
    if queued:
        ensure_runner(target)
    return {"jobs": ids}


def unfinished_jobs(user: str | None) -> dict | None:
    """The jobs store's data for this user's jobs still queued or running, None when there are none."""
    if not user:
        return None
    ids = [job.id for job in open_store(job_target().database_url).jobs.unfinished(user)]
    return {"jobs": ids} if ids else None


def job_cards(data: dict | None, *, lang: str, user: str | None) -> tuple[list, bool]:
    """The cards of this page's jobs (only the signed-in user's), and whether all of them are finished."""
    if not data:
        return [], True
    if data.get("refused") or not user:
        return [message_block(t("auth.required", lang), color="warning")], True
    target = job_target()
    jobs = open_store(target.database_url).jobs.jobs(data.get("jobs") or [], user_name=user)
    if not all(job.finished for job in jobs):
        ensure_runner(target)   # this worker helps too: the one that queued them may have stopped
    href = "/" + state_to_query({"view": "review", "lang": lang})
    cards = [upload_result_card(job.result, lang=lang, review_href=href if job.result.get("accepted") else None)
             if job.finished and job.result else upload_pending_card(job.file_name, lang=lang) for job in jobs]
    return cards, all(job.finished for job in jobs)


def auth_children(search: str | None):
    lang = lang_from_search(search)
    return signin_line(signed_in_user(), lang=lang, next_url="/" + (search or ""), csrf=csrf_token(),
                       login_path=LOGIN_PATH, logout_path=LOGOUT_PATH)


def register_upload_callbacks(app) -> None:
    @app.callback(Output(AUTH_ID, "children"), Input(UPLOAD_ID, "id"), State("url", "search"))
    def show_auth(_id, search):
        return auth_children(search)

    @app.callback(Output(JOBS_ID, "data"), Input(UPLOAD_ID, "contents"), State(UPLOAD_ID, "filename"))
    def on_upload(contents, names):
        if contents is None:    # the view opened: files this user sent earlier that are still being processed
            return unfinished_jobs(signed_in_user()) or no_update
        return queue_uploads(contents, names, user=signed_in_user())

    @app.callback(Output(RESULTS_ID, "children"), Output(POLL_ID, "disabled"), Input(JOBS_ID, "data"),
                  Input(POLL_ID, "n_intervals"), State("url", "search"), prevent_initial_call=True)
    def show_jobs(data, _n, search):
        cards, finished = job_cards(data, lang=lang_from_search(search), user=signed_in_user())
        return html.Div(cards), finished
