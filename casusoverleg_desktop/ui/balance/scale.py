"""The balance drawn as a pair of scales, tilted by the chair's recorded priority and nothing else.

Veiligheid voorop lowers the safety pan, zorg voorop the care pan, in balans keeps the beam level.
Without a recorded priority the beam is drawn level, grey and dashed, with a line saying that no
priority has been chosen: the counts per side never move it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from casusoverleg_desktop.domain.balance import BalanceSide, Priority

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.theme import Palette

SIDE_COLORS = {
    BalanceSide.VEILIGHEID: QColor(Palette.SAFETY),
    BalanceSide.ZORG_ONTWIKKELING: QColor(Palette.CARE),
    BalanceSide.WAT_GAAT_GOED: QColor(Palette.GOING_WELL),
}
_TILT_DEGREES = {Priority.VEILIGHEID_VOOROP: -9.0, Priority.ZORG_VOOROP: 9.0, Priority.IN_BALANS: 0.0}
_INK = QColor(Palette.INK)
_MUTED = QColor(Palette.SCALE_MUTED)


class BalanceScaleWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._priority: Priority | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(220, 140)
        self.setAccessibleName(self.tr("Weegschaal: prioriteit gekozen door de voorzitter"))

    def priority(self) -> Priority | None:
        return self._priority

    def set_priority(self, priority: Priority | None) -> None:
        self._priority = priority
        self.setAccessibleDescription(self.caption())
        self.update()

    def caption(self) -> str:
        if self._priority is None:
            return self.tr("Nog geen prioriteit gekozen: de voorzitter kiest, de app niet")
        return self.tr("Keuze voorzitter: {}").format(label(self._priority))

    def tilt_degrees(self) -> float:
        return 0.0 if self._priority is None else _TILT_DEGREES[self._priority]

    def sizeHint(self) -> QSize:  # Qt API
        return QSize(380, 240)

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        caption_height = max(28, int(height * 0.18))
        drawing = QRectF(0, 0, width, height - caption_height)
        chosen = self._priority is not None
        ink = _INK if chosen else _MUTED

        # Room from top to bottom: beam, its tilt, strings, pan, and the side label under the pan.
        label_room, pan_depth, min_drop = 26.0, 24.0, 14.0
        sine = math.sin(math.radians(max(abs(t) for t in _TILT_DEGREES.values())))
        room_for_tilt = max(4.0, (drawing.height() - 12 - pan_depth - label_room - min_drop) / 2)
        half = min(drawing.width() * 0.34, 200.0, room_for_tilt / sine)
        max_dy = half * sine
        free = drawing.height() - 2 * max_dy - 12 - pan_depth - label_room
        pan_drop = min(max(min_drop, free), max(min_drop, half * 0.7))
        top = drawing.top() + max(0.0, (free - pan_drop) / 2)  # centred when there is room to spare
        pivot = QPointF(drawing.center().x(), top + max_dy + 12)
        base_y = min(drawing.bottom() - 6, pivot.y() + max_dy + pan_drop + pan_depth)
        angle = math.radians(self.tilt_degrees())
        dx, dy = half * math.cos(angle), half * math.sin(angle)
        left_end, right_end = QPointF(pivot.x() - dx, pivot.y() - dy), QPointF(pivot.x() + dx, pivot.y() + dy)

        # Stand and foot.
        painter.setPen(QPen(ink, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(pivot, QPointF(pivot.x(), base_y))
        painter.drawLine(QPointF(pivot.x() - half * 0.18, base_y), QPointF(pivot.x() + half * 0.18, base_y))
        painter.setBrush(ink)
        painter.drawPolygon(QPolygonF([pivot + QPointF(0, -9), pivot + QPointF(-9, 7),
                                       pivot + QPointF(9, 7)]))

        # Beam: solid in the chair's colour, dashed grey while nothing is chosen.
        beam_pen = QPen(ink, 6 if chosen else 4, Qt.PenStyle.SolidLine if chosen else Qt.PenStyle.DashLine,
                        Qt.PenCapStyle.RoundCap)
        painter.setPen(beam_pen)
        painter.drawLine(left_end, right_end)

        for end, side in ((left_end, BalanceSide.VEILIGHEID), (right_end, BalanceSide.ZORG_ONTWIKKELING)):
            self._pan(painter, end, pan_drop, half * 0.62, side, chosen, label_width=half * 1.9)

        painter.setPen(_INK if chosen else _MUTED)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 1.25, 11))
        font.setBold(chosen)
        caption = self.caption()
        while QFontMetricsF(font).horizontalAdvance(caption) > width - 8 and font.pointSizeF() > 7:
            font.setPointSizeF(font.pointSizeF() - 0.5)  # the whole choice stays readable, never cut off
        painter.setFont(font)
        painter.drawText(QRectF(0, height - caption_height, width, caption_height),
                         Qt.AlignmentFlag.AlignCenter, caption)
        painter.end()

    def _pan(self, painter: QPainter, hook: QPointF, drop: float, width: float, side: BalanceSide,
             chosen: bool, label_width: float) -> None:
        color = SIDE_COLORS[side] if chosen else _MUTED
        bottom = QPointF(hook.x(), hook.y() + drop)
        painter.setPen(QPen(color, 2))
        painter.drawLine(hook, QPointF(bottom.x() - width / 2, bottom.y()))
        painter.drawLine(hook, QPointF(bottom.x() + width / 2, bottom.y()))
        pan = QRectF(bottom.x() - width / 2, bottom.y() - 4, width, 30)
        painter.setBrush(color.lighter(175) if chosen else QColor(Palette.SCALE_PAN))
        painter.setPen(QPen(color, 3))
        painter.drawChord(QRectF(pan.left(), pan.top() - 18, pan.width(), 44), 180 * 16, 180 * 16)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 1.05, 10))
        painter.setFont(font)
        painter.setPen(color.darker(130) if chosen else _MUTED)
        text = label(side)
        metrics = painter.fontMetrics()
        if metrics.horizontalAdvance(text) > label_width:
            text = self.tr("Zorg") if side is BalanceSide.ZORG_ONTWIKKELING else text
        text_width = metrics.horizontalAdvance(text) + 8
        room = QRectF(pan.center().x() - text_width / 2, pan.top() + 24, text_width, 22)
        room.moveLeft(min(max(room.left(), 2.0), self.width() - room.width() - 2))  # stay on the widget
        painter.drawText(room, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, text)
