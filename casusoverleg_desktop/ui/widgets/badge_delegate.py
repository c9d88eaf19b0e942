"""Paints the badges of ``markers.py`` in table cells (from the model's ``BADGES_ROLE``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from casusoverleg_desktop.ui.models.base import BADGES_ROLE
from casusoverleg_desktop.ui.widgets.markers import Badge

_PAD_X, _PAD_Y, _GAP = 6, 2, 6


class BadgeDelegate(QStyledItemDelegate):
    """Badges side by side (or stacked when the cell is narrow); plain text when there are none.

    Used for every cell of a record table, so that all rows get the same breathing space.
    """

    ROW_PADDING = 10

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._metrics: dict[str, QFontMetrics] = {}  # by the cell font's key: sizing runs per cell

    def _metrics_for(self, option: QStyleOptionViewItem) -> QFontMetrics:
        key = option.font.key()
        if key not in self._metrics:
            self._metrics[key] = QFontMetrics(self._font(option))
        return self._metrics[key]

    def _badges(self, index: QModelIndex | QPersistentModelIndex) -> tuple[Badge, ...]:
        return tuple(index.data(BADGES_ROLE) or ())

    @staticmethod
    def _font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.85))
        return font

    def _layout(self, option: QStyleOptionViewItem, badges: tuple[Badge, ...]) -> list[QRect]:
        metrics = self._metrics_for(option)
        height = metrics.height() + 2 * _PAD_Y
        area = option.rect.adjusted(4, 4, -4, -4)
        rects, x, y = [], area.left(), 0
        for badge in badges:
            width = metrics.horizontalAdvance(badge.text) + 2 * _PAD_X
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + height + 3
            rects.append(QRect(x, y, width, height))
            x += width + _GAP
        top = area.top() + max(0, (area.height() - (y + height)) // 2)
        return [r.translated(0, top) for r in rects]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        badges = self._badges(index)
        if not badges:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font(option))
        for badge, rect in zip(badges, self._layout(option, badges), strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(badge.background))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor(badge.foreground))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge.text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        badges = self._badges(index)
        if not badges:
            hint = super().sizeHint(option, index)
            return QSize(hint.width() + 8, hint.height() + self.ROW_PADDING)
        metrics = self._metrics_for(option)
        width = sum(metrics.horizontalAdvance(b.text) + 2 * _PAD_X + _GAP for b in badges) + 8
        return QSize(min(width, 260), metrics.height() + 2 * _PAD_Y + self.ROW_PADDING)
