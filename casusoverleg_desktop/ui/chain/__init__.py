"""The chain on screen.

- ``FlowchartView``: the flowchart of a version of the chain (or one route), zoomable;
- ``paint_flow(painter, layout, colours)`` / ``FlowColours`` / ``qt_measure(font, device)``: the same
  drawing on any QPainter (PNG, SVG), measured as it will be drawn.
"""

from casusoverleg_desktop.ui.chain.flowchart_view import (
           SCREEN_STYLE,
           FlowchartView,
           FlowColours,
           flow_font,
           paint_flow,
           paint_lane_names,
           qt_measure,
)

__all__ = ["SCREEN_STYLE", "FlowColours", "FlowchartView", "flow_font", "paint_flow", "paint_lane_names",
           "qt_measure"]
