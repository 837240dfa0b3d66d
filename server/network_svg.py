"""Where to draw a party's dispute network: pure geometry, so the SVG needs no script to lay it out."""

from __future__ import annotations

import math

WIDTH, HEIGHT, RADIUS = 560, 360, 130


def layout(network: dict, center_label: str) -> dict:
    """Centre node in the middle, the other parties on a circle, one arrow per direction of dispute."""
    cx, cy = WIDTH / 2, HEIGHT / 2
    nodes = network["nodes"]
    placed = {network["center"]: {"iri": network["center"], "label": center_label, "x": cx, "y": cy, "center": True}}
    for i, node in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(nodes))
        placed[node["iri"]] = dict(
            node,
            x=round(cx + RADIUS * 1.25 * math.cos(angle), 1),
            y=round(cy + RADIUS * math.sin(angle), 1),
            center=False,
        )
    edges = []
    for edge in network["edges"]:
        other = placed.get(edge["party"])
        if other is None:
            continue
        src, dst = (
            (placed[network["center"]], other) if edge["direction"] == "out" else (other, placed[network["center"]])
        )
        dx, dy = dst["x"] - src["x"], dst["y"] - src["y"]
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        nx, ny = -uy * 6, ux * 6
        edges.append(
            {
                "x1": round(src["x"] + ux * 30 + nx, 1),
                "y1": round(src["y"] + uy * 30 + ny, 1),
                "x2": round(dst["x"] - ux * 34 + nx, 1),
                "y2": round(dst["y"] - uy * 34 + ny, 1),
                "count": edge["count"],
                "direction": edge["direction"],
                "title": f"{src['label']} disputed {dst['label']} ({edge['count']})",
            }
        )
    return {"width": WIDTH, "height": HEIGHT, "nodes": list(placed.values()), "edges": edges}
