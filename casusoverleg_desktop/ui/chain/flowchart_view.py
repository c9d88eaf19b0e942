"""The chain's flowchart on screen: laid out by ``domain.flowchart``, painted by hand, zoomable.

``paint_flow(painter, layout, colours)`` draws a layout in the painter's user space, one unit a point,
so the same drawing serves the screen, PNG and SVG; ``qt_measure(font, device)`` measures text for
``lay_out`` the way ``paint_flow`` will draw it on that device.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from casusoverleg_desktop.domain.flowchart import (
    FlowInput,
    FlowLayout,
    FlowStyle,
    Measure,
    NodeKind,
    PlacedEdge,
    PlacedNode,
    Rect,
    lay_out,
)
from casusoverleg_desktop.services.chain import ChainView
from casusoverleg_desktop.services.chain_chart import flow_of

from casusoverleg_desktop.ui.theme import Palette

__all__ = ["SCREEN_STYLE", "FlowColours", "FlowchartView", "flow_font", "paint_flow", "paint_lane_names",
           "qt_measure"]

_Fonts = dict[tuple[float, bool], QFont]

SCREEN_STYLE = FlowStyle(font_size=8.5, title_size=9.0, group_title_size=10.5, box_width=165.0,
                         label_max_width=110.0)
"""On screen a little larger than on paper: readable at 100 % on a laptop."""

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 4.0


@dataclass(frozen=True)
class FlowColours:
    background: str
    lane_fills: tuple[str, str]
    lane_header: str
    lane_line: str
    lane_text: str
    group_line: str
    group_title: str
    box_fill: str
    box_line: str
    start_fill: str
    start_line: str
    text: str
    title_text: str
    edge: str
    acute: str
    acute_fill: str
    acute_text: str
    label_fill: str
    label_text: str

    @classmethod
    def from_palette(cls) -> FlowColours:
        """The theme's colours; acute routes in its danger red."""
        return cls(background=Palette.SURFACE, lane_fills=(Palette.SURFACE, Palette.BACKGROUND),
                   lane_header=Palette.HOVER, lane_line=Palette.BORDER, lane_text=Palette.ACCENT,
                   group_line=Palette.BORDER_STRONG, group_title=Palette.ACCENT, box_fill=Palette.SURFACE,
                   box_line=Palette.ACCENT, start_fill=Palette.NOTE_BG, start_line=Palette.ACCENT,
                   text=Palette.INK, title_text=Palette.INK_STRONG, edge=Palette.SECONDARY,
                   acute=Palette.ERROR, acute_fill=Palette.ERROR_BG, acute_text=Palette.ERROR_INK,
                   label_fill=Palette.SURFACE, label_text=Palette.SECONDARY)


def flow_font(base: QFont, size: float, bold: bool, dpi: float) -> QFont:
    """``base`` at ``size`` user-space units on a device of ``dpi`` (a unit is a point)."""
    font = QFont(base)
    font.setPointSizeF(size * 72.0 / dpi)
    font.setBold(bold)
    font.setItalic(False)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # widths scale with the zoom
    return font


def qt_measure(base: QFont, device: QPaintDevice) -> Measure:
    dpi = float(device.logicalDpiY())
    metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    def measure(text: str, size: float, bold: bool) -> float:
        key = (size, bold)
        if key not in metrics:
            metrics[key] = QFontMetricsF(flow_font(base, size, bold, dpi), device)
        return metrics[key].horizontalAdvance(text)

    return measure


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def paint_flow(painter: QPainter, layout: FlowLayout, colours: FlowColours) -> None:
    """Draw ``layout`` in the painter's user space (one unit a point)."""
    style = layout.style
    fonts = _fonts(painter, style)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor(colours.background))
    _lanes(painter, layout, colours, fonts)
    _groups(painter, layout, colours, fonts)
    for edge in layout.edges:
        _edge(painter, edge, colours)
    for edge in layout.edges:
        if edge.label_rect is not None:
            _label(painter, edge, style, colours, fonts[(style.font_size, False)])
    for node in layout.nodes:
        _node(painter, node, style, colours, fonts)
    painter.restore()


def _fonts(painter: QPainter, style: FlowStyle) -> _Fonts:
    base = QFont(painter.font())
    dpi = float(painter.device().logicalDpiY())
    sizes = (style.font_size, style.title_size, style.group_title_size)
    return {(size, bold): flow_font(base, size, bold, dpi) for size in sizes for bold in (False, True)}


def _text_lines(painter: QPainter, lines: tuple[str, ...], x: float, y: float, width: float,
                line_height: float, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
    for line in lines:
        painter.drawText(QRectF(x, y, width, line_height), align | Qt.AlignmentFlag.AlignVCenter, line)
        y += line_height
    return y


def _lanes(painter: QPainter, layout: FlowLayout, colours: FlowColours, fonts: _Fonts) -> None:
    for index, lane in enumerate(layout.lanes):
        rect = _qrect(lane.rect)
        painter.fillRect(rect, QColor(colours.lane_fills[index % 2]))
        painter.setPen(QPen(QColor(colours.lane_line), 1.0))
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
    paint_lane_names(painter, layout, colours, layout.lanes[0].rect.x if layout.lanes else 0.0, fonts)


def paint_lane_names(painter: QPainter, layout: FlowLayout, colours: FlowColours, x: float,
                     fonts: _Fonts) -> None:
    """The lanes' names in a column at ``x`` (on screen it stays put while the chart scrolls)."""
    style = layout.style
    for lane in layout.lanes:
        rect = QRectF(x, lane.rect.y, style.lane_label_width, lane.rect.height)
        painter.fillRect(rect, QColor(colours.lane_header))
        painter.setPen(QPen(QColor(colours.lane_line), 1.0))
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setPen(QColor(colours.lane_text))
        painter.setFont(fonts[(style.title_size, True)])
        line_height = style.line_height(style.title_size)
        top = rect.y() + (rect.height() - len(lane.title_lines) * line_height) / 2
        _text_lines(painter, lane.title_lines, rect.x() + style.padding, top,
                    style.lane_label_width - 2 * style.padding, line_height)
    if layout.lanes:
        painter.setPen(QPen(QColor(colours.group_line), 1.0))
        edge = x + style.lane_label_width
        painter.drawLine(QPointF(edge, layout.lanes[0].rect.y), QPointF(edge, layout.lanes[-1].rect.bottom))


def _groups(painter: QPainter, layout: FlowLayout, colours: FlowColours, fonts: _Fonts) -> None:
    style = layout.style
    for group in layout.groups:
        acute = group.group.acute
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(colours.acute if acute else colours.group_line), 2.0 if acute else 1.0,
                            Qt.PenStyle.SolidLine if acute else Qt.PenStyle.DashLine))
        painter.drawRoundedRect(_qrect(group.rect), 6, 6)
        painter.setPen(QColor(colours.acute if acute else colours.group_title))
        painter.setFont(fonts[(style.group_title_size, True)])
        title = group.title_rect
        _text_lines(painter, group.title_lines, title.x + style.padding, title.y,
                    title.width - 2 * style.padding, style.line_height(style.group_title_size))


def _edge(painter: QPainter, edge: PlacedEdge, colours: FlowColours) -> None:
    acute = edge.edge.acute
    colour = QColor(colours.acute if acute else colours.edge)
    width = 2.2 if acute else 1.2
    painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap,
                        Qt.PenJoinStyle.MiterJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(*edge.points[0]))
    head = 5.0 + width
    *body, end = edge.points
    for point in body[1:]:
        path.lineTo(QPointF(*point))
    path.lineTo(QPointF(end[0] - head + 1, end[1]))  # the line stops inside the arrowhead
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    x, y = end
    painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x - head, y - head * 0.55),
                                   QPointF(x - head, y + head * 0.55)]))


def _label(painter: QPainter, edge: PlacedEdge, style: FlowStyle, colours: FlowColours, font: QFont) -> None:
    assert edge.label_rect is not None
    rect = _qrect(edge.label_rect)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.label_fill))
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(QColor(colours.acute_text if edge.edge.acute else colours.label_text))
    painter.setFont(font)
    _text_lines(painter, edge.label_lines, rect.x() + style.label_padding, rect.y() + style.label_padding,
                rect.width() - 2 * style.label_padding + 2, style.line_height(style.font_size))


def _node(painter: QPainter, placed: PlacedNode, style: FlowStyle, colours: FlowColours,
          fonts: _Fonts) -> None:
    node, rect = placed.node, _qrect(placed.rect)
    start = node.kind is NodeKind.START
    if node.acute:
        fill, line = colours.acute_fill, colours.acute
    elif start:
        fill, line = colours.start_fill, colours.start_line
    else:
        fill, line = colours.box_fill, colours.box_line
    painter.setPen(QPen(QColor(line), 2.2 if node.acute else 1.2))
    painter.setBrush(QColor(fill))
    radius = min(rect.height() / 2, 14.0) if start else 4.0
    painter.drawRoundedRect(rect, radius, radius)
    inner = rect.adjusted(style.padding, style.padding, -style.padding + 2, 0)  # +2: room for rounding
    painter.setPen(QColor(colours.acute_text if node.acute else colours.title_text))
    painter.setFont(fonts[(style.title_size, True)])
    y = _text_lines(painter, placed.title_lines, inner.x(), inner.y(), inner.width(),
                    style.line_height(style.title_size))
    painter.setPen(QColor(colours.text))
    painter.setFont(fonts[(style.font_size, False)])
    _text_lines(painter, placed.lines, inner.x(), y + style.padding / 2, inner.width(),
                style.line_height(style.font_size))


class _Canvas(QWidget):
    def __init__(self, view: FlowchartView) -> None:
        super().__init__()
        self._view = view

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        layout = self._view.flow_layout
        if layout is None or layout.is_empty:
            painter.fillRect(self.rect(), QColor(Palette.SURFACE))
            painter.setPen(QColor(Palette.SUBDUED))
            painter.drawText(QRectF(self.rect()).adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._view.empty_text())
        else:
            painter.fillRect(self.rect(), QColor(Palette.SURFACE))
            scale = self._view.scale()
            painter.scale(scale, scale)
            colours = FlowColours.from_palette()
            paint_flow(painter, layout, colours)
            scrolled = self._view.horizontalScrollBar().value() / scale
            if scrolled > layout.lanes[0].rect.x:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                paint_lane_names(painter, layout, colours, scrolled, _fonts(painter, layout.style))
        painter.end()


class FlowchartView(QScrollArea):
    """The flowchart of one version of the chain (or one route), with zoom.

    Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0 zoom; the arrow and page keys scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowchart_view")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Stroomschema van de keten"))
        self._chain: ChainView | None = None
        self._flow: FlowInput | None = None
        self._layout: FlowLayout | None = None
        self._zoom = 1.0
        self._canvas = _Canvas(self)
        self.setWidget(self._canvas)
        self.horizontalScrollBar().valueChanged.connect(self._canvas.update)  # the lane names stay put
        self._refresh()

    # -- content ----------------------------------------------------------------------------------
    def set_chain(self, view: ChainView | None, route_id: int | None = None) -> None:
        self._chain = view
        self.set_flow(None if view is None else flow_of(view, route_id))

    def set_flow(self, flow: FlowInput | None) -> None:
        """Draw ``flow`` as it is (``set_chain`` makes it from a version of the chain)."""
        self._flow = flow
        self._relayout()

    @property
    def flow_layout(self) -> FlowLayout | None:
        return self._layout

    def empty_text(self) -> str:
        if self._chain is None and self._flow is None:
            return self.tr("Kies een gemeente en een versie van de keten om het stroomschema te zien.")
        return self.tr("Deze versie van de keten heeft nog geen routes. Voeg een route met stappen toe; "
                       "het stroomschema tekent zichzelf.")

    def describe(self) -> str:
        """The flowchart as text, route by route (screen readers)."""
        layout = self._layout
        if layout is None or layout.is_empty:
            return self.empty_text()
        parts = []
        for group in layout.groups:
            nodes = sorted((n for n in layout.nodes if n.node.group == group.group.key),
                           key=lambda n: (n.rect.x, n.rect.y))
            steps = [f"{n.node.title}: {', '.join(n.node.lines)}" if n.node.lines else n.node.title
                     for n in nodes if n.node.kind is NodeKind.STEP]
            kind = self.tr("acute route") if group.group.acute else self.tr("route")
            parts.append(f"{kind} {group.group.title}: " + "; ".join(steps))
        return ". ".join(parts)

    def _relayout(self) -> None:
        if self._flow is None or not self._flow.nodes:
            self._layout = None
        else:
            self._layout = lay_out(self._flow, qt_measure(self.font(), self), SCREEN_STYLE)
        self.setAccessibleDescription(self.describe())
        self._refresh()

    # -- zoom -------------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def scale(self) -> float:
        """Device pixels per layout point at the current zoom."""
        return self._zoom * self.logicalDpiY() / 72.0

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom so that the point of the chart at ``anchor`` (in the viewport; its centre when None)
        stays where it is."""
        at = QPointF(self.viewport().rect().center()) if anchor is None else anchor
        bars = (self.horizontalScrollBar(), self.verticalScrollBar())
        before = self.scale()
        point = (bars[0].value() + at.x()) / before, (bars[1].value() + at.y()) / before
        self._zoom = min(ZOOM_MAX, max(ZOOM_MIN, zoom))
        self._refresh()
        after = self.scale()
        bars[0].setValue(round(point[0] * after - at.x()))
        bars[1].setValue(round(point[1] * after - at.y()))

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self, minimum: float = ZOOM_MIN) -> None:
        """The whole chart in the visible area (never larger than 100 %, nor smaller than ``minimum``:
        a big chart stays readable and scrolls)."""
        if self._layout is None:
            return
        room = self.viewport().size()
        unit = self.logicalDpiY() / 72.0
        fit = min((room.width() - 4) / (self._layout.width * unit),
                  (room.height() - 4) / (self._layout.height * unit))
        self.set_zoom(max(minimum, min(1.0, fit)))

    def _refresh(self) -> None:
        layout = self._layout
        if layout is None or layout.is_empty:
            self.setWidgetResizable(True)
            self._canvas.setMinimumSize(0, 0)
        else:
            self.setWidgetResizable(False)
            size = QSize(round(layout.width * self.scale()), round(layout.height * self.scale()))
            self._canvas.setMinimumSize(size)
            self._canvas.resize(size.expandedTo(self.viewport().size()))  # no grey beside a small chart
        self._canvas.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._layout is not None:
            self._refresh()

    # -- input ------------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.set_zoom(self._zoom * (ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (control and event.key() == Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif control and event.key() == Qt.Key.Key_0:
            self.zoom_reset()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._flow is not None:
            self._relayout()
