"""components/export_panel.py: every chart's image and data menus, the view's briefing action, keyed by chart so
the export callbacks find them."""
from dash import dcc, html

from components.export_panel import (BRIEFING_CHART_ID, EXPORT_ACTIONS, FULL_DATA_ACTIONS, VIEW_CHART_ID,
                                     VIEW_EXPORTS_ID, action_id, briefing_action, export_panel, view_exports_slot)
from components.i18n import has
from tests.dash_tree import walk


def buttons(node):
    return [n for n in walk(node) if isinstance(n, html.Button)]


def test_every_action_has_a_known_menu_mime_and_label_in_both_languages():
    assert {a.menu for a in EXPORT_ACTIONS.values()} == {"image", "data", "briefing"}
    assert all(a.id == key for key, a in EXPORT_ACTIONS.items())
    assert all(has(a.label_key, lang) for a in EXPORT_ACTIONS.values() for lang in ("vi", "en"))
    assert FULL_DATA_ACTIONS <= set(EXPORT_ACTIONS)
    assert EXPORT_ACTIONS["zip"].mime == "application/zip" and EXPORT_ACTIONS["png-slide"].mime == "image/png"


def test_a_chart_panel_offers_every_image_and_data_action_for_that_chart():
    panel = export_panel("compare", lang="en")
    assert [b.id for b in buttons(panel)] == [action_id("compare", a) for a in EXPORT_ACTIONS if a != "pptx"]
    menus = [n for n in walk(panel) if isinstance(n, html.Details)]
    assert [m.id["menu"] for m in menus] == ["image", "data"]
    assert [n.id for n in walk(panel) if isinstance(n, (dcc.Download, dcc.Store))] == [
        {"type": "export-download", "chart": "compare"}, {"type": "export-ui", "chart": "compare"}]


def test_the_briefing_action_is_one_deck_button_per_place_on_the_page():
    for chart_id in (VIEW_CHART_ID, BRIEFING_CHART_ID):
        action = briefing_action(lang="en", chart_id=chart_id)
        assert [b.id for b in buttons(action)] == [action_id(chart_id, "pptx")]
        assert action.id == {"type": "view-export", "chart": chart_id}
    assert buttons(briefing_action(lang="xx"))[0].children == buttons(briefing_action(lang="vi"))[0].children


def test_labels_follow_the_language():
    en, vi = buttons(export_panel("c", lang="en")), buttons(export_panel("c", lang="vi"))
    assert [b.children for b in en] != [b.children for b in vi]


def test_the_view_exports_slot_is_empty_until_filled():
    slot = view_exports_slot()
    assert slot.id == VIEW_EXPORTS_ID and slot.children is None
