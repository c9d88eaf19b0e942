"""A small layered layout for the chain's flowchart: swimlanes as rows, routes side by side (or, with
``FlowStyle.max_row_width``, wrapped into rows of routes, each with its own lanes), the flow from left
to right. Pure Python; the caller measures text (Qt on screen, ReportLab on paper).

Within a route a node's column is its longest-path rank from the route's entry; nodes in the same
route, column and lane stack inside the lane, and every lane is as tall as its fullest cell. An edge
that skips columns passes through a reserved slot (a dummy) in each column it crosses, so no edge
runs through a box. Vertical stretches lie in the gap between two columns, one track per source;
edge labels sit in the same gap beside the tracks, just above the line into their target.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from casusoverleg_desktop.domain.enums import ChainLane

__all__ = [
    "FlowEdge", "FlowGroup", "FlowInput", "FlowLayout", "FlowNode", "FlowStyle", "Measure", "NodeKind",
    "PlacedEdge", "PlacedGroup", "PlacedLane", "PlacedNode", "Rect", "lay_out", "longest_path_ranks",
    "wrap_text",
]

K = TypeVar("K")

Measure = Callable[[str, float, bool], float]
"""(text, font size in pt, bold) -> width in pt."""


class NodeKind(StrEnum):
    START = "start"  # the route's start: the worry, in the lane where the reporter is
    STEP = "step"


@dataclass(frozen=True)
class FlowGroup:
    key: str
    title: str
    acute: bool


@dataclass(frozen=True)
class FlowNode:
    key: str
    group: str
    lane: ChainLane
    kind: NodeKind
    title: str
    lines: tuple[str, ...]
    acute: bool


@dataclass(frozen=True)
class FlowEdge:
    source: str
    target: str
    label: str | None
    acute: bool


@dataclass(frozen=True)
class FlowInput:
    groups: tuple[FlowGroup, ...]
    nodes: tuple[FlowNode, ...]
    edges: tuple[FlowEdge, ...]


@dataclass(frozen=True)
class FlowStyle:
    font_size: float = 7.5
    title_size: float = 8.0
    group_title_size: float = 9.5
    box_width: float = 150.0
    padding: float = 6.0  # inside a box and a label
    line_spacing: float = 1.3  # line height as a multiple of the font size
    node_gap: float = 10.0  # between boxes stacked in one cell
    lane_padding: float = 12.0  # above and below the fullest cell of a lane
    lane_label_width: float = 78.0
    lane_min_height: float = 36.0
    group_gap: float = 22.0
    group_padding: float = 10.0
    title_gap: float = 6.0
    gap_margin: float = 10.0  # between a column and the first track, and around the labels
    track_spacing: float = 7.0
    label_max_width: float = 104.0
    label_padding: float = 2.5
    label_spacing: float = 3.0
    dummy_height: float = 8.0
    margin: float = 8.0
    max_row_width: float | None = None  # wrap the groups into rows no wider than this
    row_gap: float = 18.0  # between two rows

    def line_height(self, size: float) -> float:
        return size * self.line_spacing


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2

    def intersects(self, other: Rect, margin: float = 0.0) -> bool:
        """Whether the two overlap by more than touching, after widening ``self`` by ``margin``."""
        return (self.x - margin < other.right and other.x < self.right + margin
                and self.y - margin < other.bottom and other.y < self.bottom + margin)

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (other.x >= self.x - tolerance and other.y >= self.y - tolerance
                and other.right <= self.right + tolerance and other.bottom <= self.bottom + tolerance)


@dataclass(frozen=True)
class PlacedNode:
    node: FlowNode
    rect: Rect
    title_lines: tuple[str, ...]
    lines: tuple[str, ...]


@dataclass(frozen=True)
class PlacedEdge:
    edge: FlowEdge
    points: tuple[tuple[float, float], ...]
    label_rect: Rect | None
    label_lines: tuple[str, ...]


@dataclass(frozen=True)
class PlacedLane:
    lane: ChainLane
    rect: Rect
    title_lines: tuple[str, ...]


@dataclass(frozen=True)
class PlacedGroup:
    group: FlowGroup
    rect: Rect
    title_rect: Rect
    title_lines: tuple[str, ...]


@dataclass(frozen=True)
class FlowLayout:
    width: float
    height: float
    style: FlowStyle
    lanes: tuple[PlacedLane, ...]
    groups: tuple[PlacedGroup, ...]
    nodes: tuple[PlacedNode, ...]
    edges: tuple[PlacedEdge, ...]

    @property
    def is_empty(self) -> bool:
        return not self.nodes


def wrap_text(text: str, width: float, size: float, bold: bool, measure: Measure) -> list[str]:
    """Greedy word wrap to ``width``; a word longer than a line is broken between characters."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if measure(candidate, size, bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            for char in word:
                if current and measure(current + char, size, bold) > width:
                    lines.append(current)
                    current = ""
                current += char
        lines.append(current)
    return [line for line in lines if line] or [""]


# --- the layout ----------------------------------------------------------------------------------


@dataclass
class _Item:
    """A box in a column: a node, or a dummy slot an edge passes through."""

    key: str
    lane: int
    rank: int
    height: float
    node: FlowNode | None = None
    title_lines: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()
    order: float = 0.0
    y: float = 0.0


@dataclass
class _Hop:
    """One stretch of an edge between two neighbouring columns."""

    source: _Item
    target: _Item
    edge: int
    last: bool


@dataclass
class _Group:
    group: FlowGroup
    items: dict[str, _Item] = field(default_factory=dict)
    ranks: int = 0
    hops: list[_Hop] = field(default_factory=list)
    chains: dict[int, list[_Item]] = field(default_factory=dict)  # edge index -> items passed
    column_x: list[float] = field(default_factory=list)
    tracks: list[dict[str, int]] = field(default_factory=list)  # per gap: source key -> track
    label_width: list[float] = field(default_factory=list)  # per gap
    x: float = 0.0
    width: float = 0.0


_LANES = tuple(ChainLane)
_LABEL_WIDENING = (1.0, 1.5, 2.0, 3.0)  # how far a label may grow wider to fit above its line


@dataclass(frozen=True)
class _Label:
    gap: int
    lines: tuple[str, ...]
    width: float
    height: float
    top: float  # from the top of the first lane


def lay_out(flow: FlowInput, measure: Measure, style: FlowStyle = FlowStyle()) -> FlowLayout:
    """Place every box, edge and label; raises ``ValueError`` for an edge between routes or a cycle.

    With ``style.max_row_width`` the routes wrap into rows stacked top to bottom, each row with its
    own lanes; without it they all stand side by side."""
    groups = _build_groups(flow, measure, style)
    lane_titles = [tuple(wrap_text(lane.label, style.lane_label_width - 2 * style.padding,
                                   style.title_size, True, measure)) for lane in _LANES]
    rows: list[_Row] = []
    top = style.margin
    for members in _wrap_rows(groups, flow, measure, style, lane_titles):
        row = _lay_row(members, flow, measure, style, lane_titles, top)
        rows.append(row)
        top = row.bottom + style.row_gap
    width = max(row.width for row in rows) if rows else 2 * style.margin + style.lane_label_width
    lanes = tuple(PlacedLane(lane, Rect(style.margin, lane_top, width - 2 * style.margin, height), title)
                  for row in rows
                  for lane, lane_top, height, title
                  in zip(_LANES, row.lane_tops, row.lane_heights, lane_titles, strict=True))
    edges = sorted((edge for row in rows for edge in row.edges.items()), key=lambda item: item[0])
    bottom = rows[-1].bottom if rows else style.margin
    return FlowLayout(width, bottom + style.margin, style, lanes,
                      tuple(g for row in rows for g in row.groups),
                      tuple(n for row in rows for n in row.nodes), tuple(edge for _, edge in edges))


@dataclass(frozen=True)
class _Row:
    width: float
    bottom: float
    lane_tops: list[float]
    lane_heights: list[float]
    groups: list[PlacedGroup]
    nodes: list[PlacedNode]
    edges: dict[int, PlacedEdge]


def _wrap_rows(groups: list[_Group], flow: FlowInput, measure: Measure, style: FlowStyle,
               lane_titles: list[tuple[str, ...]]) -> list[list[_Group]]:
    """The groups in rows no wider than ``style.max_row_width`` (a group wider than that alone)."""
    if style.max_row_width is None:
        return [groups] if groups else []
    rows: list[list[_Group]] = []
    for g in groups:
        if rows and _lay_row([*rows[-1], g], flow, measure, style, lane_titles,
                             0.0).width <= style.max_row_width:
            rows[-1].append(g)
        else:
            rows.append([g])
    return rows


def _lay_row(groups: list[_Group], flow: FlowInput, measure: Measure, style: FlowStyle,
             lane_titles: list[tuple[str, ...]], top: float) -> _Row:
    """One row of groups side by side under their titles (from ``top``), with its four lanes."""
    # Lanes: as tall as their fullest cell (and their name).
    title_line = style.line_height(style.title_size)
    lane_heights = [max(style.lane_min_height, len(t) * title_line + 2 * style.padding) for t in lane_titles]
    cells: dict[tuple[str, int, int], list[_Item]] = {}
    for g in groups:
        for item in g.items.values():
            cells.setdefault((g.group.key, item.rank, item.lane), []).append(item)
    for cell in cells.values():
        cell.sort(key=lambda i: i.order)
        total = sum(i.height for i in cell) + style.node_gap * (len(cell) - 1)
        lane = cell[0].lane
        lane_heights[lane] = max(lane_heights[lane], total + 2 * style.lane_padding)

    # Vertical, from the top of the first lane: each cell centred in its lane.
    lane_tops = [sum(lane_heights[:index]) for index in range(len(_LANES))]
    for cell in cells.values():
        lane = cell[0].lane
        total = sum(i.height for i in cell) + style.node_gap * (len(cell) - 1)
        y = lane_tops[lane] + (lane_heights[lane] - total) / 2
        for item in cell:
            item.y = y
            y += item.height + style.node_gap

    # Labels between the lines that cross their gap; then the gaps, as wide as tracks and labels need.
    labels: dict[int, _Label] = {}
    x = style.margin + style.lane_label_width
    for g in groups:
        _plan_tracks(g)
        labels.update(_fit_labels(g, flow.edges, measure, style))
        g.x = x
        column = x + style.group_padding
        g.column_x = []
        for rank in range(g.ranks):
            g.column_x.append(column)
            column += style.box_width
            if rank < g.ranks - 1:
                column += _gap_width(g, rank, style)
        g.width = column + style.group_padding - x
        x += g.width + style.group_gap
    width = x - style.group_gap + style.margin

    group_titles = [wrap_text(g.group.title, g.width - 2 * style.padding, style.group_title_size, True,
                              measure) for g in groups]
    title_height = max((len(t) for t in group_titles), default=1) * style.line_height(style.group_title_size)
    lanes_top = top + title_height + style.title_gap
    for g in groups:
        for item in g.items.values():
            item.y += lanes_top
    lane_tops = [lane_top + lanes_top for lane_top in lane_tops]

    nodes: list[PlacedNode] = []
    placed_edges: dict[int, PlacedEdge] = {}
    lanes_bottom = lane_tops[-1] + lane_heights[-1]
    lowest = lanes_bottom
    for g in groups:
        for item in g.items.values():
            if item.node is not None:
                nodes.append(PlacedNode(item.node, _rect(g, item, style), item.title_lines, item.lines))
        for index, chain in g.chains.items():
            label = labels.get(index)
            rect = None if label is None else Rect(_label_x(g, label.gap, style), label.top + lanes_top,
                                                   label.width, label.height)
            placed_edges[index] = PlacedEdge(flow.edges[index], _route(g, chain, style), rect,
                                             label.lines if label else ())
            if rect is not None:
                lowest = max(lowest, rect.bottom + style.lane_padding / 2)
    lane_heights[-1] += lowest - lanes_bottom  # a label pushed below the last lane stays in the picture
    bottom = lane_tops[-1] + lane_heights[-1]
    placed_groups = [PlacedGroup(g.group, Rect(g.x, top, g.width, bottom - top),
                                 Rect(g.x, top, g.width, title_height), tuple(t))
                     for g, t in zip(groups, group_titles, strict=True)]
    return _Row(width, bottom, lane_tops, lane_heights, placed_groups, nodes, placed_edges)


def _build_groups(flow: FlowInput, measure: Measure, style: FlowStyle) -> list[_Group]:
    by_key = {g.key: _Group(g) for g in sorted(flow.groups, key=lambda g: not g.acute)}
    text_width = style.box_width - 2 * style.padding
    for node in flow.nodes:
        if node.group not in by_key:
            raise ValueError(f"node {node.key} belongs to no group")
        title = tuple(wrap_text(node.title, text_width, style.title_size, True, measure))
        lines = tuple(line for text in node.lines
                      for line in wrap_text(text, text_width, style.font_size, False, measure))
        height = (2 * style.padding + len(title) * style.line_height(style.title_size)
                  + (len(lines) * style.line_height(style.font_size) + style.padding / 2 if lines else 0))
        by_key[node.group].items[node.key] = _Item(node.key, _LANES.index(node.lane), 0, height, node,
                                                    title, lines)
    out: dict[str, list[str]] = {}
    for edge in flow.edges:
        source, target = _find(by_key, edge.source), _find(by_key, edge.target)
        if source is not target:
            raise ValueError(f"edge {edge.source} -> {edge.target} joins two groups")
        out.setdefault(edge.source, []).append(edge.target)
    for g in by_key.values():
        _rank(g, out)
        _split_edges(g, flow.edges, style)
        _order(g)
    return list(by_key.values())


def _find(groups: dict[str, _Group], key: str) -> _Group:
    for g in groups.values():
        if key in g.items:
            return g
    raise ValueError(f"edge to unknown node {key}")


def longest_path_ranks(nodes: Iterable[K], successors: Mapping[K, Iterable[K]]) -> dict[K, int]:
    """Each node's longest-path rank from the sources (Kahn's order); ``ValueError`` on a cycle."""
    ranks = {node: 0 for node in nodes}
    incoming = dict.fromkeys(ranks, 0)
    for node in ranks:
        for target in successors.get(node, ()):
            incoming[target] += 1
    ready = [node for node in ranks if incoming[node] == 0]
    seen = 0
    while ready:
        node = ready.pop(0)
        seen += 1
        for target in successors.get(node, ()):
            ranks[target] = max(ranks[target], ranks[node] + 1)
            incoming[target] -= 1
            if incoming[target] == 0:
                ready.append(target)
    if seen != len(ranks):
        raise ValueError("the nodes form a cycle")
    return ranks


def _rank(g: _Group, out: dict[str, list[str]]) -> None:
    try:
        ranks = longest_path_ranks(g.items, out)
    except ValueError:
        raise ValueError(f"the steps of {g.group.title!r} form a cycle") from None
    for key, rank in ranks.items():
        g.items[key].rank = rank
    g.ranks = max((i.rank for i in g.items.values()), default=-1) + 1


def _split_edges(g: _Group, edges: Sequence[FlowEdge], style: FlowStyle) -> None:
    """Cut every edge into hops between neighbouring columns, with dummies in the columns it skips."""
    for index, edge in enumerate(edges):
        if edge.source not in g.items:
            continue
        source, target = g.items[edge.source], g.items[edge.target]
        chain = [source]
        for rank in range(source.rank + 1, target.rank):
            dummy = _Item(f"{index}~{rank}", source.lane, rank, style.dummy_height)
            g.items[dummy.key] = dummy
            chain.append(dummy)
        chain.append(target)
        g.chains[index] = chain
        g.hops.extend(_Hop(a, b, index, b is target) for a, b in zip(chain, chain[1:], strict=False))


def _order(g: _Group) -> None:
    """Order the items of a column by the mean place of what leads to them (fewer crossings)."""
    by_rank: dict[int, list[_Item]] = {}
    for position, item in enumerate(g.items.values()):
        item.order = position
        by_rank.setdefault(item.rank, []).append(item)
    for rank in sorted(by_rank)[1:]:
        for item in by_rank[rank]:
            sources = [h.source for h in g.hops if h.target is item]
            if sources:
                item.order = sum(s.lane * 1e6 + s.order for s in sources) / len(sources)
        for position, item in enumerate(sorted(by_rank[rank], key=lambda i: (i.lane, i.order))):
            item.order = position


def _plan_tracks(g: _Group) -> None:
    """One track per source in each gap, in the order the hops come."""
    g.tracks = [{} for _ in range(max(g.ranks - 1, 0))]
    for hop in g.hops:
        tracks = g.tracks[hop.source.rank]
        tracks.setdefault(hop.source.key, len(tracks))


def _gap_width(g: _Group, gap: int, style: FlowStyle) -> float:
    tracks = max(len(g.tracks[gap]) - 1, 0) * style.track_spacing
    labels = g.label_width[gap] + style.gap_margin if g.label_width[gap] else 0.0
    return 2 * style.gap_margin + tracks + labels


def _rect(g: _Group, item: _Item, style: FlowStyle) -> Rect:
    return Rect(g.column_x[item.rank], item.y, style.box_width, item.height)


def _mid(item: _Item) -> float:
    return item.y + item.height / 2


def _track_x(g: _Group, source: _Item, style: FlowStyle) -> float:
    gap_left = g.column_x[source.rank] + style.box_width
    return gap_left + style.gap_margin + g.tracks[source.rank][source.key] * style.track_spacing


def _route(g: _Group, chain: list[_Item], style: FlowStyle) -> tuple[tuple[float, float], ...]:
    points = [(g.column_x[chain[0].rank] + style.box_width, _mid(chain[0]))]
    for source, target in zip(chain, chain[1:], strict=False):
        y_from, y_to = _mid(source), _mid(target)
        if abs(y_from - y_to) > 1e-6:
            x = _track_x(g, source, style)
            points += [(x, y_from), (x, y_to)]
        points.append((g.column_x[target.rank], y_to))
        if target is not chain[-1]:
            points.append((g.column_x[target.rank] + style.box_width, y_to))
    simple = [points[0]]
    for index, point in enumerate(points[1:-1], start=1):  # drop points in the middle of a straight run
        before, after = simple[-1], points[index + 1]
        if not ((before[0] == point[0] == after[0]) or (before[1] == point[1] == after[1])):
            simple.append(point)
    simple.append(points[-1])
    return tuple(simple)


def _label_x(g: _Group, gap: int, style: FlowStyle) -> float:
    tracks = max(len(g.tracks[gap]) - 1, 0) * style.track_spacing
    return g.column_x[gap] + style.box_width + 2 * style.gap_margin + tracks


def _fit_labels(g: _Group, edges: Sequence[FlowEdge], measure: Measure,
                style: FlowStyle) -> dict[int, _Label]:
    """Each label just above the line into its target and below the next line up in its gap (every
    line into the next column crosses the labels' room); wrapped wider while it does not fit there.
    Labels of one gap keep apart top to bottom. Sets the width of each gap's labels."""
    placed: dict[int, _Label] = {}
    g.label_width = [0.0] * max(g.ranks - 1, 0)
    line_height = style.line_height(style.font_size)
    pad = style.label_padding
    for gap in range(len(g.label_width)):
        hops = [h for h in g.hops if h.source.rank == gap]
        lines = sorted({_mid(h.target) for h in hops})
        wanted = sorted((_mid(h.target), h.edge) for h in hops if h.last and edges[h.edge].label)
        floor = 0.0
        for line, index in wanted:
            above = max((y for y in lines if y < line - 1e-6), default=None)
            ceiling = floor if above is None else max(floor, above + 2)
            for factor in _LABEL_WIDENING:
                text = wrap_text(edges[index].label or "", style.label_max_width * factor - 2 * pad,
                                 style.font_size, False, measure)
                height = len(text) * line_height + 2 * pad
                if line - 2 - height >= ceiling or len(text) == 1:
                    break
            top = max(line - 2 - height, ceiling)
            width = max(measure(t, style.font_size, False) for t in text) + 2 * pad
            placed[index] = _Label(gap, tuple(text), width, height, top)
            g.label_width[gap] = max(g.label_width[gap], width)
            floor = top + height + style.label_spacing
    return placed
