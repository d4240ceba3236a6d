"""Pure builders: DataFrames in, plotly figures and Dash layouts out. No I/O, no callbacks here."""
