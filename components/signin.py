"""The sign-in line of the views that change data: who is signed in and a sign-out button, or a sign-in link."""
from __future__ import annotations

from urllib.parse import quote

from dash import dcc, html

from components.i18n import t


def signin_line(user: str | None, *, lang: str, next_url: str, csrf: str, login_path: str, logout_path: str):
    if not user:
        href = f"{login_path}?lang={lang}&next={quote(next_url, safe='')}"
        return html.P([t("auth.signed_out_hint", lang), " ",
                       html.A(t("auth.sign_in", lang), href=href, id="signin-link", className="signin-link")],
                      className="auth-signed-out")
    return html.Form([
        html.Span(t("auth.signed_in_as", lang, name=user), className="auth-user"),
        dcc.Input(type="hidden", name="csrf_token", value=csrf, id="signout-csrf"),
        dcc.Input(type="hidden", name="next", value=next_url, id="signout-next"),
        html.Button(t("auth.sign_out", lang), type="submit", id="signout-button", className="btn btn-link"),
    ], method="post", action=logout_path, className="auth-signed-in")
