"""components/layout.py: the page shell, the header's state-carrying links, briefing header/footer, notices."""
import pytest
from dash import dcc

from components.export_panel import BRIEFING_CHART_ID, VIEW_CHART_ID, action_id
from components.layout import (CONTROL_IDS, app_shell, briefing_footer, briefing_header, header, notices_block,
                               reviewed_switch, view_exports, vintage_text)
from components.registry import VIEW_NAMES
from components.state import parse_state
from tests.dash_tree import by_id, ids, text, walk

VINTAGE = {"built_at": "2024-03-05 08:15 UTC", "documents": 1234, "documents_ok": 1200, "facts": 56789}


def state(query="?view=compare&lang=en&ind=poverty_rate"):
    return parse_state(query)[0]


def test_vintage_names_periods_counts_and_build_time_in_the_readers_numbers():
    english = vintage_text({**VINTAGE, "periods": ["2023-Q1", "2023"]}, "en")
    assert english.startswith("Figures reported for Q1 2023 – 2023: 1,234 documents (1,200 with figures), "
                              "56,789 figures · Table built ")
    assert english.endswith("08:15 UTC")
    assert "1.234" in vintage_text(VINTAGE, "vi")
    assert vintage_text({"documents": 3, "facts": 10}, "en") == "Data from 3 documents (10 figures)"


def test_the_shell_holds_every_control_and_takes_values_for_its_components():
    shell = app_shell({("content", "children"): "first page", ("f-indicator", "value"): "poverty_rate"})
    assert set(CONTROL_IDS.values()) <= set(ids(shell))
    assert by_id(shell, "content").children == "first page"
    assert by_id(shell, "f-indicator").value == "poverty_rate"
    assert by_id(shell, "f-district").multi and not by_id(shell, "f-indicator").multi
    with pytest.raises(ValueError, match="no-such-component"):
        app_shell({("no-such-component", "children"): "x"})


def test_header_links_carry_the_whole_state_and_mark_the_current_view_and_language():
    h = header(state(), vintage=VINTAGE, lang="en", url="http://x/?view=compare")
    for name in VIEW_NAMES:
        link = by_id(h, f"nav-{name}")
        assert f"view={name}" in link.href and "ind=poverty_rate" in link.href
        assert ("active" in link.className) == (name == "compare")
    assert "lang=vi" in by_id(h, "lang-vi").href and "active" in by_id(h, "lang-en").className
    assert "mode=briefing" in by_id(h, "briefing-link").href
    assert by_id(h, "copy-link").content == "http://x/?view=compare"


def test_reviewed_switch_marks_the_choice():
    switch = reviewed_switch({**state(), "reviewed": "only"}, lang="en")
    assert "active" in by_id(switch, "reviewed-only").className
    assert "active" not in by_id(switch, "reviewed-all").className
    assert "rev=mark" in by_id(switch, "reviewed-mark").href and "ind=poverty_rate" in by_id(switch, "reviewed-mark").href


def test_the_view_export_action_only_where_a_view_offers_a_deck_and_not_twice_in_briefing_mode():
    assert _has_action(view_exports(state()), VIEW_CHART_ID)
    assert view_exports({**state(), "mode": "briefing"}) == []
    assert view_exports(state("?view=sources&lang=en")) == []
    briefing = briefing_header({**state(), "mode": "briefing"}, title="T", subtitle="S", lang="en")
    exit_link = next(n for n in walk(briefing) if getattr(n, "className", None) == "briefing-exit")
    assert _has_action(briefing, BRIEFING_CHART_ID) and "mode=briefing" not in exit_link.href
    assert not _has_action(briefing_header(state("?view=sources&lang=en"), title="T", subtitle="S", lang="en"),
                           BRIEFING_CHART_ID)


def _has_action(node, chart_id):
    return any(getattr(n, "id", None) == action_id(chart_id, "pptx") for n in walk(node))


def test_briefing_footer_cites_sources_vintage_and_address():
    footer = text(briefing_footer(sources=["Báo cáo A", "Báo cáo B"], vintage=VINTAGE, url="http://x/", lang="en"))
    assert "Sources: Báo cáo A; Báo cáo B" in footer and "Online: x/" in footer and "1,234" in footer
    assert "http://" not in footer      # the link is written without its scheme: shorter, one line
    # no sources: no sources line at all, never 'Sources: –' on a slide
    empty = text(briefing_footer(sources=[], vintage=VINTAGE, url="u", lang="en"))
    assert "Sources" not in empty and "–" not in empty.split("Online")[-1] and "Online: u" in empty


def test_a_view_without_a_chart_offers_no_chart_export_and_says_why():
    """Over time with one period only drew no chart yet offered 'Export briefing (PowerPoint)' (review #9)."""
    trend = state("?view=trend&lang=en")
    assert _has_action(view_exports(trend), VIEW_CHART_ID)
    none = view_exports(trend, has_charts=False)
    assert not _has_action(none, VIEW_CHART_ID) and "No chart for these filters" in text(none)
    header = briefing_header({**trend, "mode": "briefing"}, title="T", subtitle="", lang="vi", has_charts=False)
    assert not _has_action(header, BRIEFING_CHART_ID) and "Không có biểu đồ" in text(header)


def test_notices_say_each_rejected_parameter():
    assert notices_block([], lang="en") is None
    block = notices_block([{"param": "view", "value": "nonsense"}], lang="en")
    assert block.id == "url-notice" and "view “nonsense” does not exist" in text(block)
    assert sum(isinstance(n, dcc.Link) for n in walk(block)) == 0


@pytest.mark.parametrize("query", ["?rev=junk", "?show=pie", "?nodata=maybe", "?view=nope&lang=xx&mode=zz",
                                   "?grid=" + "x" * 2000])
def test_every_rejected_parameter_gets_its_sentence(query):
    """A hand-edited link with a bad value for any parameter shows why, never a KeyError (?rev=junk did)."""
    state, notices = parse_state(query)
    assert notices
    for lang in ("vi", "en"):
        shown = text(notices_block(notices, lang=lang))
        assert all(n["value"][:20] in shown for n in notices if n["param"] != "grid"), shown
        assert "notice." not in shown
