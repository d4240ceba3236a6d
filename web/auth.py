"""Sign-in for anything that changes data (upload, review); viewing stays open.

Flask-Login sessions in a signed cookie: HttpOnly, SameSite=Lax, Secure when NQ_SECURE_COOKIES=1 (set it behind
HTTPS). The signing key is NQ_SECRET_KEY, else a random key generated once into <data dir>/secret_key (mode
0600) so every worker of one deployment shares it. Users and their hashed passwords live in store/ and are
created on the command line:

    python -m app users add NAME        # asks for the password (or reads one line from stdin when piped)
    python -m app users list

Routes: GET/POST /login (a small form), POST /logout. Callbacks ask `signed_in_user()`.
"""
from __future__ import annotations

import argparse
import getpass
import hmac
import os
import secrets
import sys
import tempfile
from html import escape
from urllib.parse import urlsplit

from flask import Flask, abort, redirect, request, session
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user

from components.i18n import LANGS, norm_lang, t
from store import data_dir, open_store
from store.db import StoreError

SECRET_FILE = "secret_key"
LOGIN_PATH = "/login"
LOGOUT_PATH = "/logout"
CSRF_FIELD = "csrf_token"


class User(UserMixin):
    def __init__(self, name: str) -> None:
        self.id = name
        self.name = name


def secret_key() -> str:
    """NQ_SECRET_KEY, else the data dir's key file, created once (0600) by whichever worker comes first."""
    configured = os.environ.get("NQ_SECRET_KEY")
    if configured:
        return configured
    path = data_dir() / SECRET_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".secret.")
        try:
            os.fchmod(handle, 0o600)
            os.write(handle, secrets.token_hex(32).encode("ascii"))
            os.fsync(handle)
            os.close(handle)
            try:
                os.link(temp, path)          # atomic and refuses to replace: the first worker's key wins
            except FileExistsError:
                pass
        finally:
            os.unlink(temp)
    return path.read_text(encoding="ascii").strip()


def init_auth(server: Flask) -> LoginManager:
    """Session settings, the user loader and the /login, /logout routes on the Dash app's Flask server."""
    server.secret_key = secret_key()
    secure = os.environ.get("NQ_SECURE_COOKIES") == "1"
    server.config.update(
        SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_SECURE=secure,
        REMEMBER_COOKIE_HTTPONLY=True, REMEMBER_COOKIE_SAMESITE="Lax", REMEMBER_COOKIE_SECURE=secure,
    )
    manager = LoginManager()
    manager.init_app(server)
    manager.user_loader(lambda name: User(name) if open_store().user_exists(name) else None)
    server.add_url_rule(LOGIN_PATH, "login", _login, methods=["GET", "POST"])
    server.add_url_rule(LOGOUT_PATH, "logout", _logout, methods=["POST"])
    return manager


def signed_in_user() -> str | None:
    """The signed-in user's name in this request, or None (also outside a request)."""
    try:
        return current_user.name if current_user.is_authenticated else None
    except (AttributeError, RuntimeError):
        return None


def csrf_token() -> str:
    """The session's token for the sign-in and sign-out forms (Dash's own requests are JSON + SameSite)."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(24)
    return session[CSRF_FIELD]


def _safe_next(target: str | None) -> str:
    """Only a path of this site: never an open redirect."""
    parts = urlsplit(target or "/")
    if parts.scheme or parts.netloc or not (target or "/").startswith("/") or (target or "").startswith("//"):
        return "/"
    return target or "/"


def _login():
    lang = norm_lang(request.values.get("lang"))
    target = _safe_next(request.values.get("next"))
    error = None
    if request.method == "POST":
        if not hmac.compare_digest(request.form.get(CSRF_FIELD, ""), session.get(CSRF_FIELD, "")):
            abort(400)
        name, password = request.form.get("name", "").strip(), request.form.get("password", "")
        if name and open_store().check_password(name, password):
            session.clear()
            login_user(User(name))
            return redirect(target)
        error = t("auth.bad_password", lang)
    return _login_page(lang, target, error), (401 if error else 200)


def _logout():
    if not hmac.compare_digest(request.form.get(CSRF_FIELD, ""), session.get(CSRF_FIELD, "")):
        abort(400)
    logout_user()
    session.clear()
    return redirect(_safe_next(request.form.get("next")))


def _login_page(lang: str, target: str, error: str | None) -> str:
    other = [code for code in LANGS if code != lang][0]
    error_html = f'<p class="login-error" role="alert">{escape(error)}</p>' if error else ""
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(t("auth.sign_in", lang))} · {escape(t("app.title", lang))}</title>
<style>body{{font-family:"Noto Sans",system-ui,sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem}}
label{{display:block;margin-top:1rem}}input{{font:inherit;width:100%;padding:.4rem;box-sizing:border-box}}
button{{font:inherit;margin-top:1.2rem;padding:.45rem 1.2rem}}.login-error{{color:#a40000}}</style></head>
<body><main><h1>{escape(t("auth.sign_in", lang))}</h1>
<p>{escape(t("auth.why", lang))}</p>{error_html}
<form method="post" action="{LOGIN_PATH}">
<input type="hidden" name="{CSRF_FIELD}" value="{escape(csrf_token())}">
<input type="hidden" name="next" value="{escape(target)}"><input type="hidden" name="lang" value="{lang}">
<label for="login-name">{escape(t("auth.name", lang))}</label>
<input id="login-name" name="name" autocomplete="username" required autofocus>
<label for="login-password">{escape(t("auth.password", lang))}</label>
<input id="login-password" name="password" type="password" autocomplete="current-password" required>
<button id="login-submit" type="submit">{escape(t("auth.sign_in", lang))}</button></form>
<p><a href="{escape(target)}">{escape(t("auth.back", lang))}</a> ·
<a href="{LOGIN_PATH}?lang={other}&amp;next={escape(target)}">{escape(t("auth.other_lang", lang))}</a></p>
</main></body></html>"""


# --- command line: python -m app users add|list ----------------------------------------------------------

def users_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m app users", description="Manage who may upload and review.")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="create a user (the password is asked, or read from stdin when piped)")
    add.add_argument("name")
    sub.add_parser("list", help="list user names")
    args = parser.parse_args(argv)
    store = open_store()
    if args.command == "list":
        print("\n".join(store.user_names()))
        return 0
    password = _read_password()
    try:
        store.add_user(args.name, password)
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"user {args.name} added ({store.url.split('://')[0]} database)")
    return 0


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("password: ")
        if getpass.getpass("again: ") != first:
            print("error: the passwords differ", file=sys.stderr)
            raise SystemExit(1)
        return first
    return sys.stdin.readline().rstrip("\n")


__all__ = ["LOGIN_PATH", "LOGOUT_PATH", "User", "csrf_token", "init_auth", "secret_key", "signed_in_user",
           "users_command", "Path"]
