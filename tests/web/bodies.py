"""Callback request bodies built from the app's own dependency list (/_dash-dependencies), as the renderer
sends them, and how the web/ tests post them: for the header test, the fuzz test and benchmarks/load_test.py."""
from __future__ import annotations

import json

CALLBACK = "/_dash-update-component"


def split_outputs(output: str) -> list[dict]:
    """'..a.children...b.value..' or 'a.children' → [{"id": "a", "property": "children"}, ...]."""
    parts = output[2:-2].split("...") if output.startswith("..") else [output]
    out = []
    for part in parts:
        ident, _, prop = part.rpartition(".")
        out.append({"id": json.loads(ident) if ident.startswith("{") else ident, "property": prop})
    return out


def server_callbacks(dependencies: list[dict]) -> list[dict]:
    """The callbacks that run on the server (clientside ones never reach it)."""
    return [d for d in dependencies if not d.get("clientside_function")]


def body_for(dependency: dict, values: dict | None = None, *, changed: str | None = None) -> dict:
    """A well-formed body for `dependency`; `values` maps "id.property" to the value sent (default None)."""
    values = values or {}
    outputs = split_outputs(dependency["output"])

    def item(spec):
        return {"id": spec["id"], "property": spec["property"],
                "value": values.get(f"{spec['id']}.{spec['property']}")}

    inputs = [item(s) for s in dependency["inputs"]]
    first = inputs[0] if inputs else None
    return {
        "output": dependency["output"],
        "outputs": outputs if dependency["output"].startswith("..") else outputs[0],
        "inputs": inputs,
        "state": [item(s) for s in dependency.get("state", [])],
        "changedPropIds": [changed] if changed else ([f"{first['id']}.{first['property']}"] if first else []),
    }


def page_callback(dependencies: list[dict]) -> dict:
    """The page callback: the server callback whose inputs include url.search and the filter controls."""
    return next(d for d in server_callbacks(dependencies)
                if {"id": "url", "property": "search"} in d["inputs"] and len(d["inputs"]) > 3)


def post(client, body, **kwargs):
    """POST `body` (a dict, or raw bytes/text) to the callback route with Flask's test `client`."""
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(CALLBACK, data=data, content_type="application/json", **kwargs)


def page_body(dependencies, search="?view=compare&lang=en"):
    """The page callback's body for the address `search` (as on load)."""
    return body_for(page_callback(dependencies), {"url.search": search}, changed="url.search")
