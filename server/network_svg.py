"""Where to draw a party's dispute network: pure geometry, so the SVG needs no script to lay it out.

Every node is a labelled box (the name inside it, so no line or arrowhead ever crosses a
label); edges run between box edges with their statement count beside them. With one or two
other parties the parties sit in a row and the drawing is one row high; with more they sit on
an ellipse around this party.
"""

from __future__ import annotations

import math

CHAR, PAD, BOX_H, MAX_LABEL = 7.0, 10.0, 26.0, 26


def _label(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "\u2026"


def _box(node: dict) -> dict:
    label = _label(node["label"])
    return dict(node, label=label, w=round(len(label) * CHAR + 2 * PAD, 1), h=BOX_H)


def _edge_point(box: dict, dx: float, dy: float) -> tuple[float, float]:
    """Where the ray from the box's centre in direction (dx, dy) leaves the box, plus a small gap."""
    half_w, half_h = box["w"] / 2 + 3, box["h"] / 2 + 3
    scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return box["x"] + dx * scale, box["y"] + dy * scale


def layout(network: dict, center_label: str) -> dict:
    """Boxes for this party and the others, one line per direction of dispute with its count."""
    others = [_box(n) for n in network["nodes"]]
    center = _box({"iri": network["center"], "label": center_label, "center": True})
    width: float
    height: float
    widest = max([b["w"] for b in others] + [center["w"]])
    if len(others) <= 2:
        row = [center, *others] if len(others) < 2 else [others[0], center, others[1]]
        gap, x = 90.0, 20.0
        height = BOX_H + 50
        for box in row:
            box.update(x=x + box["w"] / 2, y=height / 2)
            box.setdefault("center", False)
            x += box["w"] + gap
        width = x - gap + 20
    else:
        rx, ry = 150 + widest / 2, 70 + 10 * min(len(others), 8)
        width, height = 2 * rx + widest + 20, 2 * ry + BOX_H + 30
        center.update(x=width / 2, y=height / 2)
        for i, box in enumerate(others):
            angle = -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(others)
            box.update(x=width / 2 + rx * math.cos(angle), y=height / 2 + ry * math.sin(angle), center=False)
    placed = {b["iri"]: b for b in [center, *others]}
    edges = []
    for edge in network["edges"]:
        other = placed.get(edge["party"])
        if other is None:
            continue
        src, dst = (center, other) if edge["direction"] == "out" else (other, center)
        dx, dy = dst["x"] - src["x"], dst["y"] - src["y"]
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        nx, ny = -uy * 5, ux * 5
        x1, y1 = _edge_point(src, ux, uy)
        x2, y2 = _edge_point(dst, -ux, -uy)
        edges.append(
            {
                "x1": round(x1 + nx, 1),
                "y1": round(y1 + ny, 1),
                "x2": round(x2 + nx, 1),
                "y2": round(y2 + ny, 1),
                "lx": round((x1 + x2) / 2 + nx * 2.6, 1),
                "ly": round((y1 + y2) / 2 + ny * 2.6 + 4, 1),
                "count": edge["count"],
                "weight": round(1 + math.log2(edge["count"]), 1),
                "direction": edge["direction"],
                "title": f"{src['label']} disputed {dst['label']}: {edge['count']} statement"
                + ("" if edge["count"] == 1 else "s"),
            }
        )
    nodes = [dict(b, x=round(b["x"], 1), y=round(b["y"], 1)) for b in placed.values()]
    return {"width": round(width), "height": round(height), "nodes": nodes, "edges": edges}
