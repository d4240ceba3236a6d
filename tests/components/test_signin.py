"""components/signin.py: signed out → a sign-in link back to this page; signed in → name + sign-out form."""
from urllib.parse import parse_qs, urlsplit

from components.signin import signin_line
from tests.dash_tree import by_id, text

KW = dict(lang="en", next_url="/?view=review&lang=en", csrf="tok123", login_path="/login", logout_path="/logout")


def test_signed_out_links_to_the_login_page_with_the_way_back():
    line = signin_line(None, **KW)
    link = by_id(line, "signin-link")
    url = urlsplit(link.href)
    assert url.path == "/login"
    assert parse_qs(url.query) == {"lang": ["en"], "next": ["/?view=review&lang=en"]}
    assert "Sign in" in text(line) and "Sign out" not in text(line)


def test_signed_in_posts_the_sign_out_with_csrf_and_way_back():
    form = signin_line("lan", **KW)
    assert form.method == "post" and form.action == "/logout"
    assert by_id(form, "signout-csrf").value == "tok123"
    assert by_id(form, "signout-next").value == "/?view=review&lang=en"
    assert "Signed in as lan" in text(form)
