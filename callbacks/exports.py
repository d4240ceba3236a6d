"""Download callbacks. (Stub: the exports work replaces it.)"""


def register_export_callbacks(app, *, specs_for_state, context_for_state):
    """specs_for_state(state: dict) -> list[ChartSpec]; context_for_state(state) -> dict(vintage, url, lang, sources)."""
    return None
