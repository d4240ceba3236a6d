"""Export controls shown under every chart. (Stub: the exports work replaces it.)"""
from dash import html


def export_panel(chart_id: str, *, lang: str = "vi"):
    return html.Div(className="export-panel", id={"type": "export-panel", "chart": chart_id})
