"""Briefing mode at 1280×720 over the real seeds: every view's slide ends above its footer, the footer is at most
two lines and its link never breaks; on Targets the card subtitles are whole and each value shows its status
mark inside the card (screenshot review #7)."""
from __future__ import annotations

import time

import pytest

from components.registry import VIEW_NAMES
from components.status import STATUS_SYMBOLS
from tests.browser.viewport import set_inner_size

pytestmark = pytest.mark.browser

# What lies below the footer's top: every visible element of the slide body that no inner scroller or clipper
# holds (an element inside one is checked through that container's own box), and the footer's lines.
FIT_JS = """
const body = document.querySelector('.briefing-frame .briefing-body');
const footer = document.querySelector('.briefing-frame .briefing-footer');
if (!body || !footer) { return null; }
const ftop = footer.getBoundingClientRect().top;
const held = el => { for (let a = el.parentElement; a && a !== body; a = a.parentElement) {
    if (getComputedStyle(a).overflowY !== 'visible') { return true; } } return false; };
const over = []; let last = 0;
for (const el of body.querySelectorAll('*')) {
  if (el.tagName.toLowerCase() !== 'svg' && el.closest('svg')) { continue; }
  const r = el.getBoundingClientRect(), cs = getComputedStyle(el);
  if (!r.width || !r.height || cs.visibility === 'hidden' || held(el)) { continue; }
  last = Math.max(last, r.bottom);
  if (r.bottom > ftop + 1) { over.push(`${el.tagName}.${el.className && el.className.baseVal === undefined ? el.className : ''} ${Math.round(r.bottom)}: ${(el.innerText || '').slice(0, 40)}`); }
}
const lines = [...footer.querySelectorAll('p')].map(p => Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)));
const url = footer.querySelector('.briefing-url');
return {footer_top: ftop, footer_bottom: footer.getBoundingClientRect().bottom, last: last, over: over.slice(0, 5),
        footer_lines: lines, url_text: url ? url.innerText : '', inner: window.innerHeight};
"""


@pytest.fixture
def dash_app(seeds_app_dataset, browser_home, monkeypatch):
    monkeypatch.delenv("NQ_BASE_URL", raising=False)
    import app as app_module

    return app_module.app


def _inner(dash_duo, width, height):
    set_inner_size(dash_duo.driver, width, height)


def _open(dash_duo, query: str):
    dash_duo.driver.get(dash_duo.server_url + "/" + query)
    dash_duo.wait_for_element(".briefing-frame .briefing-footer", timeout=20)
    time.sleep(1.5)     # charts drawn, fonts in


def test_every_view_ends_above_a_footer_of_at_most_two_lines(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    _inner(dash_duo, 1280, 720)
    problems = {}
    for view in VIEW_NAMES:
        for lang in ("vi", "en"):
            _open(dash_duo, f"?view={view}&lang={lang}&mode=briefing")
            r = dash_duo.driver.execute_script(FIT_JS)
            assert r is not None, view
            bad = []
            if r["over"] or r["last"] > r["footer_top"] + 1:
                bad.append(f"under the footer (top {r['footer_top']:.0f}): {r['over']}")
            if sum(r["footer_lines"]) > 2 or max(r["footer_lines"]) > 1:
                bad.append(f"footer lines {r['footer_lines']}")
            if r["footer_bottom"] > r["inner"] + 1:
                bad.append(f"footer ends at {r['footer_bottom']:.0f} below the screen")
            port = dash_duo.server_url.rsplit(":", 1)[-1].strip("/")
            if f":{port}/?view={view}&lang={lang}&mode=briefing" not in r["url_text"]:
                bad.append(f"link {r['url_text']!r}")
            if bad:
                problems[f"{view}/{lang}"] = bad
    assert not problems, problems


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_targets_cards_show_whole_subtitles_and_every_status_mark(dash_duo, dash_app, lang):
    dash_duo.start_server(dash_app)
    _inner(dash_duo, 1280, 720)
    _open(dash_duo, f"?view=targets&lang={lang}&mode=briefing")
    dash_duo.wait_for_element(".district-card .js-plotly-plot .annotation-text", timeout=20)
    r = dash_duo.driver.execute_script("""
        return [...document.querySelectorAll('.briefing-frame .district-card')].map(card => {
          const sub = card.querySelector('.chart-subtitle'), plot = card.querySelector('.js-plotly-plot');
          const box = card.getBoundingClientRect(), s = sub.getBoundingClientRect();
          const values = [...plot.querySelectorAll('.annotation-text')].filter(a => /\\d\\s?%/.test(a.textContent)
              && !/(0|50|100)\\s?%$/.test(a.textContent.trim())).map(a => {
              const b = a.getBoundingClientRect(); return {text: a.textContent, right: b.right}; });
          const titles = [...plot.querySelectorAll('.indicatorlayer .title, g.trace .title')].map(t => t.getBoundingClientRect().top);
          return {subtitle: sub.innerText, cut: sub.scrollWidth > sub.clientWidth + 1, sub_bottom: s.bottom,
                  right: box.right, values: values, title_top: titles.length ? Math.min(...titles) : null};
        });""")
    assert r, "no district cards"
    marks = tuple(STATUS_SYMBOLS.values())
    for card in r:
        assert not card["cut"] and "…" not in card["subtitle"], card
        if card["title_top"] is not None:
            assert card["title_top"] >= card["sub_bottom"] + 2, card        # gauge titles clear of the subtitle
        for value in card["values"]:
            assert value["text"].rstrip().endswith(marks), value          # the mark is there...
            assert value["right"] <= card["right"], (value, card["right"])  # ...and inside the card
    assert any(card["values"] for card in r)
