"""Add-reports view: the drop zone (formats and size limit stated) and one card per uploaded file: 'processing…'
while its background job runs (the view polls), then its outcome."""
from __future__ import annotations

from dash import dcc, html

from components.i18n import fmt_value, measure_label, place_label, t
from components.labels import indicator_label
from components.sources import reason_text
from etl.period_grammar import period_label

UPLOAD_ID = "upload-files"
RESULTS_ID = "upload-results"
AUTH_ID = "upload-auth"
JOBS_ID = "upload-jobs"          # the ids of this page's upload jobs (or that the upload was refused)
POLL_ID = "upload-poll"          # enabled only while one of them is unfinished
POLL_MS = 1500


def upload_layout(*, lang: str, formats: tuple[str, ...], text_max_bytes: int, max_bytes: int,
                  sources_folder: str):
    """The view's static part; the callbacks fill the sign-in line and the results. Text files (.txt, .md,
    .html) may be `text_max_bytes`, Word, PDF and images `max_bytes` (the browser refuses larger ones)."""
    mb, text_mb = max_bytes // 2**20, text_max_bytes // 2**20
    return html.Section([
        html.H2(t("view.upload", lang), className="view-heading"),
        html.P(t("view.upload.desc", lang), className="view-desc"),
        html.Div(id=AUTH_ID, className="auth-line", **{"aria-live": "polite"}),
        dcc.Upload(
            id=UPLOAD_ID, multiple=True, max_size=max_bytes, accept=",".join(formats),
            children=html.Div([html.Strong(t("upload.drop", lang)),
                               html.Div(t("upload.limits", lang, formats=", ".join(formats), mb=mb, text_mb=text_mb),
                                        className="upload-limits")]),
            className="upload-zone",
        ),
        html.P(t("upload.sources", lang, folder=sources_folder), className="upload-where"),
        dcc.Store(id=JOBS_ID),
        dcc.Interval(id=POLL_ID, interval=POLL_MS, disabled=True),
        html.Div(id=RESULTS_ID, className="upload-results", role="status", **{"aria-live": "polite"}),
    ], className="upload-view")


def upload_pending_card(file_name: str, *, lang: str):
    """A file whose job is queued or running."""
    return html.Article(html.Div([
        html.Span(t("upload.processing", lang), className="upload-badge pending"),
        html.Strong(file_name, className="upload-file"),
    ], className="upload-head"), className="upload-card pending", **{"data-file": file_name})


def upload_result_card(result: dict, *, lang: str, review_href: str | None = None):
    """One file: accepted or rejected (the reason in the reader's language), place, period, the figures read."""
    accepted = result["accepted"]
    head = html.Div([
        html.Span(t("upload.accepted" if accepted else "upload.rejected", lang),
                  className="upload-badge " + ("ok" if accepted else "rejected")),
        html.Strong(result["file_name"], className="upload-file"),
    ], className="upload-head")
    if not accepted:
        return html.Article([head, html.P(reason_text(result.get("reason"), lang), className="upload-reason")],
                            className="upload-card rejected", **{"data-file": result["file_name"]})
    facts = result.get("facts") or []
    where = html.Dl([
        html.Dt(t("upload.place", lang)),
        html.Dd(", ".join(place_label(x, lang) for x in (result.get("place_name"), result.get("province")) if x)
                or t("upload.unknown", lang)),
        html.Dt(t("upload.period", lang)),
        html.Dd(period_label(result["period"], lang) if result.get("period") else t("upload.unknown", lang)),
    ], className="upload-where-found")
    body = [head, where,
            html.P([t("upload.figures", lang, n=len(facts)), " · ",
                    t("upload.seconds", lang, seconds=f"{result.get('seconds', 0):.1f}")])]
    if not facts:
        body.append(html.P(t("upload.no_facts", lang)))
    else:
        body.append(_figures_table(facts, lang=lang))
        if review_href:
            body.append(dcc.Link(t("upload.review_link", lang), href=review_href, className="upload-review-link"))
    return html.Article(body, className="upload-card ok", **{"data-file": result["file_name"]})


def _figures_table(facts: list[dict], *, lang: str):
    header = html.Tr([html.Th(t(key, lang), scope="col")
                      for key in ("field.indicator", "field.measure", "field.value", "field.period", "review.passage")])
    rows = [html.Tr([
        html.Td(indicator_label(f["indicator"], lang)),
        html.Td(measure_label(f["measure"], lang)),
        html.Td(fmt_value(f["value"], f.get("unit"), lang, qualifier=f.get("qualifier"),
                          denominator=f.get("denominator")), className="num"),
        html.Td(period_label(f["period"], lang) if f.get("period") else "–"),
        html.Td(html.Q(f["quote"]), className="quote"),
    ]) for f in facts]
    return html.Table([html.Thead(header), html.Tbody(rows)], className="upload-figures")
