"""Flask-level request handling under the Dash app: sign-in (web/auth.py), security headers."""
