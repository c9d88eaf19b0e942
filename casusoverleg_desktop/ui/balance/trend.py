"""The scale question over time: one line per partner and a thick consensus line, painted by hand.

Partners are told apart by colour *and* marker shape (readable for people who do not see colour
well, and on a washed-out projector). Under each meeting the chair's priority of that version is
written out; the chart draws what was recorded and computes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from casusoverleg_desktop.domain.balance import SCALE_ANCHORS, SCALE_MAX, SCALE_MIN
from casusoverleg_desktop.services.balance_compare import RatingTrend, TrendSeries

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.theme import Palette

MARKERS = ("circle", "square", "triangle", "diamond", "triangle_down", "cross", "plus", "star")
_CONSENSUS = QColor(Palette.INK)
_GRID = QColor(Palette.CARD_BORDER)


class RatingTrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trend: RatingTrend | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 260)
        self.setAccessibleName(self.tr("Verloop van de schaalvraag per partner"))

    def set_trend(self, trend: RatingTrend | None) -> None:
        self._trend = trend
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart as text (screen readers, tooltips)."""
        trend = self._trend
        if trend is None or trend.is_empty:
            return self.tr("Nog geen balans vastgelegd.")
        lines = []
        for series in (*trend.partners, trend.consensus):
            values = " → ".join("—" if s is None else str(s) for s in series.scores)
            lines.append(f"{series.name}: {values}")
        return "; ".join(lines)

    def sizeHint(self) -> QSize:
        return QSize(720, 380)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(Palette.SURFACE))
        trend = self._trend
        base = QFont(self.font())
        if trend is None or trend.is_empty:
            painter.setPen(QColor(Palette.SUBDUED))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Nog geen balans vastgelegd: er is nog geen verloop."))
            painter.end()
            return
        metrics = QFontMetricsF(base)
        legend_width = min(220.0, max(140.0, self.width() * 0.24))
        plot = QRectF(metrics.horizontalAdvance("10") + 22, 16,
                      self.width() - legend_width - metrics.horizontalAdvance("10") - 46,
                      self.height() - 16 - metrics.height() * 3.2)
        self._axes(painter, plot, trend, metrics)
        all_series = [(s, QColor(Palette.SERIES[i % len(Palette.SERIES)]), MARKERS[i % len(MARKERS)], 2.5)
                      for i, s in enumerate(trend.partners)]
        all_series.append((trend.consensus, _CONSENSUS, "consensus", 5.0))
        partners = len(trend.partners)
        for index, (series, color, marker, width) in enumerate(all_series):
            # A small horizontal offset keeps equal scores of different partners visible side by side.
            offset = 0.0 if series.partner_id is None else (index - (partners - 1) / 2) * 11.0
            self._series(painter, plot, trend, series, color, marker, width, offset)
        self._legend(painter, QRectF(plot.right() + 24, plot.top(), legend_width, plot.height()), all_series,
                     metrics)
        painter.end()

    @staticmethod
    def _x(plot: QRectF, index: int, count: int) -> float:
        if count == 1:
            return plot.center().x()
        margin = plot.width() * 0.08
        return plot.left() + margin + (plot.width() - 2 * margin) * index / (count - 1)

    @staticmethod
    def _y(plot: QRectF, score: float) -> float:
        return plot.bottom() - (score - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * plot.height()

    def _axes(self, painter: QPainter, plot: QRectF, trend: RatingTrend, metrics: QFontMetricsF) -> None:
        for score in range(SCALE_MIN, SCALE_MAX + 1):
            y = self._y(plot, score)
            painter.setPen(QPen(_GRID, 1.5 if score in (SCALE_MIN, 5, SCALE_MAX) else 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(Palette.SECONDARY))
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 8, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(score))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        small.setItalic(True)
        painter.setFont(small)
        painter.setPen(QColor(Palette.SUBDUED))
        anchors = ((SCALE_MAX, Qt.AlignmentFlag.AlignTop), (SCALE_MIN, Qt.AlignmentFlag.AlignBottom))
        for score, flags in anchors:
            y = self._y(plot, score)
            box = QRectF(plot.left() + 6, y + 2 if score == SCALE_MAX else y - metrics.height() - 2,
                         plot.width() - 12, metrics.height())
            painter.drawText(box, flags | Qt.AlignmentFlag.AlignLeft, f"{score} = {SCALE_ANCHORS[score]}")
        painter.setFont(self.font())
        count = len(trend.dates)
        bold = QFont(painter.font())
        bold.setBold(True)
        for index, (day, version, priority) in enumerate(zip(trend.dates, trend.versions, trend.priorities,
                                                              strict=True)):
            x = self._x(plot, index, count)
            painter.setPen(QPen(_GRID, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QColor(Palette.INK))
            painter.setFont(bold)
            row = QRectF(x - 110, plot.bottom() + 6, 220, metrics.height() * 1.2)
            painter.drawText(row, Qt.AlignmentFlag.AlignCenter,
                             self.tr("v{} · {}").format(version, day.strftime("%d-%m-%Y")))
            painter.setFont(self.font())
            painter.setPen(QColor(Palette.SECONDARY))
            row.translate(0, metrics.height() * 1.2)
            painter.drawText(row, Qt.AlignmentFlag.AlignCenter,
                             label(priority) if priority else self.tr("geen prioriteit"))

    def _series(self, painter: QPainter, plot: QRectF, trend: RatingTrend, series: TrendSeries,
                color: QColor, marker: str, width: float, offset: float) -> None:
        count = len(trend.dates)
        points = [None if s is None else QPointF(self._x(plot, i, count) + offset, self._y(plot, s))
                  for i, s in enumerate(series.scores)]
        pen = QPen(color, width, Qt.PenStyle.DashLine if series.partner_id is None else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        previous = None
        for point in points:
            if point is not None and previous is not None:
                painter.drawLine(previous, point)
            previous = point
        for point in points:
            if point is not None:
                self._marker(painter, point, marker, color, 7 if series.partner_id is not None else 9)

    @staticmethod
    def _marker(painter: QPainter, at: QPointF, shape: str, color: QColor, size: float) -> None:
        painter.setPen(QPen(QColor(Palette.SURFACE), 1.5))
        painter.setBrush(color)
        s = size
        if shape in ("circle", "consensus"):
            painter.drawEllipse(at, s, s)
        elif shape == "square":
            painter.drawRect(QRectF(at.x() - s, at.y() - s, 2 * s, 2 * s))
        elif shape in ("triangle", "triangle_down"):
            sign = 1 if shape == "triangle" else -1
            painter.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - sign * s * 1.2),
                                           QPointF(at.x() - s * 1.1, at.y() + sign * s * 0.9),
                                           QPointF(at.x() + s * 1.1, at.y() + sign * s * 0.9)]))
        elif shape == "diamond":
            painter.drawPolygon(QPolygonF([
                QPointF(at.x(), at.y() - s * 1.3), QPointF(at.x() + s * 1.1, at.y()),
                QPointF(at.x(), at.y() + s * 1.3), QPointF(at.x() - s * 1.1, at.y())]))
        else:  # cross, plus, star: drawn as lines in the series colour
            painter.setPen(QPen(color, 3))
            painter.drawLine(QPointF(at.x() - s, at.y() - s), QPointF(at.x() + s, at.y() + s))
            painter.drawLine(QPointF(at.x() - s, at.y() + s), QPointF(at.x() + s, at.y() - s))
            if shape != "cross":
                painter.drawLine(QPointF(at.x(), at.y() - s), QPointF(at.x(), at.y() + s))

    def _legend(self, painter: QPainter, area: QRectF, series: list, metrics: QFontMetricsF) -> None:
        line_height = metrics.height() * 1.6
        y = area.top() + 4
        for item, color, marker, width in series:
            mid = y + line_height / 2
            painter.setPen(QPen(color, width, Qt.PenStyle.DashLine if item.partner_id is None
                                else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(area.left(), mid), QPointF(area.left() + 34, mid))
            self._marker(painter, QPointF(area.left() + 17, mid), marker, color,
                         6 if item.partner_id is not None else 7)
            font = QFont(self.font())
            font.setBold(item.partner_id is None)
            painter.setFont(font)
            painter.setPen(QColor(Palette.INK))
            last = next((s for s in reversed(item.scores) if s is not None), None)
            text = f"{item.name}  ({'—' if last is None else last})"
            painter.drawText(QRectF(area.left() + 44, y, area.width() - 44, line_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += line_height
