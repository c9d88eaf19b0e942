"""The chain as the flowchart's input: per route a start box (the worry) and a box per step, in plain
Dutch a front-line worker reads in a glance."""

from __future__ import annotations

from casusoverleg_desktop.domain.enums import ChainLane
from casusoverleg_desktop.domain.flowchart import FlowEdge, FlowGroup, FlowInput, FlowNode, NodeKind
from casusoverleg_desktop.domain.workdays import within_working_days
from casusoverleg_desktop.services.chain import ChainView, RouteInfo, StepInfo

__all__ = ["flow_of", "step_lines"]


def step_lines(step: StepInfo) -> tuple[str, ...]:
    lines = [step.action, within_working_days(step.within_days)]
    if step.promise and step.promise_days is not None:
        lines.append(f"Melder hoort {within_working_days(step.promise_days)}: {step.promise}")
    return tuple(lines)


def flow_of(view: ChainView, route_id: int | None = None, compact: bool = False) -> FlowInput:
    """The whole version, or only the route ``route_id``. ``compact`` (for paper, where text blocks
    say what happens): a step's box holds its organisation and its term only, a start box the route's
    name only."""
    routes = view.routes if route_id is None else (view.route(route_id),)
    groups: list[FlowGroup] = []
    nodes: list[FlowNode] = []
    edges: list[FlowEdge] = []
    for route in routes:
        group, start = f"r{route.id}", f"r{route.id}:start"
        groups.append(FlowGroup(group, route.name, route.is_acute))
        worry = (route.worry,) if route.worry and not compact else ()
        nodes.append(FlowNode(start, group, ChainLane.VOORVELD, NodeKind.START, route.name, worry,
                              route.is_acute))
        nodes.extend(FlowNode(_key(step), group, step.member.lane, NodeKind.STEP, step.member.name,
                              (within_working_days(step.within_days),) if compact else step_lines(step),
                              route.is_acute)
                     for step in route.steps)
        edges.extend(FlowEdge(start, _key(step), None, route.is_acute) for step in route.entry_steps)
        edges.extend(_links(route))
    return FlowInput(tuple(groups), tuple(nodes), tuple(edges))


def _key(step: StepInfo) -> str:
    return f"s{step.id}"


def _links(route: RouteInfo) -> list[FlowEdge]:
    return [FlowEdge(f"s{link.from_step_id}", f"s{link.to_step_id}", link.label, route.is_acute)
            for link in route.links]
