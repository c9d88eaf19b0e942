"""Delegates shared by the meeting screens: attendance choices and type/category badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from casusoverleg_desktop.domain.enums import Attendance, DataCategory, StatementType

from casusoverleg_desktop.ui.labels import label
from casusoverleg_desktop.ui.widgets.markers import Badge, category_badge, statement_badge


class AttendanceDelegate(QStyledItemDelegate):
    """Aanwezig / afwezig m.k. / afwezig z.k. from a list; the model stores the enum."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Aanwezigheid"))
        for status in Attendance:
            combo.addItem(label(status), status)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        current = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(current)) if current else 0)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: ANN001
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


BADGE_ROLE = Qt.ItemDataRole.UserRole + 20
"""A cell's marker: a ``StatementType`` or ``DataCategory`` painted as its badge."""


def badge_for(value: object) -> Badge | None:
    """The badge for a marker value; Qt hands enum members back as their plain string value."""
    if not isinstance(value, str):
        return None
    if value in StatementType._value2member_map_:
        return statement_badge(StatementType(value))
    if value in DataCategory._value2member_map_:
        return category_badge(DataCategory(value))
    return None


class BadgeDelegate(QStyledItemDelegate):
    """Paints the badge from ``markers`` (word and colour), the same everywhere."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        badge = badge_for(index.data(BADGE_ROLE))
        if badge is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None and option.state & QStyle.StateFlag.State_Selected:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        metrics = QFontMetrics(option.font)
        width = metrics.horizontalAdvance(badge.text) + metrics.height()
        height = metrics.height() + 4
        rect = QRectF(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(badge.background))
        painter.drawRoundedRect(rect, 4, 4)
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(badge.foreground))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge.text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):  # noqa: ANN201
        hint = super().sizeHint(option, index)
        badge = badge_for(index.data(BADGE_ROLE))
        if badge is not None:
            metrics = QFontMetrics(option.font)
            hint.setWidth(metrics.horizontalAdvance(badge.text) + metrics.height() + 12)
            hint.setHeight(max(hint.height(), metrics.height() + 10))
        return hint
