"""Briefing-ready files from ChartSpecs: images with header/footer, CSV/XLSX/ZIP data, PowerPoint decks.

Public API (all pure functions of a ChartSpec and the view's context dict, except image rendering, which needs
Chromium):
- images:   render_image, image_filename (images); decorate_figure, SIZES (image_layout);
            warm_up, shutdown, find_chromium (image_renderer)
- data:     data_file, zip_file, export_frame, to_csv_bytes, to_xlsx_bytes, neutralise
- briefing: make_takeaway, build_pptx, briefing_filename, source_line
- panel:    make_export (the actions themselves: components.export_panel.EXPORT_ACTIONS)
- errors:   ExportError, ChromiumMissingError, RenderError, user_message
"""
from .actions import make_export
from .briefing import briefing_filename, build_pptx, make_takeaway, source_line, takeaway_for
from .bundle import data_file, readme_text, zip_file
from .context import ExportContext
from .errors import ChromiumMissingError, ExportError, RenderError, user_message
from .image_layout import SIZES, decorate_figure
from .image_renderer import find_chromium, shutdown, warm_up
from .images import image_filename, render_image
from .tables import export_frame, neutralise, to_csv_bytes, to_xlsx_bytes
from components.i18n import t

__all__ = [
    "make_export", "briefing_filename", "build_pptx", "make_takeaway", "source_line", "takeaway_for",
    "data_file", "readme_text", "zip_file", "ExportContext", "ChromiumMissingError", "ExportError", "RenderError",
    "user_message", "SIZES", "decorate_figure", "find_chromium", "image_filename", "render_image", "shutdown",
    "warm_up", "export_frame", "neutralise", "to_csv_bytes", "to_xlsx_bytes", "t",
]
