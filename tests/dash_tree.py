"""Reading a Dash component tree in tests: every component, one by id, its visible text."""
from __future__ import annotations


def walk(node):
    """Every component under `node` (itself included), in document order."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        yield n
        children = getattr(n, "children", None)
        if isinstance(children, (list, tuple)):
            stack.extend(reversed([c for c in children if hasattr(c, "to_plotly_json")]))
        elif hasattr(children, "to_plotly_json"):
            stack.append(children)


def by_id(node, cid):
    return next(n for n in walk(node) if getattr(n, "id", None) == cid)


def ids(node) -> list:
    return [n.id for n in walk(node) if isinstance(getattr(n, "id", None), str)]


def text(node) -> str:
    """The strings of `node` and its children, joined by spaces."""
    parts = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, (str, int, float)):
            parts.append(str(n))
        elif isinstance(n, (list, tuple)):
            stack.extend(reversed(n))
        elif n is not None and hasattr(n, "to_plotly_json"):
            stack.append(getattr(n, "children", None))
    return " ".join(parts)
