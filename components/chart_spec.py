"""ChartSpec: one chart as the dashboard shows it and as every export reproduces it."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go


@dataclass
class ChartSpec:
    """A finished chart plus exactly the rows behind it.

    `data` holds the facts-table rows plotted, in plotted order (the "data shown" download);
    `title`/`subtitle` are localised (indicator; measure · unit · period) and go on exported images.
    """

    chart_id: str                      # stable, URL-safe, e.g. "compare" or "targets-targets_met"
    title: str
    subtitle: str
    figure: go.Figure
    data: pd.DataFrame
    source_ids: list[str] = field(default_factory=list)
    takeaway: str | None = None        # one-line finding for briefings, localised
    alt_text: str | None = None        # text alternative: title + summary
