"""Notes under a view: places in scope that the chart cannot show are named, never dropped silently; a phone is
told that a wide table scrolls sideways."""
from __future__ import annotations

from dash import html

from components.i18n import t

MAX_NAMED = 40   # a national selection would list hundreds: name the first ones, count the rest


def no_data_note(names: list[str], *, lang: str, element_id: str | None = None):
    """'Không có số liệu (3): A, B, C' — or None when every place in scope is shown."""
    if not names:
        return None
    shown = ", ".join(names[:MAX_NAMED])
    if len(names) > MAX_NAMED:
        shown += " " + t("no_data.more", lang, n=len(names) - MAX_NAMED)
    extra = {"id": element_id} if element_id else {}
    return html.P(t("compare.no_data_list", lang, n=len(names), places=shown), className="no-data-list", **extra)


def swipe_hint(lang: str):
    """A phone-only line saying that a table scrolls sideways (its first columns alone fit a phone's width)."""
    return html.P(t("table.swipe_hint", lang), className="chart-note phone-only swipe-hint")
