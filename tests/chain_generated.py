"""A generated chain of 60 steps for the flowchart's layout tests and the ``chain_layout_ms`` benchmark.

Six routes (the first acute) over all four lanes, with branches, joins, edges that skip columns, long
labels and long organisation names; built as a ``FlowInput`` directly, no vault needed. Deterministic.
"""

from __future__ import annotations

import random

from casusoverleg_desktop.domain.enums import ChainLane
from casusoverleg_desktop.domain.flowchart import FlowEdge, FlowGroup, FlowInput, FlowNode, NodeKind

ORGANISATIONS = (
    "Meldpunt radicalisering gemeente", "Zorg- en Veiligheidshuis Wadmeer", "Politie eenheid Noord-Nederland",
    "Veilig Thuis Friesland", "GGZ Wadmeer", "Wijkteam Oost", "Ludgercollege", "Jongerenwerk Wadmeer",
    "Landelijk Steunpunt Extremisme", "Openbaar Ministerie arrondissement Noord-Nederland",
    "Reclassering Nederland", "Gecertificeerde instelling jeugdbescherming",
)
ACTIONS = (
    "Neemt de melding aan", "Weegt de melding in de weegploeg", "Bespreekt in het casusoverleg",
    "Adviseert de melder", "Start een onderzoek", "Zet zorg in", "Volgt op en monitort",
    "Informeert de betrokkene", "Draagt warm over aan reguliere zorg",
)
LABELS = (
    "bij zorgen", "geen zorgen over radicalisering, wel over de thuissituatie", "acuut gevaar",
    "na overleg met de ouders en de school", "ja", "nee", "bij twijfel: advies vragen",
)


def generated_chain(steps: int = 60, routes: int = 6, seed: int = 17) -> FlowInput:
    rng = random.Random(seed)
    lanes = tuple(ChainLane)
    groups, nodes, edges = [], [], []
    sizes = [steps // routes + (1 if r < steps % routes else 0) for r in range(routes)]
    number = 0
    for route, size in enumerate(sizes):
        acute = route == 0
        group = f"g{route}"
        groups.append(FlowGroup(group, "Acute dreiging" if acute else f"Route {route + 1}: zorgen over "
                                f"{rng.choice(['radicalisering', 'een minderjarige', 'huiselijk geweld'])}",
                                acute))
        start = f"{group}:start"
        nodes.append(FlowNode(start, group, ChainLane.VOORVELD, NodeKind.START, groups[-1].title,
                              ("U maakt zich zorgen over iemand in uw omgeving.",), acute))
        keys: list[str] = []
        for index in range(size):
            number += 1
            key = f"{group}:s{index}"
            lines = [rng.choice(ACTIONS), f"binnen {rng.randint(1, 20)} werkdagen"]
            if rng.random() < 0.3:
                lines.append("Melder hoort binnen 5 werkdagen: ontvangst bevestigd en wie het oppakt")
            nodes.append(FlowNode(key, group, lanes[(index + route) % len(lanes)], NodeKind.STEP,
                                  rng.choice(ORGANISATIONS), tuple(lines), acute))
            if index == 0:
                edges.append(FlowEdge(start, key, None, acute))
            else:
                # a tree with some joins: each step follows one earlier step, some two
                parent = keys[max(0, index - rng.randint(1, 3))]
                edges.append(FlowEdge(parent, key, rng.choice(LABELS) if rng.random() < 0.5 else None, acute))
                if index > 3 and rng.random() < 0.25:
                    other = keys[rng.randrange(0, index - 1)]
                    if other != parent:
                        edges.append(FlowEdge(other, key, None, acute))
            keys.append(key)
    return FlowInput(tuple(groups), tuple(nodes), tuple(edges))


def estimate(text: str, size: float, bold: bool) -> float:
    """A proportional estimate of a text's width in pt (Noto Sans averages about 0.55 em)."""
    return len(text) * size * (0.6 if bold else 0.55)
