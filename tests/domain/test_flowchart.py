"""The flowchart's layout, checked geometrically: the chain as a coordinator enters it, a generated
60-step chain, and the awkward shapes (one box, a fan of four, long names, labels crowding a gap)."""

from __future__ import annotations

import dataclasses

import pytest

from casusoverleg_desktop.domain.enums import ChainLane
from casusoverleg_desktop.domain.flowchart import (
    FlowEdge,
    FlowGroup,
    FlowInput,
    FlowNode,
    FlowStyle,
    NodeKind,
    lay_out,
    wrap_text,
)
from casusoverleg_desktop.services import chain
from casusoverleg_desktop.services.chain_chart import flow_of
from tests.chain_generated import estimate, generated_chain
from tests.chain_kit import build_chain
from tests.flowchart_checks import assert_clean, problems

STYLE = FlowStyle()
TEXT_WIDTH = STYLE.box_width - 2 * STYLE.padding


def node(key: str, lane: ChainLane = ChainLane.SOCIAAL, title: str = "Wijkteam", group: str = "g",
         kind: NodeKind = NodeKind.STEP, lines: tuple[str, ...] = ("Neemt de melding aan",)) -> FlowNode:
    return FlowNode(key, group, lane, kind, title, lines, False)


def flow(nodes: list[FlowNode], edges: list[tuple[str, str, str | None]],
         groups: tuple[FlowGroup, ...] = (FlowGroup("g", "Zorgen over radicalisering", False),)) -> FlowInput:
    return FlowInput(groups, tuple(nodes), tuple(FlowEdge(s, t, label, False) for s, t, label in edges))


def placed(layout, key: str):
    return next(p for p in layout.nodes if p.node.key == key)


# --- the chain as entered through the services ----------------------------------------------------


def test_the_kit_chain_is_laid_out_cleanly(ctx):
    kit = build_chain(ctx)
    view = chain.chain_view(ctx, kit.version_id)
    data = flow_of(view)
    assert [g.title for g in data.groups] == ["Zorgen over radicalisering", "Acute dreiging"]
    assert len({n.key for n in data.nodes}) == len(data.nodes) == 2 + 6
    starts = [n for n in data.nodes if n.kind is NodeKind.START]
    assert [(s.title, s.lines, s.lane, s.acute) for s in starts] == [
        ("Zorgen over radicalisering", ("U maakt zich zorgen over iemand die radicaliseert.",),
         ChainLane.VOORVELD, False),
        ("Acute dreiging", ("Er dreigt nu gevaar voor iemand.",), ChainLane.VOORVELD, True)]
    receive = next(n for n in data.nodes if n.key == f"s{kit.steps['receive']}")
    assert receive.title == "Gemeente Wadmeer-Noord"
    assert receive.lines == ("Meldpunt neemt de melding aan", "binnen 1 werkdag",
                             "Melder hoort binnen 5 werkdagen: Ontvangst bevestigd en wie de melding oppakt")
    call = next(n for n in data.nodes if n.key == f"s{kit.steps['call']}")
    assert call.lines[1] == "direct" and call.acute and call.lane is ChainLane.VEILIGHEID
    assert {e.label for e in data.edges} == {None, "bij zorgen", "geen zorgen over radicalisering"}

    layout = lay_out(data, estimate)
    assert_clean(layout)
    assert [g.group.title for g in layout.groups] == ["Acute dreiging", "Zorgen over radicalisering"]
    assert layout.groups[0].rect.right < layout.groups[1].rect.x  # acute first, side by side
    assert [lane.lane for lane in layout.lanes] == list(ChainLane)
    assert all(e.label_rect is not None for e in layout.edges if e.edge.label)
    # the route reads left to right: start, meldpunt, weegploeg, then the two outcomes in one column
    keys = [f"r{kit.worry_route}:start", *(f"s{kit.steps[k]}" for k in ("receive", "weigh", "meet"))]
    xs = [placed(layout, k).rect.x for k in keys]
    assert xs == sorted(xs) and len(set(xs)) == 4
    assert placed(layout, f"s{kit.steps['care']}").rect.x == xs[-1]


def test_one_route_alone(ctx):
    kit = build_chain(ctx)
    data = flow_of(chain.chain_view(ctx, kit.version_id), kit.acute_route)
    assert [g.title for g in data.groups] == ["Acute dreiging"]
    assert len(data.nodes) == 3 and len(data.edges) == 2
    assert_clean(lay_out(data, estimate))


# --- a generated chain of 60 steps -----------------------------------------------------------------


def test_a_generated_chain_of_sixty_steps_is_clean():
    data = generated_chain()
    assert sum(n.kind is NodeKind.STEP for n in data.nodes) == 60
    assert {n.lane for n in data.nodes} == set(ChainLane)
    layout = lay_out(data, estimate)
    assert_clean(layout)
    assert layout.groups[0].group.acute
    assert sum(e.label_rect is not None for e in layout.edges) == sum(bool(e.label) for e in data.edges) > 10
    assert len(layout.nodes) == len(data.nodes) and len(layout.edges) == len(data.edges)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("style", [STYLE, FlowStyle(font_size=9, title_size=10, box_width=120)])
def test_other_generated_chains_are_clean(seed, style):
    assert_clean(lay_out(generated_chain(steps=40, routes=3, seed=seed), estimate, style))


def test_the_layout_is_the_same_every_time():
    assert lay_out(generated_chain(), estimate) == lay_out(generated_chain(), estimate)


# --- awkward shapes --------------------------------------------------------------------------------


def test_a_single_box():
    layout = lay_out(flow([node("a")], []), estimate)
    assert_clean(layout)
    assert len(layout.nodes) == 1 and not layout.edges
    assert layout.groups[0].rect.contains(layout.nodes[0].rect)


def test_a_step_with_four_successors_fans_out():
    lanes = list(ChainLane)
    nodes = [node("a"), *(node(f"b{i}", lanes[i % 4]) for i in range(4)), node("b4", ChainLane.SOCIAAL)]
    layout = lay_out(flow(nodes, [("a", f"b{i}", f"uitkomst {i}") for i in range(5)]), estimate)
    assert_clean(layout)
    targets = [placed(layout, f"b{i}").rect for i in range(5)]
    assert len({r.x for r in targets}) == 1  # one column
    assert placed(layout, "b1").rect.x > placed(layout, "a").rect.right
    # the two in the same lane stack inside it, and the lane grew to hold them
    sociaal = next(lane.rect for lane in layout.lanes if lane.lane is ChainLane.SOCIAAL)
    assert sociaal.height > targets[1].height + targets[4].height


def test_long_organisation_names_wrap_inside_the_box():
    title = "Gecertificeerde instelling voor jeugdbescherming en jeugdreclassering Noord-Nederland"
    word = "Jeugdbeschermingsorganisatieonderdeelsteunpunt"  # longer than a line on its own
    layout = lay_out(flow([node("a", title=title), node("b", title=word)], [("a", "b", None)]), estimate)
    assert_clean(layout)
    for key in ("a", "b"):
        box = placed(layout, key)
        assert len(box.title_lines) > 1
        assert all(estimate(line, STYLE.title_size, True) <= TEXT_WIDTH for line in box.title_lines)
    assert " ".join(placed(layout, "a").title_lines) == title
    assert "".join(placed(layout, "b").title_lines) == word


def test_an_edge_that_skips_columns_goes_around_the_boxes_between():
    same = ChainLane.ZORG
    nodes = [node("a", same), node("b", same), node("c", same), node("d", same)]
    layout = lay_out(flow(nodes, [("a", "b", None), ("b", "c", None), ("c", "d", None),
                                  ("a", "d", "direct door bij acuut gevaar")]), estimate)
    assert_clean(layout)
    skip = next(e for e in layout.edges if e.edge.source == "a" and e.edge.target == "d")
    assert len(skip.points) > 2


def test_many_labels_into_one_column_do_not_collide():
    nodes = [node("a", ChainLane.VOORVELD), *(node(f"b{i}", ChainLane.VOORVELD) for i in range(6))]
    label = "alleen na overleg met de ouders, de school en het wijkteam"
    layout = lay_out(flow(nodes, [("a", f"b{i}", label) for i in range(6)]), estimate)
    assert_clean(layout)
    assert any(len(e.label_lines) > 1 for e in layout.edges)  # wrapped
    assert all(e.label_rect.width <= 3 * STYLE.label_max_width for e in layout.edges)


def test_a_long_label_between_close_lines_grows_wider_instead_of_covering_a_line():
    nodes = [node("a", lines=()), *(node(f"b{i}", lines=()) for i in range(6))]
    label = "een heel lang etiket over wat er gebeurt bij zorgen over de veiligheid van het kind"
    layout = lay_out(flow(nodes, [("a", f"b{i}", label) for i in range(6)]), estimate)
    assert_clean(layout)  # no label on another edge's line
    widths = sorted(e.label_rect.width for e in layout.edges)
    assert widths[0] <= STYLE.label_max_width < widths[-1]


@pytest.mark.parametrize("seed", range(6, 16))
def test_labels_never_cover_another_edge(seed):
    assert_clean(lay_out(generated_chain(steps=60, routes=5, seed=seed), estimate))


def test_wrap_keeps_every_word():
    text = "Bespreking in het casusoverleg met alle partners"
    lines = wrap_text(text, 60, 8, False, estimate)
    assert len(lines) > 1 and " ".join(lines) == text
    assert wrap_text("", 60, 8, False, estimate) == [""]


# --- what the layout refuses, and what the checks catch --------------------------------------------


def test_an_edge_between_two_routes_is_refused():
    groups = (FlowGroup("g", "Een", False), FlowGroup("h", "Twee", True))
    data = flow([node("a"), node("b", group="h")], [("a", "b", None)], groups)
    with pytest.raises(ValueError, match="joins two groups"):
        lay_out(data, estimate)


def test_a_cycle_and_an_unknown_node_are_refused():
    with pytest.raises(ValueError, match="cycle"):
        lay_out(flow([node("a"), node("b")], [("a", "b", None), ("b", "a", None)]), estimate)
    with pytest.raises(ValueError, match="unknown node"):
        lay_out(flow([node("a")], [("a", "x", None)]), estimate)


def test_the_checks_find_an_overlap_and_a_box_outside_its_lane():
    layout = lay_out(flow([node("a"), node("b")], [("a", "b", "ja")]), estimate)
    a, b = layout.nodes
    moved = dataclasses.replace(b, rect=a.rect)
    broken = dataclasses.replace(layout, nodes=(a, moved))
    found = problems(broken)
    assert any("overlap" in p for p in found)
    wrong_lane = dataclasses.replace(a, node=dataclasses.replace(a.node, lane=ChainLane.VEILIGHEID))
    assert any("outside its lane" in p for p in problems(dataclasses.replace(layout, nodes=(wrong_lane, b))))


# --- routes wrapped into rows (paper) --------------------------------------------------------------


def rows_of(layout) -> list[list[str]]:
    """The groups' keys per row, top to bottom."""
    rows: dict[float, list[str]] = {}
    for group in layout.groups:
        rows.setdefault(group.rect.y, []).append(group.group.key)
    return [rows[y] for y in sorted(rows)]


def test_routes_wrap_into_rows_each_with_its_own_lanes():
    data = generated_chain(steps=24, routes=4, seed=3)
    wide = lay_out(data, estimate)
    assert len(rows_of(wide)) == 1
    limit = max(g.rect.width for g in wide.groups) * 2 + STYLE.lane_label_width + 60
    layout = lay_out(data, estimate, dataclasses.replace(STYLE, max_row_width=limit))
    assert_clean(layout)
    rows = rows_of(layout)
    assert 1 < len(rows) < 4
    assert [key for row in rows for key in row] == [g.group.key for g in wide.groups]  # acute first, in order
    assert layout.width <= limit
    assert len(layout.lanes) == 4 * len(rows)
    assert [lane.lane for lane in layout.lanes] == list(ChainLane) * len(rows)
    assert layout.width < wide.width and layout.height > wide.height
    tops = sorted({g.rect.y for g in layout.groups})
    bottoms = sorted({g.rect.bottom for g in layout.groups})
    assert all(bottom + STYLE.row_gap <= top + 1e-6 for bottom, top in zip(bottoms, tops[1:], strict=False))


def test_a_group_wider_than_a_row_stands_alone():
    groups = (FlowGroup("a", "Lang", True), FlowGroup("b", "Kort", False), FlowGroup("c", "Ook kort", False))
    nodes = [node(f"a{i}", group="a") for i in range(6)] + [node("b0", group="b"), node("c0", group="c")]
    edges = [(f"a{i}", f"a{i + 1}", None) for i in range(5)]
    layout = lay_out(flow(nodes, edges, groups), estimate, dataclasses.replace(STYLE, max_row_width=600))
    assert_clean(layout)
    assert rows_of(layout) == [["a"], ["b", "c"]]
    assert layout.groups[0].rect.width > 600


def test_the_generated_sixty_step_chain_wrapped_is_clean():
    data = generated_chain()
    layout = lay_out(data, estimate, dataclasses.replace(STYLE, max_row_width=1800))
    assert_clean(layout)
    assert len(rows_of(layout)) >= 2
    assert len(layout.nodes) == len(data.nodes) and len(layout.edges) == len(data.edges)
    assert sum(e.label_rect is not None for e in layout.edges) == sum(bool(e.label) for e in data.edges)


def test_the_compact_flow_says_organisation_and_term_only(ctx):
    kit = build_chain(ctx)
    data = flow_of(chain.chain_view(ctx, kit.version_id), compact=True)
    receive = next(n for n in data.nodes if n.key == f"s{kit.steps['receive']}")
    assert (receive.title, receive.lines) == ("Gemeente Wadmeer-Noord", ("binnen 1 werkdag",))
    call = next(n for n in data.nodes if n.key == f"s{kit.steps['call']}")
    assert call.lines == ("direct",)
    starts = [(n.title, n.lines) for n in data.nodes if n.kind is NodeKind.START]
    assert starts == [("Zorgen over radicalisering", ()), ("Acute dreiging", ())]
    assert_clean(lay_out(data, estimate, dataclasses.replace(STYLE, max_row_width=500)))
