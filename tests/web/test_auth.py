"""web/auth.py: Flask-Login sign-in with secure cookies, a shared secret key, and users made on the command line."""
import io
import re
import stat

import pytest
from flask import Flask

from store.db import Store
from web import auth


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("NQ_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("NQ_DATABASE_URL", f"sqlite:///{tmp_path / 'nq.sqlite'}")
    monkeypatch.delenv("NQ_SECRET_KEY", raising=False)
    monkeypatch.delenv("NQ_SECURE_COOKIES", raising=False)
    Store(f"sqlite:///{tmp_path / 'nq.sqlite'}").add_user("lan", "dung-mat-khau")
    return tmp_path


def make_server():
    server = Flask("t")

    @server.route("/whoami")
    def whoami():
        return auth.signed_in_user() or "-"

    auth.init_auth(server)
    return server


def login(client, name, password, next_url="/whoami"):
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    return client.post("/login", data={"name": name, "password": password, "next": next_url, "csrf_token": token})


def test_secret_key_is_generated_once_with_mode_0600(env):
    first = auth.secret_key()
    assert len(first) == 64 and auth.secret_key() == first
    assert stat.S_IMODE((env / "secret_key").stat().st_mode) == 0o600


def test_configured_secret_key_wins(env, monkeypatch):
    monkeypatch.setenv("NQ_SECRET_KEY", "from-configuration")
    assert auth.secret_key() == "from-configuration"
    assert not (env / "secret_key").exists()


def test_sign_in_sets_a_secure_session_cookie(env):
    client = make_server().test_client()
    assert client.get("/whoami").get_data(as_text=True) == "-"
    response = login(client, "lan", "dung-mat-khau")
    assert response.status_code == 302 and response.headers["Location"] == "/whoami"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert client.get("/whoami").get_data(as_text=True) == "lan"


def test_secure_flag_when_configured(env, monkeypatch):
    monkeypatch.setenv("NQ_SECURE_COOKIES", "1")
    response = login(make_server().test_client(), "lan", "dung-mat-khau")
    assert "Secure" in response.headers["Set-Cookie"]


def test_wrong_password_is_refused_with_a_message(env):
    client = make_server().test_client()
    response = login(client, "lan", "sai-mat-khau")
    assert response.status_code == 401 and "Tên đăng nhập hoặc mật khẩu không đúng." in response.get_data(as_text=True)
    assert client.get("/whoami").get_data(as_text=True) == "-"


def test_a_post_without_the_form_token_is_refused(env):
    client = make_server().test_client()
    client.get("/login")
    assert client.post("/login", data={"name": "lan", "password": "dung-mat-khau"}).status_code == 400


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"])
def test_no_open_redirect(env, target):
    response = login(make_server().test_client(), "lan", "dung-mat-khau", next_url=target)
    assert response.headers["Location"] == "/"


def test_sign_out(env):
    client = make_server().test_client()
    login(client, "lan", "dung-mat-khau")
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert client.post("/logout", data={"csrf_token": token, "next": "/whoami"}).status_code == 302
    assert client.get("/whoami").get_data(as_text=True) == "-"


def test_the_login_page_escapes_what_it_echoes(env):
    page = make_server().test_client().get('/login?next=/"><script>x</script>').get_data(as_text=True)
    assert "<script>x" not in page


def test_users_add_from_the_command_line(env, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("mot-mat-khau-dai\n"))
    assert auth.users_command(["add", "minh"]) == 0
    assert Store(f"sqlite:///{env / 'nq.sqlite'}").check_password("minh", "mot-mat-khau-dai")
    monkeypatch.setattr("sys.stdin", io.StringIO("ngan\n"))
    assert auth.users_command(["add", "hoa"]) == 1
    assert "at least 8" in capsys.readouterr().err
    assert auth.users_command(["list"]) == 0
    assert capsys.readouterr().out.split() == ["lan", "minh"]
