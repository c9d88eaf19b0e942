"""Geometric checks of a flowchart layout, reusable by every test that draws the chain.

``assert_clean(layout)`` fails with a list of what is wrong: boxes that overlap, a label on a box, on
another label or on another edge's line, an edge segment through a box, something outside the picture,
a box outside its route or outside a band of its lane in its route's row, routes or lanes (of
different rows) that overlap, an edge that is not orthogonal or does not start at its source's right side
and end at its target's left side.
"""

from __future__ import annotations

from casusoverleg_desktop.domain.flowchart import FlowLayout, Rect

EPS = 1e-6


def _segment_hits(a: tuple[float, float], b: tuple[float, float], box: Rect, inset: float = 0.5) -> bool:
    """Whether the orthogonal segment a-b passes through the inside of ``box`` (its border excluded)."""
    inner = Rect(box.x + inset, box.y + inset, box.width - 2 * inset, box.height - 2 * inset)
    left, right = min(a[0], b[0]), max(a[0], b[0])
    top, bottom = min(a[1], b[1]), max(a[1], b[1])
    return left <= inner.right and right >= inner.x and top <= inner.bottom and bottom >= inner.y


def problems(layout: FlowLayout) -> list[str]:
    found: list[str] = []
    frame = Rect(0, 0, layout.width, layout.height)
    boxes = [(p.node.key, p.rect) for p in layout.nodes]
    labels = [(f"{e.edge.source}->{e.edge.target}", e.label_rect) for e in layout.edges
              if e.label_rect is not None]
    for i, (key, rect) in enumerate(boxes):
        for other, other_rect in boxes[i + 1:]:
            if rect.intersects(other_rect):
                found.append(f"boxes {key} and {other} overlap")
        for label, label_rect in labels:
            if rect.intersects(label_rect):
                found.append(f"label {label} lies on box {key}")
    for i, (label, rect) in enumerate(labels):
        for other, other_rect in labels[i + 1:]:
            if rect.intersects(other_rect):
                found.append(f"labels {label} and {other} overlap")
        if not frame.contains(rect):
            found.append(f"label {label} outside the picture")
    groups = {group.group.key: group.rect for group in layout.groups}
    for placed in layout.nodes:
        if not frame.contains(placed.rect):
            found.append(f"box {placed.node.key} outside the picture")
        row = groups[placed.node.group]
        if not row.contains(placed.rect):
            found.append(f"box {placed.node.key} outside its route {placed.node.group}")
        if not any(lane.lane is placed.node.lane and row.y - EPS <= lane.rect.y
                   and lane.rect.bottom <= row.bottom + EPS and placed.rect.y >= lane.rect.y - EPS
                   and placed.rect.bottom <= lane.rect.bottom + EPS for lane in layout.lanes):
            found.append(f"box {placed.node.key} outside its lane {placed.node.lane}")
    placed_groups = list(layout.groups)
    for i, group in enumerate(placed_groups):  # rows and the routes in them keep apart
        for other in placed_groups[i + 1:]:
            if group.rect.intersects(other.rect, -0.01):
                found.append(f"routes {group.group.key} and {other.group.key} overlap")
    for i, lane in enumerate(layout.lanes):
        for other in layout.lanes[i + 1:]:
            if lane.rect.intersects(other.rect, -0.01):
                found.append(f"lanes {lane.lane} at {lane.rect.y:.0f} and {other.lane} overlap")
    for edge in layout.edges:  # a label hides no other edge's line
        for label, rect in labels:
            segments = zip(edge.points, edge.points[1:], strict=False)
            if label != f"{edge.edge.source}->{edge.edge.target}" and any(
                    _segment_hits(a, b, rect, inset=0.0) for a, b in segments):
                found.append(f"label {label} lies on edge {edge.edge.source}->{edge.edge.target}")
    rects = {p.node.key: p.rect for p in layout.nodes}
    for edge in layout.edges:
        name = f"{edge.edge.source}->{edge.edge.target}"
        points = edge.points
        source, target = rects[edge.edge.source], rects[edge.edge.target]
        if abs(points[0][0] - source.right) > EPS or not source.y < points[0][1] < source.bottom:
            found.append(f"edge {name} does not leave its source's right side")
        if abs(points[-1][0] - target.x) > EPS or not target.y < points[-1][1] < target.bottom:
            found.append(f"edge {name} does not reach its target's left side")
        for a, b in zip(points, points[1:], strict=False):
            if abs(a[0] - b[0]) > EPS and abs(a[1] - b[1]) > EPS:
                found.append(f"edge {name} has a slanted segment {a}-{b}")
            span = Rect(min(a[0], b[0]), min(a[1], b[1]), abs(a[0] - b[0]), abs(a[1] - b[1]))
            if not frame.contains(span):
                found.append(f"edge {name} leaves the picture")
            for key, rect in boxes:
                if _segment_hits(a, b, rect):
                    found.append(f"edge {name} runs through box {key}")
    return found


def assert_clean(layout: FlowLayout) -> None:
    found = problems(layout)
    assert not found, "\n".join(found[:30])
