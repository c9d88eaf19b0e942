"""Child process of the benchmark: the chain's flowchart, offscreen (``chain_layout_ms``).

``chain_probe.py REPEATS`` lays out the generated 60-step chain in a shown ``FlowchartView`` and paints
it for the first time, REPEATS times after one warm-up; prints one JSON line with the times in s:
``first`` (layout + the first paint of what the window shows), ``layout`` (layout alone) and ``all``
(layout + painting the whole chart, as an export would).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: chain_generated


def main(repeats: int) -> None:
    from chain_generated import generated_chain

    from PySide6.QtWidgets import QApplication

    from casusoverleg_desktop.domain.flowchart import lay_out

    from casusoverleg_desktop.ui.chain import SCREEN_STYLE, FlowchartView, qt_measure
    from casusoverleg_desktop.ui.theme import apply_theme

    app = QApplication([])
    apply_theme(app)
    flow = generated_chain()
    times: dict[str, list[float]] = {"first": [], "layout": [], "all": []}
    for run in range(repeats + 1):
        view = FlowchartView()
        view.resize(1180, 700)
        view.show()
        app.processEvents()
        started = time.perf_counter()
        view.set_flow(flow)
        view.grab()
        first = time.perf_counter() - started
        started = time.perf_counter()
        lay_out(flow, qt_measure(view.font(), view), SCREEN_STYLE)
        layout = time.perf_counter() - started
        view.set_flow(None)
        started = time.perf_counter()
        view.set_flow(flow)
        view.widget().grab()
        whole = time.perf_counter() - started
        if run:  # the first run warms Qt's font and glyph caches
            times["first"].append(first)
            times["layout"].append(layout)
            times["all"].append(whole)
        view.deleteLater()
        app.processEvents()
    print(json.dumps({**times, "nodes": len(flow.nodes), "edges": len(flow.edges)}), flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
