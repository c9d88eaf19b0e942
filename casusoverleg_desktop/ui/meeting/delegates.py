"""The attendance delegate of the meeting screens (aanwezig / afwezig m.k. / z.k.)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from casusoverleg_desktop.domain.enums import Attendance

from casusoverleg_desktop.ui.labels import label


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

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
